/**
 * Cuts an element out of its document as a document of its own: its source text, with
 * the namespace declarations it inherits from its ancestors added to its start tag.
 *
 * @module
 */
import type { XmlElement } from './read.ts';

/**
 * The element's XML as written in `source`, made standalone.
 *
 * @example
 * // <feed xmlns:tk="…"><content><document tk:verwijderd="false"/></content></feed>
 * standaloneXml(documentElement, source); // '<document xmlns:tk="…" tk:verwijderd="false"/>'
 */
export function standaloneXml(element: XmlElement, source: string): string {
  const text = source.slice(element.start, element.end);
  const inherited: string[] = [];
  const declared = new Set(Object.keys(element.attributes).filter(isNamespaceDeclaration));
  for (let ancestor = element.parent; ancestor; ancestor = ancestor.parent) {
    for (const [name, value] of Object.entries(ancestor.attributes)) {
      if (!isNamespaceDeclaration(name) || declared.has(name)) continue;
      declared.add(name);
      inherited.push(` ${name}="${escapeAttribute(value)}"`);
    }
  }
  if (inherited.length === 0) return text;
  const afterName = 1 + element.name.length;
  return `${text.slice(0, afterName)}${inherited.join('')}${text.slice(afterName)}`;
}

function isNamespaceDeclaration(name: string): boolean {
  return name === 'xmlns' || name.startsWith('xmlns:');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}
