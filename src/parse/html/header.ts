/**
 * The header of an officielebekendmakingen page: what the meta tags state (id,
 * dossiers and their titles, number, dates, parliamentary year, document title), with
 * the rendering's marked header elements (type line, date line, questions line,
 * signatures) for what the meta tags do not give.
 *
 * @module
 */
import {
  type Chamber,
  type Document,
  type DocumentKind,
  type Dossier,
  dossierKey,
  type ExternalIds,
  type OfficialId,
  parseDossierNumber,
  parseOfficialId,
  type Signatory,
} from '../../model/index.ts';
import { findDate, isoDate } from '../text/dates.ts';
import {
  NOTICE_TYPE_LINE,
  QUESTIONS_START,
  type QuestionsLine,
  readAnswerLine,
  readQuestionsLine,
} from '../text/questions.ts';
import type { MetaTags } from './meta.ts';
import type { Opening } from './opening.ts';
import type { RawBlock } from './page.ts';
import { readSignatures } from './signature.ts';

/** The header fields of a document, as the page gives them. */
export type PageHeader = Pick<
  Document,
  | 'id'
  | 'kind'
  | 'chamber'
  | 'dossiers'
  | 'number'
  | 'typeLine'
  | 'subject'
  | 'sender'
  | 'addressee'
  | 'place'
  | 'date'
  | 'parliamentaryYear'
  | 'signatories'
  | 'warnings'
> & { external?: ExternalIds };

const KIND_BY_PREFIX: Record<string, DocumentKind> = {
  kst: 'kamerstuk',
  ah: 'aanhangsel',
  h: 'handelingen',
  kv: 'kamervragen',
  stb: 'staatsblad',
  stcrt: 'staatscourant',
};
const KIND_BY_PUBLICATION: Array<[RegExp, DocumentKind]> = [
  [/^kamerstuk/i, 'kamerstuk'],
  [/^aanhangsel/i, 'aanhangsel'],
  [/^handelingen/i, 'handelingen'],
  [/^kamervragen/i, 'kamervragen'],
  [/^staatsblad/i, 'staatsblad'],
  [/^staatscourant/i, 'staatscourant'],
];
const PARLIAMENTARY = new Set<DocumentKind>(['kamerstuk', 'aanhangsel', 'handelingen', 'kamervragen']);
/** The meta tags holding the paper's own date, by kind. */
const OWN_DATES: Record<DocumentKind, string[]> = {
  kamerstuk: ['overheidop.datumbrief', 'overheidop.datumindiening', 'overheidop.datumondertekening'],
  aanhangsel: ['overheidop.datumontvangst'],
  kamervragen: ['overheidop.datumindiening'],
  handelingen: ['overheidop.datumvergadering'],
  staatsblad: ['overheidop.datumondertekening'],
  staatscourant: ['overheidop.datumondertekening'],
  other: ['overheidop.datumondertekening'],
};
const PUBLICATION_DATES = ['dcterms.issued', 'dcterms.available'];
const ZAAK_NUMBER = /^\d{4}Z\d{5,}$/;

/** `2015-05-28`, `2015-05-28T10:00:00`, `28-05-2015` → ISO date. */
function metaDate(value: string | null): string | null {
  if (value === null) return null;
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(value);
  if (ymd) return isoDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const dmy = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(value);
  return dmy ? isoDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1])) : null;
}

/** `2014-2015`, `2014–2015`, `2014/2015` → `2014-2015`; anything else → null. */
function parliamentaryYearOf(value: string | null | undefined): string | null {
  const match = value ? /^(\d{4})\s*[-–/]\s*(\d{4})$/.exec(value) : null;
  return match && Number(match[2]) === Number(match[1]) + 1 ? `${match[1]}-${match[2]}` : null;
}

function kindOf(id: string | null, meta: MetaTags): DocumentKind {
  const prefix = id?.split('-')[0]?.toLowerCase();
  const byId = prefix ? KIND_BY_PREFIX[prefix] : undefined;
  if (byId) return byId;
  const name = meta.first('overheidop.publicationname');
  return KIND_BY_PUBLICATION.find(([pattern]) => name !== null && pattern.test(name))?.[1] ?? 'other';
}

function chamberOf(kind: DocumentKind, official: OfficialId | null, meta: MetaTags): Chamber | null {
  // A Kamerstuk's id names no chamber (the extract stage reads it from the number).
  if (official?.chamber && official.kind !== 'kamerstuk') return official.chamber;
  if (!PARLIAMENTARY.has(kind)) return null;
  const creator = meta.first('dc.creator', 'dcterms.creator') ?? '';
  if (/Verenigde Vergadering/i.test(creator)) return 'verenigde-vergadering';
  if (/Eerste Kamer/i.test(creator)) return 'eerste-kamer';
  if (/Tweede Kamer/i.test(creator)) return 'tweede-kamer';
  return null;
}

/** Dossiers from `OVERHEIDop.dossiernummer` (repeated, or joined by `;`) and `OVERHEIDop.dossiertitel`. */
function metaDossiers(meta: MetaTags): Dossier[] {
  const numbers = meta.all('overheidop.dossiernummer').flatMap((value) => value.split(/\s*[;,|]\s*/));
  let titles = meta.all('overheidop.dossiertitel');
  if (numbers.length > 1 && titles.length === 1) {
    const split = (titles[0] as string).split(/\s*;\s*/);
    if (split.length === numbers.length) titles = split;
  }
  const dossiers: Dossier[] = [];
  numbers.forEach((text, i) => {
    const dossier = parseDossierNumber(text);
    if (!dossier || dossiers.some((d) => dossierKey(d) === dossierKey(dossier))) return;
    dossier.title = titles[i] ?? null;
    dossiers.push(dossier);
  });
  return dossiers;
}

/** Dossiers from the rendering's `dossiernummer` / `dossiertitel` elements. */
function bodyDossiers(fields: readonly RawBlock[]): Dossier[] {
  const dossiers: Dossier[] = [];
  for (const field of fields) {
    const number = field.field === 'dossierNumber' ? field.text : field.parts?.dossierNumber;
    const dossier = number ? parseDossierNumber(number) : null;
    if (dossier) {
      const title = field.field === 'dossierTitle' ? field.text.replace(number as string, '').trim() : '';
      dossier.title = title === '' ? null : title;
      dossiers.push(dossier);
    } else if (field.field === 'dossierTitle') {
      const last = dossiers[dossiers.length - 1];
      if (last && last.title === null) last.title = field.text;
    }
  }
  return dossiers;
}

function dossiersOf(meta: MetaTags, official: OfficialId | null, fields: readonly RawBlock[], warnings: string[]) {
  const fromBody = bodyDossiers(fields);
  let dossiers = metaDossiers(meta);
  const named = official?.dossier;
  if (dossiers.length === 0 && named) dossiers = [{ ...named, title: meta.first('overheidop.dossiertitel') }];
  if (dossiers.length === 0) dossiers = fromBody;
  dossiers.forEach((dossier, i) => {
    dossier.title ??= fromBody.find((d) => d.number === dossier.number)?.title ?? fromBody[i]?.title ?? null;
  });
  const first = dossiers.find((d) => d.number === named?.number);
  if (named && !first)
    warnings.push(`the page's id names dossier ${named.number}, its metadata ${dossiers[0]?.number}`);
  else if (named?.suffix && first && !first.suffix) first.suffix = named.suffix;
  return dossiers;
}

function numberOf(kind: DocumentKind, meta: MetaTags, official: OfficialId | null, fields: readonly RawBlock[]) {
  if (kind === 'aanhangsel') {
    const stated = meta.first('overheidop.aanhangsel');
    return official?.number ?? (stated && /^\d+$/.test(stated) ? stated : null);
  }
  if (kind !== 'kamerstuk') return null;
  const printed = fields.find((f) => f.field === 'number')?.text ?? fields.find((f) => f.parts?.number)?.parts?.number;
  const fromPrint = printed ? (/^Nr\.?\s*(\w+)/i.exec(printed)?.[1] ?? null) : null;
  return meta.first('overheidop.ondernummer') ?? official?.number ?? fromPrint;
}

function typeLineOf(fields: readonly RawBlock[]): string | null {
  const field = fields.find((f) => f.field === 'typeLine');
  if (!field) return null;
  const number = field.parts?.number;
  const text = (number ? field.text.replace(number, '') : field.text.replace(/^Nr\.?\s*\w+\s+/i, '')).trim();
  return text === '' ? null : text;
}

/** "Integratiebeleid; Brief regering; Verslag werkbezoek" → "Verslag werkbezoek". */
function subjectFromTitle(title: string | null): string | null {
  const parts = title?.split(/\s*;\s*/) ?? [];
  return parts.length >= 3 ? parts.slice(2).join('; ') : null;
}

/** The date printed in the paper, and the place before it ("Den Haag, 28 mei 2015"). */
function printedDate(fields: readonly RawBlock[]): { date: string | null; place: string | null } {
  for (const field of fields) {
    if (field.field !== 'dateLine') continue;
    const found = findDate(field.text);
    if (!found) continue;
    const before = field.text.slice(0, found.index);
    const place = before.includes(',') ? (before.split(',')[0] as string).trim() : '';
    return { date: found.iso, place: place === '' || place.length > 40 ? null : place };
  }
  return { date: null, place: null };
}

function questionsOf(kind: DocumentKind, meta: MetaTags, fields: readonly RawBlock[]): QuestionsLine | null {
  const line = fields.find((f) => f.field === 'questionsLine')?.text;
  if (line) return readQuestionsLine(line);
  const title = meta.first('dc.title', 'dcterms.title');
  const asked = kind === 'kamervragen' || kind === 'aanhangsel';
  return asked && title && QUESTIONS_START.test(title) ? readQuestionsLine(title) : null;
}

/**
 * Read the header of an officielebekendmakingen page from its meta tags, the header
 * fields of its rendering, the opening of its body and its `<title>`.
 *
 * @example
 * readPageHeader(page.meta, fields, takeOpening(body), page.title).id; // 'kst-99001-7'
 */
export function readPageHeader(
  meta: MetaTags,
  fields: readonly RawBlock[],
  opening: Opening,
  pageTitle: string,
): PageHeader {
  const warnings: string[] = [];
  const id = meta.identifier();
  const official = id ? parseOfficialId(id) : null;
  const kind = kindOf(id, meta);
  const questions = questionsOf(kind, meta, fields);
  const answer = opening.answerLine ? readAnswerLine(opening.answerLine) : null;
  const printed = printedDate(fields);

  const dossiers = PARLIAMENTARY.has(kind) ? dossiersOf(meta, official, fields, warnings) : [];
  const number = numberOf(kind, meta, official, fields);
  if (kind === 'kamerstuk' && dossiers.length === 0) warnings.push("no dossier found in the page's metadata or header");
  if (kind === 'kamerstuk' && number === null)
    warnings.push("no document number found in the page's metadata or header");

  const title = meta.first('dc.title', 'dcterms.title');
  const subject =
    meta.first('overheidop.documenttitel') ??
    questions?.subject ??
    (kind === 'kamerstuk' ? subjectFromTitle(title) : null) ??
    (PARLIAMENTARY.has(kind)
      ? null
      : (title ?? fields.find((f) => f.field === 'titleHeading')?.text ?? (pageTitle || null)));

  // The paper's own date: as the metadata states it, else as the paper prints it (the
  // answer's "ontvangen", the questions' "ingezonden", the date line); the publication
  // date only as a last resort.
  const printedOwn = kind === 'aanhangsel' ? answer?.date : kind === 'kamervragen' ? questions?.date : printed.date;
  let date = metaDate(meta.first(...OWN_DATES[kind])) ?? printedOwn ?? null;
  if (date === null) {
    date = metaDate(meta.first(...PUBLICATION_DATES));
    if (date !== null && PARLIAMENTARY.has(kind))
      warnings.push('date taken from the publication date officielebekendmakingen gives, not from the paper itself');
  }

  const signatories: Signatory[] = [...(questions?.askers ?? []), ...readSignatures(fields)];
  if (signatories.length === 0 && kind === 'kamerstuk')
    for (const name of meta.all('overheidop.indiener')) signatories.push({ name, role: null });

  const asked = kind === 'kamervragen' || kind === 'aanhangsel';
  const zaak = meta.first('overheidop.vraagnummer') ?? fields.find((f) => f.field === 'questionNumber')?.text;
  const header: PageHeader = {
    id,
    kind,
    chamber: chamberOf(kind, official, meta),
    dossiers,
    number,
    // A notice of delay ("Mededeling van …") is typed as one, so that it is not taken for the answer.
    typeLine: typeLineOf(fields) ?? (kind === 'aanhangsel' && answer?.notice ? NOTICE_TYPE_LINE : null),
    subject,
    sender: kind === 'aanhangsel' ? (answer?.sender ?? null) : null,
    addressee: questions?.addressee ?? opening.addressee ?? (asked ? meta.first('overheidop.ontvanger') : null) ?? null,
    place: printed.place,
    date,
    parliamentaryYear:
      parliamentaryYearOf(meta.first('overheidop.vergaderjaar')) ?? parliamentaryYearOf(official?.parliamentaryYear),
    signatories,
    warnings,
  };
  if (asked && zaak && ZAAK_NUMBER.test(zaak)) header.external = { tkZaken: [zaak] };
  return header;
}
