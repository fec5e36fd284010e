// The slide above the footer: its title verbatim, then its body.
import { useMemo } from 'react';
import type { Slide } from '../deck/deck';
import type { StyledLine } from '../text/styled-line';
import { MarkdownView } from './MarkdownView';
import { slideScreen } from './screen-layout';
import type { Theme } from './theme';

/** Props of SlideView. */
export interface SlideViewProps {
  /** The slide. */
  readonly slide: Slide;
  /** Its body laid out at `width` (the reveal steps shown). */
  readonly body: readonly StyledLine[];
  /** Columns available. */
  readonly width: number;
  /** Lines available. */
  readonly height: number;
  /** The colours. */
  readonly theme: Theme;
}

/** The slide, exactly `height` lines. */
export function SlideView({ slide, body, width, height, theme }: SlideViewProps) {
  const lines = useMemo(() => slideScreen(slide, body, width, height), [slide, body, width, height]);
  return <MarkdownView lines={lines} theme={theme} />;
}
