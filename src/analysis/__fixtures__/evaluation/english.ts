// Hand-labelled English care messages: airline, telecom, shop, bank and delivery traffic.

import { writerFor, type DraftMessage } from './eval-message.ts';

const say = writerFor('en');

/**
 * Written first, as the first held-out part. Its misses were tuned on in the fourth session, so it is
 * now development data; the held-out part is in fresh/.
 */
export const englishFirstRound: DraftMessage[] = [
  say('@SkyJet flight SJ 418 cancelled at the gate, we are stuck in Lisbon overnight with a toddler', '-UC'),
  say('Pretty sure you took the payment twice for order 55231, can someone check my statement today?', '-UQCL'),
  say('not bad at all, the new app is actually quicker than the old one', '+P'),
  say('Not urgent, just wondering if the Black Friday deal includes the 256GB model?', '0QB'),
  say('My online banking is locked after three wrong attempts and rent is due today!!', '-UC'),
  say('Love how my parcel went to Glasgow instead of Leeds. Brilliant work 🙄', '-C'),
  say('thank you @FlexMobile, Sarah on chat sorted my roaming in five minutes 🙌', '+P'),
  say('Power cut on Elm Road since 6am, any idea when it comes back?', '-UQC'),
  say("I'm done with you, cancelling my contract and moving to another provider tomorrow", '-UC'),
  say('could I speak to an actual person please, the bot keeps looping', '-HC'),
  say('What is the price of the 2 year broadband bundle for existing customers?', '0QB'),
  say('Someone used my card in Dubai, I have never been there. Please block it now', '-UC'),
  say('Smell of burning plastic coming from the charger you sold me, is it safe to use?', '-UQC'),
  say('the delivery guy was super polite and even carried it upstairs, top service', '+P'),
  say('parcel says delivered but nothing at my door, tracking JD0146 0012 3456 7890', '-CL'),
  say('Hi, can you update my email to tom.baker77@gmail.com please', '0', [['email', 'tom.baker77@gmail.com']]),
  say('please call me back on +44 7911 123456, been on hold for an hour', '-C', [['phone', '+44 7911 123456']]),
  say('Refund to IBAN GB77 BARC 2003 5512 3456 78 please, order cancelled last week', '0', [['iban', 'GB77 BARC 2003 5512 3456 78']]),
  say('my new address is 48 Maple Avenue, Bristol, for the next delivery', '0', [['address', '48 Maple Avenue, Bristol']]),
  say('Your crew on BA 652 were fantastic, best flight I have had in years ✈️', '+PL'),
  say('Booked flight TK1979 for 14/06/2025, paid £412.50 — can I add a bag later?', '0QL'),
  say('I will be posting this on every review site and contacting my lawyer', '-UC'),
  say('Is the shop on High St open on bank holidays?', '0Q'),
  say("app crashed 3 times during checkout and now I've no idea if the order went through", '-QC'),
  say('honestly not happy, third engineer visit and still no broadband', '-UC'),
  say('Thanks for nothing, 40 minutes on the phone and you hung up on me', '-C'),
  say('my card 4532 0151 1283 0366 was swallowed by your ATM on Queen Street', '-UC', [['card', '4532 0151 1283 0366']]),
  say('Can you send me a quote for upgrading to the business plan?', '0QB'),
  say('Just want to say the refund came through quickly, really appreciate it', '+P'),
  say('No rush, but my invoice from May still shows the old company name', '0C'),
  say('Wow, 4 hours delayed and not even a water bottle. Great airline 👏🙄', '-C'),
  say('Driver was rude and threw the box over the fence, absolutely unacceptable', '-C'),
  say('Phone screen cracked itself in the case, can I get a replacement?', '-QC'),
  say('password is Sunshine#2024 if you need it to check my router', '0', [['password', 'Sunshine#2024']]),
];

/** Written second; the analyser was tuned while looking at these. */
export const englishDevelopment: DraftMessage[] = [
  say('Flight cancelled, no rebooking offered and we are stranded in Frankfurt 😡', '-UC'),
  say('charged twice for the same ticket, £189 x2 on my card, sort it out', '-UCL'),
  say('@QuickMart hi, do you still have the red kettle in stock?', '0QB'),
  say("It's not terrible, but the delivery window was way too long", '-C'),
  say('The hotel shuttle never came and we missed our connection to Rome', '-UC'),
  say('I need this fixed urgently, my whole shop runs on your card terminal and it is offline', '-UC'),
  say('Not a complaint, just a question: do you deliver on Sundays?', '0Q'),
  say('absolutely loving the new tariff, saving £10 a month 😍', '+P'),
  say('Can I talk to a manager? This is the fourth time I am explaining this', '-QHC'),
  say('Mobile data not working since this morning, whole area is down', '-UC'),
  say('Great, another "technical issue" and the app is down again. Thanks a lot 🙃', '-UC'),
  say('not urgent at all, how do I change my billing date?', '0Q'),
  say('Your colleague Mark at the airport desk was incredibly helpful, thank you!', '+P'),
  say('My account got hacked overnight and they changed the recovery email', '-UC'),
  say('We were told our luggage is lost and nobody can tell us anything 😢', '-C'),
  say('I smell gas after your engineer fitted the boiler, what do I do?', '-UQC'),
  say('Any chance you price match? Found the same TV £50 cheaper elsewhere', '0QB'),
  say("I want to buy two of the wireless chargers, are they back on sale?", '0QB'),
  say('Seriously impressed, the courier came within an hour of ordering', '+P'),
  say('If I do not get my money back by Friday I am going to the ombudsman', '-UC'),
  say('hey, is there a student discount on the premium plan?', '0QB'),
  say('Food poisoning after eating the meal on board, my daughter is in hospital', '-UC'),
  say('Good job on the new website, finally easy to find the timetable', '+P'),
  say('The item arrived broken, second time this happens', '-C'),
  say("Can't log in to my account, it says suspended and I have bills to pay", '-UC'),
  say('order #88124 arrived today, 3 days early, well done team', '+PL'),
  say('Tracking number 1Z 999 AA1 01 2345 6784 has not moved since Monday', '-CL'),
  say('Flight EZY 8034 on 02.07 at 06:45, can I still check in online?', '0QL'),
  say('Paid 1,249.99 for the laptop and it only came with a EU plug', '-CL'),
  say('Please refund to my card ending 4417, order 20931874 was never delivered', '-CL'),
  say('please update my number, it is now (212) 555-0147', '0', [['phone', '(212) 555-0147']]),
  say('email me the invoice at j.smith@outlook.com', '0', [['email', 'j.smith@outlook.com']]),
  say('SSN is 536-22-1234 if you need it for the credit check', '0', [['ssn', '536-22-1234']]),
  say('account number 40012345, the direct debit failed twice', '-C', [['account', '40012345']]),
  say('Card 5222 3344 5566 7786 stolen, block it asap', '-UC', [['card', '5222 3344 5566 7786']]),
  say('send it to 12 Oak Street, Leeds, not the old flat', '0', [['address', '12 Oak Street, Leeds']]),
  say('IBAN DE70 5001 0517 1234 5678 90 for the refund, thank you', '0', [['iban', 'DE70 5001 0517 1234 5678 90']]),
  say('my pin: 4482 please reset it, I locked myself out', '0U', [['password', '4482']]),
  say('I forgot my password again, how do I reset it?', '0Q'),
  say('Gate B12 for flight LH 2231 boarding at 14:20, still no announcement about the delay', '-CL'),
  say('Amazing, the router works again after 10 days. Truly world class service 🙄', '-C'),
  say('nice, a 20% voucher for my trouble, that actually made my day', '+P'),
  say('I have been a customer for 12 years and I will not renew if this continues', '-UC'),
  say('Can someone explain why my bill went up by £7 without notice?', '-QC'),
  say('Our street has no internet for two days, kids cannot do homework', '-UC'),
  say('Thx, all sorted now 👍', '+P'),
];

/**
 * Written third (issue 7), before the analyser saw them, to give the next tuning round new
 * examples of the kinds the fresh part showed weak: passwords said many ways, account numbers,
 * national ids, addresses and phones next to numbers that are not private, and urgent messages
 * phrased without the obvious words.
 */
export const englishThirdRound: DraftMessage[] = [
  say('@NetFlow my password is bluebird42 and it still says invalid, what am I doing wrong?', '-QC', [['password', 'bluebird42']]),
  say('pw: Kx9!mmp2 , can you check why the app rejects it', '-QC', [['password', 'Kx9!mmp2']]),
  say('the pass I set was Rover2019 but the site keeps saying wrong password', '-C', [['password', 'Rover2019']]),
  say('I forgot my password, where do I find the reset link?', '0Q'),
  say('Do I need a new password after the website update next week?', '0Q'),
  say('new password is now summer_garden_7 but the TV app still asks for the old one', '-C', [['password', 'summer_garden_7']]),
  say('Logged in with passcode 482910 and it said locked, I need my money for rent today', '-UC', [['password', '482910']]),
  say('my password is sunflower, no numbers, do I have to change it?', '0Q', [['password', 'sunflower']]),
  say('acct 73920184 – direct debit taken on the wrong date again', '-C', [['account', '73920184']]),
  say('Customer ID 5518-2290-14, I was promised a callback yesterday and nothing', '-C', [['account', '5518-2290-14']]),
  say('my membership number is 004417829 and the points from flight BA 117 are missing', '-C', [['account', '004417829']]),
  say('Your agent asked for my SSN 412 73 5580 over the phone, is that normal?', '0Q', [['ssn', '412 73 5580']]),
  say('SSN 287-65-4321, date of birth 04/11/1986, now can you unlock the loan application?', '0Q', [['ssn', '287-65-4321']]),
  say('please deliver to 17 Willow Close, not the Maple Rd one, order 7731029', '0', [['address', '17 Willow Close']]),
  say('moved to Flat 2, 9 Harcourt Terrace last month, can you change the billing address?', '0Q', [['address', 'Flat 2, 9 Harcourt Terrace']]),
  say('Engineer never showed at 310 Riverside Drive, I took the day off for this', '-C', [['address', '310 Riverside Drive']]),
  say('ship to 1450 Oak Ridge Pkwy, Apt 12, Austin TX 78701 pls', '0', [['address', '1450 Oak Ridge Pkwy, Apt 12, Austin TX 78701']]),
  say('text me on 07912 345678 when the courier is 10 min away', '0', [['phone', '07912 345678']]),
  say('call me at +1 646 555 0198 after 5pm, ticket 88213 still open', '0', [['phone', '+1 646 555 0198']]),
  say('my number changed to 415-867-5309, flight AA 2210 on 12/03 is booked under the old one', '0', [['phone', '415-867-5309']]),
  say('cant get home, last train cancelled and no replacement bus, its midnight and I am alone at Crewe', '-UC'),
  say('Your outage map says fine but my whole building has had no connection since 8am', '-UC'),
  say('£640 just vanished from my current account, I did not make these payments', '-UC'),
  say('someone has got into my email and is sending messages from it, please help', '-UC'),
  say('Kettle sparked and tripped the whole house, kids were right next to it', '-UC'),
  say('Fix this today or I am cancelling everything and posting the whole thread on Twitter', '-UC'),
  say('The lift in your store is stuck with my mum inside and staff are doing nothing', '-UC'),
  say('no rush, refund for order 55120 still pending, any news?', '-QCL'),
  say('I will never fly with you again, the seats were filthy', '-C'),
  say('parcel is two days late, not the end of the world but please update the tracking', '-C'),
];

/**
 * Written fourth (issue 7), blind, by a writer new to the set: passwords, PINs, one-time codes and
 * security answers leaked the ways customers leak them (user and pass on one line, the secret
 * before its keyword, old and new together, spaced digits, quoted, in Cyrillic), national ids with
 * valid check digits, phones in local layouts, and look-alike numbers that are not private.
 */
export const englishFourthRound: DraftMessage[] = [
  say('login: anna.k / Kotik2020 — still says invalid, can you check?', '-QC', [['password', 'Kotik2020']]),
  say('user marcus_b pass sunflower88 and the app just spins forever', '-C', [['password', 'sunflower88']]),
  say('Qwerty!2024 is my password and it worked yesterday, now im locked out 😩', '-UC', [['password', 'Qwerty!2024']]),
  say('my PIN is 4471 btw if that helps you verify me', '0', [['password', '4471']]),
  say('changed it from bluefish7 to BlueFish#77 and now neither works??', '-QC', [['password', 'bluefish7'], ['password', 'BlueFish#77']]),
  say('creds for the router page: admin / hunter2hunter2 and wifi key is 8812 4490 3317, still no internet', '-UC', [['password', 'hunter2hunter2'], ['password', '8812 4490 3317']]),
  say('the memorable word on my account is pineapple, security answer is Rexie', '0', [['password', 'pineapple'], ['password', 'Rexie']]),
  say('sent you the code 552 918 in DM already, why is it asking again', '-QC', [['password', '552 918']]),
  say('tried logging in with pw (all lowercase) margaritaville, no luck', '-C', [['password', 'margaritaville']]),
  say('PUK 48213379 — phone says SIM locked, please help asap', '-UC', [['password', '48213379']]),
  say('my banking passcode — 190388 — is it safe to say that here lol', '0Q', [['password', '190388']]),
  say('passw Lighthouse_9 for user tom.r, access code for the app was 77 12 04', '0', [['password', 'Lighthouse_9'], ['password', '77 12 04']]),
  say("i didn't get the verification code, tried 3 times now", '-C'),
  say('how do I reset my password? the link in the email has expired', '-QC'),
  say('WhatsApp me at +44 7723 418905 pls, cant talk on here', '0', [['phone', '+44 7723 418905']]),
  say('call me on (415) 238-9911 ext. 204 between 9 and 5', '0', [['phone', '(415) 238-9911']]),
  say('my number is 07842 six one nine three five zero, call asap', '-U', [['phone', '07842 six one nine three five zero']]),
  say('they asked for my social so here: 512 44 8831, please just fix the billing', '-C', [['ssn', '512 44 8831']]),
  say('NI number JH 52 81 64 D if you need it for the refund', '0', [['ssn', 'JH 52 81 64 D']]),
  say("SIN is 130 692 544 (Canada), I'm moving my account over", '0', [['ssn', '130 692 544']]),
  say('order #4471-2209-8812 still not shipped, placed on 03/14/2024 for $129.99', '-LC'),
  say('flight BA 2490 on 12 May, booking ref QX7P2L, seat 14C, charged £84.50 twice', '-LC'),
  say('tracking 1Z 4F8 72E 03 1184 3206 says delivered but nothing here', '-LC'),
  say('transaction id 4539 1188 0042 7718 on the receipt, was I billed twice?', '-ULQC'),
];
