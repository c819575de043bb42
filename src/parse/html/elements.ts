/**
 * What an HTML element means to a paper: the tag and class vocabulary of the
 * officielebekendmakingen renderings (the XML's element names as classes:
 * `stuktitel`, `dossiernummer`, `ondertekening`, `vraag`, `noot`, ...) and of web
 * pages in general (navigation, headers and footers of a site, hidden parts).
 *
 * @module
 */
import type { BlockKind } from '../../model/index.ts';

/** Elements that end the text before them and start a new block. */
export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Elements whose content is never text of the paper. */
const SKIP_TAGS = new Set([
  'audio',
  'button',
  'canvas',
  'datalist',
  'embed',
  'frame',
  'frameset',
  'iframe',
  'input',
  'map',
  'math',
  'noframes',
  'noscript',
  'object',
  'optgroup',
  'option',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'video',
]);

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Classes of parts that are not the paper: hidden text, tables of contents, the note's close button. */
const SKIP_CLASSES = new Set([
  'hidden',
  'kamerstukkop',
  'note-close',
  'sr-only',
  'tekstueel',
  'toc',
  'verberg',
  'visually-hidden',
]);
/** Ids of the same on officielebekendmakingen pages. */
const SKIP_IDS = new Set(['inhoudsopgave', 'korteinhoudsopgave', 'kopregel', 'voetregel', 'volledigeinhoudsopgave']);

/** The header fields the renderings mark with a class. */
export type FieldName =
  | 'typeLine'
  | 'number'
  | 'dossierNumber'
  | 'dossierTitle'
  | 'dateLine'
  | 'questionsLine'
  | 'questionNumber'
  | 'titleHeading'
  | 'signature'
  | 'king';

/** The marked parts of a header field: "Nr. 93" in the type line, function and name in a signature. */
export type PartName = 'number' | 'dossierNumber' | 'role' | 'name';

const FIELD_CLASSES: Record<string, FieldName> = {
  stuktitel: 'typeLine',
  stuknummer: 'number',
  dossiernummer: 'dossierNumber',
  dossiertitel: 'dossierTitle',
  kamerstukdatum: 'dateLine',
  datumtekst: 'dateLine',
  dagtekening: 'dateLine',
  kamervraagomschrijving: 'questionsLine',
  kamervraagomschrijving_kop: 'questionsLine',
  kamervraagnummer: 'questionNumber',
  ondertekening: 'signature',
  koning: 'king',
};
const PART_CLASSES: Record<string, PartName> = {
  stuknummer: 'number',
  dossiernummer: 'dossierNumber',
  functie: 'role',
  naam: 'name',
};
/** The publication's title printed above its text: `staatsblad_kop`, `staatscourant_kop`, `gemeenteblad_kop`. */
const TITLE_HEADING = /^[a-z]+(?:blad|courant)_kop$/;
/** Headings of the renderings: `divisiekop1`, `tussenkop`, `artikel_kop`, `nota-toelichting_kop`. */
const KOP = /kop\d*$/;

/** Containers of the footnotes, and the footnotes themselves. */
const NOTES_IDS = new Set(['noten', 'voetnoten', 'footnotes']);
const NOTES_CLASSES = new Set(['noten', 'voetnoten', 'footnotes']);
const NOTE_CLASSES = new Set(['noot', 'voetnoot', 'footnote']);

/** Site chrome wherever it stands: a class or id naming navigation, menus, breadcrumbs, search, cookies. */
const NAVIGATION =
  /navigat|breadcrumb|broodkruimel|skip-?links?|cookie|consent|(?:^|[-_])(?:nav|navbar|menu|submenu|share|sharing|social|sidebar|zoeken|search|searchbox)(?:$|[-_])/;
/** Site chrome when it stands outside the page's main content (an article may have a header). */
const FRAME = /^(?:header|footer|site-header|site-footer|page-header|page-footer|masthead|colofon)$/;

/** The class tokens of an element, lower case. */
export function classTokens(value: string | undefined): string[] {
  if (!value) return [];
  return value.toLowerCase().split(/\s+/).filter(Boolean);
}

/** Whether an element and what it holds are no text of the paper. */
export function isSkipped(tag: string, classes: string[], id: string, attribs: Record<string, string>): boolean {
  if (SKIP_TAGS.has(tag) || SKIP_IDS.has(id)) return true;
  if (classes.some((c) => SKIP_CLASSES.has(c))) return true;
  if (attribs.hidden !== undefined || attribs['aria-hidden'] === 'true') return true;
  const style = attribs.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Whether an element is navigation, a site header or footer (given whether it stands in the main content). */
export function isChrome(
  tag: string,
  classes: string[],
  id: string,
  role: string | undefined,
  inContent: boolean,
): boolean {
  if (tag === 'nav' || tag === 'aside') return true;
  if (role === 'navigation' || role === 'search' || role === 'complementary') return true;
  if (NAVIGATION.test(id) || classes.some((c) => NAVIGATION.test(c))) return true;
  if (inContent) return false;
  if (tag === 'header' || tag === 'footer' || role === 'banner' || role === 'contentinfo') return true;
  return FRAME.test(id) || classes.some((c) => FRAME.test(c));
}

/**
 * How surely an element holds the paper itself: 3 for the text of an
 * officielebekendmakingen publication, 2 for a page's main content, 1 for an
 * article, 0 otherwise.
 */
export function contentRank(tag: string, classes: string[], id: string, role: string | undefined): number {
  if (id === 'broodtekst' || classes.includes('officiele-publicatie')) return 3;
  if (classes.includes('stuk') || tag === 'main' || role === 'main') return 2;
  if (id === 'main' || id === 'content' || id === 'main-content' || id === 'maincontent') return 2;
  return tag === 'article' ? 1 : 0;
}

/** The header field an element holds, if any (a type line inside a question is its label, no field). */
export function fieldOf(classes: string[], inQuestionOrAnswer: boolean): FieldName | null {
  for (const c of classes) {
    const field = FIELD_CLASSES[c];
    if (field === 'typeLine' && inQuestionOrAnswer) continue;
    if (field) return field;
    if (TITLE_HEADING.test(c)) return 'titleHeading';
  }
  return null;
}

/** The part of a header field an element holds, if any. */
export function partOf(classes: string[]): PartName | null {
  for (const c of classes) {
    const part = PART_CLASSES[c];
    if (part) return part;
  }
  return null;
}

/** Whether an element holds the footnotes. */
export function isNotesContainer(classes: string[], id: string): boolean {
  return NOTES_IDS.has(id) || classes.some((c) => NOTES_CLASSES.has(c));
}

/**
 * Whether a (block) element is one footnote: `note` when marked so (`div.noot`) or an
 * item of a notes list, `continued` for a paragraph in the notes area, which continues
 * the note before it when it has no marker of its own.
 */
export function noteElement(tag: string, classes: string[], inNotes: boolean): 'note' | 'continued' | null {
  if (!BLOCK_TAGS.has(tag)) return null;
  if (classes.some((c) => NOTE_CLASSES.has(c))) return 'note';
  if (!inNotes) return null;
  if (tag === 'li') return 'note';
  return tag === 'p' || tag === 'dd' ? 'continued' : null;
}

/** Whether an element is a footnote marker in the text ("1" linking to its note). */
export function isNoteRef(tag: string, classes: string[], href: string | undefined, parentTag: string): boolean {
  if (classes.includes('nootnum')) return true;
  if (!BLOCK_TAGS.has(tag) && classes.some((c) => NOTE_CLASSES.has(c))) return true;
  return tag === 'a' && href !== undefined && href.startsWith('#') && parentTag === 'sup';
}

/** Question or answer, for the `vraag` and `antwoord` divisions of Kamervragen. */
export function questionOrAnswer(classes: string[]): 'question' | 'answer' | null {
  if (classes.includes('vraag')) return 'question';
  if (classes.includes('antwoord')) return 'answer';
  return null;
}

/** The kind of block an element's own text makes. */
export function kindOf(
  tag: string,
  classes: string[],
  parentKind: BlockKind,
  qa: 'question' | 'answer' | null,
): BlockKind {
  if (HEADING_TAGS.has(tag) || classes.some((c) => KOP.test(c))) return 'heading';
  if (qa && (classes.includes('stuktitel') || classes.includes('nummer'))) return 'heading';
  if (parentKind === 'heading') return 'heading';
  if (qa) return qa;
  if (tag === 'li' || tag === 'dt') return 'list-item';
  if (tag === 'blockquote' || classes.includes('citaat')) return 'quote';
  return parentKind;
}
