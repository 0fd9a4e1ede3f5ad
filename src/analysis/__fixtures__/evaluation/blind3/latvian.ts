// Blind held-out Latvian messages for issue 7, labelled without sight of the analyser (third blind part).
import { type DraftMessage, writerFor } from '../eval-message.ts';

const say = writerFor('lv');

export const latvianBlind3: DraftMessage[] = [
  say('@BalticWings esam iestrēguši Oslo, pārsēšanās uz Rīgu nokavēta un neviens neko nepaskaidro. Ko mums tagad darīt?', '-UQC'),
  say('Nav slikti, nemaz nav slikti! Kurjers ieradās laikā un vēl uznesa kasti līdz durvīm', '+P'),
  say('No kartes divreiz noņemti 49,99 EUR par vienu pasūtījumu Nr. 300417. Lūdzu steidzami atgrieziet!', '-UCL'),
  say('Kāpņutelpā ož pēc gāzes, Brīvības iela 112-7, Rīga, LV-1001. Sūtiet kādu, bail!', '-U', [
    ['address', 'Brīvības iela 112-7, Rīga, LV-1001'],
  ]),
  say('kopš rīta nav interneta, strādāju no mājām un viss stāv. cik ilgi vēl?', '-UQC'),
  say('Mans personas kods ir 170891-12341, kas vēl vajadzīgs, lai noslēgtu līgumu?', '0Q', [['ssn', '170891-12341']]),
  say('Nav steidzami, bet vai pensionāriem ir kāda atlaide TV paketēm?', '0QB'),
  say('Liels paldies Intai no klientu apkalpošanas, viss nokārtots piecās minūtēs 👍', '+P'),
  say('Nu protams, trešo reizi pārceļat montāžu. Super serviss 🙄', '-C'),
  say('Parole ir Saule2020 bet lietotne saka ka nepareiza, un tagad konts bloķēts!!', '-UC', [['password', 'Saule2020']]),
  say('Zvaniet man uz +371 26 418 357, gribu pieslēgt internetu mājās', '0B', [['phone', '+371 26 418 357']]),
  say('Reiss BT 643 kavējas jau divas stundas, sēžam pie vārtiem A12 un neko nesaka', '-CL'),
  say('Vai var lūdzu savienot ar dzīvu cilvēku? Robots atbild tikai garām', '-QCH'),
  say('Ja līdz piektdienai nesakārtosiet, sūdzēšos PTAC un rakstīšu visos sociālajos tīklos', '-UC'),
  say('Klienta numurs 20043718, kapec rekins par elektribu divreiz lielaks neka parasti?', '-QC', [['account', '20043718']]),
  say('Atmaksa ienāca jau nākamajā dienā, tiešām ātri. Paldies jums!', '+P'),
  say('Kods no SMS bija 402718, bet tas nostrādāja par vēlu, pirms paspēju ievadīt', '-C', [['password', '402718']]),
  say('Sūtījums LV827305166 stāv Daugavpilī jau nedēļu', '-CL'),
  say('Nozagta karte 4916 8305 2217 7406 — lūdzu bloķējiet nekavējoties!', '-U', [['card', '4916 8305 2217 7406']]),
  say('Visā ielā nav elektrības jau piecas stundas, mājās zīdainis. Kad ieslēgsiet??', '-UQC'),
  say('rekinu lugums sutit uz ilze.berzina@inbox.lv nevis pa pastu', '0', [['email', 'ilze.berzina@inbox.lv']]),
  say('Cik maksā iPhone 15 uz nomaksu un vai tas ir noliktavā?', '0QBL'),
  say('Mans IBAN LV93UNLA0050022791364, atmaksu lūdzu uz to', '0', [['iban', 'LV93UNLA0050022791364']]),
  say('Konts uzlauzts, kāds nomainīja paroli un e-pastu. Steidzami palīdziet!', '-U'),
  say('nav steidzami, tikai gribēju precizēt vai lidojums uz Tallinu 14. jūnijā joprojām ir 06:15?', '0QL'),
  say('Jaunā adrese: Lāčplēša iela 54 dz. 9, Liepāja, LV-3401. Lūdzu nomainiet piegādei', '0', [
    ['address', 'Lāčplēša iela 54 dz. 9, Liepāja, LV-3401'],
  ]),
  say('PIN kods 8063, bankomāts saka nepareizs. Ko tagad darīt?', '-QC', [['password', '8063']]),
  say('Lielisks serviss, meistars atnāca laikā un visu salaboja pusstundā 💪', '+P'),
  say('Vēl viena tāda kļūda, un es eju pie konkurentiem. Pietiek!', '-UC'),
  say('Rēķins par augustu 67,40 EUR, patēriņš tāds pats kā jūlijā. Kā tas iespējams?', '-QCL'),
  say('Zvaniet uz 29 630 184 pēc pusdienām, gribu iegādāties mājas apdrošināšanu', '0B', [['phone', '29 630 184']]),
  say('Vai būs atlaide, ja ņemu divus gabalus modelim KX-900?', '0QBL'),
  say('Paroli čatā nerakstīšu, bet kontā netieku iekšā jau otro dienu. Ko darīt?', '-UQC'),
  say('Jaunā parole Ezers#77 strādā, viss atkal kārtībā, paldies par ātro palīdzību!', '+P', [['password', 'Ezers#77']]),
  say('Pasūtījums Nr. 55-80312 solīts līdz 10. maijam, vai piegāde notiks laikā?', '0QL'),
  say('neteiksu ka slikti, bet ari ne super — cena laba, atrums videjs', '0'),
];
