import { describe, it, expect } from 'vitest';
import { indexOfSteps, initialNavState, navigate, type Command, type DeckIndex, type NavState, type ViewLayout } from '../../../src/ui/state/navigation';
import { fold } from '../../../src/text/fold';
import { keyPresses } from '../../../src/ui/ink/ink-keys';
import { commandStream, NO_KEY } from '../keys';

/** The state after typing `keys` (the search prompt takes text while open). */
function typeInto(state: NavState, keys: string): NavState {
  let s = state;
  for (const c of commandStream(keys, () => s.prompt !== undefined)) s = navigate(s, c).state;
  return s;
}

/** The state after typing `keys` on a deck of `slides` slides (steps per slide optional). */
function after(keys: string, slides = 5, steps?: number[], start = 0): NavState {
  return typeInto(initialNavState(indexOfSteps(steps ?? Array.from({ length: slides }, () => 1)), { start }), keys);
}

/** A deck index with titles and searchable text. */
function searchable(texts: string[]): DeckIndex {
  return { count: texts.length, stepCount: () => 1, titles: texts.map((t) => t.split('\n')[0] ?? ''), haystacks: texts.map(fold) };
}

const TEXTS = ['Title\nVenezuela and Russia', 'Context\nCaracas', 'Économie\nHyperinflation hits', 'Actors\nMaduro', 'Quotes\nÉCONOMIE ruinée'];

describe('navigate', () => {
  it.each([
    ['', 0],
    ['l', 1],
    ['llgg', 0],
    ['3G', 2],
    ['G', 4],
    ['jjk', 1],
    ['lll h', 3],
    ['llllllll', 4],
    ['hhh', 0],
    ['2\r', 1],
    ['12\r', 4],
    ['0G', 0],
    ['3gg', 2],
    ['l\r', 2],
    ['ll\x7f', 1],
    ['4\x7f2G', 1],
    ['3\x1bG', 4],
    ['g3G', 2],
    ['gl', 1],
    ['4G', 3],
    ['4G2\r', 1],
    ['o', 0],
    ['o\x1b[B\x1b[B\r', 2],
    ['lllo\x1b[A\r', 2],
    ['ojjjjjjjj\r', 4],
    ['oG\r', 4],
    ['Ggg', 0],
    ['oGgg\r', 0],
    ['o\to', 0],
    ['o3G', 2],
    ['lo\x1bl', 2],
    ['bl', 0],
    ['bll', 1],
    ['x2G', 1],
  ])('%j goes to slide index %i', (keys, slide) => {
    expect(after(keys).slide).toBe(slide);
  });

  it('keeps pending digits and the pending g until they are used', () => {
    expect(after('12')).toMatchObject({ count: '12', slide: 0 });
    expect(after('12\x7f')).toMatchObject({ count: '1', slide: 0 });
    expect(after('g')).toMatchObject({ isGPending: true });
    expect(after('12G')).toMatchObject({ count: '', isGPending: false });
    expect(after('12x')).toMatchObject({ count: '' });
  });

  it.each([
    ['3\x1b', { count: '', overlay: 'none' }],
    ['?\x1b', { overlay: 'none' }],
    ['?', { overlay: 'help' }],
    ['??', { overlay: 'none' }],
    ['o', { overlay: 'overview' }],
    ['o\x1b', { overlay: 'none' }],
    ['o3\x1b', { overlay: 'overview', count: '' }],
    ['p', { isPanelOpen: true }],
    ['pp', { isPanelOpen: false }],
    ['p\x1b', { isPanelOpen: false }],
    ['p?\x1b', { isPanelOpen: true, overlay: 'none' }],
    ['b', { isBlank: true }],
    ['b\x1b', { isBlank: false }],
    ['/ab', { prompt: 'ab' }],
    ['/ab\x1b', { overlay: 'none', isBlank: false }],
    ['/ab\x7f', { prompt: 'a' }],
    ['/\x7f', { overlay: 'none', isBlank: false }],
    ['3/', { count: '', prompt: '' }],
  ] as const)('Esc and toggles: %j gives %o without quitting', (keys, expected) => {
    const state = after(keys);
    expect(state).toMatchObject(expected);
    expect(state.exitCode).toBeUndefined();
  });

  it('Esc and Backspace on an empty search close the prompt', () => {
    expect(after('/ab\x1b').prompt).toBeUndefined();
    expect(after('/\x7f').prompt).toBeUndefined();
    expect(after('/ab\x7f\x7f').prompt).toBe('');
  });

  it('Esc cancels in order: count, prompt, overlay, panel, blank — then quits', () => {
    expect(after('p?3\x1b')).toMatchObject({ count: '', overlay: 'help', isPanelOpen: true });
    expect(after('p?3\x1b\x1b')).toMatchObject({ overlay: 'none', isPanelOpen: true });
    expect(after('p?3\x1b\x1b\x1b')).toMatchObject({ isPanelOpen: false });
    expect(after('p?3\x1b\x1b\x1b').exitCode).toBeUndefined();
    expect(after('p?3\x1b\x1b\x1b\x1b').exitCode).toBe(0);
    expect(after('b\x1b').exitCode).toBeUndefined();
    expect(after('b\x1b\x1b').exitCode).toBe(0);
    expect(after('\x1b')).toMatchObject({ exitCode: 0 });
  });

  it('q quits with 0 and Ctrl+C with 130, also from the prompt and a blank screen; after quitting nothing changes', () => {
    expect(after('q').exitCode).toBe(0);
    expect(after('\x03').exitCode).toBe(130);
    expect(after('/ab\x03').exitCode).toBe(130);
    expect(after('b\x03').exitCode).toBe(130);
    expect(after('/q').exitCode).toBeUndefined();
    expect(after('bq').exitCode).toBeUndefined();
    expect(after('ql')).toMatchObject({ slide: 0, exitCode: 0 });
  });

  it('steps through reveal steps before changing slide, and back', () => {
    const steps = [1, 3, 1];
    expect(after('l', 3, steps)).toMatchObject({ slide: 1, step: 0 });
    expect(after('ll', 3, steps)).toMatchObject({ slide: 1, step: 1 });
    expect(after('llll', 3, steps)).toMatchObject({ slide: 2, step: 0 });
    expect(after('lllllh', 3, steps)).toMatchObject({ slide: 1, step: 2 });
    expect(after('llh', 3, steps)).toMatchObject({ slide: 1, step: 0 });
    expect(after('2G', 3, steps)).toMatchObject({ slide: 1, step: 0 });
  });

  it('scrolls a long slide page by page before moving on, and back', () => {
    const layout: ViewLayout = { pages: (slide) => (slide === 1 ? 3 : 1), helpPages: 2 };
    const start = initialNavState(indexOfSteps([1, 1, 1]), { layout });
    const at = (keys: string) => typeInto(start, keys);
    expect(at('l')).toMatchObject({ slide: 1, page: 0 });
    expect(at('ll')).toMatchObject({ slide: 1, page: 1 });
    expect(at('llll')).toMatchObject({ slide: 2, page: 0 });
    expect(at('llllh')).toMatchObject({ slide: 1, page: 2 });
    expect(at('lllh')).toMatchObject({ slide: 1, page: 1 });
    expect(at('2G')).toMatchObject({ slide: 1, page: 0 });
    expect(at('?l')).toMatchObject({ overlay: 'help', helpPage: 1, slide: 0 });
    expect(at('?lll')).toMatchObject({ helpPage: 1 });
    expect(at('?llh')).toMatchObject({ helpPage: 0 });
    // A smaller layout clamps the page.
    const shrunk = navigate(at('lll'), { type: 'layout', layout: { pages: () => 2, helpPages: 1 } }).state;
    expect(shrunk).toMatchObject({ slide: 1, page: 1 });
  });

  it('starts at a clamped slide, with the panel when asked', () => {
    expect(after('', 5, undefined, 3).slide).toBe(3);
    expect(after('', 5, undefined, 99).slide).toBe(4);
    expect(after('', 5, undefined, -2).slide).toBe(0);
    expect(initialNavState(indexOfSteps([1]), { isPanelOpen: true }).isPanelOpen).toBe(true);
  });

  it('handles named commands from special keys', () => {
    const commands: Command[] = [{ type: 'last' }, { type: 'previous' }, { type: 'first' }, { type: 'next' }];
    const states = commands.reduce<NavState[]>((acc, c) => [...acc, navigate(acc.at(-1) ?? initialNavState(indexOfSteps([1, 1, 1, 1])), c).state], []);
    expect(states.map((s) => s.slide)).toEqual([3, 2, 0, 1]);
  });
});

describe('search', () => {
  const start = initialNavState(searchable(TEXTS));
  const at = (keys: string, from = start) => typeInto(from, keys);

  it.each([
    ['/hyperinflation\r', 2, ''],
    ['/HYPERINFLATION\r', 2, ''],
    ['/economie\r', 2, ''],
    ['/economie\rn', 4, ''],
    ['/economie\rnn', 2, ''],
    ['/economie\rN', 4, ''],
    ['/economie\rnN', 2, ''],
    ['/caracas\r', 1, ''],
    ['/caracas\rn', 1, 'only match'],
    ['/nowhere\r', 0, 'no match for nowhere'],
    ['n', 0, 'no search'],
    ['N', 0, 'no search'],
    ['/venezuela\r', 0, 'only match'],
    ['lll/\r', 3, ''],
    ['/maduro\rgg/\r', 3, ''],
  ])('%j reaches slide index %i and says %j', (keys, slide, message) => {
    const state = at(keys);
    expect(state.slide).toBe(slide);
    expect(state.message).toBe(message);
    expect(state.prompt).toBeUndefined();
  });

  it('keeps the last search for n and highlighting; the next key clears the message', () => {
    expect(at('/nowhere\r').lastSearch).toBe('nowhere');
    expect(at('/nowhere\rx').message).toBe('');
    expect(at('/éco\r')).toMatchObject({ slide: 2, lastSearch: 'éco' });
  });

  it('the current slide comes last, also searching from the middle', () => {
    expect(at('4G/maduro\r').slide).toBe(3);
    expect(at('3G/ÉCONOMIE\r').slide).toBe(4);
  });
});

describe('reload and follow', () => {
  const base = initialNavState(searchable(TEXTS));

  it('keeps the slide by its title in a reloaded deck, else by its number', () => {
    const on3 = typeInto(base, '4G');
    const reordered = searchable(['Title', 'Actors\nMaduro', 'Context', 'Économie']);
    expect(navigate(on3, { type: 'load', deck: reordered }).state).toMatchObject({ slide: 1, message: 'reloaded', loadError: '' });
    const renamed = searchable(['Title', 'Contexte', 'Économie', 'Acteurs', 'Citations']);
    expect(navigate(on3, { type: 'load', deck: renamed }).state.slide).toBe(3);
    const shorter = searchable(['Title', 'Contexte']);
    expect(navigate(on3, { type: 'load', deck: shorter }).state.slide).toBe(1);
  });

  it('keeps the deck and shows the error when a reload fails, until one succeeds', () => {
    const failed = navigate(typeInto(base, '3G'), { type: 'loadFailed', message: 'deck.md: the deck has no slide' }).state;
    expect(failed).toMatchObject({ slide: 2, loadError: 'deck.md: the deck has no slide' });
    expect(typeInto(failed, 'l').loadError).toBe('deck.md: the deck has no slide');
    expect(navigate(failed, { type: 'load', deck: base.deck }).state.loadError).toBe('');
  });

  it('r asks for a reload, once per press', () => {
    const reloads = (keys: string) => navigate(base, { type: 'keys', presses: keyPresses(keys, NO_KEY) }).effects.filter((e) => e.type === 'reload');
    expect(reloads('r')).toEqual([{ type: 'reload' }]);
    expect(reloads('rr')).toEqual([{ type: 'reload' }, { type: 'reload' }]);
  });

  it('follows another presenter to a clamped slide and step', () => {
    expect(navigate(base, { type: 'follow', slide: 3, step: 0 }).state).toMatchObject({ slide: 3, step: 0 });
    expect(navigate(base, { type: 'follow', slide: 99, step: 7 }).state).toMatchObject({ slide: 4, step: 0 });
  });
});

describe('effects', () => {
  const base = initialNavState(indexOfSteps([1, 1, 1, 1, 1]));
  const effectsOf = (keys: string, from = base) => navigate(from, { type: 'keys', presses: keyPresses(keys, NO_KEY) }).effects;

  it('reports quitting once, with its code, and nothing after', () => {
    expect(effectsOf('q')).toEqual([{ type: 'quit', code: 0 }]);
    expect(effectsOf('\x03')).toEqual([{ type: 'quit', code: 130 }]);
    expect(effectsOf('lq')).toEqual([
      { type: 'publish', position: { slide: 1, step: 0 } },
      { type: 'quit', code: 0 },
    ]);
    const quitting = navigate(base, { type: 'quit' }).state;
    expect(navigate(quitting, { type: 'next' })).toEqual({ state: quitting, effects: [] });
  });

  it('publishes the position once per command, only when it changed', () => {
    expect(effectsOf('lll')).toEqual([{ type: 'publish', position: { slide: 3, step: 0 } }]);
    expect(effectsOf('llh')).toEqual([{ type: 'publish', position: { slide: 1, step: 0 } }]);
    expect(effectsOf('lh')).toEqual([]);
    expect(effectsOf('?p')).toEqual([]);
    expect(navigate(base, { type: 'follow', slide: 2, step: 0 }).effects).toEqual([{ type: 'publish', position: { slide: 2, step: 0 } }]);
  });

  it('runs the keys of one event in turn, each in the mode the one before left', () => {
    const typed = navigate(base, { type: 'keys', presses: keyPresses('/abc', NO_KEY) });
    expect(typed.state.prompt).toBe('abc');
    expect(typeInto(base, '/abc').prompt).toBe('abc');
  });
});
