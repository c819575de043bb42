/**
 * Reads an SRU searchRetrieve answer of repository.overheid.nl (`gzd` records): the
 * total, and per record its identifier, dates and the addresses of its files.
 * Prefixes do not matter (the service writes `sru:`, `gzd:`, `dcterms:`; copies often
 * strip them).
 *
 * @module
 */
import { attributeOf, childNamed, childrenNamed, findFirst, textOf, type XmlElement } from '../xml/index.ts';

/** One record: what the connector needs of it. */
export interface SruRecord {
  /** `kst-36600-1`; null when the record has none. */
  identifier: string | null;
  /** `dt.modified` as written. */
  modified: string | null;
  /** `gzd:preferredUrl`: the page for users. */
  preferredUrl: string | null;
  /** `gzd:url`: the record's main file. */
  url: string | null;
  /** `gzd:itemUrl` by `manifestation` (`xml`, `html`, `pdf`, `metadata`, `odt`, ...). */
  manifestations: Record<string, string>;
}

/** A page of answers. */
export interface SruPage {
  /** `numberOfRecords`: how many the query has in all, when stated. */
  total: number | null;
  records: SruRecord[];
  /** `nextRecordPosition`, when the service says there are more. */
  nextPosition: number | null;
  /** The service's complaint (`diagnostic`), when it refused the query. */
  diagnostic: string | null;
}

/** Read a searchRetrieve answer (root `searchRetrieveResponse`, or a `diagnostics` root). */
export function readSruPage(root: XmlElement): SruPage {
  const diagnostics = root.local === 'diagnostics' ? root : childNamed(root, 'diagnostics');
  const records = childNamed(root, 'records');
  return {
    total: numberOf(childNamed(root, 'numberOfRecords')),
    records: records ? childrenNamed(records, 'record').map(readSruRecord) : [],
    nextPosition: numberOf(childNamed(root, 'nextRecordPosition')),
    diagnostic: diagnostics ? diagnosticText(diagnostics) : null,
  };
}

/** Read one `record` element. */
export function readSruRecord(record: XmlElement): SruRecord {
  const original = findFirst(record, 'originalData');
  const core = original ? findFirst(original, 'owmskern') : null;
  const enriched = findFirst(record, 'enrichedData');
  const manifestations: Record<string, string> = {};
  for (const item of enriched ? childrenNamed(enriched, 'itemUrl') : []) {
    const manifestation = attributeOf(item, 'manifestation');
    const address = textOf(item);
    if (manifestation && address && !(manifestation in manifestations)) manifestations[manifestation] = address;
  }
  return {
    identifier: fieldOf(core, 'identifier'),
    modified: fieldOf(core, 'modified'),
    preferredUrl: fieldOf(enriched, 'preferredUrl'),
    url: fieldOf(enriched, 'url'),
    manifestations,
  };
}

function fieldOf(parent: XmlElement | null, local: string): string | null {
  const text = parent ? textOf(childNamed(parent, local)) : '';
  return text === '' ? null : text;
}

function numberOf(element: XmlElement | null): number | null {
  const text = textOf(element);
  return /^\d+$/.test(text) ? Number(text) : null;
}

function diagnosticText(diagnostics: XmlElement): string {
  const diagnostic = findFirst(diagnostics, 'diagnostic') ?? diagnostics;
  const message = textOf(findFirst(diagnostic, 'message'));
  const details = textOf(findFirst(diagnostic, 'details'));
  const text = [message, details].filter((part) => part !== '').join(': ');
  return text === '' ? 'no reason given' : text;
}
