/**
 * The files of one officielebekendmakingen record: the paper (its XML if listed and
 * fetchable, else its HTML, else its PDF) and its `metadata.xml`. A file that cannot
 * be fetched becomes a problem on the item, never an exception.
 *
 * @module
 */
import { SourceError } from '../errors.ts';
import type { HttpClient, RequestOptions } from '../http/client.ts';
import type { SyncFile } from '../types.ts';
import type { SruRecord } from './sru.ts';

/** The formats of a paper, in the order they are preferred. */
const PAPER_MANIFESTATIONS = ['xml', 'html', 'pdf'] as const;

/** What was fetched for a record. */
export interface RecordFiles {
  file: SyncFile | null;
  metadata: Uint8Array | null;
  problems: string[];
  fileUrls: string[];
}

/**
 * Fetch the files of `record` (in a dry run: only list them). The paper's formats are
 * tried in order of preference until one can be fetched; each that fails is a problem.
 */
export async function fetchRecordFiles(
  http: HttpClient,
  record: SruRecord,
  options: { dryRun: boolean; request: RequestOptions },
): Promise<RecordFiles> {
  const candidates = PAPER_MANIFESTATIONS.flatMap((format) => {
    const url = record.manifestations[format];
    return url ? [{ format, url }] : [];
  });
  const metadataUrl = record.manifestations.metadata ?? null;
  const problems: string[] = [];
  if (candidates.length === 0) problems.push('the record lists no XML, HTML or PDF file of the paper');
  if (options.dryRun) {
    const planned = [candidates[0]?.url, metadataUrl].filter((url): url is string => typeof url === 'string');
    return { file: null, metadata: null, problems, fileUrls: planned };
  }

  const fileUrls: string[] = [];
  let file: SyncFile | null = null;
  for (const candidate of candidates) {
    fileUrls.push(candidate.url);
    try {
      const response = await http.get(candidate.url, { ...options.request, accept: acceptOf(candidate.format) });
      file = { bytes: response.bytes, url: candidate.url, contentType: response.contentType };
      break;
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      problems.push(`the ${candidate.format.toUpperCase()} file could not be fetched: ${error.message}`);
    }
  }

  let metadata: Uint8Array | null = null;
  if (metadataUrl) {
    fileUrls.push(metadataUrl);
    try {
      metadata = (await http.get(metadataUrl, { ...options.request, accept: 'application/xml' })).bytes;
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      problems.push(`the metadata.xml could not be fetched: ${error.message}`);
    }
  }
  return { file, metadata, problems, fileUrls };
}

function acceptOf(format: (typeof PAPER_MANIFESTATIONS)[number]): string {
  if (format === 'xml') return 'application/xml, text/xml;q=0.9, */*;q=0.1';
  if (format === 'html') return 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1';
  return 'application/pdf, */*;q=0.1';
}
