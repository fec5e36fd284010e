// The deck laid out at the screen's size: each slide's body lines at this width, and the pages each
// view takes told to the navigation whenever they change, so that a page past a slide's end is clamped.
import { useCallback, useLayoutEffect, useMemo } from 'react';
import type { StyledLine } from '../../text/styled-line';
import type { PreparedDeck } from '../frame/prepared-deck';
import { viewLayout, type ScreenGeometry } from '../frame/presenter-frame';
import type { Command } from '../state/command';

/** The body lines of a slide at a step, at the screen's width. */
export type BodyOf = (slide: number, step: number) => StyledLine[];

/** Returns the bodies of `prepared` at `geometry`'s width, and sends `layout` to the navigation on every change of the pages. */
export function useScreenLayout(prepared: PreparedDeck, geometry: ScreenGeometry, hyperlinks: boolean, send: (command: Command) => void): BodyOf {
  const { width, area, slideHeight } = geometry;
  // Per width, once per slide and step, the body's lines (the prepared deck keeps them).
  const bodyOf = useCallback((slide: number, step: number): StyledLine[] => prepared.bodyOf(slide, step, width, hyperlinks), [prepared, width, hyperlinks]);
  // The pages each view takes at this size: the state gets them whenever they change (size, panel,
  // deck), right after the render that measured them, so that a page past a slide's end is clamped.
  const layout = useMemo(() => viewLayout(prepared, geometry, hyperlinks), [prepared, width, slideHeight, area, hyperlinks]);
  useLayoutEffect(() => send({ type: 'layout', layout }), [layout, send]);
  return bodyOf;
}
