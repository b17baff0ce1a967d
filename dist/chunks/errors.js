// Types of the model-backed writer: its configuration, the port through which it asks a model (the
// shell implements it in ./client.ts), and what it reports per channel. Pure types only.
const DEFAULT_ENDPOINT = 'https://models.github.ai/inference';
const DEFAULT_MODEL = 'openai/gpt-4.1-mini';
function defaultWriterConfig() {
    return {
        kind: 'deterministic',
        endpoint: DEFAULT_ENDPOINT,
        model: DEFAULT_MODEL,
        maxRounds: 2,
        timeoutSeconds: 60,
        channels: []
    };
}
/** Model names we accept: what providers use (`openai/gpt-4.1-mini`, `llama3.2:3b`), nothing else. */
const MODEL_NAME = /^[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,127}$/;

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
    /** The one line shown to people: `file:line:col: message` or just the message, printable. */
    get line() {
        return printable(this.where ? `${this.where}: ${this.message}` : this.message);
    }
}
const UNPRINTABLE = 
// eslint-disable-next-line no-control-regex
/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/**
 * The one escaping function for everything we log or print that holds a path, a name or other
 * text from the repository (CLI output and errors, the action's log lines, the text report). A
 * file or folder name can hold line breaks, ANSI escapes or bidi overrides; printed raw, a name
 * such as `x\n::warning file=README.md::…` would forge a workflow command (an annotation) in the
 * Actions log, or rewrite the terminal. Line breaks and tabs become one space, every other
 * control, line/paragraph separator and bidi control becomes `?`, and a leading `::` (the start
 * of a workflow command) becomes `?:`. The result is one line that shows as written.
 */
function printable(text) {
    return text
        .replace(/[\r\n\t]+/g, ' ')
        .replace(UNPRINTABLE, '?')
        .replace(/^(\s*):(?=:)/, '$1?');
}

export { DEFAULT_MODEL as D, EXIT as E, MODEL_NAME as M, UsageError as U, DEFAULT_ENDPOINT as a, defaultWriterConfig as d, printable as p };
//# sourceMappingURL=errors.js.map
