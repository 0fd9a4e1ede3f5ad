// Written blind on 2026-11-24 as a second held-out part; never used for tuning.
// Hand-labelled Serbian care messages in both scripts, some Latin ones without diacritics.

import { writerFor, type DraftMessage } from '../eval-message.ts';

const say = writerFor('sr');

export const serbianFresh: DraftMessage[] = [
  // Cyrillic
  say('Лет за Беч је отказан на самом изласку, заглавили смо се на аеродрому са бебом и нико нам не помаже!', '-UC'),
  say('Скинули сте ми паре са картице два пута за исту поруџбину, хитно вратите', '-UC'),
  say('Неко ми је хаковао налог и променио број телефона, не могу да се улогујем', '-UC'),
  say('У згради се осећа јак мирис гаса, кога да зовем сада?', '-UQ'),
  say('Од вашег сока детету је позлило, алергијска реакција, у Хитној смо', '-UC'),
  say('Нема струје у целом блоку од јутрос, када ће бити?', '-UQC'),
  say('Ако ми до петка не вратите новац, идем код адвоката и у медије', '-UC'),
  say('Ништа хитно, само ме занима да ли могу да променим датум плаћања рачуна?', '0Q'),
  say('Прошлог месеца сам имао проблем са пакетом, али сте га решили, хвала. Сад питам за гаранцију', '+QP'),
  say('Није лоше, достава је стигла раније него што сам очекивао', '+P'),
  say('Свака част Милици из пословнице на Врачару, све је завршила за пет минута 🙏', '+P'),
  say('Браво, трећи пут ми шаљете погрешну величину 👏🙄', '-C'),
  say('Желим да разговарам са живим човеком, а не са ботом', '-HC'),
  say('Колико кошта пакет са телевизијом и интернетом? Хтео бих да се претплатим', '0QB'),
  say('Број поруџбине 20458113, стигао ми је оштећен телефон', '-CL'),
  say('Лет JU 540 касни већ два сата, да ли ћемо стићи на везу у 18:45?', '-QCL'),
  say('Мој ЈМБГ је 1503985710029, треба вам за уговор', '0', [['ssn', '1503985710029']]),
  say('Позовите ме на +381 64 123 4567 после пет', '0', [['phone', '+381 64 123 4567']]),
  say('Рачун пошаљите на адресу Булевар краља Александра 73, стан 12', '0', [['address', 'Булевар краља Александра 73, стан 12']]),
  say('Лозинка за апликацију је и даље Vracar2022, а налог је закључан и не могу да платим болницу', '-UC', [['password', 'Vracar2022']]),
  say('Уплатите повраћај на RS35 2600 0560 1001 6113 79 молим вас', '0', [['iban', 'RS35 2600 0560 1001 6113 79']]),
  say('Искри утичница после ваше замене бројила, пошаљите некога одмах', '-UC'),
  // Latin
  say('Otkazali ste mi let za Podgoricu i sad sam zaglavljen u Beogradu bez smestaja, sramota', '-UC'),
  say('skinuli su mi 2 puta po 3.499 din za istu pretplatu, vratite mi pare odmah', '-UCL'),
  say('Blokirali su mi karticu dok sam u inostranstvu, ne mogu da platim hotel!!', '-UC'),
  say('Internet ne radi od juce, ceo kraj je bez mreze, kad ce popraviti?', '-UQC'),
  say('Dosta mi je, prelazim kod konkurencije i raskidam ugovor', '-UC'),
  say('Neko mi je skinuo 25.000 dinara sa racuna, nisam ja, hitno blokirajte sve', '-UCL'),
  say('nije hitno, ali da li postoji popust za penzionere?', '0QB'),
  say('Ništa hitno, samo da javim da mi je pošiljka stigla, hvala', '+P'),
  say('Super ste, kurir je bio ljubazan i sve je stiglo u komadu 😊', '+P'),
  say('Ma bravo, opet pala aplikacija, a danas mi ističe rok za ratu kredita 🙃', '-UC'),
  say('Mogu li da dobijem nekog operatera? Chat bot ne razume pitanje', '-QHC'),
  say('Da li imate Samsung Galaxy S24 na stanju u radnji na Novom Beogradu? Hocu da kupim danas', '0QBL'),
  say('Broj za praćenje RR123456789RS stoji od 4. novembra', '-CL'),
  say('Na računu za oktobar piše 4.280 dinara, a imam paket od 2.990, zašto?', '-QCL'),
  say('Rezervacija broj 8XK2LP, mogu li da doplatim prtljag?', '0QBL'),
  say('moj broj je 063 555 1234, pozovite me kad stignete', '0', [['phone', '063 555 1234']]),
  say('Mejl mi je jovana.petrovic@gmail.com, tamo pošaljite fakturu', '0', [['email', 'jovana.petrovic@gmail.com']]),
  say('lozinka je Beograd011 ako treba da proverite nalog', '0', [['password', 'Beograd011']]),
  say('Broj računa 205-0000012345678-79, uplatite povraćaj tamo', '0', [['account', '205-0000012345678-79']]),
  say('Dostava na adresu Kneza Miloša 25, treći sprat', '0', [['address', 'Kneza Miloša 25']]),
  say('Broj kartice 4895 3700 4455 6675, proverite da li je prošla uplata za porudžbinu 30917', '0QL', [['card', '4895 3700 4455 6675']]),
  say('JMBG 0207865785210, treba mi potvrda o zaduženju za stan', '0', [['ssn', '0207865785210']]),
  say('Kada radi poslovnica u Knez Mihailovoj subotom?', '0Q'),
];
