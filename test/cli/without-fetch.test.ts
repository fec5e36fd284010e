import { describe, expect, it } from 'vitest';
import { withoutFetch } from '../../src/cli/without-fetch';

describe('withoutFetch', () => {
  it('hides fetch while the load runs, then puts back the very same property, also when the load fails', async () => {
    const before = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
    expect(before).toBeDefined();
    const seen = await withoutFetch(async () => {
      await new Promise((resolve) => setImmediate(resolve));
      return typeof fetch;
    });
    expect(seen).toBe('undefined');
    expect(Object.getOwnPropertyDescriptor(globalThis, 'fetch')).toEqual(before);
    await expect(
      withoutFetch(async () => {
        throw new Error('no chunk');
      }),
    ).rejects.toThrow('no chunk');
    expect(Object.getOwnPropertyDescriptor(globalThis, 'fetch')).toEqual(before);
    expect(typeof fetch).toBe('function');
  });
});
