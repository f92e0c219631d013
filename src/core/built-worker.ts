// Where a worker thread's built entry (dist/<name>) is: beside the bundle or above its chunks. Run
// from the sources (the tests) there is none, and the callers then do the work on this thread.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function builtWorker(name: string): URL | undefined {
  for (const candidate of [`./${name}`, `../${name}`]) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}
