// Lexicons (lexicons/<name>.yaml), loaded on first use and kept for the run, plus anything a rule
// derives from them (a compiled matcher), built once.
import { loadData, prebuiltData } from '../data/load.js';
import type { Lexicon } from './schema.js';

export class LexiconStore {
  private readonly derivedCache = new Map<string, Promise<unknown>>();

  /** A standard word/phrase lexicon, validated against the lexicon schema. */
  get(name: string): Promise<Lexicon> {
    return loadData<Lexicon>(name);
  }

  /** Any data file in lexicons/ (validated by the schema src/data/registry.ts names for it). */
  data<T>(name: string): Promise<T> {
    return loadData<T>(name);
  }

  /** Data derived from the lexicons at build time, or undefined when running from source. */
  prebuilt<T>(name: string): T | undefined {
    return prebuiltData<T>(name);
  }

  /**
   * Something derived from a lexicon (a compiled matcher), built once per run. The promise is kept,
   * not the value: posts are audited side by side, and each would otherwise start its own build.
   */
  derived<T>(key: string, build: () => T | Promise<T>): Promise<T> {
    let pending = this.derivedCache.get(key) as Promise<T> | undefined;
    if (!pending) {
      pending = Promise.resolve().then(build);
      // A failed build is not kept: the next post tries again (and reports the same error).
      pending.catch(() => this.derivedCache.delete(key));
      this.derivedCache.set(key, pending);
    }
    return pending;
  }
}
