// Fifth round (issue 7), written blind before the analyser saw it: German, French, Spanish, Italian,
// Portuguese, Polish, Dutch and Ukrainian messages aimed at PII recall, beside look-alike numbers.

import { writerFor, type DraftMessage } from '../eval-message.ts';

const de = writerFor('de');
const fr = writerFor('fr');
const es = writerFor('es');
const it = writerFor('it');
const pt = writerFor('pt');
const pl = writerFor('pl');
const nl = writerFor('nl');
const uk = writerFor('uk');

export const otherFifthRound: DraftMessage[] = [
  de('Bitte an Schillerstr. 18, 3. OG links, 04109 Leipzig liefern, nicht an die Packstation', '0', [['address', 'Schillerstr. 18, 3. OG links, 04109 Leipzig']]),
  de('Seit heute Morgen kein Strom in der Bergmannstraße 102, 10961 Berlin – wann geht es weiter?', '-UQC', [['address', 'Bergmannstraße 102, 10961 Berlin']]),
  de('Kundennummer 7004 1128 93, meine Karte 4539 0127 4418 2632 wurde doppelt belastet!', '-UC', [['account', '7004 1128 93'], ['card', '4539 0127 4418 2632']]),
  de('Rufen Sie mich bitte unter 0171 4829305 an, im Chat passiert gar nichts', '-C', [['phone', '0171 4829305']]),
  fr('Livrez au 7 bis rue des Lilas, bât. B, 31000 Toulouse svp, pas au point relais', '0', [['address', '7 bis rue des Lilas, bât. B, 31000 Toulouse']]),
  fr("J'habite 42, avenue Jean Jaurès, appt 12, 69007 Lyon et la box ne marche plus depuis hier", '-UC', [['address', '42, avenue Jean Jaurès, appt 12, 69007 Lyon']]),
  fr('Merci de me rembourser sur FR76 3000 3012 3400 0512 8476 393, la commande a été annulée', '0', [['iban', 'FR76 3000 3012 3400 0512 8476 393']]),
  fr('Vol AF 1846, porte K42 au terminal 2E, 3 h de retard et aucune info', '-CL'),
  es('Enviadlo a C/ Alcalá 155, 4º izq., 28009 Madrid, por favor', '0', [['address', 'C/ Alcalá 155, 4º izq., 28009 Madrid']]),
  es('DNI 48291735S, ¿por qué me pedís verificar la cuenta otra vez?', '-QC', [['ssn', '48291735S']]),
  es('la contraseña que puse fue «Girasol_12», ¿la podéis resetear?', '0Q', [['password', 'Girasol_12']]),
  es('Pedido número 300418876, ¿cuándo llega? Pone entrega el 12/05', '0QL'),
  it("Abito in Via Garibaldi 24, int. 5, 10122 Torino e da ieri sera non c'è gas", '-UC', [['address', 'Via Garibaldi 24, int. 5, 10122 Torino']]),
  it('scrivetemi a luca.ferri@libero.it, al telefono non risponde mai nessuno', '-C', [['email', 'luca.ferri@libero.it']]),
  it('codice cliente 0092217654, la bolletta di marzo è sbagliata', '-C', [['account', '0092217654']]),
  it('Il televisore QE55Q70 a 649 € è disponibile nel negozio di Via Roma?', '0QBL'),
  pt('Moro na Rua Augusta 120, 3º Esq., 1100-053 Lisboa e a encomenda nunca chegou', '-C', [['address', 'Rua Augusta 120, 3º Esq., 1100-053 Lisboa']]),
  pt('senha: Tejo2022! não funciona, ajudem por favor', '-C', [['password', 'Tejo2022!']]),
  pt('o código de rastreio LX552118930PT não atualiza desde 2/3', '-CL'),
  pt('Obrigada pela rapidez, o técnico resolveu tudo em meia hora 👏', '+P'),
  pl('ul. Piotrkowska 87 m. 14, 90-423 Łódź — kurier znowu nie dowiózł paczki', '-C', [['address', 'ul. Piotrkowska 87 m. 14, 90-423 Łódź']]),
  pl('PESEL 88061417360, dlaczego mój wniosek o kartę odrzucono?', '-QC', [['ssn', '88061417360']]),
  pl('proszę o kontakt pod numerem 601 234 872, czat nie działa', '-C', [['phone', '601 234 872']]),
  pl('zamówienie nr 7781220 miało być w paczkomacie WAW12M wczoraj, nadal nic', '-CL'),
  nl('Bezorg het op Prinsengracht 318-2, 1016 HX Amsterdam, niet bij de buren', '0', [['address', 'Prinsengracht 318-2, 1016 HX Amsterdam']]),
  nl('BSN 238654011, waarom moet ik me opnieuw identificeren?', '-QC', [['ssn', '238654011']]),
  nl('wachtwoord ingesteld op Tulpen!99 maar inloggen lukt niet', '-C', [['password', 'Tulpen!99']]),
  nl('ordernummer 5520019, levering gepland tussen 14:00 en 16:00 maar niemand kwam', '-CL'),
  uk('Доставте на вул. Хрещатик, 22, кв. 8, Київ, 01001, будь ласка', '0', [['address', 'вул. Хрещатик, 22, кв. 8, Київ, 01001']]),
  uk('особовий рахунок 0104459821, рахунок за газ удвічі більший, ніж зазвичай', '-C', [['account', '0104459821']]),
  uk('пароль Kalyna2021 не підходить, а код з смс взагалі не приходить', '-C', [['password', 'Kalyna2021']]),
  uk('рейс PS 781 затримують, ми біля виходу D5, коли посадка?', '-QCL'),
];
