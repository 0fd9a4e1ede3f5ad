// Hand-labelled care messages in other European languages, which must work reasonably well.

import { writerFor, type DraftMessage } from './eval-message.ts';

const de = writerFor('de');
const fr = writerFor('fr');
const es = writerFor('es');
const it = writerFor('it');
const pl = writerFor('pl');
const uk = writerFor('uk');
const pt = writerFor('pt');
const nl = writerFor('nl');

/**
 * Written first, as the first held-out part. Its misses were tuned on in the fourth session, so it is
 * now development data; the held-out part is in fresh/.
 */
export const otherFirstRound: DraftMessage[] = [
  de('Flug gestrichen und wir sitzen mit zwei Kindern in München fest, niemand hilft uns', '-UC'),
  de('Nicht schlecht, die Lieferung kam einen Tag früher als angekündigt', '+P'),
  de('Wie viel kostet der Tarif mit 50 GB im Monat?', '0QB'),
  de('Bestellung 40231187 ist seit dem 03.05. unterwegs, wo bleibt sie?', '-QCL'),
  fr('Vol annulé, nous sommes bloqués à Nice sans hôtel, aidez-nous', '-UC'),
  fr('Merci beaucoup, le conseiller a été très gentil et efficace', '+P'),
  fr('Je veux parler à un conseiller, pas à un robot', '-HC'),
  es('Me habéis cobrado dos veces el mismo pedido, devolvedme el dinero ya', '-UC'),
  es('¿Cuándo abre la tienda de Valencia los domingos?', '0Q'),
  es('Muy contenta con la compra, llegó rapidísimo 😍', '+P'),
  it('Il volo è stato cancellato e siamo bloccati a Roma, nessuno risponde', '-UC'),
  it('Grazie mille, il corriere è stato gentilissimo', '+P'),
  pl('Nie działa internet od wczoraj w całym bloku, kiedy naprawicie?', '-UQC'),
  pl('Dziękuję, wszystko przyszło na czas, polecam', '+P'),
  uk('Рейс скасували, ми застрягли в аеропорту з дітьми', '-UC'),
  uk('Дуже дякую, кур’єр приїхав вчасно і був ввічливий', '+P'),
  uk('Скільки коштує доставка до Львова?', '0QB'),
  pt('O meu voo foi cancelado e estou preso no aeroporto de Lisboa', '-UC'),
  pt('Obrigada, o atendimento foi excelente', '+P'),
  nl('Mijn pakket is nog steeds niet bezorgd, al twee weken wachten', '-C'),
  nl('Hartelijk bedankt, alles werkt weer perfect', '+P'),
  de('Ruf mich bitte an: 0151 23456789', '0', [['phone', '0151 23456789']]),
  fr('Remboursez sur FR76 3000 6000 0112 3456 7890 189 svp', '0', [['iban', 'FR76 3000 6000 0112 3456 7890 189']]),
  es('Mi correo es lucia.garcia@gmail.com, escríbanme por favor', '0', [['email', 'lucia.garcia@gmail.com']]),
  it('Ordine 77812034 pagato 129,90 € ma non è mai arrivato', '-CL'),
  pl('Mój numer to +48 601 234 567, proszę o kontakt', '0', [['phone', '+48 601 234 567']]),
  uk('Мій акаунт зламали, допоможіть терміново!', '-UC'),
  pt('Quanto custa o plano familiar?', '0QB'),
  es('IBAN ES03 2100 1234 5612 3456 7890 para el reembolso', '0', [['iban', 'ES03 2100 1234 5612 3456 7890']]),
  de('Absolut unverschämt, dreimal angerufen und keiner meldet sich', '-C'),
];

/** Written second; the analyser was tuned while looking at these. */
export const otherDevelopment: DraftMessage[] = [
  de('Mein Konto ist gesperrt und ich komme nicht an mein Geld', '-UC'),
  de('Vielen Dank, der Techniker war super freundlich', '+P'),
  de('Ich möchte mit einem echten Mitarbeiter sprechen', '0H'),
  de('Flug LH 1234 am 12.04. um 07:15, kann ich Gepäck dazubuchen?', '0QL'),
  fr('Internet en panne depuis trois jours, c’est inadmissible', '-UC'),
  fr('Combien coûte le forfait 100 Go ?', '0QB'),
  fr('Pas mal du tout, livraison rapide et soignée', '+P'),
  es('No funciona la app desde ayer, ¿qué pasa?', '-UQC'),
  es('Quiero comprar dos unidades, ¿tenéis stock?', '0QB'),
  es('Pésimo servicio, nunca más compro aquí', '-C'),
  it('Quanto costa la spedizione in Sardegna?', '0QB'),
  it('Pessimo servizio, il pacco è arrivato rotto', '-C'),
  pl('Ktoś zapłacił moją kartą, proszę pilnie zablokować', '-UC'),
  pl('Ile kosztuje abonament bez telefonu?', '0QB'),
  uk('Не працює мобільний інтернет з самого ранку', '-UC'),
  uk('Жахливий сервіс, більше не замовлятиму', '-C'),
  pt('Não funciona a internet desde ontem à noite', '-UC'),
  pt('Adorei, chegou antes do prazo, muito obrigado', '+P'),
  nl('Wanneer gaat de winkel in Utrecht weer open?', '0Q'),
  nl('Storing in heel Amsterdam, geen internet sinds vanochtend', '-UC'),
  it('Il mio numero è 347 555 0123, chiamatemi', '0', [['phone', '347 555 0123']]),
  de('Schicken Sie es an Hauptstraße 12, Berlin', '0', [['address', 'Hauptstraße 12, Berlin']]),
  fr('Mon adresse e-mail : marie.dupont@orange.fr', '0', [['email', 'marie.dupont@orange.fr']]),
  es('Vuelo IB 3456 del 12/04 con retraso de 5 horas, ¿hay compensación?', '-QCL'),
  pl('Zamówienie 55123987 nadal nie dotarło, płaciłem 249,99 zł', '-CL'),
  uk('Дякую, все вирішили швидко', '+P'),
  pt('Quero falar com um atendente humano, por favor', '0H'),
  nl('Mijn wachtwoord is Tulp2024!x, waarom kan ik niet inloggen?', '-UQC', [['password', 'Tulp2024!x']]),
  it('Grazie, ma il problema non è ancora risolto', '-C'),
  de('Das Paket kam beschädigt an, sehr enttäuscht', '-C'),
];

/**
 * Written third (issue 7), before the analyser saw them: each language's password word,
 * customer numbers, national ids and addresses in its own conventions, and urgent messages.
 */
export const otherThirdRound: DraftMessage[] = [
  de('Mein Passwort ist Sonnenblume7, trotzdem komme ich nicht rein', '-UC', [['password', 'Sonnenblume7']]),
  de('Kundennummer 10023874, die Rechnung wurde doppelt abgebucht', '-UC', [['account', '10023874']]),
  de('Bitte an Berliner Straße 12 liefern, nicht an die alte Adresse', '0', [['address', 'Berliner Straße 12']]),
  de('Seit heute Morgen kein Internet im ganzen Haus, ich arbeite von zu Hause', '-UC'),
  de('Jemand hat mein Konto gehackt und Geld überwiesen!', '-UC'),
  de('Nicht dringend: gibt es das Handy auch in Blau?', '0QB'),
  fr("mon mot de passe est Lapin2020 et le site dit qu'il est faux", '-C', [['password', 'Lapin2020']]),
  fr("numéro client 4471093, pouvez-vous m'envoyer la facture de mars ?", '0Q', [['account', '4471093']]),
  fr('livrez au 12 rue de la Paix, 2e étage svp', '0', [['address', '12 rue de la Paix']]),
  fr("On m'a débité 89 € deux fois, c'est inadmissible", '-UC'),
  es('mi contraseña es gato_2019 y no puedo entrar en la app', '-UC', [['password', 'gato_2019']]),
  es('número de cliente 8830127, quiero cambiar de tarifa', '0B', [['account', '8830127']]),
  es('Calle Mayor 5, 3ºB, el repartidor dice que no encuentra la dirección', '-C', [['address', 'Calle Mayor 5']]),
  es('Nos han robado la tarjeta en Barcelona, bloqueadla ya por favor', '-UC'),
  it("la password è Roma_1987 ma l'app dice errore", '-C', [['password', 'Roma_1987']]),
  it('Via Garibaldi 23, Torino: il pacco non è mai arrivato', '-C', [['address', 'Via Garibaldi 23, Torino']]),
  it('Qualcuno ha usato la mia carta online, 400 euro spariti', '-UC'),
  pt('minha senha é azul2022 e não consigo entrar', '-UC', [['password', 'azul2022']]),
  pt('Rua das Flores 25, Porto, a encomenda foi para outra morada', '-C', [['address', 'Rua das Flores 25, Porto']]),
  pt('Estamos sem luz há 6 horas no bairro todo', '-UC'),
  pl('moje hasło to Kasia_88, a aplikacja mówi, że błędne', '-C', [['password', 'Kasia_88']]),
  pl('numer klienta 55201877, proszę o fakturę', '0', [['account', '55201877']]),
  pl('ul. Marszałkowska 10, kurier nie dostarczył paczki', '-C', [['address', 'ul. Marszałkowska 10']]),
  pl('PESEL 85120312343, chcę przenieść numer do was', '0B', [['ssn', '85120312343']]),
  nl('wachtwoord: Fiets!2023, is dat sterk genoeg?', '0Q', [['password', 'Fiets!2023']]),
  nl('Kalverstraat 12, Amsterdam – pakket ligt bij de buren, niet bij mij', '-C', [['address', 'Kalverstraat 12, Amsterdam']]),
  nl('Mijn account is gehackt, er zijn bestellingen geplaatst die ik niet heb gedaan', '-UC'),
  uk('пароль від кабінету Kyiv_2020, чому не пускає?', '-UQC', [['password', 'Kyiv_2020']]),
  uk('Ми застрягли в аеропорту, рейс скасували, ніхто не допомагає', '-UC'),
  uk("вул. Хрещатик, 22, кв. 5 — кур'єр не може знайти", '-C', [['address', 'вул. Хрещатик, 22, кв. 5']]),
  uk('мій номер +380 67 123 4567, передзвоніть', '0', [['phone', '+380 67 123 4567']]),
  fr('Mon colis a un jour de retard, pas grave, tenez-moi informé', '-'),
];

/**
 * Written fourth (issue 7), blind, by a writer new to the set: passwords, PINs, one-time codes and
 * security answers leaked the ways customers leak them (user and pass on one line, the secret
 * before its keyword, old and new together, spaced digits, quoted, in Cyrillic), national ids with
 * valid check digits, phones in local layouts, and look-alike numbers that are not private.
 */
export const otherFourthRound: DraftMessage[] = [
  de('Benutzer: k.maier Kennwort: Sommer2023! bitte prüfen', '0', [['password', 'Sommer2023!']]),
  de('PIN-Code 5521 geht nicht mehr, ist die Karte gesperrt?', '-UQC', [['password', '5521']]),
  de('Handy 0171/4458921, rufen Sie mich bitte zurück', '0', [['phone', '0171/4458921']]),
  de('Bestellnummer 302-4418821-7730019 vom 12.03., Betrag 89,90 €, nichts da', '-LC'),
  fr('mdp : chaton75 (tout en minuscules) et ça bloque', '-C', [['password', 'chaton75']]),
  fr('mon numéro de sécu 1 85 05 78 006 084 91 pour le remboursement', '0', [['ssn', '1 85 05 78 006 084 91']]),
  fr('rappelez-moi au 06.48.21.77.30 svp', '0', [['phone', '06.48.21.77.30']]),
  fr('vol AF 1148, référence KX9T2M, payé 240 € pour rien', '-LC'),
  es('usuario pedro_g clave Girasol77 y no entra', '-C', [['password', 'Girasol77']]),
  es('mi DNI es 48291736-Q por si lo necesitan', '0', [['ssn', '48291736-Q']]),
  es('me llegó el código 493027 por SMS pero dice que caducó', '-C', [['password', '493027']]),
  es('pedido 88213 llegó tarde, pagué 59,95 € el 03/04', '-LC'),
  it('la password è gattino2022, mi hanno bloccato l’account', '-UC', [['password', 'gattino2022']]),
  it('codice fiscale BNCGLI88M52F205K, la fattura è intestata male', '-C', [['ssn', 'BNCGLI88M52F205K']]),
  it('chiamatemi al 338 412 7765 dopo pranzo', '0', [['phone', '338 412 7765']]),
  pt('minha senha é Flamengo81 e não funciona', '-C', [['password', 'Flamengo81']]),
  pt('NIF 231584768 para a fatura, obrigado', '0', [['ssn', '231584768']]),
  pl('hasło: Kwiatek2020 — nie działa od wczoraj', '-C', [['password', 'Kwiatek2020']]),
  pl('PESEL 92072813446 do faktury proszę', '0', [['ssn', '92072813446']]),
  nl('wachtwoord is fietsen123, graag snel helpen', '-U', [['password', 'fietsen123']]),
  nl('mijn BSN 173298412 staat verkeerd op de factuur', '-C', [['ssn', '173298412']]),
  uk('пароль: Вишня2021, логін olena.k, не пускає', '-C', [['password', 'Вишня2021']]),
  uk('РНОКПП 3184057124 для повернення коштів', '0', [['ssn', '3184057124']]),
  uk('номер +380 67 412 33 90, пишіть у вайбер', '0', [['phone', '+380 67 412 33 90']]),
];
