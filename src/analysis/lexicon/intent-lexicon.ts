// Words that show what a customer wants: a person, to buy, to ask, to complain (data only).

import type { LexiconWords } from './lexicon-words.ts';

export type IntentCueKind = 'human' | 'agent-word' | 'ask-to-talk' | 'purchase' | 'question-word'
  | 'question-particle' | 'question-request' | 'complaint';

/**
 * "operator", "оператор", "operater" alone are ambiguous (a telecom operator, or "the operator
 * was rude"), so they count as a request for a person only next to a verb of asking to talk
 * ("хочу поговорить", "želim da razgovaram", "gribu runāt"); the phrases under 'human' are
 * unambiguous on their own.
 */
export const intentLexicon: Record<IntentCueKind, LexiconWords> = {
  human: {
    en: 'talk to a human, speak to a human, talk to a person, speak to a person, real person, a human, human being, speak to someone, talk to someone, live agent, real agent, customer service rep*, not a bot, not a robot, stop the bot',
    ru: 'живой оператор*, живым оператором, живого оператора, живого человека, живым человеком, живому человеку, с человеком, позовите оператора, соедините с оператором, не бот, не с ботом, не робот',
    uk: 'живою людиною, живим оператором, з людиною, не з ботом',
    tr: 'müşteri temsilci*, canlı destek, gerçek bir insan, insanla görüş*, yetkili biri*, bot değil, robot değil',
    sr: 'živim operaterom, živog operatera, živ operater, živi operater, živom operateru, živim čovekom, sa čovekom, pravu osobu, pravom osobom, sa nekim iz, ne sa botom, ne bot',
    lv: 'dzīvu operatoru, dzīvs operators, dzīvam operatoram, dzīva operatora, ar cilvēku, īstu cilvēku, ar dzīvu cilvēku, nevis ar robotu, ne ar robotu',
    de: 'echten mitarbeiter, mit einem menschen', fr: 'un conseiller, pas à un robot', es: 'persona real, no con un bot',
    it: 'operatore umano', pt: 'atendente humano', nl: 'echte medewerker', pl: 'konsultantem, z człowiekiem',
  },
  'agent-word': {
    en: 'agent, representative, operator, supervisor, manager, someone, customer service, support team',
    ru: 'оператор*, менеджер*, специалист*, человек*, службу поддержки, служба поддержки, службы поддержки, службой поддержки', tr: 'temsilci*, yetkili*, operatör*, müdür*, müşteri hizmetleri',
    sr: 'operater*, agent*, menadžer*, nekim, neko iz, korisničku podršku, korisnička podrška, korisničke podrške, korisničkom podrškom', lv: 'operator*, konsultant*, vadītāj*, cilvēk*, klientu atbalst*',
  },
  'ask-to-talk': {
    en: 'talk to, speak to, speak with, talk with, connect me, transfer me, put me through, call me, i want, get me',
    ru: 'поговорить, хочу, соедините, позовите, переключите, свяжите', tr: 'görüşmek, konuşmak, bağlar mısınız, bağlayın, istiyorum',
    sr: 'razgovaram, razgovarati, pričam, pričati, želim, spojite, povežite, pozove', lv: 'runāt, sarunāties, gribu, savienojiet, piezvaniet',
  },
  purchase: {
    en: 'buy, purchase, how much, price*, pricing, in stock, where can i get, looking to buy, interested in buying, want to order, sign up, upgrade to, do you ship, how much does, discount*',
    ru: 'купить, куплю, сколько стоит, сколько стоят, цена, цену, в наличии, заказать, оформить заказ, подключить тариф, подключить, подключение, подключения, скидк*, добавить багаж, докупить',
    uk: 'купити, скільки коштує, ціна', tr: 'satın al*, almak istiyorum, fiyat*, ne kadar, kaç para, stokta, nereden alabilirim, sipariş vermek, indirim*',
    sr: 'kupiti, kupim, kupio bih, kupila bih, koliko košta, cena, cenu, cijena, na stanju, naručiti, naručim, popust*',
    lv: 'nopirkt, pirkt, iegādāties, cik maksā, cena, cenu, pieejams, pasūtīt, atlaid*, pieslēgt, pieslēgt arī, gribu pieslēgt',
    de: 'kaufen, wie viel kostet, preis, rabatt*, gibt es das, auch in', fr: 'acheter, combien coûte, prix', es: 'comprar, cuánto cuesta, precio, cambiar de tarifa, contratar',
    it: 'comprare, quanto costa, prezzo', pt: 'comprar, quanto custa, preço', nl: 'kopen, hoeveel kost, prijs', pl: 'kupić, ile kosztuje, cena, przenieść numer do was, przejść do was',
  },
  // Question words count at the start of a sentence; they also start relative clauses mid-text.
  'question-word': {
    en: 'how, what, when, where, why, who, which, can you, could you, can someone, can i, is there, are there, do you, does, is it, any news, anyone know',
    ru: 'как, что, когда, где, почему, зачем, сколько, кто, какой, какая, можно ли, есть ли, вы вообще',
    uk: 'як, що, коли, де, чому, скільки, хто',
    // Bulgarian shares most with Russian; these are its own.
    bg: 'кога, защо, къде, колко, какво', tr: 'nasıl, ne zaman, nerede, nerde, nereden, neden, niye, kaç, hangi, kim',
    sr: 'da li, kako, kada, kad, gde, gdje, zašto, koliko, ko, tko, šta, jel, je li, možete li, može li',
    lv: 'kā, kad, kur, kāpēc, kas, cik, vai, kurš, kura', de: 'wann, wie, warum, wo, was, kann ich', fr: 'quand, comment, pourquoi, où, combien',
    es: 'cuándo, cómo, dónde, por qué, cuánto', it: 'quando, come, perché, dove, quanto', pt: 'quando, como, onde, por que, quanto',
    nl: 'wanneer, hoe, waarom, waar, hoeveel', pl: 'kiedy, jak, dlaczego, gdzie, ile, czy',
  },
  // Turkish asks with a particle anywhere in the sentence ("geçerli mi", "kontrol eder misiniz").
  'question-particle': {
    tr: 'mi, mı, mu, mü, miyim, mıyım, misin, mısın, misiniz, mısınız, musunuz, müsünüz, mudur, midir',
  },
  // "Tell me …" asks wherever it stands ("Не срочно, подскажите график").
  'question-request': {
    en: 'please advise, can you tell me, could you tell me, let me know', ru: 'подскажите, скажите, уточните, объясните',
    uk: 'підкажіть, скажіть', bg: 'кажете ми', tr: 'söyler misiniz, bilgi verir misiniz, öğrenebilir miyim',
    sr: 'recite mi, kažite mi, objasnite', lv: 'pasakiet, pastāstiet, paskaidrojiet',
  },
  complaint: {
    en: 'complaint, complain*, formal complaint', ru: 'жалоб*, претензи*', tr: 'şikayet*, şikâyet*', sr: 'žalb*, reklamacij*, prigovor*',
    lv: 'sūdzīb*, pretenzij*', de: 'beschwerde', fr: 'réclamation, plainte', es: 'reclamación, queja', it: 'reclamo', pt: 'reclamação', pl: 'reklamacj*',
  },
};
