/**
 * Pieces several pages share: a list of papers, a paper's dossier links, a highlighted
 * snippet (rendered from text, never as HTML), and the pager.
 *
 * @module
 */
import type { Dossier } from '../../model/index.ts';
import type { DocumentSummary } from '../../store/index.ts';
import { dossierPath, paperPath } from '../links.ts';
import { dossierLabel, dutchDate, dutchNumber, senderLabel, typeLabel } from './format.ts';

/** A paper's dossiers as links: `32 824, 34 052`. */
export function DossierLinks(props: { dossiers: Dossier[] }) {
  return (
    <>
      {props.dossiers.map((d, i) => (
        <>
          {i > 0 ? ', ' : ''}
          <a href={dossierPath(d.suffix ? `${d.number}-${d.suffix}` : d.number)}>{dossierLabel(d)}</a>
        </>
      ))}
    </>
  );
}

/** One line of facts about a paper: type, date, dossiers, number. */
export function PaperMeta(props: {
  paper: Pick<DocumentSummary, 'type' | 'date' | 'dossiers'> & { number?: string | null };
}) {
  const { paper } = props;
  return (
    <span class="meta">
      <span class="tag">{typeLabel(paper.type)}</span>
      <time datetime={paper.date ?? undefined}>{dutchDate(paper.date)}</time>
      {paper.dossiers.length > 0 ? (
        <>
          {' · dossier '}
          <DossierLinks dossiers={paper.dossiers} />
          {paper.number ? `, nr. ${paper.number}` : ''}
        </>
      ) : null}
    </span>
  );
}

/** A list of papers with type, date, dossiers and sender. */
export function PaperList(props: { papers: DocumentSummary[]; empty?: string }) {
  if (props.papers.length === 0) return <p class="muted">{props.empty ?? 'Geen stukken.'}</p>;
  return (
    <ul class="papers">
      {props.papers.map((p) => (
        <li>
          <a class="title" href={paperPath(p.id)}>
            {p.title}
          </a>
          {p.withdrawn ? <span class="tag withdrawn">ingetrokken</span> : null}
          <br />
          <PaperMeta paper={p} />
          {p.sender ? <span class="meta"> · {senderLabel({ ...p.sender, name: null })}</span> : null}
        </li>
      ))}
    </ul>
  );
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** Undo the store's HTML escaping of a snippet segment, so JSX escapes it once, correctly. */
function unescapeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * A search snippet: the store's `<mark>` spans become `<mark>` elements, everything
 * else is text. Nothing of the snippet is ever inserted as HTML.
 */
export function Snippet(props: { html: string }) {
  const parts = props.html.split(/(<mark>|<\/mark>)/);
  const nodes = [];
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part !== '') nodes.push(marked ? <mark>{unescapeEntities(part)}</mark> : unescapeEntities(part));
  }
  return <p class="snippet">{nodes}</p>;
}

/** Page numbers around the current page, with previous and next. */
export function Pager(props: {
  total: number;
  offset: number;
  limit: number;
  href: (offset: number) => string;
  max?: number;
}) {
  const { total, offset, limit } = props;
  const reachable = Math.min(total, props.max ?? total);
  const pages = Math.ceil(reachable / limit);
  if (pages <= 1) return null;
  const current = Math.floor(offset / limit);
  const shown: number[] = [];
  for (let p = Math.max(0, current - 3); p <= Math.min(pages - 1, current + 3); p++) shown.push(p);
  return (
    <nav aria-label="Paginering">
      <ul class="pager">
        {current > 0 ? (
          <li>
            <a href={props.href((current - 1) * limit)} rel="prev">
              ← Vorige
            </a>
          </li>
        ) : null}
        {shown.map((p) => (
          <li>
            {p === current ? (
              <span aria-current="page">{dutchNumber(p + 1)}</span>
            ) : (
              <a href={props.href(p * limit)} aria-label={`Pagina ${p + 1}`}>
                {dutchNumber(p + 1)}
              </a>
            )}
          </li>
        ))}
        {current < pages - 1 ? (
          <li>
            <a href={props.href((current + 1) * limit)} rel="next">
              Volgende →
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
