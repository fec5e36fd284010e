// The one place property tests (fast-check) get their seed and their number of runs.
import fc from 'fast-check';

/** The seed of every property test in `npm test`, so that two runs give the same answer. */
export const PROPERTY_SEED = 1_702_026;
/** A property test's runs when it names none (fast-check's own default). */
export const DEFAULT_RUNS = 100;
/** How many times more runs each property test makes under `npm run test:fuzz` (`FUZZ=1`). */
export const FUZZ_RUNS_FACTOR = 20;

/** The environment variables that choose the mode: `FUZZ=1`, and `FUZZ_SEED`/`FUZZ_PATH` to replay a failure. */
export type PropertyEnv = Readonly<Record<string, string | undefined>>;

/** fast-check's parameters that a property test's own options may override (only `numRuns`, through `runs`). */
export interface PropertySettings {
  readonly numRuns: number;
  readonly seed?: number;
  readonly path?: string;
}

/** Whether the environment asks for fuzzing: random seeds and `FUZZ_RUNS_FACTOR` times the runs. */
export function isFuzzing(env: PropertyEnv = process.env): boolean {
  return env.FUZZ === '1';
}

/**
 * The global settings (set before each test file): the fixed seed in `npm test`; under `FUZZ=1`
 * fast-check's random seed, or `FUZZ_SEED` and `FUZZ_PATH` when replaying what a failure printed.
 */
export function globalPropertySettings(env: PropertyEnv = process.env): PropertySettings {
  if (!isFuzzing(env)) return { seed: PROPERTY_SEED, numRuns: DEFAULT_RUNS };
  const seed = env.FUZZ_SEED === undefined || env.FUZZ_SEED === '' ? undefined : Number(env.FUZZ_SEED);
  if (seed !== undefined && !Number.isSafeInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, not ${env.FUZZ_SEED}`);
  return {
    numRuns: DEFAULT_RUNS * FUZZ_RUNS_FACTOR,
    ...(seed === undefined ? {} : { seed }),
    ...(env.FUZZ_PATH === undefined || env.FUZZ_PATH === '' ? {} : { path: env.FUZZ_PATH }),
  };
}

/** A property test's options for `count` runs in `npm test` (`FUZZ_RUNS_FACTOR` times as many when fuzzing). */
export function runs(count: number, env: PropertyEnv = process.env): { readonly numRuns: number } {
  return { numRuns: isFuzzing(env) ? count * FUZZ_RUNS_FACTOR : count };
}

/** Sets the global settings; the setup file calls it before each test file. */
export function configureProperties(env: PropertyEnv = process.env): void {
  fc.configureGlobal(globalPropertySettings(env));
}
