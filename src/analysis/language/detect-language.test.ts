import { describe, expect, it } from 'vitest';
import { createLanguageDetector } from './detect-language.ts';
import { coreTexts, otherTexts } from './__fixtures__/short-texts.ts';
import { holdoutTexts } from './__fixtures__/holdout-texts.ts';
import type { LabelledText } from './__fixtures__/short-texts.ts';

const detect = createLanguageDetector();

function accuracyByLanguage(texts: LabelledText[]): Map<string, number> {
  const tally = new Map<string, [number, number]>();
  for (const { language, text } of texts) {
    const [right, total] = tally.get(language) ?? [0, 0];
    tally.set(language, [right + (detect(text) === language ? 1 : 0), total + 1]);
  }
  return new Map([...tally].map(([language, [right, total]]) => [language, right / total]));
}

function overall(texts: LabelledText[]): number {
  return texts.filter(({ language, text }) => detect(text) === language).length / texts.length;
}

describe('language detection on short social texts', () => {
  it('reports Serbian in Cyrillic script as sr', () => {
    expect(detect('Наплатили сте ми два пута исту ствар, хитно вратите новац')).toBe('sr');
    expect(detect('Колико кошта достава до Новог Сада?')).toBe('sr');
  });

  it('reports Serbian in Latin script as sr, not as Croatian', () => {
    expect(detect('Kartica mi je blokirana bez ikakvog objašnjenja, pomozite')).toBe('sr');
    expect(detect('Gde mogu da kupim vaš novi telefon u Beogradu?')).toBe('sr');
    expect(detect('zdravo, kad stize paket? cekam vec 10 dana #posta')).toBe('sr');
  });

  it('reports Croatian when the text has Croatian forms (tko, tjedan, ijekavian)', () => {
    expect(detect('Tko mi može reći zašto mi je račun blokiran već tjedan dana?')).toBe('hr');
    expect(detect('Hvala lijepa na brzom odgovoru, sve je riješeno')).toBe('hr');
  });

  it('tells Russian, Ukrainian, Bulgarian and Serbian Cyrillic apart', () => {
    expect(detect('Уже час не могу дозвониться до поддержки, ужас')).toBe('ru');
    expect(detect('Хочу поговорити з живою людиною, а не з ботом')).toBe('uk');
    expect(detect('Таксуваха ме два пъти за една и съща покупка')).toBe('bg');
    expect(detect('Не могу да се пријавим, пише да ми је налог блокиран')).toBe('sr');
  });

  it('recognises Turkish and Latvian typed without their special letters', () => {
    expect(detect('siparis hala gelmedi, cok kotu bir hizmet')).toBe('tr');
    expect(detect('paldies par atbildi, tagad viss ir skaidrs')).toBe('lv');
  });

  it('does not take the English capital I for the Turkish dotless ı', () => {
    expect(detect("If this isn't fixed by Friday I'm switching to another provider")).toBe('en');
    expect(detect('İADE İSTİYORUM HEMEN')).toBe('tr');
  });

  it('recognises one-word thanks by the stop-word list when the n-grams are unsure', () => {
    const thanks = { fr: 'Merci!', de: 'Danke!', es: 'Gracias', ru: 'Спасибо', sr: 'Hvala', lv: 'Paldies', tr: 'Teşekkürler', en: 'Thanks!' };
    for (const [language, text] of Object.entries(thanks)) expect(detect(text), text).toBe(language);
  });

  it('recognises Russian typed in Latin letters', () => {
    expect(detect('privet, kogda budet dostavka moego zakaza?')).toBe('ru');
  });

  it('ignores @handles, #hashtags, URLs and emoji when judging', () => {
    expect(detect('@DeutscheBahn #fail https://bahn.de/status 😡 мой поезд опять опоздал на час')).toBe('ru');
    expect(detect('@TurkishAirlines #TheWorldIsWorthSeeing bagajım kayboldu, kimse yardım etmiyor')).toBe('tr');
  });

  it('returns null when there is no text to judge', () => {
    for (const text of ['', '   ', '👍👍🙏', '@brand #fail https://x.co/abc', '12345 !!!', 'ok']) {
      expect(detect(text), text).toBeNull();
    }
  });

  it('names non-European scripts by their script', () => {
    expect(detect('Γεια σας, πότε θα έρθει η παραγγελία μου;')).toBe('el');
    expect(detect('注文した商品がまだ届きません')).toBe('ja');
  });
});

describe('language detection accuracy (floors: quality may not silently drop)', () => {
  // Measured: 100% for every language of the tuning set; 104 of 105 on the held-out set
  // (the miss is a Croatian text with no Croatian-only word, reported as Serbian).
  it('is right on at least 96% of each core language on the tuning set (≥ 20 texts each)', () => {
    const accuracy = accuracyByLanguage(coreTexts);
    for (const language of ['en', 'ru', 'tr', 'sr', 'lv']) {
      expect(accuracy.get(language), language).toBeGreaterThanOrEqual(0.96);
    }
  });

  it('is right on at least 95% of the neighbouring and other European languages', () => {
    expect(overall(otherTexts)).toBeGreaterThanOrEqual(0.95);
  });

  it('is right on at least 95% of texts written after tuning', () => {
    expect(overall(holdoutTexts)).toBeGreaterThanOrEqual(0.95);
  });
});
