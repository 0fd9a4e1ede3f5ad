// Blind held-out Turkish messages for issue 7, labelled without sight of the analyser (third blind part).
import { type DraftMessage, writerFor } from '../eval-message.ts';

const say = writerFor('tr');

export const turkishBlind3: DraftMessage[] = [
  say('@GokyuzuHava İstanbul aktarmasını kaçırdık, gece yarısı havalimanında kaldık, otel de yok! Ne yapacağız şimdi?', '-UQC'),
  say('Hiç fena değil, kargo ertesi gün geldi, paketleme de çok özenliydi 👌', '+P'),
  say('Kartımdan aynı sipariş için iki kez 1.249 TL çekildi, acilen iadesini istiyorum', '-UCL'),
  say('Evde doğalgaz kokusu var, Bağdat Caddesi No: 214 Daire 6, Kadıköy/İstanbul. Ekip gönderin lütfen!', '-U', [
    ['address', 'Bağdat Caddesi No: 214 Daire 6, Kadıköy/İstanbul'],
  ]),
  say('Sabahtan beri internet yok, evden çalışıyorum. Daha kaç saat bekleyeceğim?', '-UQC'),
  say('TC kimlik numaram 38471029510, hat devri için başka ne lazım?', '0Q', [['ssn', '38471029510']]),
  say('Acil değil ama büyük ekran televizyonlarda indirim ne zaman başlıyor?', '0QB'),
  say('Yarım saattir müzik dinletiyorsunuz, artık gerçek bir insanla görüşmek istiyorum', '-CH'),
  say('@HizliNet teknisyen Emre Bey çok ilgiliydi, her şeyi tek tek anlattı. Harika ekip 👏', '+P'),
  say('Ya tabii, "ertesi gün teslimat" dediniz, bir hafta oldu 🤡', '-C'),
  say('Şifrem Kedi2019 ama uygulama sürekli hatalı diyor, üstüne hesabım kilitlendi', '-UC', [['password', 'Kedi2019']]),
  say('Biri bankadan arıyorum dedi, doğrulama kodunu istedi, ben de verdim: 583017. Şimdi ne olacak, hesabımı dondurun!', '-UQ', [
    ['password', '583017'],
  ]),
  say('Siparis no 7710453826, kargo 5 gundur ayni subede bekliyor', '-CL'),
  say('Beni 0532 418 67 29 numarasından arayabilir misiniz? Fatura konusunda yardım lazım', '0Q', [['phone', '0532 418 67 29']]),
  say('Müşteri numaram 11048375, aboneliğimi iptal edin, yarın başka operatöre geçiyorum', '-U', [['account', '11048375']]),
  say("IBAN'ım TR43 0001 0002 0198 3467 1200 54, iade buraya yapılsın lütfen", '0', [
    ['iban', 'TR43 0001 0002 0198 3467 1200 54'],
  ]),
  say("TK 2154 uçuşu, 18:40 kalkışlı, koltuk 14A'yı cam kenarıyla değiştirebilir miyim?", '0QL'),
  say('Ekim faturası 486,20 TL gelmiş, normalde 250 TL civarı. Bu ne biçim iş ya', '-CL'),
  say('Mahallede trafo patladı, elektrik kesik ve her yer duman!! Acil ekip lazım', '-U'),
  say('Adresim Atatürk Mah. Gül Sok. No:7 D:3 Ataşehir İstanbul 34758, teslimatı buraya yapın', '0', [
    ['address', 'Atatürk Mah. Gül Sok. No:7 D:3 Ataşehir İstanbul 34758'],
  ]),
  say('Kartım çalındı, 4042 1766 0038 1271, hemen iptal edin!', '-U', [['card', '4042 1766 0038 1271']]),
  say('E-posta adresim ayse.demir@hotmail.com, faturaları oraya gönderebilir misiniz?', '0Q', [['email', 'ayse.demir@hotmail.com']]),
  say('hic de acil degil, sadece merak ettim: yeni kampanyada kac GB veriyorsunuz', '0QB'),
  say('Bu şirketle bir daha asla uçmam, bavulum kayboldu ve kimse umursamıyor', '-C'),
  say('PNR QH4T7Z, 12 Mayıs Ankara-İzmir biletimi iade edebilir miyim?', '0QL'),
  say("Yarına kadar çözülmezse Şikayetvar'a yazıp tüketici hakem heyetine gidiyorum", '-UC'),
  say('Çok teşekkürler, iade iki günde hesabıma geçti, gerçekten hızlıydınız 🙏', '+P'),
  say("+90 544 206 31 78 bu numaraya WhatsApp'tan yazın, mesaide telefona bakamıyorum", '0', [['phone', '+90 544 206 31 78']]),
  say('Sifremi unuttum, yeni sifre olarak Deniz.2024 yazdim ama kabul etmiyor', '-C', [['password', 'Deniz.2024']]),
  say('Aynı üründen 3 tane alırsam indirim olur mu? Model AX-5500', '0QBL'),
  say('Biri hesabıma girmiş, şifremi ve telefon numaramı değiştirmiş! Acilen yardım edin', '-U'),
  say('Kimlik no 52903614730, annemin hattını üzerime almak istiyorum', '0', [['ssn', '52903614730']]),
  say("PIN'im 2580 idi, üç kez yanlış girince kart bloke oldu. Ne yapmalıyım?", '-Q', [['password', '2580']]),
  say('Sitede 899 TL yazıyor ama sepette 1.099 TL çıkıyor, hangisi doğru?', '-QCL'),
  say('0505 772 1940 numaralı hattım iki gündür hiç çekmiyor, şebeke yok!', '-UC', [['phone', '0505 772 1940']]),
  say('Sipariş 2024-88317 üç haftadır gelmedi, ne zaman gelecek acaba', '-QCL'),
];
