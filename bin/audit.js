#!/usr/bin/env node
// Tiny shim: the compiled CLI lives in dist/ (built by `npm ci` via the prepare script).
import('../dist/cli.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.js')) {
    console.error('post-audit: the CLI has not been built yet. Run `npm run build` (or `npm ci`) first.');
    process.exit(2);
  }
  throw error;
});
