// Helpers of the hostile-input suite: one shared base workspace (the Tidepool example tutorial,
// its Markdown registry and a config), a fresh copy of it per case, the real CLI run as a child
// process, and the invariants every run must keep (no stack trace, no temporary file left, no
// half-written draft).
import { execFileSync, spawn } from 'node:child_process'
import {
  closeSync,
  cpSync,
  existsSync,
  ftruncateSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { SECTIONS } from '../../src/drafts/types.js'

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** The bundled CLI under test; `TA_CLI` points elsewhere (e.g. a bundle built outside the repo). */
export const CLI = process.env['TA_CLI'] ?? path.join(REPO, 'dist/cli.js')

export const CONFIG_FILE = '.github/tutorial-amplifier.yml'
export const TUTORIAL = 'tidepool-quickstart'
export const DRAFT = `publication-drafts/${TUTORIAL}.draft.md`
/**
 * What the pre-seeded "earlier" draft holds: the example's committed draft, a complete draft the
 * guard accepts (committed drafts are always guarded, so a partial one would fail every run). A
 * failing run must leave it exactly so; the base config's tutorial URL differs from the example's,
 * so a run that does rewrite it writes other bytes.
 */
export const SEED = readFileSync(
  path.join(REPO, 'examples/publication-drafts/tidepool-quickstart.draft.md'),
  'utf8'
)

export const BASE_CONFIG = [
  'tutorials:',
  `  - ${TUTORIAL}`,
  'claims:',
  '  - claims',
  'tutorialUrl: https://example.com/tutorials/{tutorial}',
  'hashtags: [tidepool]',
  ''
].join('\n')

/** One case's workspace: `dir` is both the workspace root and the CLI's working directory. */
export class Ws {
  constructor(
    readonly dir: string,
    /** a folder beside the workspace (outside it), holding things symlinks and `../` aim at */
    readonly outside: string
  ) {}

  abs(rel: string): string {
    return path.join(this.dir, rel)
  }

  write(rel: string, content: string | Uint8Array): void {
    mkdirSync(path.dirname(this.abs(rel)), { recursive: true })
    writeFileSync(this.abs(rel), content)
  }

  append(rel: string, content: string): void {
    this.write(rel, this.read(rel) + content)
  }

  read(rel: string): string {
    return readFileSync(this.abs(rel), 'utf8')
  }

  /** Replaces `from` by `to` in a file; throws when `from` is absent (the case would be void). */
  edit(rel: string, from: string, to: string): void {
    const text = this.read(rel)
    if (!text.includes(from)) throw new Error(`${rel} does not contain ${JSON.stringify(from)}`)
    this.write(rel, text.replace(from, to))
  }

  remove(rel: string): void {
    rmSync(this.abs(rel), { recursive: true, force: true })
  }

  /** A symlink at `rel` (replacing what was there) pointing at `target` (absolute). */
  link(rel: string, target: string): void {
    this.remove(rel)
    mkdirSync(path.dirname(this.abs(rel)), { recursive: true })
    symlinkSync(target, this.abs(rel))
  }

  /** A sparse file of `bytes` zero bytes: created instantly, takes no disk space. */
  sparse(rel: string, bytes: number): void {
    this.remove(rel)
    mkdirSync(path.dirname(this.abs(rel)), { recursive: true })
    const fd = openSync(this.abs(rel), 'w')
    try {
      ftruncateSync(fd, bytes)
    } finally {
      closeSync(fd)
    }
  }

  /** A FIFO (named pipe) at `rel`, made with mkfifo(1): opening it for reading blocks. */
  fifo(rel: string): void {
    this.remove(rel)
    mkdirSync(path.dirname(this.abs(rel)), { recursive: true })
    execFileSync('mkfifo', [this.abs(rel)])
  }

  /** A character device at `rel` that reads zeros forever (major 1, minor 5 as /dev/zero). */
  device(rel: string): void {
    this.remove(rel)
    mkdirSync(path.dirname(this.abs(rel)), { recursive: true })
    execFileSync('mknod', [this.abs(rel), 'c', '1', '5'])
  }

  /** Every file under the workspace (relative paths, dot files included, symlinks not followed). */
  files(): string[] {
    const out: string[] = []
    const walk = (rel: string): void => {
      for (const e of readdirSync(this.abs(rel), { withFileTypes: true })) {
        const r = path.join(rel, e.name)
        if (e.isDirectory()) walk(r)
        else out.push(r.split(path.sep).join('/'))
      }
    }
    walk('.')
    return out.sort()
  }
}

export interface Suite {
  /** temporary folder holding everything; removed after the suite */
  root: string
  /** the base workspace every case copies */
  base: string
  /** the base "outside" folder every case copies beside its workspace */
  outside: string
}

/** Builds the shared base once: example tutorial + registry + config + a seeded earlier draft. */
export function makeSuite(): Suite {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ta-hostile-'))
  const base = path.join(root, 'base', 'ws')
  cpSync(path.join(REPO, 'examples', TUTORIAL), path.join(base, TUTORIAL), { recursive: true })
  cpSync(path.join(REPO, 'examples', 'claims'), path.join(base, 'claims'), { recursive: true })
  const b = new Ws(base, '')
  b.write(CONFIG_FILE, BASE_CONFIG)
  b.write(DRAFT, SEED)

  // What hostile links and `../` paths aim at: a sibling of the workspace, so outside it.
  const outside = path.join(root, 'base', 'outside')
  const o = new Ws(outside, '')
  o.write('secret.md', '# Secret\n\nNot part of any workspace.\n')
  o.write(
    'secret-claims.md',
    '# Secret\n\n## TP-SECRET-001\n\n**Claim:** Read from outside.\n**Status:** Verified\n'
  )
  cpSync(path.join(REPO, 'examples', TUTORIAL), path.join(outside, 'tut'), { recursive: true })
  o.write('config.yml', BASE_CONFIG)
  mkdirSync(path.join(outside, 'drafts'))
  return { root, base, outside }
}

/** A fresh copy of the base for case `n`: `<root>/cases/<n>/ws` and its sibling `…/outside`. */
export function newWorkspace(suite: Suite, n: number): Ws {
  const dir = path.join(suite.root, 'cases', String(n))
  cpSync(suite.base, path.join(dir, 'ws'), { recursive: true, verbatimSymlinks: true })
  cpSync(suite.outside, path.join(dir, 'outside'), { recursive: true, verbatimSymlinks: true })
  return new Ws(path.join(dir, 'ws'), path.join(dir, 'outside'))
}

export interface Run {
  status: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  ms: number
  /** peak resident set size of the CLI process in MB (1,024 KB), when it was measured */
  peakRssMb?: number
}

/** The benchmark's probe (bench/probe.mjs): preloaded, it writes the process's peak RSS on exit. */
const PROBE = path.join(REPO, 'bench/probe.mjs')

/**
 * Runs `node <CLI> ...args` in `cwd`; killed after `timeoutMs`. With `measure`, the process is
 * started with the benchmark's probe preloaded and its peak RSS is returned in `peakRssMb`.
 */
export function runCli(
  args: string[],
  cwd: string,
  timeoutMs = 30000,
  opts: { measure?: boolean } = {}
): Promise<Run> {
  const probeFile = opts.measure ? path.join(path.dirname(cwd), 'probe.json') : undefined
  const probe = probeFile ? ['--import', pathToFileURL(PROBE).href] : []
  return new Promise((resolve, reject) => {
    const started = Date.now()
    const child = spawn(process.execPath, [...probe, CLI, ...args], {
      cwd,
      env: {
        ...process.env,
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ...(probeFile ? { BENCH_PROBE_FILE: probeFile } : {})
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutMs
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s))
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s))
    child.on('error', reject)
    child.on('close', (status, signal) => {
      const run: Run = { status, signal, stdout, stderr, ms: Date.now() - started }
      if (probeFile && existsSync(probeFile)) {
        const p = JSON.parse(readFileSync(probeFile, 'utf8')) as { maxRssKb?: number }
        if (p.maxRssKb !== undefined) run.peakRssMb = p.maxRssKb / 1024
      }
      resolve(run)
    })
  })
}

/** Runs `tasks` with at most `limit` in flight, keeping their order in the result. */
export async function pool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const out: T[] = new Array(tasks.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const i = next++
      out[i] = await tasks[i]!()
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker))
  return out
}

/** A Node.js stack frame line, as an uncaught error would print it. */
export const STACK_FRAME = /\n\s+at /

/** True when a draft file is complete: every contract heading, in order, and the last one present. */
export function isCompleteDraft(text: string): boolean {
  let from = 0
  for (const s of SECTIONS) {
    const i = text.indexOf(`\n## ${s.heading}\n`, from)
    if (i < 0) return false
    from = i + 1
  }
  return true
}

/** Why device files cannot be made here (mknod needs root and CAP_MKNOD), or undefined. */
export function cannotMakeDevices(): string | undefined {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ta-mknod-'))
  try {
    execFileSync('mknod', [path.join(dir, 'zero'), 'c', '1', '5'], { stdio: 'ignore' })
    return undefined
  } catch {
    return 'mknod is not permitted here (needs root with CAP_MKNOD)'
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Why FIFOs cannot be made here, or undefined. */
export function cannotMakeFifos(): string | undefined {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ta-mkfifo-'))
  try {
    execFileSync('mkfifo', [path.join(dir, 'p')], { stdio: 'ignore' })
    return undefined
  } catch {
    return 'mkfifo is not available here'
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
