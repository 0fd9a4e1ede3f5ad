// Blind held-out Latvian messages for issue 7 (a few without diacritics), labelled without sight of the analyser.

import { type DraftMessage, writerFor } from '../eval-message.ts';

const say = writerFor('lv');

export const latvianBlind2: DraftMessage[] = [
  say('@BalticSkyAir iestrēgām Amsterdamā, nokavējām pārsēšanos uz Rīgu, neviens nepalīdz', '-UC'),
  say('Internets nestrādā kopš vakardienas, kad to salabosiet?', '-UQC'),
  say('Paldies kurjeram, ļoti laipns un atbrauca laicīgi', '+P'),
  say('Pasūtījums Nr. 8841275 joprojām nav nosūtīts, lai gan apmaksāju pirms nedēļas', '-CL'),
  say('Mana parole ir Saulite2020, bet sistēma saka, ka nepareiza, konts bloķēts', '-UC', [['password', 'Saulite2020']]),
  say('Lūdzu, piezvaniet man uz +371 26 184 573, gribu pieslēgt televīziju', '0B', [['phone', '+371 26 184 573']]),
  say('Personas kods 170789-12343, vai tas jums tiešām vajadzīgs līgumam?', '0Q', [['ssn', '170789-12343']]),
  say('Kāpēc rēķins ir 64,80 EUR, ja mans tarifs ir 19,99?', '-QCL'),
  say('Gribu runāt ar cilvēku, nevis ar robotu', '0H'),
  say('Nav slikti, bet varētu būt lētāk', '0C'),
  say('Steidzami! No kartes 4147 2093 5518 2760 kāds noņēma naudu, bloķējiet!', '-UC', [['card', '4147 2093 5518 2760']]),
  say('SMS kods: 771902, bet lietotne to nepieņem', '-C', [['password', '771902']]),
  say('Reiss BT 318 kavējas pie izejas jau stundu, vismaz informējiet', '-CL'),
  say('Jūsu jaunā aplikācija ir vienkārši lieliska 😍', '+P'),
  say('Kā var mainīt tarifa plānu caur lietotni?', '0Q'),
  say('Ja līdz piektdienai neatrisināsiet, pāriešu pie cita operatora', '-UC'),
  say('Gāzes smaka kāpņutelpā, ko darīt?', '-UQ'),
  say('Kur ir mana paka? Izsekošanas numurs LV004817263EE, gaidu jau otro nedēļu', '-QCL'),
  say('Atmaksu lūdzu pārskaitiet uz LV56HABA0551038471925, paldies', '0', [['iban', 'LV56HABA0551038471925']]),
  say('Klienta numurs 5012847, mans e-pasts ir liga.ozolina@inbox.lv, lūdzu sūtiet rēķinus uz turieni', '0', [['account', '5012847'], ['email', 'liga.ozolina@inbox.lv']]),
  say('Ūdens nav visā mājā jau kopš rīta, bērni mājās', '-UC'),
  say('Cik maksā jaunais iPhone ar līgumu uz 24 mēnešiem?', '0QBL'),
  say('Adrese: Brīvības iela 88-14, Rīga. Kurjers teica, ka nevarēja atrast', '-C', [['address', 'Brīvības iela 88-14, Rīga']]),
  say('PIN kods 6034 nestrādā bankomātā, esmu ārzemēs bez naudas', '-UC', [['password', '6034']]),
  say('paldies par atlaidi, super piedavajums', '+P'),
  say('Rēķins nr. 2024-11-0457 atnāca divreiz, vai man jāmaksā abi?', '-QCL'),
  say('zvaniet uz 29417385, gribu pasutit internetu majai', '0B', [['phone', '29417385']]),
  say('Paldies, ka atrisinājāt tik ātri, nebiju gaidījis', '+P'),
  say('Uzlauza manu kontu, nomainīta parole un e-pasts, palīdziet steidzami', '-UC'),
  say('Nav steidzami, bet vai ir atlaides pensionāriem?', '0QB'),
  say('Pārskaitījums uz LV15 UNLA 0050 0177 3421 8 nav aizgājis, kāpēc?', '-QC', [['iban', 'LV15 UNLA 0050 0177 3421 8']]),
  say('Lieliski, jau trešo reizi atceļat piegādi. Bravo.', '-C'),
  say('Piegāde 12.05. starp 9:00 un 13:00, vai var mainīt uz vakaru?', '0QL'),
  say('Pasūtījuma kods 4000 2145 8890 1127 — kad atnāks?', '0QL'),
  say('Slikti. Atkal nav signāla visā Jūrmalā, un neviens neatbild', '-UC'),
];
