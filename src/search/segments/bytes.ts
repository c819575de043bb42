/**
 * Bytes of the segment index: a growable buffer that writes unsigned LEB128 varints
 * (7 bits a byte, low bits first, high bit set on every byte but the last), and the
 * matching reader. Every number in postings and positions is written this way.
 *
 * @module
 */

/** A growable byte buffer for varints and raw bytes. */
export class ByteWriter {
  private buffer: Uint8Array;
  /** Bytes written so far. */
  length = 0;

  constructor(capacity = 64) {
    this.buffer = new Uint8Array(Math.max(8, capacity));
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + extra) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  /** Write a whole number 0 … 2^53 − 1 as a varint. */
  uint(value: number): void {
    this.reserve(8);
    const b = this.buffer;
    let v = value;
    while (v >= 0x80) {
      b[this.length++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    b[this.length++] = v;
  }

  /** Write a gap between stems positions (see `GAP_SHORT`): a byte, or 3, or 5. */
  gap(value: number): void {
    this.reserve(5);
    const b = this.buffer;
    if (value < GAP_SHORT) {
      b[this.length++] = value;
    } else if (value <= 0xffff) {
      b[this.length++] = GAP_SHORT;
      b[this.length++] = value & 0xff;
      b[this.length++] = value >>> 8;
    } else {
      b[this.length++] = GAP_LONG;
      b[this.length++] = value & 0xff;
      b[this.length++] = (value >>> 8) & 0xff;
      b[this.length++] = (value >>> 16) & 0xff;
      b[this.length++] = value >>> 24;
    }
  }

  /** Append raw bytes. */
  bytes(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** The bytes written, as a copy of exactly `length` bytes. */
  finish(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }

  /** The bytes written, as a view (valid until the next write or reset). */
  view(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  /** Forget what was written (keeps the capacity). */
  reset(): void {
    this.length = 0;
  }
}

/**
 * Stems positions are written as gaps, a byte each where they can be: each position of
 * a field's list is its difference to the one before (the first: to 0); a gap below 254
 * is that byte, one up to 65,535 is `GAP_SHORT` and two bytes (little-endian), a larger
 * one `GAP_LONG` and four. Common words, whose positions are most of the bytes, stand
 * close together: their gaps take a byte, read with one load and one test.
 */
export const GAP_SHORT = 254;
/** See `GAP_SHORT`. */
export const GAP_LONG = 255;

/** Reads varints from a byte array; `pos` is the next byte to read. */
export class ByteReader {
  pos: number;
  constructor(
    readonly bytes: Uint8Array,
    pos = 0,
  ) {
    this.pos = pos;
  }

  /** Whether every byte was read. */
  get done(): boolean {
    return this.pos >= this.bytes.length;
  }

  /** Read one varint. Throws a `RangeError` past the end (a truncated blob). */
  uint(): number {
    const b = this.bytes;
    let byte = b[this.pos++];
    if (byte === undefined) throw new RangeError('segment index: a varint runs past the end of its bytes');
    if (byte < 0x80) return byte;
    let value = byte & 0x7f;
    let scale = 0x80;
    for (;;) {
      byte = b[this.pos++];
      if (byte === undefined) throw new RangeError('segment index: a varint runs past the end of its bytes');
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  }

  /** Read one gap between stems positions (see `GAP_SHORT`). */
  gap(): number {
    const b = this.bytes;
    const first = b[this.pos++];
    if (first === undefined) throw new RangeError('segment index: a position runs past the end of its bytes');
    if (first < GAP_SHORT) return first;
    const n = first === GAP_SHORT ? 2 : 4;
    if (this.pos + n > b.length) throw new RangeError('segment index: a position runs past the end of its bytes');
    let v = 0;
    for (let i = n - 1; i >= 0; i--) v = v * 256 + (b[this.pos + i] as number);
    this.pos += n;
    return v;
  }

  /** Skip `n` gaps. */
  skipGaps(n: number): void {
    for (let i = 0; i < n; i++) this.gap();
  }

  /** Skip `n` varints without decoding them. */
  skip(n: number): void {
    const b = this.bytes;
    for (let i = 0; i < n; i++) {
      while ((b[this.pos++] as number) >= 0x80) {}
    }
  }
}

/** The length in bytes of `value` as a varint. */
export function uintLength(value: number): number {
  let n = 1;
  let v = value;
  while (v >= 0x80) {
    v = Math.floor(v / 0x80);
    n++;
  }
  return n;
}
