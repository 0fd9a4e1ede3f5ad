// Sixth round (issue 7), written blind before the analyser saw it: Turkish messages with addresses in small
// letters, districts after "No", slashes and quotes, doğrulama kodu and pwd, and flat complaints.

import { writerFor, type DraftMessage } from '../eval-message.ts';

const say = writerFor('tr');

export const turkishSixthRound: DraftMessage[] = [
  say('kazımdirik mah 372 sk no 9 d 5 bornova izmir adresine kurye gelmedi, paket şubeye dönmüş', '-C', [['address', 'kazımdirik mah 372 sk no 9 d 5 bornova izmir']]),
  say('Cumhuriyet Cad. No 18 Merkez Rize adresinde iki gündür su yok', '-UC', [['address', 'Cumhuriyet Cad. No 18 Merkez Rize']]),
  say('teslimat adresimi (Barbaros Bulv. No 77 D 12 Beşiktaş İstanbul) sipariş verdikten sonra düzeltebilir miyim?', '0Q', [['address', 'Barbaros Bulv. No 77 D 12 Beşiktaş İstanbul']]),
  say('Gazi Mustafa Kemal Blv No 45 / Kat 3 / Çankaya Ankara — modem ışığı kırmızı, internet yok', '-UC', [['address', 'Gazi Mustafa Kemal Blv No 45 / Kat 3 / Çankaya Ankara']]),
  say('Adres: "Esentepe Mah. Talatpaşa Cad. No 5 Şişli" kargo bugün geldi, kurye çok ilgiliydi, teşekkürler', '+P', [['address', 'Esentepe Mah. Talatpaşa Cad. No 5 Şişli']]),
  say('Kızılay şubeniz hâlâ Atatürk Blv. No 98 adresinde mi, yoksa taşındı mı?', '0QL'),
  say('doğrulama kodu 284615 yazıyorum ama süresi dolmuş diyor', '-C', [['password', '284615']]),
  say('pwd: Efes.1923 ile giriş yapamıyorum, hesabım kilitlendi, acilen açın', '-UC', [['password', 'Efes.1923']]),
  say('yeni şifre (Gs1905cim) neden kabul edilmedi? ekranda sadece hata var', '-QC', [['password', 'Gs1905cim']]),
  say("şifre sıfırlama SMS'i bir türlü gelmiyor, üç kere denedim", '-C'),
  say('abone no 4001223917, faturama kullanmadığım bir paket eklenmiş, iade istiyorum', '-C', [['account', '4001223917']]),
  say('müşteri numaram 66120458, adres değişikliği için hangi belge lazım?', '0Q', [['account', '66120458']]),
  say('akşam 0542 317 6048 numarasından ulaşabilirsiniz, fiber paketi almak istiyorum', '0B', [['phone', '0542 317 6048']]),
  say('kimlik no 28461937000, yeni hat başvurusu için başka belge gerekiyor mu?', '0Q', [['ssn', '28461937000']]),
  say('iadeyi TR20 0001 0001 5834 2017 6490 31 hesabıma yapın lütfen, ürün size ulaştı', '0', [['iban', 'TR20 0001 0001 5834 2017 6490 31']]),
  say("PNR KZ4T8Q, TK 2418 aktarmasını kaçırdık, Münih'te kaldık, kimse yardım etmiyor", '-UCL'),
  say('fatura numarası A-2024-118734 olan faturada 349,90 TL yazıyor, tarifem 249,90 TL', '-CL'),
  say('sipariş numaram 7100239845, 3 gündür "dağıtımda" görünüyor, acil değil ama bir bakar mısınız', '-QCL'),
  say('hiç fena değil, kurye paketi kapıya kadar getirdi, teşekkürler', '+P'),
  say('kombi servisi randevuya gelmedi, kimse aramadı da', '-C'),
  say('aferin size, üçüncü kez yanlış ürün geldi 👏🙄', '-C'),
  say("30 Haziran'a kadar çözülmezse aboneliği iptal edip Şikayetvar'a yazacağım", '-UCL'),
];
