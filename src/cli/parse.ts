/**
 * `griffie parse`: print the document model of each input as JSON.
 *
 * @module
 */
import type { Command } from 'commander';
import { ParseError } from '../parse/index.ts';
import { parseFile } from '../pipeline/index.ts';
import { EXIT, messageOf, UsageError } from './errors.ts';
import { write } from './output.ts';

interface ParseOptions {
  json?: boolean;
  jsonl?: boolean;
  pretty?: boolean;
  maxSize: string;
}

/** Register the `parse` command. */
export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('parse papers (XML, HTML, PDF, text, OData/SyncFeed records) into the document model as JSON')
    .argument('<file...>', 'files to parse, or - for standard input')
    .option('--json', 'print one JSON document (the default for a single input)')
    .option('--jsonl', 'print one JSON line per input, in input order (the default for several inputs)')
    .option('--pretty', 'indent the JSON (with --json)')
    .option('--max-size <MB>', 'refuse inputs larger than this many megabytes', '32')
    .addHelpText(
      'after',
      `
The format is told from the content. A paper's metadata.xml beside it
(kst-1-2.metadata.xml, or the repository's …/1/metadata/metadata.xml) is read with it.

Exit status: 0 when every input parsed (warnings allowed), 1 when some failed
(each failure is printed as {"source": ..., "error": ...} in place of its
document, and in plain words on stderr), 2 on usage errors.

Examples:
  griffie parse --pretty kst-32824-93.txt
  griffie parse kst-32824-93.pdf
  griffie parse --jsonl papers/*.xml > papers.jsonl
  pdftotext -raw kst-32824-93.pdf - | griffie parse -`,
    )
    .action(async (files: string[], options: ParseOptions) => {
      process.exitCode = await runParse(files, options);
    });
}

async function runParse(files: string[], options: ParseOptions): Promise<number> {
  if (options.json && options.jsonl) throw new UsageError('choose one of --json and --jsonl');
  const jsonl = options.jsonl ?? (!options.json && files.length > 1);
  if (options.pretty && jsonl)
    throw new UsageError('--pretty indents one JSON document; several inputs print JSON lines');
  if (!jsonl && files.length > 1) throw new UsageError('--json prints one document; use --jsonl for several inputs');
  if (files.filter((f) => f === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
  const maxSize = Number(options.maxSize);
  if (!Number.isFinite(maxSize) || maxSize <= 0)
    throw new UsageError(`--max-size must be a positive number, not "${options.maxSize}"`);

  let failures = 0;
  for (const file of files) {
    const name = file === '-' ? '<stdin>' : file;
    let line: string;
    try {
      const doc = await parseFile(file, { maxBytes: Math.round(maxSize * 1024 * 1024) });
      line = JSON.stringify(doc, null, options.pretty ? 2 : undefined);
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      failures++;
      process.stderr.write(`griffie: ${name}: ${messageOf(error)}\n`);
      line = JSON.stringify({ source: name, error: messageOf(error) });
    }
    await write(`${line}\n`);
  }
  return failures > 0 ? EXIT.failed : EXIT.ok;
}
