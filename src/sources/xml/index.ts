/**
 * Reading XML answers (SRU pages, Atom feeds) for the connectors.
 *
 * @module
 */
export { decodeXml } from './decode.ts';
export {
  attributeOf,
  childNamed,
  childrenNamed,
  findFirst,
  readXml,
  textOf,
  type XmlElement,
  XmlSyntaxError,
} from './read.ts';
export { standaloneXml } from './standalone.ts';
