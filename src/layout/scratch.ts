/**
 * Working arrays kept from one layout to the next. A dense view folds tens of
 * thousands of events on every zoom frame; new typed arrays of that size each
 * time kept the garbage collector busy for a fifth of the frame. Layout runs to
 * completion without yielding, so one set of buffers serves every call; callers
 * copy out whatever their results keep.
 *
 * Each caller names its buffers by slot, distinct among the buffers it holds at
 * once. Contents are whatever the last user left: fill what you read.
 */
const floats: Float64Array[] = [];
const ints: Int32Array[] = [];

export function scratchFloat64(slot: number, length: number): Float64Array {
  return view(floats, slot, length, (size) => new Float64Array(size));
}

export function scratchInt32(slot: number, length: number): Int32Array {
  return view(ints, slot, length, (size) => new Int32Array(size));
}

function view<T extends Float64Array | Int32Array>(pool: T[], slot: number, length: number, make: (size: number) => T): T {
  let buffer = pool[slot];
  // Grown by doubling, so a timeline that grows by appends reallocates rarely.
  if (!buffer || buffer.length < length) pool[slot] = buffer = make(Math.max(1024, length, 2 * (buffer?.length ?? 0)));
  return buffer.subarray(0, length) as T;
}
