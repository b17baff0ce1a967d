// Running a big alternation only where a match can start. `text.matchAll(re)` tries `re` at every
// position of the text; when a cheap `starts` pattern finds every position a match of `re` can
// start at, trying `re` (sticky) only there yields the same matches, in the same order.

/**
 * The matches `text.matchAll(re)` would give, for a `re` whose matches only ever start where
 * `starts` (global) matches. `re` must be global or sticky; it is used sticky here (a private copy).
 */
export function* matchAllAt(
  re: RegExp,
  starts: RegExp,
  text: string
): Generator<RegExpExecArray, void, undefined> {
  const sticky = new RegExp(re.source, re.flags.replace('g', '').replace('y', '') + 'y')
  const at = new RegExp(
    starts.source,
    starts.flags.includes('g') ? starts.flags : starts.flags + 'g'
  )
  let from = 0
  while (from <= text.length) {
    at.lastIndex = from
    const s = at.exec(text)
    if (!s) return
    sticky.lastIndex = s.index
    const m = sticky.exec(text)
    if (m) {
      yield m
      // as matchAll: continue after the match (an empty match moves on by one)
      from = m[0].length === 0 ? m.index + 1 : m.index + m[0].length
    } else from = s.index + 1
  }
}
