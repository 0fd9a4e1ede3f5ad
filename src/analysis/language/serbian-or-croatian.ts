// Tells Serbian from Croatian in Latin script; Serbian unless the text says otherwise.

import { foldText } from '../text/fold.ts';

/**
 * The two standards share grammar and most words; what differs on short texts is the reflex
 * of old jat (Serbian ekavian "vreme, lepo, dve", Croatian ijekavian "vrijeme, lijepo, dvije"),
 * a handful of words (tko/ko, tjedan/nedelja, trebam/treba mi, kruh/hleb) and "da" + present
 * where Croatian uses the infinitive ("mogu da kupim" / "mogu kupiti"). Bosnian and Montenegrin
 * are ijekavian too but use "šta" and "da" + present; they lean Serbian here. Ties go to
 * Serbian: the product's customers are asked for in Serbian, and a Serbian text mislabelled
 * Croatian would be routed away from the agents who read it.
 */
// [stem, weight]: ijekavian forms and Croatian-only words weigh more than words both use now and then.
const CROATIAN: [string, number][] = [
  ['lijep', 1.5], ['vrijem', 1.5], ['rijes', 1.5], ['dvije', 1.5], ['poslije', 1.5],
  ['uvijek', 1.5], ['cijen', 1.5], ['mlijek', 1.5], ['bijel', 1.5], ['tijek', 1.5], ['tjedan', 2], ['tjedn', 2],
  ['trebam', 1.5], ['trebaš', 1.5], ['kruh', 2], ['tisuć', 2], ['zrakoplov', 2], ['obitelj', 2], ['glazb', 2],
  ['kazališt', 2], ['sveučilišt', 2], ['zračn', 1.5], ['siječ', 2], ['veljač', 2], ['ožuj', 2], ['travanj', 2],
  ['svib', 2], ['lipanj', 2], ['srpanj', 2], ['kolovoz', 2], ['rujan', 2], ['listopad', 2], ['prosin', 2],
  ['gdje', 0.5], ['ovdje', 0.5], ['htio', 1], ['htjel', 1],
];
const CROATIAN_WORDS: [string, number][] = [
  ['tko', 2], ['prije', 1], ['netko', 2], ['nitko', 2], ['kaj', 1.5], ['što', 0.5], ['s', 0.5], ['uz', 0.5], ['nisam', 0.3],
];
const SERBIAN: [string, number][] = [
  ['lep', 1], ['vreme', 1], ['vremen', 1], ['reši', 1], ['rešen', 1], ['dve', 1], ['posle', 1], ['uvek', 1],
  ['cena', 1], ['mlek', 1], ['nedelj', 1], ['hleb', 1.5], ['hiljad', 1.5], ['porodic', 1], ['muzik', 1],
  ['pozorišt', 1.5], ['aerodrom', 1], ['gde', 1], ['ovde', 1], ['hteo', 1], ['htel', 1], ['dete', 1],
  ['deca', 1], ['mesec', 1], ['mest', 0.5], ['beograd', 1], ['srbij', 1], ['porudžbin', 1], ['ćirilic', 1],
];
const SERBIAN_WORDS: [string, number][] = [['šta', 1], ['ko', 1], ['neko', 1], ['niko', 1], ['pre', 1], ['sa', 0.5]];

function folded(entries: [string, number][]): [string, number][] {
  return entries.map(([text, weight]) => [foldText(text), weight]);
}
const croatianStems = folded(CROATIAN);
const croatianWords = new Map(folded(CROATIAN_WORDS));
const serbianStems = folded(SERBIAN);
const serbianWords = new Map(folded(SERBIAN_WORDS));
const MODALS = new Set(['mogu', 'moze', 'mozemo', 'mozete', 'hocu', 'hoce', 'zelim', 'treba', 'moram', 'zelite']);

function stemWeight(word: string, stems: [string, number][]): number {
  let weight = 0;
  for (const [stem, value] of stems) if (word.startsWith(stem)) weight = Math.max(weight, value);
  return weight;
}

export function serbianOrCroatian(words: readonly string[]): 'sr' | 'hr' {
  let croatian = 0;
  let serbian = 0;
  const foldedWords = words.map((word) => foldText(word));
  for (let i = 0; i < foldedWords.length; i++) {
    const word = foldedWords[i] as string;
    croatian += (croatianWords.get(word) ?? 0) + stemWeight(word, croatianStems);
    serbian += (serbianWords.get(word) ?? 0) + stemWeight(word, serbianStems);
    // "da" + present after a modal verb is the Serbian construction.
    if (word === 'da' && i > 0 && MODALS.has(foldedWords[i - 1] as string)) serbian += 1;
  }
  return croatian >= serbian + 1 ? 'hr' : 'sr';
}
