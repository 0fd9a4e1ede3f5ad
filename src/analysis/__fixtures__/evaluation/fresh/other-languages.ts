// Written blind on 2026-11-24 as a second held-out part; never used for tuning.
// Hand-labelled care messages in German, French, Spanish, Italian, Portuguese, Polish, Dutch and Ukrainian.

import { writerFor, type DraftMessage } from '../eval-message.ts';

const de = writerFor('de');
const fr = writerFor('fr');
const es = writerFor('es');
const it = writerFor('it');
const pt = writerFor('pt');
const pl = writerFor('pl');
const nl = writerFor('nl');
const uk = writerFor('uk');

export const otherFresh: DraftMessage[] = [
  de('Unser Flug nach Palma wurde gestrichen und wir sitzen jetzt mit zwei Kindern am Flughafen fest, niemand hilft uns!', '-UC'),
  de('Jemand hat mein Konto gehackt und 900 € überwiesen, bitte sofort alles sperren', '-UCL'),
  de('Nicht dringend, aber kann ich meinen Tarif zum Monatsende wechseln?', '0Q'),
  de('Gar nicht schlecht, der Techniker war pünktlich und super freundlich 👍', '+P'),
  de('Mein Passwort ist immer noch Sonne2024, trotzdem komme ich nicht rein. Rückruf bitte unter +49 151 23456789', '-C', [['password', 'Sonne2024'], ['phone', '+49 151 23456789']]),

  fr('Mon vol AF 1234 pour Nice est annulé, je suis bloquée à Orly sans hôtel !!', '-UCL'),
  fr('Ça sent fort le gaz dans la cage d’escalier, qui dois-je appeler maintenant ?', '-UQ'),
  fr('Bravo, troisième colis perdu ce mois-ci, vraiment du grand art 🙄', '-C'),
  fr('Rien d’urgent : est-ce que la box fibre est disponible au 12 rue des Lilas à Lyon ?', '0QB', [['address', '12 rue des Lilas']]),
  fr('Merci de rembourser sur FR14 2004 1010 0505 0001 3M02 606, commande n° 558120 annulée', '0L', [['iban', 'FR14 2004 1010 0505 0001 3M02 606']]),

  es('Me han cobrado dos veces el mismo pedido, 59,90 € cada uno, devolvedme el dinero ya', '-UCL'),
  es('Llevo dos días sin luz en casa y tengo medicinas en la nevera, ¿cuándo lo arregláis?', '-UQC'),
  es('Quiero hablar con una persona de verdad, no con el bot', '-HC'),
  es('Mi DNI es 48291736Q y mi móvil 612 345 678, para la portabilidad', '0B', [['ssn', '48291736Q'], ['phone', '612 345 678']]),
  es('Sin prisa, ¿tenéis el iPhone 16 en la tienda de Gran Vía?', '0QB'),

  it('Mi hanno bloccato la carta mentre sono all’estero e non posso pagare l’albergo, aiuto!', '-UC'),
  it('Se entro venerdì non ricevo il rimborso vado dall’avvocato e faccio recensioni ovunque', '-UC'),
  it('Non male, il corriere è arrivato in anticipo e molto gentile', '+P'),
  it('Ordine n. 7731092 arrivato danneggiato, il codice di tracciamento è 3SABC1234567', '-CL'),
  it('La password dell’app è Ciao2023! e la mia email è giulia.rossi@libero.it, potete controllare?', '0Q', [['password', 'Ciao2023!'], ['email', 'giulia.rossi@libero.it']]),

  pt('O meu voo TP 1342 foi cancelado e estou preso em Lisboa sem hotel, ninguém responde!', '-UCL'),
  pt('Alguém entrou na minha conta e mudou o email, já não consigo aceder', '-UC'),
  pt('Sem pressa, mas qual é o horário da loja do Chiado ao domingo?', '0Q'),
  pt('Obrigada à Rita do apoio ao cliente, resolveu tudo em 5 minutos 🙏', '+P'),
  pt('O reembolso pode ir para PT50 0002 0123 1234 5678 9015 4, obrigado', '0', [['iban', 'PT50 0002 0123 1234 5678 9015 4']]),

  pl('Od rana nie ma internetu w całym bloku, pracuję z domu, kiedy naprawicie?', '-UQC'),
  pl('Czuć gaz na klatce schodowej, gdzie mam dzwonić?', '-UQ'),
  pl('Super obsługa, czekam na zwrot już trzeci tydzień 👏🙄', '-C'),
  pl('Nic pilnego, ile kosztuje abonament rodzinny na 3 numery?', '0QB'),
  pl('Mój PESEL to 88051412340, a numer karty 4012 8888 8812 3458, czy płatność przeszła?', '0Q', [['ssn', '88051412340'], ['card', '4012 8888 8812 3458']]),

  nl('Er is twee keer € 129,00 van mijn rekening afgeschreven voor één bestelling!', '-UCL'),
  nl('Ik stap over naar een andere provider als dit vandaag niet opgelost is', '-UC'),
  nl('Geen haast, maar wanneer komt de nieuwe versie van de app uit?', '0Q'),
  nl('Top service, de monteur heeft alles in een half uur gemaakt 😊', '+P'),
  nl('Bezorg het pakket op Keizersgracht 221, en mijn wachtwoord is Fiets2022 als jullie willen inloggen', '0', [['address', 'Keizersgracht 221'], ['password', 'Fiets2022']]),

  uk('Рейс скасували, ми застрягли в аеропорту Варшави з дітьми, допоможіть!', '-UC'),
  uk('З картки двічі списали гроші за одне замовлення, поверніть терміново', '-UC'),
  uk('Нічого термінового, просто питання: чи можна змінити тариф з наступного місяця?', '0Q'),
  uk('Дякую, все прийшло вчасно, дуже задоволена 😊', '+P'),
  uk('Мій номер +380 67 123 4567, пароль: Kyiv_2024, зайдіть і перевірте, чому не працює кабінет', '-C', [['phone', '+380 67 123 4567'], ['password', 'Kyiv_2024']]),
];
