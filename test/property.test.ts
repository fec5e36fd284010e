import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RUNS, FUZZ_RUNS_FACTOR, PROPERTY_SEED, globalPropertySettings, runs } from './property';

describe('property test settings', () => {
  it('are a fixed seed and each test’s own runs in npm test', () => {
    expect(globalPropertySettings({})).toEqual({ seed: PROPERTY_SEED, numRuns: DEFAULT_RUNS });
    expect(globalPropertySettings({ FUZZ: '0', FUZZ_SEED: '5' })).toEqual({ seed: PROPERTY_SEED, numRuns: DEFAULT_RUNS });
    expect(runs(300, {})).toEqual({ numRuns: 300 });
  });

  it('are a random seed and many times the runs under FUZZ=1, or the seed and path to replay', () => {
    expect(globalPropertySettings({ FUZZ: '1' })).toEqual({ numRuns: DEFAULT_RUNS * FUZZ_RUNS_FACTOR });
    expect(runs(300, { FUZZ: '1' })).toEqual({ numRuns: 300 * FUZZ_RUNS_FACTOR });
    expect(globalPropertySettings({ FUZZ: '1', FUZZ_SEED: '2075786278', FUZZ_PATH: '179:0:13:8' })).toEqual({
      seed: 2075786278,
      path: '179:0:13:8',
      numRuns: DEFAULT_RUNS * FUZZ_RUNS_FACTOR,
    });
    expect(() => globalPropertySettings({ FUZZ: '1', FUZZ_SEED: 'x' })).toThrow('FUZZ_SEED must be an integer');
  });

  it('are what fast-check uses in this run (the setup file set them)', () => {
    expect(fc.readConfigureGlobal()).toEqual(globalPropertySettings(process.env));
  });

  it('are named only in test/property.ts: no test sets its own seed or run count', () => {
    const sources = readdirSync('test', { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f) && !f.startsWith('property'))
      .map((f) => ({ file: f, text: readFileSync(`test/${f}`, 'utf8') }))
      .filter(({ text }) => text.includes("from 'fast-check'"));
    expect(sources.length).toBeGreaterThan(10);
    const offenders = sources.filter(({ text }) => /\bnumRuns\b|\bseed\s*:|configureGlobal/.test(text)).map(({ file }) => file);
    expect(offenders).toEqual([]);
  });
});
