// The parse cache behind `--cache`: what `check` and `generate` read is kept in a folder of the
// workspace, so that a later run takes what did not change from there instead of parsing the
// Markdown again (the parse is most of a `check`). The engine (src/engine.ts) decides what is
// kept: each tutorial folder as read, the tree of each small Markdown file and what the reader
// made of it, what each registry file holds, and the registry as a whole.
//
// One file per slot (a tutorial folder, a file, the registry), replaced when its inputs change, so
// the folder grows with the workspace, not with the number of runs. Each file holds, serialized
// with `v8.serialize`, the key it was written for: a digest of the inputs (made by the engine) and
// of the code that read them (every script of the running bundle, and the Node version), so a
// rebuilt or upgraded tool never takes an entry an older one wrote. An entry that cannot be read,
// is too big, does not deserialize or has another key is a miss, never an error: the cache can be
// deleted at any time.
//
// Each entry is written when it is made, to a temporary file first and then renamed, so a killed
// run leaves whole entries or none; a folder that cannot take them is one warning (`close`). The
// folder is refused when it, or an entry, is a symbolic link (a pull request cannot point our
// writes elsewhere), and it holds a `.gitignore` so that it is never committed by accident.
import { createHash, randomBytes } from 'node:crypto'
import {
  closeSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync
} from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import v8 from 'node:v8'
import type { ParseCache } from '../engine.js'
import { TEMP_SUFFIX } from './write.js'

const FORMAT = 1
/** An entry bigger than this is not read (ours stay far below: a 5 MB tutorial's is ~30 MB). */
const MAX_ENTRY_BYTES = 256 * 1024 * 1024
const ENTRY_SUFFIX = '.v8'
const GITIGNORE = '# the parse cache of tutorial-amplifier --cache: safe to delete\n*\n'

export interface CacheStats {
  hits: number
  misses: number
  written: number
}

/** A cache folder and the code digest its entries are keyed with (what a worker thread is told). */
export interface CacheLocation {
  dir: string
  salt: string
}

export interface FileCache extends ParseCache {
  readonly where: CacheLocation
  /** a warning when the folder could not take the entries (the run goes on without them) */
  close(): string | undefined
  readonly stats: CacheStats
}

interface Entry {
  format: number
  slot: string
  key: string
  value: unknown
}

let ownDigest: string | undefined

/**
 * A digest of the code that is running: every `.js` file of the bundle (dist/ and dist/chunks/),
 * or every source file when run from src/ (tests), and the Node version.
 */
export function codeDigest(): string {
  if (ownDigest !== undefined) return ownDigest
  const here = path.dirname(fileURLToPath(import.meta.url))
  const name = path.basename(here)
  const root = name === 'chunks' || name === 'io' ? path.dirname(here) : here
  const h = createHash('sha256').update(`${process.version}\u0000`)
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0
    )) {
      const p = path.join(dir, e.name)
      if (e.isDirectory()) walk(p)
      else if (e.isFile() && /\.(?:js|mjs|ts)$/.test(e.name) && !e.name.endsWith('.d.ts')) {
        h.update(`${path.relative(root, p)}\u0000`).update(readFileSync(p))
      }
    }
  }
  walk(root)
  ownDigest = h.digest('hex')
  return ownDigest
}

/** A real folder (not a symbolic link), or nothing there yet. */
function usableFolder(dir: string): 'folder' | 'absent' | 'refused' {
  try {
    const st = lstatSync(dir)
    return st.isDirectory() ? 'folder' : 'refused'
  } catch (e) {
    // not there (or a file on the way, which making the folder then reports)
    const code = (e as NodeJS.ErrnoException).code
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'absent' : 'refused'
  }
}

/**
 * The cache in `dir` (absolute; the shell has checked it lies in the workspace). `salt` stands
 * for the code (default: `codeDigest()`); `display` names the folder in warnings; entries over
 * `maxEntryBytes` (default 256 MB) are not read.
 */
export function openCache(
  dir: string,
  opts: { salt?: string; display?: string; maxEntryBytes?: number } = {}
): FileCache {
  const salt = opts.salt ?? codeDigest()
  const maxBytes = opts.maxEntryBytes ?? MAX_ENTRY_BYTES
  const shown = opts.display ?? dir
  const stats: CacheStats = { hits: 0, misses: 0, written: 0 }
  const fileOf = (slot: string): string =>
    path.join(dir, createHash('sha256').update(slot).digest('hex').slice(0, 32) + ENTRY_SUFFIX)
  const fullKey = (key: string): string => `${salt}\u0000${key}`
  const readable = usableFolder(dir) === 'folder'

  const get = (slot: string, key: string): unknown => {
    const value = readable ? lookup(fileOf(slot), slot, fullKey(key), maxBytes) : undefined
    if (value === undefined) stats.misses++
    else stats.hits++
    return value
  }
  let warning: string | undefined
  let ready = false
  /** the folder, made (with its .gitignore) on the first write; false once writing failed */
  const prepare = (): boolean => {
    if (ready) return true
    if (warning !== undefined) return false
    const state = usableFolder(dir)
    if (state === 'refused') {
      warning = `cache folder ${shown} is not a folder (or is a symbolic link): nothing cached`
      return false
    }
    if (state === 'absent') {
      mkdirSync(dir, { recursive: true })
      writeFileSync(path.join(dir, '.gitignore'), GITIGNORE, { flag: 'wx' })
    }
    ready = true
    return true
  }
  // written at once (the caller goes on to change what it was given, and nothing waits in memory)
  const set = (slot: string, key: string, value: unknown): void => {
    try {
      if (!prepare()) return
      const entry: Entry = { format: FORMAT, slot, key: fullKey(key), value }
      writeEntry(fileOf(slot), v8.serialize(entry))
      stats.written++
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'error'
      warning = `cannot write the cache in ${shown} (${code}): the next run parses again`
    }
  }
  const close = (): string | undefined => warning
  return { get, set, close, stats, where: { dir, salt } }
}

function lookup(file: string, slot: string, key: string, maxBytes: number): unknown {
  try {
    // an entry that is a link (or anything but a file) is not ours
    const st = lstatSync(file)
    if (!st.isFile() || st.size > maxBytes) return undefined
    const entry = v8.deserialize(readFileSync(file)) as Partial<Entry> | null
    if (
      entry === null ||
      typeof entry !== 'object' ||
      entry.format !== FORMAT ||
      entry.slot !== slot ||
      entry.key !== key
    ) {
      return undefined
    }
    return entry.value
  } catch {
    return undefined
  }
}

function writeEntry(file: string, bytes: Buffer): void {
  const temp = `${file}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`
  // `wx`: never through something already there (a link planted under our temporary name)
  const fd = openSync(temp, 'wx', 0o644)
  try {
    writeSync(fd, bytes)
  } finally {
    closeSync(fd)
  }
  try {
    // a rename replaces a link there with the entry; it never writes through it
    renameSync(temp, file)
  } catch (e) {
    rmSync(temp, { force: true })
    throw e
  }
}
