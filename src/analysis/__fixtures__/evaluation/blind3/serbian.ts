// Blind held-out Serbian messages for issue 7, labelled without sight of the analyser (third blind part).
import { type DraftMessage, writerFor } from '../eval-message.ts';

const say = writerFor('sr');

export const serbianBlind3: DraftMessage[] = [
  // Cyrillic
  say('Заглавили смо се на аеродрому у Бечу, пропустили везу за Београд и нико нам ништа не говори!', '-UC'),
  say('Није лоше, баш није лоше. Доставили пре рока, а курир љубазан 🙂', '+P'),
  say('Два пута сте ми скинули 3.490 динара за исту поруџбину бр. 55021873. Хитно вратите новац!', '-UCL'),
  say('Осећа се гас на степеништу, Булевар ослобођења 88, стан 14, Нови Сад. Пошаљите некога одмах', '-U', [
    ['address', 'Булевар ослобођења 88, стан 14, Нови Сад'],
  ]),
  say('Интернет не ради од јутрос у целој згради, а ја радим од куће. Докле више?', '-UQC'),
  say('Мој ЈМБГ је 1403987710366, шта још треба за пренос броја?', '0Q', [['ssn', '1403987710366']]),
  say('Није хитно, али да ли имате попуст за пензионере на ТВ пакет?', '0QB'),
  say('Свака част екипи из продавнице у Нишу, стрпљиво су ми све објаснили 👏', '+P'),
  say('Ма сјајно, трећи пут померате термин монтаже. Браво 👏🙄', '-C'),
  say('Шифра ми је Beograd_011 а апликација каже погрешна лозинка, и још ми закључала налог!', '-UC', [
    ['password', 'Beograd_011'],
  ]),
  say('Позовите ме на 064 318 2207 у вези прикључка, хвала', '0', [['phone', '064 318 2207']]),
  say('Лет JU 541 касни већ два сата, седимо код излаза C3 без икаквог обавештења', '-CL'),
  say('Желим да разговарам са човеком, не са ботом. Може ли неки оператер?', '-QCH'),
  say('Ако до петка не решите рекламацију, идем у Удружење потрошача и пишем на свим мрежама', '-UC'),
  say('Кориснички број 7300418826 — зашто ми је рачун за струју дупло већи него прошлог месеца?', '-QC', [
    ['account', '7300418826'],
  ]),
  say('Хвала вам, повраћај новца легао за један дан, то је брзина!', '+P'),
  say('Код који сте послали је 771204, али је истекао пре него што сам стигао да га укуцам', '-C', [['password', '771204']]),
  say('Пакет RS458201937RS стоји у Крагујевцу већ недељу дана', '-CL'),
  // Latin
  say('Ukradena mi je kartica, 5356 1044 2280 7635, blokirajte je odmah molim vas!!', '-U', [['card', '5356 1044 2280 7635']]),
  say('Nema struje u celoj ulici vec pet sati, a imamo bebu u kuci. Kad ce vise??', '-UQC'),
  say('Nije loše uopšte, cena paketa korektna a brzina odlična', '+P'),
  say('Pošaljite račun na marko.jovanovic@gmail.com umesto na kućnu adresu', '0', [['email', 'marko.jovanovic@gmail.com']]),
  say('Koliko košta Galaxy S24 na 24 rate i da li ga imate na stanju?', '0QBL'),
  say('Moj IBAN je RS72 2651 1003 1004 4829 17, uplatite povraćaj tamo', '0', [['iban', 'RS72 2651 1003 1004 4829 17']]),
  say('nalog mi je hakovan, neko je promenio lozinku i mejl. hitno mi treba pomoc', '-U'),
  say('nije hitno, samo me zanima da li let za Podgoricu 14. juna i dalje polece u 06:15', '0QL'),
  say('jmbg 2207985715026, hocu da prebacim ugovor na sebe', '0', [['ssn', '2207985715026']]),
  say('Nova adresa: Cara Dušana 17/4, 11080 Zemun. Molim da je promenite za dostavu', '0', [
    ['address', 'Cara Dušana 17/4, 11080 Zemun'],
  ]),
  say('Pin mi je 3951, a bankomat kaže da nije tačan. Šta sad?', '-QC', [['password', '3951']]),
  say('Račun za avgust 4.870 din, a potrošnja ista kao u julu. Ko to kod vas računa?', '-QCL'),
  say('Majstor došao na vreme i sve sredio za pola sata, svaka čast 💪', '+P'),
  say('Zovite me na +381 63 7724 519 popodne, kupio bih novi paket sa TV-om', '0B', [['phone', '+381 63 7724 519']]),
  say('Ako mi ne vratite pare do sutra, menjam operatera i idem pravo u medije', '-UC'),
  say('Lozinka za wifi se promenila sama od sebe?? Stara je bila Kuca2023! i sad ne mogu da se povezem', '-QC', [
    ['password', 'Kuca2023!'],
  ]),
  say('Kupila sam frizider RF-4410, porudzbina 220-7719, kad stize isporuka?', '0QL'),
  say('Pozdrav, treba mi ponuda za kasko za Golf 7 iz 2015, mozete li da me kontaktirate?', '0QBL'),
];
