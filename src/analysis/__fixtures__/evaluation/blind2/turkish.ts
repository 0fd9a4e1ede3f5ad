// Blind held-out Turkish messages for issue 7, written and labelled without sight of the analyser.

import { type DraftMessage, writerFor } from '../eval-message.ts';

const say = writerFor('tr');

export const turkishBlind2: DraftMessage[] = [
  say("@UcanHavaYollari İstanbul'da mahsur kaldık, aktarmayı kaçırdık, otel de verilmiyor. Ne yapacağız?", '-UQC'),
  say('Kargom 3 gündür dağıtımda görünüyor, takip no 7281946630', '-CL'),
  say('Hiç fena değil, yeni arayüz gayet kullanışlı olmuş 👏', '+P'),
  say('İnternet dün akşamdan beri yok, evden çalışıyorum, acil bakın lütfen', '-UC'),
  say('TC kimlik numaram 31842057976, sistemde yanlış görünüyor, düzeltir misiniz?', '-QC', [['ssn', '31842057976']]),
  say('Kartımdan iki kere çekim yapılmış! 9792 0611 4452 3813 hemen iptal edin', '-UC', [['card', '9792 0611 4452 3813']]),
  say('Şifrem Galatasaray1905 ama uygulama kabul etmiyor, hesabım kilitlendi', '-UC', [['password', 'Galatasaray1905']]),
  say('Gerçek bir müşteri temsilcisiyle görüşmek istiyorum, bu bot hiçbir şey anlamıyor', '-HC'),
  say('Yeni iPhone için taksit seçeneği var mı, kaç ay?', '0QB'),
  say('Harikasınız, sipariş ertesi gün kapımdaydı 😍', '+P'),
  say("IBAN'ım TR15 0006 2000 0017 4382 9013 56, iade buraya yapılacak mı?", '0Q', [['iban', 'TR15 0006 2000 0017 4382 9013 56']]),
  say('Siparişim 2024-TR-558812 hâlâ hazırlanıyor, 10 gün oldu', '-CL'),
  say("Beni 0532 417 83 26'dan arayabilir misiniz? Fatura itirazım var", '-QC', [['phone', '0532 417 83 26']]),
  say('Aboneliğimi iptal ediyorum, başka operatöre geçeceğim, yeter artık', '-UC'),
  say('Adresim Atatürk Cad. No:45 D:7 Kadıköy, kurye paketi yanlış binaya bırakmış', '-C', [['address', 'Atatürk Cad. No:45 D:7 Kadıköy']]),
  say('sms ile gelen doğrulama kodu 582914 ama hesaba giriş yapamıyorum, hesap askıya alınmış', '-UC', [['password', '582914']]),
  say("TK1987 sefer sayılı uçuş saat 14:20'de mi kalkıyor?", '0QL'),
  say('Acil değil ama müşteri numaram 40718235, faturamı ayse.yilmaz@hotmail.com adresine gönderebilir misiniz?', '0Q', [['account', '40718235'], ['email', 'ayse.yilmaz@hotmail.com']]),
  say('Kampanya bilgilerini SMS ile gönderir misiniz, indirim var mı?', '0QB'),
  say('Doğalgaz kokusu var apartmanda, acil ekip lazım!!', '-U'),
  say('Fatura tutarı 1.249,90 TL, geçen ay 480 TL idi. Bu nasıl olur?', '-QCL'),
  say('Hiç memnun değilim, üç haftadır iade bekliyorum, talep no 99128734', '-CL'),
  say('Kart şifrem 2580, bankamatik kartı yuttu, yurtdışındayım ve param yok', '-UC', [['password', '2580']]),
  say('Merhaba, iade için IBAN TR600001000201583917420055 yazıyorum, teşekkürler', '0', [['iban', 'TR600001000201583917420055']]),
  say('Bu fiyata bu kalite, gerçekten süper, tavsiye ederim', '+P'),
  say('Otobüs şoförü çok hızlı kullanıyordu, frende düştüm ve yaralandım. Şikayetçiyim', '-UC'),
  say('Numaramı +90 505 318 44 72 size taşımak istiyorum, hangi paket uygun?', '0QB', [['phone', '+90 505 318 44 72']]),
  say('Rezervasyon kodum X4TQ9L, koltuk seçimi ücretli mi?', '0QBL'),
  say('Yeni adresim Bağdat Caddesi 212/5 Suadiye, ama sistem hâlâ eski adresi gösteriyor', '-C', [['address', 'Bağdat Caddesi 212/5 Suadiye']]),
  say('Elektrik sabahtan beri kesik, buzdolabı çalışmıyor, ne zaman gelecek?', '-UQC'),
  say('Siparişim 4000 1234 5678 9010 numarasıyla görünüyor, teslim tarihi 12 Mayıs mı?', '0QL'),
  say('Güvenlik sorusu annemin kızlık soyadı, cevap Kaya. Hesabıma erişemiyorum, kilitli', '-UC', [['password', 'Kaya']]),
  say("Kampanya 31.12.2024'e kadar mı geçerli? 299 TL'lik paket hâlâ var mı?", '0QBL'),
  say('Bu rezilliği sosyal medyada paylaşacağım, iki saattir hatta bekliyorum', '-UC'),
  say('Çok teşekkürler, kurye abi yağmurda bile güler yüzlüydü', '+P'),
];
