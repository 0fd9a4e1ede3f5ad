// Hand-labelled Turkish care messages, some typed without Turkish letters.

import { writerFor, type DraftMessage } from './eval-message.ts';

const say = writerFor('tr');

/**
 * Written first, as the first held-out part. Its misses were tuned on in the fourth session, so it is
 * now development data; the held-out part is in fresh/.
 */
export const turkishFirstRound: DraftMessage[] = [
  say('@SkyJet uçuşumuz iptal edildi, gece yarısı Frankfurt havalimanında mahsur kaldık', '-UC'),
  say('Kartımdan aynı sipariş için iki kere para çekilmiş, acilen iade edin', '-UC'),
  say('hiç fena değil, yeni uygulama eskisinden çok daha hızlı', '+P'),
  say('Acil değil ama faturamı e-posta ile alabilir miyim?', '0Q'),
  say('Hesabım kilitlendi, maaşım yattı ama çekemiyorum!', '-UC'),
  say('Ne güzel, kargom yine başka şehre gitmiş 🙄', '-C'),
  say('Müşteri temsilcisi Elif Hanım çok yardımcı oldu, teşekkürler 🙏', '+P'),
  say('Mahallede iki gündür elektrik yok, ne zaman gelecek?', '-UQC'),
  say('Aboneliğimi iptal edip başka operatöre geçiyorum, yeter artık', '-UC'),
  say('Bir yetkiliyle görüşmek istiyorum, bot hiçbir şey anlamıyor', '-HC'),
  say('iPhone 15 in fiyatı ne kadar, taksit var mı?', '0QB'),
  say('Kartım çalındı, biri internetten alışveriş yapmış, hemen bloke edin', '-UC'),
  say('Aldığım ısıtıcıdan duman çıktı, çok tehlikeli', '-UC'),
  say('Kurye çok kibardı, paketi kapıya kadar getirdi, teşekkür ederim', '+P'),
  say('TK1979 sefer sayılı uçuş 3 saat rötarlı, bilgi verir misiniz?', '-QCL'),
  say('mailim ayse.kaya@hotmail.com, faturayı oraya gönderin lütfen', '0', [['email', 'ayse.kaya@hotmail.com']]),
  say('Beni 0533 712 44 90 numaradan arayın lütfen, çağrı merkezine ulaşamıyorum', '-C', [['phone', '0533 712 44 90']]),
  say('İade için IBAN TR36 0001 0001 2345 6789 0123 45', '0', [['iban', 'TR36 0001 0001 2345 6789 0123 45']]),
  say('Sorun çözülmezse BTK ya ve Şikayetvar a yazacağım', '-UC'),
  say('cok tesekkurler, siparisim bir gunde geldi', '+P'),
  say('İnternet üç gündür çalışmıyor, teknisyen hala gelmedi', '-UC'),
  say('Harika, üçüncü kez teslimat ertelendi. Bravo size 👏🙄', '-C'),
  say('Bu modem satın almak istiyorum, stokta var mı?', '0QB'),
  say('Hiç acelesi yok, sadece kampanya ne zaman bitiyor merak ettim', '0Q'),
  say('Mağazadaki çalışan bana çok kaba davrandı, rezalet', '-C'),
  say('Kart numaram 4791 1234 5678 9010, para çekildi ama sipariş yok', '-C', [['card', '4791 1234 5678 9010']]),
  say('TC kimlik no 28471935010, hattı benim adıma açın', '0B', [['ssn', '28471935010']]),
  say('Adres: Bağdat Caddesi No: 145 Kadıköy, kapıcıya bırakın', '0', [['address', 'Bağdat Caddesi No: 145']]),
  say('Sipariş no 302145987 14.03.2025 tarihinden beri kargoda', '-CL'),
  say('Ellerinize sağlık, çok hızlı çözdünüz 😍', '+P'),
  say('Dolandırıcılar sizin adınıza SMS atıyor, dikkat!', '-UC'),
  say('Param hala iade edilmedi, bir aydır bekliyorum', '-C'),
  say('Bu kulaklığın beyaz rengi var mı acaba?', '0QB'),
  say('şifrem Ank4ra_06, neden giriş yapamıyorum?', '-UQC', [['password', 'Ank4ra_06']]),
];

/** Written second; the analyser was tuned while looking at these. */
export const turkishDevelopment: DraftMessage[] = [
  say('Uçuşum iptal oldu ve havalimanında kaldım, otel bile vermediniz 😡', '-UC'),
  say('Faturamdan iki kez ücret kesilmiş, düzeltin lütfen', '-UC'),
  say('Fena değil, kargo beklediğimden erken geldi', '+P'),
  say('Acil değil, ama yeni mağaza ne zaman açılacak?', '0Q'),
  say('Hesabıma giriş yapamıyorum, şifre sıfırlama maili de gelmiyor', '-UC'),
  say('Süper, yine internet yok 🙄 tebrikler', '-UC'),
  say('Çok teşekkürler, sorunum hemen çözüldü', '+P'),
  say('Tüm mahallede internet kesintisi var, ne zaman düzelecek?', '-UQC'),
  say('Cuma gününe kadar çözülmezse aboneliğimi iptal edeceğim', '-UC'),
  say('Canlı destek ile görüşmek istiyorum lütfen', '0H'),
  say('Paket fiyatları ne kadar, öğrenci indirimi var mı?', '0QB'),
  say('Hesabım hacklendi, biri şifremi değiştirmiş!', '-UC'),
  say('Evde gaz kokusu var, teknisyeniniz vanayı açık bırakmış', '-UC'),
  say('Ürünü çok beğendim, herkese tavsiye ederim', '+P'),
  say('Paket ezik ve ıslak geldi, kabul edilemez', '-C'),
  say('Berbat bir hizmet, bir daha asla sizden almam', '-C'),
  say('Yeni telefon almak istiyorum, taksit seçenekleri neler?', '0QB'),
  say('uygulama neden açılmıyor, iki gündür aynı hata', '-QC'),
  say('Aferin size, şimdi de mobil uygulama çöktü 🤡', '-UC'),
  say('Kredi kartım bloke olmuş, market kasasında kaldım', '-UC'),
  say('Sorun değil, kurye sadece 10 dakika gecikti', '0'),
  say('İade nasıl yapılıyor, bilgi verir misiniz?', '0Q'),
  say('Teşekkürler ama sorun hala çözülmedi', '-C'),
  say('Üç haftadır iade bekliyorum, daha ne kadar?', '-QC'),
  say('Mesajlarımı okuyor musunuz? Beşinci kez yazıyorum', '-QC'),
  say('Avukatıma verdim, mahkemede görüşürüz', '-UC'),
  say('Destek ekibi çok ilgiliydi, çok memnun kaldım', '+P'),
  say('Gerçek bir insanla konuşmak istiyorum, robot değil', '-HC'),
  say('Aktarma uçuşunu kaçırdık, sonraki uçuş yarın, ne yapacağız?', '-UQC'),
  say('PC 2012 sefer 12.04 saat 07:15, ek bagaj alabilir miyim?', '0QL'),
  say('2.499 TL ödedim ama yanlış model geldi', '-CL'),
  say('Takip numarası 7312 4455 6012 iki gündür aynı yerde', '-CL'),
  say('Sipariş numaram 100234567 iptal olmuş, neden?', '-QCL'),
  say('Numaram +90 532 415 78 12, beni arar mısınız?', '0Q', [['phone', '+90 532 415 78 12']]),
  say('mail adresim mehmet.yilmaz@gmail.com', '0', [['email', 'mehmet.yilmaz@gmail.com']]),
  say('Kartım 5222334455667786 kayboldu, acil kapatın', '-UC', [['card', '5222334455667786']]),
  say('kimlik numaram 53180246706, faturayı bu isme kesin', '0', [['ssn', '53180246706']]),
  say('Adresim Atatürk Caddesi No: 12 Çankaya, oraya gönderin', '0', [['address', 'Atatürk Caddesi No: 12']]),
  say('iki haftadır sıcak su yok, teknik servis gelmiyor', '-UC'),
  say('Her şey zamanında ve sağlam geldi, teşekkürler', '+P'),
  say('Bu kadar zor mu bir müşteriye cevap vermek?', '-QC'),
  say('sunu bilmek istiyorum, yurt disi paket ne kadar?', '0QB'),
  say('Acilen SIM kartımı kapatın, telefonum çalındı', '-UC'),
  say('Hizmet harika değil ama fiyatlar uygun', '0'),
  say('Kargo takip kodu gelmedi, sipariş nerede?', '-QC'),
];

/**
 * Written third (issue 7), before the analyser saw them: passwords, account numbers, T.C.
 * kimlik numbers, addresses and phones as Turkish writers give them, beside numbers that are not
 * private, and urgent messages without the obvious words.
 */
export const turkishThirdRound: DraftMessage[] = [
  say('şifrem Deniz1990 ama uygulama hatalı diyor, neden?', '-QC', [['password', 'Deniz1990']]),
  say('parolam: karpuz77 hâlâ giriş yapamıyorum', '-UC', [['password', 'karpuz77']]),
  say('yeni şifre 4455xy olarak belirledim, yine de kabul etmiyor', '-C', [['password', '4455xy']]),
  say('şifremi unuttum, sıfırlama linki gelmiyor', '-C'),
  say('Şifre değiştirme ekranı nerede?', '0Q'),
  say('müşteri numaram 40012877, faturam iki kez kesilmiş', '-UC', [['account', '40012877']]),
  say('abone no: 8812034471 internetim 3 gündür yok', '-UC', [['account', '8812034471']]),
  say('hesap numaram 67021944 olan hesaba para yatmadı', '-C', [['account', '67021944']]),
  say('T.C. kimlik no: 38491027510, hattı annemin adına geçirin', '0', [['ssn', '38491027510']]),
  say('TC 10573648240 ile kayıtlı hattı iptal etmek istiyorum', '0', [['ssn', '10573648240']]),
  say('Adres: Atatürk Cad. No: 15 Daire 3 Karşıyaka, kurye bulamamış', '-C', [['address', 'Atatürk Cad. No: 15 Daire 3 Karşıyaka']]),
  say('Gül Sokak No:7 Kadıköy adresine teslim edin lütfen, sipariş 778812', '0', [['address', 'Gül Sokak No:7']]),
  say('İnönü Bulvarı No: 88 Çankaya adresindeyim, teknisyen gelmedi', '-C', [['address', 'İnönü Bulvarı No: 88']]),
  say('beni 0532 417 23 90 numarasından arayın, kargo takip 7312 4455 6012', '0', [['phone', '0532 417 23 90']]),
  say('+90 533 218 44 17 numaralı hattım 2 gündür çekmiyor', '-UC', [['phone', '+90 533 218 44 17']]),
  say('kartımdan benim yapmadığım 3 işlem çekilmiş, acil kartı kapatın', '-UC'),
  say('hesabım çalındı, biri şifremi değiştirmiş', '-UC'),
  say("bu böyle giderse Türk Telekom'a geçeceğim, son uyarım", '-UC'),
  say('havaalanında kaldık, otel yok, çocuklar ağlıyor, kimse ilgilenmiyor', '-UC'),
  say('kargom bir gün gecikti, sorun değil, bilginiz olsun', '-'),
  say('TK1979 uçuşum 15.06 saat 09:40, ek bagaj ne kadar?', '0QBL'),
  say('kombiden gaz kokusu geliyor, servisiniz telefonu açmıyor', '-UC'),
  say('ATM kartımı yuttu, yurt dışındayım ve nakit yok', '-UC'),
  say('şifre 6 haneli mi olmalı yoksa harf de olabilir mi?', '0Q'),
];

/**
 * Written fourth (issue 7), blind, by a writer new to the set: passwords, PINs, one-time codes and
 * security answers leaked the ways customers leak them (user and pass on one line, the secret
 * before its keyword, old and new together, spaced digits, quoted, in Cyrillic), national ids with
 * valid check digits, phones in local layouts, and look-alike numbers that are not private.
 */
export const turkishFourthRound: DraftMessage[] = [
  say('kullanıcı adım ayse.k şifrem Papatya1990 girmiyor', '-C', [['password', 'Papatya1990']]),
  say('sifre galatasaray1905 yazdım olmadı yardım edin', '-C', [['password', 'galatasaray1905']]),
  say('eski şifrem kedi123 yenisi Kedi.2024 ikisi de hata veriyor', '-C', [['password', 'kedi123'], ['password', 'Kedi.2024']]),
  say('SMS ile gelen kod 739204, neden kabul etmiyor?', '-QC', [['password', '739204']]),
  say('PIN kodum 2580 kartım bloke oldu acil', '-UC', [['password', '2580']]),
  say('Ankara06🙏 parolam bu, hesabım kilitlendi', '-UC', [['password', 'Ankara06']]),
  say("modem şifresi 'TTNET_4471xk' nasıl değiştirebilirim?", '0Q', [['password', 'TTNET_4471xk']]),
  say('pwd: yildiz.44 ama giriş yapamıyorum', '-C', [['password', 'yildiz.44']]),
  say('doğrulama kodu gelmiyor, 3 kez denedim', '-C'),
  say('şifremi unuttum, sıfırlama linki çalışmıyor', '-C'),
  say('TC 32918450608 faturadaki isim yanlış düzeltin', '-C', [['ssn', '32918450608']]),
  say('kimlik numaram 18520447304 ama sistem kabul etmiyor', '-C', [['ssn', '18520447304']]),
  say('iade için TCKN: 641 093 852 08', '0', [['ssn', '641 093 852 08']]),
  say('0 (533) 418 27 90 numarasından arayın lütfen', '0', [['phone', '0 (533) 418 27 90']]),
  say('+90 532 771 40 23 whatsapptan yazın', '0', [['phone', '+90 532 771 40 23']]),
  say('cep: 0544-812-3390, ev 0 212 344 18 90', '0', [['phone', '0544-812-3390'], ['phone', '0 212 344 18 90']]),
  say("sipariş no 302418877 kargo takip 7281937720, 12.04.2024'ten beri bekliyorum", '-LC'),
  say('TK 1983 uçuşu PNR ZK4M7Q, 2.450 TL ödedim iade yok', '-LC'),
  say('IBAN TR12 0006 2000 0000 0000 0000 00 doğru mu acaba', '0LQ'),
  say("saat 14:30'da randevum vardı, 1.299,90 TL ödedim kimse gelmedi", '-LC'),
];
