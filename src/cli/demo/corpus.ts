// The demo's customers and what they write: realistic care traffic in six languages and scripts.
import type { Visibility } from '../../domain/types.ts';

export type DemoLanguage = 'en' | 'ru' | 'tr' | 'sr-Cyrl' | 'sr-Latn' | 'lv';

export interface DemoCustomer {
  id: string;
  name: string;
  handle: string;
}

export interface DemoMessage {
  /** Unique within the script; replies name their parent by it. */
  key: string;
  language: DemoLanguage;
  customer: DemoCustomer;
  visibility: Visibility;
  text: string;
  /** The key of an earlier public message this one answers in the same thread. */
  replyTo?: string;
}

const customer = (id: string, name: string, handle: string): DemoCustomer => ({ id, name, handle });

const maria = customer('demo-maria', 'Maria Kalniņa', 'maria_k');
const tom = customer('demo-tom', 'Tom Becker', 'tombecker');
const priya = customer('demo-priya', 'Priya Shah', 'priyashah');
const james = customer('demo-james', 'James O\'Connor', 'jamesoc');
const ivan = customer('demo-ivan', 'Иван Петров', 'ivan_petrov');
const olga = customer('demo-olga', 'Ольга Смирнова', 'olga.smirnova');
const dmitry = customer('demo-dmitry', 'Дмитрий Орлов', 'd_orlov');
const ayse = customer('demo-ayse', 'Ayşe Yılmaz', 'ayseyilmaz');
const mehmet = customer('demo-mehmet', 'Mehmet Demir', 'mdemir34');
const marko = customer('demo-marko', 'Марко Јовановић', 'marko_ns');
const jelena = customer('demo-jelena', 'Јелена Павловић', 'jelenap');
const nikola = customer('demo-nikola', 'Nikola Petrović', 'nikolap');
const ana = customer('demo-ana', 'Ana Marković', 'ana_markovic');
const janis = customer('demo-janis', 'Jānis Bērziņš', 'janis_b');
const liga = customer('demo-liga', 'Līga Ozola', 'ligaozola');

/** In sending order: every reply comes after the message it answers. */
export const DEMO_SCRIPT: readonly DemoMessage[] = [
  { key: 'en-outage', language: 'en', customer: tom, visibility: 'public',
    text: '@AuroraMobile my home internet has been down since 8am in Riga centre. Any ETA? Working from home and this is killing me 😩' },
  { key: 'ru-charge', language: 'ru', customer: ivan, visibility: 'public',
    text: '@AuroraMobile почему с меня списали деньги за услугу, которую я не подключал? Верните немедленно!' },
  { key: 'tr-bill', language: 'tr', customer: ayse, visibility: 'public',
    text: '@AuroraMobile bu ayki faturam neden bu kadar yüksek geldi? Geçen aydan iki kat fazla 😡' },
  { key: 'sr-cyrl-outage', language: 'sr-Cyrl', customer: marko, visibility: 'public',
    text: '@AuroraMobile зашто интернет не ради у Новом Саду већ два сата?' },
  { key: 'lv-slow', language: 'lv', customer: janis, visibility: 'public',
    text: '@AuroraMobile kāpēc mobilais internets Jūrmalā ir tik lēns? Maksāju par 5G, bet saņemu 3G ātrumu 😒' },
  { key: 'en-double-charge', language: 'en', customer: priya, visibility: 'private',
    text: 'Hi, I was charged twice for my March bill (2 × €24.99). Can someone refund the duplicate? You can reach me at priya.shah@example.com.' },
  { key: 'en-outage-me-too', language: 'en', customer: maria, visibility: 'public', replyTo: 'en-outage',
    text: 'Same here in Teika, nothing since the morning. Is there a status page anywhere?' },
  { key: 'sr-latn-topup', language: 'sr-Latn', customer: nikola, visibility: 'public',
    text: 'Ne mogu da dopunim račun preko aplikacije, stalno izbacuje grešku 😤 Šta se dešava?' },
  { key: 'ru-transfer', language: 'ru', customer: olga, visibility: 'private',
    text: 'Здравствуйте! Подскажите, пожалуйста, как переоформить номер на другого человека? Нужен ли паспорт?' },
  { key: 'tr-abroad', language: 'tr', customer: mehmet, visibility: 'private',
    text: 'Merhaba, yurt dışındayım ve telefonum hiç çekmiyor. Acil yardım lazım, lütfen!' },
  { key: 'ru-charge-me-too', language: 'ru', customer: dmitry, visibility: 'public', replyTo: 'ru-charge',
    text: 'У меня то же самое: 3 евро в месяц за какую-то «подписку», о которой я впервые слышу.' },
  { key: 'lv-tariff', language: 'lv', customer: liga, visibility: 'private',
    text: 'Labdien! Vēlos mainīt tarifu plānu uz lētāku. Kā to var izdarīt, neejot uz veikalu?' },
  { key: 'sr-cyrl-outage-me-too', language: 'sr-Cyrl', customer: jelena, visibility: 'public', replyTo: 'sr-cyrl-outage',
    text: 'Ни код мене на Лиману не ради. Има ли неко информацију када ће бити поправљено?' },
  { key: 'en-sim-swap', language: 'en', customer: james, visibility: 'private',
    text: 'URGENT: my SIM was swapped without my consent and now I can\'t log into my bank. Please block the number +371 2000 0412 immediately!!' },
  { key: 'tr-bill-again', language: 'tr', customer: ayse, visibility: 'public', replyTo: 'tr-bill',
    text: 'Hâlâ cevap yok. Müşteri hizmetlerini üç kez aradım, kimse açmıyor.' },
  { key: 'sr-latn-port', language: 'sr-Latn', customer: ana, visibility: 'private',
    text: 'Zdravo, da li mogu da prenesem broj iz druge mreže i da zadržim isti broj?' },
  { key: 'lv-thanks', language: 'lv', customer: liga, visibility: 'public',
    text: 'Paldies Aurora atbalstam par ātro palīdzību vakar, viss atrisināts! 👍' },
  { key: 'ru-app-login', language: 'ru', customer: olga, visibility: 'private',
    text: 'Третий день не могу войти в приложение, пишет «ошибка сервера». Что мне делать?' },
  { key: 'en-praise', language: 'en', customer: maria, visibility: 'public',
    text: 'Shoutout to Aurora support: Lena sorted out my roaming in five minutes. Brilliant service 👏' },
  { key: 'sr-cyrl-cancel', language: 'sr-Cyrl', customer: marko, visibility: 'private',
    text: 'Поштовани, молим вас да ми откажете претплату на ТВ пакет од следећег месеца.' },
  { key: 'tr-damaged', language: 'tr', customer: mehmet, visibility: 'private',
    text: 'Sipariş ettiğim telefonun kutusu hasarlı geldi, değişim yapabilir miyim? Sipariş no: AUR-58213' },
  { key: 'lv-slow-me-too', language: 'lv', customer: liga, visibility: 'public', replyTo: 'lv-slow',
    text: 'Arī Majoros tas pats jau nedēļu. Kad to salabosiet?' },
  { key: 'sr-latn-lost', language: 'sr-Latn', customer: nikola, visibility: 'private',
    text: 'Hitno! Izgubio sam telefon, molim vas blokirajte SIM karticu što pre.' },
  { key: 'en-human', language: 'en', customer: priya, visibility: 'private',
    text: 'Can I speak to a human please? The bot keeps sending me the same FAQ link.' },
  { key: 'ru-thanks', language: 'ru', customer: dmitry, visibility: 'public',
    text: 'Спасибо за быструю помощь вчера, всё заработало 👍' },
  { key: 'tr-praise', language: 'tr', customer: ayse, visibility: 'public',
    text: 'Yeni tarifeler gerçekten çok uygun, teşekkürler Aurora!' },
  { key: 'sr-cyrl-thanks', language: 'sr-Cyrl', customer: jelena, visibility: 'public',
    text: 'Хвала на брзој помоћи, сада све ради одлично!' },
  { key: 'sr-latn-coverage', language: 'sr-Latn', customer: ana, visibility: 'public',
    text: 'Odlična pokrivenost na Zlatiboru, svaka čast!' },
  { key: 'lv-fraud', language: 'lv', customer: janis, visibility: 'private',
    text: 'Steidzami! Kāds no mana konta veic maksājumus bez manas atļaujas. Lūdzu, bloķējiet to!' },
  { key: 'en-5g-business', language: 'en', customer: tom, visibility: 'public',
    text: 'Is the new 5G plan available for business accounts, or only for personal ones?' },
];
