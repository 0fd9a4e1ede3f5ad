import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../index.ts';

const analyze = createAnalyzer();
const intentsOf = (text: string): string[] => analyze(text, {}).intents;

describe('intents', () => {
  it('hears a request for a person in five languages', () => {
    for (const text of ['I want to talk to a human', 'Позовите живого оператора', 'Müşteri temsilcisi ile görüşmek istiyorum',
      'Želim da razgovaram sa operaterom', 'Желим да разговарам са оператером', 'Vai varu runāt ar operatoru?']) {
      expect(intentsOf(text), text).toContain('human');
    }
  });

  it('does not take a mention of an operator for a request for one', () => {
    expect(intentsOf('Оператор нагрубил мне по телефону')).not.toContain('human');
    expect(intentsOf('Başka operatöre geçeceğim')).not.toContain('human');
  });

  it('recognises questions by the question mark, a leading question word or a Turkish particle', () => {
    expect(intentsOf('Where is my order')).toContain('question');
    expect(intentsOf('@shop when do you open on Sunday')).toContain('question');
    expect(intentsOf('Bu kampanya hala geçerli mi')).toContain('question');
    expect(intentsOf('Не срочно, подскажите график работы')).toContain('question');
    expect(intentsOf('I know where it is, thanks')).not.toContain('question');
    expect(intentsOf('Kartica mi je blokirana')).not.toContain('question');
  });

  it('recognises the wish to buy', () => {
    for (const text of ['Looking to buy the blue one', 'Где купить ваш телефон?', 'Bu telefonun fiyatı ne kadar?',
      'Koliko košta novi paket?', 'Cik maksā jaunais telefons?']) {
      expect(intentsOf(text), text).toContain('purchase');
    }
  });

  it('calls negative messages complaints and positive ones praise, but not sarcastic praise', () => {
    expect(intentsOf('The package arrived damaged')).toContain('complaint');
    expect(intentsOf('Thanks, the new router works perfectly')).toContain('praise');
    expect(intentsOf('Great, another delay 🙄')).not.toContain('praise');
    expect(intentsOf('Great, another delay 🙄')).toContain('complaint');
  });
});
