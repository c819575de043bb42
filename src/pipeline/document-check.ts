/**
 * Whether a value read from an export is a document Griffie can store and index: every
 * field of the model present with its JSON type, the closed vocabularies (kind, chamber,
 * block, reference and source kinds) within their values. Values that Griffie's own
 * parsers could have written are never refused: any paper an archive holds passes, so
 * an export always imports. Fields the model does not know are kept as they are.
 *
 * @module
 */
import { z } from 'zod';

const text = z.string();
const maybe = z.string().nullable();

const DOCUMENT = z.object({
  id: z.string().min(1).nullable(),
  kind: z.enum(['kamerstuk', 'handelingen', 'aanhangsel', 'kamervragen', 'staatsblad', 'staatscourant', 'other']),
  chamber: z.enum(['tweede-kamer', 'eerste-kamer', 'verenigde-vergadering']).nullable(),
  dossiers: z.array(z.object({ number: z.string().min(1), suffix: text.optional(), title: maybe })),
  number: maybe,
  type: z.string().min(1),
  typeLine: maybe,
  title: text,
  subject: maybe,
  sender: z.object({ role: text, portfolio: maybe, name: maybe }).nullable(),
  addressee: maybe,
  place: maybe,
  date: maybe,
  parliamentaryYear: maybe,
  citation: maybe,
  signatories: z.array(z.object({ name: text, role: maybe })),
  blocks: z.array(
    z.object({
      kind: z.enum(['heading', 'paragraph', 'list-item', 'quote', 'table', 'question', 'answer', 'text']),
      text,
      footnoteRefs: z.array(text).optional(),
    }),
  ),
  footnotes: z.array(z.object({ marker: text, text })),
  references: z.array(
    z.object({
      kind: z.enum([
        'kamerstuk',
        'dossier',
        'handelingen',
        'aanhangsel',
        'kamervragen',
        'staatsblad',
        'staatscourant',
        'ecli',
        'bwb',
        'motie',
        'eu',
        'tk-document',
        'tk-zaak',
      ]),
      target: text,
      text,
      in: text.optional(),
    }),
  ),
  requests: z.array(
    z.object({
      date: maybe,
      by: maybe,
      asks: text,
      reference: text.optional(),
      kind: z.enum(['committee', 'motion', 'question', 'commitment', 'other']).optional(),
    }),
  ),
  commitments: z.array(z.object({ text, by: maybe, due: maybe, deadline: text.optional() })),
  entities: z.object({
    persons: z.array(z.object({ name: text, role: maybe })),
    places: z.array(text),
    organisations: z.array(text),
  }),
  source: z.object({
    format: z.enum(['text', 'pdf', 'xml', 'html', 'odata', 'syncfeed']),
    path: text.optional(),
    url: text.optional(),
    sha256: z.string().min(1),
  }),
  warnings: z.array(text),
  external: z
    .object({
      tkId: text.optional(),
      tkDocumentNumber: text.optional(),
      tkZaken: z.array(text).optional(),
      tkZaakIds: z.array(text).optional(),
    })
    .optional(),
  withdrawn: z.boolean().optional(),
  topics: z.array(text).optional(),
});

/**
 * Why `value` is not a storable document (the first problem, with its place, e.g.
 * `blocks.3.text: Invalid input: expected string, received number`), or null when it is.
 *
 * @example
 * documentProblem(JSON.parse(line)); // null, or what is wrong
 */
export function documentProblem(value: unknown): string | null {
  const result = DOCUMENT.safeParse(value);
  if (result.success) return null;
  const [first, ...rest] = result.error.issues;
  if (first === undefined) return 'not a document';
  const where = first.path.length > 0 ? first.path.join('.') : 'the line';
  const more = rest.length > 0 ? ` (and ${rest.length} more ${rest.length === 1 ? 'problem' : 'problems'})` : '';
  return `${where}: ${first.message}${more}`;
}
