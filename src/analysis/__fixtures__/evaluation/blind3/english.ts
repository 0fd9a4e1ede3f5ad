// Blind held-out English messages for issue 7, labelled without sight of the analyser (third blind part).
import { type DraftMessage, writerFor } from '../eval-message.ts';

const say = writerFor('en');

export const englishBlind3: DraftMessage[] = [
  say('@SkyLinkAir stuck in Frankfurt after missing the connection to Boston on SL 418, transfer desk is shut. what now??', '-UQCL'),
  say('Not bad at all @ParcelPal, driver even rang ahead before leaving the box 👍', '+P'),
  say('my account got hacked overnight, they changed everything so my old password Kestrel_77 is useless now. URGENT, call me on +1 646 873 2915', '-U', [
    ['password', 'Kestrel_77'],
    ['phone', '+1 646 873 2915'],
  ]),
  say('Hi, could you reset my online banking PIN? I think 4471 is the one I set but honestly not sure', '0Q', [['password', '4471']]),
  say('strong gas smell on our landing, 14 Carrow Road, Norwich NR1 1HS. who do I even call at this hour @EastGasUK', '-UQ', [
    ['address', '14 Carrow Road, Norwich NR1 1HS'],
  ]),
  say('Thank you Maria for sorting the refund so fast, genuinely the best support I have had from a telco 🙌', '+P'),
  say('Oh brilliant, third "engineer visit" this month and still no broadband. Great job 👏🙄 @FibreFirst', '-UC'),
  say('charged twice for order #A-558102, £64.99 each time?! refund one of them please', '-UCL'),
  say('Not urgent, but is the Pixel 8 back in stock at the Leeds store? happy to pay the £699 outright', '0QBL'),
  say('Can I speak to an actual person? The bot keeps sending me round in circles about my contract. r.okafor@outlook.com if easier', '-QCH', [
    ['email', 'r.okafor@outlook.com'],
  ]),
  say('tracking TBA318840275 hasnt moved since Monday. anyone there', '-QCL'),
  say('my email is jonah.pryce84@gmail.com, please send the repair quote there instead of by post', '0', [['email', 'jonah.pryce84@gmail.com']]),
  say('Card 4532 0194 7712 0587 was just used in a shop in Lagos and I have never been there. Freeze it NOW', '-U', [
    ['card', '4532 0194 7712 0587'],
  ]),
  say('Sure, an hour and a half on hold is totally normal customer service 🤡', '-C'),
  say('Moving next week, new address is Flat 3, 27 Elm Grove, Bristol BS6 5JP. Can you move the broadband over?', '0Q', [
    ['address', 'Flat 3, 27 Elm Grove, Bristol BS6 5JP'],
  ]),
  say('seat 23C on BA0287, tray table snapped and the screen won\'t even switch on. not exactly premium 😒', '-CL'),
  say('@ShopRite_UK do you do student discount on laptops? need one for uni in September', '0QB'),
  say('Power has been off in our whole street since lunch and my mum\'s insulin is in the fridge. When is it coming back??', '-UQC'),
  say('Customer number 40718832. The direct debit went out twice this month. Sort it today or I am switching provider', '-UC', [
    ['account', '40718832'],
  ]),
  say('security answer is Biscuit1998 if you need it to verify me. still locked out of the app since yesterday and it is driving me mad', '-UC', [
    ['password', 'Biscuit1998'],
  ]),
  say('Lovely crew on EZY6193 from Palma last night, the cabin manager looked after my nan like family ❤️', '+PL'),
  say('@VoltaMobile zero signal across Cardiff since this morning, I work from home and I am completely cut off', '-UC'),
  say('Checkout keeps rejecting 4532 0194 7712 0588 as an invalid card number. is your payment page broken?', '-QCL'),
  say('The app says my IBAN GB07 LOYD 3096 2478 1203 45 is invalid but it is right there on my statement?', '-QC', [
    ['iban', 'GB07 LOYD 3096 2478 1203 45'],
  ]),
  say('Your chat agent just asked me to DM my password. Isn\'t that exactly what scammers do?', '-QC'),
  say('Booked the 14:05 from Euston, paid £89.50, train cancelled with no replacement. Stranded at Crewe with two kids', '-UCL'),
  say('Please update the phone on my account to (415) 308-2264, the old number is disconnected', '0', [['phone', '(415) 308-2264']]),
  say('SSN is 512-38-4097 for the credit check on the new line, want it activated this week', '0B', [['ssn', '512-38-4097']]),
  say('My NI number is JT 48 21 93 C, why does the portal say it doesn\'t match??', '-QC', [['ssn', 'JT 48 21 93 C']]),
  say('someone set up a direct debit on acc 30962478 that I never agreed to. stop it immediately. how did you let this through?', '-UQC', [
    ['account', '30962478'],
  ]),
  say('is your store at 221 Oxford Street still open till 9 tonight?', '0QL'),
  say('Is storm damage covered on policy HM-2271-0938? Half the roof tiles came off last night', '0Q', [['account', 'HM-2271-0938']]),
  say('Gate moved to B42 without a single announcement, we almost missed boarding for TK1980. chaos', '-CL'),
  say('I typed Summer2024! exactly as I set it and the app still says incorrect. what am I doing wrong', '-QC', [
    ['password', 'Summer2024!'],
  ]),
  say('Paying with 5168 7420 3391 6473 failed three times at checkout, I just want to order the boots 😩', '-CB', [
    ['card', '5168 7420 3391 6473'],
  ]),
  say('Can someone call me back on 07825 413 906? The engineer never turned up and I took the day off for it', '-QC', [
    ['phone', '07825 413 906'],
  ]),
  say('the OTP you sent was 638214 but the page timed out before I could type it. this happens every single time', '-C', [
    ['password', '638214'],
  ]),
  say('Delivered to the wrong house AGAIN. It is 62 Harrow Lane, Leicester LE3 9QT, not Harrow Road!! my parcel is on a stranger\'s doorstep', '-C', [
    ['address', '62 Harrow Lane, Leicester LE3 9QT'],
  ]),
  say('honestly the new fares aren\'t the cheapest but the extra legroom makes up for it', '0'),
  say('I will take this to the ombudsman and post it everywhere if my deposit is not back by Friday', '-UC'),
];
