// Realistic messages with private data, and with numbers that are not private, labelled by hand.

export interface PiiExample {
  text: string;
  language: string | null;
  /** Each expected finding as its type and the exact text it covers. */
  expected: [type: string, covers: string][];
}

export const piiExamples: PiiExample[] = [
  { text: 'My card 4111 1111 1111 1111 exp 12/25 cvv 123, please cancel it', language: 'en', expected: [['card', '4111 1111 1111 1111']] },
  { text: 'карта 5500-0055-5555-5559, срочно верните деньги', language: 'ru', expected: [['card', '5500-0055-5555-5559']] },
  { text: 'Kartımdan iki kez çekildi: 4012888888881881', language: 'tr', expected: [['card', '4012888888881881']] },
  { text: 'IBAN: LV80BANK0000435195001 please refund there', language: 'en', expected: [['iban', 'LV80BANK0000435195001']] },
  { text: 'Moj IBAN je RS35 1050 0812 3123 1231 73, hvala', language: 'sr', expected: [['iban', 'RS35 1050 0812 3123 1231 73']] },
  { text: 'İade için IBAN TR33 0006 1005 1978 6457 8413 26', language: 'tr', expected: [['iban', 'TR33 0006 1005 1978 6457 8413 26']] },
  {
    text: 'write to me at ana.petrovic@example.rs or call +381 64 123 4567', language: 'sr',
    expected: [['email', 'ana.petrovic@example.rs'], ['phone', '+381 64 123 4567']],
  },
  { text: 'мой телефон 8 916 123-45-67, перезвоните', language: 'ru', expected: [['phone', '8 916 123-45-67']] },
  { text: 'numaram 0532 123 45 67 arayın lütfen', language: 'tr', expected: [['phone', '0532 123 45 67']] },
  { text: 'Lūdzu piezvaniet, mans numurs 26123456', language: 'lv', expected: [['phone', '26123456']] },
  { text: 'call me on (415) 555-2671 after 6pm', language: 'en', expected: [['phone', '(415) 555-2671']] },
  { text: 'password: hunter2 please reset it', language: 'en', expected: [['password', 'hunter2']] },
  { text: 'мой пароль qwerty123, смените его', language: 'ru', expected: [['password', 'qwerty123']] },
  { text: 'şifrem 1234abc, lütfen değiştirin', language: 'tr', expected: [['password', '1234abc']] },
  { text: 'Lozinka je Beograd2024! hitno', language: 'sr', expected: [['password', 'Beograd2024!']] },
  { text: 'лозинка: Zvezda_1991', language: 'sr', expected: [['password', 'Zvezda_1991']] },
  { text: 'parole ir Rīga#55 vai varat palīdzēt', language: 'lv', expected: [['password', 'Rīga#55']] },
  { text: 'my SSN is 536-22-1234', language: 'en', expected: [['ssn', '536-22-1234']] },
  { text: 'mans personas kods 150785-12340', language: 'lv', expected: [['ssn', '150785-12340']] },
  { text: 'TC kimlik no 10000000146', language: 'tr', expected: [['ssn', '10000000146']] },
  { text: 'JMBG 0101990710008, ime Marko', language: 'sr', expected: [['ssn', '0101990710008']] },
  { text: 'moj tekući račun 160-0000000012345-95', language: 'sr', expected: [['account', '160-0000000012345-95']] },
  { text: 'account number 12345678, please check', language: 'en', expected: [['account', '12345678']] },
  { text: 'номер лицевого счета 40817810099910004312', language: 'ru', expected: [['account', '40817810099910004312']] },
  { text: 'deliver to 221B Baker Street, London', language: 'en', expected: [['address', '221B Baker Street, London']] },
  { text: 'адрес: ул. Ленина, д. 5, кв. 12', language: 'ru', expected: [['address', 'ул. Ленина, д. 5, кв. 12']] },
  { text: 'Atatürk Caddesi No: 12 Kadıköy', language: 'tr', expected: [['address', 'Atatürk Caddesi No: 12']] },
  { text: 'adresa: ulica Kneza Miloša 10, Beograd', language: 'sr', expected: [['address', 'ulica Kneza Miloša 10, Beograd']] },
  { text: 'Brīvības iela 55, Rīga', language: 'lv', expected: [['address', 'Brīvības iela 55, Rīga']] },
  // Not PII: orders, flights, dates, prices, times, counts.
  { text: 'Flight TK1234 on 12.05.2024 was cancelled, order #5567821, paid $1,299.00', language: 'en', expected: [] },
  { text: 'BA 287 delayed, booking ref 4716893045', language: 'en', expected: [] },
  { text: 'заказ 4716893045 не пришёл, оплатил 1 500 000 руб', language: 'ru', expected: [] },
  { text: 'sipariş numaram 123456789012 hala gelmedi, 2.499,90 TL ödedim', language: 'tr', expected: [] },
  { text: 'porudžbina 100200300 kasni od 01.05.2024.', language: 'sr', expected: [] },
  { text: 'pasūtījums Nr. 55512345 nav atnācis kopš 2024-05-01', language: 'lv', expected: [] },
  { text: 'Dr. Smith said 5 times that St. Petersburg 2024 is fine', language: 'en', expected: [] },
  { text: 'I waited 45 minutes at gate 12 for flight BA287', language: 'en', expected: [] },
  { text: 'tracking number 1Z999AA10123456784 shows nothing since 3 days', language: 'en', expected: [] },
  { text: 'Рейс SU 1402 задержан до 23:40, билет 5552345678901', language: 'ru', expected: [] },
  { text: 'I changed the password yesterday and now it does not work', language: 'en', expected: [] },
  { text: 'Hesabım hacklendi, biri şifremi değiştirmiş', language: 'tr', expected: [] },
];
