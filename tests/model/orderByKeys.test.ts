import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {RADIX_FROM, orderByKeys} from "../../src/model/orderByKeys.js";

/** The reference: a comparator sort on the same keys, ties by position. */
function referenceOrder(count: number, keys: readonly Float64Array[]): number[] {
  return Array.from({length: count}, (_, i) => i).sort((a, b) => {
    for (const key of keys) {
      if (key[a]! < key[b]!) return -1;
      if (key[a]! > key[b]!) return 1;
    }
    return a - b;
  });
}

// Few distinct values, so that ties on the first key are common and later keys decide.
const pool = [-Infinity, -Number.MAX_VALUE, -1e15, -86_400_000, -1.5, -0, 0, 5e-324, 1, 1.5, 86_400_000, 1.7e12, Number.MAX_VALUE, Infinity];
const key = fc.oneof(fc.constantFrom(...pool), fc.double({noNaN: true}));

function keysOf(rows: readonly (readonly number[])[], width: number): Float64Array[] {
  return Array.from({length: width}, (_, k) => Float64Array.from(rows, (row) => row[k]!));
}

describe("orderByKeys", () => {
  const runs = {seed: 20231018};

  it("orders like a stable comparator sort, first key most significant (below RADIX_FROM)", () => {
    fc.assert(fc.property(fc.integer({min: 1, max: 3}).chain((width) =>
      fc.tuple(fc.constant(width), fc.array(fc.array(key, {minLength: width, maxLength: width}), {maxLength: 200}))
    ), ([width, rows]) => {
      const keys = keysOf(rows, width);
      expect(Array.from(orderByKeys(rows.length, keys))).toEqual(referenceOrder(rows.length, keys));
    }), {...runs, numRuns: 300});
  });

  it("orders like a stable comparator sort with the radix passes (from RADIX_FROM on)", () => {
    // Large arrays drawn from a seed: fast-check shrinks poorly over 10,000 rows, so it draws the seed and the mix.
    fc.assert(fc.property(fc.integer({min: 1, max: 3}), fc.integer(), fc.double({min: 0, max: 1, noNaN: true}), (width, seed, share) => {
      const count = RADIX_FROM + (Math.abs(seed) % 7_000);
      let state = seed | 0;
      const next = () => ((state = (Math.imul(state, 1_103_515_245) + 12_345) | 0) >>> 0) / 2 ** 32;
      // A share of the values come from the small pool (ties, infinities, signed zeros), the rest are arbitrary.
      const value = () => next() < share ? pool[Math.floor(next() * pool.length)]! : (next() - 0.5) * 10 ** Math.floor(next() * 30 - 10);
      const keys = Array.from({length: width}, () => Float64Array.from({length: count}, value));
      expect(Array.from(orderByKeys(count, keys))).toEqual(referenceOrder(count, keys));
    }), {...runs, numRuns: 25});
  });

  it("keeps positions in order when every key ties, and handles nothing at all", () => {
    const count = RADIX_FROM + 10;
    const keys = [new Float64Array(count).fill(3), new Float64Array(count)];
    expect(Array.from(orderByKeys(count, keys))).toEqual(Array.from({length: count}, (_, i) => i));
    expect(Array.from(orderByKeys(0, [new Float64Array(0)]))).toEqual([]);
  });

  it("treats -0 as 0, keeping their positions in order", () => {
    const count = RADIX_FROM + 10;
    const keys = [Float64Array.from({length: count}, (_, i) => (i % 2 ? -0 : 0))];
    expect(Array.from(orderByKeys(count, keys))).toEqual(Array.from({length: count}, (_, i) => i));
  });
});
