/**
 * Scratch buffers kept between checks. A check of 10,000 grids needs some 30 MB of typed arrays;
 * allocating them afresh each time makes the collector sweep a big heap over and over (the browser
 * re-checks on every edit). Only one check runs at a time (it is synchronous), so one buffer per
 * name is enough. Contents are whatever the last user left: callers initialise what they read.
 */
const MAX_POOLED = 1 << 24;
const ints = new Map<string, Int32Array>();
const floats = new Map<string, Float64Array>();

const roomFor = (n: number) => Math.max(1024, 2 ** Math.ceil(Math.log2(n)));

export function takeInt32(name: string, n: number): Int32Array {
  let a = ints.get(name);
  if (!a || a.length < n) {
    a = new Int32Array(roomFor(n));
    if (a.length <= MAX_POOLED) ints.set(name, a);
  }
  return a;
}

export function takeFloat64(name: string, n: number): Float64Array {
  let a = floats.get(name);
  if (!a || a.length < n) {
    a = new Float64Array(roomFor(n));
    if (a.length <= MAX_POOLED) floats.set(name, a);
  }
  return a;
}
