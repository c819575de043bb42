/**
 * A SyncFeed `toezegging` entity (XSD `tkData-v1-0-toezegging.xsd`, usually under the
 * `ns1:` prefix) → `TkToezegging`. Its Activiteit, Persoon, Fractie and related
 * Toezeggingen are references (GUIDs); the fulfilling letter is text.
 *
 * Besides the XSD's `toegezegdAanPersoon` / `toegezegdAanFractie`, the form the feed
 * actually sends is read too: one `toegezegdAan` element holding `persoon` and
 * `fractie` references (OpenDataPortaal issue #180), and a `kamerbriefNakoming` that
 * repeats.
 *
 * @module
 */
import type { TkFractie, TkKamerbriefNakoming, TkPersoon, TkToezegging } from './records.ts';
import { field, fields, refs, TK_NAMESPACE, tkAttribute } from './syncfeed-fields.ts';
import { kamerbrievenOfText, toezeggingOf } from './toezegging.ts';
import { booleanOf, textOf } from './values.ts';
import { attributeOf, childrenNamed, type XmlElement } from './xml-tree.ts';

/** The GUIDs of the relation `direct` and of `nested` inside the `toegezegdAan` elements, each once. */
function toegezegdAanRefs(entity: XmlElement, direct: string, nested: string): string[] {
  const holders = childrenNamed(entity, TK_NAMESPACE, 'toegezegdAan');
  return [...new Set([...refs(entity, direct), ...holders.flatMap((holder) => refs(holder, nested))])];
}

function kamerbrievenOf(entity: XmlElement, warnings: string[]): TkKamerbriefNakoming[] {
  const byRef = refs(entity, 'kamerbriefNakoming').map((id) => ({
    given: null,
    id,
    documentNummer: null,
    officialId: null,
    soort: null,
    titel: null,
    datum: null,
  }));
  const byText = fields(entity, 'kamerbriefNakoming').flatMap((text) =>
    kamerbrievenOfText(text, 'kamerbriefNakoming', warnings),
  );
  return [...byRef, ...byText];
}

/** Read a `toezegging` entity whose GUID is `id`. */
export function readToezeggingEntity(entity: XmlElement, id: string): TkToezegging {
  const warnings: string[] = [];
  const persons: TkPersoon[] = toegezegdAanRefs(entity, 'toegezegdAanPersoon', 'persoon').map((ref) => ({
    id: ref,
    naam: null,
    fractie: null,
  }));
  const fracties: TkFractie[] = toegezegdAanRefs(entity, 'toegezegdAanFractie', 'fractie').map((ref) => ({
    id: ref,
    afkorting: null,
    naam: null,
  }));
  const unplaced = childrenNamed(entity, TK_NAMESPACE, 'toegezegdAan')
    .map((holder) => textOf(attributeOf(holder, null, 'ref')))
    .filter((ref): ref is string => ref !== null);
  if (unplaced.length > 0) {
    warnings.push(`the record's toegezegdAan ${unplaced.join(', ')} names no persoon or fractie; it is left out`);
  }
  const activiteit = refs(entity, 'activiteit')[0];
  return toezeggingOf({
    origin: 'syncfeed',
    id,
    verwijderd: booleanOf(tkAttribute(entity, 'verwijderd')),
    bijgewerkt: textOf(tkAttribute(entity, 'bijgewerkt')),
    warnings,
    text: (name) => field(entity, name),
    gives: (name) => field(entity, name) !== null,
    label: (name) => name,
    activiteit: activiteit
      ? {
          id: activiteit,
          nummer: null,
          soort: null,
          onderwerp: null,
          datum: null,
          voortouwnaam: null,
          voortouwafkorting: null,
        }
      : null,
    kamerbriefNakoming: kamerbrievenOf(entity, warnings),
    toegezegdAanPersoon: persons,
    toegezegdAanFractie: fracties,
    isHerhalingVan: refs(entity, 'isHerhalingVan'),
    isAanvullingOp: refs(entity, 'isAanvullingOp'),
    isWijzigingVan: refs(entity, 'isWijzigingVan'),
  });
}
