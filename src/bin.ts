#!/usr/bin/env node
// Entry point: fix the colour environment before anything loads chalk, then load the CLI lazily.
import { setFlagsFromString } from 'node:v8';

// chalk (inside Ink) ignores NO_COLOR; FORCE_COLOR=0 is what it honours.
if ((process.env.NO_COLOR ?? '') !== '' || process.argv.includes('--no-color')) {
  process.env.FORCE_COLOR = '0';
}

// V8 runs a regex in its bytecode interpreter first and compiles it to machine code only once it is
// hot. marked's large block regexes run far slower interpreted: lexing the first slide took ~50 ms
// instead of ~20, before the first frame. Every regex compiles to machine code at once instead (a flag
// V8 reads at each regex compilation; it changes speed only, never results).
setFlagsFromString('--no-regexp-tier-up');

export {};

const { main } = await import('./cli/main');
process.exitCode = await main(process.argv.slice(2));
