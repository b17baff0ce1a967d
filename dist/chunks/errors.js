// Errors the shell turns into a one-line message and a documented exit code (no stack trace).
/** Exit codes of the CLI (documented in the README). */
const EXIT = {
    ok: 0,
    /** diagnostics at or above the failing severity were found */
    findings: 1,
    /** unusable input: a missing path, an unreadable or invalid config, a path outside the workspace */
    usage: 2
};
/** Input we cannot work with at all. `where` is `file[:line[:col]]` when known. */
class UsageError extends Error {
    where;
    constructor(message, where) {
        super(message);
        this.where = where;
        this.name = 'UsageError';
    }
    /** The one line shown to people: `file:line:col: message` or just the message. */
    get line() {
        return this.where ? `${this.where}: ${this.message}` : this.message;
    }
}

export { EXIT as E, UsageError as U };
//# sourceMappingURL=errors.js.map
