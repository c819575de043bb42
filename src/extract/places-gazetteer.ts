/**
 * A compact gazetteer of the places Dutch parliamentary papers name: the provinces and
 * the larger municipalities, the Caribbean parts of the Kingdom, Dutch regions, seas
 * and rivers, the countries of the world and some of their capitals in their Dutch
 * names, and continents and regions. Written for Griffie; names as the papers spell
 * them, with other spellings mapped to one.
 *
 * Left out on purpose: names that are mostly something else in these texts ("Best",
 * "Bergen", "Horst", "Epe"), and lower-case regions ("sub-Sahara").
 *
 * @module
 */

const PROVINCES =
  'Groningen|Friesland|Drenthe|Overijssel|Flevoland|Gelderland|Utrecht|Noord-Holland|Zuid-Holland|Zeeland|Noord-Brabant|Limburg';

const MUNICIPALITIES = [
  'Amsterdam|Rotterdam|Den Haag|Eindhoven|Tilburg|Almere|Breda|Nijmegen|Apeldoorn|Arnhem|Haarlem',
  'Haarlemmermeer|Amersfoort|Enschede|Zaanstad|Zwolle|Leeuwarden|Leiden|Zoetermeer|Maastricht|Dordrecht',
  'Ede|Alphen aan den Rijn|Westland|Alkmaar|Emmen|Delft|Venlo|Deventer|Sittard-Geleen|Helmond|Oss',
  'Amstelveen|Hilversum|Súdwest-Fryslân|Heerlen|Nissewaard|Hengelo|Meierijstad|Purmerend|Schiedam',
  'Lelystad|Roosendaal|Leidschendam-Voorburg|Almelo|Gouda|Vlaardingen|Hoorn|Assen|Oosterhout|Velsen',
  'Capelle aan den IJssel|Bergen op Zoom|Veenendaal|Katwijk|Zeist|Nieuwegein|Stichtse Vecht|Hollands Kroon',
  'Roermond|Barneveld|Gooise Meren|Den Helder|Dijk en Waard|Heerhugowaard|Doetinchem|Hoogeveen|Terneuzen',
  'Kampen|Woerden|Houten|Pijnacker-Nootdorp|Rijswijk|Lansingerland|Smallingerland|Heusden|Veldhoven',
  'Midden-Groningen|Het Hogeland|Westerkwartier|Waalwijk|Harderwijk|Venray|Weert|Kerkrade|Noordoostpolder',
  'Hardenberg|Rheden|Wijchen|Goeree-Overflakkee|Oldambt|Soest|Vlissingen|Middelburg|Goes|Heerenveen',
  'Drachten|Sneek|Emmeloord|Schagen|Zutphen|Tiel|Zaltbommel|Culemborg|Vianen|Maarssen|Delfzijl|Winterswijk',
  'Eemsdelta|Vijfheerenlanden|Land van Cuijk|Maashorst|Schouwen-Duiveland|Sluis|Urk|Volendam|Zandvoort',
  'Wageningen|Ridderkerk|Zwijndrecht|Spijkenisse|Krimpen aan den IJssel|Papendrecht|Gorinchem|Diemen',
].join('|');

const KINGDOM =
  'Aruba|Curaçao|Sint Maarten|Bonaire|Sint Eustatius|Saba|Caribisch Nederland|Nederlandse Antillen|Nederland';

const DUTCH_REGIONS = [
  'Randstad|Twente|Achterhoek|Veluwe|Betuwe|Zuid-Limburg|Zeeuws-Vlaanderen|Groene Hart|Rijnmond|Maasvlakte',
  'Waddeneilanden|Texel|Vlieland|Terschelling|Ameland|Schiermonnikoog|Schiphol|Brainport',
  'Noordzee|Waddenzee|IJsselmeer|Markermeer|Waal|Maas|Rijn|Nederrijn|IJssel|Lek|Schelde|Westerschelde',
  'Oosterschelde|Eems|Dollard|Haringvliet|Hollandsch Diep|Veerse Meer|Amsterdam-Rijnkanaal',
  'Noordzeekanaal|Nieuwe Waterweg|Afsluitdijk',
].join('|');

const COUNTRIES = [
  // Europe
  'Albanië|Andorra|Armenië|Azerbeidzjan|België|Bosnië en Herzegovina|Bosnië-Herzegovina|Bosnië|Bulgarije',
  'Cyprus|Denemarken|Duitsland|Estland|Finland|Frankrijk|Georgië|Griekenland|Hongarije|Ierland|IJsland',
  'Italië|Kosovo|Kroatië|Letland|Liechtenstein|Litouwen|Luxemburg|Malta|Moldavië|Moldova|Monaco|Montenegro',
  'Noord-Macedonië|Macedonië|Noorwegen|Oekraïne|Oostenrijk|Polen|Portugal|Roemenië|Rusland|San Marino',
  'Servië|Slovenië|Slowakije|Spanje|Tsjechië|Turkije|Vaticaanstad|Verenigd Koninkrijk|Groot-Brittannië',
  'Engeland|Schotland|Wales|Noord-Ierland|Wit-Rusland|Belarus|Zweden|Zwitserland',
  // Africa
  'Algerije|Angola|Benin|Botswana|Burkina Faso|Burundi|Centraal-Afrikaanse Republiek|Comoren|Congo',
  'Democratische Republiek Congo|Djibouti|Egypte|Equatoriaal-Guinea|Eritrea|Eswatini|Swaziland|Ethiopië',
  'Gabon|Gambia|Ghana|Guinee-Bissau|Guinee|Ivoorkust|Kaapverdië|Kameroen|Kenia|Lesotho|Liberia|Libië',
  'Madagaskar|Malawi|Mali|Marokko|Mauritanië|Mauritius|Mozambique|Namibië|Nigeria|Niger|Oeganda|Rwanda',
  'Senegal|Seychellen|Sierra Leone|Somalië|Soedan|Zuid-Soedan|Tanzania|Togo|Tsjaad|Tunesië|Zambia',
  'Zimbabwe|Zuid-Afrika|Westelijke Sahara',
  // Asia and the Middle East
  'Afghanistan|Bahrein|Bangladesh|Bhutan|Brunei|Cambodja|China|Filipijnen|India|Indonesië|Irak|Iran',
  'Israël|Japan|Jemen|Jordanië|Kazachstan|Kirgizië|Koeweit|Laos|Libanon|Maleisië|Malediven|Mongolië',
  'Myanmar|Birma|Nepal|Noord-Korea|Zuid-Korea|Oezbekistan|Oman|Pakistan|Palestina|Qatar|Saoedi-Arabië',
  'Singapore|Sri Lanka|Syrië|Tadzjikistan|Taiwan|Thailand|Oost-Timor|Turkmenistan',
  'Verenigde Arabische Emiraten|Vietnam|Hongkong|Gazastrook|Westelijke Jordaanoever|Koerdistan',
  // The Americas and Oceania
  "Argentinië|Bahama's|Barbados|Belize|Bolivia|Brazilië|Canada|Chili|Colombia|Costa Rica|Cuba",
  'Dominicaanse Republiek|Ecuador|El Salvador|Guatemala|Guyana|Haïti|Honduras|Jamaica|Mexico|Nicaragua',
  'Panama|Paraguay|Peru|Suriname|Trinidad en Tobago|Uruguay|Venezuela|Verenigde Staten|Australië',
  'Nieuw-Zeeland|Fiji|Papoea-Nieuw-Guinea|Groenland',
].join('|');

const REGIONS = [
  'Europa|Azië|Afrika|Amerika|Noord-Amerika|Zuid-Amerika|Midden-Amerika|Latijns-Amerika|Oceanië',
  'Antarctica|Noord-Afrika|West-Afrika|Oost-Afrika|Centraal-Afrika|Zuidelijk Afrika|Hoorn van Afrika',
  'Afrika bezuiden de Sahara|Sahel|Sahara|Midden-Oosten|Balkan|Westelijke Balkan|Kaukasus|Centraal-Azië',
  'Zuidoost-Azië|Oost-Azië|Zuid-Azië|Oost-Europa|West-Europa|Midden-Europa|Centraal-Europa|Zuid-Europa',
  'Noord-Europa|Scandinavië|Caribisch gebied|Arctisch gebied|Noordpool|Zuidpool|Middellandse Zee',
  'Zwarte Zee|Oostzee|Krim|Donbas|Darfur|Sinaï',
].join('|');

const CITIES = [
  'Brussel|Straatsburg|Parijs|Berlijn|Londen|Washington|New York|Genève|Wenen|Rome|Madrid|Lissabon',
  'Moskou|Kyiv|Kiev|Ankara|Istanbul|Rabat|Casablanca|Caïro|Tunis|Algiers|Tripoli|Beiroet|Damascus',
  'Bagdad|Teheran|Kabul|Islamabad|Jeruzalem|Tel Aviv|Peking|Beijing|Shanghai|Tokio|New Delhi|Jakarta',
  'Ottawa|Antwerpen|Gent|Luik|Aken|Keulen|Düsseldorf|Hamburg|München|Frankfurt|Kopenhagen|Stockholm',
  'Oslo|Helsinki|Warschau|Praag|Boedapest|Athene|Dublin|Lampedusa|Lesbos|Paramaribo|Willemstad',
  'Oranjestad|Philipsburg|Kralendijk|Srebrenica|Mosul|Aleppo|Kandahar|Uruzgan|Kunduz',
].join('|');

/** Other spellings → the name listed. */
export const PLACE_ALIASES: Readonly<Record<string, string>> = {
  "'s-Gravenhage": 'Den Haag',
  '’s-Gravenhage': 'Den Haag',
  "'s-Hertogenbosch": "'s-Hertogenbosch",
  '’s-Hertogenbosch': "'s-Hertogenbosch",
  'Den Bosch': "'s-Hertogenbosch",
  Fryslân: 'Friesland',
  Fryslan: 'Friesland',
  Syrie: 'Syrië',
  Oekraine: 'Oekraïne',
  Belgie: 'België',
  Italie: 'Italië',
  Curacao: 'Curaçao',
  Israel: 'Israël',
  Haiti: 'Haïti',
  VS: 'Verenigde Staten',
  VK: 'Verenigd Koninkrijk',
};

/** Every place name and alias of the gazetteer. */
export const PLACE_NAMES: readonly string[] = [
  ...new Set(
    [PROVINCES, MUNICIPALITIES, KINGDOM, DUTCH_REGIONS, COUNTRIES, REGIONS, CITIES]
      .join('|')
      .split('|')
      .concat(Object.keys(PLACE_ALIASES)),
  ),
];

/** The provinces (for "de provincie Zeeland"). */
export const PROVINCE_NAMES: ReadonlySet<string> = new Set(PROVINCES.split('|'));
