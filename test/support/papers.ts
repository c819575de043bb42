/**
 * Fictional papers in the printed Kamerstuk format, written by code for the archive
 * tests: dossiers from 99 000 up, marked as examples, each with its own words so that
 * searches can tell them apart.
 *
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MONTHS } from './arbitraries.ts';

const TOPICS = ['dijkversterking', 'kinderopvang', 'stikstofuitstoot', 'imamopleidingen', 'woningbouw', 'jeugdzorg'];

/** The text of fictional paper `i` (dossier 99 000 + i % 7, number i + 1). */
export function paperText(i: number, variant = ''): string {
  const dossier = 99000 + (i % 7);
  const topic = TOPICS[i % TOPICS.length] as string;
  const day = 1 + (i % 28);
  const month = MONTHS[i % 12] as string;
  const year = 2010 + (i % 12);
  return [
    `${String(dossier).replace(/^(\d\d)/, '$1 ')} Voorbeelddossier ${dossier % 100} (fictief voorbeeld)`,
    '',
    `Nr. ${i + 1} BRIEF VAN DE MINISTER VAN VOORBEELDZAKEN`,
    '',
    'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
    '',
    `Den Haag, ${day} ${month} ${year}`,
    '',
    `Met deze brief informeer ik uw Kamer over ${topic} in voorbeeldgemeente ${i}. ${variant}`,
    '',
    `De kosten van het plan bedragen ${i * 1000} euro. Ik zal uw Kamer voor de zomer informeren.`,
    '',
    'De Minister van Voorbeeldzaken,',
    'A.B. Voorbeeld',
    '',
  ].join('\n');
}

/** Write papers 0 … count-1 into `dir` as `paper-0000.txt` … */
export function writePapers(dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const path = join(dir, `paper-${String(i).padStart(4, '0')}.txt`);
    writeFileSync(path, paperText(i));
    paths.push(path);
  }
  return paths;
}
