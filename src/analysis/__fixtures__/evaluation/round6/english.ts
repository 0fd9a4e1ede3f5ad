// Sixth round (issue 7), written blind before the analyser saw it: English messages with addresses typed
// loosely (small letters, US style, split by " / ", in brackets), new password shapes and flat complaints.

import { writerFor, type DraftMessage } from '../eval-message.ts';

const say = writerFor('en');

export const englishSixthRound: DraftMessage[] = [
  say('@ParcelHop the courier did not come a second time. it is 6 ashfield road york yo10 4hw, someone is home all day', '-C', [['address', '6 ashfield road york yo10 4hw']]),
  say('1420 W Maple Ave Apt 3B, Denver, CO 80204 has had no gas since last night and the heating is off', '-UC', [['address', '1420 W Maple Ave Apt 3B, Denver, CO 80204']]),
  say("can you send the replacement router to Main St 12, Springfield instead? I'm at my parents' this month", '0Q', [['address', 'Main St 12, Springfield']]),
  say('new address for the bills: Flat 5 / 19 Cromwell Rd / Hove BN3 3EE', '0', [['address', 'Flat 5 / 19 Cromwell Rd / Hove BN3 3EE']]),
  say('parcel marked delivered but it never reached me ("22 Lark Rise, Didcot OX11 7QP") and the photo shows a different door', '-C', [['address', '22 Lark Rise, Didcot OX11 7QP']]),
  say('engineer is booked for 305 Oak St Unit 9 Austin TX 78704 friday morning, can it be thursday instead?', '0Q', [['address', '305 Oak St Unit 9 Austin TX 78704']]),
  say('is the repair desk at your Piccadilly store (61 Piccadilly, Manchester M1 2AP) open on Sunday?', '0QL'),
  say('pwd: Rainbow_88 and it still says incorrect, locked out of the app since this morning', '-UC', [['password', 'Rainbow_88']]),
  say("the passcode you texted was 482913. it didn't work and the next one didn't either", '-C', [['password', '482913']]),
  say('I changed it last week (pw Hx9!fern) and now the site says my account is suspended??', '-UQC', [['password', 'Hx9!fern']]),
  say('reset my password three times tonight and the email with the link never arrives', '-C'),
  say('account no 40971236 — the direct debit went out twice this month, please refund one', '-UC', [['account', '40971236']]),
  say('hi, acct 7781-220-4496, not urgent, can I move my payment date to later in the month?', '0Q', [['account', '7781-220-4496']]),
  say("please call me on 07723 418 205 about moving the contract, I'd rather do it over the phone", '0', [['phone', '07723 418 205']]),
  say("your loan form rejects my social security number 523-71-4086, it's correct, what now?", '-QC', [['ssn', '523-71-4086']]),
  say('someone used my card 4716 2039 8812 0454 for two orders I never made, block it now', '-UC', [['card', '4716 2039 8812 0454']]),
  say("could you email the signed contract to m.okafor@protonmail.com? I'll sign it tonight", '0Q', [['email', 'm.okafor@protonmail.com']]),
  say('PNR X7KQ2M, the connection in Dublin left without us and nobody is at the desk, stuck here with two kids', '-UCL'),
  say('invoice INV-20931 shows £84.60 but the plan is £42.30 a month', '-CL'),
  say('the 7.12.0 update fixed the login loop on my SM-A546B, nice work', '+PL'),
  say('flight EZY 8421 on 14 June, is hold luggage included in the £29.99 or extra?', '0QBL'),
  say('shoutout to your driver today, carried all six boxes up to the fourth floor without a word 🙌 thank you', '+P'),
  say('third "we\'ll call you back" this week and still nothing, amazing service 🤡', '-C'),
  say('not bad at all, the new app is quicker than the old one', '+P'),
  say("if the £120 refund isn't back on my card by Friday this thread goes to the local paper", '-UCL'),
];
