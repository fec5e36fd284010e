// Injected by the build (build.mjs) wherever the bundle names `Intl.Segmenter`, which it defines as this name.
export { GraphemeSegmenter as __briefingGraphemeSegmenter } from '../src/text/grapheme-segmenter';
