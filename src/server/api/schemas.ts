/**
 * The API's schemas (zod): they validate requests and they are the OpenAPI document's
 * components, so what is documented is what is checked.
 *
 * @module
 */
import { z } from '@hono/zod-openapi';
import { PAPER_TYPES } from '../../model/index.ts';
import { MAX_QUERY_LENGTH } from '../../search/index.ts';
import { MAX_DEPTH } from '../../store/index.ts';

/** Paging parameters shared by every list. */
export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20).openapi({ description: 'Items per page (1–100).' }),
  offset: z.coerce
    .number()
    .int()
    .min(0)
    .max(MAX_DEPTH)
    .default(0)
    .openapi({ description: 'Items to skip. A response links the next page in `next`.' }),
});

export const SearchQuery = PageQuery.extend({
  q: z
    .string()
    .trim()
    .min(1)
    .max(MAX_QUERY_LENGTH)
    .openapi({
      description:
        'The query: words (Dutch stemming and compounds), "phrases", OR, -word, prefix*, (…), and filters ' +
        'dossier:, type:, year:, from:, to:, sender:, portfolio:, topic: (a topic of the papers, whole), chamber:, id:, ' +
        'outcome: (aangenomen, verworpen, ' +
        'aangehouden, ingetrokken, vervallen) and party-voted-for: (a party, e.g. VVD).',
      example: 'radicalisering type:brief',
    }),
  sort: z.enum(['relevance', 'date']).default('relevance').openapi({ description: 'Relevance or newest first.' }),
  outcomes: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .openapi({
      description:
        "Also count the matches by the outcome of the Kamer's decision on them (`facets.outcome`), over all matches.",
    }),
});

export const DocumentParam = z.object({
  id: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'kst-32824-93', description: 'Id or key.' }),
});

export const DossierParam = z.object({
  number: z
    .string()
    .regex(/^\d{1,6}(?:-[0-9A-Za-z]{1,12})*$/)
    .openapi({
      param: { name: 'number', in: 'path' },
      example: '32824',
      description: 'The dossier key: digits, with a dash-joined suffix or sub-number (36200-VII, 21501-32).',
    }),
});

export const Problem = z
  .object({
    type: z.string().openapi({ example: 'about:blank' }),
    title: z.string().openapi({ example: 'Not Found' }),
    status: z.number().int().openapi({ example: 404 }),
    detail: z.string().optional(),
    instance: z.string().optional(),
  })
  .openapi('Problem', { description: 'An error (RFC 9457, `application/problem+json`).' });

export const Dossier = z
  .object({
    number: z.string().openapi({ example: '32824' }),
    suffix: z.string().optional().openapi({ example: 'VII' }),
    title: z.string().nullable().openapi({ example: 'Integratiebeleid' }),
  })
  .openapi('Dossier');

export const Sender = z
  .object({
    role: z.string().openapi({ example: 'minister' }),
    portfolio: z.string().nullable().openapi({ example: 'Sociale Zaken en Werkgelegenheid' }),
    name: z.string().nullable().openapi({ example: 'L.F. Asscher' }),
  })
  .openapi('Sender');

const Links = {
  href: z.string().openapi({ description: 'This paper in the API.', example: '/api/v1/documents/kst-32824-93' }),
  page: z.string().openapi({ description: 'Its reading page.', example: '/stuk/kst-32824-93' }),
};

export const DocumentSummary = z
  .object({
    id: z.string().openapi({ example: 'kst-32824-93' }),
    title: z.string(),
    type: z.string().openapi({ example: 'brief', description: `One of ${PAPER_TYPES.join(', ')}.` }),
    date: z.string().nullable().openapi({ example: '2015-05-28' }),
    number: z.string().nullable().openapi({ example: '93' }),
    dossiers: z.array(Dossier),
    citation: z.string().nullable().openapi({ example: 'Kamerstukken II 2014/15, 32 824, nr. 93' }),
    sender: Sender.nullable(),
    withdrawn: z.boolean(),
    ...Links,
  })
  .openapi('DocumentSummary');

const PageLinks = {
  total: z.number().int(),
  offset: z.number().int(),
  limit: z.number().int(),
  next: z.string().nullable().openapi({ description: 'The next page, or null on the last one.' }),
  prev: z.string().nullable().openapi({ description: 'The previous page, or null on the first one.' }),
};

export const DocumentPage = z.object({ ...PageLinks, items: z.array(DocumentSummary) }).openapi('DocumentPage');

const FacetCount = z.object({ value: z.string(), count: z.number().int() }).openapi('FacetCount');

export const SearchHit = z
  .object({
    id: z.string(),
    title: z.string(),
    type: z.string(),
    date: z.string().nullable(),
    dossiers: z.array(Dossier),
    citation: z.string().nullable(),
    snippet: z.string().openapi({ description: 'HTML-escaped text; matches in `<mark>…</mark>`.' }),
    score: z.number(),
    ...Links,
  })
  .openapi('SearchHit');

export const SearchResult = z
  .object({
    query: z.string(),
    sort: z.enum(['relevance', 'date']),
    ...PageLinks,
    hits: z.array(SearchHit),
    facets: z.object({
      type: z.array(FacetCount),
      year: z.array(FacetCount),
      dossier: z.array(FacetCount),
      sender: z.array(FacetCount),
      portfolio: z.array(FacetCount),
      topic: z.array(FacetCount).openapi({ description: "The matches' topics (lower case)." }),
      outcome: z.array(FacetCount).optional().openapi({
        description:
          'With `outcomes=true`: the matches whose last decision was aangenomen, verworpen, aangehouden, ingetrokken or vervallen (in that order; those above 0).',
      }),
    }),
  })
  .openapi('SearchResult');

export const Reference = z
  .object({
    kind: z.string().openapi({ example: 'kamerstuk' }),
    target: z.string().openapi({ example: 'kst-34052-7' }),
    text: z.string().openapi({ example: 'Kamerstuk 34 052, nr. 7' }),
    in: z.string().optional().openapi({ example: 'footnote 1' }),
    inArchive: z.boolean().openapi({ description: 'Whether the archive holds the target.' }),
    page: z.string().nullable().openapi({ description: 'The target in the archive, when it is there.' }),
    official: z.string().nullable().openapi({ description: 'The official address of the target, where known.' }),
  })
  .openapi('Reference');

export const ReferenceList = z.object({ id: z.string(), references: z.array(Reference) }).openapi('ReferenceList');

/** The whole parsed document (`shared/spec/document.md`): see the project's document model. */
export const Document = z
  .object({
    id: z.string().nullable(),
    kind: z.string(),
    chamber: z.string().nullable(),
    dossiers: z.array(Dossier),
    number: z.string().nullable(),
    type: z.string(),
    typeLine: z.string().nullable(),
    title: z.string(),
    subject: z.string().nullable(),
    sender: Sender.nullable(),
    addressee: z.string().nullable(),
    place: z.string().nullable(),
    date: z.string().nullable(),
    parliamentaryYear: z.string().nullable(),
    citation: z.string().nullable(),
    signatories: z.array(z.object({ name: z.string(), role: z.string().nullable() })),
    blocks: z.array(z.object({ kind: z.string(), text: z.string(), footnoteRefs: z.array(z.string()).optional() })),
    footnotes: z.array(z.object({ marker: z.string(), text: z.string() })),
    references: z.array(
      z.object({ kind: z.string(), target: z.string(), text: z.string(), in: z.string().optional() }),
    ),
    requests: z.array(
      z.object({
        date: z.string().nullable(),
        by: z.string().nullable(),
        asks: z.string(),
        reference: z.string().optional(),
      }),
    ),
    commitments: z.array(z.object({ text: z.string(), by: z.string().nullable(), due: z.string().nullable() })),
    entities: z.object({
      persons: z.array(z.object({ name: z.string(), role: z.string().nullable() })),
      places: z.array(z.string()),
      organisations: z.array(z.string()),
    }),
    source: z.object({
      format: z.string(),
      path: z.string().optional(),
      url: z.string().optional(),
      sha256: z.string(),
    }),
    warnings: z.array(z.string()),
    external: z
      .object({
        tkId: z.string().optional(),
        tkDocumentNumber: z.string().optional(),
        tkZaken: z.array(z.string()).optional(),
        tkZaakIds: z.array(z.string()).optional(),
      })
      .optional(),
    withdrawn: z.boolean().optional(),
  })
  .openapi('Document');

export const SharedDossier = z
  .object({
    key: z.string(),
    number: z.string(),
    suffix: z.string().nullable(),
    title: z.string().nullable(),
    shared: z.number().int().openapi({ description: 'Papers listed in both dossiers.' }),
  })
  .openapi('SharedDossier');

export const DossierInfo = z
  .object({
    key: z.string().openapi({ example: '32824' }),
    number: z.string(),
    suffix: z.string().nullable(),
    title: z.string().nullable(),
    documents: z.number().int(),
    first: z.string().nullable(),
    latest: z.string().nullable(),
    months: z.array(z.object({ month: z.string().openapi({ example: '2015-05' }), count: z.number().int() })),
    related: z.array(SharedDossier),
    page: z.string().openapi({ example: '/dossier/32824' }),
    feed: z.string().openapi({ example: '/feeds/dossier/32824.atom' }),
  })
  .openapi('DossierInfo');

export const IngestResult = z
  .object({
    outcome: z.enum(['added', 'updated', 'unchanged']),
    document: DocumentSummary,
    warnings: z.array(z.string()),
  })
  .openapi('IngestResult');

export const IngestQuery = z.object({
  filename: z
    .string()
    .max(255)
    .optional()
    .openapi({ description: 'The file name (helps tell the format apart).', example: 'kst-32824-93.xml' }),
});
