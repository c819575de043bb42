/**
 * `/stuk/{id}`: a paper to read. The header card (dossiers, number, type, sender,
 * date, parliamentary year, official citation with a copy button, the official
 * source), the body, the signatures, and beside it what it cites, what cites it and
 * related papers.
 *
 * @module
 */
import type { Document } from '../../model/index.ts';
import type { CommitmentRecord, DocumentSummary, PaperVotes, RelatedHit, RequestRecord } from '../../store/index.ts';
import { documentHref } from '../api/present.ts';
import {
  dossierFeedPath,
  dossierPath,
  officialPaperUrl,
  paperPath,
  portfolioFeedPath,
  typeFeedPath,
} from '../links.ts';
import { PaperList } from './components.tsx';
import { dossierLabel, dutchDate, parliamentaryYearLabel, plural, senderLabel, typeLabel } from './format.ts';
import { PaperBody, referenceLink } from './paper-body.tsx';
import { PaperEntities, PaperRecord } from './paper-record.tsx';
import { VotesPanel } from './votes-panel.tsx';

/** What the paper page shows besides the document. */
export interface PaperView {
  doc: Document;
  paperKey: string;
  present: ReadonlySet<string>;
  citedBy: { total: number; items: DocumentSummary[] };
  commitments: CommitmentRecord[];
  requests: RequestRecord[];
  related: RelatedHit[];
  /** What the Kamer decided on it (null: no decisions known). */
  votes?: PaperVotes | null;
}

function HeaderCard(props: { doc: Document; official: string | null; jsonHref: string }) {
  const { doc } = props;
  const sender = senderLabel(doc.sender);
  const place = [doc.place, doc.date ? dutchDate(doc.date) : null].filter(Boolean).join(', ');
  return (
    <section class="card header-card" aria-label="Gegevens van het stuk">
      <dl>
        {doc.dossiers.length > 0 ? (
          <>
            <dt>{doc.dossiers.length === 1 ? 'Dossier' : 'Dossiers'}</dt>
            <dd>
              <ul class="dossier-list">
                {doc.dossiers.map((d) => (
                  <li>
                    <a href={dossierPath(d.suffix ? `${d.number}-${d.suffix}` : d.number)}>{dossierLabel(d)}</a>
                    {d.title ? ` ${d.title}` : ''}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {doc.number ? (
          <>
            <dt>Nummer</dt>
            <dd>Nr. {doc.number}</dd>
          </>
        ) : null}
        <dt>Soort</dt>
        <dd>{typeLabel(doc.type)}</dd>
        {sender ? (
          <>
            <dt>Afzender</dt>
            <dd>{sender}</dd>
          </>
        ) : null}
        {doc.addressee ? (
          <>
            <dt>Aan</dt>
            <dd>{doc.addressee}</dd>
          </>
        ) : null}
        <dt>Datum</dt>
        <dd>
          <time datetime={doc.date ?? undefined}>{place || dutchDate(doc.date)}</time>
        </dd>
        {doc.parliamentaryYear ? (
          <>
            <dt>Vergaderjaar</dt>
            <dd>{parliamentaryYearLabel(doc.parliamentaryYear)}</dd>
          </>
        ) : null}
        {doc.citation ? (
          <>
            <dt>Vindplaats</dt>
            <dd class="citation">
              <code id="citatie">{doc.citation}</code>
              <button type="button" class="secondary" data-copy="#citatie" hidden>
                Kopieer
              </button>
            </dd>
          </>
        ) : null}
        <dt>Bron</dt>
        <dd>
          {props.official ? (
            <a href={props.official} rel="noopener noreferrer">
              Officiële publicatie
            </a>
          ) : (
            <span class="muted">geen officieel adres bekend</span>
          )}
          {' · '}
          <a href={props.jsonHref} type="application/json" download>
            Download als JSON
          </a>
        </dd>
      </dl>
    </section>
  );
}

function References(props: { doc: Document; present: ReadonlySet<string> }) {
  const { doc, present } = props;
  if (doc.references.length === 0) return null;
  return (
    <section aria-labelledby="verwijzingen-kop">
      <h2 id="verwijzingen-kop">Verwijzingen ({doc.references.length})</h2>
      <ul>
        {doc.references.map((r) => {
          const link = referenceLink(r, present);
          return (
            <li>
              {link ? (
                <a href={link.href} rel={link.external ? 'noopener noreferrer' : undefined}>
                  {r.text}
                </a>
              ) : (
                r.text
              )}
              {link?.external ? <span class="muted"> (extern)</span> : null}
              {r.in ? <span class="muted"> — in {r.in.replace(/^footnote /, 'voetnoot ')}</span> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Feeds to follow what comes after this paper: its dossiers, its type, its sender. */
function Follow(props: { doc: Document }) {
  const { doc } = props;
  return (
    <section aria-labelledby="volgen-kop">
      <h2 id="volgen-kop">Volgen</h2>
      <ul>
        {doc.dossiers.map((d) => (
          <li>
            <a class="feed-link" href={dossierFeedPath(d.suffix ? `${d.number}-${d.suffix}` : d.number)}>
              Dossier {dossierLabel(d)}
            </a>
          </li>
        ))}
        <li>
          <a class="feed-link" href={typeFeedPath(doc.type)}>
            Alle stukken van de soort {typeLabel(doc.type).toLowerCase()}
          </a>
        </li>
        {doc.sender?.portfolio ? (
          <li>
            <a class="feed-link" href={portfolioFeedPath(doc.sender.portfolio)}>
              Nieuwe stukken van {doc.sender.portfolio}
            </a>
          </li>
        ) : null}
      </ul>
    </section>
  );
}

/** The paper page's content (inside the layout). */
export function PaperPage(props: PaperView) {
  const { doc, paperKey, present, citedBy, related, commitments, requests, votes } = props;
  return (
    <article>
      <h1>{doc.title}</h1>
      {doc.withdrawn ? (
        <p class="notice" role="note">
          Dit stuk is door de bron ingetrokken. Griffie bewaart het, gemarkeerd.
        </p>
      ) : null}
      <div class="paper">
        <div>
          <HeaderCard doc={doc} official={officialPaperUrl(doc)} jsonHref={documentHref(paperKey)} />
          <VotesPanel votes={votes ?? null} />
          <section class="body" aria-label="Tekst">
            <PaperBody doc={doc} present={present} />
            {doc.signatories.length > 0 ? (
              <div class="signatories">
                {doc.signatories.map((s) => (
                  <p>
                    {s.role ? <span class="muted">{s.role} </span> : null}
                    {s.name}
                  </p>
                ))}
              </div>
            ) : null}
          </section>
          <PaperRecord commitments={commitments} requests={requests} />
        </div>
        <aside class="side" aria-label="Verbanden">
          <References doc={doc} present={present} />
          <section aria-labelledby="geciteerd-kop">
            <h2 id="geciteerd-kop">Geciteerd door</h2>
            {citedBy.total === 0 ? (
              <p class="muted">Geen stuk in het archief verwijst naar dit stuk.</p>
            ) : (
              <>
                <p class="meta">{plural(citedBy.total, 'stuk in het archief', 'stukken in het archief')}</p>
                <PaperList papers={citedBy.items} />
              </>
            )}
          </section>
          {related.length > 0 ? (
            <section aria-labelledby="verwant-kop">
              <h2 id="verwant-kop">Verwante stukken</h2>
              <ul>
                {related.map((r) => (
                  <li>
                    <a href={paperPath(r.id)}>{r.title}</a> <span class="meta">{dutchDate(r.date)}</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <PaperEntities doc={doc} />
          <Follow doc={doc} />
        </aside>
      </div>
    </article>
  );
}
