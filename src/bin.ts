#!/usr/bin/env node
// Entry point: fix the colour environment before anything loads chalk, then load the CLI lazily.
import { compileRegexesAtOnce } from './cli/v8-flags';

// chalk (inside Ink) ignores NO_COLOR; FORCE_COLOR=0 is what it honours.
if ((process.env.NO_COLOR ?? '') !== '' || process.argv.includes('--no-color')) {
  process.env.FORCE_COLOR = '0';
}

// Before anything compiles a regex (a flag V8 reads at each regex compilation).
compileRegexesAtOnce();

export {};

const { main } = await import('./cli/main');
process.exitCode = await main(process.argv.slice(2));
