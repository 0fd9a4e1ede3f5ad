// Sixth round (issue 7), written blind before the analyser saw it: Serbian messages in both scripts (Latin partly
// without diacritics) with loosely typed addresses, PIN je / kod iz poruke, and complaints in flat words.

import { writerFor, type DraftMessage } from '../eval-message.ts';

const say = writerFor('sr');

export const serbianSixthRound: DraftMessage[] = [
  say('кнеза милоша 22 стан 5 београд — пакет није стигао, а пише испоручено', '-C', [['address', 'кнеза милоша 22 стан 5 београд']]),
  say('bulevar oslobodjenja 46 / ulaz B / Novi Sad, od jutros nema struje', '-UC', [['address', 'bulevar oslobodjenja 46 / ulaz B / Novi Sad']]),
  say('Molim dostavu na adresu (Cara Lazara 9, stan 3, Kragujevac), pozovite pre dolaska', '0', [['address', 'Cara Lazara 9, stan 3, Kragujevac']]),
  say('Јована Цвијића 14, Палилула, Ниш — радници су ископали цев и оставили нас без воде', '-UC', [['address', 'Јована Цвијића 14, Палилула, Ниш']]),
  say('zivim u Omladinskih brigada 88 sprat 2 Novi Beograd i kurir je danas bio bas ljubazan, svaka cast', '+P', [['address', 'Omladinskih brigada 88 sprat 2 Novi Beograd']]),
  say('да ли ваша пословница у Кнез Михаиловој 30 ради суботом?', '0QL'),
  say('PIN je 4821, a bankomat kaže da je pogrešan i zadržao mi je karticu', '-UC', [['password', '4821']]),
  say('код из поруке 663120. није прошао, а паре су скинуте са рачуна', '-UC', [['password', '663120']]),
  say('lozinka: Zvezda_91 i dalje ne prolazi, jel moze neko da pogleda?', '-QC', [['password', 'Zvezda_91']]),
  say('не стиже ми код за пријаву већ пола сата', '-C'),
  say('broj računa 160-0000004183275-14, da li povraćaj ide tu ili na karticu?', '0Q', [['account', '160-0000004183275-14']]),
  say('кориснички број 10445521, рачун за струју наплаћен два пута', '-UC', [['account', '10445521']]),
  say('zovite me na 065 318 2290 oko ponude za optiku, hvala', '0B', [['phone', '065 318 2290']]),
  say('ЈМБГ 1403985715034 не пролази у апликацији, пише неисправан', '-C', [['ssn', '1403985715034']]),
  say('broj pošiljke RS482019377RS stoji u Beogradu od 3. marta', '-CL'),
  say('лет JU 382 за Цирих отказан, заглављени смо на аеродрому са децом', '-UCL'),
  say('racun broj 2024-0087113 je 4.850 din, a paket je 2.990 din', '-CL'),
  say('хвала екипи са терена, интернет поправљен за сат времена 🙏', '+P'),
  say('nije loše, nova aplikacija je brža od stare', '+P'),
  say('баш лепо, трећи пут исти квар 🙄', '-C'),
  say('nije hitno, ali zvono na interfonu ne radi od montaže', '-C'),
  say('ако до понедељка не вратите новац, прелазим код другог оператера', '-UC'),
];
