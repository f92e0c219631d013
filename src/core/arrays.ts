/**
 * Appends every item to `target`. `target.push(...items)` passes each item as an argument, and past
 * about 120,000 of them (a front matter listing 200,000 captions) V8 throws "Maximum call stack size
 * exceeded"; a loop has no such limit.
 */
export function pushAll<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}
