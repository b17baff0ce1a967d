// Running a big alternation only where a match can start. `text.matchAll(re)` tries `re` at every
// position of the text; when a cheap `starts` pattern finds every position a match of `re` can
// start at, trying `re` (sticky) only there yields the same matches, in the same order.

/**
 * The matches `text.matchAll(re)` would give for the global form of `sticky`, whose matches only
 * ever start where `starts` (global) matches. Both RegExps' `lastIndex` are used: do not share
 * them with a scan still running.
 */
export function* matchAllAt(
  sticky: RegExp,
  starts: RegExp,
  text: string
): Generator<RegExpExecArray, void, undefined> {
  if (!sticky.sticky || !starts.global) throw new Error('matchAllAt: sticky and global RegExps')
  let from = 0
  while (from <= text.length) {
    starts.lastIndex = from
    const s = starts.exec(text)
    if (!s) return
    sticky.lastIndex = s.index
    const m = sticky.exec(text)
    if (m) {
      // as matchAll: continue after the match (an empty match moves on by one)
      from = m[0].length === 0 ? m.index + 1 : m.index + m[0].length
      yield m
    } else from = s.index + 1
  }
}
