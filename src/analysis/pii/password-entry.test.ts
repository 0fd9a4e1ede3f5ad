import { describe, expect, it } from 'vitest';
import { createPiiFinder } from './find-pii.ts';

const findPii = createPiiFinder();

function passwords(text: string, language: string): string[] {
  return findPii(text, language).filter((span) => span.type === 'password').map((span) => text.slice(span.start, span.end));
}

describe('secrets given next to a typing or setting verb, quoted, or before a password word with words naming it', () => {
  it('takes a typed secret after a typing verb in a message about a password, or with a symbol inside', () => {
    expect(passwords('I changed it to Lighthouse_7 and now the password is rejected', 'en')).toEqual(['Lighthouse_7']);
    expect(passwords('entered river#88 twice, still locked out', 'en')).toEqual(['river#88']);
    expect(passwords('ввожу пароль, пишу zvezda42 — не пускает', 'ru')).toEqual([]);
    expect(passwords('ukucao sam marko_77 a lozinka ne prolazi', 'sr')).toEqual(['marko_77']);
  });

  it('takes a typed secret opening its clause before a verb that comes last', () => {
    expect(passwords('Kiraz1907! giriyorum ama kabul etmiyor', 'tr')).toEqual(['Kiraz1907!']);
    expect(passwords('Deniz.44 yazdım, olmadı', 'tr')).toEqual(['Deniz.44']);
  });

  it('takes a quoted secret in a message about a password or about typing one', () => {
    expect(passwords('пароль не подходит, хотя я пишу «solnce77»', 'ru')).toEqual(['solnce77']);
    expect(passwords('typed "blue_fox9" again and it says incorrect', 'en')).toEqual(['blue_fox9']);
    expect(passwords('la contraseña era «luna_2020», ya no entra', 'es')).toEqual(['luna_2020']);
  });

  it('takes a secret before "is my … password" with up to two words naming what it is for', () => {
    expect(passwords('Pelican42! is my mobile app password and it stopped working', 'en')).toEqual(['Pelican42!']);
    expect(passwords('Pelican42 is my home wifi password', 'en')).toEqual(['Pelican42']);
  });

  it('does not take codes in capitals, models, handles, links or a quoted word without digits', () => {
    for (const [text, language] of [
      ['I typed BA2490 into the search and nothing came up', 'en'],
      ['typed iPhone15 in the shop search, no results', 'en'],
      ['entered @brand_help99 in the chat', 'en'],
      ['typed https://example.com/a1 and the page is blank', 'en'],
      ['typed "hello" in the chat and the bot answered', 'en'],
      ['entered #summer2024 as the tag, is that right?', 'en'],
      ['password fine, but typed "Order 5521" in the box', 'en'],
      ['yazıyorum ama iPhone15 gelmedi', 'tr'],
      ['iPhone15 is my new phone and the password is wrong', 'en'],
    ] as const) {
      expect(passwords(text, language), text).toEqual([]);
    }
  });
});
