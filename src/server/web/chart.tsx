/**
 * Papers per month of a dossier as a server-rendered SVG bar chart (no script), with
 * the same figures in a table for screen readers and for copying. Long dossiers are
 * counted per year instead, so bars stay readable.
 *
 * @module
 */
import { dutchMonth, dutchNumber, plural } from './format.ts';

/** Above this many months the chart counts per year. */
const MAX_MONTH_BARS = 72;

interface Bar {
  label: string;
  short: string;
  count: number;
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Every month (or year) from the first to the last, with zero where there were no papers. */
export function chartBars(months: { month: string; count: number }[]): Bar[] {
  const valid = months
    .filter((m) => /^\d{4}-(0[1-9]|1[0-2])$/.test(m.month))
    .sort((a, b) => (a.month < b.month ? -1 : 1));
  if (valid.length === 0) return [];
  const counts = new Map(valid.map((m) => [m.month, m.count]));
  const first = valid[0]!.month;
  const last = valid[valid.length - 1]!.month;
  const all: string[] = [];
  for (let m = first; m <= last; m = nextMonth(m)) all.push(m);
  if (all.length <= MAX_MONTH_BARS)
    return all.map((m) => ({ label: dutchMonth(m), short: dutchMonth(m, true), count: counts.get(m) ?? 0 }));
  const years = new Map<string, number>();
  for (const m of all) years.set(m.slice(0, 4), (years.get(m.slice(0, 4)) ?? 0) + (counts.get(m) ?? 0));
  return [...years].map(([year, count]) => ({ label: year, short: year, count }));
}

const W = 720;
const H = 200;
const LEFT = 34;
const BOTTOM = 26;
const TOP = 10;

/** The chart with its data table. */
export function MonthChart(props: { months: { month: string; count: number }[] }) {
  const bars = chartBars(props.months);
  if (bars.length === 0) return <p class="muted">Geen gedateerde stukken.</p>;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const slot = (W - LEFT) / bars.length;
  const height = H - BOTTOM - TOP;
  const every = Math.ceil(bars.length / 12);
  const ticks = [...new Set([0, Math.round(max / 2), max])];
  const perYear = bars[0]!.label.length === 4;
  const summary = `${perYear ? 'Stukken per jaar' : 'Stukken per maand'}, ${bars[0]!.label} tot en met ${bars[bars.length - 1]!.label}; hoogste: ${plural(max, 'stuk', 'stukken')}.`;
  return (
    <figure>
      <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="grafiek-titel">
        <title id="grafiek-titel">{summary}</title>
        {ticks.map((t) => {
          const y = TOP + height - (t / max) * height;
          return (
            <g>
              <line class="grid" x1={LEFT} x2={W} y1={y} y2={y} />
              <text class="axis" x={LEFT - 6} y={y + 4} text-anchor="end">
                {dutchNumber(t)}
              </text>
            </g>
          );
        })}
        {bars.map((b, i) => {
          const h = (b.count / max) * height;
          const x = LEFT + i * slot;
          return (
            <g>
              <rect class="bar" x={x + slot * 0.12} y={TOP + height - h} width={Math.max(1, slot * 0.76)} height={h}>
                <title>{`${b.label}: ${plural(b.count, 'stuk', 'stukken')}`}</title>
              </rect>
              {i % every === 0 ? (
                <text class="axis" x={x + slot / 2} y={H - 8} text-anchor="middle">
                  {b.short}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <details>
        <summary>{perYear ? 'Aantallen per jaar als tabel' : 'Aantallen per maand als tabel'}</summary>
        <table class="data">
          <thead>
            <tr>
              <th scope="col">{perYear ? 'Jaar' : 'Maand'}</th>
              <th scope="col">Stukken</th>
            </tr>
          </thead>
          <tbody>
            {bars
              .filter((b) => b.count > 0)
              .map((b) => (
                <tr>
                  <td>{b.label}</td>
                  <td>{dutchNumber(b.count)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
