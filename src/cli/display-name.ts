// File names as they may appear in a message: control characters escaped, never sent raw.

/** Returns `name` with C0/C1 controls, DEL and bidi controls written as \\xNN / \\u{NNNN}. */
export function displayName(name: string): string {
  let out = '';
  for (const ch of name) {
    const cp = ch.codePointAt(0) ?? 0;
    const isControl = cp < 0x20 || (cp >= 0x7f && cp < 0xa0);
    const isBidi = (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp === 0x200e || cp === 0x200f;
    if (isControl) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else if (isBidi) out += `\\u{${cp.toString(16)}}`;
    else out += ch;
  }
  return out;
}
