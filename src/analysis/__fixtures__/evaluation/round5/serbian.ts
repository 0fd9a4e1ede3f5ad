// Fifth round (issue 7), written blind before the analyser saw it: Serbian messages in both scripts aimed
// at PII recall (addresses with stan, ulaz, sprat and postcode, passwords and codes) beside look-alikes.

import { writerFor, type DraftMessage } from '../eval-message.ts';

const say = writerFor('sr');

export const serbianFifthRound: DraftMessage[] = [
  say('Доставите на Булевар краља Александра 73, стан 14, 11000 Београд, звоно не ради', '0', [['address', 'Булевар краља Александра 73, стан 14, 11000 Београд']]),
  say('Нови Сад, Јеврејска 21/3 — од јутрос нема струје у целој згради', '-UC', [['address', 'Нови Сад, Јеврејска 21/3']]),
  say('адреса ми је Војводе Степе 155, улаз 2, спрат 4, стан 17, Београд', '0', [['address', 'Војводе Степе 155, улаз 2, спрат 4, стан 17, Београд']]),
  say('шифра ми је Дунав2020, а апликација каже да није добра', '-C', [['password', 'Дунав2020']]),
  say('број корисника 300124578, рачун за јануар је дупло већи него иначе', '-C', [['account', '300124578']]),
  say('ЈМБГ 2207988710033, да ли могу да пребацим број на своје име?', '0Q', [['ssn', '2207988710033']]),
  say('пошаљите фактуру на jelena.markovic@gmail.com, у апликацији је не видим', '0', [['email', 'jelena.markovic@gmail.com']]),
  say('лет JU 682 касни, седимо на излазу C4 већ сат времена и нико ништа не каже', '-CL'),
  say('поруџбина број 5512087 и даље није стигла, наручено 3. марта', '-CL'),
  say('колико кошта Samsung Galaxy S24 на 24 рате?', '0QBL'),
  say('Хвала Марији из пословнице, решила ми је проблем за пет минута 🙏', '+P'),
  say('adresa: Bulevar oslobodjenja 88/12, 21000 Novi Sad, kurir kaze da ne moze da nadje zgradu', '-C', [['address', 'Bulevar oslobodjenja 88/12, 21000 Novi Sad']]),
  say('selim internet sa Cara Dušana 40, stan 6, Zemun na Gospodara Vučića 112, ulaz B, Beograd, može li do petka?', '0Q', [['address', 'Cara Dušana 40, stan 6, Zemun'], ['address', 'Gospodara Vučića 112, ulaz B, Beograd']]),
  say('zivim u nemanjinoj 12 sprat 3 i opet nema vode od jutros', '-UC', [['address', 'nemanjinoj 12 sprat 3']]),
  say('Niš, Obrenovićeva 35/7 — paket je vraćen pošiljaocu a ja sam ceo dan bio kod kuće', '-C', [['address', 'Niš, Obrenovićeva 35/7']]),
  say('sifra mi je Zvezda_1991 i ne prolazi, nalog zakljucan', '-UC', [['password', 'Zvezda_1991']]),
  say('jednokratni kod: 882 041. Nije prošao ni iz drugog pokušaja', '-C', [['password', '882 041']]),
  say('Ukucala sam „Lipa77“ kao lozinku, aplikacija kaže da je pogrešna', '-C', [['password', 'Lipa77']]),
  say('uplatite povraćaj na RS35 1600 0004 1283 6500 59, hvala', '0', [['iban', 'RS35 1600 0004 1283 6500 59']]),
  say('pozovite me na 063 77 12 904, ne mogu ovde da pišem', '0', [['phone', '063 77 12 904']]),
  say('broj ugovora 2025-114873, hocu da raskinem, dosta mi je vasih gresaka', '-UC', [['account', '2025-114873']]),
  say('da li vaša radnja u Knez Mihailovoj 19 ima slušalice Sony WH-1000XM5? kupio bih danas', '0QBL'),
];
