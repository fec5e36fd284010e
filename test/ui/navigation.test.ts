import { describe, it, expect } from 'vitest';
import { initialNavState, navigate, type Command, type NavState } from '../../src/ui/navigation';
import { commandsOf } from './keys';

/** The state after typing `keys` on a deck of `slides` slides (steps per slide optional). */
function after(keys: string, slides = 5, steps?: number[], start = 0): NavState {
  return commandsOf(keys).reduce(navigate, initialNavState(steps ?? Array.from({ length: slides }, () => 1), start));
}

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
  ])('%j goes to slide index %i', (keys, slide) => {
    expect(after(keys).slide).toBe(slide);
  });

  it('keeps pending digits and the pending g until they are used', () => {
    expect(after('12')).toMatchObject({ count: '12', slide: 0 });
    expect(after('12\x7f')).toMatchObject({ count: '1', slide: 0 });
    expect(after('g')).toMatchObject({ isGPending: true });
    expect(after('12G')).toMatchObject({ count: '', isGPending: false });
  });

  it('Esc cancels a pending count, then the help, and only then quits', () => {
    expect(after('3\x1b')).toMatchObject({ count: '' });
    expect(after('3\x1b').exitCode).toBeUndefined();
    expect(after('?\x1b')).toMatchObject({ overlay: 'none' });
    expect(after('?\x1b').exitCode).toBeUndefined();
    expect(after('?')).toMatchObject({ overlay: 'help' });
    expect(after('??')).toMatchObject({ overlay: 'none' });
    expect(after('\x1b')).toMatchObject({ exitCode: 0 });
  });

  it('q quits with 0 and Ctrl+C with 130; after quitting nothing changes', () => {
    expect(after('q').exitCode).toBe(0);
    expect(after('\x03').exitCode).toBe(130);
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

  it('starts at a clamped slide', () => {
    expect(after('', 5, undefined, 3).slide).toBe(3);
    expect(after('', 5, undefined, 99).slide).toBe(4);
    expect(after('', 5, undefined, -2).slide).toBe(0);
  });

  it('handles named commands from special keys', () => {
    const commands: Command[] = [{ type: 'last' }, { type: 'previous' }, { type: 'first' }, { type: 'next' }];
    const states = commands.reduce<NavState[]>((acc, c) => [...acc, navigate(acc.at(-1) ?? initialNavState([1, 1, 1, 1]), c)], []);
    expect(states.map((s) => s.slide)).toEqual([3, 2, 0, 1]);
  });
});
