// Fifth round (issue 7), written blind before the analyser saw it: Latvian messages aimed at PII recall
// (addresses with dz., k-, LV- postcode, city first, some without diacritics, passwords, codes) beside look-alikes.

import { writerFor, type DraftMessage } from '../eval-message.ts';

const say = writerFor('lv');

export const latvianFifthRound: DraftMessage[] = [
  say('adrese: Tērbatas iela 14 dz. 7, Rīga, LV-1011, kurjers zvana kaut kādam svešam numuram', '-C', [['address', 'Tērbatas iela 14 dz. 7, Rīga, LV-1011']]),
  say('dzīvoju Krasta ielā 68 k-2 dz. 41, Rīgā, un jau otro dienu nav karstā ūdens', '-UC', [['address', 'Krasta ielā 68 k-2 dz. 41, Rīgā']]),
  say('pasutijumu lugums vest uz Lacplesa iela 37-5, Riga LV-1010', '0', [['address', 'Lacplesa iela 37-5, Riga LV-1010']]),
  say('Jelgava, Lielā iela 9-12, LV-3001 — skaitītājs rāda dubultu patēriņu, tas nav iespējams', '-C', [['address', 'Jelgava, Lielā iela 9-12, LV-3001']]),
  say('pārvācos no Valdemāra iela 5-2, Rīga uz Pils iela 11, Cēsis, LV-4101 — kā pārcelt līgumu?', '0Q', [['address', 'Valdemāra iela 5-2, Rīga'], ['address', 'Pils iela 11, Cēsis, LV-4101']]),
  say('Liepāja, Graudu 30 dz 4 — paka atgriezta, lai gan visu dienu biju mājās', '-C', [['address', 'Liepāja, Graudu 30 dz 4']]),
  say('parole bija Saulite88, tagad vairs neder un konts ir bloķēts', '-UC', [['password', 'Saulite88']]),
  say('Iestatīju paroli uz Jūrmala#2023, vakar strādāja, šodien vairs ne', '-C', [['password', 'Jūrmala#2023']]),
  say('SMS kods 51 88 20 neder, mēģināju trīs reizes.', '-C', [['password', '51 88 20']]),
  say('ievadīju PIN 0394, bankomāts paņēma karti! ko tagad darīt?', '-UQC', [['password', '0394']]),
  say('klienta numurs 20093318, abonēšanas maksa norakstīta divreiz', '-UC', [['account', '20093318']]),
  say('līguma Nr. LT-0448172, gribu to lauzt un pāriet pie cita operatora', '-UC', [['account', 'LT-0448172']]),
  say('zvaniet man uz 29 418 337, čatā neviens neatbild', '-C', [['phone', '29 418 337']]),
  say('personas kods 140389-12847, kāpēc Smart-ID mani neidentificē?', '-QC', [['ssn', '140389-12847']]),
  say('mana karte 3782 194006 64314 pazaudēta, lūdzu bloķējiet to!', '-UC', [['card', '3782 194006 64314']]),
  say('atmaksu lūdzu uz LV40 UNLA 0050 0142 6883 1, paldies', '0', [['iban', 'LV40 UNLA 0050 0142 6883 1']]),
  say('reiss BT 617 kavējas, pie izejas C19 tablo rāda 18:20, bet neviens neko nezina', '-CL'),
  say('pasutijums nr 88210455 joprojam pakomata 1042, bet atversanas kods nestrada', '-CL'),
  say('cik maksā iPhone 15 ar 128 GB uz nomaksu?', '0QBL'),
  say('maksājumā ierakstīju LV41 UNLA 0050 0142 6883 1, banka saka konts nepareizs — vai tas ir jūsu konts?', '0QL'),
  say('pēc atjauninājuma 3.14.0 lietotne vispār neielādējas', '-UCL'),
  say('paldies, kurjers bija ļoti laipns un atveda pat agrāk 😊', '+P'),
];
