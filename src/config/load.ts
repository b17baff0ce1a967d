// Shell: find and read the config file. Pure parsing lives in parse.ts.
import { existsSync, lstatSync } from 'node:fs'
import path from 'node:path'
import { UsageError } from '../errors.js'
import { displayPath, resolveInside } from '../io/paths.js'
import { readInside } from '../io/read.js'
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
    if (!lexists(abs)) throw new UsageError(`config file "${explicit}" does not exist`)
  } else {
    // a link counts as present even when it leads nowhere: the gate below then says why it is refused
    abs = DEFAULT_CONFIG_FILES.map((f) => path.join(ws.root, f)).find(lexists)
  }
  if (!abs) return defaultConfig()
  const display = displayPath(abs, ws.cwd)
  // the one workspace gate: inside after resolving links, a regular file, under the cap
  const r = readInside(ws.root, abs, MAX_CONFIG_BYTES)
  if ('refused' in r) {
    const { code, message } = r.refused
    const shown = message.startsWith('cannot read file')
      ? `cannot read config file (${code})`
      : message
    throw new UsageError(shown, display)
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(r.bytes)
  } catch {
    throw new UsageError('config file is not valid UTF-8 text', display)
  }
  return parseConfig(text, display)
}

function lexists(abs: string): boolean {
  try {
    lstatSync(abs)
    return true
  } catch {
    return false
  }
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
