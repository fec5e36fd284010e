// Bundles the CLI with esbuild: one ESM entry plus lazily loaded chunks (Ink and React load only to present).
// It builds into a fresh folder and swaps it in, so a CLI run during a rebuild never finds dist/ half empty.
import { build } from 'esbuild';
import { readFileSync, renameSync, rmSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const dist = new URL('dist', root);
const fresh = new URL(`dist.build-${process.pid}`, root);
const stale = new URL(`dist.old-${process.pid}`, root);

try {
  await build({
    entryPoints: ['src/bin.ts'],
    outdir: fresh.pathname,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // esbuild otherwise rewrites every \p{…} regex literal as a `new RegExp` built on each call (hot loops in the analysis).
    supported: { 'regexp-unicode-property-escapes': true },
    jsx: 'automatic',
    legalComments: 'none',
    logLevel: 'warning',
    define: { BRIEFING_VERSION: JSON.stringify(pkg.version), 'process.env.NODE_ENV': '"production"' },
    alias: { 'react-devtools-core': './src/cli/devtools-stub.ts' },
    banner: { js: "import { createRequire as __briefingRequire } from 'node:module'; const require = __briefingRequire(import.meta.url);" },
  });
  try {
    renameSync(dist, stale);
  } catch {
    // no earlier build
  }
  renameSync(fresh, dist);
} finally {
  rmSync(fresh, { recursive: true, force: true });
  rmSync(stale, { recursive: true, force: true });
}
