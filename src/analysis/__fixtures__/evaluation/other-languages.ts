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
  de('Schicken Sie es an Hauptstraße 12, Berlin', '0', [['address', 'Hauptstraße 12']]),
  fr('Mon adresse e-mail : marie.dupont@orange.fr', '0', [['email', 'marie.dupont@orange.fr']]),
  es('Vuelo IB 3456 del 12/04 con retraso de 5 horas, ¿hay compensación?', '-QCL'),
  pl('Zamówienie 55123987 nadal nie dotarło, płaciłem 249,99 zł', '-CL'),
  uk('Дякую, все вирішили швидко', '+P'),
  pt('Quero falar com um atendente humano, por favor', '0H'),
  nl('Mijn wachtwoord is Tulp2024!x, waarom kan ik niet inloggen?', '-UQC', [['password', 'Tulp2024!x']]),
  it('Grazie, ma il problema non è ancora risolto', '-C'),
  de('Das Paket kam beschädigt an, sehr enttäuscht', '-C'),
];
