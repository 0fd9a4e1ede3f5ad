// Words that introduce or rule out private data next to them (data only).

import type { LexiconWords } from '../lexicon/lexicon-words.ts';

export type PiiKeywordKind = 'password' | 'code' | 'login' | 'account' | 'ssn' | 'sin' | 'contact' | 'not-pii' | 'street-after-number'
  | 'street-after-name' | 'street-word' | 'street-name-first' | 'street-number-first' | 'address-label' | 'flat-word' | 'business-place'
  | 'entry' | 'account-word' | 'security-question';

/**
 * 'not-pii' names the numbers customers quote that are not private: orders, tickets, flights,
 * tracking and invoice numbers. A number right after such a word is never reported, which is
 * what keeps "order 4716893045" or "PNR 5567821" out of the PII guard's way.
 * Street words: English ones follow the house number and name ("221B Baker Street"; "Dr." or
 * "St." before a number is a title or a saint); 'street-word' comes before the name and number
 * ("улица Ленина 5", "ulica Kneza Miloša 10"); 'street-name-first' follows the name
 * ("Brīvības iela 55", "Atatürk Caddesi No: 12", "Berliner Straße 12"), so the name before it belongs
 * to the address; 'street-after-name' are English street words that are also ordinary words
 * ("close", "way", "place"), so they need a capitalised name ("17 Willow Close"); French puts the
 * number first ("12 rue de la Paix"). After an 'address-label' ("adresa: Nemanjina 4") a
 * capitalised name and a number are an address without any street word. A 'flat-word' (flat,
 * entrance, floor: "кв", "stan", "ulaz", "dz", "Daire") after a name and a number says the same
 * without a label ("Cara Dušana 40, stan 6"); a 'business-place' word ("your shop at …",
 * "mağazanız") says the address after it is a business's, not the customer's.
 * 'entry' verbs (typed, entered, set it to, "ввожу", "yazıyorum", "ukucala sam") put a secret next
 * to them without a password word. A bare 'account-word' ("account", "счёт") speaks only for a
 * number written right after it; the phrases under 'account' reach further.
 * 'code' words (PINs, one-time and access codes) give digits only; 'login' words introduce a user
 * name, after which "name / secret" is a pair and "pass" is a password word. 'sin' is the
 * Canadian social insurance number, whose bare abbreviation is Spanish for "without": it speaks
 * only for nine Luhn-valid digits. Serbian "račun broj" is as often a bill's number as an account's, so
 * it is not an account phrase (a Serbian bank account is found by its check digits anyway); office,
 * desk and service-point words mark a business's address like shop words.
 */
/**
 * Kinds that do not name another kind of number or secret, so they never stand between a password
 * or code word and its secret ("ievadīju PIN 0394", "the password for my account is …").
 */
export const NEUTRAL_KINDS: ReadonlySet<PiiKeywordKind> = new Set(['entry', 'account-word', 'flat-word', 'business-place', 'security-question']);

export const piiKeywords: Record<PiiKeywordKind, LexiconWords> = {
  password: {
    en: 'password*, passwd, passw, pwd, pw, pword, pass, memorable word, memorable information, security answer, secret answer, secret word, wifi key, wi-fi key, network key, router key, wpa key',
    ru: 'пароль, пароля, паролем, пароли, пасс, пассворд, кодовое слово, кодовым словом, контрольное слово, ключ от вайфая, ключ от wifi, ключ wifi, ключ сети',
    uk: 'пароль, пароля, паролем, кодове слово',
    tr: 'şifre*, parola*', sr: 'lozink*, šifr*', lv: 'parol*, rutera atslēga, wifi atslēga, tīkla atslēga', de: 'passwort*, kennwort*',
    fr: 'mot de passe, mdp', es: 'contraseña, clave', it: 'password', pt: 'senha', pl: 'hasło, hasła, hasłem', nl: 'wachtwoord',
  },
  code: {
    en: 'pin, pin code, pin-code, pin number, passcode, puk, puk code, code, otp, access code',
    ru: 'пин-код, пин код, пин, пинкод, код доступа, код, кода, кодом, пук-код', uk: 'пін-код, пін код, пін, код',
    tr: 'pin kodu*, pin, kod, kodu, kodum, kodunu', sr: 'pin kod, pin, kod, koda, kodom', lv: 'pin kods, pin kodu, pin koda, pin, kods, kodu, koda',
    de: 'pin, pin-code, pincode, code', fr: 'code', es: 'pin, código, codigo', it: 'pin, codice', pt: 'pin, código, codigo', pl: 'pin, kod',
    nl: 'pincode, pin, code',
  },
  login: {
    en: 'login, log in, username, user name, user, creds, credentials', ru: 'логин, логина, учетные данные, учётные данные', uk: 'логін',
    tr: 'kullanıcı adı*, kullanıcı', sr: 'korisnik, korisničko ime', lv: 'lietotājs, lietotājvārds', de: 'benutzer, benutzername, zugangsdaten',
    fr: 'identifiant, utilisateur', es: 'usuario', it: 'utente', pt: 'usuário, utilizador', pl: 'użytkownik', nl: 'gebruikersnaam, gebruiker',
  },
  account: {
    en: 'account number, account no, account #, acct, acc no, acc #, a/c, customer number, customer no, customer #, customer id, client number, client id, member number, member id, membership number, membership no, contract number, policy number, policy no, policy #, policy id',
    ru: 'номер счета, номер счёта, лицевой счет, лицевой счёт, лицевого счета, лицевого счёта, лицевому счету, лицевому счёту, л/с, счет №, счёт №, номер договора, договор №, номер абонента, номер клиента',
    uk: 'особовий рахунок, особового рахунку, номер рахунку, номер договору, номер абонента',
    tr: 'hesap no, hesap numara*, müşteri no, müşteri numara*, abone no, abone numara*, sözleşme no, sözleşme numara*, tesisat no, tesisat numara*',
    sr: 'broj računa, tekući račun, broj ugovora, korisnički broj, broj korisnika, pretplatnički broj, broj partije, partija',
    lv: 'konta numurs, konta numuru, konta nr, konts nr, klienta numurs, klienta numuru, klienta nr, līguma numurs, līguma numuru, līguma nr, abonenta numurs, abonenta numuru, abonenta nr',
    de: 'kundennummer, kunden-nr, kundennr, kontonummer, vertragsnummer, mitgliedsnummer', fr: 'numéro client, numéro de client, n° client, numéro de compte, numéro de contrat, numéro d\'abonné',
    es: 'número de cliente, nº de cliente, número de cuenta, número de contrato, número de abonado', it: 'codice cliente, numero cliente, numero di conto, numero contratto',
    pt: 'número de cliente, nº de cliente, número da conta, número de conta, número do contrato', pl: 'numer klienta, nr klienta, numer konta, numer umowy, nr umowy',
    nl: 'klantnummer, klantnr, rekeningnummer, contractnummer',
  },
  ssn: {
    en: 'ssn, social security, national id, national insurance, ni number, ni no, nino, id number, passport number, passport no, personal code, tax id',
    ru: 'паспорт*, снилс, инн', uk: 'паспорт*, рнокпп, ідентифікаційний код, ипн',
    tr: 'tc kimlik, t.c. kimlik, kimlik no, kimlik numara*, tc no, t.c. no, tckn, pasaport no', sr: 'jmbg, matični broj, lična karta, broj lične karte, broj pasoša',
    lv: 'personas kods, personas koda, personas kodu, p.k., pases numurs', de: 'ausweisnummer, personalausweis*, steuer-id, steuernummer',
    fr: 'numéro de sécurité sociale, sécurité sociale, numéro de sécu, sécu', es: 'nif, dni, nie', it: 'codice fiscale', pt: 'nif, cpf, cartão de cidadão', pl: 'pesel', nl: 'bsn, burgerservicenummer',
  },
  sin: { en: 'sin, social insurance' },
  contact: {
    en: 'phone, tel, mobile, call me, my number, reach me, whatsapp, text me, ring me, give me a ring, call back, call on', ru: 'телефон*, тел, мой номер, позвоните, перезвоните, звоните, ватсап, вотсап, вайбер',
    uk: 'телефон*, номер, вайбер', tr: 'telefon*, numaram, cep, arayın, whatsapp', sr: 'telefon*, mob, moj broj, pozovite, zovite, позовите',
    lv: 'tālr*, telefon*, mans numurs, zvaniet, mob', de: 'handy, telefon*, rufen sie', fr: 'rappelez, appelez, portable', es: 'llámame, llamadme, móvil',
    it: 'chiamatemi, chiamami, cellulare', pt: 'ligue, telemóvel, celular', pl: 'zadzwoń*, telefon*', nl: 'bel me, mobiel',
  },
  'not-pii': {
    en: 'order*, ticket*, booking*, reservation*, confirmation*, reference, ref, tracking*, invoice*, flight*, case, case number, receipt*, item*, model*, serial*, pnr, sku, parcel*, package*, shipment*, boarding pass, day pass, bus pass, season pass',
    ru: 'заказ*, трек*, билет*, брон*, рейс*, накладн*, чек*, обращени*, посылк*, отправлени*',
    tr: 'sipariş*, takip*, bilet*, rezervasyon*, uçuş*, fatura*, kargo*, başvuru*, pnr',
    sr: 'porudžbin*, narudžb*, pošiljk*, rezervacij*, faktur*, reklamacij*, paket*',
    lv: 'pasūtījum*, sūtījum*, biļet*, rezervācij*, reis*, rēķin*, pieteikum*, paka, paku, pakas',
    de: 'bestellung*, sendung*, rechnung*, flug*', fr: 'commande*, facture*', es: 'pedido*, vuelo*, factura*', it: 'ordine*, volo*',
    pt: 'pedido*, encomenda*, voo*', nl: 'bestelling*, zending*', pl: 'zamówieni*, przesyłk*',
  },
  'street-after-number': {
    en: 'street, st, avenue, ave, road, rd, boulevard, blvd, lane, ln, drive, dr, pkwy, hwy, terr, cres, ct, pl, sq',
  },
  'street-after-name': {
    en: 'close, way, place, court, crescent, terrace, parkway, highway, square, gardens, grove, mews, row, walk, hill, rise, vale, mead, parade, wharf',
  },
  'street-word': {
    ru: 'улица, улицы, улице, улицу, улицей, ул, проспект, проспекта, проспекте, проспектом, просп, пр-т, пр, переулок, переулка, переулке, пер, бульвар, бульвара, бульваре, шоссе, площадь, площади, пл, набережная, набережной, наб, микрорайон, мкр',
    uk: 'вулиця, вулиці, вулицю, вул, проспект, просп, провулок, пров, бульвар, бульв, площа',
    sr: 'ulica, ulici, ulicu, ul, bulevar, bulevaru, bul, trg, trgu', lv: 'bulvāris', tr: 'bulvar*', es: 'calle, c/, avenida, avda, paseo, plaza',
    it: 'via, viale, piazza, corso', pt: 'rua, avenida, av, travessa, praça', pl: 'ulica, ulicy, ul, aleja, osiedle',
  },
  'street-name-first': {
    lv: 'iela, ielā, ielu, ielas, gatve, gatvē, gatvi, prospekts, prospektā, laukums, bulvāris, bulvārī, dambis, dambī, dambja, šoseja, šosejā',
    tr: 'sokak, sokağı, sok, sk, cadde, caddesi, cad, cd, mahallesi, mah, bulvarı, blv, bulv',
    de: 'straße, strasse, str, weg, allee, platz, gasse', nl: 'straat, laan, weg, plein, gracht, kade, singel',
  },
  'street-number-first': {
    fr: 'rue, bd, allée, chemin, impasse, quai, cours',
  },
  'flat-word': {
    en: 'flat, apt, apartment', ru: 'кв, квартира, квартиры, подъезд', uk: 'кв, квартира', sr: 'stan, ulaz, sprat', lv: 'dz, dzīv, dzīvoklis',
    tr: 'daire', de: 'wohnung', fr: 'appt, appartement', es: 'piso', it: 'interno', pt: 'apto', pl: 'mieszkanie',
  },
  'business-place': {
    en: 'shop, store, branch, showroom, outlet, office, service point, service desk', ru: 'магазин*, отделени*, салон*, офис*, пункт выдачи',
    uk: 'магазин*, відділенн*, офіс*', tr: 'mağaza*, şube*, ofis*', sr: 'radnj*, prodavnic*, poslovnic*, filijal*, kancelarij*',
    lv: 'veikal*, filiāl*, biroj*', de: 'filiale, laden, geschäft, büro, servicepunkt', fr: 'magasin, boutique, agence, bureau',
    es: 'tienda, sucursal, oficina', it: 'negozio, filiale, ufficio', pt: 'loja, balcão', pl: 'sklep*, oddział*, biuro, biurze',
    nl: 'winkel, filiaal, kantoor, servicepunt, servicebalie',
  },
  entry: {
    en: 'typed, type in, typing, entered, entering, put in, set it to, set to, changed it to',
    ru: 'ввожу, ввёл, ввела, вводил, вводила, вбиваю, набираю, набрал, набрала', uk: 'вводжу, ввів, ввела, набираю',
    tr: 'yazıyorum, yazdım, giriyorum, girdim', sr: 'ukucao, ukucala, ukucavam, kucam, unosim, uneo, unela',
    lv: 'ievadu, ievadīju, ierakstīju, rakstu', de: 'eingegeben, eingetippt, tippe', fr: 'tapé, saisi, je tape, je saisis',
    es: 'puse, pongo, escribo, escribí, introduje, introduzco', it: 'inserito, digitato, digito, inserisco', pt: 'digitei, digito, coloquei',
    pl: 'wpisałem, wpisałam, wpisuję, wpisuje', nl: 'ingetypt, ingevoerd, typ',
  },
  'account-word': {
    en: 'account, acc', ru: 'счёт, счет, счёта, счета, счету, счёту', uk: 'рахунок, рахунку', tr: 'hesap, hesabım, hesabıma',
    lv: 'konts, kontu, kontā', de: 'konto', fr: 'compte', es: 'cuenta', it: 'conto', pt: 'conta', pl: 'konto, konta', nl: 'rekening',
  },
  /** The question a bank asks to know the customer; the name written after it is the answer (security-answer.ts). */
  'security-question': {
    en: 'maiden name, security question, secret question, first pet, name of my first pet', ru: 'девичья фамилия, девичью фамилию, девичьей фамилии, контрольный вопрос, секретный вопрос',
    uk: 'дівоче прізвище, контрольне питання', tr: 'kızlık soyadı, kızlık soyadım, güvenlik sorusu, gizli soru',
    sr: 'devojačko prezime, djevojačko prezime, девојачко презиме, sigurnosno pitanje, безбедносно питање', lv: 'pirmslaulības uzvārds, drošības jautājums',
    de: 'mädchenname, geburtsname, sicherheitsfrage', fr: 'nom de jeune fille, question secrète', es: 'apellido de soltera, pregunta de seguridad',
    it: 'cognome da nubile, domanda di sicurezza', pt: 'nome de solteira, pergunta de segurança', pl: 'nazwisko panieńskie, pytanie pomocnicze',
    nl: 'meisjesnaam, beveiligingsvraag',
  },
  'address-label': {
    en: 'address', ru: 'адрес, адресу', uk: 'адреса, адресу', tr: 'adres, adresim, adresi',
    sr: 'adresa, adresu, adresi', lv: 'adrese, adresi, adresē', de: 'adresse, anschrift', fr: 'adresse', es: 'dirección',
    it: 'indirizzo', pt: 'endereço, morada', pl: 'adres', nl: 'adres',
  },
};
