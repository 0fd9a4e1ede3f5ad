// Blind held-out Serbian messages for issue 7, in Cyrillic and Latin (some without diacritics), labelled blind.

import { type DraftMessage, writerFor } from '../eval-message.ts';

const say = writerFor('sr');

export const serbianBlind2: DraftMessage[] = [
  say('Заглавили смо на аеродрому у Бечу, пропустили конекцију за Београд, нико нам ништа не говори', '-UC'),
  say('Интернет не ради од јутрос, а ја радим од куће. Када ће бити поправљено?', '-UQC'),
  say('Хвала вашем кол центру, девојка је била изузетно љубазна и брза', '+P'),
  say('Поруџбина бр. 100458327 још није стигла, а обећано је до петка', '-CL'),
  say('Лозинка ми је Beograd011 и не могу да се улогујем, налог закључан', '-UC', [['password', 'Beograd011']]),
  say('Моја адреса је Булевар ослобођења 113, стан 12, курир је оставио пакет комшији', '-C', [['address', 'Булевар ослобођења 113, стан 12']]),
  say('Позовите ме на 064 318 2279, имам питање о рачуну', '0', [['phone', '064 318 2279']]),
  say('Колико кошта пакет са 100 GB интернета и ТВ?', '0QBL'),
  say('Није лоше, али апликација се понекад смрзне', '0C'),
  say('ЈМБГ 1403987710285, тражите га за уговор, да ли је безбедно да га пошаљем овде?', '0Q', [['ssn', '1403987710285']]),
  say('Хитно! Неко је са моје картице 9891 0023 7715 4603 платио нешто у иностранству', '-UC', [['card', '9891 0023 7715 4603']]),
  say('Рачун за струју 4.870,00 дин, а прошлог месеца 2.100. Шта се десило?', '-QCL'),
  say('Хитно ми треба прави човек, не бот — блокиран ми је налог а плата је легла', '-UHC'),
  say('Ако се ово не реши до понедељка, раскидам уговор и идем код конкуренције', '-UC'),
  say('Лет JU 541 касни сат времена, бар јавите на гејту', '-CL'),
  say('Одлична услуга, препоручујем свима 👍', '+P'),
  say('Код из СМС-а 448120 не пролази, већ пети пут', '-C', [['password', '448120']]),
  say('Број уговора 2104577318, молим вас пошаљите ми рачун на marko.jovanovic@gmail.com', '0', [['account', '2104577318'], ['email', 'marko.jovanovic@gmail.com']]),
  say('Pozdrav, da li imate na stanju novi Samsung u plavoj boji?', '0QB'),
  say('nemam struju od jutros, frizider se odmrzava, sta radite??', '-UQC'),
  say('Sifra mi je jelena123, promenio sam je juce a sad mi je nalog blokiran', '-UC', [['password', 'jelena123']]),
  say('Promenio sam mejl, kako da ga ažuriram u svom nalogu?', '0Q'),
  say('Paket sa brojem za praćenje RE482917305RS stoji u Novom Sadu nedelju dana', '-CL'),
  say('Hvala na brzom odgovoru, sve je rešeno za par minuta', '+P'),
  say('Uplatite povraćaj na RS35 1600 0000 4518 3720 14, hvala', '0', [['iban', 'RS35 1600 0000 4518 3720 14']]),
  say('Adresa za dostavu: Nemanjina 4/3, Beograd. Kurir kaže da ne postoji', '-C', [['address', 'Nemanjina 4/3, Beograd']]),
  say('Nije hitno, ali da li postoji popust za studente na godišnju pretplatu?', '0QB'),
  say('Iskreno, niste loši, ali cena od 2.999 din mesečno je previsoka', '0CL'),
  say('Odlično, baš odlično, treći put mi otkazujete termin za montažu 🙄', '-C'),
  say('pin za karticu je 7391 a bankomat kaze pogresan, zaglavio sam na granici bez para', '-UC', [['password', '7391']]),
  say('Javite mi se na 065/417-3380 oko zamene telefona, hvala', '0', [['phone', '065/417-3380']]),
  say('Faktura br. 2024/0391 od 15.03. nije tačna, proverite molim vas', '-CL'),
  say('Prijavljujem vas medijima i inspekciji, ovo je prevara', '-UC'),
  say('Rezervacija YX4Q7T, let 22. jula u 06:40, mogu li da promenim datum?', '0QL'),
  say('super ekipa u radnji na Vračaru, sve pohvale', '+P'),
];
