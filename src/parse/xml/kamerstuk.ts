/**
 * The header of a Kamerstuk in officielebekendmakingen XML (`kamerstuk`): the masthead
 * lines of `kamerstukkop`, every `dossier` (`dossiernummer`, `begrotingshoofdstuk`,
 * `titel`), and of the `stuk` its number (`stuknr`/`ondernummer`), type line (`titel`)
 * and date (`datumtekst`). A letter's addressee and its place and date open the body as
 * paragraphs ("Aan de Voorzitter …", "Den Haag, 28 mei 2015"); they are taken out of it
 * and into the header, as from the printed paper.
 *
 * @module
 */
import { type Document, type Dossier, parseDossierNumber } from '../../model/index.ts';
import { findDate } from '../text/dates.ts';
import {
  ADDRESSEE,
  cleanTypeLine,
  MASTHEAD,
  matchDatedEvent,
  matchPlaceDate,
  SESSION_YEAR,
} from '../text/header-patterns.ts';
import { BodyReader, isoAttribute } from './body.ts';
import { inlineText } from './text.ts';
import { childNamed, elementsOf, findFirst, type XmlElement } from './tree.ts';

/** How many blocks at the start of a letter may hold its addressee and its place and date. */
const OPENING_BLOCKS = 4;

/** The type line of a paper members submit: its signatories are members (`lid`). */
export const MEMBERS_PAPER =
  /^(?:HERDRUK\s+)?(?:(?:\S+\s+)?NADER\s+)?(?:GEWIJZIGDE?\s+)?(?:SUB)?(?:MOTIE|AMENDEMENT)\b/;

/** A printed number in a dossier: "93", "12a", and the Eerste Kamer's letters ("A", "BC"). */
const DOCUMENT_NUMBER = /^(?:[Nn]r\.?\s*)?(\d{1,5}[a-z]?|[A-Z]{1,2})\.?$/;

/** Read the masthead lines (`tekstregel`) of a `kamerstukkop` or `kamervraagkop` into chamber and year. */
export function readMasthead(kop: XmlElement, doc: Document): void {
  for (const line of elementsOf(kop)) {
    const text = inlineText(line).text;
    const chamber = MASTHEAD.exec(text);
    if (chamber) doc.chamber = chamber[1] === 'Eerste' ? 'eerste-kamer' : 'tweede-kamer';
    const year = SESSION_YEAR.exec(text);
    if (year) doc.parliamentaryYear = `${year[1]}-${year[2]}`;
  }
}

/** Read a `kamerstuk` element into the document: header fields, then the body. */
export function readKamerstuk(paper: XmlElement, doc: Document): BodyReader {
  doc.kind = 'kamerstuk';
  const kop = childNamed(paper, 'kamerstukkop');
  if (kop) readMasthead(kop, doc);
  for (const dossier of elementsOf(paper)) if (dossier.name === 'dossier') readDossier(dossier, doc);
  const stuk = childNamed(paper, 'stuk');
  const header = new Set<XmlElement>();
  if (stuk) readStukHeader(stuk, doc, header);
  const body = new BodyReader(paper, header);
  for (const part of elementsOf(paper)) if (part.name === 'stuk') body.read(part);
  takeLetterOpening(body, doc);
  if (doc.typeLine && MEMBERS_PAPER.test(doc.typeLine)) {
    for (const signatory of body.content.signatories) signatory.role ??= 'lid';
  }
  if (doc.dossiers.length === 0) doc.warnings.push('no dossier found in the header');
  if (doc.number === null) doc.warnings.push('no document number ("Nr. …") found in the header');
  return body;
}

function readDossier(element: XmlElement, doc: Document): void {
  const number = childNamed(element, 'dossiernummer');
  const chapter = childNamed(element, 'begrotingshoofdstuk');
  const printed = [number ? inlineText(number).text : '', chapter ? inlineText(chapter).text : '']
    .filter((part) => part !== '')
    .join(' ');
  const parsed = parseDossierNumber(printed);
  if (!parsed) {
    doc.warnings.push(`dossier number "${printed}" not understood`);
    return;
  }
  const title = childNamed(element, 'titel');
  const dossier: Dossier = { ...parsed, title: title ? inlineText(title).text || null : null };
  doc.dossiers.push(dossier);
}

function readStukHeader(stuk: XmlElement, doc: Document, header: Set<XmlElement>): void {
  const stuknr = childNamed(stuk, 'stuknr');
  if (stuknr) {
    header.add(stuknr);
    const numbered = childNamed(stuknr, 'ondernummer') ?? stuknr;
    const number = DOCUMENT_NUMBER.exec(inlineText(numbered, undefined, new Set(['herdruk'])).text);
    if (number) doc.number = number[1] as string;
  }
  const title = childNamed(stuk, 'titel');
  if (title) {
    header.add(title);
    const reprint = stuknr ? findFirst(stuknr, 'herdruk') : undefined;
    const line = cleanTypeLine(inlineText(title).text);
    doc.typeLine = reprint && !/^HERDRUK\b/.test(line) ? `HERDRUK ${line}` : line || null;
  }
  const dated = childNamed(stuk, 'datumtekst');
  if (dated) {
    header.add(dated);
    const date = findFirst(dated, 'datum');
    const text = inlineText(dated).text;
    doc.date = (date && isoAttribute(date)) ?? matchDatedEvent(text)?.date ?? findDate(text)?.iso ?? null;
  }
}

/** "Aan de Voorzitter …" and "Den Haag, 28 mei 2015" at the start of the body belong to the header. */
function takeLetterOpening(body: BodyReader, doc: Document): void {
  const blocks = body.content.blocks;
  let i = 0;
  for (let seen = 0; i < blocks.length && seen < OPENING_BLOCKS; seen++) {
    const block = blocks[i] as (typeof blocks)[number];
    const addressee = doc.addressee === null && block.kind === 'paragraph' ? ADDRESSEE.exec(block.text) : null;
    const placeDate = doc.place === null && block.kind === 'paragraph' ? matchPlaceDate(block.text) : null;
    if (addressee && !block.footnoteRefs) doc.addressee = addressee[1] as string;
    else if (placeDate && placeDate.rest === '' && !block.footnoteRefs) {
      doc.place = placeDate.place;
      doc.date ??= placeDate.date;
    } else {
      i++;
      continue;
    }
    blocks.splice(i, 1);
  }
}
