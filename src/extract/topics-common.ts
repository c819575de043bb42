/**
 * The background of topics: the words common to Dutch parliamentary papers whatever
 * they are about ("regering", "kamer", "minister", "brief", "jaar", "beleid", …), which
 * are never a paper's topic. Derived data, no text: the lower-case words (not capitalised
 * mid-sentence, four letters or more, no stop word, no theme or place) that occur in at
 * least 4 of the 159 papers of the development corpus (`shared/corpus/raw/*.json`,
 * `text`), by document frequency, most common first, one spelling per `topicKey`; the
 * names of parties and a few policy words that happened to be frequent in that sample
 * ("opvang", "vervoer", "tarieven") taken out by hand.
 *
 * @module
 */

/** The common words, most common first. */
export const COMMON_WORDS: readonly string[] = [
  'brief wordt regering gaat jaar commissie orde vragen kamerstuk aantal motie hierbij zoals kabinet',
  'wijziging beraadslaging juni onder eerste gehoord inzake nieuwe tweede vaste voorgesteld voorstel',
  'voorzitter april datum leden boven informeren mogelijk overleg september verslag minister oktober',
  'onderdeel onderzoek ontvangen alle december november toezeggingen verzoekt volgende komen namens',
  'vastgesteld artikel bieden grote januari mede ontwikkelingen overwegende wetsvoorstel afgelopen',
  'behandeling enkele inleiding maken moeten reactie stellen aanleiding belang belangrijk februari',
  'fractie mensen nader onderwerpen rapport welke advies goed heer nodig tijdens verzoek basis bijlage',
  'directe gemeenten gevolgen verband antwoord gemaakt iedereen toelichting uitvoering verschillende',
  'volgt waarin daarbij kader maart nemen staatssecretaris voldoende aanpak beleid besluiten brede',
  'constaterende daarom gedaan geven juli onze opmerkingen regeling tevens weten zoeken bevat brengen',
  'burgers document doel gegeven gevoerd hoger ingediend inzet jaren maatregelen overzicht pagina',
  'personen vanuit waar werken zaken zien acht begrotingsstaten binnen daarnaast eerder gebruik gesteld',
  'geïnformeerd graag hierover ministerie open opgenomen plaats stand staat stemmingen termijn verder',
  'vergaderjaar wetten wettelijke willen aandacht beantwoord beschikbaar deel effecten financiële',
  'hierna indiener komende komt landen laten link minder nummer ontvangt openbaar recht resultaten tijd',
  'toegezegd tussen vergadering versie voortgang alsmede daarmee dossier gerelateerde griffier grond',
  'houden korte kwaliteit periode samenleving steeds twee uitgebreid vaststelling verzocht zaak zullen',
  'aangegeven betrokken bijgewerkt cijfers derde economische extra gaan genomen geval handelingen',
  'hiervoor huidige kamerstukdossiers memorie middelen moment ondernummer origineel overweging plan',
  'problemen site verwacht vinden voorbereiding vormen aanwezig activiteiten afgedrukt anders begroting',
  'belangstelling beter bevindingen bijzonder budget dergelijke enige gericht hiermee informatie',
  'internationale krijgen mening opgesteld publieke samen snel sociale staan toekomen toekomst visie',
  'waarbij werkzaamheden zowel aangeboden aangenomen aanvang agenda algemeen algemene behoefte',
  'bestaande bijdrage bijgaand daarop debat denk drie eigen elkaar evaluatie gelegd geschenken',
  'gewijzigd hoogte integraal inzicht jaarlijkse kamerleden kenmerk kunt maanden mevrouw officiële',
  'ongeplande opzichte politieke preview prioriteiten project provincies rondom schriftelijk sturen',
  'terrein uitkomsten vanwege vier voorgelegd voorzien zenden begin bekend bericht bestuurlijke',
  'betreffende betreft bijgevoegd breder bron daardoor dinsdag duidelijk feit fors geeft gepubliceerd',
  'gezamenlijke groep harte heet hiervan hoofdlijnen https ingaan inhoud kennisgenomen leggen ligt',
  'maatschappelijk maximaal nationale noodzaak overheid positie situatie stap steun technisch',
  'tegelijkertijd terug tijdelijke uiterlijk vandaag verbeteren verbetering vierde vindt voorbereidend',
  'vorig waardoor waaronder waarop welkom wetgeving adjunct advisering afgerond afspraken ambitie',
  'bedoelde belangrijkste betaalbare betrekking blijven blijft blijkt capaciteit daarvan dient',
  'doelstelling echter gehele gekomen genoemde gevraagd herziening hieraan hieronder houdende houdt',
  'html impact indien ingegaan inkomen inmiddels instrument invoering invulling juridische keer',
  'kwartaal lijst maakt manieren miljoen mogen monitor name naast nauw niveau noodzakelijk',
  'officielebekendmakingen ontvangsten oplossing ouders overheden praktijk pvdd recent regels richtlijn',
  'rond samenwerking sinds sprake start stelt sterk toegevoegd uitdagingen uitgangspunten vaak',
  'voorbereid voorkomen waarvan werking zetten aangekondigd aanwijzing aanzien aard amendement belast',
  'bent bepalingen bescherming besloten bestaat besteed betekent bevorderen bovendien constateer',
  'daadwerkelijk daarvoor dienen doet eind eisen financieel geannoteerde gebracht geef geldt gelijk',
  'geplaatst gesproken gezet gezien groei grootste hand inclusief ingezet inzage juist kabinetsreactie',
  'kinderen kwetsbare lange langer lasten leven lidstaten lokale markt mededeling meerdere merken',
  'mogelijkheden nota ondergetekende ontwikkelen opgaven organisatie overeenstemming overige partijen',
  'passend problematiek procedures punt raadpleegbaar rapportage rechtstreeks reden regelgeving regio',
  'rekening relatie risico ruimte status structureel tegemoet thema toepassing totaal tweedekamer',
  'uitgaven uitvoer uitwerking veilig verantwoordelijkheid verkenning versterken versterking vervangen',
  'vervolgens verwachting verzamelbrief voldoen volgens vraagt vrije vóór waarborgen wanneer waarden',
  'week woord zelfs zeer zomerreces aanbevelingen aanpassing aanvulling acties akkoord allereerst',
  'analyse beantwoording bedrag beide beeld beleidsreactie benodigde beoogt bepaalde bereid bereikt',
  'berichtgeving besluitvorming besproken bestond bijna bijvoorbeeld blijkens bouwen bovengenoemde',
  'centraal collega complex conclusies concrete daaraan deelname diverse druk elke ernstige ervoor',
  'functie geachte gebied gebleken gedateerd geleid geplande geschetst gesprekken gestuurd heel',
  'hierdoor hoge hulp implementatie ingezonden inhoudsopgave instelling invloed item kansen kennis',
  'kosten krijgt kwam langdurige laat laatste leidt machtigde mate melden ministeriële modernisering',
  'moeilijk nadrukkelijk namelijk omstandigheden ondersteunen ondertekenaar ongeveer opdracht opnieuw',
  'pakket parlementaire perspectief plaatsvinden positieve postbus programma raming samenhangende',
  'sector sociaal taak tegengaan tegenwoordig tekort tekst terwijl thans titel toegelicht toegezonden',
  'toezicht treft tribune uitbreiding uitgevoerd uitzondering vanaf vanzelfsprekend verhoging verleden',
  'vervanging voorbehoud voordat voorganger voornemens voortgangsrapportage voorzitterschap voorts',
  'vroeg waaraan waarmee waarover waarvoor wenselijk weer wereld wijze zitten zodat zomer',
]
  .join(' ')
  .split(' ');
