// Shell: find and read the config file. Pure parsing lives in parse.ts.
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { UsageError } from '../errors.js'
import { displayPath, resolveInside } from '../io/paths.js'
import type { Workspace } from '../io/project.js'
import { parseConfig } from './parse.js'
import { defaultConfig, type Config } from './types.js'

/** A config is a few dozen lines; anything this big is not one (and is not read). */
export const MAX_CONFIG_BYTES = 1024 * 1024

export const DEFAULT_CONFIG_FILES = [
  '.github/tutorial-amplifier.yml',
  '.github/tutorial-amplifier.yaml'
]

/**
 * Reads `explicit` (relative to cwd; must exist) or else the first default config file under the
 * workspace root; no file at all means defaults.
 */
export function loadConfig(ws: Workspace, explicit?: string): Config {
  let abs: string | undefined
  if (explicit) {
    abs = resolveInside(ws.root, ws.cwd, explicit, 'config')
    if (!existsSync(abs)) throw new UsageError(`config file "${explicit}" does not exist`)
  } else {
    abs = DEFAULT_CONFIG_FILES.map((f) => path.join(ws.root, f)).find((f) => existsSync(f))
  }
  if (!abs) return defaultConfig()
  const display = displayPath(abs, ws.cwd)
  let text: string
  try {
    const size = statSync(abs).size
    if (size > MAX_CONFIG_BYTES) {
      const kb = Math.round(size / 1024)
      throw new UsageError(`config file is too large (${kb} KB; the limit is 1 MB)`, display)
    }
    text = readFileSync(abs, 'utf8')
  } catch (e) {
    if (e instanceof UsageError) throw e
    throw new UsageError(
      `cannot read config file (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
      display
    )
  }
  return parseConfig(text, display)
}

/**
 * The nearest default config file at or above `from`, as linters look for theirs: each folder up
 * to the file-system root, stopping after a repository root (a folder holding `.git`).
 */
export function findConfigUpwards(from: string): string | undefined {
  let dir = path.resolve(from)
  for (;;) {
    const found = DEFAULT_CONFIG_FILES.map((f) => path.join(dir, f)).find((f) => existsSync(f))
    if (found) return found
    if (existsSync(path.join(dir, '.git'))) return undefined
    const parent = path.dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}

/** The repository a folder lies in (nearest folder upwards holding `.git`), if any. */
export function repositoryRoot(from: string): string | undefined {
  let dir = path.resolve(from)
  for (;;) {
    if (existsSync(path.join(dir, '.git'))) return dir
    const parent = path.dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}
