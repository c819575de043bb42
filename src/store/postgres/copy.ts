/**
 * Bulk writes with `COPY … FROM STDIN (FORMAT binary)`: rows are encoded here into
 * PostgreSQL's binary copy format (a signature, then per row a field count and each
 * field as a length and its bytes), so that neither side formats or parses text: a
 * `bytea` goes over as its bytes (not as hex, twice its size), a text as its UTF-8.
 * Used for the batch's term blocks and the papers' child rows.
 *
 * @module
 */
import type { TransactionSql } from 'postgres';

/** The binary representation a column is sent in (its PostgreSQL type). */
export type CopyType = 'int4' | 'int8' | 'text' | 'bytea';

/** A field's value: null, a number (`int4`, `int8`), a string (`text`) or bytes (`bytea`). */
export type CopyValue = number | string | Uint8Array | null;

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
/** Bytes a buffer grows by at least. */
const GROW = 1 << 16;

/** The binary copy data of `rows`, each with one value per type of `types`. */
export function encodeCopy(types: ReadonlyArray<CopyType>, rows: ReadonlyArray<ReadonlyArray<CopyValue>>): Buffer {
  let out = Buffer.allocUnsafe(GROW);
  let at = 0;
  const room = (n: number) => {
    if (at + n <= out.length) return;
    const grown = Buffer.allocUnsafe(Math.max(2 * out.length, at + n + GROW));
    out.copy(grown, 0, 0, at);
    out = grown;
  };
  room(SIGNATURE.length + 8);
  at += SIGNATURE.copy(out, at);
  at = out.writeInt32BE(0, at); // flags
  at = out.writeInt32BE(0, at); // header extension
  for (const row of rows) {
    if (row.length !== types.length) throw new RangeError(`copy: a row has ${row.length} fields, not ${types.length}`);
    room(2);
    at = out.writeInt16BE(types.length, at);
    for (let i = 0; i < types.length; i++) {
      const value = row[i] as CopyValue;
      if (value === null) {
        room(4);
        at = out.writeInt32BE(-1, at);
        continue;
      }
      switch (types[i]) {
        case 'int4':
          room(8);
          at = out.writeInt32BE(4, at);
          at = out.writeInt32BE(value as number, at);
          break;
        case 'int8':
          room(12);
          at = out.writeInt32BE(8, at);
          at = out.writeBigInt64BE(BigInt(value as number), at);
          break;
        case 'text': {
          const text = value as string;
          room(4 + 3 * text.length);
          const n = out.write(text, at + 4, 'utf8');
          out.writeInt32BE(n, at);
          at += 4 + n;
          break;
        }
        case 'bytea': {
          const bytes = value as Uint8Array;
          room(4 + bytes.length);
          at = out.writeInt32BE(bytes.length, at);
          out.set(bytes, at);
          at += bytes.length;
          break;
        }
      }
    }
  }
  room(2);
  at = out.writeInt16BE(-1, at); // trailer
  return out.subarray(0, at);
}

/**
 * Write `rows` into `table (columns)` with one binary `COPY` inside the transaction;
 * `columns` names each column with the type its values are sent in.
 */
export async function copyRows(
  tx: TransactionSql,
  table: string,
  columns: ReadonlyArray<readonly [string, CopyType]>,
  rows: ReadonlyArray<ReadonlyArray<CopyValue>>,
): Promise<void> {
  if (rows.length === 0) return;
  const data = encodeCopy(
    columns.map(([, type]) => type),
    rows,
  );
  const names = columns.map(([name]) => name).join(', ');
  const stream = await tx.unsafe(`COPY ${table} (${names}) FROM STDIN (FORMAT binary)`).writable();
  await new Promise<void>((resolve, reject) => {
    stream.on('error', reject);
    stream.on('finish', resolve);
    stream.end(data);
  });
}
