// Bundles the CLI with esbuild: one ESM entry plus lazily loaded chunks (Ink and React load only to present).
// It builds into a fresh folder and swaps it in, so a CLI run during a rebuild never finds dist/ half empty.
// Beside the bundle: its build id (a hash of every file built) and the deck cache's entry of the default
// briefing, written by the built CLI itself (src/cli/deck-cache.ts), so that `briefing` skips its analysis.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
    // Minified: ~1.2 MiB less peak memory presenting (less source kept, fewer and shorter names), the
    // same speed (README, Performance). Whitespace and syntax alone save ~0.3 MiB.
    minify: true,
    logLevel: 'warning',
    alias: { 'react-devtools-core': './src/cli/devtools-stub.ts' },
    define: { BRIEFING_VERSION: JSON.stringify(pkg.version), 'process.env.NODE_ENV': '"production"' },
    plugins: [graphemeSegmenter()],
    banner: { js: "import { createRequire as __briefingRequire } from 'node:module'; const require = __briefingRequire(import.meta.url);" },
  });
  for (const file of readdirSync(fresh.pathname).filter((name) => name.endsWith('.js'))) {
    if (readFileSync(join(fresh.pathname, file), 'utf8').includes('Intl.Segmenter')) throw new Error(`${file} still uses Intl.Segmenter`);
  }
  writeFileSync(new URL('build-id', `${fresh.href}/`), `${buildId(fresh.pathname)}\n`);
  shipDefaultDeck(fresh.pathname);
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

/**
 * Every `Intl.Segmenter` of a package (Ink's string-width, slice-ansi, ansi-tokenize; yargs' cliui) is
 * the project's grapheme segmenter, imported by that module alone: ICU's costs ~1.7 MiB of peak memory
 * presenting (src/text/grapheme-segmenter.ts). The build fails if a segmenter is left in the bundle.
 */
function graphemeSegmenter() {
  return { name: 'grapheme-segmenter', setup };
  function setup(build) {
    const shim = new URL('src/text/grapheme-segmenter.ts', root).pathname;
    build.onLoad({ filter: /[\\/]node_modules[\\/].*\.m?js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('Intl.Segmenter')) return undefined;
      const contents = `import { GraphemeSegmenter as __briefingGraphemeSegmenter } from ${JSON.stringify(shim)};\n${source.replaceAll('Intl.Segmenter', '__briefingGraphemeSegmenter')}`;
      return { contents, loader: 'js' };
    });
  }
}

/** A hash of every file in `dir` (names and bytes, in name order): a change anywhere in the code or its data changes it. */
function buildId(dir) {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).sort()) {
    hash.update(`${name}\0`).update(readFileSync(join(dir, name))).update('\0');
  }
  return hash.digest('hex').slice(0, 32);
}

/** Has the CLI built in `dir` present the default briefing as text with a fresh user cache, and ships the entry it wrote. */
function shipDefaultDeck(dir) {
  const home = mkdtempSync(join(tmpdir(), 'briefing-build-cache-'));
  try {
    const run = spawnSync(process.execPath, [join(dir, 'bin.js'), 'present', '--print'], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: home } });
    if (run.status !== 0) throw new Error(`the built CLI could not present the default briefing: ${run.stderr}`);
    const written = join(home, 'briefing');
    const entries = readdirSync(written).filter((name) => name.endsWith('.json'));
    if (entries.length !== 1) throw new Error(`expected one deck cache entry for the default briefing, found ${entries.length}`);
    mkdirSync(join(dir, 'deck-cache'));
    renameSync(join(written, entries[0]), join(dir, 'deck-cache', entries[0]));
    // A user cache's entry is private to its user; the build's is read by whoever runs the install.
    chmodSync(join(dir, 'deck-cache', entries[0]), 0o644);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
