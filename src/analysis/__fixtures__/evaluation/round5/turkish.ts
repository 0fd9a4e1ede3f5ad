// Fifth round (issue 7), written blind before the analyser saw it: Turkish messages aimed at PII recall
// (Mah./Cad./Sk. addresses with No, Kat, Daire, Blok, ilçe/il, some without diacritics) beside look-alikes.

import { writerFor, type DraftMessage } from '../eval-message.ts';

const say = writerFor('tr');

export const turkishFifthRound: DraftMessage[] = [
  say('Kargo adresim: Fenerbahçe Mah. Kalamış Cad. No: 38 Daire 5 Kadıköy/İstanbul, lütfen bu adrese gönderin', '0', [['address', 'Fenerbahçe Mah. Kalamış Cad. No: 38 Daire 5 Kadıköy/İstanbul']]),
  say('Atatürk Bulvarı No:112 Kat:3 Çankaya Ankara adresinde dünden beri elektrik yok!!', '-UC', [['address', 'Atatürk Bulvarı No:112 Kat:3 Çankaya Ankara']]),
  say('adresim yenimahalle mah 2034 sk no 7 d 4 konak izmir, kurye bulamamis paketi geri gondermis', '-C', [['address', 'yenimahalle mah 2034 sk no 7 d 4 konak izmir']]),
  say('Gönderiyi Bahçelievler Mah. Şair Nedim Sok. No 15/2, 16130 Nilüfer/Bursa adresine teslim edin lütfen', '0', [['address', 'Bahçelievler Mah. Şair Nedim Sok. No 15/2, 16130 Nilüfer/Bursa']]),
  say('internetimi Moda Cad. No:84 D:3 Kadıköy adresinden Kızılay Mah. Atatürk Blv. No 21 Kat 4 Çankaya/Ankara adresine nasıl taşırım?', '0Q', [['address', 'Moda Cad. No:84 D:3 Kadıköy'], ['address', 'Kızılay Mah. Atatürk Blv. No 21 Kat 4 Çankaya/Ankara']]),
  say('Ataşehir, Barbaros Mah. Begonya Sk. Blok C3 Kat 9 Daire 36 — kombiden gaz kokusu geliyor, acil teknisyen lazım', '-UC', [['address', 'Ataşehir, Barbaros Mah. Begonya Sk. Blok C3 Kat 9 Daire 36']]),
  say('İnönü Cad. No 41 Merkez Trabzon için su faturası iki kere geldi, hangisini ödeyeyim?', '-QC', [['address', 'İnönü Cad. No 41 Merkez Trabzon']]),
  say('şifrem Karadeniz61 ama uygulama yanlış diyor, hesabım kilitlendi', '-UC', [['password', 'Karadeniz61']]),
  say('sifreyi (Lale.1995) hic degistirmedim ama giremiyorum', '-C', [['password', 'Lale.1995']]),
  say('SMS ile gelen onay kodu 739204, işlem yine de başarısız oldu', '-C', [['password', '739204']]),
  say('Pamuk2024! yazıyorum olmuyor, lütfen yardım edin', '-C', [['password', 'Pamuk2024!']]),
  say('abone numaram 1020487733, faturada tanımadığım bir ek paket var', '-C', [['account', '1020487733']]),
  say('müşteri no: 55814027, aboneliğimi iptal etmek istiyorum, yeter artık', '-UC', [['account', '55814027']]),
  say('beni 0 532 418 27 90 numarasından arayın, canlı destek çalışmıyor', '-C', [['phone', '0 532 418 27 90']]),
  say('sabit hattım 0216 345 12 78, üç gündür arıza kaydı bile açılmadı, hat tamamen ölü', '-UC', [['phone', '0216 345 12 78']]),
  say('TC kimlik no 38471620540, kartım neden bloke edildi?', '-UQC', [['ssn', '38471620540']]),
  say('4917 6150 0022 8949 numaralı kartımdan aynı tutar iki kez çekilmiş', '-UC', [['card', '4917 6150 0022 8949']]),
  say('IBAN: TR78 0006 4000 0016 7731 0452 18, iade ne zaman yatar?', '0Q', [['iban', 'TR78 0006 4000 0016 7731 0452 18']]),
  say('TK 2154 İzmir seferi rötar yaptı, B12 kapısında 3 saattir bekliyoruz', '-CL'),
  say('sipariş numarası 402331987, kargo takip 7240 1188 5521 hâlâ "hazırlanıyor" diyor', '-CL'),
  say('RTX 4070 Ti 28.999 TL mi, taksit seçeneği var mı?', '0QBL'),
  say('Kadıköy mağazanız hala Bahariye Cad. No 12 de mi? cumartesi kaça kadar açık', '0QL'),
];
