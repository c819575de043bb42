/**
 * A paper's text as HTML: headings, paragraphs, lists, questions and answers, each
 * reference a link, footnote markers linked to the footnotes and back.
 *
 * Footnote markers were taken out of the text by the parser (the model keeps, per
 * block, which footnotes it cites, not where), so each block's markers follow its text.
 *
 * @module
 */
import type { Child } from 'hono/jsx';
import type { Block, Document, Reference } from '../../model/index.ts';
import { archivePath, officialUrl } from '../links.ts';
import { linkify, type TextLink } from './linkify.tsx';

/** A footnote marker as a fragment id: `voetnoot-1`; other characters are spelled out. */
export function footnoteId(marker: string): string {
  return `voetnoot-${marker.replace(/[^A-Za-z0-9]/g, (c) => `_${c.codePointAt(0)}`)}`;
}

const refId = (marker: string) => `${footnoteId(marker)}-tekst`;

/** Where a reference leads, or null when Griffie knows no address for it. */
export function referenceLink(reference: Reference, present: ReadonlySet<string>): TextLink | null {
  if (present.has(reference.target))
    return { text: reference.text, href: archivePath(reference.target), external: false };
  const url = officialUrl(reference);
  return url ? { text: reference.text, href: url, external: true } : null;
}

function links(references: Reference[], present: ReadonlySet<string>, place: string | undefined): TextLink[] {
  return references
    .filter((r) => r.in === place)
    .map((r) => referenceLink(r, present))
    .filter((l): l is TextLink => l !== null);
}

/** A block's footnote markers, each linked to its footnote; the first mention of a marker is where the footnote links back to. */
function Markers(props: { markers: { marker: string; first: boolean }[] }) {
  return (
    <>
      {props.markers.map(({ marker, first }) => (
        <sup>
          <a href={`#${footnoteId(marker)}`} id={first ? refId(marker) : undefined} aria-label={`voetnoot ${marker}`}>
            {marker}
          </a>
        </sup>
      ))}
    </>
  );
}

function renderBlock(block: Block, text: Child[], markers: Child): Child {
  switch (block.kind) {
    case 'heading':
      return (
        <h2>
          {text}
          {markers}
        </h2>
      );
    case 'quote':
      return (
        <blockquote>
          <p>
            {text}
            {markers}
          </p>
        </blockquote>
      );
    case 'table':
      return (
        <pre>
          {text}
          {markers}
        </pre>
      );
    case 'question':
    case 'answer':
      return (
        <div class={block.kind}>
          <p>
            <span class="label">{block.kind === 'question' ? 'Vraag' : 'Antwoord'}</span>
            {text}
            {markers}
          </p>
        </div>
      );
    default:
      return (
        <p>
          {text}
          {markers}
        </p>
      );
  }
}

/** The body and footnotes of a paper; `present` holds the reference targets the archive has. */
export function PaperBody(props: { doc: Document; present: ReadonlySet<string> }) {
  const { doc, present } = props;
  const bodyLinks = links(doc.references, present, undefined);
  const known = new Set(doc.footnotes.map((f) => f.marker));
  // Decided before rendering (components render lazily): which block first cites each footnote.
  const seen = new Set<string>();
  const markersOf = doc.blocks.map((block) =>
    (block.footnoteRefs ?? [])
      .filter((marker) => known.has(marker))
      .map((marker) => {
        const first = !seen.has(marker);
        seen.add(marker);
        return { marker, first };
      }),
  );
  const out: Child[] = [];
  let list: Child[] = [];
  const flush = () => {
    if (list.length > 0) out.push(<ul>{list}</ul>);
    list = [];
  };
  for (const [index, block] of doc.blocks.entries()) {
    const text = linkify(block.text, bodyLinks);
    const markers = <Markers markers={markersOf[index] ?? []} />;
    if (block.kind === 'list-item') {
      list.push(
        <li>
          {text}
          {markers}
        </li>,
      );
      continue;
    }
    flush();
    out.push(renderBlock(block, text, markers));
  }
  flush();
  return (
    <>
      <div class="text">{out}</div>
      {doc.footnotes.length > 0 ? (
        <section class="footnotes" aria-labelledby="voetnoten-kop">
          <h2 id="voetnoten-kop">Voetnoten</h2>
          <ol>
            {doc.footnotes.map((f) => (
              <li id={footnoteId(f.marker)} value={/^\d+$/.test(f.marker) ? Number(f.marker) : undefined}>
                {/^\d+$/.test(f.marker) ? null : <span class="label">{f.marker} </span>}
                {linkify(f.text, links(doc.references, present, `footnote ${f.marker}`))}{' '}
                {seen.has(f.marker) ? (
                  <a href={`#${refId(f.marker)}`} aria-label="Terug naar de tekst">
                    ↩
                  </a>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}
