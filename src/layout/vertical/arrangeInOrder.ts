/**
 * Places items down a line in the given order, each `gap` clear of the next,
 * all within [low, high], as near their targets as possible: the tops that
 * minimise the weighted sum of squared moves. Subtracting from each target the
 * room the items before it need turns "keep apart" into "stay in order", so
 * this is isotonic regression, solved exactly in linear time by pooling
 * adjacent violators; the bounds then clamp the pooled values (`high` must
 * leave room for all items, which the caller's packing guarantees).
 */
export function arrangeInOrder(
  targets: readonly number[],
  sizes: readonly number[],
  weights: readonly number[],
  gap: number,
  low: number,
  high: number
): number[] {
  const count = targets.length;
  const offsets = new Float64Array(count);
  for (let i = 1; i < count; i++) offsets[i] = offsets[i - 1]! + sizes[i - 1]! + gap;
  // Pools of consecutive items sharing one value: their total weight, weighted sum and first index.
  const weight: number[] = [];
  const sum: number[] = [];
  const first: number[] = [];
  for (let i = 0; i < count; i++) {
    weight.push(weights[i]!);
    sum.push(weights[i]! * (targets[i]! - offsets[i]!));
    first.push(i);
    while (weight.length > 1) {
      const last = weight.length - 1;
      if (sum[last - 1]! / weight[last - 1]! <= sum[last]! / weight[last]!) break;
      weight[last - 1]! += weight[last]!;
      sum[last - 1]! += sum[last]!;
      weight.pop();
      sum.pop();
      first.pop();
    }
  }
  const highest = count ? high - offsets[count - 1]! - sizes[count - 1]! : high;
  const tops = new Array<number>(count);
  for (let pool = 0; pool < weight.length; pool++) {
    const value = Math.max(low, Math.min(sum[pool]! / weight[pool]!, highest));
    const end = pool + 1 < first.length ? first[pool + 1]! : count;
    for (let i = first[pool]!; i < end; i++) tops[i] = value + offsets[i]!;
  }
  return tops;
}
