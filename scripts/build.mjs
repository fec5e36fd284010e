// Bundles the CLI with esbuild: one ESM entry plus lazily loaded chunks (Ink and React load only to present).
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

await build({
  entryPoints: ['src/bin.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  jsx: 'automatic',
  legalComments: 'none',
  logLevel: 'warning',
  define: { BRIEFING_VERSION: JSON.stringify(pkg.version), 'process.env.NODE_ENV': '"production"' },
  alias: { 'react-devtools-core': './src/cli/devtools-stub.ts' },
  banner: { js: "import { createRequire as __briefingRequire } from 'node:module'; const require = __briefingRequire(import.meta.url);" },
});
