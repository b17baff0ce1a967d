// The config's `ignore:` globs (picomatch), matched against workspace-relative POSIX paths. A
// pattern that matches a folder ignores everything under it.
import path from 'node:path'
import picomatch from 'picomatch'

export type IgnoreMatcher = (abs: string) => boolean

const cache = new WeakMap<readonly string[], (p: string) => boolean>()

/** A matcher for absolute paths under `root`; nothing is ignored without patterns. */
export function ignoreMatcher(
  root: string,
  patterns: readonly string[] | undefined
): IgnoreMatcher {
  if (!patterns || patterns.length === 0) return () => false
  let match = cache.get(patterns)
  if (!match) {
    match = picomatch([...patterns], { dot: true })
    cache.set(patterns, match)
  }
  const test = match
  return (abs) => {
    const rel = path.relative(root, abs).split(path.sep).join('/')
    if (rel === '' || rel.startsWith('../')) return false
    // the path itself or any folder above it
    const parts = rel.split('/')
    for (let i = parts.length; i > 0; i--) if (test(parts.slice(0, i).join('/'))) return true
    return false
  }
}
