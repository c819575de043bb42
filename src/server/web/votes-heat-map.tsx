/**
 * How often parties voted alike, as a server-rendered SVG heat map (no script): a cell
 * per two parties, its colour one of six steps of a colour-blind-safe blue scale, its
 * percentage written in it and said in full in its `<title>`, a legend beside the grid,
 * and the same figures in a table for screen readers and for copying.
 *
 * @module
 */
import type { VoteAgreement } from '../../store/index.ts';
import { plural } from './format.ts';
import { percent } from './votes-labels.ts';

/** The lower bounds of the colour steps 1–5 (step 0: below 50%). */
const STEPS = [0.5, 0.6, 0.7, 0.8, 0.9];
const LEGEND = ['minder dan 50%', '50–60%', '60–70%', '70–80%', '80–90%', '90% of meer'];

/** The colour step (0–5) of a share. */
export function heatStep(share: number): number {
  let step = 0;
  for (const bound of STEPS) if (share >= bound) step += 1;
  return step;
}

const CELL = 42;
const CHAR = 7.8;
const ROW = 21;
const LEGEND_WIDTH = 185;

function cellTitle(p: string, q: string, share: number | null, together: number): string {
  if (share === null) return `${p} en ${q} stemden nooit allebei over hetzelfde besluit`;
  return `${p} en ${q} stemden bij ${percent(share)} van ${plural(together, 'besluit', 'besluiten')} gelijk`;
}

/** The heat map of an agreement, with its legend and data table. */
export function HeatMap(props: { agreement: VoteAgreement }) {
  const { parties, agree, together } = props.agreement;
  const n = parties.length;
  if (n < 2) return <p class="muted">Te weinig partijen stemden in deze periode om ze te vergelijken.</p>;
  const label = Math.ceil(Math.max(...parties.map((p) => p.length)) * CHAR) + 12;
  const grid = n * CELL;
  const width = label + grid + 20 + LEGEND_WIDTH;
  const height = label + Math.max(grid, (LEGEND.length + 2) * ROW) + 8;
  const legendX = label + grid + 20;
  return (
    <figure class="heat-figure">
      <svg
        class="heat-map"
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="img"
        aria-labelledby="heat-titel"
      >
        <title id="heat-titel">{`Hoe vaak ${plural(n, 'partij', 'partijen')} gelijk stemden, per twee partijen, in procenten van de besluiten waarover beide stemden.`}</title>
        {parties.map((p, i) => (
          <g>
            <text class="heat-label" x={label - 6} y={label + i * CELL + CELL / 2 + 5} text-anchor="end">
              {p}
            </text>
            <text
              class="heat-label"
              transform={`translate(${label + i * CELL + CELL / 2 + 4} ${label - 6}) rotate(-90)`}
              text-anchor="start"
            >
              {p}
            </text>
          </g>
        ))}
        {parties.map((p, i) =>
          parties.map((q, j) => {
            const share = agree[i]?.[j] ?? null;
            const x = label + j * CELL;
            const y = label + i * CELL;
            if (i === j)
              return (
                <rect class="heat-cell heat-self" x={x} y={y} width={CELL} height={CELL} data-cell={`${p}|${q}`}>
                  <title>{p}</title>
                </rect>
              );
            const step = share === null ? null : heatStep(share);
            return (
              <g class="heat-cell" data-cell={`${p}|${q}`}>
                <title>{cellTitle(p, q, share, together[i]?.[j] ?? 0)}</title>
                <rect class={step === null ? 'heat-none' : `heat-${step}`} x={x} y={y} width={CELL} height={CELL} />
                <text
                  class={step !== null && step >= 4 ? 'heat-value light' : 'heat-value'}
                  x={x + CELL / 2}
                  y={y + CELL / 2 + 4}
                  text-anchor="middle"
                >
                  {share === null ? '—' : percent(share)}
                </text>
              </g>
            );
          }),
        )}
        <g class="heat-legend">
          <text class="heat-label" x={legendX} y={label + 12}>
            Gelijk gestemd
          </text>
          {[...LEGEND, 'nooit allebei gestemd'].map((text, k) => (
            <g>
              <rect
                class={k < LEGEND.length ? `heat-${k}` : 'heat-none'}
                x={legendX}
                y={label + (k + 1) * ROW}
                width={14}
                height={14}
              />
              <text class="heat-label" x={legendX + 20} y={label + (k + 1) * ROW + 11}>
                {text}
              </text>
            </g>
          ))}
        </g>
      </svg>
      <details>
        <summary>Gelijk gestemd als tabel</summary>
        <div class="table-scroll">
          <table class="data heat-table">
            <thead>
              <tr>
                <th scope="col">Partij</th>
                {parties.map((p) => (
                  <th scope="col">{p}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {parties.map((p, i) => (
                <tr>
                  <th scope="row">{p}</th>
                  {parties.map((_, j) => (
                    <td>{i === j ? '' : percent(agree[i]?.[j] ?? null)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p class="meta">
          Een percentage telt alleen de besluiten waarover beide partijen voor of tegen stemden (hoeveel dat er zijn,
          zegt elke cel van de grafiek).
        </p>
      </details>
    </figure>
  );
}
