// Shell: find and read the config file. Pure parsing lives in parse.ts.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { UsageError } from '../errors.js'
import { displayPath, resolveInside } from '../io/paths.js'
import type { Workspace } from '../io/project.js'
import { parseConfig } from './parse.js'
import { defaultConfig, type Config } from './types.js'

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
    text = readFileSync(abs, 'utf8')
  } catch (e) {
    throw new UsageError(
      `cannot read config file (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
      display
    )
  }
  return parseConfig(text, display)
}
