// Test helper: waiting for what a rendered Ink app shows, with a limit generous enough for a loaded machine.
import { vi } from 'vitest';

/** How long a UI test waits for a frame before it fails: renders are quick, but the machine may be busy. */
export const FRAME_WAIT_MS = 10_000;

/** Retries `check` every 20 ms until it stops throwing (vi.waitFor, whose own limit is 1 s); fails after FRAME_WAIT_MS. */
export function eventually<T>(check: () => T): Promise<T> {
  return vi.waitFor(check, { timeout: FRAME_WAIT_MS, interval: 20 });
}
