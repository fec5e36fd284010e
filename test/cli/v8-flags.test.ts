// collectGarbage runs a full garbage collection: an object nothing refers to is gone after it.
import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../src/cli/v8-flags';

/** A weak reference to an object that nothing else holds. */
function lonelyRef(): WeakRef<object> {
  return new WeakRef({ payload: new Array(1000).fill(0) });
}

describe('collectGarbage', () => {
  it('collects an unreachable object, again on a second call', async () => {
    for (let round = 0; round < 2; round++) {
      const ref = lonelyRef();
      // A WeakRef's target (made or read) is kept until the current job ends.
      await new Promise((resolve) => setImmediate(resolve));
      collectGarbage();
      expect(ref.deref()).toBeUndefined();
    }
  });
});
