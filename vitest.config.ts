import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import { isFuzzing } from './test/property';

const fuzzing = isFuzzing();

/** The test files that hold property tests (they import fast-check): what `npm run test:fuzz` runs. */
function propertyTestFiles(): string[] {
  return readdirSync('test', { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.test\.tsx?$/.test(file) && readFileSync(`test/${file}`, 'utf8').includes("from 'fast-check'"))
    .map((file) => `test/${file}`);
}

export default defineConfig({
  test: {
    include: fuzzing ? propertyTestFiles() : ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    setupFiles: ['test/property-setup.ts'],
    // The CLIs the tests run keep their deck cache (src/cli/deck-cache.ts) in a folder of this run, not the user's.
    env: { FORCE_COLOR: '0', XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'briefing-test-cache-')) },
    // Limits for a hang, not for speed: other test runs may load the machine several times over.
    // Fuzzing makes each property test do many times its runs.
    testTimeout: fuzzing ? 1_200_000 : 60_000,
    hookTimeout: 60_000,
  },
});
