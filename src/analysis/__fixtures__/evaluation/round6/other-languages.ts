// Sixth round (issue 7), written blind before the analyser saw it: German, French, Spanish, Italian, Portuguese,
// Polish, Dutch and Ukrainian messages with loosely typed addresses, codes and PINs, and look-alike numbers.

import { writerFor, type DraftMessage } from '../eval-message.ts';

const de = writerFor('de');
const fr = writerFor('fr');
const es = writerFor('es');
const it = writerFor('it');
const pt = writerFor('pt');
const pl = writerFor('pl');
const nl = writerFor('nl');
const uk = writerFor('uk');

export const otherSixthRound: DraftMessage[] = [
  de('bei mir in der lindenstr 7, 2 og links, 50674 köln seit gestern kein internet', '-UC', [['address', 'lindenstr 7, 2 og links, 50674 köln']]),
  de('Passwort (Hamster77#) stimmt, trotzdem ist das Konto gesperrt – bitte dringend entsperren', '-UC', [['password', 'Hamster77#']]),
  de('Kundennummer 55210873, Karte 4532 7715 0938 2219: zweimal abgebucht für eine Bestellung', '-UC', [['account', '55210873'], ['card', '4532 7715 0938 2219']]),
  de('Ist Ihre Filiale in der Friedrichstraße 68 samstags geöffnet?', '0QL'),
  de('Sendungsnummer 00340434161094042557 steht seit Montag auf "in Zustellung", passiert ist nichts', '-CL'),
  fr("le livreur n'est pas passé au 18 rue victor hugo apt 4 13001 marseille, encore une fois", '-C', [['address', '18 rue victor hugo apt 4 13001 marseille']]),
  fr("mon nouveau numéro : 06 47 21 98 30, et l'adresse mail claire.dubois@orange.fr", '0', [['phone', '06 47 21 98 30'], ['email', 'claire.dubois@orange.fr']]),
  fr("je n'ai jamais reçu le code de validation, impossible de payer", '-C'),
  fr("vol AF 7712 du 03/06, siège 14A réservé mais on m'a mis en 32F", '-CL'),
  fr('votre agence du 25 boulevard Haussmann est-elle ouverte le lundi ?', '0QL'),
  es('el repartidor no vino otra vez a calle mayor 8 2 izda 28013 madrid', '-C', [['address', 'calle mayor 8 2 izda 28013 madrid']]),
  es('PIN 9046. Lo pongo bien y el cajero dice que es incorrecto', '-C', [['password', '9046']]),
  es('mandad la factura a jgarcia.rueda@gmail.com, por favor, la necesito para la empresa', '0', [['email', 'jgarcia.rueda@gmail.com']]),
  es('localizador QW8R2T, vuelo IB 3166 a las 7:40, ¿puedo cambiar el asiento 12C?', '0QL'),
  es('¡Gracias! El técnico vino puntual y ahora todo funciona genial', '+P'),
  it('via roma 45 int 6 20121 milano — da stamattina niente acqua', '-UC', [['address', 'via roma 45 int 6 20121 milano']]),
  it('qualcuno ha usato la mia carta 5312 6604 1873 9028 per acquisti che non ho fatto, bloccatela subito', '-UC', [['card', '5312 6604 1873 9028']]),
  it("mi chiede il codice OTP ma non arriva nessun SMS", '-C'),
  it('ordine n. 401-8823761 arrivato il 22/04, due giorni prima del previsto, bravi!', '+PL'),
  pt('a encomenda não chegou à Rua das Flores 112 2 esq 4050-265 Porto', '-C', [['address', 'Rua das Flores 112 2 esq 4050-265 Porto']]),
  pt('a senha é Mar_azul9 e mesmo assim diz que está errada', '-C', [['password', 'Mar_azul9']]),
  pt('podem enviar o recibo para ana.tavares@sapo.pt? obrigado', '0Q', [['email', 'ana.tavares@sapo.pt']]),
  pt('a fatura n.º FT 2024/5531 vem com 49,99 €, posso pagar por MB Way?', '0QL'),
  pl('kurier znowu nie przyjechał na ul dluga 15 m 3 31-146 krakow', '-C', [['address', 'ul dluga 15 m 3 31-146 krakow']]),
  pl('kod BLIK 482193 i kod z SMS 771046 — oba odrzucone, a pieniądze zeszły z konta', '-UC', [['password', '482193'], ['password', '771046']]),
  pl('podaję PESEL 86071402734 do weryfikacji, bo infolinia nie odbiera', '-C', [['ssn', '86071402734']]),
  pl('proszę o kontakt pod 512 408 731 w sprawie nowej umowy', '0', [['phone', '512 408 731']]),
  nl('pakket netjes afgeleverd op Kerkstraat 112-II, 1017 GP Amsterdam, top bezorger!', '+P', [['address', 'Kerkstraat 112-II, 1017 GP Amsterdam']]),
  nl('wachtwoord was Tulp!2020x en nu werkt niets meer, account geblokkeerd', '-UC', [['password', 'Tulp!2020x']]),
  nl('klantnummer 30418827, graag terugstorten op NL08 ABNA 5329 1874 00', '0', [['account', '30418827'], ['iban', 'NL08 ABNA 5329 1874 00']]),
  nl('is jullie servicepunt op Schiphol Plaza bij aankomst 2 na 22:00 nog open?', '0QL'),
  uk('вул шевченка 21 кв 9 київ — світла немає з ранку', '-UC', [['address', 'вул шевченка 21 кв 9 київ']]),
  uk('передзвоніть на 067 514 28 93, будь ласка, хочу змінити тариф', '0', [['phone', '067 514 28 93']]),
  uk('номер накладної 20450012345678, посилка не рухається з 2 квітня', '-CL'),
  uk('не приходить код підтвердження, вже втретє прошу', '-C'),
];
