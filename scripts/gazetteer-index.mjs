// Runs scripts/gazetteer-index.ts (bundled with esbuild, which reads the TypeScript and JSON imports).
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = mkdtempSync(join(tmpdir(), 'briefing-gazetteer-'));
try {
  const outfile = join(dir, 'gazetteer-index.mjs');
  buildSync({
    entryPoints: [fileURLToPath(new URL('./gazetteer-index.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
    supported: { 'regexp-unicode-property-escapes': true },
    // The bundle writes next to the sources, not next to itself.
    define: { 'import.meta.url': JSON.stringify(new URL('./gazetteer-index.ts', import.meta.url).href) },
  });
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
