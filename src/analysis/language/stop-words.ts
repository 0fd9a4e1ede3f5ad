// Small function-word lists per language: the cheapest strong signal on short texts.

import { serbianLatinToCyrillic } from '../text/serbian-script.ts';

/**
 * Short social texts rarely carry enough characters for n-gram statistics, but nearly every
 * one carries two or three function words. Lists are written with diacritics and matched
 * after folding, so "cok" counts as Turkish "çok". Words shared by several languages simply
 * count for each; ambiguous one-letter words ("a", "i", "o") are left out.
 * 'sr' covers Serbian, Croatian and Bosnian Latin here; serbian-or-croatian.ts splits them.
 */
const latin: Record<string, string> = {
  en: `the and to of is are was were my you your it this that for with not have has had been be
    what when where why how can could would please thanks thank there they we our just still again
    from at any will do does did get got but an its it's i'm i've don't can't won't isn't im dont
    cant very about after all nobody someone anyone since been your yours their them it's let`,
  tr: `bir ve bu ne için ile çok ama daha mi mı mu mü değil var yok ben sen biz siz şu gibi kadar
    sonra önce hala hâlâ hiç zaman neden nasıl nerede lütfen teşekkür teşekkürler merhaba artık
    yine hemen beri eder misiniz musunuz miyim mısınız oldu olarak diye herkes her sadece şey ise
    ki bana beni benim sizin size hiçbir neden niye kaç iyi günler selam`,
  lv: `un ir ar uz par kā ka bet vai ja jau vēl arī ļoti man mans mana manu mēs jūs jūsu viņš
    tas tā šis šo kas kur kad kāpēc cik nav nevaru paldies lūdzu labdien sveiki tikai visu viss
    pie pēc līdz kopš nevis bija būs tagad atkal mums jums savu kāds kāda šodien vakar`,
  sr: `je da se su sam si smo ste ne na za sa od do iz ali ili kako kada kad gde gdje zašto šta
    što koji koja koje mi me ti vam vas nam nas ovo ovaj to taj već još samo nije nisam nema ima
    biti bio bila bilo hvala molim mogu može možete li jer pa kod posle poslije nešto neko netko
    sve svi dobar dan zdravo uvek uvijek veoma jako baš puno mnogo moj moja moje vaš vaša vaše
    koliko opet tko ću će`,
  de: `der die das und ist nicht ich mein meine mit für auf wie was wann warum sie wir ein eine
    einen bitte danke noch schon seit kann habe hat wurde sehr auch aber mehr den dem zu von bei
    nach endlich geht kein keine mir mich es ihr ihre wieder`,
  fr: `le la les et est je ne pas un une des du de pour mon ma mes vous nous il elle que qui quoi
    quand pourquoi comment avec sur dans merci plus depuis été suis ai ça au aux chez personne
    tout très toujours encore votre vos`,
  es: `el la los las y es de que en un una mi me no con por para se su lo muy gracias cuando
    donde dónde cuándo cómo qué ya todo hay estoy tengo pero desde del al esta está llevo nadie`,
  it: `il lo la gli le e è di che un una non per con mi mio mia sono ho ha da del della nel al
    alla grazie quando dove perché come cosa anche ancora già tutto ma molto ci questo questa
    vorrei avete nessuno`,
  pt: `o os as e é de do da dos das que em no na um uma não com para por meu minha muito
    obrigado obrigada quando onde porque como está estou já ainda mas foi há sem você vocês ao à
    pela pelo agora tudo ninguém`,
  nl: `de het een en is ik mijn niet met voor van op te dat die wat wanneer waarom hoe waar al nog
    geen maar ook bij naar je jullie we wij heb heeft ben zijn was werd kan wil graag bedankt dank
    heel erg sinds nu weer meer doet niemand`,
  pl: `jest nie się że to na w z do jak ale co czy już tak mnie mi mój moje moja jestem był była
    dla po od tylko bardzo dziękuję proszę kiedy gdzie dlaczego ile przez może który które jeszcze
    nikt`,
  // Russian typed in Latin letters ("translit"), common where a keyboard has no Cyrillic.
  // Words that are also English or Serbian ("my", "ne", "tak", "net") are left out.
  ru: `privet kogda gde pochemu spasibo pozhaluysta pozhalujsta uzhe ochen menya mne moy moya moego
    moi chto kak eto budet bylo byl tolko mozhno nuzhno zdravstvuyte seychas opyat vse vsyo ili
    esli chtoby bolshoe skolko segodnya vchera zachem`,
};

const cyrillic: Record<string, string> = {
  ru: `и в не на я что с как а но это по к у же вы мы он она они мне меня мой моя мои уже ещё
    еще когда где почему если чтобы очень спасибо пожалуйста здравствуйте был была было есть нет
    только можно нужно так от до за из или бы ли вас вам ваш ваши который этот все всё сколько
    опять снова тоже вообще теперь сейчас какой хочу могу`,
  uk: `і й та не на в у що як це з до за від але мені мене мій моє моя вже ще коли де чому якщо
    дуже дякую будь ласка доброго дня вас вам ваш є немає тільки можна треба хочу був була було
    цей ця все скільки вчасно зараз`,
  bg: `и в на не е са съм си сме сте ще да за от с със във по как какво кога къде защо това този
    тази тези ми ме мен моя моят моята вече още много благодаря моля здравейте може искам има
    няма беше бях ли но а който която нещо някой колко пак отново сега`,
};

function words(list: string): string[] {
  return list.split(/\s+/).filter((word) => word.length > 0);
}

export const latinStopWords: Record<string, string[]> = Object.fromEntries(
  Object.entries(latin).map(([language, list]) => [language, words(list)]),
);

export const cyrillicStopWords: Record<string, string[]> = {
  ...Object.fromEntries(Object.entries(cyrillic).map(([language, list]) => [language, words(list)])),
  sr: words(latin.sr ?? '').map(serbianLatinToCyrillic),
};
