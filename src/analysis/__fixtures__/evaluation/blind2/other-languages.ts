// Blind held-out messages for issue 7 in German, French, Spanish, Italian, Portuguese, Polish, Dutch and Ukrainian.

import { type DraftMessage, writerFor } from '../eval-message.ts';

const de = writerFor('de');
const fr = writerFor('fr');
const es = writerFor('es');
const it = writerFor('it');
const pt = writerFor('pt');
const pl = writerFor('pl');
const nl = writerFor('nl');
const uk = writerFor('uk');

export const otherLanguagesBlind2: DraftMessage[] = [
  de('Mein Passwort ist Sommer_2023 und trotzdem komme ich nicht rein, Konto gesperrt. Bitte dringend helfen', '-UC', [['password', 'Sommer_2023']]),
  de('Kundennummer 100482736 – warum wurde mein Vertrag ohne Rückfrage verlängert? Erstattung bitte auf DE44 5001 0517 5407 3249 31', '-QC', [['account', '100482736'], ['iban', 'DE44 5001 0517 5407 3249 31']]),
  de('Rückruf bitte dringend unter 0151 27483916, es geht um die Kündigung', '0U', [['phone', '0151 27483916']]),
  de('Paket mit Sendungsnummer 00340434161094015902 hängt seit Tagen im Verteilzentrum', '-CL'),
  de('Ganz ehrlich: nicht schlecht! Der Umzug des Anschlusses am 14.02. hat reibungslos geklappt', '+PL'),
  de('Wie lange dauert bei euch normalerweise eine Erstattung aufs Konto?', '0Q'),
  fr('Bloqués à Roissy depuis ce matin, correspondance ratée, aucun agent au comptoir', '-UC'),
  fr('Vous pouvez me rappeler au 06 47 29 81 35 ? Je voudrais souscrire la fibre', '0QB', [['phone', '06 47 29 81 35']]),
  fr('Commande n° 4471-8820-1937 toujours pas livrée, c’était prévu le 3 juin', '-CL'),
  fr('Pas urgent, mais mon adresse mail c’est camille.durand@orange.fr, merci de m’envoyer la facture', '0', [['email', 'camille.durand@orange.fr']]),
  fr('Carte 5374 1066 2983 0045 refusée partout depuis votre mise à jour, et je suis à l’étranger', '-UC', [['card', '5374 1066 2983 0045']]),
  es('Me han cobrado dos veces en la tarjeta 4005 5178 1239 4401, lo quiero devuelto ya', '-UC', [['card', '4005 5178 1239 4401']]),
  es('Cambiad la dirección de entrega a Calle de Alcalá 212, 4º izq., Madrid, por favor', '0', [['address', 'Calle de Alcalá 212, 4º izq., Madrid']]),
  es('Mi DNI es 48317265S, ¿por qué me sale que no soy titular de la línea?', '-QC', [['ssn', '48317265S']]),
  es('Sin luz en toda la calle desde las 8, ¿cuándo vuelve?', '-UQCL'),
  es('Cambié la contraseña a Gatito_88 ayer, ¿cuánto tarda en activarse en la app?', '0Q', [['password', 'Gatito_88']]),
  it('Codice OTP 550271 arrivato in ritardo, ovviamente scaduto. Ma siete seri?', '-QC', [['password', '550271']]),
  it('Volo AZ 1785 cancellato, siamo bloccati a Fiumicino con due bambini', '-UCL'),
  it('Vorrei parlare con un operatore umano, codice cliente 7004815236, scrivetemi a giulia.r@libero.it', '0H', [['account', '7004815236'], ['email', 'giulia.r@libero.it']]),
  it('Quanto costa la fibra per un anno? C’è uno sconto per chi passa da un altro operatore?', '0QB'),
  pt('Minha senha é flamengo81 e mesmo assim a conta foi invadida, mudaram tudo!', '-UC', [['password', 'flamengo81']]),
  pt('Encomenda com código LX903847215PT parada na alfândega há duas semanas', '-CL'),
  pt('Adorei o atendimento na loja do Chiado, muito simpáticos', '+P'),
  pt('Fatura de 87,40 € este mês, normalmente pago 35 €. Alguém explica?', '-QCL'),
  pl('Mój PESEL 92041508131, a w systemie jest błąd w nazwisku, co mam zrobić?', '-QC', [['ssn', '92041508131']]),
  pl('Zadzwońcie do mnie na 512 843 907, chcę przedłużyć umowę z nowym telefonem', '0B', [['phone', '512 843 907']]),
  pl('Adres dostawy: ul. Marszałkowska 84/92 m. 15, Warszawa – kurier zostawił paczkę pod drzwiami sąsiada', '-C', [['address', 'ul. Marszałkowska 84/92 m. 15, Warszawa']]),
  pl('Nie jest źle, ale aplikacja mogłaby szybciej działać', '0C'),
  pl('Brak internetu od wczoraj, pracuję zdalnie. Jeśli tak dalej, zmieniam operatora!', '-UC'),
  nl('Mijn BSN is 238175601, moet ik dat echt via DM sturen voor de aansluiting?', '0Q', [['ssn', '238175601']]),
  nl('Overboeking naar NL02INGB0006712384 nog steeds niet binnen, klopt dat rekeningnummer bij jullie?', '-QC', [['iban', 'NL02INGB0006712384']]),
  nl("Pakket 3SPOST4829173 staat al 5 dagen op 'onderweg'", '-CL'),
  nl('Top service van de monteur vandaag, om 8:15 al voor de deur!', '+PL'),
  uk('Зателефонуйте мені на 067 482 19 30, додаток взагалі не відкривається з ранку, не можу оплатити рахунок', '-UC', [['phone', '067 482 19 30']]),
  uk('Дякую, все швидко вирішили, дуже приємно 🙂', '+P'),
];
