// Words and emoji that carry sentiment toward the brand, with their strength (data only).

import type { LexiconWords } from './lexicon-words.ts';

export interface SentimentGroup {
  /** -1.5 (strongly negative) … +1.5 (strongly positive); entries may override with "=w". */
  weight: number;
  words: LexiconWords;
}

/**
 * Short stems are dangerous once folded: Serbian "loš*" becomes "los*" and would fire on Spanish
 * "los" and English "lost", "loss" (and its Cyrillic twin "лош*" on Russian "лошадь"), so its
 * forms are listed whole, and the bare masculine "loš", which is Spanish "los" once folded, only
 * in the phrases it usually comes in.
 *
 * Greetings that contain evaluative words ("dobar dan", "labdien", "iyi günler") are listed
 * with weight 0 so the longest match swallows them instead of "dobar"/"iyi" counting as
 * praise. Thanks are mild (0.4): "please fix this, thanks" is not praise.
 */
export const sentimentLexicon: SentimentGroup[] = [
  {
    weight: 0, words: {
      sr: 'dobar dan, dobro jutro, dobro veče, dobro vece, dobra večer, laku noć',
      tr: 'iyi günler, iyi akşamlar, iyi çalışmalar, iyi geceler',
      lv: 'labdien, labrīt, labvakar, labu dienu', ru: 'добрый день, доброе утро, добрый вечер', uk: 'доброго дня',
      en: 'good morning, good afternoon, good evening, thanks in advance, no problem=0.3',
    },
  },
  {
    weight: 0.4, words: {
      en: 'thanks, thank you, thx, cheers', ru: 'спасибо, спс', uk: 'дякую', tr: 'teşekkür*, sağol*, sağ olun, tşk*',
      sr: 'hvala', lv: 'paldies', de: 'danke', fr: 'merci', es: 'gracias', it: 'grazie', pt: 'obrigad*', nl: 'bedankt, dank je', pl: 'dziękuję, dzięki',
    },
  },
  {
    weight: 1, words: {
      en: 'good=0.8, great, excellent=1.2, amazing=1.2, awesome=1.2, love*=1.2, perfect*, fantastic=1.2, wonderful=1.2, brilliant=1.1, best=0.8, helpful, appreciate*, happy=0.8, pleased=0.8, satisfied=0.8, nice=0.7, well done, legend, superb=1.2, cool=0.5, recommend*, smooth=0.5, resolved=0.5, solved=0.5, friendly=0.7, polite=0.6, impressed, glad=0.7, thank you so much=1, quick=0.4, fast=0.4, on time=0.5',
      ru: 'благодар*=0.9, отличн*=1.2, хорош*=0.8, прекрасн*=1.2, замечательн*=1.2, супер, класс*=0.8, люблю=1.2, рад=0.7, рада=0.7, доволен, довольна, довольны, довольный, довольная, быстро=0.4, вежлив*=0.7, молодц*=1.1, лучш*=0.8, советую, рекомендую, помогли=0.6, решен*=0.4, решён*=0.4, неплох*=0.6, вовремя=0.5, спасибо большое=0.9, большое спасибо=0.9',
      uk: 'чудов*=1.1, дуже дякую=0.9, задоволен*, вчасно=0.5',
      tr: 'harika=1.2, mükemmel=1.2, süper=0.9, güzel=0.8, iyi=0.6, memnun*, beğendim, beğen*=0.8, tavsiye ederim, hızlı=0.4, başarılı, bravo, helal, ellerinize sağlık=1.1, eline sağlık=1.1, çözüldü=0.5, teşekkürler=0.7, çok teşekkürler=0.9, zamanında=0.5',
      sr: 'odličn*=1.2, super=0.9, sjajn*=1.1, divn*=1.1, zadovolj*, preporuč*, brzo=0.4, brzu=0.4, brza=0.4, ljubazn*=0.8, bravo, svaka čast=1.2, svaka vam čast=1.2, rešen*=0.4, hvala puno=0.9, hvala vam puno=0.9, najbolj*, lepo=0.6, dobro=0.6, dobar=0.6, na vreme=0.5',
      lv: 'liels paldies=0.9, lielisk*=1.2, izcil*=1.2, super=0.9, labi=0.6, labs=0.6, laba=0.6, brīnišķīg*=1.2, apmierināt*, iesaku, ieteikt*=0.8, ātri=0.4, laipn*=0.8, foršs, forši, malači, atrisināt*=0.4, atrisināj*=0.4, vislabāk*, laikā=0.4',
      de: 'super, prima, pünktlich=0.5, freundlich=0.7', fr: 'top=0.5, génial=1.2, parfait, super, rapide=0.4, efficace=0.7, gentil*=0.7', es: 'excelente=1.2, genial', it: 'ottimo=1.2, perfetto, puntuale=0.5, gentil*=0.7, risolto=0.4',
      pt: 'ótimo=1.2, excelente=1.2', nl: 'geweldig=1.2', pl: 'świetn*=1.2, super',
    },
  },
  {
    weight: -1, words: {
      en: 'bad=-0.8, terrible=-1.4, awful=-1.4, horrible=-1.4, worst=-1.5, useless=-1.2, disappoint*=-1.1, angry, furious=-1.5, annoying=-0.9, annoyed=-0.9, ridiculous=-1.1, unacceptable=-1.3, joke=-0.6, pathetic=-1.3, disgusting=-1.4, rude=-1.1, hate*=-1.3, poor=-0.8, broken=-0.8, damaged=-0.8, wrong=-0.5, lost=-0.5, fail=-0.8, failed=-0.6, scam=-1.2, shame*=-0.8, sucks=-1.2, crap=-1.1, rubbish=-1.1, gutted, upset, frustrat*, waste=-0.8, nightmare=-1.2, incompetent=-1.3, unhappy, complain*=-0.6, problem*=-0.4, issue*=-0.3, seriously=-0.4, never again, wet=-0.3, shrugged=-0.6, hasn\'t arrived=-0.5, never arrived=-0.7, didn\'t arrive=-0.5, never came=-0.7, never delivered=-0.7, not delivered=-0.5, too long=-0.6, without notice=-0.6, without warning=-0.6, doesn\'t help=-0.6, didn\'t help=-0.6, not helping=-0.6, not a bot=-0.25, not a robot=-0.25, fourth time=-0.6, fifth time=-0.6, tenth time=-0.6, so hard to=-0.6, do you even=-0.5, cracked=-0.8, faulty=-0.8, defective=-0.8, doesn\'t understand=-0.8, does not understand=-0.8, keeps looping=-0.8, nothing at my door=-0.8',
      ru: 'плох*, ужас*=-1.3, отвратительн*=-1.4, кошмар*=-1.3, худш*=-1.4, разочарован*=-1.1, недоволен, недовольн*, бесит=-1.1, бесполезн*=-1.1, хамств*=-1.2, нагрубил*=-1.1, грубо, позор*=-1.2, безобрази*=-1.2, издевательств*=-1.2, недопустим*=-1.1, отвратно=-1.3, жалоб*=-0.6, проблем*=-0.4, сломал*=-0.7, разбит*=-0.7, обман*=-1.2, развод=-0.8, ошибк*=-0.4, опоздал*=-0.6, не извинил*=-0.8, не пришл*=-0.5, так и не=-0.4, так и нет=-0.4, не помогает=-0.6, не помог=-0.6, не помогли=-0.6, не робот=-0.25, не бот=-0.25, не с ботом=-0.25, четвертый раз=-0.6, пятый раз=-0.6, десятый раз=-0.6, неужели=-0.4, так сложно=-0.6, так трудно=-0.6, вы вообще=-0.4, не тот=-0.5, не та=-0.5, не ту=-0.5, не прошел=-0.5, не прошла=-0.5, без предупреждения=-0.6, не понимает=-0.8, заказа нет=-0.8, заказа так и нет=-0.8',
      uk: 'жахлив*=-1.3, погано, пошкоджен*=-0.8, не працює=-0.3',
      tr: 'kötü, fena=-0.8, berbat=-1.4, rezalet=-1.4, rezil=-1.3, felaket=-1.3, saçma*, maalesef=-0.4, memnun kalmadım=-1.1, beğenmedim=-1.1, şikayet*=-0.6, sorun*=-0.4, hasarlı=-0.8, kırık=-0.7, bozuk=-0.8, yazık=-0.8, utanç*=-1.1, kabul edilemez=-1.2, dolandırıcı*=-1.3, hayal kırıklığı=-1.1, sinir bozucu, sinirlendim, sinirim, bıktım=-1.1, yeter=-0.6, ıslak*=-0.3, gelmedi=-0.5, iade edilmedi=-0.6, fazladan=-0.4, çözülmedi=-0.8, çözülmemiş=-0.8, çözmediniz=-0.8, yanlış=-0.5, işe yaramıyor=-0.6, yardımcı olmadı=-0.6, bot değil=-0.25, robot değil=-0.25, dördüncü kez=-0.6, beşinci kez=-0.6, bu kadar zor=-0.6, habersiz=-0.6, kayboldu=-0.5, anlamıyor=-0.8, sipariş yok=-0.8',
      sr: 'loš servis, loš kvalitet, loš odnos, loš signal, loš internet, loša, loše, lošeg, lošem, lošom, lošu, loši, lošim, lošijeg, lošiji, lošija, lošije, užas*=-1.3, katastrof*=-1.3, očajn*=-1.3, očaj=-1.2, razočaran*=-1.1, nezadovolj*=-1.1, bruka=-1.2, sramot*=-1.2, bezobraz*=-1.2, nervira*, grozn*=-1.3, prevarant*=-1.3, žalb*=-0.6, problem*=-0.4, oštećen*=-0.8, pokvaren*=-0.8, neprihvatljiv*=-1.2, najgor*=-1.4, ne valja, nije u redu=-0.8, mokra=-0.3, mokar=-0.3, nije stigl*=-0.5, nije stigao=-0.5, pogrešn*=-0.5, pogrešan=-0.5, ne pomaže=-0.6, nije pomogl*=-0.6, ne bot=-0.25, ne robot=-0.25, ne sa botom=-0.25, četvrti put=-0.6, peti put=-0.6, toliko teško=-0.6, vi uopšte=-0.4, nije legl*=-0.5, bez najave=-0.6, bez upozorenja=-0.6, ne razume=-0.8, ne razumije=-0.8, porudžbine nema=-0.8',
      lv: 'slikt*, briesmīg*=-1.3, šausm*=-1.3, katastrof*=-1.3, neapmierināt*=-1.1, vīlies=-1.1, vīlusies=-1.1, riebīg*=-1.3, kaunpilni=-1.2, kauns=-1.1, nepieņemam*=-1.2, sūdzīb*=-0.6, problēm*=-0.4, bojāt*=-0.8, salūz*=-0.7, krāpniek*=-1.3, tracina, nejēdzīb*=-1.2, slapja=-0.3, nav atnāc*=-0.5, nav pienāc*=-0.5, nepareiz*=-0.5, nepalīdz*=-0.6, nevis robot*=-0.25, nevis ar robotu=-0.25, ceturto reizi=-0.6, piekto reizi=-0.6, tik grūti=-0.6, jūs vispār=-0.4, bez brīdinājuma=-0.6, nesaprot=-0.8, pasūtījuma nav=-0.8',
      de: 'schlecht, katastrophe=-1.3, enttäuscht=-1.1, unverschämt=-1.3', fr: 'nul=-1.2, mal=-0.8, catastrophe=-1.3, déçu*=-1.1, honte=-1.2, inadmissible=-1.2',
      es: 'fatal=-1.3, mal=-0.8, desastre=-1.3, pésimo=-1.4, vergüenza=-1.2', it: 'pessimo=-1.4, pessima=-1.4, disastro=-1.3, vergogna=-1.2, rotto=-0.8',
      pt: 'péssimo=-1.4, desastre=-1.3, vergonha=-1.2', nl: 'slecht, ramp=-1.3, schandalig=-1.3', pl: 'fataln*=-1.3, katastrofa=-1.3, beznadziejn*=-1.3',
    },
  },
  {
    // Flat reports of something gone wrong ("the app rejects it", "привезли не туда", "kabul
    // etmiyor"): negative toward the brand, though no word in them is emotional.
    weight: -0.6, words: {
      en: 'rejects, rejected, keeps saying, still asks, never showed=-0.8, and nothing=-0.7, are missing, is missing, filthy=-1.1, wrong address, still pending=-0.5, never again=-0.8, says invalid, no luck, neither works, spins forever, asking again=-0.5, did not get, didn\'t get, didnt get, has expired=-0.5, says delivered but, still not shipped=-0.7',
      ru: 'не подходит, просрочен=-0.5, до сих пор не=-0.6, не отслеживается, не принимает=-0.7, не приходит, неверный, неверно, не пробивается, не может найти, не туда=-0.7, стоит на месте, задерживается=-0.4',
      uk: 'не може знайти', tr: 'girmiyor, olmadı=-0.5, hata veriyor, iade yok, beri bekliyorum=-0.5, kimse gelmedi, hatalı=-0.7, kabul etmiyor=-0.7, gelmiyor, yatmadı, bulamamış, bulamadı, gecikti=-0.5, yanlış=-0.7',
      sr: 'ne prolazi, nije mi stigao, nije stigao, nije stigla, opet traži=-0.5, još ništa=-0.6, nije tačna=-0.7, nije tačan=-0.7, netačn*=-0.7, ne postoji=-0.5, drugu adresu, pogrešn*=-0.7',
      lv: 'neder, kļūda=-0.5, nesaņēmu, neredz=-0.5, nav piegādāts, nav piegādāta, par lielu, nav ienākusi, nav ienācis, nepareiz*=-0.7, pie kaimiņiem=-0.5',
      de: 'falsch=-0.7, nichts da', fr: 'faux=-0.7, erreur, ça bloque, pour rien=-0.7', es: 'no encuentra, equivocad*=-0.7, no entra, caducó=-0.5, llegó tarde', it: 'errore, sbagliat*=-0.7', pt: 'outra morada, errad*=-0.7',
      pl: 'błędne=-0.7, nie dostarczył*=-0.7', nl: 'bij de buren=-0.5, verkeerd*=-0.7',
    },
  },
  {
    // Sixth round: a delivery, a visit, a code or a fix that did not happen, said as a plain
    // report of the verb in each language ("the courier did not come", "не доехал", "kurye
    // gelmedi", "ne stiže", "nezvanīja"), a thing that failed ("it didn't work", "nije prošao",
    // "süresi dolmuş") and a parcel standing still. Asking whether something came ("did it
    // arrive?", "can you check whether it arrived?") holds none of them.
    weight: -0.6, words: {
      en: 'did not come, didn\'t come, didnt come, did not turn up, didn\'t turn up, never reached, never arrives, never turned up, didn\'t work=-0.5, did not work=-0.5, didn\'t either=-0.4, logs me out, keeps logging me out, nobody has said=-0.5, no one has said=-0.5, nobody is at the desk, left without us=-0.8, marked delivered but, expired before=-0.5, still hasn\'t=-0.5, still has not=-0.5, never received=-0.7, went out twice=-0.7',
      ru: 'не доехал*, не приехал*, не привезли, не довезли, не пускает=-0.5, не пускают=-0.5, не грузится=-0.5, закрыт уже=-0.5, перевод завис=-0.5, перевод висит=-0.5, посылка висит=-0.5, опять насчитал*=-0.6, ячейка пустая=-0.7, обещали доставку=-0.4',
      uk: 'не приходить, не прийшов, не прийшла, не рухається, не підходить, не доїхав',
      tr: 'süresi dolmuş=-0.5, kabul edilmedi, kabul etmedi, başarısız oldu=-0.5, olmuyor=-0.5, giremiyorum=-0.5, izin vermiyor=-0.5, tanımadığım=-0.6, kullanmadığım=-0.6, gelmedi=-0.6, hata var=-0.5, randevuya gelmedi=-0.7',
      sr: 'ne stiže, не стиже, nije prošao, није прошао, nije prošla, није прошла, nije dobra=-0.5, није добра=-0.5, stoji od=-0.5, стоји од=-0.5, stoji u=-0.4, vraćen pošiljaocu=-0.6, ne može da nađe, ne moze da nadje, није стигао, није стигла, пакет није стигао=-0.7, nije došao, није дошао, nije došla',
      lv: 'nezvanīja, neatbrauca, neatveda, nederīgs=-0.5, nederīga=-0.5, neielādējas=-0.5, nevar atrast, neļauj=-0.5, paka atgriezta, vairs ne=-0.5, stāv uz vietas=-0.5, neatnāk=-0.5, nav atnācis, nav atnākusi, pasutijums nav atnacis',
      de: 'passiert ist nichts, passiert gar nichts, nicht gekommen, nicht geliefert, nicht zugestellt',
      fr: 'pas passé, n\'est pas venu, n\'est pas venue, jamais reçu, pas reçu, pas livré',
      es: 'no vino, no llegó, no ha llegado, es incorrecto=-0.5, no me llega',
      it: 'non arriva, non è passato, non è venuto, non è mai venuto',
      pt: 'não chegou, não atualiza=-0.5, não apareceu, não veio',
      pl: 'nie przyjechał*, nie dowiózł, nie dowieźli, nadal nic=-0.6, nie odbiera=-0.5, nie dostałem, nie dostałam, odrzucon*=-0.5',
      nl: 'niemand kwam, lukt niet=-0.5, niet geleverd, niet bezorgd',
    },
  },
  {
    weight: 1, words: {
      any: '👍=0.8, 👌=0.7, 🙏=0.5, ❤=1.1, 😍=1.2, 🥰=1.2, 😊=0.8, 🙂=0.4, 😀=0.8, 😃=0.8, 😄=0.8, 😁=0.8, 😋=0.8, 👏=0.9, 💯=0.6, ⭐=0.5, 🎉=0.8, 💪=0.5, 🤩=1.1, 😘=0.9, 💙=1, 💚=1, 💜=1, ♥=1, 🔥=0.5, :), :-), <3',
    },
  },
  {
    weight: -1, words: {
      any: '😡=-1.2, 🤬=-1.5, 😠=-1, 😤=-0.8, 👎=-1, 😢=-0.6, 😭=-0.8, 💔=-0.8, 😞=-0.6, 😩=-0.8, 😫=-0.8, 🤦=-0.7, 😒=-0.6, 🙄=-0.6, 🤮=-1.3, 💩=-1.1, 😑=-0.4, :(, :-(',
    },
  },
];
