/**
 * The positions 0 … count-1 ordered by numeric keys, the first key most
 * significant, ties kept in position order. For 100,000 events a comparator
 * sort makes 1.7 million calls back into JavaScript (70 ms); this stable
 * least-significant-digit radix sort on the keys' IEEE 754 bits makes six
 * counting passes per key instead (a few ms). Keys must not be NaN; -0 counts
 * as 0, as subtraction does.
 */
export function orderByKeys(count: number, keys: readonly Float64Array[]): Int32Array {
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  if (count < RADIX_FROM) {
    // Few items: a comparator is faster, above all on a first call, before the
    // passes' loops are compiled (measured: 4 ms against 8 ms for 10,000 pairs of keys).
    return order.sort((a, b) => {
      for (let k = 0; k < keys.length; k++) {
        const difference = keys[k]![a]! - keys[k]![b]!;
        if (difference < 0 || difference > 0) return difference;
      }
      return a - b;
    });
  }
  let from = order;
  let to = new Int32Array(count);
  const counts = new Int32Array(BUCKETS + 1);
  const high = new Uint32Array(count);
  const low = new Uint32Array(count);
  // Least significant key first: each stable pass keeps the order of the ones before.
  for (let k = keys.length - 1; k >= 0; k--) {
    sortableBits(keys[k]!, high, low);
    for (const [words, shift] of PASSES) {
      const digits = words === "low" ? low : high;
      counts.fill(0);
      const firstDigit = (digits[0]! >>> shift) & MASK;
      let varied = false;
      for (let i = 0; i < count; i++) {
        const digit = (digits[i]! >>> shift) & MASK;
        counts[digit + 1]!++;
        varied ||= digit !== firstDigit;
      }
      // One digit for all (the low bits of whole days, say): nothing to move.
      if (!varied) continue;
      for (let b = 1; b <= BUCKETS; b++) counts[b]! += counts[b - 1]!;
      for (let i = 0; i < count; i++) {
        const position = from[i]!;
        to[counts[(digits[position]! >>> shift) & MASK]!++] = position;
      }
      [from, to] = [to, from];
    }
  }
  return from;
}

/** From this many items on, the radix passes; below, a comparator sort. */
export const RADIX_FROM = 20_000;
// Eleven-bit digits: six passes per key, and few enough buckets (2,048) that
// clearing and summing them costs little next to the items.
const DIGIT_BITS = 11;
const BUCKETS = 1 << DIGIT_BITS;
const MASK = BUCKETS - 1;
const PASSES = [["low", 0], ["low", 11], ["low", 22], ["high", 0], ["high", 11], ["high", 22]] as const;

const scratch = new Float64Array(1);
const scratchWords = new Uint32Array(scratch.buffer);
// Which 32-bit word of a double holds its sign and exponent depends on the machine's byte order.
const HIGH_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/**
 * Each key's bits as two unsigned words that sort as the numbers do: negative
 * numbers have all their bits flipped, others only the sign bit.
 */
function sortableBits(key: Float64Array, high: Uint32Array, low: Uint32Array): void {
  for (let i = 0; i < key.length; i++) {
    scratch[0] = key[i]! + 0; // -0 + 0 is 0
    const h = scratchWords[HIGH_WORD]!;
    const l = scratchWords[1 - HIGH_WORD]!;
    const negative = h >>> 31 === 1;
    high[i] = negative ? ~h >>> 0 : (h | 0x80000000) >>> 0;
    low[i] = negative ? ~l >>> 0 : l;
  }
}
