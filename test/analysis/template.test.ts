import { describe, expect, it } from 'vitest';
import defaultJson from '../../src/analysis/default-template.json';
import { DEFAULT_TEMPLATE, parseTemplate } from '../../src/analysis/template';

function clone(): Record<string, any> {
  return JSON.parse(JSON.stringify(defaultJson));
}

function messageOf(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('did not throw');
}

describe('DEFAULT_TEMPLATE', () => {
  it('holds the four sections with their titles in both languages', () => {
    const s = DEFAULT_TEMPLATE.sections;
    expect([s.context?.titles.fr, s.agreements?.titles.fr, s.alliances?.titles.fr, s.economy?.titles.fr]).toEqual([
      'Contexte', 'Accords', 'Alliances', 'Crise économique',
    ]);
    expect([s.context?.titles.en, s.agreements?.titles.en, s.alliances?.titles.en, s.economy?.titles.en]).toEqual([
      'Context', 'Agreements', 'Alliances', 'Economic crisis',
    ]);
    expect(s.economy?.calmTitles).toEqual({ fr: 'Économie', en: 'Economy' });
  });

  it('holds the split settings compose uses', () => {
    expect(DEFAULT_TEMPLATE.split).toEqual({ maxBullets: 5, maxWords: 60 });
  });

  it('has cues in both languages for every section, and negation words', () => {
    for (const section of Object.values(DEFAULT_TEMPLATE.sections)) {
      expect(Object.keys(section!.cues.fr).length).toBeGreaterThan(20);
      expect(Object.keys(section!.cues.en).length).toBeGreaterThan(20);
    }
    expect(DEFAULT_TEMPLATE.negation.words.fr).toContain('sans');
    expect(DEFAULT_TEMPLATE.negation.words.en).toContain('not');
  });
});

describe('parseTemplate', () => {
  it('accepts the default file and gives the same template', () => {
    expect(parseTemplate(clone())).toEqual(DEFAULT_TEMPLATE);
  });

  it('accepts a template with one section and defaults for the rest', () => {
    const t = parseTemplate({
      sections: { economy: { titles: { fr: 'Éco', en: 'Eco' }, cues: { fr: { 'prix*': 2 }, en: { price: 2 } } } },
    });
    expect(Object.keys(t.sections)).toEqual(['economy']);
    expect(t.split).toEqual({ maxBullets: 5, maxWords: 60 });
    expect(t.sections.economy?.minSentences).toBe(1);
  });

  const cases: [string, (t: Record<string, any>) => unknown, RegExp][] = [
    ['not an object', () => [], /^template must be an object, got a list$/],
    ['an unknown section', (t) => { t.sections.weather = t.sections.context; return t; }, /template\.sections\.weather is not a template key/],
    ['a weight that is not a number', (t) => { t.sections.economy.cues.fr['crise*'] = 'high'; return t; }, /template\.sections\.economy\.cues\.fr\["crise\*"\] must be a number, got "high"/],
    ['a missing title', (t) => { delete t.sections.alliances.titles.en; return t; }, /template\.sections\.alliances\.titles\.en is missing/],
    ['a bad cue pattern', (t) => { t.sections.context.cues.en['a.b'] = 1; return t; }, /is not a cue pattern/],
    ['a split that is not whole', (t) => { t.split.maxBullets = 2.5; return t; }, /template\.split\.maxBullets must be a whole number, got 2\.5/],
    ['no sections', (t) => { t.sections = {}; return t; }, /template\.sections must hold at least one of/],
    ['a share above 1', (t) => { t.sections.context.maxShare = 2; return t; }, /template\.sections\.context\.maxShare must be between 0 and 1, got 2/],
    ['an unknown lead key', (t) => { t.sections.context.lead.decay = 1; return t; }, /template\.sections\.context\.lead\.decay is not a template key/],
    ['a negative threshold', (t) => { t.threshold = -1; return t; }, /template\.threshold must be between 0 and 1000, got -1/],
  ];
  for (const [what, edit, message] of cases) {
    it(`rejects ${what} with a one-line message naming it`, () => {
      const text = messageOf(() => parseTemplate(edit(clone())));
      expect(text).toMatch(message);
      expect(text).not.toContain('\n');
    });
  }
});
