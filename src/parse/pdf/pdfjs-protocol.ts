/**
 * What the main thread and the pdfjs thread (`pdfjs-worker.ts`) send each other: a PDF
 * to read with its limits, and its pages or the refusal.
 *
 * @module
 */
import type { ParseErrorCode } from '../errors.ts';
import type { PdfLimits, PdfPage } from './types.ts';

/** A PDF to read: its bytes (transferred) and the limits of the read. */
export interface PdfJob {
  id: number;
  bytes: ArrayBuffer;
  limits: PdfLimits;
}

/** The pages of a PDF read, or why it was refused. */
export type PdfJobReply =
  | { id: number; pages: PdfPage[] }
  | { id: number; error: { code: ParseErrorCode; message: string } };
