// Hand-labelled Serbian care messages in both scripts, Latin sometimes typed without diacritics.

import { writerFor, type DraftMessage } from './eval-message.ts';

const say = writerFor('sr');

/**
 * Written first, as the first held-out part. Its misses were tuned on in the fourth session, so it is
 * now development data; the held-out part is in fresh/.
 */
export const serbianFirstRound: DraftMessage[] = [
  say('@SkyJet otkazan let JU 540, zaglavili smo se na aerodromu u Cirihu sa bebom', '-UCL'),
  say('Skinuli ste mi novac dva puta za istu porudžbinu, hitno to ispravite', '-UC'),
  say('nije loše, nova aplikacija radi mnogo brže', '+P'),
  say('Није хитно, али да ли могу да платим рачун картицом у пошти?', '0Q'),
  say('Račun u banci mi je blokiran, a danas moram da platim kiriju!', '-UC'),
  say('Баш лепо, пакет опет отишао у Ниш уместо у Нови Сад 🙄', '-C'),
  say('Hvala Milici iz korisničke podrške, sve je rešila za pet minuta 🙏', '+P'),
  say('Nema struje u celoj zgradi od jutros, kada će doći?', '-UQC'),
  say('Raskidam ugovor i prelazim kod konkurencije, dosta mi je', '-UC'),
  say('Хоћу да разговарам са живим човеком, бот ништа не разуме', '-HC'),
  say('Koliko košta Samsung S24 na 24 rate?', '0QB'),
  say('Neko je platio mojom karticom u Hrvatskoj, hitno je blokirajte', '-UC'),
  say('Пуњач који сам купио код вас се истопио и почео да дими', '-UC'),
  say('Kurir je bio jako ljubazan i doneo paket do vrata, hvala', '+P'),
  say('Paket RS123456785RS stoji u Beogradu već nedelju dana', '-CL'),
  say('moj mejl je jelena.markovic@gmail.com, pošaljite račun tamo', '0', [['email', 'jelena.markovic@gmail.com']]),
  say('Pozovite me na 063 812 3456, ne mogu da dobijem vaš call centar', '-C', [['phone', '063 812 3456']]),
  say('IBAN za povraćaj novca RS35 2651 1003 1001 2345 68', '0', [['iban', 'RS35 2651 1003 1001 2345 68']]),
  say('Ако не вратите паре, идем у Заштиту потрошача и на телевизију', '-UC'),
  say('sve je super, hvala puno na brzoj isporuci', '+P'),
  say('Internet ne radi treći dan, tehničar još nije došao', '-UC'),
  say('Браво, трећи пут померате доставу 👏🙄', '-C'),
  say('Želim da kupim ruter, da li ga imate na stanju?', '0QB'),
  say('Ништа хитно, само ме занима када почиње акција', '0Q'),
  say('Prodavac u radnji u Knez Mihailovoj je bio bezobrazan, sramota', '-C'),
  say('Broj kartice 4045 6789 0123 4569, novac skinut a porudžbine nema', '-C', [['card', '4045 6789 0123 4569']]),
  say('JMBG 1503985710126, prebacite broj na moje ime', '0', [['ssn', '1503985710126']]),
  say('Adresa: ulica Kneza Miloša 25, Beograd, stan 3', '0', [['address', 'ulica Kneza Miloša 25, Beograd, stan 3']]),
  say('porudzbina 4471203 od 14.03.2025. jos nije stigla', '-CL'),
  say('Свака вам част, решили сте проблем за један дан 😍', '+P'),
  say('Prevaranti šalju SMS u vaše ime i traže podatke sa kartice!', '-UC'),
  say('Pare za otkazani let mi još nisu vraćene, čekam mesec dana', '-C'),
  say('Da li imate ove slušalice u crnoj boji?', '0QB'),
  say('лозинка ми је Vracar_1987, зашто не могу да се пријавим?', '-UQC', [['password', 'Vracar_1987']]),
];

/** Written second; the analyser was tuned while looking at these. */
export const serbianDevelopment: DraftMessage[] = [
  say('Let otkazan, zaglavljeni smo na aerodromu bez hrane 😡', '-UC'),
  say('Двапут сте ми наплатили исту претплату, хитно вратите новац', '-UC'),
  say('Nije loše za te pare, hvala posadi', '+P'),
  say('Nije hitno, ali kada otvarate novu prodavnicu u Novom Sadu?', '0Q'),
  say('Ne mogu da se prijavim na nalog, piše da je zaključan', '-UC'),
  say('Super, opet nema interneta 🙄 hvala puno', '-UC'),
  say('Хвала вам пуно, све ради', '+P'),
  say('Nema signala u celom kraju od sinoć', '-UC'),
  say('Ako do petka ne rešite, otkazujem pretplatu', '-UC'),
  say('Spojite me sa operaterom, molim vas, bot ne pomaže', '-HC'),
  say('Колико кошта достава до Крагујевца?', '0QB'),
  say('Hakovan mi je nalog i promenjena lozinka, pomozite!', '-UC'),
  say('У вашој радњи је мокар под, бака је пала и повредила се', '-UC'),
  say('Jako sam zadovoljna kupovinom, usisivač je odličan', '+P'),
  say('Paket je stigao oštećen i mokar 😡', '-C'),
  say('Užasna usluga, nikad više ne naručujem kod vas', '-C'),
  say('Хоћу да купим годишњу претплату, има ли попуста?', '0QB'),
  say('zasto aplikacija ne radi vec dva dana?', '-QC'),
  say('Bravo za vas, sad ni aplikacija ne radi 🤡', '-UC'),
  say('Kartica mi je blokirana, stojim na kasi i ne mogu da platim', '-UC'),
  say('Nema veze, kurir je kasnio samo deset minuta', '0'),
  say('Кажите ми како да вратим робу ако ми не одговара', '0Q'),
  say('Hvala, ali problem i dalje nije rešen', '-C'),
  say('Čekam povraćaj novca već tri nedelje, dokle više?', '-QC'),
  say('Da li vi uopšte čitate poruke? Pišem peti put', '-QC'),
  say('Тужићу вас, адвокат већ спрема тужбу', '-UC'),
  say('Devojka iz podrške mi je mnogo pomogla, svaka čast', '+P'),
  say('Треба ми прави човек, не робот', '-HC'),
  say('Propustili smo konekciju, sledeći let je sutra, šta da radimo?', '-UQC'),
  say('Let JU 500 12.04. u 07:15, mogu li da dodam prtljag?', '0QL'),
  say('Platio sam 3.499 din a stigao je pogrešan model', '-CL'),
  say('Broj pošiljke 7312 4455 6012 dva dana stoji na istom mestu', '-CL'),
  say('Поруџбина број 100234567 је отказана, зашто?', '-QCL'),
  say('Moj broj je +381 65 432 1098, pozovite me', '0', [['phone', '+381 65 432 1098']]),
  say('мејл: petar.ilic@yahoo.com', '0', [['email', 'petar.ilic@yahoo.com']]),
  say('Ukradena mi je kartica 4532015112830366, blokirajte je odmah', '-UC', [['card', '4532015112830366']]),
  say('tekući račun 265-1100310012345-68, uplata nije legla', '-C', [['account', '265-1100310012345-68']]),
  say('lozinka: marko123, promenite je, neko mi je upao u nalog', '-UC', [['password', 'marko123']]),
  say('адреса: улица Кнеза Милоша 10, Београд', '0', [['address', 'улица Кнеза Милоша 10, Београд']]),
  say('Već nedelju dana nema tople vode, majstor ne dolazi', '-UC'),
  say('Sve je stiglo na vreme i čitavo, preporuka', '+P'),
  say('Zar je toliko teško odgovoriti korisniku?', '-QC'),
  say('Хитно блокирајте СИМ картицу, украден ми је телефон', '-UC'),
  say('Usluga nije najbolja, ali su cene dobre', '0'),
  say('Kada stiže moj paket? Čekam od ponedeljka', '-QC'),
];

/**
 * Written third (issue 7), before the analyser saw them: passwords, account numbers, JMBG,
 * addresses and phones as Serbian writers give them (both scripts, Latin partly without
 * diacritics), beside numbers that are not private, and urgent messages without the obvious words.
 */
export const serbianThirdRound: DraftMessage[] = [
  say('lozinka je Beograd011, a aplikacija kaže da nije tačna', '-C', [['password', 'Beograd011']]),
  say('лозинка ми је сунце123, зашто не могу да се пријавим?', '-UQC', [['password', 'сунце123']]),
  say('sifra: mojamaca7, da li je dovoljno jaka?', '0Q', [['password', 'mojamaca7']]),
  say('zaboravio sam lozinku, kako da je resetujem?', '0Q'),
  say('PIN 4471 mi ne prolazi na bankomatu, kartica blokirana a ja u inostranstvu', '-UC', [['password', '4471']]),
  say('broj racuna 160-654321-05, uplata od petka nije legla', '-C', [['account', '160-654321-05']]),
  say('korisnički broj 10077321, račun za mart nije tačan', '-C', [['account', '10077321']]),
  say('broj ugovora 2231884, kada mi ističe obaveza?', '0Q', [['account', '2231884']]),
  say('JMBG mi je 2507867150298, prebacite ugovor na mene', '0', [['ssn', '2507867150298']]),
  say('матични број 1406990712344, молим промену власника', '0', [['ssn', '1406990712344']]),
  say('Bulevar oslobođenja 12, Novi Sad, dostavljač kaže da adresa ne postoji', '-C', [['address', 'Bulevar oslobođenja 12, Novi Sad']]),
  say('adresa: Nemanjina 4, stan 9, dostava posle 17h', '0', [['address', 'Nemanjina 4, stan 9']]),
  say('живим у улици Војводе Степе 210, а техничар је отишао на другу адресу', '-C', [['address', 'улици Војводе Степе 210']]),
  say('paket pošaljite na adresu Kralja Petra 31, ne na staru', '0', [['address', 'Kralja Petra 31']]),
  say('pozovite me na 064 123 4567, porudzbina 5561223 kasni', '-C', [['phone', '064 123 4567']]),
  say('мој број је +381 63 812 3344, јавите се', '0', [['phone', '+381 63 812 3344']]),
  say('neko mi je skinuo 20.000 dinara sa kartice, nisam ja platio', '-UC'),
  say('nestalo je struje u celoj zgradi od jutros, a imamo bebu', '-UC'),
  say('ako do petka ne rešite, idem u Zaštitu potrošača i na TV', '-UC'),
  say('Заглавили смо на аеродрому у Истанбулу, лет отказан, нико ништа не говори', '-UC'),
  say('nije hitno, samo me zanima da li imate iPhone 15 na stanju', '0QB'),
  say('let JU 540 kasni 30 minuta, da li stižem na presedanje u 14:20?', '-QL'),
  say('неко ми је хаковао профил и шаље поруке мојим пријатељима', '-UC'),
  say('sifra od wifija je na ruteru? ne vidim nalepnicu', '0Q'),
];

/**
 * Written fourth (issue 7), blind, by a writer new to the set: passwords, PINs, one-time codes and
 * security answers leaked the ways customers leak them (user and pass on one line, the secret
 * before its keyword, old and new together, spaced digits, quoted, in Cyrillic), national ids with
 * valid check digits, phones in local layouts, and look-alike numbers that are not private.
 */
export const serbianFourthRound: DraftMessage[] = [
  say('korisnik: jelena.m lozinka: Beograd2021', '0', [['password', 'Beograd2021']]),
  say('šifra mi je zvezda1945 a kaže pogrešna', '-C', [['password', 'zvezda1945']]),
  say('sifra kucica77 ne radi, probala sam 5 puta', '-C', [['password', 'kucica77']]),
  say('шифра: Јагода2020 не ради, помозите', '-QC', [['password', 'Јагода2020']]),
  say('лозинка је мачка123, нова мачка1234 — ниједна не пролази', '-C', [['password', 'мачка123'], ['password', 'мачка1234']]),
  say('PIN 0619 za karticu, blokirana je hitno', '-UC', [['password', '0619']]),
  say('kod sa SMS-a je 84 27 19, opet traži novi', '-C', [['password', '84 27 19']]),
  say('wifi šifra na ruteru je „mts_AA91kx“, net ne radi od jutros', '-UC', [['password', 'mts_AA91kx']]),
  say('nije mi stigao kod za potvrdu', '-C'),
  say('kako da promenim lozinku u aplikaciji?', '0Q'),
  say('moj JMBG je 1505987715128 ako treba', '0', [['ssn', '1505987715128']]),
  say('ЈМБГ: 2303991800042, молим вас исправите рачун', '-C', [['ssn', '2303991800042']]),
  say('maticni broj 0701985785013 za povrat novca', '0', [['ssn', '0701985785013']]),
  say('tel. 064.218.33.91 zovite posle 17h', '0', [['phone', '064.218.33.91']]),
  say('063/812-4477 je moj broj, javite se', '0', [['phone', '063/812-4477']]),
  say('позовите ме на +381 (0)65 221 1930', '0', [['phone', '+381 (0)65 221 1930']]),
  say('porudžbina br. 558201 od 03.02.2024, cena 4.590,00 din, još ništa', '-LC'),
  say('let JU 541 kasni, rezervacija R7KQ2M, polazak 18:45', '-LC'),
  say('broj pošiljke PE448201937RS još nije stigla', '-LC'),
  say('kartica koja se završava na 4471, skinuto 2.300 din dva puta', '-LC'),
];
