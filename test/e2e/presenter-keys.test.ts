// The presenter's keys in a real terminal (tmux, 100×30), on the default briefing.
import { afterEach, describe, expect, it } from 'vitest';
import { defaultDeck } from '../cli/run-cli';
import { BIN, Terminal } from './tmux';

const deck = defaultDeck();
const count = deck.slides.length;
const titleOf = (n: number) => deck.slides[n - 1]?.title ?? '';

let terminal: Terminal | undefined;
afterEach(() => {
  terminal?.close();
  terminal = undefined;
});

/** A terminal presenting the default briefing, its first slide shown. */
async function presenting(args = ''): Promise<Terminal> {
  terminal = new Terminal(100, 30);
  terminal.run(`node ${BIN} ${args}; echo "exit=$?"`);
  await terminal.waitForText(`1/${count}`);
  return terminal;
}

describe('presenter keys in a real terminal', () => {
  it('? shows the key map; Esc closes it, and a second Esc quits with 0', async () => {
    const t = await presenting();
    t.keys('?');
    const help = await t.waitForText('Keys');
    for (const label of ['→ ↓ l j Space Enter PgDn', '← ↑ h k Backspace PgUp', 'g g, Home / G, End', '‹count› G, or digits then Enter', 'o, Tab', 'n / N', 'q, Esc, Ctrl+C']) {
      expect(help).toContain(label);
    }
    t.keys('Escape');
    await t.waitFor((s) => !s.includes('Keys') && s.includes(titleOf(1)));
    t.keys('Escape');
    await t.waitForText('exit=0');
  });

  it('o lists the slides, Down Down Enter opens slide 3', async () => {
    const t = await presenting();
    t.keys('o');
    const overview = await t.waitForText('Slides');
    for (let n = 1; n <= count; n++) expect(overview).toContain(`${String(n).padStart(String(count).length)}  ${titleOf(n)}`);
    t.keys('Down');
    t.keys('Down');
    await t.waitForText(`›  ${String(3).padStart(String(count).length)}  ${titleOf(3)}`);
    t.keys('Enter');
    const third = await t.waitForText(`3/${count}`);
    expect(third).not.toContain('Slides');
    expect(third).toContain(titleOf(3));
  });

  it('4G and 2 Enter jump, the pending count shown in the footer', async () => {
    const t = await presenting();
    t.keys('4');
    await t.waitForText('go to 4');
    t.keys('G');
    const fourth = await t.waitForText(`4/${count}`);
    expect(fourth).toContain(titleOf(4));
    t.keys('2');
    await t.waitForText('go to 2');
    t.keys('Enter');
    const second = await t.waitForText(`2/${count}`);
    expect(second).toContain(titleOf(2));
  });

  it('p shows the notes, the next title and a clock', async () => {
    const t = await presenting('--duration 10m');
    t.keys('p');
    const panel = await t.waitForText('elapsed');
    expect(panel).toMatch(/\d\d:\d\d:\d\d {3}elapsed 0:0\d {3}left \d+:\d\d/);
    expect(panel).toContain(`Next: ${titleOf(2)}`);
    const firstNote = deck.slides[0]?.notes.split('\n')[0]?.slice(0, 40) ?? '';
    expect(panel).toContain(firstNote);
  });

  it('/Hyperinflation Enter goes to the next slide that says it; n reaches the economy slide', async () => {
    const t = await presenting();
    const matching = deck.slides.map((s, i) => ({ ...s, n: i + 1 })).filter((s) => `${s.title}\n${s.body}\n${s.notes}`.toLowerCase().includes('hyperinflation'));
    const economy = deck.slides.findIndex((s) => s.section === 'economy') + 1;
    expect(economy).toBeGreaterThan(0);
    expect(matching.map((s) => s.n)).toContain(economy);
    // Searching the default briefing for its economic word: the first Enter already reaches the economy slide.
    expect(matching[0]?.n).toBe(economy);
    t.run('/Hyperinflation');
    await t.waitForText(`${matching[0]?.n}/${count}`);
    for (const match of matching.slice(1, matching.findIndex((s) => s.n === economy) + 1)) {
      t.keys('n');
      await t.waitForText(`${match.n}/${count}`);
    }
    expect(t.screen()).toContain(titleOf(economy));
    // The bullet is cut short; the word is in the slide's notes, which the panel shows.
    t.keys('p');
    await t.waitForText('Hyperinflation');
  });

  it('b blanks the screen; the next key only unblanks', async () => {
    const t = await presenting();
    t.keys('b');
    await t.waitFor((s) => s.trim() === '');
    t.keys('l');
    const back = await t.waitForText(`1/${count}`);
    expect(back).toContain(titleOf(1));
  });
});
