/**
 * A record's DocumentActors → the model's sender and signatories: the first signer (or
 * submitter) is the sender; its `Functie` gives role and portfolio
 * ("minister van Infrastructuur en Waterstaat", "staatssecretaris van Financiën",
 * "Tweede Kamerlid", "vaste commissie voor Defensie").
 *
 * @module
 */
import { type Sender, type Signatory, titleCasePortfolio } from '../../model/index.ts';
import type { TkDocumentActor } from './types.ts';

/** "sociale zaken en werkgelegenheid" → "Sociale Zaken en Werkgelegenheid"; a portfolio with capitals stays as given. */
function portfolioCase(text: string): string {
  return /\p{Lu}/u.test(text) ? text : titleCasePortfolio(text);
}

/** What follows "van" or "voor" in a Functie: the ministry or committee. */
function portfolioOf(functie: string): string | null {
  const match = /^\S+(?:\s+\S+)??\s+(?:van|voor)\s+(?:de\s+)?(.+)$/i.exec(functie);
  return match ? portfolioCase((match[1] as string).trim()) : null;
}

/** Role and portfolio from an actor's Functie (or, for a committee, its name). */
function roleOf(actor: TkDocumentActor): Pick<Sender, 'role' | 'portfolio'> | null {
  const functie = actor.functie ?? '';
  if (/^minister-president\b/i.test(functie)) return { role: 'minister-president', portfolio: portfolioOf(functie) };
  if (/^minister\b/i.test(functie)) return { role: 'minister', portfolio: portfolioOf(functie) };
  if (/^staatssecretaris\b/i.test(functie)) return { role: 'staatssecretaris', portfolio: portfolioOf(functie) };
  if (/\bkamerlid\b|^lid\b/i.test(functie)) return { role: 'lid', portfolio: null };
  const committee = /\bcommissie\b/i.test(functie)
    ? functie
    : /\bcommissie\b/i.test(actor.naam ?? '')
      ? actor.naam
      : null;
  if (committee)
    return { role: 'commissie', portfolio: portfolioOf(committee.replace(/^.*?\bcommissie\b/i, 'commissie')) };
  return null;
}

/** The actors who signed or submitted the paper, the first signer first. */
function signers(actors: TkDocumentActor[]): TkDocumentActor[] {
  const signing = actors.filter((a) => /ondertekenaar|indiener|afzender/i.test(a.relatie ?? ''));
  const list = signing.length > 0 ? signing : actors;
  const first = list.findIndex((a) => /^(?:eerste\s+ondertekenaar|indiener|afzender)$/i.test(a.relatie ?? ''));
  return first > 0 ? [list[first] as TkDocumentActor, ...list.filter((_, i) => i !== first)] : list;
}

/**
 * The sender the record names, or `null` when its actors say no role.
 *
 * @example
 * senderOfActors([{ id: null, naam: 'A.B. Voorbeeld', functie: 'minister van Infrastructuur en Waterstaat',
 *   fractie: null, relatie: 'Eerste ondertekenaar' }]);
 * // { role: 'minister', portfolio: 'Infrastructuur en Waterstaat', name: 'A.B. Voorbeeld' }
 */
export function senderOfActors(actors: TkDocumentActor[]): Sender | null {
  const list = signers(actors);
  const first = list[0];
  const role = first ? roleOf(first) : null;
  if (!first || !role) return null;
  if (role.role === 'commissie') return { ...role, name: null };
  const members = role.role === 'lid' ? list.filter((a) => roleOf(a)?.role === 'lid').length : 1;
  return { role: members > 1 ? 'leden' : role.role, portfolio: role.portfolio, name: first.naam };
}

/** The signers and submitters, as the model's signatories (role: their Functie). */
export function signatoriesOfActors(actors: TkDocumentActor[]): Signatory[] {
  return signers(actors)
    .filter((a) => a.naam !== null && roleOf(a)?.role !== 'commissie')
    .map((a) => ({ name: a.naam as string, role: a.functie }));
}
