// Labelled short social texts (5–20 words) for measuring language detection; realistic care traffic.

export interface LabelledText {
  language: string;
  text: string;
}

const en = [
  '@AirNova my flight to Boston got cancelled and nobody at the desk can help 😡',
  "Hey @ShopLine, where is my order? It's been two weeks #fail",
  'I was charged twice for the same subscription, please fix this asap',
  'Thanks @TeleBright, the new router works perfectly now 🙏',
  'Can someone tell me when the store opens on Sunday?',
  'Your app keeps logging me out every five minutes, so annoying',
  'Just wanted to say the support team was amazing today ❤️',
  'Stranded at Heathrow with two kids, no hotel, no info. Help!',
  'is there any way to change my delivery address after ordering?',
  'Great, another delay 🙄 third time this month',
  'My account got hacked and someone changed the password',
  'I want to talk to a real person, not a bot',
  'Do you ship to Canada? Looking to buy the blue one',
  'Internet has been down since last night in our whole street https://status.example.com',
  'thank you so much for the quick refund, really appreciate it',
  'The package arrived damaged and the box was wet #unhappy',
  "If this isn't fixed by Friday I'm switching to another provider",
  'not urgent, but could you check why my invoice shows the wrong name?',
  'How much does the premium plan cost per month?',
  'Worst customer service I have ever experienced, never again',
  'love the new update, the dark mode looks great 😍',
  'Still waiting for a reply to my email from Monday @HelpDesk',
  'Card declined at checkout but the money left my account anyway',
  'Any news on when the outage will be resolved?',
  'The driver left my parcel in the rain again, seriously?',
];

const ru = [
  '@AirNova мой рейс отменили, я застрял в аэропорту, что делать?',
  'Деньги списали дважды, верните пожалуйста срочно',
  'Спасибо большое, всё заработало 🙏',
  'Когда будет доставка? Жду уже третью неделю #жалоба',
  'Не могу войти в личный кабинет, пишет что аккаунт заблокирован',
  'Интернет не работает со вчерашнего вечера, сколько можно?',
  'Хочу поговорить с живым оператором, а не с ботом',
  'Отличный сервис, курьер приехал вовремя 👍',
  'Подскажите, пожалуйста, как поменять тариф?',
  'Ну класс, опять задержка рейса 🙄',
  'Если не решите вопрос, напишу жалобу и уйду к конкурентам',
  'Это не срочно, но хотелось бы узнать статус заказа',
  'Меня взломали, кто-то поменял пароль от аккаунта',
  'Почему приложение постоянно вылетает после обновления?',
  'Очень довольна покупкой, всем советую ❤️',
  'Посылка пришла разбитая, коробка мокрая, верните деньги',
  'Где можно купить ваш новый телефон в Москве?',
  'Уже час не могу дозвониться до поддержки, ужас',
  'Не плохо, но могли бы и быстрее отвечать',
  'Сколько стоит доставка до Казани? https://shop.example.ru',
  'Вы вообще читаете сообщения? Третий день тишина',
  'Карту заблокировали без объяснений, помогите',
  'Благодарю за помощь, вопрос решён',
  'Опять отключили свет во всём доме, когда починят?',
  'Оператор нагрубил мне по телефону, это недопустимо',
];

const uk = [
  'Доброго дня, коли буде доставлено моє замовлення?',
  'Гроші списали двічі, поверніть, будь ласка',
  'Дякую за швидку відповідь, все працює 🙏',
  'Не можу увійти в особистий кабінет вже другий день',
  'Інтернет не працює з учорашнього вечора, що сталося?',
  'Хочу поговорити з живою людиною, а не з ботом',
  "Чудовий сервіс, кур'єр приїхав вчасно 👍",
  'Мій рейс скасували, я застряг у Львові',
  'Скільки коштує доставка до Києва?',
  'Посилка прийшла пошкоджена, що мені робити?',
  'Це вже третій раз, коли ви затримуєте відправлення',
  'Підкажіть, будь ласка, як змінити тариф?',
];

const bg = [
  'Здравейте, кога ще пристигне поръчката ми?',
  'Таксуваха ме два пъти за една и съща покупка',
  'Благодаря за бързия отговор, всичко работи 🙏',
  'Не мога да вляза в профила си от вчера',
  'Интернетът не работи от снощи, какво става?',
  'Искам да говоря с човек, а не с бот',
  'Страхотно обслужване, куриерът дойде навреме 👍',
  'Полетът ми беше отменен и съм блокиран на летището',
  'Колко струва доставката до Пловдив?',
  'Пратката пристигна повредена, искам си парите обратно',
  'Това е трети път този месец, писна ми',
  'Може ли да ми кажете как да сменя тарифата си?',
];

const srCyrillic = [
  '@AirNova отказан ми је лет, заглављен сам на аеродрому, шта да радим?',
  'Наплатили сте ми два пута исту ствар, хитно вратите новац',
  'Хвала вам пуно, све ради како треба 🙏',
  'Када ће стићи моја пошиљка? Чекам већ две недеље',
  'Не могу да се пријавим, пише да ми је налог блокиран',
  'Интернет не ради од јуче увече, докле више?',
  'Желим да разговарам са живим оператером, не са ботом',
  'Одлична услуга, курир је дошао на време 👍',
  'Можете ли ми рећи како да променим тарифу?',
  'Баш лепо, опет кашњење 🙄',
  'Ако ово не решите до петка, прелазим код конкуренције',
  'Није хитно, али занима ме статус поруџбине',
  'Неко ми је хаковао налог и променио лозинку',
  'Зашто апликација стално пуца после ажурирања?',
  'Веома сам задовољна куповином, свима препоручујем ❤️',
  'Пакет је стигао оштећен, кутија је била мокра',
  'Где могу да купим ваш нови телефон у Београду?',
  'Већ сат времена не могу да добијем подршку, ужас',
  'Колико кошта достава до Новог Сада?',
  'Картица ми је блокирана без икаквог објашњења, помозите',
  '@TelekomSrbija молим вас да ме позове неко из корисничке подршке',
  'Добар дан, рачун за струју ми је дупло већи него прошлог месеца',
];

const srLatin = [
  '@AirNova otkazan mi je let, zaglavljen sam na aerodromu, šta da radim?',
  'Naplatili ste mi dva puta istu stvar, hitno vratite novac',
  'Hvala vam puno, sve radi kako treba 🙏',
  'Kada će stići moja pošiljka? Čekam već dve nedelje',
  'Ne mogu da se prijavim, piše da mi je nalog blokiran',
  'Internet ne radi od juče uveče, dokle više?',
  'Želim da razgovaram sa živim operaterom, ne sa botom',
  'Odlična usluga, kurir je došao na vreme 👍',
  'Možete li mi reći kako da promenim tarifu?',
  'Baš lepo, opet kašnjenje 🙄',
  'Ako ovo ne rešite do petka, prelazim kod konkurencije',
  'Nije hitno, ali zanima me status porudžbine',
  'Neko mi je hakovao nalog i promenio lozinku',
  'Zašto aplikacija stalno puca posle ažuriranja?',
  'Veoma sam zadovoljna kupovinom, svima preporučujem ❤️',
  'Paket je stigao oštećen, kutija je bila mokra',
  'Gde mogu da kupim vaš novi telefon u Beogradu?',
  'Već sat vremena ne mogu da dobijem podršku, užas',
  'Koliko košta dostava do Novog Sada?',
  'Kartica mi je blokirana bez ikakvog objašnjenja, pomozite',
  'zdravo, kad stize paket? cekam vec 10 dana #posta',
  'Molim vas da me pozove neko iz korisnicke podrske',
  'Dobar dan, racun za struju mi je duplo veci nego proslog meseca',
];

const tr = [
  '@THY uçuşum iptal edildi, havalimanında mahsur kaldım, acil yardım lütfen',
  'Kartımdan iki kez ödeme alındı, paramı geri istiyorum',
  'Çok teşekkürler, sorun hemen çözüldü 🙏',
  'Siparişim ne zaman gelecek? İki haftadır bekliyorum',
  'Hesabıma giriş yapamıyorum, hesabım kilitlenmiş diyor',
  'Dünden beri internet yok, ne zaman düzelecek?',
  'Bir müşteri temsilcisi ile görüşmek istiyorum, bot değil',
  'Harika hizmet, kurye tam zamanında geldi 👍',
  'Tarifemi nasıl değiştirebilirim?',
  'Süper, yine rötar 🙄',
  'Bu sorun cuma gününe kadar çözülmezse başka operatöre geçeceğim',
  'Acil değil ama siparişimin durumunu öğrenebilir miyim?',
  'Hesabım hacklendi, biri şifremi değiştirmiş',
  'Güncellemeden sonra uygulama sürekli kapanıyor',
  'Ürünü çok beğendim, herkese tavsiye ederim ❤️',
  'Kargo hasarlı geldi, kutu ıslaktı',
  "Yeni telefonunuzu İstanbul'da nereden alabilirim?",
  'Bir saattir müşteri hizmetlerine ulaşamıyorum, rezalet',
  "Ankara'ya kargo ücreti ne kadar?",
  'Kartım hiçbir açıklama yapılmadan bloke edildi, yardım edin',
  'Merhaba, faturamda yanlış bir ücret var, kontrol eder misiniz?',
  'siparis hala gelmedi, cok kotu bir hizmet',
];

const lv = [
  '@airBaltic mans reiss ir atcelts, esmu iestrēdzis lidostā, ko darīt?',
  'No kartes divreiz noņemta nauda, lūdzu atgrieziet steidzami',
  'Liels paldies, viss strādā 🙏',
  'Kad pienāks mans sūtījums? Gaidu jau divas nedēļas',
  'Nevaru ielogoties, raksta, ka konts ir bloķēts',
  'Internets nestrādā kopš vakardienas vakara, cik ilgi vēl?',
  'Gribu runāt ar dzīvu operatoru, nevis ar robotu',
  'Lielisks serviss, kurjers ieradās laikā 👍',
  'Vai varat pateikt, kā nomainīt tarifu?',
  'Super, atkal kavēšanās 🙄',
  'Ja līdz piektdienai neatrisināsiet, pāriešu pie konkurentiem',
  'Nav steidzami, bet gribētu uzzināt pasūtījuma statusu',
  'Mans konts ir uzlauzts, kāds nomainīja paroli',
  'Kāpēc lietotne pēc atjauninājuma visu laiku avarē?',
  'Ļoti apmierināta ar pirkumu, visiem iesaku ❤️',
  'Paka atnāca bojāta, kaste bija slapja',
  'Kur Rīgā var nopirkt jūsu jauno telefonu?',
  'Jau stundu nevaru sazvanīt atbalstu, šausmas',
  'Cik maksā piegāde uz Liepāju?',
  'Mana karte bloķēta bez jebkāda paskaidrojuma, palīdziet',
  'Labdien, rēķinā ir nepareiza summa, lūdzu pārbaudiet',
  'paldies par atbildi, tagad viss ir skaidrs',
];

const hr = [
  'Tko mi može reći zašto mi je račun blokiran već tjedan dana?',
  'Hvala lijepa na brzom odgovoru, sve je riješeno',
  'Što se dogodilo s mojom pošiljkom? Čekam je od prošlog tjedna',
  'Trebam hitno razgovarati s nekim iz podrške, molim vas',
];

const de = [
  'Mein Flug wurde gestrichen und niemand hilft mir am Schalter',
  'Ich wurde zweimal belastet, bitte erstatten Sie den Betrag',
  'Vielen Dank, jetzt funktioniert alles wieder 🙏',
  'Wann kommt endlich meine Bestellung? Ich warte seit zwei Wochen',
  'Kann ich mit einem echten Mitarbeiter sprechen?',
  'Super Service, der Kurier war pünktlich 👍',
  'Das Internet geht seit gestern Abend nicht mehr',
  'Wie viel kostet der Versand nach Österreich?',
];

const fr = [
  "Mon vol a été annulé et personne ne peut m'aider à l'aéroport",
  "J'ai été débité deux fois pour la même commande",
  'Merci beaucoup, tout fonctionne maintenant 🙏',
  "Quand est-ce que ma commande va arriver ? J'attends depuis deux semaines",
  'Je voudrais parler à un conseiller, pas à un robot',
  "Service au top, le livreur était à l'heure 👍",
  'Internet ne marche plus depuis hier soir chez nous',
  'Combien coûte la livraison vers la Belgique ?',
];

const es = [
  'Me cancelaron el vuelo y nadie en el mostrador me ayuda',
  'Me cobraron dos veces la misma compra, quiero mi dinero',
  'Muchas gracias, ya funciona todo perfectamente 🙏',
  '¿Cuándo llega mi pedido? Llevo dos semanas esperando',
  'Quiero hablar con una persona real, no con un bot',
  'Excelente servicio, el repartidor llegó a tiempo 👍',
  'No tengo internet desde anoche en todo el barrio',
  '¿Cuánto cuesta el envío a Valencia?',
];

const it = [
  'Il mio volo è stato cancellato e nessuno mi aiuta',
  'Mi avete addebitato due volte lo stesso ordine',
  'Grazie mille, adesso funziona tutto 🙏',
  'Quando arriva il mio ordine? Aspetto da due settimane',
  'Vorrei parlare con un operatore umano, non con un bot',
  'Servizio ottimo, il corriere è arrivato puntuale 👍',
  'Internet non funziona da ieri sera in tutto il palazzo',
  'Quanto costa la spedizione per Milano?',
];

const pt = [
  'Meu voo foi cancelado e ninguém no balcão me ajuda',
  'Fui cobrado duas vezes pela mesma compra, quero o reembolso',
  'Muito obrigado, agora está tudo funcionando 🙏',
  'Quando chega a minha encomenda? Estou esperando há duas semanas',
  'Quero falar com um atendente humano, não com um robô',
  'Ótimo atendimento, o entregador chegou na hora 👍',
  'Estou sem internet desde ontem à noite',
  'Quanto custa o frete para Lisboa?',
];

const nl = [
  'Mijn vlucht is geannuleerd en niemand bij de balie helpt me',
  'Ik ben twee keer afgeschreven voor dezelfde bestelling',
  'Heel erg bedankt, alles werkt nu weer 🙏',
  'Wanneer komt mijn bestelling? Ik wacht al twee weken',
  'Ik wil graag met een echte medewerker praten, niet met een bot',
  'Top service, de bezorger was precies op tijd 👍',
  'Het internet doet het sinds gisteravond niet meer',
  'Hoeveel kost de verzending naar België?',
];

const pl = [
  'Mój lot został odwołany i nikt na lotnisku mi nie pomaga',
  'Pobrano ode mnie opłatę dwa razy za to samo zamówienie',
  'Bardzo dziękuję, wszystko już działa 🙏',
  'Kiedy dotrze moje zamówienie? Czekam już dwa tygodnie',
  'Chcę rozmawiać z prawdziwym konsultantem, a nie z botem',
  'Świetna obsługa, kurier przyjechał na czas 👍',
  'Internet nie działa od wczoraj wieczorem',
  'Ile kosztuje wysyłka do Krakowa?',
];

function label(language: string, texts: string[]): LabelledText[] {
  return texts.map((text) => ({ language, text }));
}

/** The five core languages: each has at least 20 texts (Serbian: 20+ in each script). */
export const coreTexts: LabelledText[] = [
  ...label('en', en), ...label('ru', ru), ...label('tr', tr),
  ...label('sr', srCyrillic), ...label('sr', srLatin), ...label('lv', lv),
];

/** Neighbours the core languages are confused with, and the other major European languages. */
export const otherTexts: LabelledText[] = [
  ...label('uk', uk), ...label('bg', bg), ...label('hr', hr),
  ...label('de', de), ...label('fr', fr), ...label('es', es), ...label('it', it),
  ...label('pt', pt), ...label('nl', nl), ...label('pl', pl),
];

export const serbianByScript = { cyrillic: srCyrillic, latin: srLatin };
