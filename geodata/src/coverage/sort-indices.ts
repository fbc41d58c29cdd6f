/**
 * order[0..n) = 0..n-1 sorted by X, then Y, then index (for a sweep line: vertices by x, then y).
 * A typed array's own sort with a comparator calls back into JavaScript for every comparison and
 * takes several times as long as this quicksort (median of three, insertion sort below 16, the
 * smaller side first so the stack stays O(log n)).
 */
export function sortIndices(order: Int32Array, n: number, X: Float64Array, Y: Float64Array): void {
  for (let i = 0; i < n; i++) order[i] = i;
  const less = (a: number, b: number) => X[a] < X[b] || (X[a] === X[b] && (Y[a] < Y[b] || (Y[a] === Y[b] && a < b)));
  const stack: number[] = [0, n - 1];
  while (stack.length > 0) {
    let hi = stack.pop()!;
    let lo = stack.pop()!;
    while (hi - lo >= 16) {
      const mid = (lo + hi) >>> 1;
      if (less(order[mid], order[lo])) swap(order, mid, lo);
      if (less(order[hi], order[lo])) swap(order, hi, lo);
      if (less(order[hi], order[mid])) swap(order, hi, mid);
      const pivot = order[mid];
      let i = lo;
      let j = hi;
      while (i <= j) {
        while (less(order[i], pivot)) i++;
        while (less(pivot, order[j])) j--;
        if (i <= j) swap(order, i++, j--);
      }
      if (j - lo < hi - i) {
        stack.push(i, hi);
        hi = j;
      } else {
        stack.push(lo, j);
        lo = i;
      }
    }
    for (let i = lo + 1; i <= hi; i++) {
      const v = order[i];
      let j = i - 1;
      while (j >= lo && less(v, order[j])) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = v;
    }
  }
}

function swap(a: Int32Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}
