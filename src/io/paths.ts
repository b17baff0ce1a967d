// Path handling at the edge: display paths for reports, and containment in the workspace.
import { realpathSync } from 'node:fs'
import path from 'node:path'
import { UsageError } from '../errors.js'

/** POSIX-style path relative to `cwd` (what every report shows). */
export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs)
  const out = rel === '' ? '.' : rel
  return out.split(path.sep).join('/')
}

function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

/**
 * Resolves `p` (relative to `base`) and refuses anything outside `root`, following symlinks
 * for the parts that exist. `what` names the input in the error (e.g. "tutorial", "config").
 */
export function resolveInside(root: string, base: string, p: string, what: string): string {
  const abs = path.resolve(base, p)
  if (!isInside(root, abs)) {
    throw new UsageError(`${what} path "${p}" is outside the workspace (${root})`)
  }
  // What does not exist yet (a draft to be written) is judged by its nearest existing folder:
  // a symbolic link on the way must not lead out either.
  let existing = abs
  let real: string | undefined
  for (;;) {
    try {
      real = realpathSync(existing)
      break
    } catch {
      const parent = path.dirname(existing)
      if (parent === existing) break
      existing = parent
    }
  }
  const realRoot = realpathSync(root)
  if (real !== undefined && !isInside(realRoot, real)) {
    throw new UsageError(`${what} path "${p}" leads outside the workspace through a symbolic link`)
  }
  return abs
}

/** True when `abs` (which exists) really lies inside `root` once symlinks are followed. */
export function realInside(root: string, abs: string): boolean {
  try {
    return isInside(realpathSync(root), realpathSync(abs))
  } catch {
    return false
  }
}
