// The presenter panel: the wall clock, the time since the start (and, with a duration, the time
// left and the pace), the next slide's title and the slide's notes.
import type { StyledLine } from '../../text/styled-line';
import { truncate } from '../../text/truncate';
import { wrapText } from '../../text/wrap-text';
import { fitLines, pageLines } from './pages';

/** What the panel shows. */
export interface PanelInput {
  /** The current slide's notes. */
  readonly notes: string;
  /** The next slide's title; undefined on the last slide. */
  readonly nextTitle?: string;
  /** The time now, in ms since the epoch (drawn as the local wall clock). */
  readonly now: number;
  /** Time since the presentation started, in ms. */
  readonly elapsedMs: number;
  /** The planned length (`--duration`), in ms. */
  readonly durationMs?: number;
  /** The slide shown, from 0. */
  readonly index: number;
  /** How many slides. */
  readonly count: number;
}

/** A duration as `m:ss`, or `h:mm:ss` from an hour. */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** The local time of day as `HH:MM:SS`. */
export function formatClock(now: number): string {
  const date = new Date(now);
  return [date.getHours(), date.getMinutes(), date.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

/**
 * The pace against a plan that gives every slide an equal share of `durationMs`: ahead when slide
 * `index` is reached before its share starts, behind when its share is already over.
 */
export function paceText(elapsedMs: number, durationMs: number, index: number, count: number): string {
  const share = durationMs / Math.max(1, count);
  const from = share * index;
  const to = share * (index + 1);
  if (elapsedMs < from) return `ahead by ${formatDuration(from - elapsedMs)}`;
  if (elapsedMs > to) return `behind by ${formatDuration(elapsedMs - to)}`;
  return 'on pace';
}

/** The clock line: wall clock, elapsed time, and with a duration the time left (or over) and the pace. */
export function clockLine(input: PanelInput): string {
  const parts = [formatClock(input.now), `elapsed ${formatDuration(input.elapsedMs)}`];
  if (input.durationMs !== undefined) {
    const left = input.durationMs - input.elapsedMs;
    parts.push(left >= 0 ? `left ${formatDuration(left)}` : `over by ${formatDuration(-left)}`);
    parts.push(paceText(input.elapsedMs, input.durationMs, input.index, input.count));
  }
  return parts.join('   ');
}

/** The panel, exactly `height` lines of at most `width` columns. */
export function panelScreen(input: PanelInput, width: number, height: number): StyledLine[] {
  const next = input.nextTitle === undefined ? 'Next: (last slide)' : `Next: ${input.nextTitle}`;
  const notes = input.notes.trim() === '' ? ['(no notes)'] : input.notes.split('\n').flatMap((line) => wrapText(line, width));
  const head: StyledLine[] = [
    [{ text: truncate(clockLine(input), width), style: { role: 'accent' } }],
    [{ text: truncate(next, width), style: { role: 'muted' } }],
    [],
  ];
  const body = pageLines(
    notes.map((text): StyledLine => [{ text, style: { role: 'text' } }]),
    Math.max(0, height - head.length),
    0,
  );
  return fitLines([...head, ...body], height);
}
