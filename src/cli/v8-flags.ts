// Every V8 flag the CLI sets, and why, in one place. Each changes speed or memory only, never a result;
// each was kept because it measurably paid (README, Performance).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Inputs from this many characters on are analysed with V8's optimising compiler even while presenting. */
const LARGE_INPUT_CHARS = 1_000_000;

/**
 * Every regex compiles to machine code at once (bin.ts, before the CLI loads). V8 otherwise runs a regex
 * in its bytecode interpreter until it is hot, and marked's large block regexes run far slower
 * interpreted: lexing the first slide took ~50 ms instead of ~20, before the first frame.
 */
export function compileRegexesAtOnce(): void {
  setFlagsFromString('--no-regexp-tier-up');
}

/**
 * While presenting, V8's young generation stays small and its optimising compiler (TurboFan) stays off.
 * V8 grows the young generation for the start-up (bundle, analysis, Ink) and keeps it: ~10 MiB of peak
 * RSS (not growing it costs a long analysis ~8 %). A presenter runs short bursts of code per key:
 * optimising them costs ~7 MiB of peak RSS and compile time, and no key press gets faster for it.
 */
export function presenting(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
  setFlagsFromString('--no-opt');
}

/** Runs `analyse`, the analysis of an input of `chars` characters, with the optimising compiler when the
 * input is large (it halves the time of a multi-megabyte analysis); back off afterwards. */
export function analysing<T>(chars: number, analyse: () => T): T {
  if (chars < LARGE_INPUT_CHARS) return analyse();
  setFlagsFromString('--opt');
  try {
    return analyse();
  } finally {
    setFlagsFromString('--no-opt');
  }
}

/** Yoga (Ink's layout, WebAssembly) stays on V8's baseline compiler: its optimising tier costs ~2.5 MiB
 * of peak memory while it compiles, and a frame's layout is too small to gain from it. */
export function yogaOnBaselineCompiler(): void {
  setFlagsFromString('--liftoff-only');
}

let gc: (() => void) | undefined;

/**
 * A full garbage collection, now (~8 ms on a loaded machine). The presenter runs one before and one
 * after the warm-up, in the idle time after Ink's first frame: V8 would collect the start-up's and the
 * warm-up's garbage only later, so that the warm-up and the first key grew the heap on top of it
 * (peak RSS presenting −0.8 MiB, 7 runs; README, Performance). `--expose-gc` set now gives `gc` to
 * contexts made from then on: one is made to fetch it.
 */
export function collectGarbage(): void {
  if (gc === undefined) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
