/**
 * Who is asking: the client's address as the rate limiter counts it. It comes from the
 * socket (`getConnInfo` of `@hono/node-server`); `X-Forwarded-For` is believed only
 * when the operator says a reverse proxy sits in front (`trustProxy` hops), since any
 * client can send the header. An IPv6 client is counted by its /64 network, the block
 * one subscriber usually holds, so that it cannot dodge the limit by changing the
 * address's last half.
 *
 * @module
 */
import { isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** The first IPv4 octet of the loopback network 127.0.0.0/8. */
const LOOPBACK_V4 = /^127\./;

/** The socket's peer address, or null when the request came without a socket (`app.request` in tests). */
function socketAddress(c: Context): string | null {
  const env = c.env as { incoming?: unknown; server?: { incoming?: unknown } } | undefined;
  if (!env || (env.incoming === undefined && env.server?.incoming === undefined)) return null;
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null;
  }
}

/** `address` without an IPv6 zone (`%eth0`) and with an IPv4-mapped IPv6 address (`::ffff:1.2.3.4`) as IPv4. */
export function plainAddress(address: string): string {
  const bare = address.replace(/%.*$/, '');
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(bare);
  return mapped ? mapped[1]! : bare;
}

/**
 * The address that sent the request: the socket's peer, or with `trustProxy` hops of
 * reverse proxies the address the outermost of them saw (counted from the right of
 * `X-Forwarded-For`, which each proxy extends). Null without a socket.
 *
 * @example
 * clientAddress(c, 0); // '203.0.113.7' (the socket)
 * clientAddress(c, 1); // 'X-Forwarded-For: 198.51.100.2, 203.0.113.9' → '203.0.113.9'
 */
export function clientAddress(c: Context, trustProxy: number): string | null {
  const socket = socketAddress(c);
  if (socket === null) return null;
  if (trustProxy > 0) {
    const hops = (c.req.header('X-Forwarded-For') ?? '')
      .split(',')
      .map((hop) => hop.trim())
      .filter(Boolean);
    const forwarded = hops.length === 0 ? undefined : hops[Math.max(0, hops.length - trustProxy)];
    if (forwarded !== undefined && isIP(plainAddress(forwarded)) !== 0) return plainAddress(forwarded);
  }
  return plainAddress(socket);
}

/** Whether `address` is this machine's own (127.0.0.0/8 or ::1). */
export function isLoopback(address: string): boolean {
  const plain = plainAddress(address);
  return LOOPBACK_V4.test(plain) || expandIPv6(plain)?.join(':') === '0:0:0:0:0:0:0:1';
}

/**
 * The key a client is counted under: an IPv4 address as it is, an IPv6 address as its
 * /64 network.
 *
 * @example
 * clientKey('2001:db8:1:2:aaaa::7'); // '2001:db8:1:2::/64'
 * clientKey('::ffff:192.0.2.1'); // '192.0.2.1'
 */
export function clientKey(address: string): string {
  const plain = plainAddress(address);
  if (isIP(plain) !== 6) return plain;
  const groups = expandIPv6(plain);
  return groups ? `${groups.slice(0, 4).join(':')}::/64` : plain;
}

/** The eight groups of an IPv6 address, in lower-case hex without leading zeros; null when it is none. */
function expandIPv6(address: string): string[] | null {
  if (isIP(address) !== 6) return null;
  let text = address.toLowerCase();
  const dotted = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = 8 - left.length - right.length;
  const groups = tail === undefined ? left : [...left, ...Array<string>(missing).fill('0'), ...right];
  return groups.map((g) => Number.parseInt(g, 16).toString(16));
}
