// Bundles one TypeScript entry for Node with esbuild, as the tools outside the CLI need it (npm run
// gazetteer, the bench's in-process harness). \p{…} regex literals are kept as written, as in the CLI build.
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** Writes `entry` (a file URL) and its imports as one ESM file at `outfile`; `define` replaces globals. */
export function bundleTs(entry, outfile, define = {}) {
  buildSync({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
    supported: { 'regexp-unicode-property-escapes': true },
    define,
  });
}
