/**
 * A local fake of the official servers for tests (test support): the SRU service and
 * file repository of officielebekendmakingen (`/sru`, `/frbr/...`, `/Errors/404.htm`)
 * and the Tweede Kamer SyncFeed (`/SyncFeed/2.0/Feed`, `/SyncFeed/2.0/Resources/{id}`),
 * on 127.0.0.1 at a random port. It answers in the shapes the real services use (SRU
 * 2.0 with `gzd` records, Atom pages with skiptoken links and tkData entities), built
 * from fictional papers (dossiers from 99 000 up, "fictief voorbeeld"), records what it
 * was asked and by whom, and misbehaves on chosen requests: a 500 (or another status),
 * a 429 with `Retry-After`, a truncated or reset body, invalid XML, a hang, a soft 404,
 * an SRU diagnostic.
 *
 * @module
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A fictional Kamerstuk the fake SRU service lists and the repository serves. */
export interface FakePaper {
  /** `kst-99001-1`. */
  id: string;
  dossier: string;
  number: string;
  title: string;
  /** The document type (`w.subrubriek`): `Brief regering`, `Motie`, ... */
  type: string;
  /** Publication date (`dt.date`). */
  date: string;
  /** Last change (`dt.modified`). */
  modified: string;
  /** The formats the record lists and the repository serves. Default all three. */
  formats?: ('xml' | 'html' | 'pdf')[];
}

/** A fictional entity of the fake SyncFeed. */
export interface FakeEntity {
  guid: string;
  category: string;
  /** Its position in the feed: entries come in this order, pages continue after it. */
  skiptoken: number;
  updated: string;
  deleted: boolean;
  /** The entity XML inside `<content>` (the `tk` prefix is declared on the feed). */
  xml: string;
  /** Its file, served at `/SyncFeed/2.0/Resources/{guid}`. */
  file?: { bytes: Uint8Array; contentType: string };
  /** Whether the entry links the file as `rel="enclosure"`. Default: when it has a file. */
  enclosure?: boolean;
  /** Whether the entry links the feed after it as `rel="next"` (as the real feed does). Default true. */
  nextLink?: boolean;
}

/** How the fake misbehaves. */
export type FaultKind =
  | 'status'
  | 'rate-limit'
  | 'truncate'
  | 'reset'
  | 'invalid-xml'
  | 'hang'
  | 'soft-404'
  | 'diagnostic';

/** Misbehave on the `nth` to `nth + times - 1`th request whose path (with query) matches. */
export interface Fault {
  kind: FaultKind;
  path: string | RegExp;
  /** The first matching request to misbehave on, from 1. Default 1. */
  nth?: number;
  /** How many matching requests in a row. Default 1; `Infinity` for all. */
  times?: number;
  /** `status`: the status to answer with. Default 500. */
  status?: number;
  /** `rate-limit`: the `Retry-After` value. Default `1`. */
  retryAfter?: string;
}

/** A request the fake received. */
export interface RecordedRequest {
  /** Path and query, as sent. */
  path: string;
  userAgent: string | null;
  /** `performance.now()` when it arrived and when its answer ended (null while open). */
  startedAt: number;
  endedAt: number | null;
  fault: FaultKind | null;
}

/** The running fake. */
export interface OfficialServer {
  /** `http://127.0.0.1:{port}`: the base URL of both connectors. */
  readonly url: string;
  /** The papers the SRU service lists (change them between syncs). */
  readonly papers: FakePaper[];
  /** The entities of the feed (change them between syncs). */
  readonly entities: FakeEntity[];
  readonly requests: RecordedRequest[];
  /** The most requests it was answering at one moment. */
  readonly maxConcurrent: number;
  /** The requests whose path matches. */
  requestsTo(path: string | RegExp): RecordedRequest[];
  addFault(fault: Fault): void;
  /** Forget the faults and the recorded requests. */
  reset(): void;
  close(): Promise<void>;
}

/** Options of the fake. */
export interface OfficialServerOptions {
  papers?: FakePaper[];
  entities?: FakeEntity[];
  /** The most records an SRU page holds, whatever is asked. Default 1000. */
  sruMaxRecords?: number;
  /** Like the real service, positions after this answer 504. Default 10,000. */
  sruPositionLimit?: number;
  /** Entries per feed page. Default 250. */
  feedPageSize?: number;
}

const SRU_NS = 'http://docs.oasis-open.org/ns/search-ws/sruResponse';
const TK_NS = 'http://www.tweedekamer.nl/xsd/tkData/v1-0';

/** Start the fake; `close()` it when done. */
export async function startOfficialServer(options: OfficialServerOptions = {}): Promise<OfficialServer> {
  const papers = [...(options.papers ?? [])];
  const entities = [...(options.entities ?? [])];
  const requests: RecordedRequest[] = [];
  const faults: { fault: Fault; seen: number }[] = [];
  const sockets = new Set<Socket>();
  let active = 0;
  let maxConcurrent = 0;
  let origin = '';

  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    const record: RecordedRequest = {
      path,
      userAgent: request.headers['user-agent'] ?? null,
      startedAt: performance.now(),
      endedAt: null,
      fault: null,
    };
    requests.push(record);
    active += 1;
    maxConcurrent = Math.max(maxConcurrent, active);
    response.on('close', () => {
      active -= 1;
      record.endedAt = performance.now();
    });
    const fault = faultFor(path);
    record.fault = fault?.kind ?? null;
    const answer = route(new URL(path, origin), origin, { papers, entities, options });
    misbehave(fault, answer, request, response);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  function faultFor(path: string): Fault | null {
    let chosen: Fault | null = null;
    for (const entry of faults) {
      const { fault } = entry;
      if (typeof fault.path === 'string' ? !path.includes(fault.path) : !fault.path.test(path)) continue;
      entry.seen += 1;
      const first = fault.nth ?? 1;
      if (!chosen && entry.seen >= first && entry.seen < first + (fault.times ?? 1)) chosen = fault;
    }
    return chosen;
  }

  return {
    url: origin,
    papers,
    entities,
    requests,
    get maxConcurrent() {
      return maxConcurrent;
    },
    requestsTo: (path) =>
      requests.filter((request) => (typeof path === 'string' ? request.path.includes(path) : path.test(request.path))),
    addFault: (fault) => faults.push({ fault, seen: 0 }),
    reset() {
      faults.length = 0;
      requests.length = 0;
      maxConcurrent = active;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/** An answer before any fault is applied. */
interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

function misbehave(fault: Fault | null, answer: Answer, request: IncomingMessage, response: ServerResponse): void {
  if (fault?.kind === 'hang') return;
  if (fault?.kind === 'truncate' || fault?.kind === 'reset') {
    const kind = fault.kind;
    response.writeHead(answer.status, { ...answer.headers, 'content-length': String(answer.body.byteLength) });
    response.write(answer.body.subarray(0, Math.floor(answer.body.byteLength / 2)), () => {
      if (kind === 'reset') response.socket?.resetAndDestroy();
      else response.socket?.destroy();
    });
    return;
  }
  const sent = fault ? faultyAnswer(fault, answer, request.url ?? '/') : answer;
  response.writeHead(sent.status, { ...sent.headers, 'content-length': String(sent.body.byteLength) });
  response.end(sent.body);
}

/** What a fault answers instead of `answer` (for the faults that answer at all). */
function faultyAnswer(fault: Fault, answer: Answer, path: string): Answer {
  const plain = { 'content-type': 'text/plain' };
  switch (fault.kind) {
    case 'status':
      return { status: fault.status ?? 500, headers: plain, body: bytes(`Fault ${fault.status ?? 500}`) };
    case 'rate-limit':
      return { status: 429, headers: { ...plain, 'retry-after': fault.retryAfter ?? '1' }, body: bytes('Slow down') };
    case 'diagnostic':
      return xml(200, sruDiagnostic('unsupported index w.example'));
    case 'soft-404':
      return {
        status: 302,
        headers: { location: `/Errors/404.htm?aspxerrorpath=${encodeURIComponent(path)}` },
        body: bytes(''),
      };
    case 'invalid-xml':
      return { ...answer, body: answer.body.subarray(0, Math.floor(answer.body.byteLength / 2)) };
    default:
      return answer;
  }
}

interface Data {
  papers: FakePaper[];
  entities: FakeEntity[];
  options: OfficialServerOptions;
}

function route(url: URL, origin: string, data: Data): Answer {
  if (url.pathname === '/sru') return sruAnswer(url, origin, data);
  if (url.pathname === '/SyncFeed/2.0/Feed') return feedAnswer(url, origin, data);
  if (url.pathname.toLowerCase() === '/errors/404.htm') return html(200, softNotFoundPage());
  const resource = /^\/SyncFeed\/2\.0\/Resources\/([0-9a-f-]+)$/.exec(url.pathname);
  if (resource) {
    const file = data.entities.find((entity) => entity.guid === resource[1])?.file;
    return file ? { status: 200, headers: { 'content-type': file.contentType }, body: file.bytes } : notFound();
  }
  const repository = /^\/frbr\/officielepublicaties\/kst\/[^/]+\/([^/]+)\/1\/(xml|html|pdf|metadata)\/[^/]+$/.exec(
    url.pathname,
  );
  const paper = repository ? data.papers.find((candidate) => candidate.id === repository[1]) : undefined;
  if (!repository || !paper) return notFound();
  const format = repository[2] as 'xml' | 'html' | 'pdf' | 'metadata';
  if (format === 'metadata') return xml(200, metadataXml(paper));
  if (!(paper.formats ?? ['xml', 'html', 'pdf']).includes(format)) return notFound();
  if (format === 'xml') return xml(200, kstXml(paper, origin));
  if (format === 'html') return html(200, kstHtml(paper));
  return { status: 200, headers: { 'content-type': 'application/pdf' }, body: fictionalPdf(paperLines(paper)) };
}

// --- officielebekendmakingen: SRU --------------------------------------------------

function sruAnswer(url: URL, origin: string, data: Data): Answer {
  const start = Number(url.searchParams.get('startRecord') ?? '1');
  const asked = Number(url.searchParams.get('maximumRecords') ?? '10');
  const limit = data.options.sruPositionLimit ?? 10_000;
  if (start + asked - 1 > limit) return { status: 504, headers: { 'content-type': 'text/plain' }, body: bytes('') };
  const query = parseCql(url.searchParams.get('query') ?? '');
  if ('error' in query) return xml(200, sruDiagnostic(query.error));
  const matches = data.papers.filter(query.test);
  if (query.sorted) matches.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  else matches.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const page = matches.slice(start - 1, start - 1 + Math.min(asked, data.options.sruMaxRecords ?? 1000));
  const after = start + page.length;
  const records = page.map((paper, index) => sruRecord(paper, origin, start + index)).join('');
  const next = after <= matches.length ? `<sru:nextRecordPosition>${after}</sru:nextRecordPosition>` : '';
  return xml(
    200,
    `<?xml version="1.0" encoding="UTF-8"?>\n<sru:searchRetrieveResponse xmlns:sru="${SRU_NS}">` +
      `<sru:version>2.0</sru:version><sru:numberOfRecords>${matches.length}</sru:numberOfRecords>` +
      `<sru:records>${records}</sru:records>${next}</sru:searchRetrieveResponse>`,
  );
}

type Query = { test: (paper: FakePaper) => boolean; sorted: boolean } | { error: string };

/** The CQL the connector writes: clauses joined by AND, an optional sortBy. */
function parseCql(cql: string): Query {
  const sortMatch = /\s+sortBy\s+(\S+)\s*$/i.exec(cql);
  const sorted = sortMatch?.[1] === 'dt.identifier/sort.ascending';
  if (sortMatch && !sorted) return { error: `unsupported sort ${sortMatch[1]}` };
  const tests: ((paper: FakePaper) => boolean)[] = [];
  let productArea = false;
  for (const clause of (sortMatch ? cql.slice(0, sortMatch.index) : cql).split(/\s+AND\s+/)) {
    const match = /^([\w.-]+)(==|>=|<=|=|>)(.+)$/.exec(clause.trim());
    if (!match) return { error: `cannot read the clause "${clause}"` };
    const [, index, relation, raw] = match as unknown as [string, string, string, string];
    const value = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw;
    const key = `${index}${relation}`;
    if (key === 'c.product-area==' && value === 'officielepublicaties') productArea = true;
    else if (key === 'dt.type=' && value === 'Kamerstuk') continue;
    else if (key === 'dt.date>=') tests.push((paper) => paper.date >= value);
    else if (key === 'dt.date<=') tests.push((paper) => paper.date <= value);
    else if (key === 'dt.modified>=') tests.push((paper) => paper.modified >= value);
    else if (key === 'w.dossiernummer==') tests.push((paper) => paper.dossier === value);
    else if (key === 'w.subrubriek=') tests.push((paper) => paper.type.toLowerCase() === value.toLowerCase());
    else if (key === 'dt.identifier>') tests.push((paper) => paper.id > value);
    else return { error: `unsupported index or relation ${index}${relation}` };
  }
  if (!productArea) return { error: 'no product area' };
  return { test: (paper) => tests.every((test) => test(paper)), sorted };
}

function sruRecord(paper: FakePaper, origin: string, position: number): string {
  const base = `${origin}/frbr/officielepublicaties/kst/${paper.dossier}/${paper.id}/1`;
  const formats = paper.formats ?? ['xml', 'html', 'pdf'];
  const items = [...formats, 'metadata']
    .map((format) => {
      const file = format === 'metadata' ? 'metadata.xml' : `${paper.id}.${format}`;
      return `<gzd:itemUrl manifestation="${format}">${base}/${format}/${file}</gzd:itemUrl>`;
    })
    .join('');
  return (
    '<sru:record><sru:recordSchema>http://standaarden.overheid.nl/sru/</sru:recordSchema>' +
    '<sru:recordPacking>xml</sru:recordPacking><sru:recordData>' +
    '<gzd:gzd xmlns:gzd="http://standaarden.overheid.nl/sru" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:overheidwetgeving="http://standaarden.overheid.nl/wetgeving/"' +
    ' xmlns:c="http://standaarden.overheid.nl/collectie/"><gzd:originalData><overheidwetgeving:meta>' +
    `<owmskern><dcterms:identifier>${paper.id}</dcterms:identifier><dcterms:title>${escapeXml(paper.title)}</dcterms:title>` +
    '<dcterms:language>nl</dcterms:language><dcterms:type scheme="OVERHEIDop.Publicatietype">Kamerstuk</dcterms:type>' +
    '<dcterms:creator scheme="OVERHEID.StatenGeneraal">Tweede Kamer der Staten-Generaal</dcterms:creator>' +
    `<dcterms:modified>${paper.modified}</dcterms:modified></owmskern>` +
    `<owmsmantel><dcterms:available>${paper.date}</dcterms:available><dcterms:date>${paper.date}</dcterms:date></owmsmantel>` +
    `<tpmeta><c:product-area>officielepublicaties</c:product-area>` +
    `<overheidwetgeving:dossiernummer>${paper.dossier}</overheidwetgeving:dossiernummer>` +
    `<overheidwetgeving:ondernummer>${paper.number}</overheidwetgeving:ondernummer>` +
    `<overheidwetgeving:subrubriek>${escapeXml(paper.type)}</overheidwetgeving:subrubriek></tpmeta>` +
    '</overheidwetgeving:meta></gzd:originalData><gzd:enrichedData>' +
    `<gzd:url>${base}/${formats[0] ?? 'xml'}/${paper.id}.${formats[0] ?? 'xml'}</gzd:url>` +
    `<gzd:preferredUrl>${origin}/${paper.id}.html</gzd:preferredUrl>${items}` +
    `<gzd:timestamp>${paper.modified}T09:00:00.000000+01:00</gzd:timestamp></gzd:enrichedData></gzd:gzd>` +
    `</sru:recordData><sru:recordPosition>${position}</sru:recordPosition></sru:record>`
  );
}

function sruDiagnostic(message: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<sru:searchRetrieveResponse xmlns:sru="${SRU_NS}"` +
    ' xmlns:diag="http://docs.oasis-open.org/ns/search-ws/diagnostic"><sru:version>2.0</sru:version>' +
    '<sru:numberOfRecords>0</sru:numberOfRecords><sru:diagnostics><diag:diagnostic>' +
    '<diag:uri>info:srw/diagnostic/1/10</diag:uri><diag:details>' +
    `${escapeXml(message)}</diag:details><diag:message>Query syntax error</diag:message></diag:diagnostic>` +
    '</sru:diagnostics></sru:searchRetrieveResponse>'
  );
}

// --- officielebekendmakingen: the papers' files --------------------------------------

function paperLines(paper: FakePaper): string[] {
  return [
    'Tweede Kamer der Staten-Generaal',
    `${paper.dossier} Fictief voorbeeld van een dossier`,
    `Nr. ${paper.number} ${paper.title.toUpperCase()}`,
    `Den Haag, ${paper.date}`,
    'Dit is een fictief voorbeeld van een Kamerstuk, geschreven voor de tests van Griffie.',
  ];
}

/** A small kst XML in the `officiele-publicatie` envelope. */
export function kstXml(paper: FakePaper, origin: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<officiele-publicatie xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://technische-documentatie.oep.overheid.nl/schema/op-xsd-2012-2">
  <metadata>
    <meta name="OVERHEIDop.externMetadataRecord" scheme="" content="${origin}/${paper.id}/metadata.xml"/>
  </metadata>
  <kamerstuk>
    <dossier>
      <dossiernummer><dossiernr>${paper.dossier}</dossiernr></dossiernummer>
      <titel>Fictief voorbeeld van een dossier</titel>
    </dossier>
    <stuk>
      <stuknr><ondernummer>${paper.number}</ondernummer></stuknr>
      <titel>${escapeXml(paper.title.toUpperCase())}</titel>
      <algemeen>
        <al>Den Haag, ${paper.date}</al>
        <al>Dit is een fictief voorbeeld van een Kamerstuk, geschreven voor de tests van Griffie.</al>
      </algemeen>
    </stuk>
  </kamerstuk>
</officiele-publicatie>
`;
}

/** The paper's `metadata.xml`, in the repository's flat form. */
export function metadataXml(paper: FakePaper): string {
  const fields: [string, string][] = [
    ['DC.identifier', paper.id],
    ['DC.title', `Fictief voorbeeld van een dossier; ${paper.type}; ${paper.title}`],
    ['DC.type', 'Kamerstuk'],
    ['DC.creator', 'Tweede Kamer der Staten-Generaal'],
    ['DCTERMS.issued', paper.date],
    ['DCTERMS.modified', paper.modified],
    ['OVERHEIDop.dossiernummer', paper.dossier],
    ['OVERHEIDop.ondernummer', paper.number],
    ['OVERHEIDop.dossiertitel', 'Fictief voorbeeld van een dossier'],
    ['OVERHEIDop.documenttitel', paper.title],
    ['OVERHEIDop.vergaderjaar', '2024-2025'],
  ];
  const lines = fields.map(
    ([name, content]) => `  <metadata name="${name}" scheme="" content="${escapeXml(content)}" />`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<metadata_gegevens>\n${lines.join('\n')}\n</metadata_gegevens>\n`;
}

function kstHtml(paper: FakePaper): string {
  const body = paperLines(paper)
    .map((line) => `<p>${escapeXml(line)}</p>`)
    .join('\n');
  return `<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>${paper.id}</title></head>\n<body>\n${body}\n</body></html>\n`;
}

function softNotFoundPage(): string {
  return (
    '<!DOCTYPE html>\n<html lang="nl"><head><title>Officiële bekendmakingen</title></head>' +
    '<body class="fout404"><h1>404: Pagina niet gevonden</h1><p>De pagina bestaat niet (meer).</p></body></html>'
  );
}

/** A one-page PDF with these lines of text (Helvetica, WinAnsi), cross-reference table included. */
export function fictionalPdf(lines: string[]): Uint8Array {
  const text = lines.map((line) => `(${line.replace(/[\\()]/g, '\\$&')}) Tj T*`).join(' ');
  const stream = `BT /F1 11 Tf 72 770 Td 14 TL ${text} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}

// --- Tweede Kamer: SyncFeed --------------------------------------------------------

function feedAnswer(url: URL, origin: string, data: Data): Answer {
  const category = url.searchParams.get('category') ?? '';
  const after = Number(url.searchParams.get('skiptoken') ?? '-1');
  const remaining = data.entities
    .filter((entity) => entity.category === category && entity.skiptoken > after)
    .sort((a, b) => a.skiptoken - b.skiptoken);
  const size = data.options.feedPageSize ?? 250;
  const page = remaining.slice(0, size);
  const feedUrl = `${origin}/SyncFeed/2.0/Feed`;
  const nextOf = (token: number) => `${feedUrl}?skiptoken=${token}&amp;category=${category}`;
  const last = page.at(-1);
  const next = remaining.length > size && last ? `<link rel="next" href="${nextOf(last.skiptoken)}" />` : '';
  const entries = page.map((entity) => {
    const enclosure =
      (entity.enclosure ?? entity.file !== undefined)
        ? `<link rel="enclosure" href="${origin}/SyncFeed/2.0/Resources/${entity.guid}" />`
        : '';
    const entryNext = entity.nextLink === false ? '' : `<link rel="next" href="${nextOf(entity.skiptoken)}" />`;
    return (
      `<entry><title>${entity.guid}</title><id>${origin}/SyncFeed/2.0/Entiteiten/${entity.guid}</id>` +
      `<author><name>Tweede Kamer der Staten-Generaal</name></author><updated>${entity.updated}</updated>` +
      `<category term="${category}" />${entryNext}${enclosure}` +
      `<content type="application/xml">${entity.xml}</content></entry>`
    );
  });
  return {
    status: 200,
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
    body: bytes(
      `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xmlns:tk="${TK_NS}">` +
        `<title>${category}</title><id>${feedUrl}</id><updated>2025-03-10T12:00:00Z</updated>` +
        `<author><name>Tweede Kamer der Staten-Generaal</name></author>` +
        `<link rel="self" href="${feedUrl}?category=${category}" />${next}${entries.join('')}</feed>`,
    ),
  };
}

/** A fictional Document entity (tkData v1-0); `deleted` gives the bare deleted form. */
export function documentEntityXml(entity: {
  guid: string;
  updated: string;
  deleted?: boolean;
  number: number;
  dossierGuid?: string;
  file?: { bytes: Uint8Array; contentType: string };
}): string {
  const marks = `id="${entity.guid}" tk:bijgewerkt="${entity.updated}" tk:verwijderd="${entity.deleted === true}"`;
  if (entity.deleted) return `<document xmlns="${TK_NS}" ${marks} />`;
  const file = entity.file
    ? ` tk:contentType="${entity.file.contentType}" tk:contentLength="${entity.file.bytes.byteLength}"`
    : '';
  const dossier = entity.dossierGuid ? `<kamerstukdossier ref="${entity.dossierGuid}" />` : '';
  return (
    `<document xmlns="${TK_NS}" ${marks}${file}>${dossier}<soort>Brief regering</soort>` +
    `<documentNummer>2099D${String(entity.number).padStart(5, '0')}</documentNummer>` +
    `<titel>Fictief voorbeeld van een brief, nummer ${entity.number}</titel>` +
    '<onderwerp>Fictief voorbeeld voor de tests van Griffie</onderwerp>' +
    `<datum>${entity.updated.slice(0, 10)}T00:00:00</datum><volgnummer>${entity.number}</volgnummer>` +
    '<vergaderjaar>2024-2025</vergaderjaar><kamer>2</kamer></document>'
  );
}

/** Fictional Kamerstukken of one dossier (≥ 99 000), numbered 1 to `count`, a day apart from `firstDate`. */
export function fictionalPapers(count: number, dossier = '99001', firstDate = '2025-03-01'): FakePaper[] {
  const types = ['Brief regering', 'Motie', 'Amendement'];
  return Array.from({ length: count }, (_, index) => {
    const date = new Date(Date.parse(`${firstDate}T00:00:00Z`) + index * 86_400_000).toISOString().slice(0, 10);
    const type = types[index % types.length] as string;
    return {
      id: `kst-${dossier}-${index + 1}`,
      dossier,
      number: String(index + 1),
      title: `${type} (fictief voorbeeld ${index + 1})`,
      type,
      date,
      modified: date,
    };
  });
}

/** A fictional GUID, distinct per `n`. */
export function fictionalGuid(n: number): string {
  return `99000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

/**
 * Fictional SyncFeed entities: `documents` Documents with a PDF each (skiptokens 101,
 * 102, ...), of which the `deleted`th (1-based) is deleted, plus one Kamerstukdossier
 * (99001) and one Zaak.
 */
export function fictionalEntities(documents: number, deleted?: number): FakeEntity[] {
  const dossierGuid = fictionalGuid(9001);
  const list: FakeEntity[] = Array.from({ length: documents }, (_, index) => {
    const guid = fictionalGuid(index + 1);
    const updated = `2025-03-${String(index + 1).padStart(2, '0')}T10:00:00+01:00`;
    const isDeleted = index + 1 === deleted;
    const file = isDeleted
      ? undefined
      : { bytes: fictionalPdf([`Fictief voorbeeld, document ${index + 1}`]), contentType: 'application/pdf' };
    return {
      guid,
      category: 'Document',
      skiptoken: 101 + index,
      updated,
      deleted: isDeleted,
      xml: documentEntityXml({ guid, updated, deleted: isDeleted, number: index + 1, dossierGuid, file }),
      ...(file ? { file } : {}),
    };
  });
  list.push({
    guid: dossierGuid,
    category: 'Kamerstukdossier',
    skiptoken: 501,
    updated: '2025-03-01T09:00:00+01:00',
    deleted: false,
    xml:
      `<kamerstukdossier xmlns="${TK_NS}" id="${dossierGuid}" tk:bijgewerkt="2025-03-01T09:00:00+01:00"` +
      ' tk:verwijderd="false"><titel>Fictief voorbeeld van een dossier</titel><nummer>99001</nummer>' +
      '<hoogsteVolgnummer>3</hoogsteVolgnummer><afgesloten>false</afgesloten><kamer>2</kamer></kamerstukdossier>',
  });
  list.push({
    guid: fictionalGuid(9002),
    category: 'Zaak',
    skiptoken: 601,
    updated: '2025-03-02T09:00:00+01:00',
    deleted: false,
    xml:
      `<zaak xmlns="${TK_NS}" id="${fictionalGuid(9002)}" tk:bijgewerkt="2025-03-02T09:00:00+01:00"` +
      ` tk:verwijderd="false"><kamerstukdossier ref="${dossierGuid}" /><nummer>2099Z00001</nummer>` +
      '<soort>Brief regering</soort><onderwerp>Fictief voorbeeld</onderwerp></zaak>',
  });
  return list;
}

// --- helpers -------------------------------------------------------------------------

function bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function xml(status: number, text: string): Answer {
  return { status, headers: { 'content-type': 'application/xml; charset=utf-8' }, body: bytes(text) };
}

function html(status: number, text: string): Answer {
  return { status, headers: { 'content-type': 'text/html; charset=utf-8' }, body: bytes(text) };
}

function notFound(): Answer {
  return { status: 404, headers: { 'content-type': 'text/plain' }, body: bytes('Not Found') };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
