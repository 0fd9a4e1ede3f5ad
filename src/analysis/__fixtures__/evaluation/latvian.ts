// Hand-labelled Latvian care messages, some typed without Latvian letters.

import { writerFor, type DraftMessage } from './eval-message.ts';

const say = writerFor('lv');

/**
 * Written first, as the first held-out part. Its misses were tuned on in the fourth session, so it is
 * now development data; the held-out part is in fresh/.
 */
export const latvianFirstRound: DraftMessage[] = [
  say('@SkyJet reiss BT 652 atcelts, esam iestrēguši Oslo lidostā ar maziem bērniem', '-UCL'),
  say('No mana konta divreiz noņemta nauda par vienu pasūtījumu, lūdzu steidzami atgrieziet', '-UC'),
  say('nav slikti, jaunā lietotne strādā daudz ātrāk', '+P'),
  say('Nav steidzami, bet vai rēķinu var saņemt e-pastā?', '0Q'),
  say('Mana bankas karte ir bloķēta, un šodien jāmaksā īre!', '-UC'),
  say('Nu super, paka atkal aizbraukusi uz Liepāju nevis uz Cēsīm 🙄', '-C'),
  say('Paldies Annai no klientu atbalsta, viss atrisināts piecās minūtēs 🙏', '+P'),
  say('Visā mājā nav elektrības kopš rīta, kad būs?', '-UQC'),
  say('Laužu līgumu un pāriešu pie konkurentiem, pietiek', '-UC'),
  say('Gribu runāt ar dzīvu cilvēku, robots neko nesaprot', '-HC'),
  say('Cik maksā iPhone 15 uz nomaksu?', '0QB'),
  say('Kāds ar manu karti maksājis Polijā, lūdzu bloķējiet to tūlīt', '-UC'),
  say('Lādētājs, ko pirku pie jums, sakarst un smird pēc deguma', '-UC'),
  say('Kurjers bija ļoti laipns un aiznesa paku līdz durvīm, paldies', '+P'),
  say('Sūtījums LV123456789LV jau nedēļu stāv Rīgā', '-CL'),
  say('mans e-pasts ir liga.ozola@inbox.lv, sūtiet rēķinu tur', '0', [['email', 'liga.ozola@inbox.lv']]),
  say('Lūdzu piezvaniet uz 29 123 456, nevaru jūs sazvanīt', '-C', [['phone', '29 123 456']]),
  say('Naudu atgrieziet uz LV92 HABA 0551 0203 0405 0', '0', [['iban', 'LV92 HABA 0551 0203 0405 0']]),
  say('Ja naudu neatgriezīsiet, rakstīšu PTAC un medijiem', '-UC'),
  say('viss lieliski, liels paldies par ātro piegādi', '+P'),
  say('Internets nestrādā jau trešo dienu, meistars tā arī neatnāca', '-UC'),
  say('Malači, trešo reizi pārceļat piegādi 👏🙄', '-C'),
  say('Gribu nopirkt rūteri, vai tas ir pieejams veikalā?', '0QB'),
  say('Nekas steidzams, tikai interesē, kad sāksies atlaides', '0Q'),
  say('Pārdevēja veikalā Brīvības ielā bija ļoti rupja, kauns', '-C'),
  say('Kartes numurs 4111 1111 1111 1111, nauda noņemta, pasūtījuma nav', '-C', [['card', '4111 1111 1111 1111']]),
  say('personas kods 230491-12348, pārrakstiet līgumu uz mani', '0', [['ssn', '230491-12348']]),
  say('Adrese: Brīvības iela 120, dzīvoklis 5, Rīga', '0', [['address', 'Brīvības iela 120, dzīvoklis 5, Rīga']]),
  say('pasutijums 10023456 no 12.03.2025 joprojam nav atnacis', '-CL'),
  say('Jūs esat lieliski, problēmu atrisinājāt vienā dienā 😍', '+P'),
  say('Krāpnieki sūta īsziņas jūsu vārdā un prasa kartes datus!', '-UC'),
  say('Nauda par atcelto reisu joprojām nav atgriezta, gaidu mēnesi', '-C'),
  say('Vai šīs austiņas ir arī melnā krāsā?', '0QB'),
  say('parole ir Daugava_77, kāpēc nevaru ielogoties?', '-UQC', [['password', 'Daugava_77']]),
];

/** Written second; the analyser was tuned while looking at these. */
export const latvianDevelopment: DraftMessage[] = [
  say('Reiss atcelts, esam iesprūduši lidostā bez ēdiena 😡', '-UC'),
  say('Divreiz noņēmāt maksu par to pašu abonementu, steidzami atgrieziet naudu', '-UC'),
  say('Nav slikti par tādu cenu, paldies apkalpei', '+P'),
  say('Nav steidzami, bet kad atvērsiet jauno veikalu Daugavpilī?', '0Q'),
  say('Nevaru ielogoties internetbankā, konts bloķēts', '-UC'),
  say('Super, atkal nav interneta 🙄 liels paldies', '-UC'),
  say('Liels paldies, viss strādā', '+P'),
  say('Visā rajonā nav signāla kopš vakardienas', '-UC'),
  say('Ja līdz piektdienai neatrisināsiet, atteikšos no līguma', '-UC'),
  say('Savienojiet mani ar operatoru, lūdzu, robots nepalīdz', '-HC'),
  say('Cik maksā piegāde uz Ventspili?', '0QB'),
  say('Mans konts ir uzlauzts un parole nomainīta, palīdziet!', '-UC'),
  say('Jūsu veikalā slapja grīda, vecmāmiņa pakrita un savainojās', '-UC'),
  say('Ļoti apmierināta ar pirkumu, putekļsūcējs ir izcils', '+P'),
  say('Paka atnāca bojāta un slapja 😡', '-C'),
  say('Briesmīgs serviss, nekad vairs nepasūtīšu pie jums', '-C'),
  say('Gribu iegādāties gada abonementu, vai ir atlaide?', '0QB'),
  say('kapec lietotne nestrada jau divas dienas?', '-QC'),
  say('Malači, tagad arī lietotne nestrādā 🤡', '-UC'),
  say('Karte bloķēta, stāvu pie kases un nevaru samaksāt', '-UC'),
  say('Nekas, kurjers kavējās tikai desmit minūtes', '0'),
  say('Pastāstiet, kā atgriezt preci, ja tā neder', '0Q'),
  say('Paldies, bet problēma joprojām nav atrisināta', '-C'),
  say('Gaidu naudas atmaksu jau trīs nedēļas, cik ilgi vēl?', '-QC'),
  say('Vai jūs vispār lasāt ziņas? Rakstu piekto reizi', '-QC'),
  say('Iesniegšu prasību tiesā, jurists jau gatavo dokumentus', '-UC'),
  say('Meitene no atbalsta ļoti palīdzēja, malači!', '+P'),
  say('Man vajag īstu cilvēku, nevis robotu', '-HC'),
  say('Nokavējām pārsēšanos, nākamais reiss tikai rīt, ko mums darīt?', '-UQC'),
  say('Reiss BT 318 12.04. plkst. 07:15, vai var pievienot bagāžu?', '0QL'),
  say('Samaksāju 49,99 EUR, bet atsūtīja nepareizo modeli', '-CL'),
  say('Sūtījuma numurs 7312 4455 6012 divas dienas stāv vienā vietā', '-CL'),
  say('Pasūtījums Nr. 100234567 atcelts, kāpēc?', '-QCL'),
  say('Mans numurs ir +371 26 555 123, piezvaniet', '0', [['phone', '+371 26 555 123']]),
  say('e-pasts: janis.berzins@gmail.com', '0', [['email', 'janis.berzins@gmail.com']]),
  say('Nozagta karte 5500 0055 5555 5559, bloķējiet nekavējoties', '-UC', [['card', '5500 0055 5555 5559']]),
  say('IBAN LV04UNLA0050012345678, lūdzu atmaksājiet tur', '0', [['iban', 'LV04UNLA0050012345678']]),
  say('parole: saule77, nomainiet to, kāds ielauzās kontā', '-UC', [['password', 'saule77']]),
  say('Piegādājiet uz Elizabetes iela 45, Rīga', '0', [['address', 'Elizabetes iela 45, Rīga']]),
  say('Jau nedēļu nav karstā ūdens, meistars nenāk', '-UC'),
  say('Viss atnāca laikā un vesels, iesaku', '+P'),
  say('Vai tiešām ir tik grūti atbildēt klientam?', '-QC'),
  say('Steidzami bloķējiet SIM karti, man nozaga telefonu', '-UC'),
  say('Serviss nav tas labākais, bet cenas labas', '0'),
  say('Kad pienāks mana paka? Gaidu kopš pirmdienas', '-QC'),
];

/**
 * Written third (issue 7), before the analyser saw them: passwords, account numbers, personas
 * kodi, addresses and phones as Latvian writers give them, beside numbers that are not private,
 * and urgent messages without the obvious words.
 */
export const latvianThirdRound: DraftMessage[] = [
  say('parole ir Rudens2021, bet internetbanka saka, ka nepareiza', '-C', [['password', 'Rudens2021']]),
  say('mana parole: kaķis99, vai tā ir pietiekami droša?', '0Q', [['password', 'kaķis99']]),
  say('aizmirsu paroli, kā to atjaunot?', '0Q'),
  say('PIN kods 3390 nederīgs, karte bloķēta un esmu ārzemēs', '-UC', [['password', '3390']]),
  say('jaunā parole tagad ir Jūrmala_55, bet vecā joprojām der', '-C', [['password', 'Jūrmala_55']]),
  say('klienta numurs 300412775, rēķins par martu ir par lielu', '-C', [['account', '300412775']]),
  say('līguma numurs 44170312, gribu pieslēgt arī TV', '0B', [['account', '44170312']]),
  say('konta numurs LV87HABA0551012345678, kāpēc nauda nav ienākusi?', '-QC', [['iban', 'LV87HABA0551012345678']]),
  say('personas kods 140789-12358, pārrakstiet numuru uz mani', '0', [['ssn', '140789-12358']]),
  say('mans p.k. 29117621118, vai varat pārbaudīt līgumu?', '0Q', [['ssn', '29117621118']]),
  say('Brīvības iela 21-4, Rīga — kurjers atstāja paku pie kaimiņiem', '-C', [['address', 'Brīvības iela 21-4, Rīga']]),
  say('dzīvoju Dzirnavu ielā 57, jau otro dienu nav karstā ūdens', '-UC', [['address', 'Dzirnavu ielā 57']]),
  say('piegāde uz Krasta ielu 8, ne uz veco adresi', '0', [['address', 'Krasta ielu 8']]),
  say('adrese: Rīgas gatve 5, Ādaži, kad būs tehniķis?', '0Q', [['address', 'Rīgas gatve 5, Ādaži']]),
  say('zvaniet uz 26 111 222, pasūtījums 8812331 vēl nav atnācis', '-C', [['phone', '26 111 222']]),
  say('mans numurs +371 2911 2233, atzvaniet lūdzu', '0', [['phone', '+371 2911 2233']]),
  say('no kartes noņemti 300 eiro, ko es neesmu tērējis, lūdzu bloķējiet', '-UC'),
  say('kāds ielauzies manā kontā un nomainījis e-pastu', '-UC'),
  say('vai tiešām jāgaida līdz rītam? visā mājā nav elektrības', '-UQC'),
  say('ja šodien nesalabosiet, eju uz PTAC un laušu līgumu', '-UC'),
  say('nav steidzami, bet vai jums ir atlaides studentiem?', '0QB'),
  say('reiss BT 652 kavējas 20 minūtes, vai lidostā ir bezmaksas wifi?', '-QL'),
  say('lifts iestrēdzis starp stāviem, iekšā vecs cilvēks, zvanām jau pusstundu', '-UC'),
  say('paroli mainīju vakar, tagad viss strādā, paldies', '+P'),
];

/**
 * Written fourth (issue 7), blind, by a writer new to the set: passwords, PINs, one-time codes and
 * security answers leaked the ways customers leak them (user and pass on one line, the secret
 * before its keyword, old and new together, spaced digits, quoted, in Cyrillic), national ids with
 * valid check digits, phones in local layouts, and look-alike numbers that are not private.
 */
export const latvianFourthRound: DraftMessage[] = [
  say('lietotājs: liga.b parole: Saulite2020', '0', [['password', 'Saulite2020']]),
  say('parole ir rudens123, bet saka nepareiza', '-C', [['password', 'rudens123']]),
  say('mana parole ‘kaķis88’ vairs nestrādā', '-C', [['password', 'kaķis88']]),
  say('PIN kods 9043, karte bloķēta, steidzami!', '-UC', [['password', '9043']]),
  say('SMS kods bija 661 204, ievadīju, bet kļūda', '-C', [['password', '661 204']]),
  say('vecā parole Riga2019, jaunā Riga2024! — abas neder', '-C', [['password', 'Riga2019'], ['password', 'Riga2024']]),
  say('rutera atslēga ir lmt44xk9q, bet tīkls neredz', '-C', [['password', 'lmt44xk9q']]),
  say('internetbankas kods 3185 vai jūs to redzat?', '0Q', [['password', '3185']]),
  say('nesaņēmu apstiprinājuma kodu, ko darīt?', '-Q'),
  say('aizmirsu paroli, kā to atjaunot?', '0Q'),
  say('mans personas kods ir 120389-12346', '0', [['ssn', '120389-12346']]),
  say('p.k. 071175-12037 lūdzu pārbaudiet', '0', [['ssn', '071175-12037']]),
  say('personaskods 30048214508, rēķins nepareizs', '-C', [['ssn', '30048214508']]),
  say('tālr. 26 55 81 43 zvaniet pēc 18', '0', [['phone', '26 55 81 43']]),
  say('+371 2845 1907 rakstiet whatsapp', '0', [['phone', '+371 2845 1907']]),
  say('mob.29471182 zvaniet lūdzu', '0', [['phone', '29471182']]),
  say('pasūtījums Nr. 884120 no 05.06.2024, summa 49,99 EUR, nav piegādāts', '-LC'),
  say('reiss BT 651, rezervācijas kods L9XK2P, izlidošana 07:15', '0L'),
  say('IBAN LV41 HABA 0551 0123 4567 8 vai tas ir pareizs?', '0LQ'),
  say('sūtījuma numurs 00340434161234567890 joprojām nav atnācis', '-LC'),
];
