// Token buckets in memory, one per key: `burst` requests at once, refilled at `perMinute`. Pure
// and clock-injected, so tests step time instead of sleeping. One process only: with several
// instances behind a load balancer each keeps its own buckets (the limit is per instance).

export interface TokenBucketOptions {
  /** Requests a key may make at once (the bucket's size). */
  burst: number;
  /** Requests per minute a key regains, continuously. */
  perMinute: number;
  /** Milliseconds since some epoch; Date.now by default. */
  now?: () => number;
  /** Above this many keys, full buckets are forgotten (they are the same as a new one). */
  maxKeys?: number;
}

export type TakeResult = { allowed: true; remaining: number } | { allowed: false; retryAfterSec: number };

export interface TokenBuckets {
  take(key: string): TakeResult;
  /** Whether `take` would allow a request now, without taking one. */
  peek(key: string): TakeResult;
  /** Keys currently tracked (for tests and memory checks). */
  size(): number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export function createTokenBuckets(options: TokenBucketOptions): TokenBuckets {
  const { burst, perMinute } = options;
  if (!(burst >= 1) || !(perMinute > 0)) throw new RangeError(`burst must be ≥ 1 and perMinute > 0 (got ${burst}, ${perMinute})`);
  // Read through a closure so faked timers (vi.useFakeTimers) move it too.
  const now = options.now ?? (() => Date.now());
  const maxKeys = options.maxKeys ?? 100_000;
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, Bucket>();

  const refilled = (bucket: Bucket, t: number) => Math.min(burst, bucket.tokens + Math.max(0, t - bucket.at) * perMs);

  function forgetFullBuckets(t: number): void {
    for (const [key, bucket] of buckets) if (refilled(bucket, t) >= burst) buckets.delete(key);
  }

  return {
    take(key) {
      const t = now();
      let bucket = buckets.get(key);
      if (!bucket) {
        if (buckets.size >= maxKeys) forgetFullBuckets(t);
        bucket = { tokens: burst, at: t };
        buckets.set(key, bucket);
      }
      bucket.tokens = refilled(bucket, t);
      bucket.at = t;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true, remaining: Math.floor(bucket.tokens) };
      }
      // Whole seconds, rounded up, as Retry-After requires; never 0, which would invite a hot loop.
      return { allowed: false, retryAfterSec: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
    },
    peek(key) {
      const bucket = buckets.get(key);
      if (!bucket) return { allowed: true, remaining: burst };
      const tokens = refilled(bucket, now());
      if (tokens >= 1) return { allowed: true, remaining: Math.floor(tokens) };
      return { allowed: false, retryAfterSec: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
    },
    size: () => buckets.size,
  };
}
