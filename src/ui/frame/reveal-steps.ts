// A slide's reveal steps: its blocks cut at `<!-- pause -->`, and with bullet reveal at every
// top-level list item. Each step is every block shown by then (a list cut to its first items).
import type { MdBlock } from '../../text/md-blocks';

/** The blocks shown at each reveal step of a slide (at least one step; pauses removed). */
export function revealSteps(blocks: readonly MdBlock[], revealBullets: boolean): MdBlock[][] {
  const steps: MdBlock[][] = [];
  const shown: MdBlock[] = [];
  let isDirty = false;
  const mark = () => {
    steps.push([...shown]);
    isDirty = false;
  };
  for (const block of blocks) {
    if (block.type === 'pause') {
      if (isDirty) mark();
    } else if (revealBullets && block.type === 'list' && block.items.length > 1) {
      for (let k = 1; k <= block.items.length; k++) {
        if (isDirty) mark();
        const partial: MdBlock = { ...block, items: block.items.slice(0, k) };
        if (k === 1) shown.push(partial);
        else shown[shown.length - 1] = partial;
        isDirty = true;
      }
    } else {
      shown.push(block);
      isDirty = true;
    }
  }
  if (isDirty || steps.length === 0) mark();
  return steps;
}
