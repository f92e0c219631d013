#!/usr/bin/env node
// Tiny shim: the compiled CLI lives in dist/ (built by `npm ci` via the prepare script).
// On Node.js 22.1 and later, V8's compiled code is kept between runs (Node's own compile cache, in the
// system's temporary folder; NODE_DISABLE_COMPILE_CACHE=1 turns it off), as npm itself does: most of
// a short audit's start-up is compiling the CLI. Older Node.js has no such cache and compiles each time.
import module from 'node:module';

try {
  module.enableCompileCache?.();
} catch {
  // no cache: start-up is only slower
}
import('../dist/cli.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.js')) {
    console.error('post-audit: the CLI has not been built yet. Run `npm run build` (or `npm ci`) first.');
    process.exit(2);
  }
  throw error;
});
