/**
 * A webhook receiver for the watch tests: a local HTTP server that keeps every request
 * (headers and the raw body) and answers as the test says (a status, or no answer at
 * all), and a check of Griffie's signature as a receiver would write it.
 *
 * @module
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the receiver got, and what it answered. */
export interface Received {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The status answered (0: none, the request was left hanging). */
  status: number;
}

/** A running receiver. */
export interface Receiver {
  url: string;
  received: Received[];
  /** The status of the next answers (200 by default; 0 leaves requests hanging). */
  answer: number;
  /** Milliseconds to wait before answering. */
  delayMs: number;
  close(): Promise<void>;
}

/** Start a receiver on a free port of 127.0.0.1. */
export async function startReceiver(): Promise<Receiver> {
  const hanging = new Set<() => void>();
  const receiver: Receiver = {
    url: '',
    received: [],
    answer: 200,
    delayMs: 0,
    close: async () => {
      for (const end of hanging) end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const status = receiver.answer;
      receiver.received.push({
        method: request.method ?? '',
        path: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        status,
      });
      if (status === 0) {
        hanging.add(() => response.destroy());
        return;
      }
      setTimeout(() => response.writeHead(status, { 'Content-Type': 'text/plain' }).end('ok'), receiver.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return receiver;
}

/** Whether `received` carries a valid `X-Griffie-Signature` for `secret` (checked as a receiver should: HMAC of the raw body, compared in constant time). */
export function signatureValid(received: Received, secret: string): boolean {
  const header = received.headers['x-griffie-signature'];
  if (typeof header !== 'string' || !header.startsWith('sha256=')) return false;
  const expected = createHmac('sha256', secret).update(received.body).digest();
  const given = Buffer.from(header.slice('sha256='.length), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The papers' ids of the deliveries a receiver accepted (2xx), in order. */
export function acceptedPapers(receiver: Receiver): string[] {
  return receiver.received
    .filter((r) => r.status >= 200 && r.status < 300)
    .flatMap((r) => (JSON.parse(r.body) as { papers: { id: string }[] }).papers.map((p) => p.id));
}
