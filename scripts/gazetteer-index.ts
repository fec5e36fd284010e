// `npm run gazetteer`: writes src/analysis/gazetteer-index.json from gazetteer.json and
// number-date-words.json (run it after editing them; a test fails while the index is stale).
import { writeFileSync } from 'node:fs';
import { buildGazetteer } from '../src/analysis/gazetteer-build';
import { gazetteerToIndex } from '../src/analysis/gazetteer-index';

const target = new URL('../src/analysis/gazetteer-index.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(gazetteerToIndex(buildGazetteer()))}\n`);
process.stdout.write(`wrote ${target.pathname}\n`);
