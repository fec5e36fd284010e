// The presenter's whole frame as data: what the Ink view draws and what the early paint writes
// before Ink loads, from one function, so the two cannot disagree. No Ink and no React here.
import type { StyledLine } from '../../text/styled-line';
import { wrapText } from '../../text/wrap-text';
import type { PreparedDeck } from './prepared-deck';
import type { NavState, ViewLayout } from '../state/navigation';
import { overviewScreen } from './overview-layout';
import { panelScreen } from './panel-layout';
import { helpPageCount, helpScreen, MIN_COLUMNS, MIN_ROWS, sectionLabel, sideMargin, slidePageCount, slideScreen, tooSmallMessage, type FooterInput } from './screen-layout';

/** Rows the slide needs above a panel shown beneath it; with fewer, the panel takes the whole screen. */
const PANEL_BELOW_ROWS = 18;

/** Where things go at a terminal size. */
export interface ScreenGeometry {
  /** Blank columns on each side. */
  readonly margin: number;
  /** Columns for text. */
  readonly width: number;
  /** Lines of the frame (rows - 1). */
  readonly height: number;
  /** Lines above the footer. */
  readonly area: number;
  /** The panel is shown below the slide (else it takes the whole area). */
  readonly isPanelBelow: boolean;
  /** Lines of the panel. */
  readonly panelHeight: number;
  /** Lines of the slide. */
  readonly slideHeight: number;
}

/** The geometry of the screen at `columns`×`rows`, with or without the presenter panel. */
export function screenGeometry(columns: number, rows: number, isPanelOpen: boolean): ScreenGeometry {
  const margin = sideMargin(columns);
  const width = Math.max(1, columns - 2 * margin);
  const height = rows - 1;
  const area = Math.max(1, height - 1);
  const isPanelBelow = isPanelOpen && area >= PANEL_BELOW_ROWS;
  const panelHeight = isPanelBelow ? Math.max(7, Math.floor(area * 0.4)) : area;
  const slideHeight = isPanelBelow ? area - panelHeight - 1 : area;
  return { margin, width, height, area, isPanelBelow, panelHeight, slideHeight };
}

/** How many pages each view takes at a geometry: what the reducer is told whenever the size, the panel or the deck changes. */
export function viewLayout(prepared: PreparedDeck, geometry: ScreenGeometry, hyperlinks: boolean): ViewLayout {
  const { width, slideHeight, area } = geometry;
  return {
    pages: (slide, step) => {
      const s = prepared.deck.slides[slide];
      return s === undefined ? 1 : slidePageCount(s, prepared.bodyOf(slide, step, width, hyperlinks), width, slideHeight);
    },
    helpPages: helpPageCount(width, area),
  };
}

/** The pending input the footer shows. */
function pendingText(state: NavState): string {
  if (state.count !== '') return `go to ${state.count}`;
  return state.isGPending ? 'g' : '';
}

/** A frame: the size message, a blank screen, or the view above the footer. */
export type PresenterFrame =
  | { readonly kind: 'too-small'; readonly lines: readonly string[] }
  | { readonly kind: 'blank'; readonly height: number }
  | {
      readonly kind: 'screen';
      readonly columns: number;
      readonly geometry: ScreenGeometry;
      /** The lines above the footer (at most `geometry.area`). */
      readonly lines: readonly StyledLine[];
      /** What the footer shows. */
      readonly footer: FooterInput;
    };

/** What a frame is drawn from. */
export interface FrameInput {
  /** The deck, prepared. */
  readonly prepared: PreparedDeck;
  /** Where the presenter is. */
  readonly state: NavState;
  /** Terminal columns. */
  readonly columns: number;
  /** Terminal rows. */
  readonly rows: number;
  /** A slide's body lines at a reveal step, at the geometry's width (may be cached by the caller). */
  readonly bodyOf: (slide: number, step: number) => StyledLine[];
  /** The time now, in ms. */
  readonly now: number;
  /** When presenting started, in ms. */
  readonly startedAt: number;
  /** The planned length of the talk, in ms. */
  readonly durationMs?: number;
}

/** The frame for a state at a size: a pure function, the single source of what is on screen. */
export function presenterFrame({ prepared, state, columns, rows, bodyOf, now, startedAt, durationMs }: FrameInput): PresenterFrame {
  if (columns < MIN_COLUMNS || rows < MIN_ROWS) {
    // Wrapped at spaces, so that even 20 columns show the whole message.
    return { kind: 'too-small', lines: wrapText(tooSmallMessage(columns, rows), Math.max(1, columns)).slice(0, Math.max(1, rows - 1)) };
  }
  const geometry = screenGeometry(columns, rows, state.isPanelOpen);
  const { width, area, isPanelBelow, panelHeight, slideHeight, height } = geometry;
  if (state.isBlank) return { kind: 'blank', height };

  const slide = prepared.deck.slides[state.slide];
  let lines: StyledLine[];
  if (state.overlay === 'help' || slide === undefined) {
    lines = helpScreen(width, area, state.helpPage);
  } else if (state.overlay === 'overview') {
    lines = overviewScreen(prepared.index.titles, state.slide, state.cursor, width, area);
  } else {
    const panel = state.isPanelOpen
      ? panelScreen(
          {
            notes: slide.notes,
            ...(state.slide + 1 < prepared.deck.slides.length ? { nextTitle: prepared.deck.slides[state.slide + 1]?.title ?? '' } : {}),
            now,
            elapsedMs: now - startedAt,
            ...(durationMs === undefined ? {} : { durationMs }),
            index: state.slide,
            count: prepared.deck.slides.length,
          },
          width,
          panelHeight,
        )
      : [];
    const shown = slideHeight > 0 && (!state.isPanelOpen || isPanelBelow)
      ? slideScreen(slide, bodyOf(state.slide, state.step), width, slideHeight, state.page, state.lastSearch)
      : [];
    const rule: StyledLine[] = isPanelBelow ? [[{ text: '─'.repeat(width), style: { role: 'frame' } }]] : [];
    lines = [...shown, ...rule, ...panel];
  }
  return {
    kind: 'screen',
    columns,
    geometry,
    lines,
    footer: {
      index: state.slide,
      count: prepared.deck.slides.length,
      section: slide === undefined ? '' : sectionLabel(slide, prepared.deck.lang),
      pending: pendingText(state),
      message: state.message === '' ? state.loadError : state.message,
      ...(state.prompt === undefined ? {} : { prompt: state.prompt }),
      width,
    },
  };
}
