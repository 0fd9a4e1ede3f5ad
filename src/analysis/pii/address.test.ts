import { describe, expect, it } from 'vitest';
import { createPiiFinder } from './find-pii.ts';

const findPii = createPiiFinder();

function addresses(text: string, language: string): string[] {
  return findPii(text, language).filter((span) => span.type === 'address').map((span) => text.slice(span.start, span.end));
}

describe('address spans: flat, entrance, floor, city and postcode written with the street', () => {
  it('takes a flat, an entrance or a block given with a letter, and a floor written as an ordinal', () => {
    expect(addresses('kurir ne nalazi Kneza Miloša 7, ulaz C, Beograd, javite se', 'sr')).toEqual(['Kneza Miloša 7, ulaz C, Beograd']);
    expect(addresses('Paket an Goethestr. 4, 2. OG rechts, 80331 München schicken', 'de')).toEqual(['Goethestr. 4, 2. OG rechts, 80331 München']);
    expect(addresses('mandadlo a Calle Mayor 9, 2º dcha., 46001 Valencia gracias', 'es')).toEqual(['Calle Mayor 9, 2º dcha., 46001 Valencia']);
    expect(addresses('dzīvoju Skolas ielā 3 k-1 dz. 12, Ogrē', 'lv')).toEqual(['Skolas ielā 3 k-1 dz. 12, Ogrē']);
  });

  it('takes a city written after a postcode or before one without a comma, and a Turkish district after a flat', () => {
    expect(addresses('liefern an Lindenstraße 8, 50667 Köln bitte', 'de')).toEqual(['Lindenstraße 8, 50667 Köln']);
    expect(addresses('Envoyez à 3 rue Victor Hugo, 75001 Paris merci', 'fr')).toEqual(['3 rue Victor Hugo, 75001 Paris']);
    expect(addresses('I am at 5 Mill Lane Leeds LS6 2AB since Monday', 'en')).toEqual(['5 Mill Lane Leeds LS6 2AB']);
    expect(addresses('Rua do Ouro 40, 1100-060 Lisboa, obrigado', 'pt')).toEqual(['Rua do Ouro 40, 1100-060 Lisboa']);
    expect(addresses('Cumhuriyet Cad. No: 5 Daire 2 Bornova/İzmir adresine', 'tr')).toEqual(['Cumhuriyet Cad. No: 5 Daire 2 Bornova/İzmir']);
    expect(addresses('Gazi Bulvarı No:9 Kat:2 Konak İzmir adresinde su yok', 'tr')).toEqual(['Gazi Bulvarı No:9 Kat:2 Konak İzmir']);
  });

  it('takes a flat written first and a city (with its postcode) written first', () => {
    expect(addresses('please send it to Flat 7, 20 Station Road, Leeds', 'en')).toEqual(['Flat 7, 20 Station Road, Leeds']);
    expect(addresses('Самара, ул. Ленина 12, кв. 3 — нет света', 'ru')).toEqual(['Самара, ул. Ленина 12, кв. 3']);
    expect(addresses('везите: 630099, Новосибирск, ул. Советская 8', 'ru')).toEqual(['630099, Новосибирск, ул. Советская 8']);
    expect(addresses('Daugavpils, Rīgas iela 4-1 — nav ūdens', 'lv')).toEqual(['Daugavpils, Rīgas iela 4-1']);
  });

  it('finds a street without a street word before a flat word, capitalised, inflected or in small letters', () => {
    expect(addresses('selim se na Kralja Petra 31, stan 4, hvala', 'sr')).toEqual(['Kralja Petra 31, stan 4']);
    expect(addresses('везите на Садовую 5, корп. 2, кв. 17 завтра', 'ru')).toEqual(['Садовую 5, корп. 2, кв. 17']);
    expect(addresses('živim u takovskoj 8 sprat 2 i nema struje', 'sr')).toEqual(['takovskoj 8 sprat 2']);
    expect(addresses('доставка на ленина 40 кв 12 омск, жду', 'ru')).toEqual(['ленина 40 кв 12 омск']);
    expect(addresses('Rēzekne, Atbrīvošanas 15 dz 9 — nav siltuma', 'lv')).toEqual(['Rēzekne, Atbrīvošanas 15 dz 9']);
  });

  it('finds a city, a name and a compound house number with no street word', () => {
    expect(addresses('Kragujevac, Kneginje Milice 12/4 — nema vode', 'sr')).toEqual(['Kragujevac, Kneginje Milice 12/4']);
    expect(addresses('Крагујевац, Николе Пашића 3/10 нема струје', 'sr')).toEqual(['Крагујевац, Николе Пашића 3/10']);
  });

  it('reports no address in look-alikes: a flat word without its number, counts, versions, gates, shops', () => {
    for (const [text, language] of [
      ['bought 12 dz of eggs and got 10', 'en'],
      ['Thanks, Windows 10/11 both fail', 'en'],
      ['gate 12 flat out refused to board us', 'en'],
      ['квартира 45 кв. м, сколько стоит уборка?', 'ru'],
      ['verzija 5 stan je ok', 'sr'],
      ['is your store at 18 Market Street open on Sunday?', 'en'],
      ['ваш магазин на ул. Ленина 5 работает сегодня?', 'ru'],
      ['Beşiktaş şubeniz Barbaros Bulvarı No 20 de mi?', 'tr'],
      ['Hi, Terminal 2/3 is closed', 'en'],
    ] as const) {
      expect(addresses(text, language), text).toEqual([]);
    }
  });

  it('still ends the tail at a word that starts the next sentence', () => {
    expect(addresses('sent to 9 Elm Road, Flat 2 Please check', 'en')).toEqual(['9 Elm Road, Flat 2']);
    expect(addresses('Adres: Lale Sokak No: 4 Cuma günü gelin', 'tr')).toEqual(['Lale Sokak No: 4']);
  });
});

describe('addresses typed loosely: small letters with an anchor, " / " splits, brackets and quotes', () => {
  it('takes a street in small letters when a flat, or a postcode with its city, is written with it', () => {
    expect(addresses('it is 12 birch road leeds ls6 2ab, call first', 'en')).toEqual(['12 birch road leeds ls6 2ab']);
    expect(addresses('livrer au 7 rue des lilas apt 2 69003 lyon svp', 'fr')).toEqual(['7 rue des lilas apt 2 69003 lyon']);
    expect(addresses('an die gartenstr 9, 1 og rechts, 10115 berlin bitte', 'de')).toEqual(['gartenstr 9, 1 og rechts, 10115 berlin']);
    expect(addresses('dzivoju skolas iela 5 dz 3 jelgava lv-3001 un nav ūdens', 'lv')).toEqual(['skolas iela 5 dz 3 jelgava lv-3001']);
    expect(addresses('avenida sol 4 3 dcha 41001 sevilla', 'es')).toEqual(['avenida sol 4 3 dcha 41001 sevilla']);
  });

  it('reports nothing for a street word and a number in small letters with no anchor', () => {
    expect(addresses('waited 3 hours on the road again', 'en')).toEqual([]);
    expect(addresses('we drove 40 miles down the road today', 'en')).toEqual([]);
    expect(addresses('переулок Гривцова 4, заказ 55123 привезли не туда', 'ru')).toEqual(['переулок Гривцова 4']);
  });

  it('joins parts split by " / ", a Turkish neighbourhood and its street, and a district with its city', () => {
    expect(addresses('Flat 3 / 8 Elm Rd / Bath BA1 2CD', 'en')).toEqual(['Flat 3 / 8 Elm Rd / Bath BA1 2CD']);
    expect(addresses('karşıyaka mah 120 sk no 4 d 2 merkez sivas adresine', 'tr')).toEqual(['karşıyaka mah 120 sk no 4 d 2 merkez sivas']);
    expect(addresses('Atatürk Cad. No 7 Merkez Ordu adresinde', 'tr')).toEqual(['Atatürk Cad. No 7 Merkez Ordu']);
    expect(addresses('на ул Мира 3, Ленинский р-н, Пермь свет отключили', 'ru')).toEqual(['ул Мира 3, Ленинский р-н, Пермь']);
  });

  it('keeps a single capitalised word after a bare house number out, unless the quoted address ends there', () => {
    expect(addresses('Adresim Atatürk Caddesi No: 12 Çankaya, oraya gönderin', 'tr')).toEqual(['Atatürk Caddesi No: 12']);
    expect(addresses('adres: "Bahar Sk. No 3 Kadıköy" kargo geldi', 'tr')).toEqual(['Bahar Sk. No 3 Kadıköy']);
  });

  it('finds a capitalised name, a street word and then a number, but not a name, number and two words without one', () => {
    expect(addresses('send it to Elm St 4, Dayton instead', 'en')).toEqual(['Elm St 4, Dayton']);
    expect(addresses('Galaxy Note 12, Black, Silver — which is cheaper?', 'en')).toEqual([]);
  });

  it('does not report an office, desk or service point address, nor a year-led bill number after "račun broj"', () => {
    expect(addresses('vai jūsu birojs Brīvības ielā 45 strādā sestdienās?', 'lv')).toEqual([]);
    expect(addresses('is jullie servicepunt op Centraal Plein 2 open?', 'nl')).toEqual([]);
    expect(findPii('racun broj 2024-0087113 je 4.850 din', 'sr')).toEqual([]);
  });

  it('lets an id word speak for the next number only, not one after a house or flat number', () => {
    expect(findPii('nie przyjechał na ul dluga 15 m 3 31-146 krakow', 'pl').map((span) => span.type)).toEqual(['address']);
  });
});
