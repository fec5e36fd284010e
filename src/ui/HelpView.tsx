// The help overlay: the key table, drawn from the key map.
import { useMemo } from 'react';
import { MarkdownView } from './MarkdownView';
import { helpScreen } from './screen-layout';
import type { Theme } from './theme';

/** Props of HelpView. */
export interface HelpViewProps {
  /** Columns available. */
  readonly width: number;
  /** Lines available. */
  readonly height: number;
  /** The colours. */
  readonly theme: Theme;
}

/** The help, exactly `height` lines. */
export function HelpView({ width, height, theme }: HelpViewProps) {
  const lines = useMemo(() => helpScreen(width, height), [width, height]);
  return <MarkdownView lines={lines} theme={theme} />;
}
