// What generated customers and agents say, per language: phrases with slots, names, and the
// words a benchmark can search for. Topics line up with tags so filters and text agree.

export type SeedLanguage = 'en' | 'ru' | 'tr' | 'sr-Cyrl' | 'sr-Latn' | 'lv' | 'de' | 'es';

export type Topic = 'billing' | 'outage' | 'slow' | 'roaming' | 'sim' | 'app' | 'refund' | 'delivery' | 'praise' | 'account';

export interface Phrasebook {
  /** ISO 639-1, as analysis stores it (Serbian in either script is `sr`). */
  code: string;
  openers: readonly string[];
  issues: readonly { topic: Topic; text: string }[];
  closers: readonly string[];
  replies: readonly string[];
  firstNames: readonly string[];
  lastNames: readonly string[];
}

/** Slots filled when a message is written: {place}, {device}, {amount}, {order}. */
export const PLACES = ['Riga', 'Jūrmala', 'Istanbul', 'Ankara', 'Novi Sad', 'Beograd', 'Moscow', 'Berlin',
  'Madrid', 'London', 'Leeds', 'Valencia', 'Izmir', 'Niš', 'Liepāja', 'Hamburg'] as const;
export const DEVICES = ['iPhone 15', 'Pixel 8', 'Galaxy S24', 'Xiaomi 13', 'router', 'modem', 'eSIM', 'smartwatch'] as const;

export const PHRASEBOOKS: Record<SeedLanguage, Phrasebook> = {
  en: {
    code: 'en',
    openers: ['Hi,', 'Hello,', '@AuroraMobile', 'Hey team,', 'Good morning,', ''],
    issues: [
      { topic: 'outage', text: 'my home internet has been down since this morning in {place}' },
      { topic: 'slow', text: 'mobile data is painfully slow in {place}, I pay for 5G and get 3G speeds' },
      { topic: 'billing', text: 'why is my bill {amount} EUR this month? It is twice the usual invoice' },
      { topic: 'refund', text: 'I was charged twice for order {order}, please refund the duplicate payment' },
      { topic: 'roaming', text: 'roaming does not work on my {device} abroad, no signal at all' },
      { topic: 'sim', text: 'my SIM card stopped working after the update, the {device} says no service' },
      { topic: 'app', text: 'the app keeps logging me out and shows a server error' },
      { topic: 'delivery', text: 'order {order} was supposed to arrive yesterday, where is my parcel?' },
      { topic: 'account', text: 'how do I transfer my number to another person? Do I need a passport?' },
      { topic: 'praise', text: 'thanks to your support team, my {device} issue was fixed in five minutes' },
    ],
    closers: ['Any ETA?', 'Please help.', 'This is urgent!', 'Thanks in advance.', 'Really disappointed.', ''],
    replies: ['Thanks for reaching out, we are looking into this now.', 'Sorry about that! Could you send us a DM with your account number?',
      'Our engineers are working on it, we expect a fix within two hours.', 'The refund is on its way, it takes 3-5 working days.'],
    firstNames: ['Tom', 'Priya', 'James', 'Emma', 'Oliver', 'Sophie', 'Liam', 'Grace'],
    lastNames: ['Becker', 'Shah', "O'Connor", 'Smith', 'Taylor', 'Brown', 'Walsh', 'Hughes'],
  },
  ru: {
    code: 'ru',
    openers: ['Здравствуйте!', 'Добрый день,', '@AuroraMobile', ''],
    issues: [
      { topic: 'outage', text: 'интернет не работает с утра, {place}' },
      { topic: 'billing', text: 'почему с меня списали {amount} евро за услугу, которую я не подключал?' },
      { topic: 'refund', text: 'верните деньги за заказ {order}, оплата прошла дважды' },
      { topic: 'app', text: 'третий день не могу войти в приложение, пишет ошибка сервера' },
      { topic: 'account', text: 'как переоформить номер на другого человека? Нужен ли паспорт?' },
      { topic: 'slow', text: 'очень медленный мобильный интернет в районе {place}' },
      { topic: 'praise', text: 'спасибо поддержке, всё быстро решили' },
    ],
    closers: ['Срочно!', 'Спасибо.', 'Жду ответа.', ''],
    replies: ['Здравствуйте! Мы уже разбираемся.', 'Пожалуйста, напишите нам в личные сообщения номер договора.'],
    firstNames: ['Иван', 'Ольга', 'Дмитрий', 'Анна', 'Сергей', 'Мария'],
    lastNames: ['Петров', 'Смирнова', 'Орлов', 'Иванова', 'Кузнецов', 'Попова'],
  },
  tr: {
    code: 'tr',
    openers: ['Merhaba,', '@AuroraMobile', 'İyi günler,', ''],
    issues: [
      { topic: 'billing', text: 'bu ayki faturam neden {amount} TL geldi? Geçen aydan iki kat fazla' },
      { topic: 'roaming', text: 'yurt dışındayım ve {device} hiç çekmiyor' },
      { topic: 'outage', text: '{place} bölgesinde internet yok, ne zaman düzelecek?' },
      { topic: 'delivery', text: '{order} numaralı siparişim hâlâ gelmedi' },
      { topic: 'app', text: 'uygulama sürekli hata veriyor, giriş yapamıyorum' },
      { topic: 'praise', text: 'destek ekibine teşekkürler, sorun çözüldü' },
    ],
    closers: ['Acil yardım lazım!', 'Teşekkürler.', 'Kimse cevap vermiyor.', ''],
    replies: ['Merhaba, konuyu inceliyoruz.', 'Lütfen bize DM üzerinden müşteri numaranızı iletin.'],
    firstNames: ['Ayşe', 'Mehmet', 'Elif', 'Mustafa', 'Zeynep', 'Emre'],
    lastNames: ['Yılmaz', 'Demir', 'Kaya', 'Şahin', 'Çelik', 'Aydın'],
  },
  'sr-Cyrl': {
    code: 'sr',
    openers: ['Здраво,', '@AuroraMobile', 'Поштовани,', ''],
    issues: [
      { topic: 'outage', text: 'зашто интернет не ради у месту {place} већ два сата?' },
      { topic: 'billing', text: 'рачун за овај месец је {amount} динара, то није у реду' },
      { topic: 'sim', text: 'СИМ картица не ради после замене телефона {device}' },
      { topic: 'praise', text: 'хвала подршци, све је решено' },
    ],
    closers: ['Хитно!', 'Хвала.', ''],
    replies: ['Здраво, проверавамо и јављамо се ускоро.'],
    firstNames: ['Марко', 'Јелена', 'Никола', 'Ана', 'Милош'],
    lastNames: ['Јовановић', 'Павловић', 'Петровић', 'Марковић', 'Николић'],
  },
  'sr-Latn': {
    code: 'sr',
    openers: ['Zdravo,', '@AuroraMobile', 'Poštovani,', ''],
    issues: [
      { topic: 'app', text: 'ne mogu da dopunim račun preko aplikacije, stalno izbacuje grešku' },
      { topic: 'account', text: 'da li mogu da prenesem broj iz druge mreže i zadržim isti broj?' },
      { topic: 'slow', text: 'internet je jako spor u mestu {place}' },
      { topic: 'refund', text: 'naplaćeno mi je dva puta za porudžbinu {order}' },
    ],
    closers: ['Šta se dešava?', 'Hvala.', ''],
    replies: ['Zdravo, proveravamo i javljamo se uskoro.'],
    firstNames: ['Nikola', 'Ana', 'Stefan', 'Milica', 'Luka'],
    lastNames: ['Petrović', 'Marković', 'Ilić', 'Stojanović', 'Đorđević'],
  },
  lv: {
    code: 'lv',
    openers: ['Labdien!', '@AuroraMobile', 'Sveiki,', ''],
    issues: [
      { topic: 'slow', text: 'kāpēc mobilais internets vietā {place} ir tik lēns?' },
      { topic: 'account', text: 'vēlos mainīt tarifu plānu uz lētāku, kā to izdarīt?' },
      { topic: 'outage', text: 'internets nedarbojas kopš rīta, {place}' },
      { topic: 'praise', text: 'paldies atbalstam par ātro palīdzību, viss atrisināts' },
    ],
    closers: ['Paldies.', 'Lūdzu palīdziet!', ''],
    replies: ['Labdien! Mēs to pārbaudām.'],
    firstNames: ['Jānis', 'Līga', 'Maria', 'Andris', 'Ilze'],
    lastNames: ['Bērziņš', 'Ozola', 'Kalniņa', 'Liepa', 'Krūmiņš'],
  },
  de: {
    code: 'de',
    openers: ['Hallo,', 'Guten Tag,', '@AuroraMobile', ''],
    issues: [
      { topic: 'billing', text: 'meine Rechnung beträgt diesen Monat {amount} Euro, das ist viel zu hoch' },
      { topic: 'outage', text: 'seit heute früh kein Internet in {place}' },
      { topic: 'delivery', text: 'meine Bestellung {order} ist immer noch nicht angekommen' },
      { topic: 'sim', text: 'die eSIM lässt sich auf meinem {device} nicht aktivieren' },
    ],
    closers: ['Bitte dringend melden!', 'Danke.', ''],
    replies: ['Hallo, wir schauen uns das sofort an.'],
    firstNames: ['Lukas', 'Anna', 'Jonas', 'Lea', 'Felix'],
    lastNames: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber'],
  },
  es: {
    code: 'es',
    openers: ['Hola,', 'Buenas,', '@AuroraMobile', ''],
    issues: [
      { topic: 'billing', text: 'la factura de este mes es de {amount} euros, no entiendo por qué' },
      { topic: 'roaming', text: 'estoy de viaje y el {device} no tiene cobertura' },
      { topic: 'refund', text: 'quiero el reembolso del pedido {order}, me cobraron dos veces' },
      { topic: 'praise', text: 'gracias al equipo de soporte, todo resuelto' },
    ],
    closers: ['¡Urgente!', 'Gracias.', ''],
    replies: ['Hola, ya lo estamos revisando.'],
    firstNames: ['Lucía', 'Hugo', 'Martina', 'Pablo', 'Sofía'],
    lastNames: ['García', 'Fernández', 'López', 'Martínez', 'Sánchez'],
  },
};

export const NOTES = ['Escalated to billing.', 'Customer also called the hotline.', 'Known outage, linked to incident.',
  'Waiting for the warehouse to confirm.', 'VIP: handle personally.'] as const;

/** Search queries a benchmark can vary over: frequent words, rarer ones, other scripts, two words. */
export const SEARCH_QUERIES = ['internet', 'refund', 'roaming', 'invoice', 'app server error', 'parcel', 'passport',
  'интернет', 'приложение', 'faturam', 'internets', 'Rechnung', 'factura', 'eSIM', 'Pixel', 'Novi Sad',
  'internet down', 'twice', 'spor', 'Хитно'] as const;
