// Loading the presenter with the global `fetch` hidden. yoga-layout (Ink's layout engine) is WebAssembly
// inlined as base64, and its loader fetches that data: URL whenever `fetch` is a function, which makes
// Node load its fetch implementation (undici): ~20 ms of the presenter's load and ~6 MiB of memory. With
// `fetch` hidden the loader decodes the same bytes itself. Nothing else runs meanwhile that needs fetch.

/** Runs `load` with `globalThis.fetch` undefined until it settles, then puts the very same property back. */
export async function withoutFetch<T>(load: () => Promise<T>): Promise<T> {
  // The descriptor, not the value: reading `fetch` is what loads undici.
  const original = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  if (original === undefined || original.configurable !== true) return load();
  Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true, enumerable: original.enumerable === true });
  try {
    return await load();
  } finally {
    Object.defineProperty(globalThis, 'fetch', original);
  }
}
