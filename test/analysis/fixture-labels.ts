// Reads the team's labelled fixtures (test/fixtures/articles/NAME.txt + NAME.labels.json) and scores an analysis against them.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Analysis, SectionId } from '../../src/analysis/analysis';

/** The hand labels of one fixture article. */
export interface FixtureLabels {
  readonly lang: 'fr' | 'en';
  readonly genre: string;
  readonly sections: Readonly<Record<SectionId, 'yes' | 'no' | 'partial'>>;
  readonly must: Readonly<Partial<Record<SectionId, readonly string[]>>>;
  readonly people: readonly string[];
  readonly places: readonly string[];
  readonly organisations: readonly string[];
  readonly figures: readonly string[];
  readonly quotes: readonly string[];
  readonly speakers: Readonly<Record<string, string>>;
  readonly dates: readonly string[];
  readonly economyTitle?: string;
}

/** A fixture: its name, text and labels. */
export interface Fixture {
  readonly name: string;
  readonly text: string;
  readonly labels: FixtureLabels;
}

const DIR = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));

/** Every labelled fixture article. */
export function loadFixtures(): Fixture[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -4);
      return {
        name,
        text: readFileSync(`${DIR}${f}`, 'utf8'),
        labels: JSON.parse(readFileSync(`${DIR}${name}.labels.json`, 'utf8')) as FixtureLabels,
      };
    });
}

/** Folds text the way the corpus scorer does: quotes dropped, apostrophes and spaces unified, no accents, lower case. */
export function norm(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘]/g, "'")
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[«»“”"„]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The share of `must` sentences found in their section, with the misses. */
export function mustScore(analysis: Analysis, labels: FixtureLabels): { found: number; total: number; missed: string[] } {
  let found = 0;
  let total = 0;
  const missed: string[] = [];
  for (const [section, musts] of Object.entries(labels.must) as [SectionId, readonly string[]][]) {
    if (labels.sections[section] !== 'yes') continue;
    for (const must of musts) {
      total++;
      const key = norm(must);
      const ok = analysis.sentences.some((s) => norm(s.text).includes(key) && s.sections.includes(section));
      if (ok) found++;
      else missed.push(`${section}: ${must}`);
    }
  }
  return { found, total, missed };
}

/** Whether an extracted name matches a label (equal or contained either way, folded). */
export function nameMatches(extracted: string, label: string): boolean {
  const a = norm(extracted);
  const b = norm(label);
  return a === b || (a.length >= 3 && b.includes(a)) || (b.length >= 3 && a.includes(b));
}

/** Whether an extracted figure or date matches a labelled one (containment either way). */
export function figureMatches(extracted: string, label: string): boolean {
  const a = norm(extracted);
  const b = norm(label);
  return a.includes(b) || b.includes(a);
}
