/** Where `value` sorts by a given order: its place in `order`, anything else after all of it. */
export function orderRank(value: string, order: readonly string[]): number {
  const index = order.indexOf(value);
  return index === -1 ? order.length : index;
}
