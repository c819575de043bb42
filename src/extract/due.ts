/**
 * When a promise is due: the time phrase of a sentence, normalised where the text
 * allows, with the last day the promise can be kept on time.
 *
 * `due` is one of `YYYY-MM-DD`, `YYYY-MM`, `YYYY-Qn`, `YYYY-Hn`, `YYYY`, or the vague
 * phrase itself ("komende maanden", "binnenkort", "zodra het onderzoek is afgerond"),
 * which has no deadline. A phrase without a year ("voor de zomer", "in het najaar")
 * takes the first such period that has not ended on the paper's date; "dit najaar" the
 * paper's own year, "volgend voorjaar" the year after. The table (`deadline` is the
 * last day of the period `due` names, and the day before a point the text says "voor"):
 *
 * | text | due | deadline |
 * |---|---|---|
 * | voor 1 januari 2026 | 2026-01-01 | 2025-12-31 |
 * | uiterlijk / op / per / vanaf 1 juli 2027 | 2027-07-01 | 2027-07-01 |
 * | in / eind / in de loop van april 2026 | 2026-04 | 2026-04-30 |
 * | begin april 2026 · medio april 2026 | 2026-04 | 2026-04-15 · 2026-04-20 |
 * | voor april 2026 | 2026-04 | 2026-03-31 |
 * | in het derde kwartaal van 2022 · Q3 2022 | 2022-Q3 | 2022-09-30 |
 * | voor het derde kwartaal van 2022 | 2022-Q3 | 2022-06-30 |
 * | in de eerste / tweede helft van 2026 | 2026-H1 · 2026-H2 | 2026-06-30 · 2026-12-31 |
 * | voor de zomer (van 2016), voor het zomerreces | 2016-07-01 | 2016-06-30 |
 * | in de zomer (van 2016), deze zomer | 2016-Q3 | 2016-09-30 |
 * | na de zomer, na het zomerreces | 2016-H2 | 2016-12-31 |
 * | in het voorjaar (van 2026) | 2026-Q2 | 2026-06-30 |
 * | in het najaar (van 2025) | 2025-Q4 | 2025-12-31 |
 * | voor het kerstreces | 2025-12 | 2025-12-20 |
 * | voor Prinsjesdag (2025) | 2025-09-16 (third Tuesday of September) | 2025-09-15 |
 * | op / met / bij Prinsjesdag | 2025-09-16 | 2025-09-16 |
 * | begin 2026 | 2026-Q1 | 2026-03-31 |
 * | medio / half / halverwege 2026 | 2026-07 | 2026-07-31 |
 * | eind 2025, eind dit jaar | 2025-12 | 2025-12-31 |
 * | in 2026, in de loop van 2026, vanaf 2026, voor het einde van 2026 | 2026 | 2026-12-31 |
 * | dit jaar, nog dit jaar, voor het einde van het jaar, voor de jaarwisseling | (paper's year) | …-12-31 |
 * | volgend jaar | (paper's year + 1) | …-12-31 |
 * | binnen vier weken, binnen twee maanden (paper dated) | paper date + period | same |
 * | komende periode / maanden / weken, binnenkort, op korte termijn, zo spoedig mogelijk, jaarlijks, zodra …, na afloop van … | verbatim | — |
 *
 * A normalised phrase whose deadline lies before the paper's date is history, not a
 * due, and is skipped.
 *
 * @module
 */

import { type Due, RULES, VAGUE } from './due-rules.ts';
import { dateParts } from './dutch-dates.ts';

export { type Due, prinsjesdag } from './due-rules.ts';

interface Candidate extends Due {
  index: number;
  end: number;
  vague: boolean;
}

/** Cheap test: could this sentence hold a time phrase at all? */
const HINT =
  /\d|binnen|zomer|najaar|voorjaar|winter|reces|kwartaal|helft|jaar|prinsjesdag|komende|binnenkort|termijn|spoedig|snel mogelijk|zodra|na afloop|na afronding|jaarlijks|keer per|maal per|inwerkingtreding|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december/i;

/** Blank out the spans (in order, not overlapping) so that later rules do not read inside earlier matches. */
function mask(text: string, spans: Array<[number, number]>): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const [index, end] of spans) {
    parts.push(text.slice(at, index), ' '.repeat(end - index));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * The due of a sentence: the first normalised time phrase that has not passed on the
 * paper's date (`ref`), else the first vague one, else null.
 *
 * @example
 * readDue('Ik zal uw Kamer voor de zomer van 2016 informeren.', '2016-02-01');
 * // { due: '2016-07-01', deadline: '2016-06-30' }
 * readDue('die de komende maanden worden georganiseerd', null); // { due: 'komende maanden' }
 */
export function readDue(sentence: string, ref: string | null): Due | null {
  if (!HINT.test(sentence)) return null;
  const refOk = dateParts(ref) !== null;
  const found: Candidate[] = [];
  let work = sentence;
  for (const rule of RULES) {
    const spans: Array<[number, number]> = [];
    for (const m of work.matchAll(rule.pattern)) {
      const due = rule.read(m as RegExpExecArray, refOk ? ref : null);
      const index = m.index as number;
      const end = index + m[0].length;
      spans.push([index, end]);
      if (due === 'year') {
        found.push({ due: m[0].toLowerCase().replace(/\s+/g, ' ').trim(), index, end, vague: true });
        continue;
      }
      if (!due) continue;
      if (refOk && due.deadline && due.deadline < (ref as string)) continue;
      found.push({ ...due, index, end, vague: false });
    }
    work = mask(work, spans);
  }
  for (const vague of VAGUE) {
    const m = vague.pattern.exec(work);
    if (m) found.push({ due: vague.text(m), index: m.index, end: m.index + m[0].length, vague: true });
  }
  if (found.length === 0) return null;
  found.sort((a, b) => Number(a.vague) - Number(b.vague) || a.index - b.index);
  const best = found[0] as Candidate;
  return best.deadline ? { due: best.due, deadline: best.deadline } : { due: best.due };
}
