// Fifth round (issue 7), written blind before the analyser saw it: English messages aimed at PII recall
// (street addresses in many layouts, passwords and codes said in new ways) beside look-alike numbers.

import { writerFor, type DraftMessage } from '../eval-message.ts';

const say = writerFor('en');

export const englishFifthRound: DraftMessage[] = [
  say('@QuickShip your driver left my parcel next door again, it goes to Flat 2, 114 Harrow Road, London W2 5ES', '-C', [['address', 'Flat 2, 114 Harrow Road, London W2 5ES']]),
  say("I live at 9 Orchard Close Bristol BS9 3HL and there's been no water since early morning, any update?", '-UQC', [['address', '9 Orchard Close Bristol BS9 3HL']]),
  say('moving! can you switch my broadband from 22 Kings Road, Reading RG1 3AR to Apt 14, 5 Canal Street, Manchester M1 3HE?', '0Q', [['address', '22 Kings Road, Reading RG1 3AR'], ['address', 'Apt 14, 5 Canal Street, Manchester M1 3HE']]),
  say('new address is 41 elm grove sheffield s10 1qa can u update it on my account pls', '0Q', [['address', '41 elm grove sheffield s10 1qa']]),
  say("17 Beech Avenue Cardiff CF14 2PQ has been without power since lunchtime and my freezer's full 😫", '-UC', [['address', '17 Beech Avenue Cardiff CF14 2PQ']]),
  say("deliver to 2200 N Clark St Apt 4B, Chicago, IL 60614 instead, I'm staying at my sister's till Friday", '0', [['address', '2200 N Clark St Apt 4B, Chicago, IL 60614']]),
  say('I set it to Marmalade!23 yesterday and it already says wrong password, locked out again', '-UC', [['password', 'Marmalade!23']]),
  say('typed "tigerlily_04" three times, definitely right, still says incorrect 🙄', '-C', [['password', 'tigerlily_04']]),
  say("Wifi password (the one on the sticker): KX7-PL92-QQ4 doesn't work and the internet's been down all morning", '-UC', [['password', 'KX7-PL92-QQ4']]),
  say('the one-time code was 604117. it expired before I could even type it, can you send another?', '-QC', [['password', '604117']]),
  say("Starfish2019! is my online banking password and it stopped working, I think someone's changed it", '-UC', [['password', 'Starfish2019!']]),
  say('customer number 4410 2287 96 — you charged me the roaming bundle twice this month', '-UC', [['account', '4410 2287 96']]),
  say('my policy no. is HX-5520871, need the windscreen claim form please', '0', [['account', 'HX-5520871']]),
  say("the refund still hasn't landed, it should go to account 31926819 like last time", '-C', [['account', '31926819']]),
  say('email me at priya.shah.84@outlook.com or ring 0113 243 8817 after six, the chat keeps dropping', '-C', [['email', 'priya.shah.84@outlook.com'], ['phone', '0113 243 8817']]),
  say('my number changed to (312) 874-2291, please use that one for delivery texts', '0', [['phone', '(312) 874-2291']]),
  say('they want my SSN for the credit check: 412-68-3057 — is that normal over DM?', '0Q', [['ssn', '412-68-3057']]),
  say('card 5221 6400 3379 8153 was charged twice for the same train ticket, please reverse one', '-UC', [['card', '5221 6400 3379 8153']]),
  say('refund to my new account pls: GB37 LOYD 3096 3431 9268 19 (the old one is closed)', '0', [['iban', 'GB37 LOYD 3096 3431 9268 19']]),
  say('sat at gate B12 in terminal 2 for BA 1427, boarding was meant to be 14:35 and nobody has said anything', '-CL'),
  say('order number 7730218845 says dispatched on 2 March and tracking has not moved since', '-CL'),
  say('is the RTX 4070 back in stock at £549? the page still says sold out', '0QBL'),
  say('tried paying with 4539 0127 4418 2635 and it says invalid card number, did I mistype?', '0QL'),
  say('since update 5.3.1 the app logs me out every few minutes on my iPhone 15', '-CL'),
  say('is your shop at 214 Oxford Street open till 9 on Thursdays? want to pick up the size 10 boots', '0QBL'),
];
