// The part of `briefing analyze` that lists what was removed as page furniture, and why.
import type { RemovedFurniture } from '../article/furniture';

/** Longest text shown of one removed line. */
const SHOWN = 100;

/** A section for `analyze`'s report: each removed line with why it went; empty when nothing was removed. */
export function explainFurniture(removed: readonly RemovedFurniture[]): string {
  if (removed.length === 0) return '';
  const lines = removed.map(({ text, why }) => {
    const chars = Array.from(text);
    const shown = chars.length > SHOWN ? `${chars.slice(0, SHOWN - 1).join('')}…` : text;
    return `  ${why}: ${shown}`;
  });
  return `\nRemoved as page furniture (${removed.length})\n${lines.join('\n')}\n`;
}
