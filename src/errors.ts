// Errors the shell turns into a one-line message and a documented exit code (no stack trace).

/** Exit codes of the CLI (documented in the README). */
export const EXIT = {
  ok: 0,
  /** diagnostics at or above the failing severity were found */
  findings: 1,
  /** unusable input: a missing path, an unreadable or invalid config, a path outside the workspace */
  usage: 2
} as const

/** Input we cannot work with at all. `where` is `file[:line[:col]]` when known. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly where?: string
  ) {
    super(message)
    this.name = 'UsageError'
  }

  /** The one line shown to people: `file:line:col: message` or just the message. */
  get line(): string {
    return this.where ? `${this.where}: ${this.message}` : this.message
  }
}
