/**
 * Topics (`Document.topics`): the themes a paper is about, lower-case Dutch words, most
 * central first, at most six.
 *
 * One pass over the words of the dossier titles (which weigh most), the title and
 * subject, the body and the footnotes (least). A word that means a policy theme
 * (`topic-themes.ts`: "migranten", "integratiebeleid") counts, twice, for that theme.
 * Any other word counts for itself, grouped with its inflections (`topicKey`), unless it
 * is common to parliamentary papers whatever they are about (`topics-common.ts`), a stop
 * word, an adjective or participle by its ending, or a proper noun (capitalised
 * mid-sentence). A country or region the paper names often is a topic too ("marokko").
 * What occurs only once in the body is no topic. Deterministic: ties go to the word
 * met first.
 *
 * @module
 */
import { createRequire } from 'node:module';
import { type Document, Interner, SpanIntTable } from '../model/index.ts';
import { isOrganisation } from './organisations.ts';
import { isPlace } from './places.ts';
import { themeForms, themeOfForm } from './topic-themes.ts';
import { forEachWordSpan, topicKey } from './topic-words.ts';
import { COMMON_WORDS } from './topics-common.ts';

const require = createRequire(import.meta.url);
const { nld } = require('stopword') as { nld: string[] };

/** At most this many topics. */
export const MAX_TOPICS = 6;

const STOP: ReadonlySet<string> = new Set(nld);
/** Words of the papers' own furniture that no corpus paper happened to share enough. */
const FURNITURE = [
  ...'fictief fictieve voorbeeld publicatie nederland ondergetekende ondergetekenden gedrukt verstaan dank langs'.split(
    ' ',
  ),
  ...'raad raden wegens stukken financiën aangehouden zorgen'.split(' '),
  ...'stemming gestemd ertegen ervoor informeert informeren volgen begroot euro miljoen miljard procent opzet najaar'.split(
    ' ',
  ),
  ...'voorjaar kleine klein groot hoog laag nieuw oude hele halve eerst daarna keer uur dagen weken maanden kilometer'.split(
    ' ',
  ),
  ...'twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien twintig dertig veertig'.split(
    ' ',
  ),
  ...'honderd tweehonderd duizend achttien helft derde vierde kwart tweede eerste laatste andere ander gewone'.split(
    ' ',
  ),
];
const COMMON: ReadonlySet<string> = new Set([...COMMON_WORDS, ...FURNITURE].map(topicKey));
/** Adjectives and participles by their endings: "drijvende", "natuurlijke", "tijdige". */
const NOT_A_NOUN =
  /(?:[^aeiou]ende?|lijke?r?|ische?|[^aeiou]ige?|baar|bare|loos|loze|[^i]ale|ele|aire|ieve|iële|uele)$|^[ivxlc]+$/;

/** Theme forms by key (five letters or more: shorter ones count only as printed). */
const THEME_BY_KEY = new Map<string, string>();
let LONGEST = 0;
for (const [form, theme] of themeForms()) {
  if (form.length < 5 || form.includes(' ')) continue;
  const key = topicKey(form);
  if (!THEME_BY_KEY.has(key)) THEME_BY_KEY.set(key, theme);
  LONGEST = Math.max(LONGEST, form.length);
}
/** What follows a theme in a word that is no compound of it: "natuurlijk", "handelingen". */
const NOT_A_COMPOUND_TAIL = /^(?:lijk|vuld|isch|baar|loos|loze|ing|ingen|en|er|ers|aar|heid|ig|tje)/;

/** How much a mention weighs, by where it stands. */
const WEIGHT = { dossier: 3, title: 2, body: 1, footnote: 0.5 } as const;
const THEME_FACTOR = 2;
const PLACE_FACTOR = 1.5;
/** Below this a candidate is no topic: one body mention is not enough. */
const MIN_SCORE = 2;

/** The theme a lower-case word means, as printed, by its key, or as a compound. */
function themeOf(word: string): string | null {
  let theme = themeOfForm(word) ?? (word.length >= 5 ? THEME_BY_KEY.get(topicKey(word)) : undefined) ?? null;
  for (let len = Math.min(LONGEST, word.length - 4); theme === null && len >= 5; len--) {
    const head = themeOfForm(word.slice(0, len));
    const tail = word.slice(len).replace(/^[s-]/, '');
    if (head && tail.length >= 4 && !NOT_A_COMPOUND_TAIL.test(tail)) theme = head;
  }
  for (let start = 4; theme === null && start <= word.length - 6; start++)
    theme = themeOfForm(word.slice(start)) ?? null;
  return theme;
}

/** What a lower-case word counts for: a theme, itself (by its key), or nothing; and whether it ends a two-word theme form. */
interface Reading {
  theme: string | null;
  key: string | null;
  bigramEnd: boolean;
}

/** The second words of two-word theme forms ("openbare orde" → "orde"). */
const BIGRAM_ENDS: ReadonlySet<string> = new Set(
  [...themeForms()].filter(([form]) => form.includes(' ')).map(([form]) => form.split(' ').pop() as string),
);

/** Longer words are no topic (Dutch compounds in papers stay well under it). */
const LONGEST_WORD = 60;

/** What a lower-case word counts for. */
function readingOf(lower: string): Reading {
  const reading: Reading = { theme: null, key: null, bigramEnd: BIGRAM_ENDS.has(lower) };
  // No theme or topic is that long; reading such a "word" costs the square of its length.
  if (!STOP.has(lower) && lower.length <= LONGEST_WORD) {
    reading.theme = themeOf(lower);
    if (!reading.theme && lower.length >= 4 && !NOT_A_NOUN.test(lower)) {
      const key = topicKey(lower);
      if (!COMMON.has(key)) reading.key = key;
    }
  }
  return reading;
}

/**
 * The strings readings name (lower-case words, themes, keys), by number: the memo of
 * printed words and the tallies hold numbers, so the hot loop touches no string.
 * Bounded: started over, with the memo, between papers when it holds too many.
 */
const STRINGS = new Interner();
const MAX_STRINGS = 1_000_000;

/** What a printed word's flags say: printed with a capital, a place, an organisation('s word), the end of a two-word theme form. */
const CAPITALISED = 1;
const PLACE = 2;
const ORGANISATION = 4;
const BIGRAM_END = 8;

/**
 * Every printed word's reading, memoised across papers by its characters (bounded), as
 * four integers: its flags, its lower case, its theme and its key (numbers of `STRINGS`;
 * −1 for none).
 */
const PRINTED = new SpanIntTable((printed) => {
  const lower = printed.toLowerCase();
  const reading = readingOf(lower);
  const capitalised = printed !== lower;
  const flags =
    (capitalised ? CAPITALISED : 0) |
    (capitalised && isPlace(printed) ? PLACE : 0) |
    (capitalised && isOrganisation(printed) ? ORGANISATION : 0) |
    (reading.bigramEnd ? BIGRAM_END : 0);
  return [
    flags,
    STRINGS.number(lower),
    reading.theme === null ? -1 : STRINGS.number(reading.theme),
    reading.key === null ? -1 : STRINGS.number(reading.key),
  ];
});

interface Candidate {
  score: number;
  first: number;
  /** How often it was seen. */
  count: number;
  /** The topic's name (a number of `STRINGS`); for a word the most frequent spelling (see `forms`). */
  name: number;
  /** How often each spelling of a word was seen, once it was seen in two. */
  forms: Map<number, number> | null;
  kind: 'theme' | 'place' | 'word';
  /** Whether it stands in a dossier title, the title or the subject. */
  header: boolean;
}

/**
 * What topics are read from, as plain strings (a malformed paper gives fewer of them,
 * not an error): the dossiers' titles, the title and subject, the blocks' and footnotes'
 * texts, and the names of the persons the paper names (no topics).
 */
export interface TopicTexts {
  dossierTitles: string[];
  headers: string[];
  blocks: string[];
  footnotes: string[];
  persons: string[];
}

const strings = (values: unknown[]): string[] =>
  values.filter((v): v is string => typeof v === 'string' && v.length > 0);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The texts a paper's topics are read from (its entities extracted first). Never throws on content. */
export function topicTexts(doc: Document): TopicTexts {
  return {
    dossierTitles: strings(list(doc.dossiers).map((d) => (d as { title?: unknown } | null)?.title)),
    headers: strings([doc.title, doc.subject]),
    blocks: strings(list(doc.blocks).map((b) => (b as { text?: unknown } | null)?.text)),
    footnotes: strings(list(doc.footnotes).map((f) => (f as { text?: unknown } | null)?.text)),
    persons: strings(list(doc.entities?.persons).map((p) => (p as { name?: unknown } | null)?.name)),
  };
}

function weighted(texts: TopicTexts): Array<[string, number, boolean]> {
  return [
    ...texts.dossierTitles.map((t): [string, number, boolean] => [t, WEIGHT.dossier, true]),
    ...texts.headers.map((t): [string, number, boolean] => [t, WEIGHT.title, true]),
    ...texts.blocks.map((t): [string, number, boolean] => [t, WEIGHT.body, false]),
    ...texts.footnotes.map((t): [string, number, boolean] => [t, WEIGHT.footnote, false]),
  ];
}

const FACTOR = { theme: THEME_FACTOR, place: PLACE_FACTOR, word: 1 } as const;

/** The candidates of one paper, by kind and name (or key). */
class Tally {
  readonly all: Candidate[] = [];
  private readonly byId = {
    theme: new Map<number, Candidate>(),
    place: new Map<number, Candidate>(),
    word: new Map<number, Candidate>(),
  };

  /** A mention of candidate `id` (a number of `STRINGS`), printed as `form`. */
  add(kind: Candidate['kind'], id: number, form: number, weight: number, header: boolean): void {
    const map = this.byId[kind];
    let c = map.get(id);
    if (!c) {
      c = { score: 0, first: this.all.length, count: 0, name: form, forms: null, kind, header };
      map.set(id, c);
      this.all.push(c);
    }
    c.score += weight * FACTOR[kind];
    if (header) c.header = true;
    if (!c.forms && form !== c.name) c.forms = new Map([[c.name, c.count]]);
    if (c.forms) c.forms.set(form, (c.forms.get(form) ?? 0) + 1);
    c.count++;
  }
}

/** The themes a paper is about, most central first. Never throws on content. */
export function extractTopics(doc: Document): string[] {
  return topicsOfTexts(topicTexts(doc));
}

/** The themes of a paper given by its texts (`topicTexts`), most central first. Never throws on content. */
export function topicsOfTexts(texts: TopicTexts): string[] {
  try {
    if (STRINGS.size > MAX_STRINGS) {
      PRINTED.clear();
      STRINGS.clear();
    }
    const tally = new Tally();
    const names = personWords(texts.persons);
    for (const [text, weight, header] of weighted(texts)) {
      let previous = -1;
      forEachWordSpan(text, (start, end, proper) => {
        const at = PRINTED.find(text, start, end);
        const word = PRINTED.pool;
        const flags = word[at] as number;
        const lower = word[at + 1] as number;
        if ((flags & CAPITALISED) !== 0) {
          if ((flags & PLACE) !== 0) {
            if (STRINGS.string(lower) !== 'nederland') tally.add('place', lower, lower, weight, header);
            previous = lower;
            return;
          }
          if (proper || (flags & ORGANISATION) !== 0 || names.has(lower)) {
            previous = lower;
            return;
          }
        }
        const bigram =
          (flags & BIGRAM_END) !== 0
            ? themeOfForm(`${previous === -1 ? '' : STRINGS.string(previous)} ${STRINGS.string(lower)}`)
            : undefined;
        const theme = word[at + 2] as number;
        const key = word[at + 3] as number;
        if (bigram) {
          const n = STRINGS.number(bigram);
          tally.add('theme', n, n, weight, header);
        } else if (theme !== -1) tally.add('theme', theme, theme, weight, header);
        else if (key !== -1) tally.add('word', key, lower, weight, header);
        previous = lower;
      });
    }
    return rank(tally.all);
  } catch {
    return [];
  }
}

/** The words of the persons' names ("beckerman"): names are no topics, at a line's start neither. */
function personWords(names: ReadonlyArray<string>): ReadonlySet<number> {
  const out = new Set<number>();
  for (const name of names) {
    for (const word of name.toLowerCase().split(/[\s.-]+/)) if (word.length > 3) out.add(STRINGS.number(word));
  }
  return out;
}

/** The candidates that make topics, best first, each named once. */
function rank(candidates: Candidate[]): string[] {
  const kept = candidates.filter((c) => c.score >= MIN_SCORE && (c.kind !== 'place' || c.header || c.count >= 3));
  kept.sort((a, b) => b.score - a.score || a.first - b.first);
  const out: string[] = [];
  for (const c of kept) {
    const best = c.forms ? ([...c.forms].sort((a, b) => b[1] - a[1])[0]?.[0] ?? c.name) : c.name;
    const name = STRINGS.string(best) as string;
    if (name && !out.includes(name)) out.push(name);
    if (out.length === MAX_TOPICS) break;
  }
  return out;
}
