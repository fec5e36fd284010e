// Test-only, loaded with `node --import`: registers module hooks that record every module the
// CLI loads (BRIEFING_TEST_MODULE_LOG=file, one URL a line) and, with BRIEFING_TEST_HOLD=file,
// hold the Ink presenter chunk back until that file exists (to look at the screen before Ink).
import { register } from 'node:module';

register('./module-log-hooks.mjs', import.meta.url, {
  data: { log: process.env.BRIEFING_TEST_MODULE_LOG ?? '', hold: process.env.BRIEFING_TEST_HOLD ?? '' },
});
