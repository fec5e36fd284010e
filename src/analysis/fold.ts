// The fold lives in src/text/fold.ts (the presenter's search folds with it too); this door stays only
// for src/analysis/sections/compiled-template.ts until that file imports it from there.
export { fold } from '../text/fold';
