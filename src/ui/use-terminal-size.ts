// The terminal size from the stdout Ink renders to, kept up to date on 'resize'.
import { useEffect, useState } from 'react';
import { useStdout } from 'ink';

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

/** The terminal size, following 'resize' events of Ink's stdout; `override` fixes either dimension. */
export function useTerminalSize(override: Partial<TerminalSize> = {}): TerminalSize {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => sizeOf(stdout));
  useEffect(() => {
    const onResize = () => {
      const next = sizeOf(stdout);
      setSize((prev) => (prev.columns === next.columns && prev.rows === next.rows ? prev : next));
    };
    stdout.on('resize', onResize);
    // A resize between the first render and this effect would otherwise be missed.
    onResize();
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return { columns: override.columns ?? size.columns, rows: override.rows ?? size.rows };
}
