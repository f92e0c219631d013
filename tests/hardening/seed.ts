// Seeds for the randomised hardening tests. Every run is reproducible: the seed is fixed (override
// with FC_SEED=<n>) and printed with any failure, and the run counts stay small enough for CI
// (override with FC_RUNS=<n> for a longer soak).
import fc from 'fast-check';

export const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20_260_722;
export const RUNS = process.env.FC_RUNS ? Number(process.env.FC_RUNS) : 60;

fc.configureGlobal({ seed: SEED, numRuns: RUNS, endOnFailure: true });

/** A small seeded PRNG (mulberry32) for the mutation and interruption tests. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const int = (random: () => number, below: number): number => Math.floor(random() * below);

/** Fails with the seed and what was being done, so the case can be replayed. */
export function withSeed(what: string, seed: number): string {
  return `${what} (seed ${seed}; replay with FC_SEED=${seed})`;
}

/** Rejects when a promise does not settle in time: a hang is a failure, not a stuck test run. */
export async function noHang<T>(promise: Promise<T>, what: string, ms = 20_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`hang: ${what} did not finish in ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
