// Sixth round (issue 7), written blind before the analyser saw it: Latvian messages (some without diacritics)
// with addresses in small letters, split by " / " or quoted, PIN kods and SMS codes, and flat complaints.

import { writerFor, type DraftMessage } from '../eval-message.ts';

const say = writerFor('lv');

export const latvianSixthRound: DraftMessage[] = [
  say('brivibas iela 112 dz 9 riga lv-1001 — pasutijums nav atnacis jau nedelu', '-C', [['address', 'brivibas iela 112 dz 9 riga lv-1001']]),
  say('Dzīvoju Ganību dambī 24-11, Rīgā, LV-1005, un kopš rīta nav elektrības', '-UC', [['address', 'Ganību dambī 24-11, Rīgā, LV-1005']]),
  say('lūdzu piegādāt uz "Rīgas iela 7, Valmiera, LV-4201", nevis uz pakomātu', '0', [['address', 'Rīgas iela 7, Valmiera, LV-4201']]),
  say('Zemitāna iela 3 / dz. 18 / Rīga — kurjers nezvanīja un aizbrauca', '-C', [['address', 'Zemitāna iela 3 / dz. 18 / Rīga']]),
  say('Maskavas ielā 250 k 3 dz 61, Ķengarags, Rīga internets nestrādā kopš vakara', '-UC', [['address', 'Maskavas ielā 250 k 3 dz 61, Ķengarags, Rīga']]),
  say('vai jūsu birojs Elizabetes ielā 45 strādā sestdienās?', '0QL'),
  say('PIN kods 7315 neder, karte bloķēta, lūdzu steidzīgi palīdziet', '-UC', [['password', '7315']]),
  say('parole ir Saulite_22, bet sistēma saka, ka nepareiza', '-C', [['password', 'Saulite_22']]),
  say('vai kods no SMS ir 490218? lietotne saka, ka nederīgs', '-QC', [['password', '490218']]),
  say('SMS kods neatnāk jau stundu, nevaru pieslēgties internetbankai', '-C'),
  say('klienta numurs 3104227, rēķinā divreiz ieskaitīta viena un tā pati maksa', '-UC', [['account', '3104227']]),
  say('nav steidzami: liguma nr 22-118034, ludzu parslegt uz citu planu no nakama menesa', '0', [['account', '22-118034']]),
  say('zvaniet uz 29 418 736, gribu pieslēgt optisko internetu', '0B', [['phone', '29 418 736']]),
  say('personas kods 120390-11742, vai ar to pietiek līguma noslēgšanai?', '0Q', [['ssn', '120390-11742']]),
  say('atmaksu lūdzu uz LV67 HABA 0551 0273 9461 8, prece jau atgriezta', '0', [['iban', 'LV67 HABA 0551 0273 9461 8']]),
  say('pasūtījuma numurs 88120457 — solīja 14.05, šodien jau 20.05, nekā', '-CL'),
  say('reiss BT 311 atcelts, sēžam lidostā kopš 6:00 bez informācijas', '-UCL'),
  say('rēķina numurs R-2291/24, summa 38,40 EUR, kāpēc tik daudz?', '-QCL'),
  say('paldies kurjeram, atveda pat agrāk nekā solīts 😊', '+P'),
  say('nav slikti, jaunā lietotne strādā ātrāk', '+P'),
  say('malači, trešo reizi atved ne to preci 👏🙄', '-C'),
  say('ja līdz 15. jūnijam nenovērsīsiet, pāriešu pie cita operatora', '-UCL'),
];
