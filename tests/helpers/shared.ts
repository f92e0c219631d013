// The workplace's shared real-data fixtures (../shared/fixtures). Outside this workplace the folder is
// absent: tests that need it skip with a message saying why.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './cli.js';

export const sharedFixtures = path.resolve(repoRoot, '..', 'shared', 'fixtures');
export const hasSharedFixtures = existsSync(sharedFixtures);
export const sharedSkipReason = `../shared/fixtures is not present (${sharedFixtures}); real-data tests skipped`;

export function sharedPath(...parts: string[]): string {
  return path.join(sharedFixtures, ...parts);
}

if (!hasSharedFixtures) console.warn(`[post-audit tests] ${sharedSkipReason}`);
