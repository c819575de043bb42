/**
 * `griffie search`, `griffie show` and `griffie related`: read the archive.
 *
 * @module
 */
import type { Command } from 'commander';
import { SearchQueryError } from '../search/index.ts';
import { MAX_DEPTH, type SearchHit, type SearchResponse } from '../store/index.ts';
import { DB_OPTION, withArchive } from './archive.ts';
import { EXIT, UsageError } from './errors.ts';
import { wholeNumber, write, writeJson } from './output.ts';
import { decisionLines } from './votes-text.ts';

interface SearchOptions {
  db?: string;
  json?: boolean;
  limit: string;
  offset: string;
  sort: string;
}

/** Register `search`, `show` and `related`. */
export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('search the archive (Dutch-aware: stemming, compounds, hyphens, diacritics)')
    .argument('<query...>', 'the query; words, "phrases", OR, -word, prefix*, (…), field:value')
    .option(...DB_OPTION)
    .option('--json', 'print {total, hits, facets} as JSON')
    .option('--limit <n>', 'hits per page (1–100)', '20')
    .option('--offset <n>', 'hits to skip (offset + limit at most 10,000)', '0')
    .option('--sort <order>', 'relevance or date', 'relevance')
    .addHelpText(
      'after',
      `
Query language:
  imamopleidingen               words (all must match), Dutch stemming and compounds
  "sociale zekerheid"           a phrase
  migratie OR integratie        either
  -marokko  NOT marokko         without
  radicali*                     prefix
  (asiel OR migratie) terugkeer grouping
  dossier:32824  type:motie  year:2015  from:2015-01-01  to:2015-12-31
  sender:minister  portfolio:"Sociale Zaken"  chamber:ek  id:kst-32824-93
  outcome:aangenomen  party-voted-for:VVD   what became of a motion or amendment
  topic:migratie  onderwerp:"sociale zekerheid"   papers about a topic, across dossiers

Examples:
  griffie search radicalisering
  griffie search 'type:motie dossier:"21 501-32" stikstof' --sort date`,
    )
    .action(async (words: string[], options: SearchOptions) => {
      process.exitCode = await runSearch(words.join(' '), options);
    });

  program
    .command('show')
    .description('show one paper of the archive')
    .argument('<id>', 'its id (kst-32824-93) or key')
    .option(...DB_OPTION)
    .option('--json', 'print the whole document as JSON (its votes: GET /api/v1/documents/{id}/votes)')
    .action(async (id: string, options: { db?: string; json?: boolean }) => {
      process.exitCode = await withArchive(
        options.db,
        async (store) => {
          const doc = await store.get(id);
          if (!doc) {
            process.stderr.write(`griffie: no paper ${id} in the archive\n`);
            return EXIT.failed;
          }
          if (options.json) await writeJson(doc, true);
          else {
            const lines = [
              doc.title,
              doc.citation ?? doc.id ?? '',
              `${doc.type}${doc.date ? `, ${doc.date}` : ''}${doc.sender ? `, ${[doc.sender.role, doc.sender.portfolio, doc.sender.name].filter(Boolean).join(' ')}` : ''}`,
              ...doc.dossiers.map((d) => `dossier ${d.number}${d.suffix ? ` ${d.suffix}` : ''}: ${d.title ?? ''}`),
              ...decisionLines(await store.votes.ofPaper(id)),
              '',
              ...doc.blocks.map((b) => b.text),
              ...(doc.footnotes.length > 0 ? ['', ...doc.footnotes.map((f) => `${f.marker} ${f.text}`)] : []),
            ];
            await write(`${lines.join('\n')}\n`);
          }
          return EXIT.ok;
        },
        { existing: true },
      );
    });

  program
    .command('related')
    .description('list the papers most similar to one paper (shared dossiers, citations, text)')
    .argument('<id>', 'its id or key')
    .option(...DB_OPTION)
    .option('--json', 'print JSON')
    .option('--limit <n>', 'how many (1–100)', '10')
    .action(async (id: string, options: { db?: string; json?: boolean; limit: string }) => {
      const limit = wholeNumber(options.limit, '--limit', 1, 100);
      process.exitCode = await withArchive(
        options.db,
        async (store) => {
          if (!(await store.get(id))) {
            process.stderr.write(`griffie: no paper ${id} in the archive\n`);
            return EXIT.failed;
          }
          const related = await store.related(id, limit);
          if (options.json) await writeJson(related, true);
          else
            for (const hit of related)
              await write(`${hit.id}  ${hit.title} (${hit.date ?? 'undated'})\n    ${hit.reasons.join('; ')}\n`);
          return EXIT.ok;
        },
        { existing: true },
      );
    });
}

async function runSearch(query: string, options: SearchOptions): Promise<number> {
  const limit = wholeNumber(options.limit, '--limit', 1, 100);
  const offset = wholeNumber(options.offset, '--offset', 0, MAX_DEPTH - limit);
  if (options.sort !== 'relevance' && options.sort !== 'date')
    throw new UsageError(`--sort must be relevance or date, not "${options.sort}"`);
  const sort = options.sort;
  try {
    const response = await withArchive(options.db, (store) => store.search({ query, limit, offset, sort }), {
      existing: true,
    });
    if (options.json) await writeJson(response);
    else await write(render(response, offset));
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof SearchQueryError)) throw error;
    process.stderr.write(`griffie: ${error.message}\n  ${query}\n  ${' '.repeat(Math.max(0, error.position))}^\n`);
    return EXIT.usage;
  }
}

function render(response: SearchResponse, offset: number): string {
  const out = [`${response.total} ${response.total === 1 ? 'paper' : 'papers'}`];
  for (const [i, hit] of response.hits.entries()) out.push(renderHit(hit, offset + i + 1));
  const types = response.facets.type.map((f) => `${f.value} ${f.count}`).join(', ');
  if (types) out.push(`\ntypes: ${types}`);
  return `${out.join('\n')}\n`;
}

function renderHit(hit: SearchHit, n: number): string {
  const bold = process.stdout.isTTY ? ['\x1b[1m', '\x1b[22m'] : ['«', '»'];
  const snippet = hit.snippet
    .replace(/<mark>/g, bold[0] as string)
    .replace(/<\/mark>/g, bold[1] as string)
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&(amp|lt|gt|quot);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[name] ?? '');
  return `\n${n}. ${hit.title}\n   ${[hit.citation ?? hit.id, hit.date].filter(Boolean).join(', ')}\n   ${snippet}`;
}
