#!/usr/bin/env node
// Enforces the layering of src/ (docs/DESIGN.md): a layer imports only the layers
// below it, and another layer only through its index.ts. Tests beside the source
// (*.test.ts) may also import the test support under test/.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ALLOWED = {
  model: [],
  parse: ['model'],
  extract: ['model'],
  search: ['model'],
  store: ['model', 'search'],
  sources: ['model'],
  pipeline: ['model', 'parse', 'extract', 'store', 'search', 'sources'],
  server: ['model', 'store', 'search', 'pipeline'],
  cli: ['model', 'parse', 'extract', 'store', 'search', 'sources', 'pipeline', 'server'],
};

function find(dir) {
  let out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out = out.concat(find(path));
    else if (entry.name.endsWith('.ts') || entry.name.endsWith('.tsx')) out.push(path);
  }
  return out;
}

const src = resolve('src');
const problems = [];
for (const file of find(src)) {
  const layer = relative(src, file).split('/')[0];
  if (!(layer in ALLOWED)) {
    problems.push(`${relative('.', file)}: src/${layer} is not a known layer`);
    continue;
  }
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g)) {
    const target = resolve(dirname(file), match[1]);
    if (file.endsWith('.test.ts') && relative(resolve('test', 'support'), target).split('/')[0] !== '..') continue;
    const targetLayer = relative(src, target).split('/')[0];
    if (targetLayer === layer) continue;
    if (!ALLOWED[layer].includes(targetLayer)) {
      problems.push(`${relative('.', file)}: ${layer} must not import ${targetLayer} (${match[1]})`);
    } else if (relative(join(src, targetLayer), target) !== 'index.ts') {
      problems.push(`${relative('.', file)}: import ${targetLayer} through its index.ts, not ${match[1]}`);
    }
  }
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`layers: ${find(src).length} files respect the layering`);
