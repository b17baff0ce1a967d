// Progress on stderr for long `check` and `generate` runs: `tutorial-amplifier: 12/60 tutorials`,
// redrawn in place on a terminal, as linters and bundlers do. It must cost nothing measurable:
// nothing is drawn before the run has taken a second, the line is redrawn at most every 100 ms
// (whatever the tutorial count), and cleared at the end, before the report is printed.
//
// Off unless stderr is a terminal; off with `--quiet`, and when the report itself goes to stderr.
// The action never shows it (its logs are no terminal, and it does not use the CLI).
// `TUTORIAL_AMPLIFIER_PROGRESS` overrides the terminal test, for tests and the benchmark only:
// `0` never, `1` always (after the usual second), `now` always and from the first tutorial.
// The line is plain text (no colour, no escape codes): `\r`, the text, and spaces to clear it.

export const PROGRESS_ENV = 'TUTORIAL_AMPLIFIER_PROGRESS'

/** Told each time a tutorial is done; `end` clears what was drawn. */
export interface Progress {
  tick(done: number, total: number): void
  end(): void
}

export interface ProgressOptions {
  write: (s: string) => void
  /** milliseconds since some origin (`performance.now`) */
  now: () => number
  /** nothing is drawn before this many ms have passed since the progress was made (default 1000) */
  delayMs?: number
  /** at most one redraw per this many ms (default 100) */
  intervalMs?: number
}

export const NO_PROGRESS: Progress = { tick: () => undefined, end: () => undefined }

/** A progress line drawn through `write`, throttled (see the module comment). */
export function progressLine(o: ProgressOptions): Progress {
  const start = o.now()
  const delay = o.delayMs ?? 1000
  const interval = o.intervalMs ?? 100
  let last = -Infinity
  let width = 0
  return {
    tick(done, total) {
      const t = o.now()
      if (t - start < delay || t - last < interval) return
      last = t
      const text = `tutorial-amplifier: ${done}/${total} tutorials`
      o.write(`\r${text}${' '.repeat(Math.max(0, width - text.length))}`)
      width = Math.max(width, text.length)
    },
    end() {
      if (width > 0) o.write(`\r${' '.repeat(width)}\r`)
      width = 0
    }
  }
}

/** Where a report written with `-o` would land on stderr itself. */
const STDERR_PATHS = /^\/(?:dev\/stderr|dev\/fd\/2|proc\/self\/fd\/2)$/

export interface ProgressChoice {
  env: Record<string, string | undefined>
  stderrIsTTY: boolean
  quiet: boolean
  /** the absolute path `-o` writes the report to, if any */
  outputFile?: string
}

/** Whether to show progress, and from when (see the module comment). */
export function progressMode(c: ProgressChoice): { delayMs: number } | undefined {
  const forced = c.env[PROGRESS_ENV]
  if (forced === '0') return undefined
  if (c.quiet) return undefined
  if (c.outputFile !== undefined && STDERR_PATHS.test(c.outputFile)) return undefined
  if (forced === 'now') return { delayMs: 0 }
  if (forced === '1' || c.stderrIsTTY) return { delayMs: 1000 }
  return undefined
}
