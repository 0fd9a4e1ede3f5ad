// Words that introduce or rule out private data next to them (data only).

import type { LexiconWords } from '../lexicon/lexicon-words.ts';

export type PiiKeywordKind = 'password' | 'account' | 'ssn' | 'contact' | 'not-pii' | 'street-after-number' | 'street-word'
  | 'street-name-first';

/**
 * 'not-pii' names the numbers customers quote that are not private: orders, tickets, flights,
 * tracking and invoice numbers. A number right after such a word is never reported, which is
 * what keeps "order 4716893045" or "PNR 5567821" out of the PII guard's way.
 * Street words: English ones follow the house number and name ("221B Baker Street"; "Dr." or
 * "St." before a number is a title or a saint); 'street-word' comes before the name and number
 * ("улица Ленина 5", "ulica Kneza Miloša 10"); 'street-name-first' follows the name
 * ("Brīvības iela 55", "Atatürk Caddesi No: 12"), so the name before it belongs to the address.
 */
export const piiKeywords: Record<PiiKeywordKind, LexiconWords> = {
  password: {
    en: 'password*, passwd, pwd, passcode, pin, pin code', ru: 'пароль, пароля, паролем, пин-код, пин код, пин', uk: 'пароль',
    tr: 'şifre*, parola*', sr: 'lozink*, šifr*', lv: 'parol*, pin kods', de: 'passwort, kennwort', fr: 'mot de passe',
    es: 'contraseña', pt: 'senha', pl: 'hasło', nl: 'wachtwoord',
  },
  account: {
    en: 'account number, account no, account #, acct, a/c, customer number, customer id, member number, membership number, contract number',
    ru: 'номер счета, номер счёта, лицевой счет, лицевой счёт, лицевого счета, счет №, счёт №, номер договора, номер абонента',
    tr: 'hesap no, hesap numara*, müşteri no, müşteri numara*, abone no, abone numara*, sözleşme no',
    sr: 'broj računa, račun broj, tekući račun, broj ugovora, korisnički broj, broj korisnika',
    lv: 'konta numurs, konta nr, konts nr, klienta numurs, līguma numurs, līguma nr',
  },
  ssn: {
    en: 'ssn, social security, national id, id number, passport number, personal code', ru: 'паспорт*, снилс, инн',
    tr: 'tc kimlik, kimlik no, kimlik numara*, tc no', sr: 'jmbg, matični broj, lična karta, broj lične karte',
    lv: 'personas kods, personas koda, personas kodu',
  },
  contact: {
    en: 'phone, tel, mobile, call me, my number, reach me', ru: 'телефон*, тел, мой номер, позвоните', tr: 'telefon*, numaram, cep',
    sr: 'telefon*, mob, moj broj, pozovite', lv: 'tālr*, telefon*, mans numurs, zvaniet',
  },
  'not-pii': {
    en: 'order*, ticket*, booking*, reservation*, confirmation*, reference, ref, tracking*, invoice*, flight*, case, case number, receipt*, item*, model*, serial*, pnr, sku, parcel*, package*, shipment*',
    ru: 'заказ*, трек*, билет*, брон*, рейс*, накладн*, чек*, обращени*, посылк*, отправлени*',
    tr: 'sipariş*, takip*, bilet*, rezervasyon*, uçuş*, fatura*, kargo*, başvuru*, pnr',
    sr: 'porudžbin*, narudžb*, pošiljk*, rezervacij*, faktur*, reklamacij*, paket*',
    lv: 'pasūtījum*, sūtījum*, biļet*, rezervācij*, reis*, rēķin*, pieteikum*, paka, paku, pakas',
    de: 'bestellung*, sendung*, rechnung*, flug*', fr: 'commande*, facture*', es: 'pedido*, vuelo*, factura*', it: 'ordine*, volo*',
    pt: 'pedido*, encomenda*, voo*', nl: 'bestelling*, zending*', pl: 'zamówieni*, przesyłk*',
  },
  'street-after-number': {
    en: 'street, st, avenue, ave, road, rd, boulevard, blvd, lane, ln, drive, dr',
  },
  'street-word': {
    ru: 'улица, улице, улицу, ул, проспект, просп, пр-т, переулок, пер, бульвар, шоссе, площадь, пл',
    sr: 'ulica, ulici, ul, bulevar, bul, trg', lv: 'bulvāris', tr: 'bulvar*', de: 'straße, str', fr: 'rue', es: 'calle, avenida',
    it: 'via, piazza', pt: 'rua, avenida', pl: 'ulica, ul, aleja', nl: 'straat, laan',
  },
  'street-name-first': {
    lv: 'iela, ielā, ielu, ielas, gatve, gatvē, prospekts, laukums',
    tr: 'sokak, sokağı, sk, cadde, caddesi, cad, mahallesi, mah, bulvarı, blv',
  },
};
