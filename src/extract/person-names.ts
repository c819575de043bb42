/**
 * What a person's name looks like in a Dutch paper: optional titles and initials
 * ("prof. dr. L.F.", "Th.A.M."), a first name where the paper gives one, particles
 * ("van der", "'t") and a capitalised surname, double-barrelled or hyphenated
 * ("Schultz van Haegen-Maas Geesteranus", "Faber-Van de Klashorst"); and the checks that
 * keep capitalised words that are no names ("Kamer", "Buitenlandse Zaken", "Marokko")
 * out of it.
 *
 * @module
 */
import { createRequire } from 'node:module';
import { PORTFOLIO_WORDS } from './ministries.ts';
import { partyOf } from './parties.ts';
import { COMMON_WORDS } from './topics-common.ts';

const require = createRequire(import.meta.url);
const { nld } = require('stopword') as { nld: string[] };

const PARTICLES_LOWER = [
  'van',
  'de',
  'der',
  'den',
  'ter',
  'ten',
  'te',
  "'t",
  '’t',
  'in',
  'la',
  'le',
  'du',
  'von',
  'da',
  'di',
  'del',
  'dos',
];

/** Particles that may open a surname ("Van Dijk", "'t Hart", "de Graaf"). */
const PARTICLE = `(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Tt]e|'t|’t|[Ii]n ['’]t|[Ll]a|[Ll]e|[Dd]u|[Vv]on|[Dd]a|[Dd]i|[Dd]el|[Dd]os)`;
/** Particles inside a name, after a first name or a hyphen ("Jasper van Dijk", "Mulder-van Dam"). */
const INNER_PARTICLE = `(?:van|de|der|den|ter|ten|te|'t|’t|in ['’]t|la|le|du|von|da|di|del|dos|Van|De|Der|Den|Ter|Ten)`;
/** One capitalised word with at least one lower-case letter: not an acronym ("CDA"). */
const CAP = `(?:[Dd]['’])?(?:IJ|\\p{Lu})\\p{Ll}[\\p{L}'’]*`;
/** A capitalised word with hyphenated parts ("Hennis-Plasschaert", "Mulder-van Dam"). */
const HCAP = `${CAP}(?:-(?:${INNER_PARTICLE} )*${CAP})*`;
/** Initials: "L.F. ", "Th. A. M. ", "Ch.A. ". */
export const INITIALS = `(?:(?:Th|Ch|Ph|Chr|Joh|Jac|Tj|Sj|IJ|Wm|Fr|\\p{Lu})\\.[  ]?)+`;
const TITLES = `(?:(?:prof|dr|mr|drs|ir|ing|ds|mgr|jhr|jkvr)\\. )*`;

/** A regex source for a name that starts with initials ("W.B. Hoekstra", "Th.A.M. Meijer"). */
export const INITIALS_NAME = `${TITLES}${INITIALS}(?:${PARTICLE} )*${HCAP}(?: (?:${INNER_PARTICLE} )*${HCAP}){0,2}`;

/** Initials-like sequences that are legal forms or abbreviations, never initials. */
export const NOT_INITIALS: ReadonlySet<string> = new Set([
  'N.V.',
  'B.V.',
  'C.V.',
  'V.O.F.',
  'N.B.',
  'P.S.',
  'U.S.',
  'E.U.',
  'V.S.',
  'V.K.',
  'A.s.',
  'O.a.',
  'I.',
  'II.',
]);

/** Capitalised words that are never (the last word of) a person's name. */
const NOT_NAMES: ReadonlySet<string> = new Set([
  ...nld,
  ...PORTFOLIO_WORDS,
  ...'minister ministers minister-president staatssecretaris staatssecretarissen premier president voorzitter ondervoorzitter griffier adjunct-griffier kamerlid kamerleden lid leden heer heren mevrouw mevr dames koning koningin prins prinses commissaris burgemeester wethouder gedeputeerde ambassadeur fractievoorzitter kamervoorzitter staatsraad ombudsman secretaris-generaal directeur'.split(
    ' ',
  ),
  ...'kamer tweede eerste staten-generaal regering kabinet raad state ministerie ministeries commissie commissies fractie fracties rijk partij staat staten gemeente provincie waterschap overheid unie europese europees nederlandse nederland'.split(
    ' ',
  ),
  ...'januari februari maart april mei juni juli augustus september oktober november december maandag dinsdag woensdag donderdag vrijdag zaterdag zondag'.split(
    ' ',
  ),
  ...'aan zie vraag vragen antwoord antwoorden bijlage bijlagen tabel figuur artikel artikelen hoofdstuk paragraaf onderdeel kamerstuk kamerstukken handelingen staatsblad staatscourant wet wetten besluit regeling motie moties amendement brief nota verslag datum betreft kenmerk postbus ons uw geachte hierbij inleiding toelichting samenstelling tegenwoordig aanvang sluiting goedemiddag goedemorgen dank ja nee namens over zoals volgens daarnaast tevens verder ten mede bij onze indiener indieners ondertekenaar beantwoord ingediend onderwerpen conclusie conclusies samenvatting achtergrond aanleiding context doel inhoud reactie vervolg overig overige algemeen afsluiting uitvoering planning proces evaluatie advies voorstel voorstellen beleid'.split(
    ' ',
  ),
]);

const NEVER_NAMES: ReadonlySet<string> = new Set([
  ...nld,
  ...'kamer tweede eerste staten-generaal regering kabinet minister staatssecretaris heer mevrouw januari februari maart april mei juni juli augustus september oktober november december'.split(
    ' ',
  ),
]);

/** Whether a word is a stop word, a month or an institution: no name even in a list of names. */
function isNeverName(word: string): boolean {
  return NEVER_NAMES.has(word.toLowerCase().replace(/[.:,;]+$/, ''));
}

/** Whether a word (any case) can never be part of a person's name. */
export function isNotName(word: string): boolean {
  return NOT_NAMES.has(word.toLowerCase().replace(/[.:,;]+$/, ''));
}

const PARTICLE_SET: ReadonlySet<string> = new Set(PARTICLES_LOWER);

/** Whether a token is a name particle ("van", "De", "'t"). */
function isParticle(token: string): boolean {
  return PARTICLE_SET.has(token.toLowerCase());
}

/** Whether a token is initials or a title ("L.F.", "Th.", "dr."). */
function isInitial(token: string): boolean {
  if (token.charCodeAt(token.length - 1) !== 46) return false;
  return (
    /^(?:(?:Th|Ch|Ph|Chr|Joh|Jac|Tj|Sj|IJ|Wm|Fr|\p{Lu})\.)+$/u.test(token) ||
    /^(?:prof|dr|mr|drs|ir|ing|ds|mgr|jhr|jkvr)\.$/.test(token)
  );
}

/**
 * A matched name trimmed to what is a name: cue words in front go ("Mevrouw Kroosberg"
 * → "Kroosberg"), and it ends before the first word that is no name ("Koenders van
 * Buitenlandse Zaken" → "Koenders"). `null` when nothing plausible is left.
 *
 * @param reject further words that end a name here (places, organisations); a word
 *   after a particle is a surname all the same ("Van Apeldoorn").
 * @param lenient whether only stop words, months and institutions end it: for the
 *   items of a list of members ("…, Prins, Raven, …").
 */
export function cleanName(raw: string, reject?: (word: string) => boolean, lenient = false): string | null {
  const tokens = raw.replace(/[  ]+/g, ' ').trim().split(' ');
  const notName = lenient ? isNeverName : isNotName;
  let start = 0;
  while (start < tokens.length && notName(tokens[start] as string) && !isParticleBeforeName(tokens, start)) start++;
  const kept: string[] = [];
  for (let i = start; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (isInitial(token) || isParticle(token)) {
      kept.push(token);
      continue;
    }
    const afterParticle = kept.length > 0 && isParticle(kept[kept.length - 1] as string);
    const rejected = (word: string) => !afterParticle && !lenient && (reject?.(word) ?? false);
    const parts = token.split('-');
    const bad = parts.some((part) => part !== '' && !isParticle(part) && (notName(part) || rejected(part)));
    if (bad || rejected(token) || partyOf(token) !== null) break;
    kept.push(token);
  }
  while (
    kept.length > 0 &&
    (isParticle(kept[kept.length - 1] as string) || isInitial(kept[kept.length - 1] as string))
  ) {
    kept.pop();
  }
  if (!kept.some((t) => !isParticle(t) && !isInitial(t))) return null;
  return kept.join(' ');
}

/** "De" at `i` opens a name when a capitalised non-cue word follows ("De Vries"). */
function isParticleBeforeName(tokens: string[], i: number): boolean {
  if (!isParticle(tokens[i] as string)) return false;
  const next = tokens[i + 1];
  return next !== undefined && (isParticle(next) || (/^\p{Lu}/u.test(next) && !isNotName(next)));
}

const COMMON: ReadonlySet<string> = new Set(COMMON_WORDS);

/** Whether a capitalised word is a common Dutch word ("Toekomst"): no name where the cue is weak. */
export function isCommonWord(word: string): boolean {
  return COMMON.has(word.toLowerCase());
}

/** Whether a name carries initials or a first name: more than a bare surname. */
export function hasInitials(name: string): boolean {
  return /^(?:(?:prof|dr|mr|drs|ir|ing|ds|mgr|jhr|jkvr)\. )*(?:(?:Th|Ch|Ph|Chr|Joh|Jac|Tj|Sj|IJ|Wm|Fr|\p{Lu})\.\s?)+/u.test(
    name,
  );
}

/** The comparison key of a name: case, spacing after initials and apostrophes folded. */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/’/g, "'").replace(/\.\s+/g, '.').replace(/\s+/g, ' ').trim();
}

/** The key of a name without its titles and initials ("l.f. asscher" → "asscher"). */
export function surnameKey(name: string): string {
  return nameKey(name)
    .replace(/^(?:(?:prof|dr|mr|drs|ir|ing|ds|mgr|jhr|jkvr)\.\s*)*/, '')
    .replace(/^(?:(?:th|ch|ph|chr|joh|jac|tj|sj|ij|wm|fr|\p{Ll})\.)+\s*/u, '')
    .trim();
}

/**
 * Common first names (Dutch, and of foreign leaders the papers name): "Tom Dumoulin",
 * "Sandra Beckerman" are persons without any other cue.
 */
export const FIRST_NAMES: ReadonlySet<string> = new Set(
  [
    'Aad Adri Agnes Ahmed Ahmed Albert Alexander Alex Alexandra Ali Angela Anja Anne Anneke Annemarie Ank Anouchka',
    'André Andre Arie Arjen Arno Astrid Barbara Barack Bart Bas Ben Bert Boris Bram Carola Caroline Caspar Cees',
    'Charles Chris Christiaan Cora Corinne Daan Dafne Daniel Dennis Derk Dick Dilan Dion Dirk Donald Eddy Edith',
    'Emile Emmanuel Erik Eric Esther Eva Ewout Farid Fatma Femke Fleur Frank Frans Fred Freek Geert Gerard Gerrit',
    'Gert Gert-Jan Gijs Hanke Hans Harm Harry Hendrik Henk Herman Hillary Hugo Inge Ingrid Jaap Jacqueline Jan',
    'Jasper Jean-Claude Jeanine Jeroen Jesse Jet Jetta Joe Joël Jolande Joost Jorien Joris Jos Josep Judith Kajsa',
    'Karin Kathalijne Kees Khadija Kim Klaas Koen Lammert Laurens Léon Liane Liesbeth Lilian Lilianne Lisa Lodewijk',
    'Maarten Marcel Marco Margreet Maria Marianne Marieke Marijke Mariëlle Mario Mark Martijn Martin Michiel',
    'Mirjam Mona Mustafa Naima Nicole Niels Ockje Olaf Paul Peter Piet Pieter Pim Raymond Renske Rianne Rik Rob',
    'Roel Ronald Rudmer Rutger Ruud Sandra Sander Sietse Sigrid Sjoerd Sophie Stef Steven Stientje Suzanne Sybrand',
    'Tamara Theo Thierry Thom Tom Ton Tunahan Ursula Vera Viktor Vladimir Volodymyr Wim Willem Wopke Wouter Wybren',
  ]
    .join(' ')
    .split(' '),
);
