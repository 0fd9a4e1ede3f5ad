// Hand-labelled care messages (written after the lexicons) that measure urgency, sentiment and intents.

import type { SentimentLabel } from '../../domain/types.ts';

export interface LabelledMessage {
  language: string;
  text: string;
  isUrgent: boolean;
  sentiment: SentimentLabel;
  /** Only the intents that words decide: question, human, purchase. */
  intents: ('question' | 'human' | 'purchase')[];
}

function m(language: string, text: string, isUrgent: boolean, sentiment: SentimentLabel, intents: LabelledMessage['intents'] = []): LabelledMessage {
  return { language, text, isUrgent, sentiment, intents };
}

export const labelledMessages: LabelledMessage[] = [
  m('en', "My flight was cancelled and I'm stuck in Madrid with no hotel", true, 'negative'),
  m('en', 'Someone hacked my account and is buying stuff with my card!!', true, 'negative'),
  m('en', 'Can you tell me what time the shop closes today?', false, 'neutral', ['question']),
  m('en', 'Absolutely love my new headphones, thank you!', false, 'positive'),
  m('en', 'Not urgent at all, just curious whether you ship to Norway', false, 'neutral', ['purchase']),
  m('en', "I've been charged twice for my March bill, please sort it out", true, 'negative'),
  m('en', "There's a gas leak smell near your store entrance", true, 'negative'),
  m('en', "Your website is down again, I can't pay my bill", true, 'negative'),
  m('en', 'Great service as always, the engineer was really friendly', false, 'positive'),
  m('en', 'Please connect me to a human agent', false, 'neutral', ['human']),
  m('en', 'Great, my parcel is lost again. Thanks a lot 🙄', false, 'negative'),
  m('en', 'How much is the family plan?', false, 'neutral', ['question', 'purchase']),
  m('ru', 'Срочно! С карты дважды списали оплату за заказ', true, 'negative'),
  m('ru', 'Рейс отменили, сидим в аэропорту с детьми уже пять часов', true, 'negative'),
  m('ru', 'Спасибо огромное, курьер был очень вежливый', false, 'positive'),
  m('ru', 'Не срочно, подскажите график работы в праздники', false, 'neutral', ['question']),
  m('ru', 'Аккаунт заблокировали, не могу войти уже второй день', true, 'negative'),
  m('ru', 'Соедините меня с живым оператором, пожалуйста', false, 'neutral', ['human']),
  m('ru', 'Хочу купить подарочный сертификат, где это сделать?', false, 'neutral', ['question', 'purchase']),
  m('ru', 'Ну отлично, опять нет интернета 🙄', true, 'negative'),
  // Saying one is leaving for good is a churn threat, which the product counts as urgent.
  m('ru', 'Ужасное обслуживание, больше никогда к вам не приду', true, 'negative'),
  m('ru', 'У нас в квартире пахнет газом после визита вашего мастера', true, 'negative'),
  m('tr', 'Acil! Kartımdan iki kez para çekildi', true, 'negative'),
  m('tr', 'Uçuşum iptal oldu, havalimanında mahsur kaldık', true, 'negative'),
  m('tr', 'Çok teşekkür ederim, harika bir hizmetti', false, 'positive'),
  m('tr', 'Acil değil ama kargo ne zaman gelir?', false, 'neutral', ['question']),
  m('tr', 'Hesabım kilitlendi, giriş yapamıyorum', true, 'negative'),
  m('tr', 'Bir müşteri temsilcisine bağlanmak istiyorum', false, 'neutral', ['human']),
  m('tr', 'Bu telefonun fiyatı ne kadar?', false, 'neutral', ['question', 'purchase']),
  m('tr', 'Harika, yine internet yok 🙄', true, 'negative'),
  m('tr', 'Berbat bir deneyimdi, bir daha asla', false, 'negative'),
  m('tr', 'Faturama iki defa yansıtılmış, düzeltin lütfen', true, 'negative'),
  m('sr', 'Hitno! Kartica mi je dva puta zadužena za istu kupovinu', true, 'negative'),
  m('sr', 'Отказан ми је лет, заглављени смо на аеродрому', true, 'negative'),
  m('sr', 'Хвала вам много, одлична услуга', false, 'positive'),
  m('sr', 'Nije hitno, ali kada radite subotom?', false, 'neutral', ['question']),
  m('sr', 'Налог ми је блокиран, не могу да се пријавим', true, 'negative'),
  m('sr', 'Želim da pričam sa operaterom, ne sa botom', false, 'neutral', ['human']),
  m('sr', 'Koliko košta novi iPhone kod vas?', false, 'neutral', ['question', 'purchase']),
  m('sr', 'Баш супер, опет нема интернета 🙄', true, 'negative'),
  m('sr', 'Ужасна услуга, прелазим код конкуренције', true, 'negative'),
  m('sr', 'Curi gas u stanu nakon vaše intervencije', true, 'negative'),
  m('lv', 'Steidzami! No kartes divreiz noņemta nauda', true, 'negative'),
  m('lv', 'Reiss atcelts, esam iestrēguši lidostā', true, 'negative'),
  m('lv', 'Liels paldies, lielisks serviss', false, 'positive'),
  m('lv', 'Nav steidzami, bet kad jūs strādājat svētdien?', false, 'neutral', ['question']),
  m('lv', 'Konts ir bloķēts, nevaru ielogoties', true, 'negative'),
  m('lv', 'Gribu runāt ar operatoru, nevis ar robotu', false, 'neutral', ['human']),
  m('lv', 'Cik maksā jaunais telefons?', false, 'neutral', ['question', 'purchase']),
  m('lv', 'Super, atkal nav interneta 🙄', true, 'negative'),
  m('lv', 'Briesmīga apkalpošana, nekad vairs', false, 'negative'),
  m('lv', 'Mans konts ir uzlauzts, lūdzu palīdziet', true, 'negative'),
];
