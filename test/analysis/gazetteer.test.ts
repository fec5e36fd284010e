import { describe, expect, it } from 'vitest';
import { GAZETTEER, isDemonym } from '../../src/analysis/gazetteer';
import { buildGazetteer, phraseKey } from '../../src/analysis/gazetteer-build';
import { gazetteerFromIndex, gazetteerToIndex, type GazetteerIndex } from '../../src/analysis/gazetteer-index';
import indexJson from '../../src/analysis/gazetteer-index.json';

describe('gazetteer-index.json', () => {
  it('is the gazetteer that gazetteer.json builds (run `npm run gazetteer` after editing the word lists)', () => {
    expect(gazetteerFromIndex(indexJson)).toEqual(buildGazetteer());
  });

  it('keeps Maps, Sets, nested lists and their order through JSON', () => {
    const built = buildGazetteer();
    const back = gazetteerFromIndex(JSON.parse(JSON.stringify(gazetteerToIndex(built))) as GazetteerIndex);
    expect([...back.names.keys()]).toEqual([...built.names.keys()]);
    expect(back.speechVerbs.fr).toBeInstanceOf(Set);
    expect(back.titles.en).toEqual(built.titles.en);
  });
});

describe('GAZETTEER, built on first use', () => {
  it('has every field of a gazetteer built directly, with the same contents', () => {
    const built = buildGazetteer();
    const fields = Object.keys(built) as (keyof typeof built)[];
    expect(fields.length).toBeGreaterThan(20);
    for (const field of fields) expect(GAZETTEER[field], field).toEqual(built[field]);
    // After the first read every field is an own, plain data property (no getter left in hot loops).
    for (const field of fields) expect(Object.getOwnPropertyDescriptor(GAZETTEER, field)?.get, field).toBeUndefined();
    expect(Object.keys(GAZETTEER).sort()).toEqual([...fields].sort());
  });

  it('answers lookups as before', () => {
    const russia = GAZETTEER.names.get(phraseKey('Russie'));
    expect(russia?.kind).toBe('place');
    expect(GAZETTEER.names.get(phraseKey('Russia'))?.group).toBe(russia?.group);
    expect(isDemonym(GAZETTEER, 'congolese')).toBe(true);
    expect(isDemonym(GAZETTEER, 'angola')).toBe(false);
  });
});
