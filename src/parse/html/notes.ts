/**
 * Footnotes as the scan collects them: the note's text, its marker (the `nootnum`
 * element, a leading `<sup>`, or a leading number), and the ids the markers in the
 * text link to.
 *
 * @module
 */
import { Capture, cleanText } from './capture.ts';
import type { RawNote } from './page.ts';

/** A footnote being read. */
export interface NoteState {
  text: Capture;
  marker: Capture;
  ids: string[];
}

/** "1 Kamerstuk …", "2. Zie …", "* Noot": a marker at the start of a note's text. */
const LEADING_MARKER = /^(\d{1,3}|\*{1,3})[.)]?\s+(\S.*)$/s;
const SUPERNOTE = 'supernote-note-';

/** "1", "(1)", "[1]", "1)" → "1". */
export function markerOf(text: string): string {
  return cleanText(text).replace(/^[[(]\s*|\s*[\])]$/g, '');
}

/** Record the ids an element of a note carries (`supernote-note-ID-…` also as `ID-…`). */
export function addIds(note: NoteState, attribs: Record<string, string>): void {
  for (const value of [attribs.id, attribs.name]) {
    if (!value) continue;
    note.ids.push(value);
    if (value.startsWith(SUPERNOTE)) note.ids.push(value.slice(SUPERNOTE.length));
  }
}

/** Start reading a note at its element. */
export function startNote(attribs: Record<string, string>): NoteState {
  const note: NoteState = { text: new Capture(), marker: new Capture(), ids: [] };
  addIds(note, attribs);
  return note;
}

/** The note read, or null when it held nothing. */
export function finishNote(note: NoteState): RawNote | null {
  let marker = markerOf(note.marker.text());
  let text = note.text.text();
  if (marker === '') {
    const match = LEADING_MARKER.exec(text);
    if (match) {
      marker = match[1] as string;
      text = match[2] as string;
    }
  }
  if (marker === '' && text === '') return null;
  return { marker, text, ids: note.ids };
}

/** Add a note to `notes`; one without a marker may continue the note before it. */
export function addNote(notes: RawNote[], note: RawNote, mayContinue: boolean): void {
  const last = notes[notes.length - 1];
  if (note.marker === '' && mayContinue && last) {
    last.text = `${last.text} ${note.text}`;
    last.ids.push(...note.ids);
  } else notes.push(note);
}

/** Text in the notes area outside a note element: "1 Kamerstuk …" starts a note, other text continues one. */
export function addLooseNote(notes: RawNote[], text: string): void {
  const match = LEADING_MARKER.exec(text);
  if (match) notes.push({ marker: match[1] as string, text: match[2] as string, ids: [] });
  else addNote(notes, { marker: '', text, ids: [] }, true);
}
