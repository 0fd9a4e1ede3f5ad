// What makes a message urgent, by reason, in the product's languages (data only).

import type { LexiconWords } from './lexicon-words.ts';

export type UrgencyReason = 'urgent' | 'stranded' | 'cancellation' | 'travel' | 'double-charge' | 'fraud'
  | 'account-locked' | 'account-hacked' | 'outage' | 'safety' | 'churn-threat' | 'public-threat'
  | 'waiting' | 'money' | 'service';

export interface UrgencyGroup {
  reason: UrgencyReason;
  /** 0..1: how urgent a message is on this cue alone; cues combine as a noisy-OR. */
  weight: number;
  words: LexiconWords;
}

/**
 * Stems match folded text, so a short stem can run into another word once diacritics are gone:
 * Turkish "acil*" would match "açılıyor" (opens), Latvian "draud*" "draudzīgs" (friendly).
 * Such words are listed as whole forms instead.
 *
 * Stems (*) cover inflection: "застрял*" (застрял, застряла, застряли), "hitn*" (hitno, hitna),
 * "iestrēg*", "kilitlen*". Phrases that contain a negation ("не работает", "can't log in",
 * "nestrādā") are listed whole: the longest match wins, so their "не" does not negate anything.
 * Serbian stems that would run into Russian words once written in Cyrillic are avoided
 * ("kvar*" → "квар*" would match "квартира"; "zaglavi*" → "заглавие").
 */
export const urgencyLexicon: UrgencyGroup[] = [
  {
    reason: 'urgent', weight: 0.7, words: {
      en: 'urgent*, asap, a.s.a.p, emergency, immediately, right away, right now=0.4, as soon as possible, need help now',
      ru: 'срочн*, немедленно, как можно скорее, безотлагательно, экстренн*, помогите=0.35',
      uk: 'терміново, негайно',
      tr: 'acil, acilen, hemen=0.3, derhal, ivedi*, bir an önce, yardım edin=0.35',
      sr: 'hitn*, odmah=0.3, što pre, što hitnije, pomozite=0.35',
      lv: 'steidzam*, nekavējoties, tūlīt=0.3, pēc iespējas ātrāk, ārkārtas, palīdziet=0.35',
      de: 'dringend*, sofort=0.3, notfall', fr: 'urgence, immédiatement', es: 'urgencia, inmediatamente',
      it: 'subito=0.3', nl: 'spoed*, snel helpen=0.5, zo snel mogelijk', pl: 'pilne, pilnie, natychmiast', pt: 'urgência',
      any: 'urgente*',
    },
  },
  {
    reason: 'stranded', weight: 0.8, words: {
      en: 'stranded, stuck at*, stuck in*, missed my connection=0.6, missed connection=0.6, missed our connection=0.6, missed the connection=0.6, missed my flight=0.5, missed our flight=0.5, no hotel=0.4, left behind=0.5, can\'t get home, cant get home, cannot get home, no way home, no way to get home, sleeping at the airport, sleeping on the floor',
      ru: 'застрял*, застряли, не могу улететь, опоздал на пересадку=0.6, опоздала на пересадку=0.6, опоздали на пересадку=0.6, пропустил пересадку=0.6, пропустила пересадку=0.6, пропустили пересадку=0.6, опоздали на рейс=0.5',
      tr: 'mahsur*, aktarmayı kaçırd*=0.6, aktarma uçuşunu kaçırd*=0.6, bağlantı uçuşunu kaçırd*=0.6, uçağı kaçırd*=0.5, havalimanında kaldım, havalimanında kaldık, havaalanında kaldım, havaalanında kaldık, havalimanında mahsur, otel yok=0.4',
      sr: 'zaglavljen*, zaglavio, zaglavila, zaglavili, propustio sam let=0.6, propustila sam let=0.6, propustili smo let=0.6, propustio sam konekciju=0.6, propustila sam konekciju=0.6, propustili smo konekciju=0.6, ostao sam na aerodromu, ostali smo na aerodromu',
      lv: 'iestrēg*, iestrēdz*, iesprūd*, palika lidostā, paliku lidostā, palikām lidostā, nokavēju reisu=0.6, nokavējām reisu=0.6, nokavēju pārsēšanos=0.6, nokavējām pārsēšanos=0.6',
      uk: 'застряг*',
      de: 'gestrandet, sitzen fest, sitze fest, festsitzen, stecken fest, stecke fest, kommen nicht nach hause, komme nicht nach hause',
      fr: 'coincé, coincée, coincés, coincées',
      es: 'atrapado*, atrapada*, varado*, varada*, no podemos volver, no puedo volver',
      pt: 'estou preso, estou presa, estamos presos, fiquei preso, fiquei presa, ficamos presos',
      it: 'bloccato in aeroporto, bloccata in aeroporto, bloccati in aeroporto',
      pl: 'utknęliśmy, utknąłem, utknęłam',
      nl: 'zitten vast, zit vast, gestrand',
    },
  },
  {
    reason: 'cancellation', weight: 0.45, words: {
      en: 'cancel*=0.4, flight cancel*=0.7, cancelled flight=0.7, canceled flight=0.7, delayed=0.3, delay*=0.3',
      ru: 'отмен*, рейс отмен*=0.7, отменили рейс=0.7, задерж*=0.3',
      tr: 'iptal*, uçuşum iptal*=0.7, uçuş iptal*=0.7, rötar*=0.3, gecikm*=0.3',
      sr: 'otkazan*, otkazali, otkazan let=0.7, let je otkazan=0.7, kasni=0.3, kasne=0.3, kašnjenj*=0.3',
      lv: 'atcelt*, atcēl*, reiss atcelts=0.7, reiss ir atcelts=0.7, kavēj*=0.3, kavēšan*=0.3',
      de: 'gestrichen, annulliert, storniert, verspätung*=0.3, flug gestrichen=0.7, flug annulliert=0.7, flug storniert=0.7', fr: 'annulé*, retard*=0.3, vol annulé=0.7',
      es: 'cancelaron, cancelado*, retraso*=0.3, vuelo cancelado=0.7, cancelaron el vuelo=0.7, cancelaron mi vuelo=0.7', it: 'cancellat*, ritardo=0.3, volo cancellato=0.7', pt: 'cancelad*, atraso*=0.3, voo cancelado=0.7, voo foi cancelado=0.7',
      nl: 'geannuleerd, vertraging*=0.3, vlucht geannuleerd=0.7, vlucht is geannuleerd=0.7', pl: 'odwołan*, opóźnien*=0.3, lot odwołany=0.7, odwołali lot=0.7',
      uk: 'скасува*, скасован*, рейс скасува*=0.7, скасували рейс=0.7',
    },
  },
  {
    reason: 'travel', weight: 0.2, words: {
      en: 'flight, airport, gate, boarding', ru: 'рейс*, аэропорт*, вылет*, посадк*', tr: 'uçuş*, havaliman*, havaalan*',
      sr: 'aerodrom*, letu', lv: 'reiss, reisu, reisa, lidost*',
    },
  },
  {
    reason: 'double-charge', weight: 0.7, words: {
      en: 'charged twice, charged me twice, double charged, double charge*, billed twice, charged two times, duplicate charge*, charged 2x, twice=0.35, money left my account=0.5, payment twice, paid twice, taken twice, charged double, double payment*',
      ru: 'списали дважды, дважды списали, двойное списание, списали два раза, дважды=0.4, два раза=0.3, начислили дважды, дважды начислили, списали повторно, повторно списали, оплата прошла дважды, списание дважды',
      tr: 'iki kez=0.45, iki kere=0.45, iki defa=0.45, mükerrer*, çift çekim, iki kez çekil*, iki kez yansıtıl*, iki defa yansıtıl*, iki kere yansıtıl*, iki kez ücret*, iki kere ücret*, iki defa ücret*, iki kez tahsil*, iki kere tahsil*, iki defa tahsil*, çift tahsil*, iki kez kesil*, iki kere kesil*, iki defa kesil*, iki kez ödeme*, iki kere ödeme*',
      sr: 'dva puta=0.4, dvaput=0.4, duplo naplać*, naplatili dva puta, naplaćeno dva puta, skinuli dva puta, dva puta zaduž*, dva puta naplać*, dva puta skinut*, dupla naplata',
      lv: 'divreiz=0.45, divas reizes=0.45, noņemta divreiz, dubultmaksājum*, dubultā maksājum*',
      de: 'zweimal belastet, doppelt abgebucht, doppelt belastet, zweimal abgebucht, doppelt berechnet', fr: 'débité deux fois, prélevé deux fois, deux fois=0.4', es: 'cobraron dos veces, cobrado dos veces, cobrasteis dos veces, cobrado el doble, dos veces=0.4',
      it: 'addebitato due volte, due volte=0.4', pt: 'cobrado duas vezes, cobraram duas vezes, duas vezes=0.4', nl: 'twee keer afgeschreven, dubbel afgeschreven, twee keer=0.4', pl: 'dwa razy, dwukrotnie',
    },
  },
  {
    reason: 'fraud', weight: 0.7, words: {
      uk: 'шахра*, вкрал*=0.6, вкраден*=0.6',
      nl: 'fraude, oplichting, gestolen=0.6',
      pt: 'fraude, golpe=0.6, roubad*=0.6, alguém usou=0.6',
      it: 'truffa*, frode, rubat*=0.6, qualcuno ha usato=0.6, spariti=0.5, sparito=0.5',
      es: 'fraude, estafa*, robado=0.6, robada=0.6, robaron=0.6, alguien ha usado=0.6, alguien usó=0.6',
      fr: 'fraude*, arnaque*, volé=0.6, volée=0.6, quelqu\'un a utilisé=0.6',
      de: 'betrug*, gestohlen=0.6, geklaut=0.6',
      en: 'fraud*, scam*, stolen card, card stolen, card was stolen, unauthori*=0.6, phishing, someone used my card, used my card=0.6, not my transaction*, didn\'t make this, did not make this, never made this, in your name=0.6, pretending to be you=0.6, impersonat*=0.6, fake sms=0.6, fake text*=0.5, fake message*=0.5, stolen=0.6, someone paid with my card, vanished=0.6, disappeared from my account, missing from my account, taken from my account=0.6, did not make these, didn\'t make these, didnt make these, did not make this payment, didn\'t make this payment, did not authori*, didn\'t authori*, not authorised by me, i never made',
      ru: 'мошенни*, украл*=0.6, украден*=0.6, несанкционирован*, от вашего имени=0.6, кто-то оплатил=0.6, кто-то расплатился=0.6, я ничего не покупал, я ничего не покупала, не совершал*, не оплачивал*', tr: 'dolandır*, çalındı=0.6, çalıntı=0.6, biri kartımı=0.6, kartımla biri=0.6, benim yapmadığım, yapmadığım işlem*',
      sr: 'prevar*=0.6, ukraden*=0.6, ukrali=0.6, zloupotreb*=0.6, u vaše ime=0.6, neko je platio=0.6, neko je koristio=0.6, neko mi je skinuo, neko je skinuo, nisam ja platio, nisam ja platila, nisam to platio, nisam to platila, nisam izvršio, nisam izvršila', lv: 'krāpniek*, krāpšan*, nozag*=0.6, jūsu vārdā=0.6, kāds samaksāja=0.6, kāds izmantoja=0.6, neesmu tērējis, neesmu tērējusi, neesmu veicis, neesmu veikusi',
      pl: 'ktoś zapłacił=0.6, ktoś użył=0.6, skradzion*=0.6, ukradzion*=0.6, oszust*',
    },
  },
  {
    reason: 'account-locked', weight: 0.6, words: {
      en: 'locked out, locked myself out, locked me out, account locked, account blocked, account suspended, account disabled, card blocked, card declined=0.4, can\'t log in=0.5, cannot log in=0.5, can\'t login=0.5, cant login=0.5, unable to log in=0.5, can\'t access my account=0.5, blocked=0.4, locked=0.4, suspended=0.4, swallowed=0.6, ate my card=0.6, kept my card=0.6, retained my card=0.6, block my card=0.6, block the card=0.6, freeze my card=0.6, can\'t get into my account=0.5, cannot get into my account=0.5, won\'t let me log in=0.5, won\'t let me in=0.5',
      ru: 'заблокир*, не могу войти=0.5, нет доступа=0.5, не пускает=0.5, съел карту=0.6, зажевал карту=0.6, не могу зайти=0.5, не получается войти=0.5, не получается зайти=0.5',
      tr: 'kilitlen*, bloke=0.5, engellen*=0.5, askıya alın*=0.5, giriş yapam*=0.5, erişemiyorum=0.5, kartımı yuttu=0.6, kartı yuttu=0.6, yuttu=0.5',
      sr: 'blokiran*=0.5, blokirali=0.5, zaključan*, ne mogu da se prijav*=0.5, ne mogu da pristup*=0.5, ne mogu pristupiti=0.5',
      lv: 'bloķē*=0.5, nevaru ielog*=0.5, nevaru pieslēg*=0.5, nevaru piekļūt=0.5',
      uk: 'заблокован*=0.5, не пускає=0.5, не можу увійти=0.5, не можу зайти=0.5', de: 'gesperrt=0.5, nicht einloggen=0.5, komme nicht rein=0.5, komme ich nicht rein=0.5, kann mich nicht anmelden=0.5, kann mich nicht einloggen=0.5, kein zugriff=0.5', fr: 'bloqué*=0.4, impossible de me connecter=0.5, je ne peux pas me connecter=0.5, je n\'arrive pas à me connecter=0.5', es: 'bloquead*=0.4, no puedo entrar=0.5, no puedo acceder=0.5, no me deja entrar=0.5', it: 'bloccat*=0.4, hanno bloccato l\'account=0.6, hanno bloccato l’account=0.6, account bloccato=0.6, non riesco ad accedere=0.5, non riesco a entrare=0.5',
      pt: 'bloquead*=0.4, não consigo entrar=0.5, não consigo acessar=0.5, não consigo aceder=0.5', nl: 'niet inloggen=0.5, geblokkeerd=0.5, kan niet inloggen=0.5, kom er niet in=0.5', pl: 'zablokowan*=0.5, nie mogę się zalogować=0.5',
    },
  },
  {
    reason: 'account-hacked', weight: 0.8, words: {
      pt: 'hackead*, invadid*=0.7',
      it: 'hackerat*',
      fr: 'piraté*',
      nl: 'gehackt',
      en: 'hacked, hacker*, compromised=0.7, someone logged into=0.7, someone changed my password, got into my, someone got into, someone has got into, broke into my account, someone is using my account, taken over my account, took over my account',
      ru: 'взлом*, взломал*, взломан*', tr: 'hack*, hacklen*, ele geçiril*=0.7', sr: 'hakov*, hakovan*, provaljen*=0.7, upao u nalog=0.7, upali u nalog=0.7, upao mi u nalog=0.7, upali su mi u nalog=0.7',
      lv: 'uzlauz*, hakeri*=0.7, ielauz*=0.7', uk: 'зламал*, зламан*', de: 'gehackt', es: 'hackead*', pl: 'włamani*, zhakowan*',
    },
  },
  {
    reason: 'outage', weight: 0.5, words: {
      en: 'outage, is down, been down, went down, not working=0.4, doesn\'t work=0.4, does not work=0.4, stopped working=0.4, no internet, no signal, no hot water=0.6, no service, no power=0.6, no electricity=0.6, no water=0.6, blackout=0.6, offline=0.3, crash*=0.3, power cut=0.6, power outage=0.6, power is out=0.6, power\'s out=0.6, no broadband, no wifi, no wi-fi, no phone line, no dial tone, broadband down, internet down, no heating=0.5, no connection=0.5, no network=0.5, no gas=0.6, gas is off=0.6, gas off=0.6',
      ru: 'не работает=0.4, не работают=0.4, перестал работать=0.4, перестала работать=0.4, перестали работать=0.4, перестало работать=0.4, нет интернета, нет связи, нет света=0.6, нет электричества=0.6, нет воды=0.6, нет горячей воды=0.6, без горячей воды=0.6, отключ*=0.4, авари*, сбой=0.4, сбои=0.4, вылета*=0.3, нет газа=0.6, без газа=0.6, без света=0.6, без воды=0.6, света нет=0.6, воды нет=0.6, газа нет=0.6, интернета нет',
      tr: 'çalışmıyor*=0.4, kapanıyor=0.3, donuyor=0.3, açılmıyor=0.4, kesinti*, internet yok, çekmiyor=0.4, elektrik yok=0.6, elektrikler kesik*=0.6, sular yok=0.6, su yok=0.6, sıcak su yok=0.6, sinyal yok, arıza*=0.4, çöktü=0.4, internetim yok, internetimiz yok, internet gitti, internetim gitti, internet kesik, internetim kesik, gaz yok=0.6, doğalgaz yok=0.6',
      sr: 'ne radi=0.4, ne rade=0.4, prestao da radi=0.4, prestala da radi=0.4, nema interneta, nema signala, nema struje=0.6, nema vode=0.6, nema tople vode=0.6, bez tople vode=0.6, nestanak*, kvar=0.4, kvara=0.4, kvarovi=0.4, puca=0.3, nestalo je struje=0.6, nestalo struje=0.6, nestala struja=0.6, nestalo je vode=0.6, nestalo vode=0.6, nestao internet, nestalo interneta, nema gasa=0.6, bez vode=0.6, bez struje=0.6, нема струје=0.6, нема воде=0.6, без воде=0.6, без струје=0.6, нема интернета, нестало је струје=0.6, не ради=0.4',
      lv: 'nestrādā=0.4, nestrādāja=0.4, pārstāja strādāt=0.4, nav interneta, nav signāla, nav elektrības=0.6, nav ūdens=0.6, nav karstā ūdens=0.6, nav siltā ūdens=0.6, traucējum*, bojājum*=0.4, avarē*=0.3, nav gāzes=0.6',
      de: 'geht nicht=0.4, funktioniert nicht=0.4, störung*, kein internet, kein strom=0.6, stromausfall=0.6, kein wasser=0.6, kein netz, ausfall=0.5, kein gas=0.6', fr: 'ne marche plus=0.4, ne fonctionne plus=0.4, panne*, pas d\'internet, plus d\'internet, coupure*=0.5, pas de courant=0.6, pas d\'électricité=0.6, pas de gaz=0.6',
      es: 'no funciona=0.4, no tengo internet, caída=0.4, sin luz=0.6, sin agua=0.6, apagón=0.6, corte de luz=0.6, sin gas=0.6', it: 'non funziona=0.4, guasto=0.4, senza corrente=0.6, senza luce=0.6, senza acqua=0.6, senza gas=0.6, niente acqua=0.6, niente luce=0.6, niente gas=0.6, non c\'è gas=0.6, non c\'è acqua=0.6, non c\'è luce=0.6', pt: 'não funciona=0.4, sem internet, sem luz=0.6, sem água=0.6, sem energia=0.6, apagão=0.6, sem rede, sem gás=0.6',
      nl: 'werkt niet=0.4, storing*, geen internet, geen stroom=0.6, stroomstoring=0.6, geen gas=0.6, geen water=0.6', pl: 'nie działa=0.4, awaria*, brak internetu, brak prądu=0.6, brak wody=0.6, brak gazu=0.6', uk: 'не працює=0.4, не працюють=0.4, немає інтернету, немає світла=0.6, світла немає=0.6, немає газу=0.6, газу немає=0.6, немає води=0.6, води немає=0.6, без світла=0.6',
    },
  },
  {
    reason: 'safety', weight: 0.8, words: {
      en: 'unsafe, danger*, fire=0.6, smoke=0.6, gas leak=0.9, smell of gas=0.9, smell gas=0.9, smelling gas=0.9, gas smell=0.9, smells like gas=0.9, injur*, hurt=0.5, bleeding, hospital=0.6, ambulance, police=0.6, threaten*=0.6, harass*=0.6, assault*, allergic reaction, food poisoning=0.7, electric shock, exploded, overheat*=0.6, burning=0.6, smell of burning=0.8, burning smell=0.8, smells like burning=0.8, burnt smell=0.8, melted=0.6, melting=0.6, sparks=0.7, sparking=0.7, sparked=0.7, caught fire, on fire=0.7, trapped, lift is stuck, elevator is stuck, stuck in the lift, stuck in a lift, stuck in the elevator, stuck in an elevator, lift stuck, elevator stuck',
      ru: 'опасн*, пожар*, дым=0.6, утечка газа=0.9, утечки газа=0.9, утечку газа=0.9, запах газа=0.9, пахнет газом=0.9, травм*=0.7, ранен*, больниц*=0.6, скорую, скорая помощь, полици*=0.6, угрож*=0.6, домогат*=0.6, отравлен*=0.7, аллерги*=0.6, взорвал*, загорел*, гарь=0.8, гарью=0.8, горит=0.7, горело=0.7, плавится=0.6, расплавил*=0.6, оплавил*=0.6, искрит*=0.7, перегрев*=0.6, греется=0.4, дымит*=0.7, застрял в лифте, застряли в лифте, застряла в лифте',
      tr: 'tehlike*, yangın*, duman=0.6, gaz kaçağı=0.9, gaz kokusu=0.9, gaz kokuyor=0.9, yaralan*, hastane*=0.6, ambulans*, polis*=0.6, tehdit*=0.6, taciz*=0.6, zehirlen*=0.7, alerji*=0.6, patla*=0.7, alev*=0.7, yanık koku*=0.8, duman çıkıyor=0.8, eridi=0.6, kıvılcım*=0.7, aşırı ısın*=0.6, ısınıyor=0.4, gaz kokusu geliyor=0.9',
      sr: 'opasn*, požar*, curenje gasa=0.9, curi gas=0.9, miris gasa=0.9, miriše na gas=0.9, povređ*, povred*, bolnic*=0.6, hitna pomoć, policij*=0.6, preti=0.6, pretnj*=0.6, uznemir*=0.5, trovanj*=0.7, otrov*=0.7, alergij*=0.6, eksplodir*, zapalio, zapalila, dimi=0.6, dimio=0.6, dimila=0.6, zadimi*=0.6, istopio=0.6, istopila=0.6, istopilo=0.6, rastopio=0.6, rastopila=0.6, miris paljevine=0.8, miriše na paljevinu=0.8, pregreva=0.5, pregrej*=0.6, varnič*=0.7, gori=0.7',
      lv: 'bīstam*, ugunsgrēk*, dūm*=0.6, gāzes noplūd*=0.9, gāzes smaka=0.9, smird pēc gāzes=0.9, ievainot*, savainot*, ievainoj*, savainoj*, slimnīc*=0.6, ātrā palīdzība, ātro palīdzību, policij*=0.6, draudi=0.6, draudēj*=0.6, draudot=0.6, saindēšan*=0.7, alerģ*=0.6, eksplodē*, aizdeg*=0.7, deguma=0.8, kūp=0.6, kūpēj*=0.6, sakarst=0.5, pārkarst*=0.6, izkusa=0.6, izkusis=0.6, dzirkstel*=0.7, lifts iestrēdzis, iestrēdzis liftā, iestrēgām liftā',
      de: 'brandgeruch=0.8, verbrannt=0.6, raucht=0.6, geschmolzen=0.6, funken=0.7',
      fr: 'odeur de brûlé=0.8, fumée=0.6',
      es: 'huele a quemado=0.8, olor a quemado=0.8, humo=0.6',
      it: 'odore di bruciato=0.8',
      pt: 'cheiro a queimado=0.8, cheiro de queimado=0.8, fumaça=0.6',
      nl: 'brandlucht=0.8',
      pl: 'zapach spalenizny=0.8',
    },
  },
  {
    reason: 'churn-threat', weight: 0.55, words: {
      uk: 'перейду до*, розірву*',
      pl: 'rezygnuję, odchodzę',
      nl: 'ik stap over',
      pt: 'mudar de operadora',
      it: 'disdico, passo a un altro',
      es: 'me doy de baja, me cambio de compañía, me voy a otra',
      fr: 'je résilie, je pars chez',
      de: 'kündige*, wechsle*=0.45',
      en: 'switching to, switch to another, moving to another, cancel my subscription, cancel my account, close my account, cancel my contract, cancelling my contract, canceling my contract, terminate my contract, not renew, won\'t renew, leaving you=0.55, taking my business elsewhere=0.6, never again=0.3, last chance=0.4, done with you=0.5, another provider=0.5, cancelling everything, canceling everything, cancel everything, i\'m leaving=0.5, i am leaving=0.5',
      ru: 'уйду к*, перейду к*, ухожу к*, перехожу к*, не приду=0.45, больше не приду=0.45, конкурент*=0.45, расторгн*, расторга*, больше никогда=0.3, последний раз=0.3',
      tr: 'başka operatör*, aboneliğimi iptal*, aboneliği iptal*, başka firma*, geçeceğim=0.35, bir daha asla=0.3, son kez=0.3, son uyarı*=0.5, bu böyle giderse=0.3',
      sr: 'prelazim=0.4, prelazim kod, prelazim u, preći ću=0.4, preći ću kod, otkažem pretplatu, otkazati pretplatu, otkazujem pretplatu, konkurencij*=0.45, raskid*, raskinuti, otkazujem, nikad više=0.3, poslednji put=0.3',
      lv: 'pāriešu=0.4, pāriešu pie, konkurent*=0.45, atteikties no abonement*, atteikties no līgum*, atteikt līgum*, lauzt līgum*, lauzīšu līgum*, atteikšos, nekad vairs=0.3, pēdējo reizi=0.3, laušu līgum*',
    },
  },
  {
    reason: 'public-threat', weight: 0.6, words: {
      uk: 'юрист*, адвокат*',
      pl: 'prawnik*, adwokat*, uokik',
      nl: 'advocaat*, consumentenbond',
      pt: 'advogado*, reclame aqui, procon',
      it: 'avvocato*, denuncia*=0.5',
      es: 'abogado*, denuncia*=0.5',
      fr: 'avocat*, plainte=0.5',
      de: 'anwalt*, verbraucherzentrale, klage*=0.5',
      en: 'lawyer*, attorney, sue, suing, legal action, court=0.4, small claims, ombudsman, regulator*, consumer protection, trading standards, go to the press, the media=0.4, journalist*, go viral=0.5, tell everyone=0.4, report you=0.5, chargeback*, on twitter=0.4, on social media=0.4, on facebook=0.4, on tiktok=0.4, on reddit=0.4, post this everywhere, posting this everywhere, going public, go public, posting the whole=0.5',
      ru: 'юрист*, адвокат*, в суд, суд=0.5, прокуратур*, роспотребнадзор*, защиты прав потребител*, защита прав потребител*, защиту прав потребител*, сми=0.5, журналист*, огласк*, напишу везде=0.5, отзыв везде=0.5, пишу отзыв=0.4',
      tr: 'avukat*, dava*=0.5, mahkeme*, tüketici hakem*, tüketici hakları*, btk=0.5, şikayetvar*, basına=0.5, basında=0.5, medya*=0.4, gazeteci*',
      sr: 'advokat*, tužb*, tužiću, sud=0.5, sudu=0.5, inspekcij*=0.5, zaštitu potrošač*, zaštita potrošač*, zaštiti potrošač*, medij*=0.4, novinar*, javnost*=0.4',
      lv: 'advokāt*, jurist*, tiesā=0.5, tiesu=0.5, ptac, patērētāju tiesīb*, medij*=0.4, žurnālist*, publiski=0.4',
    },
  },
  {
    reason: 'waiting', weight: 0.25, words: {
      en: 'still waiting, still no, still not, can\'t reach=0.35, cannot reach=0.35, can\'t get through=0.35, hasn\'t arrived=0.3, never arrived=0.35, didn\'t arrive=0.3, not arrived=0.3, third time=0.3, 3rd time=0.3, for weeks, nobody answers=0.35, no one answers=0.35, nobody at the desk=0.35, no response=0.3, no reply=0.3, been on hold=0.35, ignored=0.3, been waiting=0.3, waiting since=0.3, not moved=0.3, hasn\'t moved=0.3, has not moved=0.3, never came=0.3, never delivered=0.35, how much longer=0.35, nobody helps=0.35, no one helps=0.35, nobody is helping=0.35, no one is helping=0.35',
      ru: 'до сих пор, не могу дозвониться=0.35, не дозвониться=0.35, не пришл*=0.3, не пришел=0.3, так и не=0.3, третий раз=0.3, третью неделю=0.3, уже неделю=0.3, никто не отвечает=0.35, игнориру*=0.35, сколько можно=0.35, тишина=0.25, жду уже=0.3, ждем уже=0.3, не двигается=0.3, не обновляется=0.3, так и нет=0.3, никто не помогает=0.35, дозвониться невозможно=0.35, невозможно дозвониться=0.35, уже сутки=0.3, вторые сутки=0.3, третьи сутки=0.3',
      tr: 'hâlâ=0.2, ulaşamıyorum=0.35, ulaşamadım=0.35, gelmedi=0.3, hala gelmedi=0.35, üçüncü kez=0.3, kimse cevap vermiyor=0.35, kimse açmıyor=0.35, kimse telefonu açmıyor=0.35, cevap yok=0.3, muhatap bulamıyorum=0.35, haftadır=0.3, gündür=0.25, bekliyorum=0.2, aynı yerde=0.3, daha ne kadar=0.35, kimse yardım etmiyor=0.35, kimse ilgilenmiyor=0.35',
      sr: 'i dalje, još uvek, još nije=0.25, nije stigl*=0.3, nije stigao=0.3, ne mogu da dobijem=0.35, treći put=0.3, niko se ne javlja=0.35, niko ne odgovara=0.35, ignoriš*=0.3, dokle više=0.35, čekam već=0.3, čekam od=0.3, na istom mestu=0.3, niko ne pomaže=0.35, već nedelju=0.3, već mesec=0.3, već dve nedelje=0.3, već danima=0.3',
      lv: 'joprojām, nav atnāc*=0.3, nav pienāc*=0.3, nav saņēm*=0.3, nevaru sazvanīt=0.35, nevaru sazināties=0.35, trešo reizi=0.3, neviens neatbild=0.35, neviens neceļ=0.35, ignorē*=0.3, cik ilgi vēl=0.35, gaidu jau=0.3, gaidu kopš=0.3, vienā vietā=0.3, neviens nepalīdz=0.35, jau nedēļu=0.3, jau mēnesi=0.3, jau divas nedēļas=0.3, nevaru jūs sazvanīt=0.35',
      de: 'niemand hilft=0.35, keiner hilft=0.35, wo bleibt=0.3, immer noch nicht=0.3, noch nicht angekommen=0.3, seit tagen=0.3, seit wochen=0.3',
      es: 'nadie nos ayuda=0.35, nadie me ayuda=0.35, todavía no=0.3, nunca llegó=0.35',
      nl: 'nog steeds niet=0.3, niet bezorgd=0.3, niet aangekomen=0.3',
      it: 'mai arrivato=0.35, mai arrivata=0.35, non è arrivato=0.3, non è arrivata=0.3, non è mai arrivato=0.35, non è mai arrivata=0.35',
      pl: 'nie dotarło=0.3, nie dotarła=0.3, nie dotarł=0.3, nadal nie=0.3',
      fr: 'toujours pas=0.3, jamais reçu=0.35, jamais arrivé=0.35',
      pt: 'ainda não chegou=0.3, nunca chegou=0.35',
    },
  },
  {
    reason: 'money', weight: 0.2, words: {
      fr: 'débité=0.3, prélevé=0.3', es: 'cobrado=0.3, cobraron=0.3', pt: 'cobrado=0.3, cobraram=0.3', it: 'addebitato=0.3, addebitati=0.3', nl: 'afgeschreven=0.3', pl: 'pobrano=0.3, pobrali=0.3', de: 'abgebucht=0.3',
      en: 'refund*, money back, chargeback, overcharged=0.4, extra charge*=0.35', ru: 'верните деньги=0.35, деньги верните=0.35, верните пожалуйста=0.3, возврат*', tr: 'iade*, paramı geri=0.35, iade edilmedi=0.35, fazladan=0.35',
      sr: 'povraćaj*, naplatili=0.25, naplaćen*=0.25, vratite novac=0.35, vratite mi novac=0.35, duplo veći=0.4, duplo veci=0.4', lv: 'atmaks*, atgrieziet naudu=0.35, nauda=0.2, naudu=0.2, nav atgriezt*=0.3',
    },
  },
  {
    // The service a problem is about ("the app does not work", "nema signala"): an outage word
    // about a product ("the kettle does not work") is a defect, about a service it is an outage.
    reason: 'service', weight: 0.2, words: {
      en: 'internet, wifi, wi-fi, broadband, app, website, network, mobile data, online banking',
      ru: 'интернет*, приложени*, сайт*, мобильная связь, мобильной связи, мобильный интернет, вай-фай, личный кабинет, онлайн-банк*',
      uk: 'інтернет*, застосунок, додаток', tr: 'internet*, uygulama*, şebeke*, mobil veri, wifi, modem*, online bankacılık',
      sr: 'internet*, aplikacij*, sajt*, mreža, mreže, mrežu, wifi, ruter*', lv: 'internet*, lietotn*, mājaslap*, tīkl*, wifi, internetbank*',
      de: 'internet, app, netz, wlan', fr: 'internet, appli*, réseau, wifi', es: 'internet, app, aplicación, red, wifi',
      it: 'internet, app, rete, wifi', pt: 'internet, app, aplicativo, rede, wifi', nl: 'internet, app, netwerk, wifi',
      pl: 'internet*, aplikacj*, zasięg*, wifi',
    },
  },
];
