// Whether bytes are a PDF file, whatever their name.

/** True when `bytes` open with `%PDF-`, as every PDF file does. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  return bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d;
}
