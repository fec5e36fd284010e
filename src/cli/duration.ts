// `--duration`: a talk's planned length, as `10m`, `90s`, `1h30m` or a bare number of minutes.

const UNITS: Readonly<Record<string, number>> = { h: 3_600_000, m: 60_000, s: 1000 };

/** The length `text` names in ms, or undefined when it is not a positive duration. */
export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim().toLowerCase();
  if (trimmed.length > 32) return undefined;
  if (/^\d+(\.\d+)?$/.test(trimmed)) {
    const minutes = Number(trimmed);
    return minutes > 0 ? minutes * 60_000 : undefined;
  }
  if (!/^(\d+(\.\d+)?[hms])+$/.test(trimmed)) return undefined;
  let total = 0;
  for (const match of trimmed.matchAll(/(\d+(?:\.\d+)?)([hms])/g)) total += Number(match[1]) * (UNITS[match[2] ?? 'm'] ?? 0);
  return total > 0 ? total : undefined;
}
