// Appending arrays of any length. `into.push(...items)` passes every item as an argument and
// overflows the call stack near 125,000 items (a hostile chapter yields that many findings), so
// every unbounded append goes through here.

/** Appends every item of every list to `into` (in order) and returns `into`. */
export function append<T>(into: T[], ...lists: readonly (readonly T[])[]): T[] {
  for (const list of lists) for (const item of list) into.push(item)
  return into
}
