/**
 * Token buckets per client, in memory and bounded: each client holds one bucket per
 * policy, filled at the policy's rate up to a minute's worth, and a request takes one
 * token. The clients are kept in least-recently-seen order and the oldest is forgotten
 * when there are more than `maxClients` (a forgotten client starts again with full
 * buckets, which is what an idle client would have anyway).
 *
 * @module
 */

/** A policy: how many requests a minute, which is also the burst a client may make at once. */
export interface Policy {
  /** Its name in the `RateLimit` headers: `search`, `read`. */
  name: string;
  perMinute: number;
}

/** The answer to one request. */
export interface Verdict {
  allowed: boolean;
  /** Whole requests left in the bucket after this one. */
  remaining: number;
  /** Seconds until the bucket is full again. */
  resetSeconds: number;
  /** Seconds until a refused client may ask again (0 when allowed). */
  retryAfterSeconds: number;
}

/** Tokens of each policy at time `at` (ms). */
interface Client {
  tokens: number[];
  at: number;
}

/** Most clients remembered by default: about 100 bytes each. */
export const DEFAULT_MAX_CLIENTS = 10_000;

/**
 * The buckets of every client seen lately.
 *
 * @example
 * const buckets = new TokenBuckets([{ name: 'search', perMinute: 120 }]);
 * buckets.take('192.0.2.1', 0).allowed; // true, 119 left
 */
export class TokenBuckets {
  private readonly clients = new Map<string, Client>();

  constructor(
    readonly policies: readonly Policy[],
    private readonly maxClients = DEFAULT_MAX_CLIENTS,
    private readonly now: () => number = Date.now,
  ) {
    for (const p of policies)
      if (!(Number.isFinite(p.perMinute) && p.perMinute > 0))
        throw new TypeError(`server: a rate limit policy needs a positive rate, not ${p.perMinute}`);
    if (!(Number.isInteger(maxClients) && maxClients > 0))
      throw new TypeError(`server: the rate limiter must remember at least one client, not ${maxClients}`);
  }

  /** How many clients are remembered. */
  get size(): number {
    return this.clients.size;
  }

  /** Take one token of policy number `policy` from `key`'s bucket, if there is one. */
  take(key: string, policy: number): Verdict {
    const { perMinute } = this.policies[policy] as Policy;
    const now = this.now();
    const client = this.refilled(key, now);
    const perMs = perMinute / 60_000;
    let tokens = client.tokens[policy] as number;
    const allowed = tokens >= 1;
    if (allowed) tokens -= 1;
    client.tokens[policy] = tokens;
    return {
      allowed,
      remaining: Math.floor(tokens),
      resetSeconds: Math.ceil((perMinute - tokens) / perMs / 1000),
      retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)),
    };
  }

  /** `key`'s client with its buckets filled up to `now`, moved to the most recently seen end. */
  private refilled(key: string, now: number): Client {
    let client = this.clients.get(key);
    if (client === undefined) {
      client = { tokens: this.policies.map((p) => p.perMinute), at: now };
    } else {
      this.clients.delete(key);
      const elapsed = Math.max(0, now - client.at);
      for (const [i, p] of this.policies.entries())
        client.tokens[i] = Math.min(p.perMinute, (client.tokens[i] as number) + (elapsed * p.perMinute) / 60_000);
      client.at = now;
    }
    this.clients.set(key, client);
    if (this.clients.size > this.maxClients) {
      const oldest = this.clients.keys().next().value as string;
      this.clients.delete(oldest);
    }
    return client;
  }
}
