/**
 * Reading the fields of a SyncFeed entity (tkData v1-0): scalar fields as text
 * (`xsi:nil` is none), relation elements as the GUIDs of their `ref`, and the
 * `tk:`-attributes every entity carries, under whatever prefix the feed binds to the
 * namespace (`tk:`, or `ns1:` for Toezegging, Vergadering and Verslag).
 *
 * @module
 */
import { booleanOf, guidOf, textOf } from './values.ts';
import { attributeOf, childrenNamed, type XmlElement } from './xml-tree.ts';

/** The namespace of the Tweede Kamer's entity XML. */
export const TK_NAMESPACE = 'http://www.tweedekamer.nl/xsd/tkData/v1-0';
const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';

function isNil(element: XmlElement): boolean {
  return booleanOf(attributeOf(element, XSI_NAMESPACE, 'nil'));
}

/** The texts of every field `name` of the entity (a field may repeat), without empty or `xsi:nil` ones. */
export function fields(entity: XmlElement, name: string): string[] {
  return childrenNamed(entity, TK_NAMESPACE, name)
    .filter((child) => !isNil(child))
    .map((child) => textOf(child.text))
    .filter((text): text is string => text !== null);
}

/** The text of the entity's field `name`; `null` when absent, empty or `xsi:nil`. */
export function field(entity: XmlElement, name: string): string | null {
  const child = childrenNamed(entity, TK_NAMESPACE, name)[0];
  if (!child || isNil(child)) return null;
  return textOf(child.text);
}

/** The GUIDs the entity's relation elements `name` point at (`<zaak ref="…"/>`). */
export function refs(entity: XmlElement, name: string): string[] {
  return childrenNamed(entity, TK_NAMESPACE, name)
    .map((child) => guidOf(attributeOf(child, null, 'ref')))
    .filter((ref): ref is string => ref !== null);
}

/** An attribute of `tkData` (`tk:verwijderd`), also taken unqualified. */
export function tkAttribute(entity: XmlElement, name: string): string | null {
  return attributeOf(entity, TK_NAMESPACE, name) ?? attributeOf(entity, null, name);
}
