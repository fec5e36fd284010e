// The presenter panel's clock: when presenting started, and the time now, ticking once a second
// only while the panel shows it.
import { useEffect, useState } from 'react';

/** A clock reading: when presenting started and the time now, in ms. */
export interface ClockReading {
  /** When presenting started. */
  readonly startedAt: number;
  /** The time now (as of the last tick). */
  readonly now: number;
}

/** Reads `clock` once a second while `isShown`; `startedAt` defaults to the first render's time. */
export function useClock(clock: () => number, isShown: boolean, startedAt?: number): ClockReading {
  const [started] = useState(() => startedAt ?? clock());
  const [now, setNow] = useState(clock);
  useEffect(() => {
    if (!isShown) return;
    setNow(clock());
    const timer = setInterval(() => setNow(clock()), 1000);
    return () => clearInterval(timer);
  }, [isShown, clock]);
  return { startedAt: started, now };
}
