/**
 * The Tweede Kamer's record over a parsed paper: the official record wins over what a
 * parser read from the paper's file (dossiers, number, date, parliamentary year,
 * subject, type and kind), fills what the file did not say (id from the
 * ExterneIdentifier, sender, signatories) and adds the Kamer's identifiers; where the
 * two disagree, `warnings` says so.
 *
 * @module
 */
import { type Document, type Dossier, dossierKey, emptyDocument, type Source } from '../../model/index.ts';
import { type RecordFacts, recordFacts, sameDossier, sameText } from './facts.ts';
import type { TkDocumentMeta } from './types.ts';

type Overridable = 'number' | 'date' | 'parliamentaryYear';

const LABELS: Record<Overridable, string> = {
  number: 'number',
  date: 'date',
  parliamentaryYear: 'parliamentary year',
};

function override(doc: Document, key: Overridable, value: string | null): void {
  if (value === null) return;
  const current = doc[key];
  if (current !== null && current !== value) {
    doc.warnings.push(`the TK record gives ${LABELS[key]} ${value}, the paper ${current}; the record's is used`);
  }
  doc[key] = value;
}

function applyDossiers(doc: Document, record: Dossier[]): void {
  if (record.length === 0) return;
  const [paperFirst] = doc.dossiers;
  const recordFirst = record[0] as Dossier;
  const misread = paperFirst !== undefined && !doc.dossiers.some((p) => record.some((d) => sameDossier(d, p)));
  if (misread) {
    doc.warnings.push(
      `the TK record gives dossier ${record.map(dossierKey).join(', ')}, the paper ${dossierKey(paperFirst)}; the record's is used`,
    );
  } else if (paperFirst && !sameDossier(paperFirst, recordFirst)) {
    doc.warnings.push(
      `the TK record numbers the paper in dossier ${dossierKey(recordFirst)}, the paper lists ${dossierKey(paperFirst)} first`,
    );
  }
  const merged = record.map((dossier) => {
    const printed = doc.dossiers.find((d) => sameDossier(d, dossier));
    if (printed?.title && dossier.title && !sameText(printed.title, dossier.title)) {
      doc.warnings.push(
        `the TK record titles dossier ${dossierKey(dossier)} "${dossier.title}", the paper "${printed.title}"; the record's is used`,
      );
    }
    return { ...dossier, title: dossier.title ?? printed?.title ?? null };
  });
  const rest = doc.dossiers.slice(misread ? 1 : 0).filter((d) => !record.some((r) => sameDossier(r, d)));
  doc.dossiers = [...merged, ...rest];
}

/** Why neither the paper nor the record gives a dossier, where the record numbers the paper. */
function warnMissingDossier(doc: Document, facts: RecordFacts, meta: TkDocumentMeta): void {
  if (facts.dossierByReference) {
    doc.warnings.push(
      'the TK record names its Kamerstukdossier only by reference (GUID); the dossier needs that entity',
    );
  } else if (meta.volgnummer !== null) {
    doc.warnings.push(`the TK record numbers the paper (Volgnummer ${meta.volgnummer}) but names no Kamerstukdossier`);
  }
}

function applyTypeAndKind(doc: Document, facts: RecordFacts, soort: string | null): void {
  if (facts.kind) {
    if (doc.kind !== 'other' && doc.kind !== facts.kind) {
      doc.warnings.push(`the TK record gives kind ${facts.kind}, the paper ${doc.kind}; the record's is used`);
    }
    doc.kind = facts.kind;
  }
  if (facts.type) {
    if (doc.type !== 'other' && doc.type !== facts.type) {
      doc.warnings.push(`the TK record gives type ${facts.type}, the paper ${doc.type}; the record's is used`);
    }
    doc.type = facts.type;
  }
  doc.typeLine ??= soort;
}

function applySubject(doc: Document, subject: string | null): void {
  if (subject === null) return;
  if (doc.subject !== null && !sameText(doc.subject, subject)) {
    doc.warnings.push(`the TK record gives subject "${subject}", the paper "${doc.subject}"; the record's is used`);
  }
  doc.subject = subject;
}

function applyId(doc: Document, officialId: string | null): void {
  if (officialId === null) return;
  if (doc.id === null) doc.id = officialId;
  else if (doc.id !== officialId)
    doc.warnings.push(`the TK record's publication is ${officialId}, the paper's ${doc.id}`);
}

function applySender(doc: Document, facts: RecordFacts): void {
  const sender = facts.sender;
  if (sender && !doc.sender) doc.sender = sender;
  else if (sender && doc.sender && doc.sender.role === sender.role) {
    doc.sender.portfolio ??= sender.portfolio;
    doc.sender.name ??= sender.name;
  }
  if (doc.signatories.length === 0) doc.signatories = facts.signatories;
}

/**
 * Apply a Tweede Kamer record to a document, in place. Call it after the parser and
 * before `enrich` (which derives type, title, citation and id from what is set here).
 *
 * Sets `external.tkId` (and `tkDocumentNumber`, `tkZaken` where the record has valid
 * ones, `tkZaakIds` where it names its Zaken' GUIDs) and `withdrawn` for a deleted record. Where the paper printed no type line,
 * `typeLine` keeps the record's Soort.
 *
 * @example
 * const doc = parseText(text, source);
 * applyTkMetadata(doc, readODataDocument(json));
 * enrich(doc);
 */
export function applyTkMetadata(doc: Document, meta: TkDocumentMeta): void {
  const facts = recordFacts(meta);
  doc.warnings.push(...meta.warnings, ...facts.warnings);
  applyTypeAndKind(doc, facts, meta.soort);
  applyDossiers(doc, facts.dossiers);
  if (doc.dossiers.length === 0) warnMissingDossier(doc, facts, meta);
  override(doc, 'number', facts.number);
  override(doc, 'date', facts.date);
  override(doc, 'parliamentaryYear', facts.parliamentaryYear);
  applySubject(doc, facts.subject);
  applyId(doc, facts.officialId);
  applySender(doc, facts);
  const zaakIds = [...new Set(meta.zaken.flatMap((zaak) => (zaak.id ? [zaak.id] : [])))];
  doc.external = {
    ...doc.external,
    tkId: meta.id,
    ...(facts.tkDocumentNumber ? { tkDocumentNumber: facts.tkDocumentNumber } : {}),
    ...(facts.tkZaken.length > 0 ? { tkZaken: facts.tkZaken } : {}),
    ...(zaakIds.length > 0 ? { tkZaakIds: zaakIds } : {}),
  };
  if (meta.verwijderd) doc.withdrawn = true;
}

/**
 * A document from the record alone (no paper text): header fields, type, sender and
 * identifiers; empty body, with a warning that the paper's text is not in the input.
 *
 * @example
 * const doc = documentFromTkMetadata(readSyncFeedEntity(xml), { format: 'syncfeed', sha256 });
 * doc.blocks; // []
 */
export function documentFromTkMetadata(meta: TkDocumentMeta, source: Source): Document {
  const doc = emptyDocument(source);
  applyTkMetadata(doc, meta);
  doc.warnings.push(
    "the input is the Tweede Kamer's record of the paper, not the paper: its text, footnotes and signature are not in it",
  );
  return doc;
}
