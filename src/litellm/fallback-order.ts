// The order in which LiteLLM tries model groups for one request, following nested fallbacks: for
// each target in a group's list it tries the target, then the target's own list, before the next
// target (router.py async_function_with_fallbacks; at most `max_fallbacks`, 5 by default, deep).
// A group that appears twice in the order is called twice when everything fails.

export const DEFAULT_MAX_FALLBACKS = 5;

/** The chains of one fallback kind, by the group they start from. */
export function chainsOf(fallbacks: ReadonlyArray<{ kind: string; from: string; to: string[] }>, kind: string): Map<string, string[]> {
  return new Map(fallbacks.filter((f) => f.kind === kind).map((f) => [f.from, f.to]));
}

/** Groups tried for a request to `from`, in order, starting with `from` itself. */
export function fallbackOrder(chains: ReadonlyMap<string, readonly string[]>, from: string, maxDepth = DEFAULT_MAX_FALLBACKS): string[] {
  const order = [from];
  const walk = (group: string, depth: number) => {
    if (depth >= maxDepth) return;
    for (const target of chains.get(group) ?? []) {
      order.push(target);
      walk(target, depth + 1);
    }
  };
  walk(from, 0);
  return order;
}

/** Groups a request to `from` calls more than once when every group fails. */
export function repeatedGroups(order: readonly string[]): string[] {
  return [...new Set(order.filter((g, i) => order.indexOf(g) !== i))];
}
