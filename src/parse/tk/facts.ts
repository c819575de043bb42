/**
 * What a Tweede Kamer record says in the model's terms: dossiers (the one the paper is
 * numbered in first), number, date, parliamentary year, subject, official id, type and
 * kind, sender, identifiers. Checks the record against itself (Volgnummer against the
 * ExterneIdentifier, Aanhangselnummer against the Vergaderjaar) and warns where it
 * disagrees.
 *
 * @module
 */
import {
  type DocumentKind,
  type Dossier,
  dossierKey,
  kamerstukId,
  type OfficialId,
  type PaperType,
  parseDossierNumber,
  parseOfficialId,
  type Sender,
  type Signatory,
} from '../../model/index.ts';
import { senderOfActors, signatoriesOfActors } from './actors.ts';
import { soortMapping } from './soort.ts';
import type { TkDocumentMeta, TkKamerstukdossier } from './types.ts';

/** The record in the model's terms. */
export interface RecordFacts {
  kind: DocumentKind | null;
  type: PaperType | null;
  dossiers: Dossier[];
  number: string | null;
  date: string | null;
  parliamentaryYear: string | null;
  subject: string | null;
  /** The record names its Kamerstukdossier only by reference (GUID), which nothing resolved. */
  dossierByReference: boolean;
  /** The officielebekendmakingen id (ExterneIdentifier), when it is one. */
  officialId: string | null;
  sender: Sender | null;
  signatories: Signatory[];
  tkDocumentNumber: string | null;
  tkZaken: string[];
  warnings: string[];
}

/** The same dossier: number and suffix alike. */
export function sameDossier(a: Pick<Dossier, 'number' | 'suffix'>, b: Pick<Dossier, 'number' | 'suffix'>): boolean {
  return a.number === b.number && (a.suffix ?? null) === (b.suffix ?? null);
}

function dossierOf(dossier: TkKamerstukdossier, warnings: string[]): Dossier | null {
  if (dossier.nummer === null) return null;
  const parsed = parseDossierNumber(dossier.toevoeging ? `${dossier.nummer}-${dossier.toevoeging}` : dossier.nummer);
  if (parsed) return { ...parsed, title: dossier.titel };
  const plain = parseDossierNumber(dossier.nummer);
  warnings.push(
    plain
      ? `the record's dossier ${dossier.nummer} has a Toevoeging "${dossier.toevoeging}" Griffie cannot place; it is left out`
      : `the record's dossier number ${dossier.nummer} is not a dossier number`,
  );
  return plain ? { ...plain, title: dossier.titel } : null;
}

/** The dossiers, the one the ExterneIdentifier numbers the paper in first. */
function dossiersOf(meta: TkDocumentMeta, official: OfficialId | null, warnings: string[]): Dossier[] {
  const dossiers = meta.kamerstukdossiers.map((d) => dossierOf(d, warnings)).filter((d): d is Dossier => d !== null);
  const numbered = official?.kind === 'kamerstuk' ? official.dossier : undefined;
  if (!numbered) return dossiers;
  if (dossiers.length === 0) return [numbered];
  const at = dossiers.findIndex((d) => sameDossier(d, numbered));
  if (at < 0) {
    warnings.push(
      `the record's ExterneIdentifier names dossier ${dossierKey(numbered)}, its Kamerstukdossier ${dossiers.map(dossierKey).join(', ')}`,
    );
    return dossiers;
  }
  return [dossiers[at] as Dossier, ...dossiers.filter((_, i) => i !== at)];
}

/** `242501244` → 2024-2025, nr. 1244. */
function readAanhangselnummer(text: string): { year: string; number: string } | null {
  const match = /^(\d{2})(\d{2})(\d{5})$/.exec(text);
  if (!match) return null;
  const first = Number(match[1]) + (Number(match[1]) >= 90 ? 1900 : 2000);
  if ((first + 1) % 100 !== Number(match[2])) return null;
  return { year: `${first}-${first + 1}`, number: String(Number(match[3])) };
}

function officialIdOf(meta: TkDocumentMeta, warnings: string[]): { id: string; parsed: OfficialId } | null {
  const id = meta.documentVersie?.externeIdentifier ?? null;
  if (id === null) return null;
  const parsed = parseOfficialId(id);
  if (parsed) return { id, parsed };
  warnings.push(`the record's ExterneIdentifier "${id}" is not an officielebekendmakingen id`);
  return null;
}

function numberOf(
  meta: TkDocumentMeta,
  kind: DocumentKind | null,
  official: OfficialId | null,
  warnings: string[],
): { number: string | null; year: string | null } {
  if (kind === 'aanhangsel') {
    const aanhangsel = meta.aanhangselnummer ? readAanhangselnummer(meta.aanhangselnummer) : null;
    if (meta.aanhangselnummer && !aanhangsel) {
      warnings.push(`the record's Aanhangselnummer "${meta.aanhangselnummer}" is not of the form 242501244`);
    }
    if (aanhangsel && meta.vergaderjaar && aanhangsel.year !== meta.vergaderjaar) {
      warnings.push(
        `the record's Aanhangselnummer ${meta.aanhangselnummer} is of ${aanhangsel.year}, its Vergaderjaar ${meta.vergaderjaar}`,
      );
    }
    const fromId = official?.kind === 'aanhangsel' ? official : null;
    return {
      number: aanhangsel?.number ?? fromId?.number ?? null,
      year: aanhangsel?.year ?? fromId?.parliamentaryYear ?? null,
    };
  }
  const fromId = official?.kind === 'kamerstuk' ? (official.number ?? null) : null;
  const volgnummer = meta.volgnummer === null ? null : String(meta.volgnummer);
  if (volgnummer && fromId && volgnummer !== fromId) {
    warnings.push(`the record's Volgnummer ${volgnummer} differs from its ExterneIdentifier's number ${fromId}`);
  }
  return { number: volgnummer ?? fromId, year: official?.parliamentaryYear ?? null };
}

function identifiersOf(meta: TkDocumentMeta, warnings: string[]): Pick<RecordFacts, 'tkDocumentNumber' | 'tkZaken'> {
  const documentNumber = meta.documentNummer;
  const valid = documentNumber !== null && /^\d{4}D\d{5,}$/.test(documentNumber);
  if (documentNumber !== null && !valid) {
    warnings.push(`the record's DocumentNummer "${documentNumber}" is not of the form 2024D12345`);
  }
  const tkZaken: string[] = [];
  for (const { nummer } of meta.zaken) {
    if (nummer === null) continue;
    if (/^\d{4}Z\d{5,}$/.test(nummer)) tkZaken.push(nummer);
    else warnings.push(`the record's Zaak number "${nummer}" is not of the form 2024Z12345`);
  }
  return { tkDocumentNumber: valid ? documentNumber : null, tkZaken };
}

/** Read a record in the model's terms. */
export function recordFacts(meta: TkDocumentMeta): RecordFacts {
  const warnings: string[] = [];
  const mapping = meta.soort ? soortMapping(meta.soort) : null;
  const official = officialIdOf(meta, warnings);
  const stated = mapping?.kind ?? official?.parsed.kind ?? null;
  const dossiers = dossiersOf(meta, official?.parsed ?? null, warnings);
  const { number, year } = numberOf(meta, stated, official?.parsed ?? null, warnings);
  const first = dossiers[0];
  // A paper numbered in a Kamerstukdossier is a Kamerstuk, whatever its Soort.
  const kind = stated ?? (first && number ? 'kamerstuk' : null);
  if (official?.parsed.kind === 'kamerstuk' && first && number && !official.parsed.reprint) {
    const expected = kamerstukId(first, number);
    if (expected !== official.id)
      warnings.push(`the record's ExterneIdentifier ${official.id} is not ${expected}, its dossier and number`);
  }
  return {
    kind,
    type: mapping?.type ?? null,
    dossiers,
    dossierByReference: dossiers.length === 0 && meta.kamerstukdossiers.some((d) => d.nummer === null && d.id !== null),
    number,
    date: meta.datum,
    parliamentaryYear: meta.vergaderjaar ?? year,
    subject: meta.onderwerp ?? meta.titel,
    officialId: official?.id ?? null,
    sender: senderOfActors(meta.actors),
    signatories: signatoriesOfActors(meta.actors),
    ...identifiersOf(meta, warnings),
    warnings,
  };
}

/** `true` when two texts say the same but for case, spacing and a closing full stop. */
export function sameText(a: string, b: string): boolean {
  const normal = (text: string) =>
    text
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .replace(/[.\s]+$/, '')
      .trim();
  return normal(a) === normal(b);
}
