#!/usr/bin/env node
// Tiny shim: the compiled CLI lives in dist/ (built by `npm ci` via the prepare script); cli-bundle.js
// loads it with its compiled code cached.
import { fileURLToPath } from 'node:url';
import { BUNDLE_FILE, loadBundle } from './cli-bundle.js';

let cli;
try {
  cli = loadBundle(fileURLToPath(new URL('../dist/', import.meta.url)));
} catch (error) {
  if (error && error.code === 'ENOENT' && String(error.path).endsWith(BUNDLE_FILE)) {
    console.error('post-audit: the CLI has not been built yet. Run `npm run build` (or `npm ci`) first.');
    process.exit(2);
  }
  throw error;
}
await cli.main(process.argv);
