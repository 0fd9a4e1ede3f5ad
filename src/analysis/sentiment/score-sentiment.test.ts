import { describe, expect, it } from 'vitest';
import { createCueScanner } from '../cues/cue-scanner.ts';
import { createAnalyzer } from '../index.ts';
import { foldText } from '../text/fold.ts';
import { scoreSentiment, type SentimentVerdict } from './score-sentiment.ts';

const scanner = createCueScanner();
const sentimentOf = (text: string): SentimentVerdict => scoreSentiment(scanner.scan(foldText(text)), text);

describe('sentiment toward the brand', () => {
  it('reads praise as positive in five languages', () => {
    for (const text of ['Great service, thank you!', 'Отличный сервис, спасибо!', 'Harika hizmet, teşekkürler',
      'Одлична услуга, хвала', 'Odlična usluga, hvala', 'Lielisks serviss, paldies']) {
      expect(sentimentOf(text).label, text).toBe('positive');
    }
  });

  it('reads complaints and reported problems as negative', () => {
    for (const text of ['Worst support ever', 'Ужасный сервис', 'Berbat bir hizmet', 'Užasna usluga', 'Briesmīgs serviss',
      'My card was charged twice', 'Интернет не работает']) {
      expect(sentimentOf(text).label, text).toBe('negative');
    }
  });

  it('turns negated words around: not bad, не плохо, nije loše, nav slikti, fena değil', () => {
    for (const text of ['not bad at all', 'не плохо', 'nije loše', 'nav slikti', 'hiç fena değil']) {
      expect(sentimentOf(text).label, text).toBe('positive');
    }
    for (const text of ['not good', 'не хорошо', 'iyi değil', 'nije dobro']) {
      expect(sentimentOf(text).label, text).toBe('negative');
    }
  });

  it('makes intensified words stronger: "very bad" is worse than "bad"', () => {
    expect(sentimentOf('very bad service').score).toBeLessThan(sentimentOf('bad service').score);
    expect(sentimentOf('очень плохо').score).toBeLessThan(sentimentOf('плохо').score);
  });

  it('reads emoji: 😡 🤬 are negative, 👍 🙏 ❤️ are positive', () => {
    expect(sentimentOf('😡😡').label).toBe('negative');
    expect(sentimentOf('🤬').label).toBe('negative');
    expect(sentimentOf('👍').label).toBe('positive');
    expect(sentimentOf('🙏🙏').label).toBe('positive');
    expect(sentimentOf('❤️').label).toBe('positive');
  });

  it('sees sarcasm that an emoji or a recurring problem gives away', () => {
    for (const text of ['great, another delay 🙄', 'Супер, опять задержка', 'Süper, yine rötar', 'Баш лепо, опет кашњење',
      'Super, atkal kavēšanās', 'Thanks for nothing']) {
      const verdict = sentimentOf(text);
      expect(verdict.label, text).toBe('negative');
    }
    expect(sentimentOf('great, another delay 🙄').isSarcastic).toBe(true);
    expect(sentimentOf('great, thank you').isSarcastic).toBe(false);
  });

  it('does not take greetings for praise', () => {
    for (const text of ['Dobar dan', 'Добар дан', 'Labdien', 'İyi günler', 'Добрый день']) {
      expect(sentimentOf(text).label, text).toBe('neutral');
    }
  });

  it('keeps the score within -1..1', () => {
    const verdict = sentimentOf('worst worst terrible awful 😡😡😡🤬 disgusting!!!');
    expect(verdict.score).toBeGreaterThanOrEqual(-1);
    expect(verdict.score).toBeLessThan(-0.8);
  });

  it('does not read Spanish "los" or English "lost" as Serbian "loš" (bad)', () => {
    expect(sentimentOf('¿Cuándo abre la tienda de Valencia los domingos?').label).toBe('neutral');
    expect(sentimentOf('Loše iskustvo, loša usluga').label).toBe('negative');
    expect(sentimentOf('Nije loše, hvala').label).toBe('positive');
  });

  it('reads "nothing good" as negative and "nothing bad" as not negative', () => {
    expect(sentimentOf('Ничего хорошего не скажу').label).toBe('negative');
    expect(sentimentOf('Ništa loše').label).not.toBe('negative');
  });

  it('reads a bot that understands nothing as a complaint', () => {
    for (const text of ['Дайте живого человека, ваш бот ничего не понимает', 'bot hiçbir şey anlamıyor',
      'бот ништа не разуме', 'robots neko nesaprot']) expect(sentimentOf(text).label, text).toBe('negative');
  });
});

describe('flat reports of a delivery, visit or code that did not happen (sixth round)', () => {
  const analyze = createAnalyzer();
  it('reads them negative and as complaints in each core language', () => {
    for (const text of [
      'the engineer did not come again, I stayed home all day',
      'курьер опять не доехал, я весь день дома',
      'teknisyen randevuya gelmedi, kimse aramadı',
      'не стиже ми код већ сат времена',
      'kurjers nezvanīja un aizbrauca',
      'il corriere non è passato, non arriva niente',
    ]) {
      const result = analyze(text, {});
      expect(result.sentiment, text).toBe('negative');
      expect(result.intents, text).toContain('complaint');
    }
  });

  it('leaves questions and requests about arrival neutral, and "not bad" not negative', () => {
    expect(analyze('can you check whether it arrived?', {}).sentiment).toBe('neutral');
    expect(analyze('did the courier come yet?', {}).sentiment).toBe('neutral');
    expect(analyze('not bad at all, the new app is quicker', {}).sentiment).not.toBe('negative');
  });

  it('reads "no gas" and "без света" as an outage', () => {
    expect(analyze('no gas since last night and the heating is off', {}).urgency).toBeGreaterThanOrEqual(0.5);
    expect(analyze('третий день без света', {}).urgency).toBeGreaterThanOrEqual(0.5);
  });
});
