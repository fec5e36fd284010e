// The exported Markdown as real clients read it: Marp's own renderer, markdownlint-cli2, and the
// literal `\n---\n` split of maaslalani/slides.
import { Marp } from '@marp-team/marp-core';
import { main as markdownlint } from 'markdownlint-cli2';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runMain } from './run-main';

const FRONT_MATTER = '---\noptions:\n  end_slide_shorthand: true\n---\n';

/** A deck as people write it: CRLF, `<!-- end_slide -->`, a `---` inside a code fence, a table, nested lists. */
const HAND_WRITTEN = [
  '# Hand-written deck',
  '',
  'A paragraph with *emphasis*, **strong** and `code`.',
  '',
  '```yaml',
  'title: x',
  '---',
  'other: y',
  '```',
  '',
  '<!-- end_slide -->',
  '',
  '## Table and lists',
  '',
  '| Name | Value |',
  '| ---- | ----: |',
  '| a    | 1     |',
  '| b    | 22    |',
  '',
  '- one',
  '  - nested',
  '    - deeper',
  '- two',
  '',
  '1. first',
  '2. second',
  '',
  '<!-- speaker_note: Regardez : le tableau -->',
  '',
  '<!-- end_slide -->',
  '',
  '## Last',
  '',
  '- [x] done',
  '- [ ] to do',
  '',
  '> a quote',
  '',
  '<!-- pause -->',
  '',
  'Link to [example](https://example.com).',
  '',
]
  .join('\r\n');

interface DeckJson {
  readonly slides: readonly { kind: string; section?: string; title: string; body: string; notes: string; sources: number[] }[];
}

/** One exported deck under test: its Markdown, and the JSON deck of its source. */
interface Case {
  readonly name: string;
  readonly markdown: string;
  readonly deck: DeckJson;
  readonly file: string;
}

const dir = mkdtempSync(join(tmpdir(), 'briefing-clients-'));
const cases: Case[] = [];

async function exportOk(args: readonly string[]): Promise<string> {
  const run = await runMain(args);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
}

beforeAll(async () => {
  const handPath = join(dir, 'hand.md');
  writeFileSync(handPath, HAND_WRITTEN);
  const sources: { name: string; args: string[] }[] = [
    { name: 'the default briefing', args: [] },
    { name: 'a hand-written deck', args: [handPath] },
  ];
  for (const { name, args } of sources) {
    const markdown = await exportOk(['export', ...args]);
    const deck = JSON.parse(await exportOk(['export', '--format', 'json', ...args])) as DeckJson;
    const file = join(dir, `${cases.length}.md`);
    writeFileSync(file, markdown);
    cases.push({ name, markdown, deck, file });
  }
});

/** markdownlint-cli2's findings on `file`, with a config the test writes (line length aside). */
async function lint(file: string): Promise<string[]> {
  const folder = mkdtempSync(join(tmpdir(), 'briefing-lint-'));
  writeFileSync(join(folder, '.markdownlint-cli2.jsonc'), JSON.stringify({ config: { MD013: false } }));
  writeFileSync(join(folder, 'deck.md'), readFileSync(file, 'utf8'));
  const errors: string[] = [];
  const code = await markdownlint({ directory: folder, argv: ['deck.md'], logMessage: () => undefined, logError: (m: string) => errors.push(m) });
  if (code !== 0 && errors.length === 0) errors.push(`exit ${code}`);
  return errors;
}

describe('a hand-written deck (CRLF, <!-- end_slide -->, --- in a code fence)', () => {
  it('reads as 3 slides with its code block intact and its note', () => {
    const { slides } = (cases[1] as Case).deck;
    expect(slides.map((s) => s.title)).toEqual(['Hand-written deck', 'Table and lists', 'Last']);
    expect(slides.map((s) => s.kind)).toEqual(['markdown', 'markdown', 'markdown']);
    expect(slides[0]?.body).toContain('```yaml\ntitle: x\n---\nother: y\n```');
    expect(slides[1]?.body).toContain('| b    | 22    |');
    expect(slides[1]?.notes).toBe('Regardez : le tableau');
    expect(slides[2]?.body).toContain('<!-- pause -->');
  });
});

describe.each([
  ['the default briefing', 0],
  ['a hand-written deck', 1],
])('the export of %s, read by real clients', (_name, index) => {
  const current = () => cases[index] as Case;

  it('makes as many slides in Marp as the deck has', () => {
    const { html } = new Marp().render(current().markdown);
    expect(html.match(/<section\b/g)?.length).toBe(current().deck.slides.length);
  });

  it('splits on a literal "\\n---\\n" into the front matter and the same slides (maaslalani/slides)', () => {
    const pieces = current().markdown.split('\n---\n');
    expect(pieces[0]).toBe(FRONT_MATTER.slice(0, -5));
    expect(pieces.length - 1).toBe(current().deck.slides.length);
  });

  it('has front matter with options only, a "# " first slide, LF, JSON speaker notes', () => {
    const { markdown, deck } = current();
    expect(markdown.startsWith(`${FRONT_MATTER}\n# `)).toBe(true);
    expect(markdown).not.toContain('\r');
    expect(markdown.match(/^# /gm)).toHaveLength(1);
    expect(markdown.match(/^## /gm)).toHaveLength(deck.slides.length - 1);
    const notes = [...markdown.matchAll(/^<!-- speaker_note: (.*) -->$/gm)].map((m) => m[1] as string);
    expect(notes).toHaveLength(deck.slides.filter((s) => s.notes !== '').length);
    for (const note of notes) expect(typeof JSON.parse(note)).toBe('string');
    expect(markdown.match(/^<!-- \/\/ briefing: \{.*\} -->$/gm)).toHaveLength(deck.slides.length);
  });

  it('gives markdownlint nothing to flag (MD013 aside)', async () => {
    expect(await lint(current().file)).toEqual([]);
  });

  it('exports again to the same bytes and the same JSON deck', async () => {
    const { file, markdown, deck } = current();
    expect(await exportOk(['export', file])).toBe(markdown);
    expect(JSON.parse(await exportOk(['export', '--format', 'json', file]))).toEqual(deck);
  });
});
