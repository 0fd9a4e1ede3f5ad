import { describe, expect, it } from 'vitest';
import { createCueScanner } from '../cues/cue-scanner.ts';
import { foldText } from '../text/fold.ts';
import { scoreUrgency } from './score-urgency.ts';

const scanner = createCueScanner();
const urgencyOf = (text: string): number => scoreUrgency(scanner.scan(foldText(text))).urgency;
const reasonsOf = (text: string): string[] => scoreUrgency(scanner.scan(foldText(text))).reasons;

describe('urgency', () => {
  it('rates stranded travellers with cancelled flights as urgent in all five languages', () => {
    for (const text of [
      'Flight cancelled, stranded at JFK with two kids',
      'Рейс отменили, я застрял в аэропорту',
      'Uçuşum iptal edildi, havalimanında mahsur kaldım',
      'Отказан ми је лет, заглављен сам на аеродрому',
      'Otkazan mi je let, zaglavljen sam na aerodromu',
      'Reiss ir atcelts, esmu iestrēdzis lidostā',
    ]) expect(urgencyOf(text), text).toBeGreaterThanOrEqual(0.8);
  });

  it('rates fraud, lockouts and outages said without the obvious words as urgent, in other languages too', () => {
    for (const text of [
      '£640 just vanished from my current account, I did not make these payments', 'someone has got into my email',
      'Nos han robado la tarjeta, bloqueadla ya', 'mi contraseña es gato_2019 y no puedo entrar en la app',
      'nestalo je struje u celoj zgradi', "On m'a débité 89 € deux fois",
    ]) expect(urgencyOf(text), text).toBeGreaterThanOrEqual(0.5);
  });

  it('counts a service word only when the service itself fails, not beside a delayed flight', () => {
    expect(urgencyOf('reiss kavējas 20 minūtes, vai lidostā ir bezmaksas wifi?')).toBeLessThan(0.5);
  });

  it('rates double charges, locked and hacked accounts as urgent', () => {
    for (const text of [
      'I was charged twice for one order', 'Деньги списали дважды', 'Kartımdan iki kez yansıtılmış',
      'Naplatili ste mi dva puta', 'Konts ir bloķēts, nevaru ielogoties', 'My account got hacked',
      'Аккаунт заблокирован', 'Hesabım hacklendi', 'Налог ми је хакован', 'Mans konts ir uzlauzts',
    ]) expect(urgencyOf(text), text).toBeGreaterThanOrEqual(0.5);
  });

  it('rates outages, safety and threats to go public as urgent', () => {
    for (const text of [
      'The whole street has no power since noon', 'в подъезде утечка газа', 'evde gaz kaçağı var',
      'Curi gas u stanu', 'I will sue you and go to the press', 'Напишу в Роспотребнадзор',
      'Nema struje u celom naselju', 'Nav elektrības visā mājā',
    ]) expect(urgencyOf(text), text).toBeGreaterThanOrEqual(0.5);
  });

  it('raises urgency for a threat to leave, and more when it is said outright', () => {
    expect(urgencyOf('Fix it by Friday or I am switching to another provider')).toBeGreaterThanOrEqual(0.5);
    expect(urgencyOf('Ako ne rešite, prelazim kod konkurencije')).toBeGreaterThanOrEqual(0.5);
    expect(urgencyOf('never again')).toBeGreaterThan(0);
  });

  it('matches inflected forms of urgency words by their stem', () => {
    for (const text of ['срочная замена', 'срочного ответа', 'acilen dönüş yapın', 'hitna intervencija', 'хитну помоћ',
      'steidzama palīdzība', 'urgently need help']) {
      expect(urgencyOf(text), text).toBeGreaterThanOrEqual(0.7);
    }
  });

  it('ignores negated urgency words: not urgent, не срочно, acil değil, nije hitno, nav steidzami', () => {
    for (const text of ['not urgent, but how do I change my plan', 'Это не срочно', 'Acil değil ama bilgi almak istiyorum',
      'Nije hitno, ali me zanima', 'Није хитно', 'Nav steidzami, bet gribētu uzzināt']) {
      expect(urgencyOf(text), text).toBe(0);
    }
  });

  it('gives calm questions and thanks no urgency', () => {
    for (const text of ['Thanks, all good now', 'Когда откроется магазин?', 'Mağaza kaçta açılıyor?', 'Hvala, sve radi', 'Paldies!']) {
      expect(urgencyOf(text), text).toBe(0);
    }
  });

  it('says why: the reasons behind the score', () => {
    expect(reasonsOf('Flight cancelled, stranded at the airport')).toEqual(expect.arrayContaining(['cancellation', 'stranded']));
  });

  it('stays below 1 however many cues pile up', () => {
    expect(urgencyOf('URGENT!!! hacked, charged twice, stranded, gas leak, lawyer')).toBeLessThan(1);
  });

  it('reads "nothing urgent" as not urgent: a negative pronoun negates the word after it', () => {
    for (const text of ['Ништа хитно, само ме занима када почиње акција', 'Ništa hitno, samo pitam', 'Ничего срочного, просто вопрос',
      'Nekas steidzams, tikai interesē', 'Nada urgente, solo una pregunta', "Rien d'urgent, juste une question"]) {
      expect(urgencyOf(text), text).toBeLessThan(0.5);
    }
  });

  it('keeps a negated verb after "nothing" as the negative concord it is: nothing works is an outage', () => {
    expect(reasonsOf('Ništa ne radi, ni internet ni telefon')).toContain('outage');
    expect(reasonsOf('Ничего не работает, интернета нет')).toContain('outage');
  });

  it('knows power cuts, card misuse, burning smells, swallowed cards and payments taken twice', () => {
    for (const text of ['Power cut on Elm Road since 6am', 'Someone used my card in Dubai, block it now',
      'Smell of burning plastic coming from the charger', 'my card was swallowed by your ATM', 'you took the payment twice',
      'third engineer visit and still no broadband', 'Зарядка сильно греется и пахнет гарью', 'Punjač se istopio i počeo da dimi',
      'Lādētājs sakarst un smird pēc deguma', 'Faturamdan iki kez ücret kesilmiş']) {
      expect(urgencyOf(text), text).toBeGreaterThanOrEqual(0.5);
    }
  });

  it('knows stranded travellers and cancelled flights beyond the five core languages', () => {
    for (const text of ['Рейс скасували, ми застрягли в аеропорту', 'O meu voo foi cancelado e estou preso no aeroporto',
      'Flug gestrichen, niemand hilft uns', 'Me habéis cobrado dos veces el mismo pedido']) {
      expect(urgencyOf(text), text).toBeGreaterThanOrEqual(0.5);
    }
  });

  it('finds the fraud in a word that a longer sentiment word covers ("prevaranti", "dolandırıcılar")', () => {
    expect(reasonsOf('Prevaranti šalju SMS u vaše ime')).toContain('fraud');
    expect(reasonsOf('Dolandırıcılar sizin adınıza SMS atıyor')).toContain('fraud');
  });

  it('reads a refund claim as slow harm: the cancellation and the wait behind it add no urgency', () => {
    for (const text of ['Верните деньги за отменённый рейс, жду уже месяц', 'Nauda par atcelto reisu joprojām nav atgriezta, gaidu mēnesi',
      'Refund please, order cancelled last week']) {
      expect(urgencyOf(text), text).toBeLessThan(0.5);
    }
    expect(urgencyOf('Flight cancelled, stranded at the airport, I want a refund')).toBeGreaterThanOrEqual(0.8);
  });
});
