/**
 * An XML tree → the document: the `officiele-publicatie` envelope (its official id, from
 * the `OVERHEIDop.externMetadataRecord` link), the paper element inside it, and the
 * reader for that kind of paper. Staatsblad, Staatscourant, Gemeenteblad, Provinciaal
 * blad and other publications in the envelope are read with the general body reader;
 * their title (`intitule`, or the `titel` of their `kop`) is the subject.
 *
 * @module
 */
import { type Document, emptyDocument, parseOfficialId, type Source } from '../../model/index.ts';
import { BodyReader } from './body.ts';
import { readHandelingen } from './handelingen.ts';
import { readKamerstuk } from './kamerstuk.ts';
import { readKamervragen, ZAAK_NUMBER } from './kamervragen.ts';
import { inlineText } from './text.ts';
import { childNamed, elementsOf, findFirst, type XmlElement } from './tree.ts';

/** What the envelope holds besides the paper: its metadata link and the masthead ("STAATSCOURANT"). */
const ENVELOPE_PARTS = new Set(['metadata', 'kop']);

/** The official journals whose paper element names their kind (others are `other`). */
const PUBLICATION_KINDS: Record<string, Document['kind']> = {
  staatsblad: 'staatsblad',
  staatscourant: 'staatscourant',
};

/** The official id of a metadata link: `…/h-tk-20172018-70-6/metadata.xml` → `h-tk-20172018-70-6`. */
const METADATA_LINK = /\/([a-z]+(?:-[\w]+)+)\/metadata\.xml$/i;

/** Read the paper in an XML tree's root (with or without the envelope). */
export function readPaper(root: XmlElement, source: Source): Document {
  const doc = emptyDocument(source);
  const envelope = root.name === 'officiele-publicatie' ? root : null;
  const paper = envelope ? elementsOf(envelope).find((child) => !ENVELOPE_PARTS.has(child.name)) : root;
  if (envelope) doc.id = envelopeId(envelope);
  if (!paper) {
    doc.warnings.push('the publication holds no paper');
    return doc;
  }
  const body = readBody(paper, doc);
  const content = body.content;
  doc.blocks = content.blocks;
  doc.footnotes = content.footnotes;
  // As in the plain-text parser: the signatures first, then the submitters the header named.
  const signed = new Set(content.signatories.map((s) => s.name.toLowerCase()));
  doc.signatories = [...content.signatories, ...doc.signatories.filter((s) => !signed.has(s.name.toLowerCase()))];
  doc.place ??= content.place;
  doc.date ??= content.date;
  doc.warnings.push(...content.warnings);
  applyOfficialId(doc);
  if (doc.blocks.length === 0) doc.warnings.push('the paper holds no text');
  return doc;
}

function readBody(paper: XmlElement, doc: Document): BodyReader {
  switch (paper.name) {
    case 'kamerstuk':
      return readKamerstuk(paper, doc);
    case 'handelingen':
      return readHandelingen(paper, doc);
    case 'kamervragen':
    case 'aanhangsel':
      return readKamervragen(paper, doc);
    default: {
      doc.kind = PUBLICATION_KINDS[paper.name] ?? 'other';
      const title = childNamed(paper, 'intitule') ?? findFirst(childNamed(paper, 'kop') ?? paper, 'titel');
      doc.subject = title ? inlineText(title).text || null : null;
      if (!doc.id && doc.kind === 'other') {
        doc.warnings.push(`<${paper.name}> is not a paper Griffie knows; only its text was read`);
      }
      const body = new BodyReader(paper);
      body.read(paper);
      return body;
    }
  }
}

function envelopeId(envelope: XmlElement): string | null {
  const metadata = childNamed(envelope, 'metadata');
  for (const meta of metadata ? elementsOf(metadata) : []) {
    if (meta.attrs.name !== 'OVERHEIDop.externMetadataRecord') continue;
    const id = METADATA_LINK.exec(meta.attrs.content ?? '')?.[1];
    if (id) return id;
  }
  return null;
}

/** What the official id says of the paper, where the markup did not say it. */
function applyOfficialId(doc: Document): void {
  const official = doc.id ? parseOfficialId(doc.id) : null;
  if (!official) return;
  if (official.kind === 'handelingen' || official.kind === 'aanhangsel' || official.kind === 'kamervragen') {
    doc.chamber ??= official.chamber ?? null;
  }
  if (official.parliamentaryYear && /^\d{4}-\d{4}$/.test(official.parliamentaryYear)) {
    doc.parliamentaryYear ??= official.parliamentaryYear;
  }
  if (official.kind === 'aanhangsel' && doc.kind === 'aanhangsel') doc.number ??= official.number ?? null;
  if (official.kind === 'kamervragen' && official.number && ZAAK_NUMBER.test(official.number)) {
    doc.external ??= { tkZaken: [official.number] };
  }
}
