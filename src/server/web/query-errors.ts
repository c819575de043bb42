/**
 * The query language's error messages in Dutch, for the web app (the API and CLI
 * keep the English ones). A message this table does not know gets a general sentence.
 *
 * @module
 */

const RULES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^unclosed quote/, () => 'Er ontbreekt een afsluitend aanhalingsteken (").'],
  [/^empty phrase/, () => 'Tussen de aanhalingstekens staat niets.'],
  [/^"(.)" must be followed by a word/, (m) => `Na "${m[1]}" moet direct een woord volgen, zonder spatie.`],
  [/^unknown field "([^"]*):": use one of (.*)$/, (m) => `Het veld "${m[1]}:" bestaat niet. Gebruik een van: ${m[2]}.`],
  [/^"\*" only at the end/, () => 'Een sterretje (*) mag alleen aan het eind van een woord staan.'],
  [/^empty value for ([a-z]+)/, (m) => `Na ${m[1]}: moet direct een waarde volgen, zonder spatie.`],
  [/^unbalanced "\)"/, () => 'Er staat een sluitend haakje ")" zonder openend haakje.'],
  [/^unbalanced "\("/, () => 'Er ontbreekt een sluitend haakje ")".'],
  [/^OR needs a term before it/, () => 'Voor OR moet een zoekterm staan.'],
  [/^OR needs a term after it/, () => 'Na OR moet een zoekterm staan.'],
  [/^AND needs a term on both sides/, () => 'AND moet tussen twee zoektermen staan.'],
  [/^empty parentheses/, () => 'Tussen de haakjes staat niets.'],
  [/^(NOT|"-") needs a term after it/, (m) => `Na ${m[1] === 'NOT' ? 'NOT' : '"-"'} moet een zoekterm staan.`],
  [/^a negation cannot be negated/, () => 'Een uitsluiting kan hier niet nog eens worden uitgesloten.'],
  [/^expected a term/, () => 'Hier wordt een zoekterm verwacht.'],
  [/^bad date "([^"]*)": no month/, (m) => `De datum "${m[1]}" heeft geen geldige maand.`],
  [/^bad date "([^"]*)"/, (m) => `De datum "${m[1]}" is onjuist: schrijf jjjj, jjjj-mm of jjjj-mm-dd.`],
  [
    /^query too long: (\d+) characters, at most (\d+)/,
    (m) => `De zoekvraag is te lang: ${m[1]} tekens, hooguit ${m[2]}.`,
  ],
  [/^too many terms: more than (\d+)/, (m) => `De zoekvraag heeft te veel zoektermen: hooguit ${m[1]}.`],
  [
    /^too many prefix searches \(word\*\): more than (\d+)/,
    (m) => `De zoekvraag heeft te veel woorden met een sterretje (*): hooguit ${m[1]}.`,
  ],
];

/** A query error message in Dutch. */
export function dutchQueryError(message: string): string {
  for (const [pattern, say] of RULES) {
    const m = pattern.exec(message);
    if (m) return say(m);
  }
  return 'Griffie kan deze zoekvraag niet lezen. Controleer haakjes, aanhalingstekens en velden.';
}
