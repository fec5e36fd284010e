// The terminal size, kept up to date: from the presenter's screen when there is one, else from the
// stdout Ink renders to (a test's fake terminal).
import { useEffect, useState } from 'react';
import { useStdout } from 'ink';
import type { ScreenSize } from '../terminal/screen';

/** A terminal size in columns and rows. */
export interface TerminalSize {
  /** Columns. */
  readonly columns: number;
  /** Rows. */
  readonly rows: number;
}

/** Used when the stream does not say (not a terminal). */
const FALLBACK: TerminalSize = { columns: 80, rows: 24 };

/** The size `stdout` reports, or the fallback. */
function sizeOf(stdout: NodeJS.WriteStream): TerminalSize {
  return { columns: stdout.columns || FALLBACK.columns, rows: stdout.rows || FALLBACK.rows };
}

/** The terminal size, following `screen` (else the 'resize' events of Ink's stdout); `override` fixes either dimension. */
export function useTerminalSize(override: Partial<TerminalSize> = {}, screen?: ScreenSize): TerminalSize {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => (screen === undefined ? sizeOf(stdout) : { columns: screen.columns, rows: screen.rows }));
  useEffect(() => {
    const onResize = () => {
      const next = screen === undefined ? sizeOf(stdout) : { columns: screen.columns, rows: screen.rows };
      setSize((prev) => (prev.columns === next.columns && prev.rows === next.rows ? prev : next));
    };
    let stop: () => void;
    if (screen === undefined) {
      stdout.on('resize', onResize);
      stop = () => void stdout.off('resize', onResize);
    } else {
      stop = screen.onResize(onResize);
    }
    // A resize between the first render and this effect would otherwise be missed.
    onResize();
    return stop;
  }, [stdout, screen]);
  return { columns: override.columns ?? size.columns, rows: override.rows ?? size.rows };
}
