/**
 * The `<meta name=… content=…>` tags of a page, looked up case-insensitively:
 * officielebekendmakingen writes `DC.identifier` on one page and `dcterms.identifier`
 * on another, and states there what it knows of the publication.
 *
 * @module
 */
import { cleanText } from './capture.ts';

/** An officielebekendmakingen id: `kst-32824-93`, `ah-tk-20142015-1234`, `stb-2014-296`, `gmb-2017-100007`. */
const OB_ID = /^[a-z]{1,6}(?:-[0-9a-z]+)+$/i;

/** The meta tags of one page, in page order. */
export class MetaTags {
  private readonly byName = new Map<string, string[]>();

  /** Record one `<meta>` element (tags without `name` or `content` are ignored). */
  add(attribs: Record<string, string>): void {
    const name = attribs.name ?? attribs.property;
    const content = attribs.content;
    if (name === undefined || content === undefined) return;
    const key = name.trim().toLowerCase();
    const value = cleanText(content);
    if (key === '' || value === '') return;
    const values = this.byName.get(key);
    if (values) values.push(value);
    else this.byName.set(key, [value]);
  }

  /** The first value of the first of these names that has one. */
  first(...names: string[]): string | null {
    for (const name of names) {
      const value = this.byName.get(name)?.[0];
      if (value !== undefined) return value;
    }
    return null;
  }

  /** Every value of these names, in page order per name. */
  all(...names: string[]): string[] {
    return names.flatMap((name) => this.byName.get(name) ?? []);
  }

  /** The publication's officielebekendmakingen id, when the page states one. */
  identifier(): string | null {
    const value = this.first('dc.identifier', 'dcterms.identifier');
    return value !== null && OB_ID.test(value) ? value : null;
  }

  /**
   * Whether the page is an officielebekendmakingen rendering: it states the
   * publication's id, or metadata of the `OVERHEIDop` vocabulary of official publications.
   */
  isOfficialPublication(): boolean {
    if (this.identifier() !== null) return true;
    for (const key of this.byName.keys()) if (key.startsWith('overheidop.')) return true;
    return false;
  }
}
