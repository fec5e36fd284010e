import { describe, expect, it, vi } from 'vitest';
import type { Deck } from '../../../src/deck/deck';
import { warmUp } from '../../../src/ui/ink/warm-up';

const deck: Deck = {
  title: 'Deck',
  lang: 'en',
  slides: [
    { kind: 'title', title: 'Deck', body: '- Alice, Bob', notes: '', sources: [] },
    { kind: 'markdown', title: 'Second', body: 'Text of the second slide', notes: '', sources: [] },
    { kind: 'markdown', title: 'Third', body: 'Never drawn by the warm-up', notes: '', sources: [] },
  ],
};

describe('warmUp', () => {
  it('draws the first slide, takes a Right key to the second, all on a hidden output', async () => {
    const stdoutWrite = vi.spyOn(process.stdout, 'write');
    let drawn = '';
    await warmUp(deck, 60, 12, {}, (data) => {
      drawn += data;
    });
    expect(stdoutWrite).not.toHaveBeenCalled();
    stdoutWrite.mockRestore();
    // The second slide shows that the key was taken (under CI=true Ink writes only that last frame).
    expect(drawn).toContain('Text of the second slide');
    // Only the two slides a first key needs are laid out.
    expect(drawn).not.toContain('Never drawn');
  });

  it('does nothing for a one-slide deck and never throws', async () => {
    let drawn = '';
    await warmUp({ ...deck, slides: deck.slides.slice(0, 1) }, 60, 12, {}, (data) => {
      drawn += data;
    });
    expect(drawn).toBe('');
    // A presenter that fails draws no key's frame: the warm-up gives up after its wait (5 s), here on
    // a fake clock run forward instead of waited for.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      let isSettled = false;
      const broken = warmUp({ ...deck, slides: [deck.slides[0]!, undefined as never] }, 60, 12, {}).finally(() => {
        isSettled = true;
      });
      for (let ms = 0; !isSettled && ms < 10_000; ms += 100) await vi.advanceTimersByTimeAsync(100);
      await expect(broken).resolves.toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });
});
