// Padding by display width, for columns that line up with wide characters.
import { displayWidth } from './display-width';

/** `s` followed by spaces up to `width` columns (unchanged when already as wide). */
export function padEnd(s: string, width: number): string {
  const missing = width - displayWidth(s);
  return missing > 0 ? s + ' '.repeat(missing) : s;
}

/** `s` preceded by spaces up to `width` columns (unchanged when already as wide). */
export function padStart(s: string, width: number): string {
  const missing = width - displayWidth(s);
  return missing > 0 ? ' '.repeat(missing) + s : s;
}
