// Blind held-out messages in other languages for issue 7, labelled without sight of the analyser (third blind part).
import { type DraftMessage, writerFor } from '../eval-message.ts';

const de = writerFor('de');
const fr = writerFor('fr');
const es = writerFor('es');
const it = writerFor('it');
const pt = writerFor('pt');
const pl = writerFor('pl');
const nl = writerFor('nl');
const uk = writerFor('uk');

export const otherLanguagesBlind3: DraftMessage[] = [
  de('@BahnHilfe Anschluss in Hannover verpasst, letzter Zug weg, wir stehen mit zwei Kindern am Bahnsteig. Was jetzt?', '-UQC'),
  de('Meine IBAN lautet DE48 5001 0517 5407 3294 18, bitte die Erstattung dorthin überweisen', '0', [
    ['iban', 'DE48 5001 0517 5407 3294 18'],
  ]),
  de('Gar nicht mal so schlecht, der neue Tarif. Endlich stabiles Netz im Keller 😄', '+P'),
  de('Ruft mich bitte unter +49 1512 3487 602 zurück, ich möchte meinen Vertrag verlängern', '0B', [
    ['phone', '+49 1512 3487 602'],
  ]),
  de('Rechnung 2024-118734 über 89,90 € wurde doppelt abgebucht!! Sofort zurückbuchen', '-UCL'),

  fr('Ma carte 4377 7510 0284 5191 a été débitée par un site que je ne connais pas, bloquez-la vite svp', '-U', [
    ['card', '4377 7510 0284 5191'],
  ]),
  fr('Colis n° 6A19384720155 toujours « en cours d\'acheminement » depuis 12 jours…', '-CL'),
  fr('Merci à Julien du SAV, patient et super efficace 👌', '+P'),
  fr('Mon adresse : 18 rue des Lilas, 69003 Lyon. Vous pouvez y envoyer le technicien ?', '0Q', [
    ['address', '18 rue des Lilas, 69003 Lyon'],
  ]),
  fr('Voici mon IBAN FR70 3000 6000 0112 3456 7890 103 pour le remboursement, merci', '0', [
    ['iban', 'FR70 3000 6000 0112 3456 7890 103'],
  ]),

  es('Llevo dos días sin internet y teletrabajo. Como no lo arregléis hoy me cambio de compañía', '-UC'),
  es('Mi DNI es 48310267D, ¿qué más necesitáis para la portabilidad?', '0Q', [['ssn', '48310267D']]),
  es('Devolvedme el dinero a ES42 0049 1500 0527 1036 7829, esa tarifa no es la que contraté', '-C', [
    ['iban', 'ES42 0049 1500 0527 1036 7829'],
  ]),
  es('Vuelo IB3172 con tres horas de retraso y ni un vaso de agua en la puerta B27 🙄', '-CL'),
  es('¿Cuánto cuesta el Galaxy A55 libre? ¿Lo tenéis en tienda?', '0QBL'),

  it("C'è odore di gas nel palazzo, via Garibaldi 23, int. 5, 10122 Torino. Mandate qualcuno subito!", '-U', [
    ['address', 'via Garibaldi 23, int. 5, 10122 Torino'],
  ]),
  it('Il mio codice cliente è 55180372, potete richiamarmi per il cambio di intestazione?', '0Q', [['account', '55180372']]),
  it('Niente male davvero! Consegna in anticipo e imballo perfetto', '+P'),
  it('Ordine n. 400-2281937, pagato 129 € e arrivato vuoto. Ma state scherzando?', '-QCL'),

  pt('Estou preso no aeroporto de Lisboa, perdi a ligação para o Porto e ninguém da companhia aparece!', '-UC'),
  pt('O meu email é rita.faria@sapo.pt, podem enviar a fatura para lá?', '0Q', [['email', 'rita.faria@sapo.pt']]),
  pt('O assistente pede o código de acesso, já escrevi 7305 duas vezes e nada. Quero falar com uma pessoa!', '-CH', [
    ['password', '7305'],
  ]),
  pt('Fatura 2024/03817 de 57,30 € não bate certo com o contrato de 39,99 €', '-CL'),

  pl('Ktoś włamał się na moje konto i zmienił hasło, nie mogę się zalogować! Pomocy', '-U'),
  pl('Mój PESEL 88071419530, co jeszcze potrzebne do umowy na internet?', '0QB', [['ssn', '88071419530']]),
  pl('Hasło do aplikacji to Marchewka7, a i tak pisze, że błędne', '-C', [['password', 'Marchewka7']]),
  pl('Zadzwońcie proszę na 601 483 227, chcę zamówić abonament dla córki', '0B', [['phone', '601 483 227']]),
  pl('Przelew na PL61 1090 1014 0000 0712 1981 2875 wrócił jako błędny numer rachunku, co jest nie tak?', '-QCL'),

  nl('Mijn klantnummer is 7741203, waarom is mijn voorschot ineens verdubbeld? Antwoord graag naar j.devries@ziggo.nl', '-QC', [
    ['account', '7741203'],
    ['email', 'j.devries@ziggo.nl'],
  ]),
  nl('Helemaal niet slecht, die nieuwe app versie 5.2! Veel sneller dan de oude', '+PL'),
  nl('Pinpas gestolen, kaart 6767 7019 3380 4521, graag direct blokkeren', '-U', [['card', '6767 7019 3380 4521']]),
  nl('Mijn wachtwoord Tulp2019 werkt niet meer en ik kom mijn account niet in. Help, dringend!', '-U', [
    ['password', 'Tulp2019'],
  ]),

  uk('Третю добу немає світла в будинку, холодильник потік. Коли вже відновите?', '-UQC'),
  uk('Мій пароль Kyiv2022 не підходить, обліковий запис заблоковано. Допоможіть терміново!', '-U', [
    ['password', 'Kyiv2022'],
  ]),
  uk('Підключіть інтернет за адресою вул. Січових Стрільців, 21, кв. 8, Київ, телефон +380 67 314 2789', '0B', [
    ['address', 'вул. Січових Стрільців, 21, кв. 8, Київ'],
    ['phone', '+380 67 314 2789'],
  ]),
  uk('Рейс PS 9104 затримали на 4 години, сидимо біля виходу D6 😤', '-CL'),
];
