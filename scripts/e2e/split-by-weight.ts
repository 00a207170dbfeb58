/**
 * Splits items into `count` groups of about equal total weight: heaviest
 * first, each to the lightest group so far. An item without a weight counts
 * as the average of the known ones. Each group keeps the items' given order.
 */
export function splitByWeight(items: string[], weights: Record<string, number>, count: number): string[][] {
  const known = items.map((item) => weights[item]).filter((weight) => weight !== undefined);
  const average = known.length ? known.reduce((sum, weight) => sum + weight, 0) / known.length : 1;
  const weightOf = (item: string) => weights[item] ?? average;
  const groups = Array.from({ length: count }, () => ({ total: 0, items: new Set<string>() }));
  const heaviestFirst = [...items].sort((a, b) => weightOf(b) - weightOf(a) || a.localeCompare(b));
  for (const item of heaviestFirst) {
    const lightest = groups.reduce((best, group) => (group.total < best.total ? group : best));
    lightest.total += weightOf(item);
    lightest.items.add(item);
  }
  return groups.map((group) => items.filter((item) => group.items.has(item)));
}
