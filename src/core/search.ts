// Binary search, for the many places that look up a position in an ascending list (a segment's
// pieces, sentence bounds, matches, suppressions) instead of walking it from the start.

/** The first index in [0, length) where `reached` holds — it must hold from some index on — else `length`. */
export function firstWhere(length: number, reached: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (reached(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** The first position in an ascending array that is not below `value`, or its length. */
export function firstAtOrAfter(values: readonly number[], value: number): number {
  return firstWhere(values.length, (i) => !(values[i]! < value));
}

/** The last position in an ascending array that is at or below `value`, or -1. */
export function lastAtOrBefore(values: readonly number[], value: number): number {
  return firstWhere(values.length, (i) => !(values[i]! <= value)) - 1;
}
