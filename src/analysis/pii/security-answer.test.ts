import { describe, expect, it } from 'vitest';
import { createPiiFinder } from './find-pii.ts';

const find = createPiiFinder();
const answers = (text: string) => find(text, null).filter((s) => s.type === 'password').map((s) => text.slice(s.start, s.end));

describe('security answers', () => {
  it('masks the name given after a security question, in several languages', () => {
    expect(answers("my mother's maiden name is Whitlock, can you unlock the card")).toEqual(['Whitlock']);
    expect(answers('Güvenlik sorusu: ilk okulum, cevap Atatürk')).toEqual(['Atatürk']);
    expect(answers('девичья фамилия матери Соколова, доступ так и не вернули')).toEqual(['Соколова']);
    expect(answers('djevojačko prezime majke je Marković')).toEqual(['Marković']);
  });

  it('takes nothing when the question is only mentioned, or the next sentence starts', () => {
    expect(answers("I forgot my mother's maiden name. Please reset it")).toEqual([]);
    expect(answers('the security question keeps failing')).toEqual([]);
    expect(answers('what is the maiden name for? Can I skip it')).toEqual([]);
  });

  it('reads a long run of small letters after the question in one pass', () => {
    expect(answers(`maiden name ${'abcdefghij'.repeat(2_000)}`)).toEqual([]);
    expect(answers(`maiden name ${'ab '.repeat(5_000)}`)).toEqual([]);
  });
});
