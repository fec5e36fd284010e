// Union-find over merge keys: the mentions whose keys end in one root are one entity.

/** Disjoint sets of strings, with path compression. */
export class UnionFind {
  private readonly parent = new Map<string, string>();

  /** The root of x's set (x itself when it was never joined). */
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    let node = x;
    while (node !== root) {
      const next = this.parent.get(node) ?? root;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }

  /** Joins the sets of a and b (a's root stays the root). */
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}
