// Runs scripts/gazetteer-index.ts (bundled with esbuild, which reads the TypeScript and JSON imports).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleTs } from './bundle-ts.mjs';

const entry = new URL('./gazetteer-index.ts', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'briefing-gazetteer-'));
try {
  const outfile = join(dir, 'gazetteer-index.mjs');
  // The bundle writes next to the sources, not next to itself.
  bundleTs(entry, outfile, { 'import.meta.url': JSON.stringify(entry.href) });
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
