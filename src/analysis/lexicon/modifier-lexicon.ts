// Words that change other cues: negators, intensifiers, "again" and sarcasm markers (data only).

import type { LexiconWords } from './lexicon-words.ts';

/**
 * Negators before a cue flip it ("not bad", "не плохо", "nije loše", "nav slikti"); Turkish
 * puts the negator after ("acil değil", "sorun yok"), so those negate the cue before them.
 * Negated verbs that are cues of their own ("не работает", "nestrādā") are listed as phrases
 * in the cue lexicons and win as the longer match.
 */
export const forwardNegators: LexiconWords = {
  en: "not, never, don't, doesn't, didn't, isn't, wasn't, aren't, won't, hardly, nothing, dont, doesnt, isnt, wasnt",
  ru: 'не, ни, нет, никогда, совсем не', uk: 'не, ні', sr: 'ne, nije, nisam, nisu, nismo, niste, nimalo, nikad',
  lv: 'ne, nav, nekad, nebija', tr: 'hiç de', de: 'nicht, kein, keine, nie', fr: 'pas, jamais', es: 'nunca',
  it: 'non, mai', pt: 'não, nunca', nl: 'niet, geen, nooit', pl: 'nie',
};

/**
 * "no" is a negator in English and Spanish but a preposition in Latvian ("no kartes": from the
 * card) and Italian-Portuguese "no" is "in the": it negates only the word right after it
 * ("no problem", "no good").
 */
export const adjacentNegators: LexiconWords = {
  en: 'no', es: 'no',
};

/**
 * "Nothing" before an adjective or adverb says there is none of it: "ništa hitno", "ничего
 * срочного", "nekas steidzams", "nada urgente", "rien d'urgent" (nothing urgent), "ничего
 * хорошего" (nothing good). They reach only the next word or two ("rien d'", "niente di").
 * Slavic and Baltic languages double the negation on a verb ("ništa ne radi", "ничего не
 * работает", "nekas nestrādā": nothing works), so a cue that carries its own negation is left
 * alone (see modifiers.ts). English "nothing" is an ordinary negator above.
 */
export const negativePronouns: LexiconWords = {
  ru: 'ничего', uk: 'нічого', sr: 'ništa', lv: 'nekas', de: 'nichts', fr: 'rien', es: 'nada', it: 'niente, nulla',
  pt: 'nada', nl: 'niets', pl: 'nic',
};

export const backwardNegators: LexiconWords = {
  tr: 'değil, değildi, değilim',
};

/**
 * Turkish "yok" says "there is no …" of the noun right before it ("sorun yok": no problem), so it
 * negates only that word: in "haftadır sıcak su yok" (no hot water for weeks) "haftadır" stays.
 */
export const adjacentBackwardNegators: LexiconWords = {
  tr: 'yok',
};

/**
 * "X, but Y": what follows the contrast is what the writer means ("thanks, but it is still
 * broken"; "не плохо, но доставка долгая"). Russian "а" is left out: it is also plain "and".
 */
export const contrastWords: LexiconWords = {
  en: 'but, however', ru: 'но, однако', uk: 'але, проте', tr: 'ama, fakat, ancak', sr: 'ali, međutim', lv: 'bet, tomēr',
  de: 'aber, jedoch', fr: 'mais', es: 'pero', it: 'ma, però', pt: 'mas, porém', nl: 'maar', pl: 'ale',
};

export const intensifiers: LexiconWords = {
  en: 'very, so, really, extremely, totally, absolutely, incredibly, truly, utterly, completely, too, super duper, way too',
  ru: 'очень, крайне, совсем, абсолютно, реально, вообще, слишком, так',
  tr: 'çok, aşırı, gerçekten, son derece, fazlasıyla, hiç, resmen, cidden',
  sr: 'veoma, jako, baš, mnogo, stvarno, zaista, potpuno, totalno, skroz, previše',
  lv: 'ļoti, pārāk, patiešām, absolūti, pilnīgi, tik, galīgi',
  uk: 'дуже, зовсім', de: 'sehr, total, echt, wirklich', fr: 'très, vraiment, trop', es: 'muy, realmente, totalmente',
  it: 'molto, davvero, troppo', pt: 'muito, realmente', nl: 'heel, erg, echt, zeer', pl: 'bardzo, naprawdę',
};

/** "Again" words: escalation, and with praise words around a problem, a sign of sarcasm. */
export const repetitionWords: LexiconWords = {
  en: 'again, another, once again, yet again, third time, as usual, constantly, keeps',
  ru: 'опять, снова, очередн*, в очередной раз, как всегда', tr: 'yine, gene, bir kez daha, tekrar, her zamanki gibi, sürekli, hep',
  sr: 'opet, ponovo, još jedn*, po ko zna koji put, kao i uvek', lv: 'atkal, kārtējo, kārtējais, kārtējā, kā vienmēr',
};

/** Markers that turn praise words into irony ("Great, another delay 🙄", "ну спасибо"). */
export const sarcasmMarkers: LexiconWords = {
  any: '🙄, 🙃, 😒, 😑, 🤡, 🤔=0.5',
  en: 'yeah right, thanks for nothing, thanks a lot for nothing, just great, just perfect, oh great, wow thanks',
  ru: 'ну спасибо, спасибо за ничего, ну класс, ну супер, ну отлично, ага конечно, браво вам',
  tr: 'aferin size, ne güzel, tebrikler size, çok sağolun ya',
  sr: 'baš lepo, baš super, hvala na ničemu, bravo za vas, svaka čast na',
  lv: 'paldies par neko, nu super, nu forši, malači jūs',
};
