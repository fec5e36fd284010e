// Terminal hyperlinks (OSC 8), shared by the Ink view and the early paint.

/** Characters that would end or break an OSC 8 sequence: C0, DEL and C1 controls. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

/** `text` as an OSC 8 hyperlink to `url` (terminals without support show the text alone). */
export function hyperlink(text: string, url: string): string {
  return `\u001b]8;;${url.replace(CONTROLS, '')}\u0007${text}\u001b]8;;\u0007`;
}
