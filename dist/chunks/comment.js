import { realpathSync, statSync, openSync, constants as constants$1, fstatSync, readSync, closeSync, existsSync, lstatSync, readdirSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { g as parseDraftDocument, h as guardDraft, j as supportCheck, k as numberOf, l as notContent, C as CHAPTER_DIRS, M as MARKDOWN$1, m as draftOwners, o as registryOf, T as TUTORIALS_DONE, f as finishChunk, p as parseChunk, N as NEXT_CHUNK, S as STATE, s as stateCell, t as tutorialOf, q as check, w as writeFilesAtomically, c as claimIdRegExp, u as draftOf, v as generate, y as yaml, x as expandedSize, D as DEFAULT_CLAIM_ID_PATTERN, z as defaultConfig } from './work.js';
import { g as diagnostic, l as locate, h as lineStarts, u as unified, r as remarkParse, i as remarkGfm, v as visit, S as SKIP, j as bodyMarkdown, k as toString, b as RULES, e as applyRuleConfig, n as append, U as URL_PLACEHOLDER, o as countBySeverity, C as CHANNELS, p as resolveChannels, s as sortDiagnostics, m as md, q as plain, w as exerciseTitle, t as text, c as claimCount, a as table, x as link } from './context.js';
import { P as PROMPT_VERSION, c as channelMessages, r as repairMessages } from './prompt.js';
import { U as UsageError } from './errors.js';
import { g as getDefaultExportFromCjs } from './_commonjsHelpers.js';
import { availableParallelism, loadavg, freemem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';
import v8 from 'node:v8';
import { createHash } from 'node:crypto';

// Path handling at the edge: display paths for reports, and containment in the workspace.
/** POSIX-style path relative to `cwd` (what every report shows). */
function displayPath(abs, cwd) {
    const rel = path.relative(cwd, abs);
    const out = rel === '' ? '.' : rel;
    return out.split(path.sep).join('/');
}
function isInside(root, target) {
    const rel = path.relative(root, target);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
/**
 * Resolves `p` (relative to `base`) and refuses anything outside `root`, following symlinks
 * for the parts that exist. `what` names the input in the error (e.g. "tutorial", "config").
 */
function resolveInside(root, base, p, what) {
    const abs = path.resolve(base, p);
    if (!isInside(root, abs)) {
        throw new UsageError(`${what} path "${p}" is outside the workspace (${root})`);
    }
    // What does not exist yet (a draft to be written) is judged by its nearest existing folder:
    // a symbolic link on the way must not lead out either.
    let existing = abs;
    let real;
    for (;;) {
        try {
            real = realpathSync(existing);
            break;
        }
        catch {
            const parent = path.dirname(existing);
            if (parent === existing)
                break;
            existing = parent;
        }
    }
    const realRoot = realpathSync(root);
    if (real !== undefined && !isInside(realRoot, real)) {
        throw new UsageError(`${what} path "${p}" leads outside the workspace through a symbolic link`);
    }
    return abs;
}
/** True when `abs` (which exists) really lies inside `root` once symlinks are followed. */
function realInside(root, abs) {
    try {
        return isInside(realpathSync(root), realpathSync(abs));
    }
    catch {
        return false;
    }
}

// How deep a Markdown text nests, measured on the text before any parser sees it. Markdown
// parsers recurse per level of containers (lists, blockquotes, footnote definitions: remark
// overflows the stack near 10,000) and micromark resolves emphasis and link brackets by scanning
// back over the open ones, so 4,000 nested `*a ` … ` a*` take 18 s and 15,000 minutes. Real
// documents stay under ten levels of either. Every file we read as Markdown (chapters, registry
// files, committed drafts) passes this check in the reading gate (src/io/read.ts).
/** Deepest nesting we read, of containers and of inline emphasis or link brackets. */
const MAX_NESTING = 100;
// A line opening more than MAX_NESTING containers (`- - - …`, `>>>…`, `[^a]: [^b]: …`).
const CONTAINER = String.raw `[ \t]*(?:(?:[-*+>]|\d{1,9}[.)])(?=[ \t>]|$)|\[\^[^\]\s]{1,999}\]:)`;
const DEEP_MARKERS = new RegExp(`^(?:${CONTAINER}){${MAX_NESTING + 1},}`, 'm');
// …or indented as deep as that many nested list items would be.
const DEEP_INDENT = new RegExp(`^[ \\t]{${4 * MAX_NESTING},}\\S`, 'm');
const isSpace = (c) => c === undefined || /\s/.test(c);
/**
 * Where emphasis delimiters (`*`, `_`) or link brackets nest deeper than MAX_NESTING within one
 * paragraph (blank lines end it), or -1. An opening run (followed by a non-space) is pushed, a
 * closing run (preceded by a non-space) closes what is open, and the nesting is the number of
 * delimiter characters open when one closes: `**a**` nests 2, `*a* *b*` 1, and openers that are
 * never closed (a stray `*`) none. One pass, linear in the text.
 */
function inlineDepth(text) {
    const runs = [];
    let open = 0;
    let brackets = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\\') {
            i++;
            continue;
        }
        if (c === '\n') {
            let j = i + 1;
            while (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')
                j++;
            if (j >= text.length || text[j] === '\n') {
                runs.length = 0;
                open = 0;
                brackets = 0;
            }
            continue;
        }
        if (c === '[')
            brackets++;
        else if (c === ']' && brackets > 0) {
            if (brackets > MAX_NESTING)
                return i;
            brackets--;
        }
        else if (c === '*' || c === '_') {
            let j = i;
            while (text[j] === c)
                j++;
            const length = j - i;
            const closes = !isSpace(text[i - 1]) && open > 0;
            if (closes) {
                if (open > MAX_NESTING)
                    return i;
                let left = length;
                while (left > 0 && runs.length > 0) {
                    const top = runs.pop();
                    const used = Math.min(top, left);
                    left -= used;
                    open -= used;
                    if (top > used)
                        runs.push(top - used);
                }
            }
            else if (!isSpace(text[j])) {
                runs.push(length);
                open += length;
            }
            i = j - 1;
        }
    }
    return -1;
}
/** Where `text` nests deeper than MAX_NESTING (containers or inline), or undefined. */
function tooDeep(text) {
    const found = [];
    const a = DEEP_MARKERS.exec(text);
    if (a)
        found.push({ offset: a.index, what: 'lists, blockquotes or footnote definitions' });
    const b = DEEP_INDENT.exec(text);
    if (b)
        found.push({ offset: b.index, what: 'indented blocks' });
    const c = inlineDepth(text);
    if (c >= 0)
        found.push({ offset: c, what: 'emphasis or link brackets' });
    return found.sort((x, y) => x.offset - y.offset)[0];
}

// The garbage collector's policy for big inputs. V8 lets its heap grow to up to four times what
// was live at the last full collection before collecting again (on a machine with a few GB of
// memory), so the peak resident size of a run is mostly garbage, not data: reading one 5 MB
// chapter keeps under 100 MB alive but peaked at 400–500 MB. Once a file of at least
// `BIG_INPUT_BYTES` has been read, the heap may grow only by half of what is live before the next
// full collection (by a quarter past `HUGE_INPUT_BYTES`): a 5 MB file then stays under 300 MB, for
// more garbage-collection time on those runs only (ordinary inputs keep V8's own policy and
// speed). The same holds once a run has read `BIG_RUN_BYTES` in all: a regeneration of many
// tutorials keeps what its report needs of each (tens of MB on a 23 MB corpus), and V8's fourfold
// headroom over that is what took it past 400 MB. From `MID_RUN_BYTES` in all, the growth is
// bounded to 150 %, which costs next to nothing.
/** A file at least this big bounds the heap's growth for the rest of the run. */
const BIG_INPUT_BYTES = 1024 * 1024;
/** Inputs of at least this much in all bound the heap's growth (where src/parallel starts threads). */
const BIG_RUN_BYTES = 16 * 1024 * 1024;
/** How much the heap may grow over what was live after a full collection, in percent. */
const HEAP_GROWING_PERCENT = 50;
/**
 * A file at least this big bounds it further: a 5 MB committed draft keeps ~130 MB alive (its
 * tree, prose units and findings) and peaked at 280–291 MB with 50 %, 260 MB with 25 % (for about
 * a quarter more CPU time, on such runs only).
 */
const HUGE_INPUT_BYTES = 4 * 1024 * 1024;
/** The growth allowed once a file of `HUGE_INPUT_BYTES` has been read, in percent. */
const HUGE_HEAP_GROWING_PERCENT = 25;
/**
 * Inputs of at least this much in all (a regeneration of a hundred tutorials) bound the heap's
 * growth more loosely: on the bench's 4.6 MB corpus (6.7 MB with its registry) V8's own policy
 * peaked at 306–326 MB, 150 % at 250–256 MB, for no CPU time we could tell from the noise.
 */
const MID_RUN_BYTES = 4 * 1024 * 1024;
/** The growth allowed once a run has read `MID_RUN_BYTES`, in percent. */
const MID_HEAP_GROWING_PERCENT = 150;
let bound = Infinity;
/** Bounds the heap's growth to `percent` (the setting is read at every collection); never loosens. */
function boundHeapGrowth(percent = HEAP_GROWING_PERCENT) {
    if (percent >= bound)
        return;
    bound = percent;
    v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
let readSoFar = 0;
/** Counts a file just read: a big file, or a run's inputs reaching `BIG_RUN_BYTES`, bound the heap. */
function noteRead(bytes) {
    readSoFar += bytes;
    if (bytes >= HUGE_INPUT_BYTES)
        boundHeapGrowth(HUGE_HEAP_GROWING_PERCENT);
    else if (bytes >= BIG_INPUT_BYTES || readSoFar >= BIG_RUN_BYTES)
        boundHeapGrowth();
    else if (readSoFar >= MID_RUN_BYTES)
        boundHeapGrowth(MID_HEAP_GROWING_PERCENT);
}

// Reading source files at the edge, through one gate: the file must lie inside the workspace once
// symbolic links are resolved, be a regular file (no FIFO, device, socket or folder), stay under a
// size cap, be strict UTF-8 without NUL bytes. Problems become diagnostics (with line:col of the
// first bad byte) so one bad file never stops the run.
/** Files larger than this are not read (a tutorial chapter or registry file is far smaller). */
const MAX_FILE_BYTES = 8 * 1024 * 1024;
const strict = new TextDecoder('utf-8', { fatal: true });
const lossy = new TextDecoder('utf-8');
/** 1-based line and column (in characters) of `offset` in `text`, lines counted as `lineStarts` does. */
function lineColAt(text, offset) {
    const { line, column } = locate(lineStarts(text), '', offset);
    const start = offset - (column - 1);
    return { line, column: [...text.slice(start, offset)].length + 1 };
}
/** What kind of thing a non-regular file is, for messages. */
function kindOf(st) {
    if (st.isDirectory())
        return 'a folder';
    if (st.isFIFO())
        return 'a FIFO (named pipe)';
    if (st.isCharacterDevice())
        return 'a character device';
    if (st.isBlockDevice())
        return 'a block device';
    if (st.isSocket())
        return 'a socket';
    return 'not a regular file';
}
function inside$1(root, target) {
    const rel = path.relative(root, target);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
/**
 * The one gate every file we read goes through (config, chapters, registry, drafts). `root` is
 * the workspace. The path is resolved (symbolic links followed) and must stay inside the
 * workspace; it must name a regular file of at most `maxBytes`. The file is opened without
 * following a link and without blocking, and checked again on the open descriptor (so a file
 * swapped for a FIFO or a link in between is refused too), then read up to the cap only.
 */
function readInside(root, abs, maxBytes) {
    const fail = (code, message) => ({ refused: { code, message } });
    let real;
    let realRoot;
    try {
        realRoot = realpathSync(root);
        real = realpathSync(abs);
    }
    catch (e) {
        const code = e.code ?? 'error';
        return fail(code, `cannot read file (${code})`);
    }
    if (!inside$1(realRoot, real)) {
        return fail('EOUTSIDE', 'symbolic link leads outside the workspace; not read');
    }
    let fd;
    try {
        const st = statSync(real);
        if (st.isDirectory())
            return fail('EISDIR', 'cannot read file (EISDIR)');
        if (!st.isFile())
            return fail('ENOTREG', `${kindOf(st)}, not a regular file; not read`);
        if (st.size > maxBytes) {
            return fail('EFBIG', `file is too large to read (${mb(st.size)}; the limit is ${mb(maxBytes)})`);
        }
        fd = openSync(real, constants$1.O_RDONLY | constants$1.O_NOFOLLOW | constants$1.O_NONBLOCK);
    }
    catch (e) {
        const code = e.code ?? 'error';
        return fail(code, `cannot read file (${code})`);
    }
    try {
        const st = fstatSync(fd);
        if (!st.isFile())
            return fail('ENOTREG', `${kindOf(st)}, not a regular file; not read`);
        // read at most one byte past the cap: a file growing while we read is cut off, not followed
        const buf = Buffer.alloc(Math.min(st.size, maxBytes) + 1);
        let n = 0;
        for (;;) {
            const got = readSync(fd, buf, n, buf.length - n, null);
            if (got === 0)
                break;
            n += got;
            if (n === buf.length)
                break;
        }
        if (n > maxBytes) {
            return fail('EFBIG', `file is too large to read (more than ${mb(maxBytes)})`);
        }
        noteRead(n);
        return { bytes: buf.subarray(0, n) };
    }
    catch (e) {
        const code = e.code ?? 'error';
        return fail(code, `cannot read file (${code})`);
    }
    finally {
        closeSync(fd);
    }
}
/**
 * Reads one file as strict UTF-8 text through the workspace gate (`readInside`); `display` is its
 * display path, `rule` the rule for problems.
 */
function readSource(root, abs, display, rule) {
    const at = { file: display, line: 1, column: 1 };
    const r = readInside(root, abs, MAX_FILE_BYTES);
    if ('refused' in r)
        return { diagnostic: diagnostic(rule, at, r.refused.message) };
    const bytes = r.bytes;
    let text;
    try {
        text = strict.decode(bytes);
    }
    catch {
        // The lossy decoding marks the first bad byte with U+FFFD: that is where we point.
        const shown = lossy.decode(bytes);
        const at = lineColAt(shown, Math.max(0, shown.indexOf('\uFFFD')));
        return {
            diagnostic: diagnostic(rule, { file: display, ...at }, 'file is not valid UTF-8 text')
        };
    }
    const nul = text.indexOf('\0');
    if (nul >= 0) {
        const at = lineColAt(text, nul);
        return {
            diagnostic: diagnostic(rule, { file: display, ...at }, 'binary file (NUL byte), not text')
        };
    }
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    const deep = tooDeep(text);
    if (deep) {
        const at = lineColAt(text, deep.offset);
        const why = `${deep.what} nest deeper than ${MAX_NESTING} levels; not read`;
        return { diagnostic: diagnostic(rule, { file: display, ...at }, why) };
    }
    return { file: { path: display, text } };
}

// The writer's cache is the committed draft itself. Pure.
//
// A draft the model writer made carries one comment line after its provenance line:
//
//   <!-- tutorial-amplifier-writer {"v":1,"model":"…","channels":[{"name":"linkedin",…}]} -->
//
// naming, per channel, where its text came from, how many repairs it took, the hash of the inputs
// it was written from (fact sheet, channel contract, model, prompt version) and the hash of the
// text. A later run whose inputs hash the same takes the channel's text from the committed draft
// instead of asking the model — after guarding it again, so a hand-edited or forged section is
// never trusted — and so makes no request and writes the same bytes. A channel that fell back
// because the model never complied is remembered too (no request until its inputs change); one that
// fell back because of a fault (timeout, 5xx, unreachable) is asked for again next time.
const RECORD_PREFIX = '<!-- tutorial-amplifier-writer ';
const RECORD_LINE = /^<!-- tutorial-amplifier-writer (\{.*\}) -->$/m;
const RECORD_VERSION = 1;
/** JSON with object keys sorted at every level: the same value always gives the same text. */
function canonicalJson(value) {
    return JSON.stringify(value, (_key, v) => {
        if (v instanceof RegExp)
            return v.source;
        if (v === null || typeof v !== 'object' || Array.isArray(v))
            return v;
        const o = v;
        return Object.fromEntries(Object.keys(o)
            .sort()
            .map((k) => [k, o[k]]));
    });
}
const hash = (text) => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 20);
/** The contract as the writer and the guard read it, without functions or display-only fields. */
function contractData(c) {
    return {
        id: c.id,
        name: c.name,
        heading: c.heading,
        limits: c.limits,
        required: c.required,
        forbidden: c.forbidden,
        purpose: c.purpose,
        metaLine: c.metaLine ?? null
    };
}
/** The hash of everything a channel's answer is written from. */
function cacheKey(channel, sheet, model) {
    return hash(canonicalJson({
        prompt: PROMPT_VERSION,
        model,
        contract: contractData(channel),
        sheet
    }));
}
/** The record as the comment line written into the draft (after the provenance line). */
function renderRecord(record) {
    return `${RECORD_PREFIX}${JSON.stringify({ v: RECORD_VERSION, model: record.model, channels: record.channels })} -->`;
}
const SOURCES = ['llm', 'fallback', 'deterministic'];
function channelRecord(x) {
    if (typeof x !== 'object' || x === null)
        return undefined;
    const o = x;
    if (typeof o.name !== 'string' || !SOURCES.includes(o.source))
        return undefined;
    if (typeof o.rounds !== 'number' || !Number.isInteger(o.rounds) || o.rounds < 0)
        return undefined;
    const r = { name: o.name, source: o.source, rounds: o.rounds };
    if (typeof o.key === 'string')
        r.key = o.key;
    if (typeof o.text === 'string')
        r.text = o.text;
    if (Array.isArray(o.rules) && o.rules.every((s) => typeof s === 'string')) {
        r.rules = o.rules;
    }
    if (typeof o.fault === 'string')
        r.fault = o.fault;
    return r;
}
/**
 * The record of a committed draft, if it has a well-formed one (a committed file is PR content:
 * anything else in that line is ignored, never trusted).
 */
function parseRecord(markdown) {
    const m = RECORD_LINE.exec(markdown);
    if (!m?.[1])
        return undefined;
    let data;
    try {
        data = JSON.parse(m[1]);
    }
    catch {
        return undefined;
    }
    if (typeof data !== 'object' || data === null)
        return undefined;
    const o = data;
    if (o.v !== RECORD_VERSION || typeof o.model !== 'string' || !Array.isArray(o.channels)) {
        return undefined;
    }
    const channels = [];
    for (const c of o.channels) {
        const r = channelRecord(c);
        if (r)
            channels.push(r);
    }
    return { model: o.model, channels };
}
/** Drops our record line from a draft (the PR comment shows drafts without it). */
function withoutRecord(markdown) {
    return markdown.replace(/^<!-- tutorial-amplifier-writer \{.*\} -->\n(?:\n)?/m, '');
}
/** The body of one channel's section in a committed draft, exactly as written there. */
function committedSection(markdown, channel) {
    const doc = parseDraftDocument({ path: 'committed', text: markdown });
    const section = doc.sections.find((s) => s.heading === channel.heading);
    const first = section?.body[0];
    const last = section?.body[section.body.length - 1];
    const start = first?.position?.start.offset;
    const end = last?.position?.end.offset;
    if (start === undefined || end === undefined)
        return undefined;
    return markdown.slice(start, end);
}
/** Looks up one channel in a committed draft: reusable only when model and inputs are unchanged. */
function lookup(committed, channel, key, model) {
    if (!committed || committed.record.model !== model)
        return { kind: 'none' };
    const r = committed.record.channels.find((c) => c.name === channel.id);
    if (!r || r.key !== key)
        return { kind: 'none' };
    if (r.source === 'fallback' && r.fault === undefined) {
        return { kind: 'fallback', rounds: r.rounds, rules: r.rules ?? [] };
    }
    if (r.source !== 'llm' || r.text === undefined)
        return { kind: 'none' };
    const markdown = committedSection(committed.markdown, channel);
    if (markdown === undefined || hash(markdown) !== r.text)
        return { kind: 'none' };
    return { kind: 'text', markdown, rounds: r.rounds };
}

const ZWJ = '\u200D';
const parser$3 = unified().use(remarkParse).use(remarkGfm);
function parse$2(text) {
    return parser$3.parse(text);
}
/** Code spans/blocks and URL-bearing parts of links, in document order (possibly nested). */
function specialRanges(tree, source) {
    const out = [];
    visit(tree, (node) => {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (start === undefined || end === undefined)
            return;
        if (node.type === 'code' || node.type === 'inlineCode') {
            out.push({ start, end, kind: 'code' });
            return SKIP;
        }
        if (node.type === 'image' || node.type === 'definition') {
            out.push({ start, end, kind: 'url' });
            return SKIP;
        }
        if (node.type === 'link') {
            if (source[start] !== '[') {
                // an autolink (`<…>`) or a GFM literal autolink: the visible text is the URL.
                // Bare e-mail literals stay text (they get the ZWJ and stop being links).
                const bareEmail = source[start] !== '<' && node.url.startsWith('mailto:');
                if (!bareEmail)
                    out.push({ start, end, kind: 'url' });
                return SKIP;
            }
            const last = node.children[node.children.length - 1];
            const from = last?.position?.end.offset ?? start;
            out.push({ start: from, end, kind: 'url' });
        }
        return undefined;
    });
    return out;
}
/** Splits [0, length) into text/code/url segments; inner ranges win over outer ones. */
function classify(length, ranges) {
    const kinds = new Array(length).fill('text');
    // links are visited before the code spans inside their text, so later ranges override
    for (const r of ranges)
        kinds.fill(r.kind, r.start, r.end);
    const out = [];
    let i = 0;
    while (i < length) {
        const kind = kinds[i] ?? 'text';
        let j = i + 1;
        while (j < length && kinds[j] === kind)
            j++;
        out.push({ kind, start: i, end: j });
        i = j;
    }
    return out;
}
/**
 * The backslashes before a `<` we turn into `&lt;`: an odd run ends in an escape we no longer need
 * (and must not keep: inside a GFM literal autolink a backslash is just part of the URL).
 */
const unescaped = (bs) => (bs.length % 2 === 1 ? bs.slice(1) : bs);
const breakMarker = (s) => s.replace(/(tutorial-amplifier)(:)/gi, `$1${ZWJ}$2`);
function neutralizeText(s) {
    return breakMarker(s
        .replace(/(\\*)</g, (_, bs) => `${unescaped(bs)}&lt;`)
        .replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`));
}
// `<` that starts an autolink (`<https://…>`, `<a@b.c>`) may stay; any other `<` is escaped
const AUTOLINK = /^<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[^<>\s@]+@[^<>\s]+)>/;
function neutralizeUrl(s) {
    const escaped = s.replace(/(\\*)</g, (m, bs, at) => AUTOLINK.test(s.slice(at + bs.length)) ? m : `${unescaped(bs)}&lt;`);
    return breakMarker(escaped.replace(/<!--/g, '&lt;!--').replace(/@(?=[A-Za-z0-9])/g, '%40'));
}
function neutralizeCode(s) {
    return breakMarker(s.replace(/<!--/g, `<!${ZWJ}--`).replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`));
}
/** Catches anything produced across segment boundaries. */
function finalPass(s) {
    return breakMarker(s.replace(/<!--/g, '&lt;!--').replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`));
}
/**
 * Whether remark must tell code and URLs apart from text. Without backticks or tildes there is no
 * code span or fence, and without link syntax there is no URL; then the plain text rule (the
 * strictest one) applies everywhere. Skipping the parse can only change how a URL or code looks,
 * never what is neutralized.
 */
function needsParse(s, block) {
    if (!/[<@]/.test(s))
        return /[`~]/.test(s) && block; // only a fence may need closing
    if (/[`~]/.test(s))
        return true;
    if (block && /^(?: {4}|\t)/m.test(s))
        return true; // indented code
    if (s.includes('@') && /\]\(|\]:|:\/\/|www\./i.test(s))
        return true; // URLs with an @
    return /<[A-Za-z][A-Za-z0-9+.-]{1,31}:|<[^<>\s@]+@/.test(s); // autolinks
}
function rewrite(source, ranges) {
    let out = '';
    for (const seg of classify(source.length, ranges)) {
        const s = source.slice(seg.start, seg.end);
        out +=
            seg.kind === 'code'
                ? neutralizeCode(s)
                : seg.kind === 'url'
                    ? neutralizeUrl(s)
                    : neutralizeText(s);
    }
    return finalPass(out);
}
/**
 * Escaping a `<` can change how the rest parses (a backtick inside a former HTML tag may now open a
 * code span and shift which backticks pair up), so the result is parsed again and any HTML that
 * appeared is escaped too, until none is left. Each round escapes at least one `<`.
 */
function settle(text) {
    let out = text;
    for (;;) {
        const tree = parse$2(out);
        const html = [];
        visit(tree, 'html', (node) => {
            const start = node.position?.start.offset;
            const end = node.position?.end.offset;
            if (start !== undefined && end !== undefined)
                html.push({ start, end });
        });
        if (html.length === 0)
            return { text: out, tree };
        for (const r of html.reverse()) {
            out = out.slice(0, r.start) + neutralizeText(out.slice(r.start, r.end)) + out.slice(r.end);
        }
    }
}
/** Top-level fenced code blocks that the content opens but never closes. */
function unclosedFence(tree, source) {
    for (const node of tree.children) {
        if (node.type !== 'code')
            continue;
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (start === undefined || end === undefined)
            continue;
        const lines = source.slice(start, end).split('\n');
        const open = /^ {0,3}(`{3,}|~{3,})/.exec(lines[0] ?? '');
        if (!open?.[1])
            continue; // indented code
        const fenceText = open[1];
        const char = fenceText[0] ?? '`';
        const last = lines.length > 1 ? (lines[lines.length - 1] ?? '') : '';
        const close = new RegExp(`^ {0,3}\\${char}{${fenceText.length},}[ \\t]*$`);
        if (!close.test(last))
            return fenceText;
    }
    return undefined;
}
/**
 * Makes Markdown content from a PR safe to embed as a block in our comment or job summary
 * (see the header of this file). The content stays readable and renders almost unchanged.
 */
function neutralize(markdown) {
    const source = markdown.replace(/\r\n?/g, '\n');
    if (!needsParse(source, true))
        return finalPass(neutralizeText(source));
    const { text, tree } = settle(rewrite(source, specialRanges(parse$2(source), source)));
    const open = unclosedFence(tree, text);
    return open ? `${text}${text.endsWith('\n') ? '' : '\n'}${open}` : text;
}
/**
 * Neutralizes text for a one-line Markdown context (a list item, a sentence of ours): newlines
 * become spaces and the text is read as inline content only.
 */
function inlineText(text) {
    const line = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
    if (!needsParse(line, false))
        return finalPass(neutralizeText(line));
    // a leading letter forces a paragraph, so nothing is read as a block (fence, heading, code)
    const prefixed = `a ${line}`;
    return settle(rewrite(prefixed, specialRanges(parse$2(prefixed), prefixed))).text.slice(2);
}
/** Text for the inside of an HTML element we write (e.g. `<summary>`): one line, HTML-escaped. */
function htmlText(text) {
    return finalPass(text
        .replace(/\s*[\r\n]+\s*/g, ' ')
        .trim()
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;'));
}
/** Shortens text to at most `max` characters (with an ellipsis), never splitting a surrogate pair. */
function clip(text, max) {
    if (text.length <= max)
        return text;
    let cut = Math.max(0, max - 1);
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        cut--;
    return `${text.slice(0, cut)}…`;
}

/** Answers longer than this are not a section of a draft (the longest channel is ~200 words). */
const MAX_ANSWER_CHARS = 20000;
const parser$2 = unified().use(remarkParse).use(remarkGfm);
const parse$1 = (s) => parser$2.parse(s);
const norm = (s) => s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
/** The content of a single fenced block that holds the whole answer (```markdown … ```). */
function unwrapFence(text) {
    const root = parse$1(text);
    const only = root.children.length === 1 ? root.children[0] : undefined;
    if (only?.type === 'code' && (!only.lang || /^(?:md|markdown)$/i.test(only.lang))) {
        return only.value;
    }
    return text;
}
/** Drops a first heading that names the section (`## LinkedIn Draft`, `# LinkedIn post`). */
function dropOwnHeading(text, channel) {
    const root = parse$1(text);
    const first = root.children[0];
    if (first?.type !== 'heading')
        return text;
    const h = norm(toString(first));
    const names = [channel.heading, channel.name, ...channel.aliases].map(norm);
    if (!names.some((n) => n !== '' && (h === n || h.startsWith(`${n} `))))
        return text;
    return text.slice(first.position?.end.offset ?? 0);
}
/** The section body in a model's answer, confined and neutralised; or why there is none. */
function extractAnswer(content, channel) {
    if (content.length > MAX_ANSWER_CHARS) {
        return { ok: false, reason: `the answer is ${content.length} characters long` };
    }
    let text = content.replace(/\r\n?/g, '\n').trim();
    text = unwrapFence(text).trim();
    text = dropOwnHeading(text, channel).trim();
    // as our own Markdown: headings of level 1 and 2 made level 3, written from the tree
    text = bodyMarkdown(neutralize(text)).trim();
    if (!/[\p{L}\p{N}]/u.test(text))
        return { ok: false, reason: 'the answer holds no text' };
    return { ok: true, markdown: text };
}

/** Rules about the whole document, not about one channel's text. */
const DOCUMENT_RULES = new Set([RULES.draftMissingSection.id, RULES.draftUnearnedTick.id]);
/** The guard's and the support check's blocking findings on a channel body, lines within the body. */
function checkAnswer(body, channel, env) {
    const head = `# ${env.sheet.title.replace(/\s+/g, ' ').trim() || env.sheet.tutorial}\n\n## ${channel.heading}\n\n`;
    const text = `${head}${body.trim()}\n`;
    const offset = head.split('\n').length - 1; // lines before the body
    const file = { path: env.path, text };
    const doc = parseDraftDocument(file);
    const section = doc.sections.find((s) => s.heading === channel.heading);
    const first = section?.line ?? 1;
    const raw = [
        ...guardDraft(file, env.tutorial, env.registry, env.guard),
        ...supportCheck(doc, env.sheet, [channel.id], {
            channels: env.guard.channels ?? [channel],
            ...(env.allowed ? { allowed: env.allowed } : {})
        })
    ];
    const out = [];
    for (const d of applyRuleConfig(raw, env.rules)) {
        // the other sections are missing on purpose; there is no checklist to tick
        if (DOCUMENT_RULES.has(d.rule))
            continue;
        if (d.line < first || d.severity === 'info')
            continue;
        out.push({
            rule: d.rule,
            severity: d.severity,
            message: d.message,
            line: Math.max(1, d.line - offset)
        });
    }
    if (section && section.body.length === 0) {
        out.unshift({
            rule: 'draft/missing-section',
            severity: 'error',
            message: `the answer holds no text for "## ${channel.heading}"`,
            line: 1
        });
    }
    return out;
}

/**
 * State shared by every draft of one run: after a fault that will not go away by asking again
 * (no connection, a refused key, a rate limit or timeout that outlasted the retries), no further
 * request is sent; the remaining channels fall back at once, naming that fault.
 */
class Session {
    stopped;
}
/** Faults after which asking again in the same run is pointless. */
const STOPS = new Set([
    'unreachable',
    'refused',
    'rate-limit',
    'timeout'
]);
function noAnswer(reason, tooLong) {
    return {
        rule: tooLong ? RULES.draftLength.id : RULES.draftMissingSection.id,
        severity: 'error',
        message: reason,
        line: 1
    };
}
async function ask(channel, job, port, session, cfg, key) {
    let messages = channelMessages(channel, job.sheet);
    let findings = [];
    for (let round = 0; round <= cfg.maxRounds; round++) {
        const r = await port.complete(messages);
        if (!r.ok) {
            if (STOPS.has(r.fault.kind))
                session.stopped = r.fault;
            const rounds = round;
            return {
                report: { name: channel.id, source: 'fallback', rounds, findings, fault: r.fault },
                record: { name: channel.id, source: 'fallback', rounds, fault: r.fault.kind }
            };
        }
        const answer = extractAnswer(r.content, channel);
        findings = answer.ok
            ? checkAnswer(answer.markdown, channel, job.env)
            : [noAnswer(answer.reason, r.content.length > MAX_ANSWER_CHARS)];
        if (answer.ok && findings.length === 0) {
            return {
                report: { name: channel.id, source: 'llm', rounds: round, findings: [] },
                record: {
                    name: channel.id,
                    source: 'llm',
                    rounds: round,
                    key,
                    text: hash(answer.markdown)
                },
                markdown: answer.markdown
            };
        }
        if (round < cfg.maxRounds)
            messages = repairMessages(messages, r.content, findings);
    }
    const rules = [...new Set(findings.map((f) => f.rule))];
    return {
        report: { name: channel.id, source: 'fallback', rounds: cfg.maxRounds, findings },
        record: { name: channel.id, source: 'fallback', rounds: cfg.maxRounds, key, rules }
    };
}
async function writeChannel(channel, job, port, session, cfg) {
    const name = channel.id;
    if (!cfg.channels.includes(name)) {
        return {
            report: { name, source: 'deterministic', rounds: 0, findings: [] },
            record: { name, source: 'deterministic', rounds: 0 }
        };
    }
    const key = cacheKey(channel, job.sheet, cfg.model);
    const cached = lookup(job.committed, channel, key, cfg.model);
    if (cached.kind === 'text' && checkAnswer(cached.markdown, channel, job.env).length === 0) {
        return {
            report: { name, source: 'llm', rounds: cached.rounds, findings: [], cached: true },
            record: { name, source: 'llm', rounds: cached.rounds, key, text: hash(cached.markdown) },
            markdown: cached.markdown
        };
    }
    if (cached.kind === 'fallback') {
        const findings = cached.rules.map((rule) => ({
            rule,
            severity: 'warning',
            message: 'found on the last answer of an earlier run with the same inputs',
            line: 0
        }));
        return {
            report: { name, source: 'fallback', rounds: cached.rounds, findings, cached: true },
            record: { name, source: 'fallback', rounds: cached.rounds, key, rules: cached.rules }
        };
    }
    if (session.stopped) {
        const fault = {
            kind: session.stopped.kind,
            message: `not asked: ${session.stopped.message}`
        };
        return {
            report: { name, source: 'fallback', rounds: 0, findings: [], fault },
            record: { name, source: 'fallback', rounds: 0, fault: fault.kind }
        };
    }
    return ask(channel, job, port, session, cfg, key);
}
/** Writes the model's channels of one draft (see the file header). */
async function writeDraft(job, port, session, cfg) {
    const before = port.requests;
    const sections = new Map();
    const reports = [];
    const records = [];
    for (const channel of job.channels) {
        if (!job.deterministic.has(channel.id))
            continue;
        const o = await writeChannel(channel, job, port, session, cfg);
        if (o.markdown !== undefined)
            sections.set(channel.id, o.markdown);
        reports.push(o.report);
        records.push(o.record);
    }
    return {
        sections,
        report: { kind: 'llm', model: cfg.model, requests: port.requests - before, channels: reports },
        record: { model: cfg.model, channels: records }
    };
}
/** One line for a channel that fell back: the channel and why (findings or the fault). */
function fallbackLine(tutorial, channel, r) {
    const why = r.fault
        ? r.fault.message
        : r.findings
            .slice(0, 5)
            .map((f) => (f.line > 0 ? `${f.rule} (line ${f.line}: ${f.message})` : f.rule))
            .join('; ') + (r.findings.length > 5 ? `; and ${r.findings.length - 5} more` : '');
    const tries = r.fault ? '' : ` after ${r.rounds} repair${r.rounds === 1 ? '' : 's'}`;
    return `${tutorial}: ${channel.name} uses the deterministic text${tries}: ${why}`;
}

// The CLI's commands and options as data. Parsing (args.ts), help (help.ts) and the did-you-mean
// answers all read these tables: adding an option is one entry here (plus its use in cli-main.ts).
/** Where `--cache` keeps its entries, from the workspace root (src/io/cache.ts reads it here). */
const DEFAULT_CACHE_DIR = '.tutorial-amplifier-cache';
const COMMANDS = {
    check: {
        args: '[TUTORIAL_DIR...]',
        summary: 'validate tutorials, registry and committed drafts',
        details: 'Without TUTORIAL_DIR, tutorials come from the config file, else every folder with numbered chapters. Committed drafts that differ from the regenerated ones are reported as draft/stale.'
    },
    generate: {
        args: '[TUTORIAL_DIR...]',
        summary: 'write one amplification draft per tutorial',
        details: 'Drafts are written all or nothing, each only when its content changed.'
    },
    comment: {
        args: '[TUTORIAL_DIR...]',
        summary: 'print the PR comment the action would post',
        details: 'Prints the sticky comment (Markdown) for the selected tutorials.'
    },
    inspect: {
        args: '[DIR...]',
        summary: 'show what the reader made of each tutorial',
        details: 'Prints each tutorial as an outline: chapters in reading order, skipped files with the reason, exercises with their times, diagrams, glossary and stated time. A DIR that is not a tutorial stands for the tutorials under it. Exits 0 whatever it finds.'
    },
    init: {
        args: '',
        summary: 'write a commented config and a workflow for this repository',
        details: 'Writes .github/tutorial-amplifier.yml and .github/workflows/tutorial-amplifier.yml for the tutorials and registry found here. Existing files are kept unless --force is given.'
    },
    help: {
        args: '[COMMAND]',
        summary: 'show help for a command',
        details: ''
    }
};
const COMMAND_NAMES = Object.keys(COMMANDS);
const REPORTING = ['check', 'generate', 'comment'];
const LINTING = ['check', 'generate'];
const OPTIONS = {
    claims: {
        type: 'string',
        multiple: true,
        arg: 'DIR',
        description: 'claims registry folder (repeatable; default: config, else folders named "claims")',
        commands: [...REPORTING, 'inspect', 'init']
    },
    config: {
        type: 'string',
        arg: 'FILE',
        description: 'config file (default: .github/tutorial-amplifier.yml, searched upwards from the current folder)',
        commands: [...REPORTING, 'inspect']
    },
    drafts: {
        type: 'string',
        arg: 'DIR',
        description: 'also guard the committed drafts in DIR (always searched: publication-drafts/ beside each tutorial, drafts.dir, drafts.paths)',
        commands: ['check']
    },
    out: {
        type: 'string',
        arg: 'DIR',
        description: 'write drafts into DIR (default: config, else publication-drafts/ beside each tutorial)',
        commands: ['generate']
    },
    format: {
        type: 'string',
        arg: 'FMT',
        choices: ['text', 'json', 'sarif', 'github'],
        description: 'text (default), json, sarif (SARIF 2.1.0) or github (workflow commands for run: steps); inspect: text or json',
        commands: [...LINTING, 'inspect']
    },
    output: {
        type: 'string',
        short: 'o',
        arg: 'FILE',
        description: 'write the report to FILE instead of standard output',
        commands: [...REPORTING, 'inspect']
    },
    'fail-on': {
        type: 'string',
        arg: 'LEVEL',
        choices: ['error', 'warning', 'never'],
        description: 'error (default), warning or never: which findings make the exit code 1',
        commands: REPORTING
    },
    'max-warnings': {
        type: 'string',
        arg: 'N',
        integer: true,
        description: 'exit code 1 when there are more than N warnings (like eslint)',
        commands: LINTING
    },
    quiet: {
        type: 'boolean',
        short: 'q',
        description: 'report errors only',
        commands: LINTING
    },
    strict: {
        type: 'boolean',
        description: 'untraced figures in drafts are errors',
        commands: REPORTING
    },
    header: {
        type: 'string',
        arg: 'NAME',
        description: "the sticky comment's header (default: default)",
        commands: ['comment']
    },
    force: {
        type: 'boolean',
        description: 'init: overwrite files that exist; generate: write drafts even when their tutorial, the registry or the config has errors',
        commands: ['init', 'generate']
    },
    writer: {
        type: 'string',
        arg: 'KIND',
        choices: ['deterministic', 'llm'],
        description: 'deterministic (default: config) or llm: a model writes each channel, every answer guarded, repaired or replaced by the deterministic text; key from TUTORIAL_AMPLIFIER_LLM_KEY, else GITHUB_TOKEN',
        commands: ['generate', 'comment']
    },
    'llm-endpoint': {
        type: 'string',
        arg: 'URL',
        description: 'OpenAI-compatible API base URL for --writer llm (default: config, else https://models.github.ai/inference)',
        commands: ['generate', 'comment']
    },
    'llm-model': {
        type: 'string',
        arg: 'NAME',
        description: 'model for --writer llm (default: config, else openai/gpt-4.1-mini)',
        commands: ['generate', 'comment']
    },
    cache: {
        type: 'boolean',
        description: `keep what was read (registry, each tutorial) in ${DEFAULT_CACHE_DIR}/ of the workspace; a later run parses only what changed`,
        commands: REPORTING
    },
    'cache-location': {
        type: 'string',
        arg: 'DIR',
        description: `where --cache keeps its entries, inside the workspace (default: ${DEFAULT_CACHE_DIR}; implies --cache)`,
        commands: REPORTING
    },
    root: {
        type: 'string',
        arg: 'DIR',
        description: "workspace root; nothing outside it is read or written (default: the config file's repository, else the current folder)",
        commands: [...REPORTING, 'inspect', 'init']
    },
    help: { type: 'boolean', short: 'h', description: 'show help', commands: '*' },
    version: { type: 'boolean', short: 'v', description: 'show the version', commands: '*' }
};
const OPTION_NAMES = Object.keys(OPTIONS);
function optionApplies(name, command) {
    const spec = OPTIONS[name];
    if (spec.commands === '*')
        return true;
    return command !== undefined && spec.commands.includes(command);
}
const EXIT_CODES_HELP = 'Exit codes: 0 no failing findings, 1 failing findings (or more warnings than --max-warnings), 2 unusable input (unknown command or option, missing path, bad config).';

var utils = {};

var constants;
var hasRequiredConstants;

function requireConstants () {
	if (hasRequiredConstants) return constants;
	hasRequiredConstants = 1;

	const WIN_SLASH = '\\\\/';
	const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

	const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

	/**
	 * Posix glob regex
	 */

	const DOT_LITERAL = '\\.';
	const PLUS_LITERAL = '\\+';
	const QMARK_LITERAL = '\\?';
	const SLASH_LITERAL = '\\/';
	const ONE_CHAR = '(?=.)';
	const QMARK = '[^/]';
	const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
	const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
	const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
	const NO_DOT = `(?!${DOT_LITERAL})`;
	const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
	const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
	const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
	const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
	const STAR = `${QMARK}*?`;
	const SEP = '/';

	const POSIX_CHARS = {
	  DOT_LITERAL,
	  PLUS_LITERAL,
	  QMARK_LITERAL,
	  SLASH_LITERAL,
	  ONE_CHAR,
	  QMARK,
	  END_ANCHOR,
	  DOTS_SLASH,
	  NO_DOT,
	  NO_DOTS,
	  NO_DOT_SLASH,
	  NO_DOTS_SLASH,
	  QMARK_NO_DOT,
	  STAR,
	  START_ANCHOR,
	  SEP
	};

	/**
	 * Windows glob regex
	 */

	const WINDOWS_CHARS = {
	  ...POSIX_CHARS,

	  SLASH_LITERAL: `[${WIN_SLASH}]`,
	  QMARK: WIN_NO_SLASH,
	  STAR: `${WIN_NO_SLASH}*?`,
	  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
	  NO_DOT: `(?!${DOT_LITERAL})`,
	  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
	  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
	  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
	  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
	  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
	  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
	  SEP: '\\'
	};

	/**
	 * POSIX Bracket Regex
	 */

	const POSIX_REGEX_SOURCE = {
	  __proto__: null,
	  alnum: 'a-zA-Z0-9',
	  alpha: 'a-zA-Z',
	  ascii: '\\x00-\\x7F',
	  blank: ' \\t',
	  cntrl: '\\x00-\\x1F\\x7F',
	  digit: '0-9',
	  graph: '\\x21-\\x7E',
	  lower: 'a-z',
	  print: '\\x20-\\x7E ',
	  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
	  space: ' \\t\\r\\n\\v\\f',
	  upper: 'A-Z',
	  word: 'A-Za-z0-9_',
	  xdigit: 'A-Fa-f0-9'
	};

	constants = {
	  DEFAULT_MAX_EXTGLOB_RECURSION,
	  MAX_LENGTH: 1024 * 64,
	  POSIX_REGEX_SOURCE,

	  // regular expressions
	  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
	  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
	  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
	  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
	  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
	  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

	  // Replace globs with equivalent patterns to reduce parsing time.
	  REPLACEMENTS: {
	    __proto__: null,
	    '***': '*',
	    '**/**': '**',
	    '**/**/**': '**'
	  },

	  // Digits
	  CHAR_0: 48, /* 0 */
	  CHAR_9: 57, /* 9 */

	  // Alphabet chars.
	  CHAR_UPPERCASE_A: 65, /* A */
	  CHAR_LOWERCASE_A: 97, /* a */
	  CHAR_UPPERCASE_Z: 90, /* Z */
	  CHAR_LOWERCASE_Z: 122, /* z */

	  CHAR_LEFT_PARENTHESES: 40, /* ( */
	  CHAR_RIGHT_PARENTHESES: 41, /* ) */

	  CHAR_ASTERISK: 42, /* * */

	  // Non-alphabetic chars.
	  CHAR_AMPERSAND: 38, /* & */
	  CHAR_AT: 64, /* @ */
	  CHAR_BACKWARD_SLASH: 92, /* \ */
	  CHAR_CARRIAGE_RETURN: 13, /* \r */
	  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
	  CHAR_COLON: 58, /* : */
	  CHAR_COMMA: 44, /* , */
	  CHAR_DOT: 46, /* . */
	  CHAR_DOUBLE_QUOTE: 34, /* " */
	  CHAR_EQUAL: 61, /* = */
	  CHAR_EXCLAMATION_MARK: 33, /* ! */
	  CHAR_FORM_FEED: 12, /* \f */
	  CHAR_FORWARD_SLASH: 47, /* / */
	  CHAR_GRAVE_ACCENT: 96, /* ` */
	  CHAR_HASH: 35, /* # */
	  CHAR_HYPHEN_MINUS: 45, /* - */
	  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
	  CHAR_LEFT_CURLY_BRACE: 123, /* { */
	  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
	  CHAR_LINE_FEED: 10, /* \n */
	  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
	  CHAR_PERCENT: 37, /* % */
	  CHAR_PLUS: 43, /* + */
	  CHAR_QUESTION_MARK: 63, /* ? */
	  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
	  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
	  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
	  CHAR_SEMICOLON: 59, /* ; */
	  CHAR_SINGLE_QUOTE: 39, /* ' */
	  CHAR_SPACE: 32, /*   */
	  CHAR_TAB: 9, /* \t */
	  CHAR_UNDERSCORE: 95, /* _ */
	  CHAR_VERTICAL_LINE: 124, /* | */
	  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

	  /**
	   * Create EXTGLOB_CHARS
	   */

	  extglobChars(chars) {
	    return {
	      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
	      '?': { type: 'qmark', open: '(?:', close: ')?' },
	      '+': { type: 'plus', open: '(?:', close: ')+' },
	      '*': { type: 'star', open: '(?:', close: ')*' },
	      '@': { type: 'at', open: '(?:', close: ')' }
	    };
	  },

	  /**
	   * Create GLOB_CHARS
	   */

	  globChars(win32) {
	    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
	  }
	};
	return constants;
}

/*global navigator*/

var hasRequiredUtils;

function requireUtils () {
	if (hasRequiredUtils) return utils;
	hasRequiredUtils = 1;
	(function (exports) {

		const {
		  REGEX_BACKSLASH,
		  REGEX_REMOVE_BACKSLASH,
		  REGEX_SPECIAL_CHARS,
		  REGEX_SPECIAL_CHARS_GLOBAL
		} = /*@__PURE__*/ requireConstants();

		exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
		exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
		exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
		exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
		exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

		exports.isWindows = () => {
		  if (typeof navigator !== 'undefined' && navigator.platform) {
		    const platform = navigator.platform.toLowerCase();
		    return platform === 'win32' || platform === 'windows';
		  }

		  if (typeof process !== 'undefined' && process.platform) {
		    return process.platform === 'win32';
		  }

		  return false;
		};

		exports.removeBackslashes = str => {
		  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
		    return match === '\\' ? '' : match;
		  });
		};

		exports.escapeLast = (input, char, lastIdx) => {
		  const idx = input.lastIndexOf(char, lastIdx);
		  if (idx === -1) return input;
		  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
		  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
		};

		exports.removePrefix = (input, state = {}) => {
		  let output = input;
		  if (output.startsWith('./')) {
		    output = output.slice(2);
		    state.prefix = './';
		  }
		  return output;
		};

		exports.wrapOutput = (input, state = {}, options = {}) => {
		  const prepend = options.contains ? '' : '^';
		  const append = options.contains ? '' : '$';

		  let output = `${prepend}(?:${input})${append}`;
		  if (state.negated === true) {
		    output = `(?:^(?!${output}).*$)`;
		  }
		  return output;
		};

		exports.basename = (path, { windows } = {}) => {
		  const segs = path.split(windows ? /[\\/]/ : '/');
		  const last = segs[segs.length - 1];

		  if (last === '') {
		    return segs[segs.length - 2];
		  }

		  return last;
		}; 
	} (utils));
	return utils;
}

var scan_1;
var hasRequiredScan;

function requireScan () {
	if (hasRequiredScan) return scan_1;
	hasRequiredScan = 1;

	const utils = /*@__PURE__*/ requireUtils();
	const {
	  CHAR_ASTERISK,             /* * */
	  CHAR_AT,                   /* @ */
	  CHAR_BACKWARD_SLASH,       /* \ */
	  CHAR_COMMA,                /* , */
	  CHAR_DOT,                  /* . */
	  CHAR_EXCLAMATION_MARK,     /* ! */
	  CHAR_FORWARD_SLASH,        /* / */
	  CHAR_LEFT_CURLY_BRACE,     /* { */
	  CHAR_LEFT_PARENTHESES,     /* ( */
	  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
	  CHAR_PLUS,                 /* + */
	  CHAR_QUESTION_MARK,        /* ? */
	  CHAR_RIGHT_CURLY_BRACE,    /* } */
	  CHAR_RIGHT_PARENTHESES,    /* ) */
	  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
	} = /*@__PURE__*/ requireConstants();

	const isPathSeparator = code => {
	  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
	};

	const depth = token => {
	  if (token.isPrefix !== true) {
	    token.depth = token.isGlobstar ? Infinity : 1;
	  }
	};

	/**
	 * Quickly scans a glob pattern and returns an object with a handful of
	 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
	 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
	 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
	 *
	 * ```js
	 * const pm = require('picomatch');
	 * console.log(pm.scan('foo/bar/*.js'));
	 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
	 * ```
	 * @param {String} `str`
	 * @param {Object} `options`
	 * @return {Object} Returns an object with tokens and regex source string.
	 * @api public
	 */

	const scan = (input, options) => {
	  const opts = options || {};

	  const length = input.length - 1;
	  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
	  const slashes = [];
	  const tokens = [];
	  const parts = [];

	  let str = input;
	  let index = -1;
	  let start = 0;
	  let lastIndex = 0;
	  let isBrace = false;
	  let isBracket = false;
	  let isGlob = false;
	  let isExtglob = false;
	  let isGlobstar = false;
	  let braceEscaped = false;
	  let backslashes = false;
	  let negated = false;
	  let negatedExtglob = false;
	  let finished = false;
	  let braces = 0;
	  let prev;
	  let code;
	  let token = { value: '', depth: 0, isGlob: false };

	  const eos = () => index >= length;
	  const peek = () => str.charCodeAt(index + 1);
	  const advance = () => {
	    prev = code;
	    return str.charCodeAt(++index);
	  };

	  while (index < length) {
	    code = advance();
	    let next;

	    if (code === CHAR_BACKWARD_SLASH) {
	      backslashes = token.backslashes = true;
	      code = advance();

	      if (code === CHAR_LEFT_CURLY_BRACE) {
	        braceEscaped = true;
	      }
	      continue;
	    }

	    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
	      braces++;

	      while (eos() !== true && (code = advance())) {
	        if (code === CHAR_BACKWARD_SLASH) {
	          backslashes = token.backslashes = true;
	          advance();
	          continue;
	        }

	        if (code === CHAR_LEFT_CURLY_BRACE) {
	          braces++;
	          continue;
	        }

	        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
	          isBrace = token.isBrace = true;
	          isGlob = token.isGlob = true;
	          finished = true;

	          if (scanToEnd === true) {
	            continue;
	          }

	          break;
	        }

	        if (braceEscaped !== true && code === CHAR_COMMA) {
	          isBrace = token.isBrace = true;
	          isGlob = token.isGlob = true;
	          finished = true;

	          if (scanToEnd === true) {
	            continue;
	          }

	          break;
	        }

	        if (code === CHAR_RIGHT_CURLY_BRACE) {
	          braces--;

	          if (braces === 0) {
	            braceEscaped = false;
	            isBrace = token.isBrace = true;
	            finished = true;
	            break;
	          }
	        }
	      }

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }

	    if (code === CHAR_FORWARD_SLASH) {
	      slashes.push(index);
	      tokens.push(token);
	      token = { value: '', depth: 0, isGlob: false };

	      if (finished === true) continue;
	      if (prev === CHAR_DOT && index === (start + 1)) {
	        start += 2;
	        continue;
	      }

	      lastIndex = index + 1;
	      continue;
	    }

	    if (opts.noext !== true) {
	      const isExtglobChar = code === CHAR_PLUS
	        || code === CHAR_AT
	        || code === CHAR_ASTERISK
	        || code === CHAR_QUESTION_MARK
	        || code === CHAR_EXCLAMATION_MARK;

	      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
	        isGlob = token.isGlob = true;
	        isExtglob = token.isExtglob = true;
	        finished = true;
	        if (code === CHAR_EXCLAMATION_MARK && index === start) {
	          negatedExtglob = true;
	        }

	        if (scanToEnd === true) {
	          let parens = 0;

	          while (eos() !== true && (code = advance())) {
	            if (code === CHAR_BACKWARD_SLASH) {
	              backslashes = token.backslashes = true;
	              advance();
	              continue;
	            }

	            if (code === CHAR_LEFT_PARENTHESES) {
	              parens++;
	              continue;
	            }

	            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
	              finished = true;
	              break;
	            }
	          }
	          continue;
	        }
	        break;
	      }
	    }

	    if (code === CHAR_ASTERISK) {
	      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
	      isGlob = token.isGlob = true;
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }
	      break;
	    }

	    if (code === CHAR_QUESTION_MARK) {
	      isGlob = token.isGlob = true;
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }
	      break;
	    }

	    if (code === CHAR_LEFT_SQUARE_BRACKET) {
	      while (eos() !== true && (next = advance())) {
	        if (next === CHAR_BACKWARD_SLASH) {
	          backslashes = token.backslashes = true;
	          advance();
	          continue;
	        }

	        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
	          isBracket = token.isBracket = true;
	          isGlob = token.isGlob = true;
	          finished = true;
	          break;
	        }
	      }

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }

	    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
	      negated = token.negated = true;
	      start++;
	      continue;
	    }

	    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
	      isGlob = token.isGlob = true;

	      if (scanToEnd === true) {
	        let parens = 1;

	        while (eos() !== true && (code = advance())) {
	          if (code === CHAR_BACKWARD_SLASH) {
	            backslashes = token.backslashes = true;
	            advance();
	            continue;
	          }

	          if (code === CHAR_LEFT_PARENTHESES) {
	            parens++;
	            continue;
	          }

	          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
	            finished = true;
	            break;
	          }
	        }
	        continue;
	      }
	      break;
	    }

	    if (isGlob === true) {
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }
	  }

	  if (opts.noext === true) {
	    isExtglob = false;
	    isGlob = false;
	  }

	  let base = str;
	  let prefix = '';
	  let glob = '';

	  if (start > 0) {
	    prefix = str.slice(0, start);
	    str = str.slice(start);
	    lastIndex -= start;
	  }

	  if (base && isGlob === true && lastIndex > 0) {
	    base = str.slice(0, lastIndex);
	    glob = str.slice(lastIndex);
	  } else if (isGlob === true) {
	    base = '';
	    glob = str;
	  } else {
	    base = str;
	  }

	  if (base && base !== '' && base !== '/' && base !== str) {
	    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
	      base = base.slice(0, -1);
	    }
	  }

	  if (opts.unescape === true) {
	    if (glob) glob = utils.removeBackslashes(glob);

	    if (base && backslashes === true) {
	      base = utils.removeBackslashes(base);
	    }
	  }

	  const state = {
	    prefix,
	    input,
	    start,
	    base,
	    glob,
	    isBrace,
	    isBracket,
	    isGlob,
	    isExtglob,
	    isGlobstar,
	    negated,
	    negatedExtglob
	  };

	  if (opts.tokens === true) {
	    state.maxDepth = 0;
	    if (!isPathSeparator(code)) {
	      tokens.push(token);
	    }
	    state.tokens = tokens;
	  }

	  if (opts.parts === true || opts.tokens === true) {
	    let prevIndex;

	    for (let idx = 0; idx < slashes.length; idx++) {
	      const n = prevIndex !== undefined ? prevIndex + 1 : start;
	      const i = slashes[idx];
	      const value = input.slice(n, i);
	      if (opts.tokens) {
	        if (idx === 0 && start !== 0) {
	          tokens[idx].isPrefix = true;
	          tokens[idx].value = prefix;
	        } else {
	          tokens[idx].value = value;
	        }
	        depth(tokens[idx]);
	        state.maxDepth += tokens[idx].depth;
	      }
	      if (i >= start) {
	        parts.push(value);
	        prevIndex = i;
	      }
	    }

	    const n = prevIndex !== undefined ? prevIndex + 1 : start;
	    const value = input.slice(n);
	    parts.push(value);

	    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
	      tokens[tokens.length - 1].value = value;
	      depth(tokens[tokens.length - 1]);
	      state.maxDepth += tokens[tokens.length - 1].depth;
	    }

	    state.slashes = slashes;
	    state.parts = parts;
	  }

	  return state;
	};

	scan_1 = scan;
	return scan_1;
}

var parse_1;
var hasRequiredParse;

function requireParse () {
	if (hasRequiredParse) return parse_1;
	hasRequiredParse = 1;

	const constants = /*@__PURE__*/ requireConstants();
	const utils = /*@__PURE__*/ requireUtils();

	/**
	 * Constants
	 */

	const {
	  MAX_LENGTH,
	  POSIX_REGEX_SOURCE,
	  REGEX_NON_SPECIAL_CHARS,
	  REGEX_SPECIAL_CHARS_BACKREF,
	  REPLACEMENTS
	} = constants;

	/**
	 * Helpers
	 */

	const expandRange = (args, options) => {
	  if (typeof options.expandRange === 'function') {
	    return options.expandRange(...args, options);
	  }

	  args.sort();
	  const value = `[${args.join('-')}]`;

	  try {
	    /* eslint-disable-next-line no-new */
	    new RegExp(value);
	  } catch (ex) {
	    return args.map(v => utils.escapeRegex(v)).join('..');
	  }

	  return value;
	};

	/**
	 * Create the message for a syntax error
	 */

	const syntaxError = (type, char) => {
	  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
	};

	const splitTopLevel = input => {
	  const parts = [];
	  let bracket = 0;
	  let paren = 0;
	  let quote = 0;
	  let value = '';
	  let escaped = false;

	  for (const ch of input) {
	    if (escaped === true) {
	      value += ch;
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      value += ch;
	      escaped = true;
	      continue;
	    }

	    if (ch === '"') {
	      quote = quote === 1 ? 0 : 1;
	      value += ch;
	      continue;
	    }

	    if (quote === 0) {
	      if (ch === '[') {
	        bracket++;
	      } else if (ch === ']' && bracket > 0) {
	        bracket--;
	      } else if (bracket === 0) {
	        if (ch === '(') {
	          paren++;
	        } else if (ch === ')' && paren > 0) {
	          paren--;
	        } else if (ch === '|' && paren === 0) {
	          parts.push(value);
	          value = '';
	          continue;
	        }
	      }
	    }

	    value += ch;
	  }

	  parts.push(value);
	  return parts;
	};

	const isPlainBranch = branch => {
	  let escaped = false;

	  for (const ch of branch) {
	    if (escaped === true) {
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      escaped = true;
	      continue;
	    }

	    if (/[?*+@!()[\]{}]/.test(ch)) {
	      return false;
	    }
	  }

	  return true;
	};

	const normalizeSimpleBranch = branch => {
	  let value = branch.trim();
	  let changed = true;

	  while (changed === true) {
	    changed = false;

	    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
	      value = value.slice(2, -1);
	      changed = true;
	    }
	  }

	  if (!isPlainBranch(value)) {
	    return;
	  }

	  return value.replace(/\\(.)/g, '$1');
	};

	const hasRepeatedCharPrefixOverlap = branches => {
	  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

	  for (let i = 0; i < values.length; i++) {
	    for (let j = i + 1; j < values.length; j++) {
	      const a = values[i];
	      const b = values[j];
	      const char = a[0];

	      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
	        continue;
	      }

	      if (a === b || a.startsWith(b) || b.startsWith(a)) {
	        return true;
	      }
	    }
	  }

	  return false;
	};

	const parseRepeatedExtglob = (pattern, requireEnd = true) => {
	  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
	    return;
	  }

	  let bracket = 0;
	  let paren = 0;
	  let quote = 0;
	  let escaped = false;

	  for (let i = 1; i < pattern.length; i++) {
	    const ch = pattern[i];

	    if (escaped === true) {
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      escaped = true;
	      continue;
	    }

	    if (ch === '"') {
	      quote = quote === 1 ? 0 : 1;
	      continue;
	    }

	    if (quote === 1) {
	      continue;
	    }

	    if (ch === '[') {
	      bracket++;
	      continue;
	    }

	    if (ch === ']' && bracket > 0) {
	      bracket--;
	      continue;
	    }

	    if (bracket > 0) {
	      continue;
	    }

	    if (ch === '(') {
	      paren++;
	      continue;
	    }

	    if (ch === ')') {
	      paren--;

	      if (paren === 0) {
	        if (requireEnd === true && i !== pattern.length - 1) {
	          return;
	        }

	        return {
	          type: pattern[0],
	          body: pattern.slice(2, i),
	          end: i
	        };
	      }
	    }
	  }
	};

	const buildCharClassStar = chars => {
	  const source = chars.length === 1
	    ? utils.escapeRegex(chars[0])
	    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

	  return `${source}*`;
	};

	const getStarExtglobSequenceChars = pattern => {
	  let index = 0;
	  const chars = [];

	  while (index < pattern.length) {
	    const match = parseRepeatedExtglob(pattern.slice(index), false);

	    if (!match || match.type !== '*') {
	      return;
	    }

	    const branches = splitTopLevel(match.body).map(branch => branch.trim());
	    if (branches.length !== 1) {
	      return;
	    }

	    const branch = normalizeSimpleBranch(branches[0]);
	    if (!branch || branch.length !== 1) {
	      return;
	    }

	    chars.push(branch);
	    index += match.end + 1;
	  }

	  if (chars.length < 1) {
	    return;
	  }

	  return chars;
	};

	const repeatedExtglobRecursion = pattern => {
	  let depth = 0;
	  let value = pattern.trim();
	  let match = parseRepeatedExtglob(value);

	  while (match) {
	    depth++;
	    value = match.body.trim();
	    match = parseRepeatedExtglob(value);
	  }

	  return depth;
	};

	const analyzeRepeatedExtglob = (body, options) => {
	  if (options.maxExtglobRecursion === false) {
	    return { risky: false };
	  }

	  const max =
	    typeof options.maxExtglobRecursion === 'number'
	      ? options.maxExtglobRecursion
	      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

	  const branches = splitTopLevel(body).map(branch => branch.trim());

	  if (branches.length > 1) {
	    if (
	      branches.some(branch => branch === '') ||
	      branches.some(branch => /^[*?]+$/.test(branch)) ||
	      hasRepeatedCharPrefixOverlap(branches)
	    ) {
	      return { risky: true };
	    }
	  }

	  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
	  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
	  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
	  // characters we can emit one flat, ReDoS-safe character class that preserves the
	  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
	  // every branch but the first.
	  const safeChars = [];
	  let sawStarSequence = false;
	  let combinable = true;

	  for (const branch of branches) {
	    const chars = getStarExtglobSequenceChars(branch);
	    if (chars) {
	      sawStarSequence = true;
	      safeChars.push(...chars);
	      continue;
	    }

	    const literal = normalizeSimpleBranch(branch);
	    if (literal && literal.length === 1) {
	      safeChars.push(literal);
	      continue;
	    }

	    combinable = false;

	    if (repeatedExtglobRecursion(branch) > max) {
	      return { risky: true };
	    }
	  }

	  if (sawStarSequence) {
	    return combinable
	      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
	      : { risky: true };
	  }

	  return { risky: false };
	};

	/**
	 * Parse the given input string.
	 * @param {String} input
	 * @param {Object} options
	 * @return {Object}
	 */

	const parse = (input, options) => {
	  if (typeof input !== 'string') {
	    throw new TypeError('Expected a string');
	  }

	  input = REPLACEMENTS[input] || input;

	  const opts = { ...options };
	  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

	  let len = input.length;
	  if (len > max) {
	    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
	  }

	  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
	  const tokens = [bos];

	  const capture = opts.capture ? '' : '?:';

	  // create constants based on platform, for windows or posix
	  const PLATFORM_CHARS = constants.globChars(opts.windows);
	  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

	  const {
	    DOT_LITERAL,
	    PLUS_LITERAL,
	    SLASH_LITERAL,
	    ONE_CHAR,
	    DOTS_SLASH,
	    NO_DOT,
	    NO_DOT_SLASH,
	    NO_DOTS_SLASH,
	    QMARK,
	    QMARK_NO_DOT,
	    STAR,
	    START_ANCHOR
	  } = PLATFORM_CHARS;

	  const globstar = opts => {
	    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
	  };

	  const nodot = opts.dot ? '' : NO_DOT;
	  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
	  let star = opts.bash === true ? globstar(opts) : STAR;

	  if (opts.capture) {
	    star = `(${star})`;
	  }

	  // minimatch options support
	  if (typeof opts.noext === 'boolean') {
	    opts.noextglob = opts.noext;
	  }

	  const state = {
	    input,
	    index: -1,
	    start: 0,
	    dot: opts.dot === true,
	    consumed: '',
	    output: '',
	    prefix: '',
	    backtrack: false,
	    negated: false,
	    brackets: 0,
	    braces: 0,
	    parens: 0,
	    quotes: 0,
	    globstar: false,
	    tokens
	  };

	  input = utils.removePrefix(input, state);
	  len = input.length;

	  const extglobs = [];
	  const braces = [];
	  const stack = [];
	  let prev = bos;
	  let value;

	  /**
	   * Tokenizing helpers
	   */

	  const eos = () => state.index === len - 1;
	  const peek = state.peek = (n = 1) => input[state.index + n];
	  const advance = state.advance = () => input[++state.index] || '';
	  const remaining = () => input.slice(state.index + 1);
	  const consume = (value = '', num = 0) => {
	    state.consumed += value;
	    state.index += num;
	  };

	  const append = token => {
	    state.output += token.output != null ? token.output : token.value;
	    consume(token.value);
	  };

	  const negate = () => {
	    let count = 1;

	    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
	      advance();
	      state.start++;
	      count++;
	    }

	    if (count % 2 === 0) {
	      return false;
	    }

	    state.negated = true;
	    state.start++;
	    return true;
	  };

	  const increment = type => {
	    state[type]++;
	    stack.push(type);
	  };

	  const decrement = type => {
	    state[type]--;
	    stack.pop();
	  };

	  /**
	   * Push tokens onto the tokens array. This helper speeds up
	   * tokenizing by 1) helping us avoid backtracking as much as possible,
	   * and 2) helping us avoid creating extra tokens when consecutive
	   * characters are plain text. This improves performance and simplifies
	   * lookbehinds.
	   */

	  const push = tok => {
	    if (prev.type === 'globstar') {
	      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
	      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

	      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
	        state.output = state.output.slice(0, -prev.output.length);
	        prev.type = 'star';
	        prev.value = '*';
	        prev.output = star;
	        state.output += prev.output;
	      }
	    }

	    if (extglobs.length && tok.type !== 'paren') {
	      extglobs[extglobs.length - 1].inner += tok.value;
	    }

	    if (tok.value || tok.output) append(tok);
	    if (prev && prev.type === 'text' && tok.type === 'text') {
	      prev.output = (prev.output || prev.value) + tok.value;
	      prev.value += tok.value;
	      return;
	    }

	    tok.prev = prev;
	    tokens.push(tok);
	    prev = tok;
	  };

	  const extglobOpen = (type, value) => {
	    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

	    token.prev = prev;
	    token.parens = state.parens;
	    token.output = state.output;
	    token.startIndex = state.index;
	    token.tokensIndex = tokens.length;
	    const output = (opts.capture ? '(' : '') + token.open;

	    increment('parens');
	    push({ type, value, output: state.output ? '' : ONE_CHAR });
	    push({ type: 'paren', extglob: true, value: advance(), output });
	    extglobs.push(token);
	  };

	  const extglobClose = token => {
	    const literal = input.slice(token.startIndex, state.index + 1);
	    const body = input.slice(token.startIndex + 2, state.index);
	    const analysis = analyzeRepeatedExtglob(body, opts);

	    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
	      const safeOutput = analysis.safeOutput
	        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
	        : undefined;
	      const open = tokens[token.tokensIndex];

	      open.type = 'text';
	      open.value = literal;
	      open.output = safeOutput || utils.escapeRegex(literal);

	      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
	        tokens[i].value = '';
	        tokens[i].output = '';
	        delete tokens[i].suffix;
	      }

	      state.output = token.output + open.output;
	      state.backtrack = true;

	      push({ type: 'paren', extglob: true, value, output: '' });
	      decrement('parens');
	      return;
	    }

	    let output = token.close + (opts.capture ? ')' : '');
	    let rest;

	    if (token.type === 'negate') {
	      let extglobStar = star;

	      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
	        extglobStar = globstar(opts);
	      }

	      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
	        output = token.close = `)$))${extglobStar}`;
	      }

	      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
	        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
	        // In this case, we need to parse the string and use it in the output of the original pattern.
	        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
	        //
	        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
	        const expression = parse(rest, { ...options, fastpaths: false }).output;

	        output = token.close = `)${expression})${extglobStar})`;
	      }

	      if (token.prev.type === 'bos') {
	        state.negatedExtglob = true;
	      }
	    }

	    push({ type: 'paren', extglob: true, value, output });
	    decrement('parens');
	  };

	  /**
	   * Fast paths
	   */

	  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
	    let backslashes = false;

	    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
	      if (first === '\\') {
	        backslashes = true;
	        return m;
	      }

	      if (first === '?') {
	        if (esc) {
	          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
	        }
	        if (index === 0) {
	          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
	        }
	        return QMARK.repeat(chars.length);
	      }

	      if (first === '.') {
	        return DOT_LITERAL.repeat(chars.length);
	      }

	      if (first === '*') {
	        if (esc) {
	          return esc + first + (rest ? star : '');
	        }
	        return star;
	      }
	      return esc ? m : `\\${m}`;
	    });

	    if (backslashes === true) {
	      if (opts.unescape === true) {
	        output = output.replace(/\\/g, '');
	      } else {
	        output = output.replace(/\\+/g, m => {
	          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
	        });
	      }
	    }

	    if (output === input && opts.contains === true) {
	      state.output = input;
	      return state;
	    }

	    state.output = utils.wrapOutput(output, state, options);
	    return state;
	  }

	  /**
	   * Tokenize input until we reach end-of-string
	   */

	  while (!eos()) {
	    value = advance();

	    if (value === '\u0000') {
	      continue;
	    }

	    /**
	     * Escaped characters
	     */

	    if (value === '\\') {
	      const next = peek();

	      if (next === '/' && opts.bash !== true) {
	        continue;
	      }

	      if (next === '.' || next === ';') {
	        continue;
	      }

	      if (!next) {
	        value += '\\';
	        push({ type: 'text', value });
	        continue;
	      }

	      // collapse slashes to reduce potential for exploits
	      const match = /^\\+/.exec(remaining());
	      let slashes = 0;

	      if (match && match[0].length > 2) {
	        slashes = match[0].length;
	        state.index += slashes;
	        if (slashes % 2 !== 0) {
	          value += '\\';
	        }
	      }

	      if (opts.unescape === true) {
	        value = advance();
	      } else {
	        value += advance();
	      }

	      if (state.brackets === 0) {
	        push({ type: 'text', value });
	        continue;
	      }
	    }

	    /**
	     * If we're inside a regex character class, continue
	     * until we reach the closing bracket.
	     */

	    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
	      if (opts.posix !== false && value === ':') {
	        const inner = prev.value.slice(1);
	        if (inner.includes('[')) {
	          prev.posix = true;

	          if (inner.includes(':')) {
	            const idx = prev.value.lastIndexOf('[');
	            const pre = prev.value.slice(0, idx);
	            const rest = prev.value.slice(idx + 2);
	            const posix = POSIX_REGEX_SOURCE[rest];
	            if (posix) {
	              prev.value = pre + posix;
	              state.backtrack = true;
	              advance();

	              if (!bos.output && tokens.indexOf(prev) === 1) {
	                bos.output = ONE_CHAR;
	              }
	              continue;
	            }
	          }
	        }
	      }

	      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
	        value = `\\${value}`;
	      }

	      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
	        value = `\\${value}`;
	      }

	      if (opts.posix === true && value === '!' && prev.value === '[') {
	        value = '^';
	      }

	      prev.value += value;
	      append({ value });
	      continue;
	    }

	    /**
	     * If we're inside a quoted string, continue
	     * until we reach the closing double quote.
	     */

	    if (state.quotes === 1 && value !== '"') {
	      value = utils.escapeRegex(value);
	      prev.value += value;
	      append({ value });
	      continue;
	    }

	    /**
	     * Double quotes
	     */

	    if (value === '"') {
	      state.quotes = state.quotes === 1 ? 0 : 1;
	      if (opts.keepQuotes === true) {
	        push({ type: 'text', value });
	      }
	      continue;
	    }

	    /**
	     * Parentheses
	     */

	    if (value === '(') {
	      increment('parens');
	      push({ type: 'paren', value });
	      continue;
	    }

	    if (value === ')') {
	      if (state.parens === 0 && opts.strictBrackets === true) {
	        throw new SyntaxError(syntaxError('opening', '('));
	      }

	      const extglob = extglobs[extglobs.length - 1];
	      if (extglob && state.parens === extglob.parens + 1) {
	        extglobClose(extglobs.pop());
	        continue;
	      }

	      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
	      decrement('parens');
	      continue;
	    }

	    /**
	     * Square brackets
	     */

	    if (value === '[') {
	      if (opts.nobracket === true || !remaining().includes(']')) {
	        if (opts.nobracket !== true && opts.strictBrackets === true) {
	          throw new SyntaxError(syntaxError('closing', ']'));
	        }

	        value = `\\${value}`;
	      } else {
	        increment('brackets');
	      }

	      push({ type: 'bracket', value });
	      continue;
	    }

	    if (value === ']') {
	      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
	        push({ type: 'text', value, output: `\\${value}` });
	        continue;
	      }

	      if (state.brackets === 0) {
	        if (opts.strictBrackets === true) {
	          throw new SyntaxError(syntaxError('opening', '['));
	        }

	        push({ type: 'text', value, output: `\\${value}` });
	        continue;
	      }

	      decrement('brackets');

	      const prevValue = prev.value.slice(1);
	      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
	        value = `/${value}`;
	      }

	      prev.value += value;
	      append({ value });

	      // when literal brackets are explicitly disabled
	      // assume we should match with a regex character class
	      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
	        continue;
	      }

	      const escaped = utils.escapeRegex(prev.value);
	      state.output = state.output.slice(0, -prev.value.length);

	      // when literal brackets are explicitly enabled
	      // assume we should escape the brackets to match literal characters
	      if (opts.literalBrackets === true) {
	        state.output += escaped;
	        prev.value = escaped;
	        continue;
	      }

	      // when the user specifies nothing, try to match both
	      prev.value = `(${capture}${escaped}|${prev.value})`;
	      state.output += prev.value;
	      continue;
	    }

	    /**
	     * Braces
	     */

	    if (value === '{' && opts.nobrace !== true) {
	      increment('braces');

	      const open = {
	        type: 'brace',
	        value,
	        output: '(',
	        outputIndex: state.output.length,
	        tokensIndex: state.tokens.length
	      };

	      braces.push(open);
	      push(open);
	      continue;
	    }

	    if (value === '}') {
	      const brace = braces[braces.length - 1];

	      if (opts.nobrace === true || !brace) {
	        push({ type: 'text', value, output: value });
	        continue;
	      }

	      let output = ')';

	      if (brace.dots === true) {
	        const arr = tokens.slice();
	        const range = [];

	        for (let i = arr.length - 1; i >= 0; i--) {
	          tokens.pop();
	          if (arr[i].type === 'brace') {
	            break;
	          }
	          if (arr[i].type !== 'dots') {
	            range.unshift(arr[i].value);
	          }
	        }

	        output = expandRange(range, opts);
	        state.backtrack = true;
	      }

	      if (brace.comma !== true && brace.dots !== true) {
	        const out = state.output.slice(0, brace.outputIndex);
	        const toks = state.tokens.slice(brace.tokensIndex);
	        brace.value = brace.output = '\\{';
	        value = output = '\\}';
	        state.output = out;
	        for (const t of toks) {
	          state.output += (t.output || t.value);
	        }
	      }

	      push({ type: 'brace', value, output });
	      decrement('braces');
	      braces.pop();
	      continue;
	    }

	    /**
	     * Pipes
	     */

	    if (value === '|') {
	      if (extglobs.length > 0) {
	        extglobs[extglobs.length - 1].conditions++;
	      }
	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Commas
	     */

	    if (value === ',') {
	      let output = value;

	      const brace = braces[braces.length - 1];
	      if (brace && stack[stack.length - 1] === 'braces') {
	        brace.comma = true;
	        output = '|';
	      }

	      push({ type: 'comma', value, output });
	      continue;
	    }

	    /**
	     * Slashes
	     */

	    if (value === '/') {
	      // if the beginning of the glob is "./", advance the start
	      // to the current index, and don't add the "./" characters
	      // to the state. This greatly simplifies lookbehinds when
	      // checking for BOS characters like "!" and "." (not "./")
	      if (prev.type === 'dot' && state.index === state.start + 1) {
	        state.start = state.index + 1;
	        state.consumed = '';
	        state.output = '';
	        tokens.pop();
	        prev = bos; // reset "prev" to the first token
	        continue;
	      }

	      push({ type: 'slash', value, output: SLASH_LITERAL });
	      continue;
	    }

	    /**
	     * Dots
	     */

	    if (value === '.') {
	      if (state.braces > 0 && prev.type === 'dot') {
	        if (prev.value === '.') prev.output = DOT_LITERAL;
	        const brace = braces[braces.length - 1];
	        prev.type = 'dots';
	        prev.output += value;
	        prev.value += value;
	        brace.dots = true;
	        continue;
	      }

	      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
	        push({ type: 'text', value, output: DOT_LITERAL });
	        continue;
	      }

	      push({ type: 'dot', value, output: DOT_LITERAL });
	      continue;
	    }

	    /**
	     * Question marks
	     */

	    if (value === '?') {
	      const isGroup = prev && prev.value === '(';
	      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        extglobOpen('qmark', value);
	        continue;
	      }

	      if (prev && prev.type === 'paren') {
	        const next = peek();
	        let output = value;

	        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
	          output = `\\${value}`;
	        }

	        push({ type: 'text', value, output });
	        continue;
	      }

	      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
	        push({ type: 'qmark', value, output: QMARK_NO_DOT });
	        continue;
	      }

	      push({ type: 'qmark', value, output: QMARK });
	      continue;
	    }

	    /**
	     * Exclamation
	     */

	    if (value === '!') {
	      if (opts.noextglob !== true && peek() === '(') {
	        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
	          extglobOpen('negate', value);
	          continue;
	        }
	      }

	      if (opts.nonegate !== true && state.index === 0) {
	        negate();
	        continue;
	      }
	    }

	    /**
	     * Plus
	     */

	    if (value === '+') {
	      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        extglobOpen('plus', value);
	        continue;
	      }

	      if ((prev && prev.value === '(') || opts.regex === false) {
	        push({ type: 'plus', value, output: PLUS_LITERAL });
	        continue;
	      }

	      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
	        push({ type: 'plus', value });
	        continue;
	      }

	      push({ type: 'plus', value: PLUS_LITERAL });
	      continue;
	    }

	    /**
	     * Plain text
	     */

	    if (value === '@') {
	      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        push({ type: 'at', extglob: true, value, output: '' });
	        continue;
	      }

	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Plain text
	     */

	    if (value !== '*') {
	      if (value === '$' || value === '^') {
	        value = `\\${value}`;
	      }

	      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
	      if (match) {
	        value += match[0];
	        state.index += match[0].length;
	      }

	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Stars
	     */

	    if (prev && (prev.type === 'globstar' || prev.star === true)) {
	      prev.type = 'star';
	      prev.star = true;
	      prev.value += value;
	      prev.output = star;
	      state.backtrack = true;
	      state.globstar = true;
	      consume(value);
	      continue;
	    }

	    let rest = remaining();
	    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
	      extglobOpen('star', value);
	      continue;
	    }

	    if (prev.type === 'star') {
	      if (opts.noglobstar === true) {
	        consume(value);
	        continue;
	      }

	      const prior = prev.prev;
	      const before = prior.prev;
	      const isStart = prior.type === 'slash' || prior.type === 'bos';
	      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

	      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
	        push({ type: 'star', value, output: '' });
	        continue;
	      }

	      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
	      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
	      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
	        push({ type: 'star', value, output: '' });
	        continue;
	      }

	      // strip consecutive `/**/`
	      while (rest.slice(0, 3) === '/**') {
	        const after = input[state.index + 4];
	        if (after && after !== '/') {
	          break;
	        }
	        rest = rest.slice(3);
	        consume('/**', 3);
	      }

	      // A globstar followed only by balanced closing parens is at the logical end of patterns like
	      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
	      // parent path, except in negated extglobs where that would change the exclusion semantics.
	      const isEnd = eos() || (
	        state.parens > 0
	        && rest === ')'.repeat(state.parens)
	        && !extglobs.some(extglob => extglob.type === 'negate')
	      );

	      if (prior.type === 'bos' && eos()) {
	        prev.type = 'globstar';
	        prev.value += value;
	        prev.output = globstar(opts);
	        state.output = prev.output;
	        state.globstar = true;
	        consume(value);
	        continue;
	      }

	      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
	        state.output = state.output.slice(0, -(prior.output + prev.output).length);
	        prior.output = `(?:${prior.output}`;

	        prev.type = 'globstar';
	        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
	        prev.value += value;
	        state.globstar = true;
	        state.output += prior.output + prev.output;
	        consume(value);
	        continue;
	      }

	      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
	        const end = rest[1] !== void 0 ? '|$' : '';

	        state.output = state.output.slice(0, -(prior.output + prev.output).length);
	        prior.output = `(?:${prior.output}`;

	        prev.type = 'globstar';
	        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
	        prev.value += value;

	        state.output += prior.output + prev.output;
	        state.globstar = true;

	        consume(value + advance());

	        push({ type: 'slash', value: '/', output: '' });
	        continue;
	      }

	      if (prior.type === 'bos' && rest[0] === '/') {
	        prev.type = 'globstar';
	        prev.value += value;
	        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
	        state.output = prev.output;
	        state.globstar = true;
	        consume(value + advance());
	        push({ type: 'slash', value: '/', output: '' });
	        continue;
	      }

	      // remove single star from output
	      state.output = state.output.slice(0, -prev.output.length);

	      // reset previous token to globstar
	      prev.type = 'globstar';
	      prev.output = globstar(opts);
	      prev.value += value;

	      // reset output with globstar
	      state.output += prev.output;
	      state.globstar = true;
	      consume(value);
	      continue;
	    }

	    const token = { type: 'star', value, output: star };

	    if (opts.bash === true) {
	      token.output = '.*?';
	      if (prev.type === 'bos' || prev.type === 'slash') {
	        token.output = nodot + token.output;
	      }
	      push(token);
	      continue;
	    }

	    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
	      token.output = value;
	      push(token);
	      continue;
	    }

	    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
	      if (prev.type === 'dot') {
	        state.output += NO_DOT_SLASH;
	        prev.output += NO_DOT_SLASH;

	      } else if (opts.dot === true) {
	        state.output += NO_DOTS_SLASH;
	        prev.output += NO_DOTS_SLASH;

	      } else {
	        state.output += nodot;
	        prev.output += nodot;
	      }

	      if (peek() !== '*') {
	        state.output += ONE_CHAR;
	        prev.output += ONE_CHAR;
	      }
	    }

	    push(token);
	  }

	  while (state.brackets > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
	    state.output = utils.escapeLast(state.output, '[');
	    decrement('brackets');
	  }

	  while (state.parens > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
	    state.output = utils.escapeLast(state.output, '(');
	    decrement('parens');
	  }

	  while (state.braces > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
	    state.output = utils.escapeLast(state.output, '{');
	    decrement('braces');
	  }

	  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
	    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
	  }

	  // rebuild the output if we had to backtrack at any point
	  if (state.backtrack === true) {
	    state.output = '';

	    for (const token of state.tokens) {
	      state.output += token.output != null ? token.output : token.value;

	      if (token.suffix) {
	        state.output += token.suffix;
	      }
	    }
	  }

	  return state;
	};

	/**
	 * Fast paths for creating regular expressions for common glob patterns.
	 * This can significantly speed up processing and has very little downside
	 * impact when none of the fast paths match.
	 */

	parse.fastpaths = (input, options) => {
	  const opts = { ...options };
	  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
	  const len = input.length;
	  if (len > max) {
	    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
	  }

	  input = REPLACEMENTS[input] || input;

	  // create constants based on platform, for windows or posix
	  const {
	    DOT_LITERAL,
	    SLASH_LITERAL,
	    ONE_CHAR,
	    DOTS_SLASH,
	    NO_DOT,
	    NO_DOTS,
	    NO_DOTS_SLASH,
	    STAR,
	    START_ANCHOR
	  } = constants.globChars(opts.windows);

	  const nodot = opts.dot ? NO_DOTS : NO_DOT;
	  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
	  const capture = opts.capture ? '' : '?:';
	  const state = { negated: false, prefix: '' };
	  let star = opts.bash === true ? '.*?' : STAR;

	  if (opts.capture) {
	    star = `(${star})`;
	  }

	  const globstar = opts => {
	    if (opts.noglobstar === true) return star;
	    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
	  };

	  const create = str => {
	    switch (str) {
	      case '*':
	        return `${nodot}${ONE_CHAR}${star}`;

	      case '.*':
	        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '*.*':
	        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '*/*':
	        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

	      case '**':
	        return nodot + globstar(opts);

	      case '**/*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

	      case '**/*.*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '**/.*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

	      default: {
	        const match = /^(.*?)\.(\w+)$/.exec(str);
	        if (!match) return;

	        const source = create(match[1]);
	        if (!source) return;

	        return source + DOT_LITERAL + match[2];
	      }
	    }
	  };

	  const output = utils.removePrefix(input, state);
	  let source = create(output);

	  if (source && opts.strictSlashes !== true) {
	    source += `${SLASH_LITERAL}?`;
	  }

	  return source;
	};

	parse_1 = parse;
	return parse_1;
}

var picomatch_1$1;
var hasRequiredPicomatch$1;

function requirePicomatch$1 () {
	if (hasRequiredPicomatch$1) return picomatch_1$1;
	hasRequiredPicomatch$1 = 1;

	const scan = /*@__PURE__*/ requireScan();
	const parse = /*@__PURE__*/ requireParse();
	const utils = /*@__PURE__*/ requireUtils();
	const constants = /*@__PURE__*/ requireConstants();
	const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

	/**
	 * Creates a matcher function from one or more glob patterns. The
	 * returned function takes a string to match as its first argument,
	 * and returns true if the string is a match. The returned matcher
	 * function also takes a boolean as the second argument that, when true,
	 * returns an object with additional information.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch(glob[, options]);
	 *
	 * const isMatch = picomatch('*.!(*a)');
	 * console.log(isMatch('a.a')); //=> false
	 * console.log(isMatch('a.b')); //=> true
	 *
	 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
	 * const picomatch = require('picomatch/posix');
	 * // the same API, defaulting to posix paths
	 * const isMatch = picomatch('a/*');
	 * console.log(isMatch('a\\b')); //=> false
	 * console.log(isMatch('a/b')); //=> true
	 *
	 * // you can still configure the matcher function to accept windows paths
	 * const isMatch = picomatch('a/*', { options: windows });
	 * console.log(isMatch('a\\b')); //=> true
	 * console.log(isMatch('a/b')); //=> true
	 * ```
	 * @name picomatch
	 * @param {String|Array} `globs` One or more glob patterns.
	 * @param {Object=} `options`
	 * @return {Function=} Returns a matcher function.
	 * @api public
	 */

	const picomatch = (glob, options, returnState = false) => {
	  if (Array.isArray(glob)) {
	    const fns = glob.map(input => picomatch(input, options, returnState));
	    const arrayMatcher = str => {
	      for (const isMatch of fns) {
	        const state = isMatch(str);
	        if (state) return state;
	      }
	      return false;
	    };
	    return arrayMatcher;
	  }

	  const isState = isObject(glob) && glob.tokens && glob.input;

	  if (glob === '' || (typeof glob !== 'string' && !isState)) {
	    throw new TypeError('Expected pattern to be a non-empty string');
	  }

	  const opts = options || {};
	  const posix = opts.windows;
	  const regex = isState
	    ? picomatch.compileRe(glob, options)
	    : picomatch.makeRe(glob, options, false, true);

	  const state = regex.state;
	  delete regex.state;

	  let isIgnored = () => false;
	  if (opts.ignore) {
	    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
	    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
	  }

	  const matcher = (input, returnObject = false) => {
	    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
	    const result = { glob, state, regex, posix, input, output, match, isMatch };

	    if (typeof opts.onResult === 'function') {
	      opts.onResult(result);
	    }

	    if (isMatch === false) {
	      result.isMatch = false;
	      return returnObject ? result : false;
	    }

	    if (isIgnored(input)) {
	      if (typeof opts.onIgnore === 'function') {
	        opts.onIgnore(result);
	      }
	      result.isMatch = false;
	      return returnObject ? result : false;
	    }

	    if (typeof opts.onMatch === 'function') {
	      opts.onMatch(result);
	    }
	    return returnObject ? result : true;
	  };

	  if (returnState) {
	    matcher.state = state;
	  }

	  return matcher;
	};

	/**
	 * Test `input` with the given `regex`. This is used by the main
	 * `picomatch()` function to test the input string.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.test(input, regex[, options]);
	 *
	 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
	 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
	 * ```
	 * @param {String} `input` String to test.
	 * @param {RegExp} `regex`
	 * @return {Object} Returns an object with matching info.
	 * @api public
	 */

	picomatch.test = (input, regex, options, { glob, posix } = {}) => {
	  if (typeof input !== 'string') {
	    throw new TypeError('Expected input to be a string');
	  }

	  if (input === '') {
	    return { isMatch: false, output: '' };
	  }

	  const opts = options || {};
	  const format = opts.format || (posix ? utils.toPosixSlashes : null);
	  let match = input === glob;
	  let output = (match && format) ? format(input) : input;

	  if (match === false) {
	    output = format ? format(input) : input;
	    match = output === glob;
	  }

	  if (match === false || opts.capture === true) {
	    if (opts.matchBase === true || opts.basename === true) {
	      match = picomatch.matchBase(input, regex, options, posix);
	    } else {
	      match = regex.exec(output);
	    }
	  }

	  return { isMatch: Boolean(match), match, output };
	};

	/**
	 * Match the basename of a filepath.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.matchBase(input, glob[, options]);
	 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
	 * ```
	 * @param {String} `input` String to test.
	 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
	 * @return {Boolean}
	 * @api public
	 */

	picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
	  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
	  return regex.test(utils.basename(input, { windows: posix }));
	};

	/**
	 * Returns true if **any** of the given glob `patterns` match the specified `string`.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.isMatch(string, patterns[, options]);
	 *
	 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
	 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
	 * ```
	 * @param {String|Array} str The string to test.
	 * @param {String|Array} patterns One or more glob patterns to use for matching.
	 * @param {Object} [options] See available [options](#options).
	 * @return {Boolean} Returns true if any patterns match `str`
	 * @api public
	 */

	picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

	/**
	 * Parse a glob pattern to create the source string for a regular
	 * expression.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * const result = picomatch.parse(pattern[, options]);
	 * ```
	 * @param {String} `pattern`
	 * @param {Object} `options`
	 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
	 * @api public
	 */

	picomatch.parse = (pattern, options) => {
	  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
	  return parse(pattern, { ...options, fastpaths: false });
	};

	/**
	 * Scan a glob pattern to separate the pattern into segments.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.scan(input[, options]);
	 *
	 * const result = picomatch.scan('!./foo/*.js');
	 * console.log(result);
	 * { prefix: '!./',
	 *   input: '!./foo/*.js',
	 *   start: 3,
	 *   base: 'foo',
	 *   glob: '*.js',
	 *   isBrace: false,
	 *   isBracket: false,
	 *   isGlob: true,
	 *   isExtglob: false,
	 *   isGlobstar: false,
	 *   negated: true }
	 * ```
	 * @param {String} `input` Glob pattern to scan.
	 * @param {Object} `options`
	 * @return {Object} Returns an object with
	 * @api public
	 */

	picomatch.scan = (input, options) => scan(input, options);

	/**
	 * Compile a regular expression from the `state` object returned by the
	 * [parse()](#parse) method.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * const state = picomatch.parse('*.js');
	 * // picomatch.compileRe(state[, options]);
	 *
	 * console.log(picomatch.compileRe(state));
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {Object} `state`
	 * @param {Object} `options`
	 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
	 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
	 * @return {RegExp}
	 * @api public
	 */

	picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
	  if (returnOutput === true) {
	    return state.output;
	  }

	  const opts = options || {};
	  const prepend = opts.contains ? '' : '^';
	  const append = opts.contains ? '' : '$';

	  let source = `${prepend}(?:${state.output})${append}`;
	  if (state && state.negated === true) {
	    source = `^(?!${source}).*$`;
	  }

	  const regex = picomatch.toRegex(source, options);
	  if (returnState === true) {
	    regex.state = state;
	  }

	  return regex;
	};

	/**
	 * Create a regular expression from a parsed glob pattern.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.makeRe(state[, options]);
	 *
	 * const result = picomatch.makeRe('*.js');
	 * console.log(result);
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {String} `state` The object returned from the `.parse` method.
	 * @param {Object} `options`
	 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
	 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
	 * @return {RegExp} Returns a regex created from the given pattern.
	 * @api public
	 */

	picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
	  if (!input || typeof input !== 'string') {
	    throw new TypeError('Expected a non-empty string');
	  }

	  let parsed = { negated: false, fastpaths: true };

	  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
	    parsed.output = parse.fastpaths(input, options);
	  }

	  if (!parsed.output) {
	    parsed = parse(input, options);
	  }

	  return picomatch.compileRe(parsed, options, returnOutput, returnState);
	};

	/**
	 * Create a regular expression from the given regex source string.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.toRegex(source[, options]);
	 *
	 * const { output } = picomatch.parse('*.js');
	 * console.log(picomatch.toRegex(output));
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {String} `source` Regular expression source string.
	 * @param {Object} `options`
	 * @return {RegExp}
	 * @api public
	 */

	picomatch.toRegex = (source, options) => {
	  try {
	    const opts = options || {};
	    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
	  } catch (err) {
	    if (options && options.debug === true) throw err;
	    return /$^/;
	  }
	};

	/**
	 * Picomatch constants.
	 * @return {Object}
	 */

	picomatch.constants = constants;

	/**
	 * Expose "picomatch"
	 */

	picomatch_1$1 = picomatch;
	return picomatch_1$1;
}

var picomatch_1;
var hasRequiredPicomatch;

function requirePicomatch () {
	if (hasRequiredPicomatch) return picomatch_1;
	hasRequiredPicomatch = 1;

	const pico = /*@__PURE__*/ requirePicomatch$1();
	const utils = /*@__PURE__*/ requireUtils();

	function picomatch(glob, options, returnState = false) {
	  // default to os.platform()
	  if (options && (options.windows === null || options.windows === undefined)) {
	    // don't mutate the original options object
	    options = { ...options, windows: utils.isWindows() };
	  }

	  return pico(glob, options, returnState);
	}

	Object.assign(picomatch, pico);
	picomatch_1 = picomatch;
	return picomatch_1;
}

var picomatchExports = /*@__PURE__*/ requirePicomatch();
var picomatch = /*@__PURE__*/getDefaultExportFromCjs(picomatchExports);

// Which tutorial a committed draft belongs to, from its file name or its first lines. Pure: the
// shell (src/io/project.ts) reads the files and hands in their names and text.
//
// - By name: the file's base name contains the tutorial's folder name between separators (start or
//   end of the name, `_`, `-`, `.`, space): `2026-01-04__101_getting-started__draft.md`,
//   `linkedin-draft__101_getting-started.md`, `101_getting-started-talk.md`. Case is ignored.
//   When folder names nest (`kafka` and `kafka-streams`), the longest that matches wins.
// - By content: the front matter or the first lines name the tutorial's path
//   (`tutorial: tutorials/101_getting-started`, `Source: tutorials/101_getting-started/README.md`).
/** Lines of the file read for a tutorial path (front matter included). */
const HEAD_LINES = 20;
const SEP = '[\\s._-]';
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function nameRe(name) {
    return new RegExp(`(?:^|${SEP})${escapeRe(name)}(?:${SEP}|$)`, 'i');
}
function pathRe(p) {
    // a path token: not glued to more path characters on either side (a trailing `/…` is fine)
    return new RegExp(`(?<![\\w./-])(?:\\./)?${escapeRe(p)}(?=/|[^\\w.-]|\\.(?:\\s|$)|$)`, 'm');
}
function longest(refs) {
    let best;
    for (const r of refs)
        if (!best || r.name.length > best.name.length)
            best = r;
    return best;
}
/** The tutorial a draft belongs to, or undefined when its name and first lines name none. */
function matchDraft(file, text, tutorials) {
    const base = file.slice(file.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
    const byName = longest(tutorials.filter((t) => t.name !== '' && nameRe(t.name).test(base)));
    if (byName)
        return { tutorial: byName, by: 'name' };
    const head = text.split('\n', HEAD_LINES).join('\n');
    let best;
    for (const t of tutorials) {
        for (const p of t.paths) {
            const clean = p.replace(/\/+$/, '');
            if (clean === '' || clean === '.')
                continue;
            if (pathRe(clean).test(head) && (!best || clean.length > best.len)) {
                best = { ref: t, len: clean.length };
            }
        }
    }
    return best ? { tutorial: best.ref, by: 'content' } : undefined;
}

// Does a folder look like a tutorial? Decided from names only (the shell lists, this decides), so
// autodetection recognises the same layouts the reader orders (src/tutorial/order.ts). Pure.
const INTRO = /^(?:readme|index|_index)\.(?:md|markdown|mdx)$/i;
/** A Docusaurus site's config: its `docs/` holds the chapters, possibly only in category folders. */
const DOCUSAURUS = /^docusaurus\.config\.(?:js|cjs|mjs|ts)$/i;
/** A Hugo site's config: its `content/` holds the chapters. */
const HUGO = /^(?:hugo|config)\.(?:toml|ya?ml|json)$/i;
const chapterFiles = (files) => files.filter((f) => MARKDOWN$1.test(f) && notContent(f) === undefined);
/** Numbered Markdown files or a SUMMARY.md: a tutorial of its own. */
function selfContained(files) {
    const md = chapterFiles(files);
    return md.some((f) => /^summary\.md$/i.test(f)) || md.some((f) => numberOf(f) !== undefined);
}
/**
 * A SUMMARY.md, a mkdocs.yml, numbered chapter files (`01-x.md`, `lab-3-x.md`), a README beside
 * numbered chapter folders (`01-x/README.md`, `Lab3/README.md`), or a README beside `docs/` (with
 * chapters in it, or a Docusaurus config beside it: its chapters may all be in category folders),
 * or beside a Hugo site's `content/` (a `hugo.toml` / `config.toml` beside it), or beside one folder
 * of numbered lessons, labs or chapters (`lessons/01-x.md`).
 * A folder whose numbered subfolders are tutorials themselves is a collection, not a tutorial.
 */
function looksLikeTutorial$1(l) {
    if (selfContained(l.files))
        return true;
    if (l.files.some((f) => /^mkdocs\.ya?ml$/i.test(f)))
        return true;
    const intro = l.files.some((f) => INTRO.test(f));
    if (!intro)
        return false;
    const numbered = l.folders.filter((d) => numberOf(d.name) !== undefined && notContent(`${d.name}/x.md`) === undefined);
    if (numbered.length > 0 &&
        numbered.some((d) => chapterFiles(d.files).length > 0) &&
        !numbered.some((d) => selfContained(d.files))) {
        return true;
    }
    const docusaurus = l.files.some((f) => DOCUSAURUS.test(f));
    const hugo = l.files.some((f) => HUGO.test(f));
    const lessons = l.folders.filter((d) => CHAPTER_DIRS.has(d.name.toLowerCase()) && selfContained(d.files));
    return (lessons.length === 1 ||
        l.folders.some((d) => (d.name.toLowerCase() === 'docs' && (docusaurus || chapterFiles(d.files).length > 0)) ||
            (d.name.toLowerCase() === 'content' && hugo)));
}
const LOCAL_MD_LINK = /\]\(\s*<?([^)\s>]+\.(?:md|markdown))(?:#[^)\s]*)?>?(?:\s+"[^"]*")?\s*\)/giu;
/**
 * For a folder whose names say nothing: its README links two or more local chapter files (a list
 * or a table of labs), or two or more of its pages carry a front matter order key. `intro` is the
 * README's text, `pages` the other Markdown texts of the folder.
 */
function looksLikeTutorialByContent(intro, pages) {
    if (intro !== undefined) {
        const targets = new Set();
        for (const m of intro.matchAll(LOCAL_MD_LINK)) {
            const url = m[1] ?? '';
            if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('../'))
                continue;
            if (notContent(url) === undefined)
                targets.add(url);
        }
        if (targets.size >= 2)
            return true;
    }
    const keyed = pages.filter((p) => /^---\r?\n(?:[^\n]*\r?\n)*?(?:sidebar_position|nav_order|weight)\s*:\s*\d/u.test(p));
    return keyed.length >= 2;
}

// The config's `ignore:` globs (picomatch), matched against workspace-relative POSIX paths. A
// pattern that matches a folder ignores everything under it.
const cache = new WeakMap();
/** A matcher for absolute paths under `root`; nothing is ignored without patterns. */
function ignoreMatcher(root, patterns) {
    if (!patterns || patterns.length === 0)
        return () => false;
    let match = cache.get(patterns);
    if (!match) {
        match = picomatch([...patterns], { dot: true });
        cache.set(patterns, match);
    }
    const test = match;
    return (abs) => {
        const rel = path.relative(root, abs).split(path.sep).join('/');
        if (rel === '' || rel.startsWith('../'))
            return false;
        // the path itself or any folder above it
        const parts = rel.split('/');
        for (let i = parts.length; i > 0; i--)
            if (test(parts.slice(0, i).join('/')))
                return true;
        return false;
    };
}

// The shell's view of a project on disk: find tutorials, registry folders and committed drafts,
// read them into SourceFiles, and say where drafts go. Everything outside the workspace is refused.
/** Folders never searched when autodetecting or listing files. */
const SKIP_DIRS = new Set(['node_modules', 'dist', 'coverage', 'build', 'publication-drafts']);
const TUTORIAL_FILE = /\.(?:md|markdown|mdx)$/i;
const MKDOCS = /^mkdocs\.ya?ml$/i;
/** Docusaurus's per-folder sidebar settings, read for their `position` (src/tutorial/order.ts). */
const CATEGORY = /^_category_\.(?:json|ya?ml)$/i;
const REGISTRY_FILE = /\.(md|markdown|ya?ml)$/i;
function skipDir(name) {
    return name.startsWith('.') || SKIP_DIRS.has(name);
}
function list(dir) {
    try {
        return readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    }
    catch {
        return [];
    }
}
const fileNames = (entries) => entries.filter((e) => !e.isDirectory()).map((e) => e.name);
/** Markdown pages read for autodetection at most per folder (their texts decide, not their names). */
const CONTENT_PAGES = 40;
/**
 * True when a folder looks like a tutorial (the layouts src/tutorial/layout.ts knows). With
 * `byContent`, a folder whose names say nothing is judged by its README's links and its pages'
 * front matter too (not for the workspace root: a repository README links files of every kind).
 */
function looksLikeTutorial(dir, byContent = false) {
    const entries = list(dir);
    const folders = entries
        .filter((e) => e.isDirectory() && !skipDir(e.name))
        .map((e) => ({ name: e.name, files: fileNames(list(path.join(dir, e.name))) }));
    const files = fileNames(entries);
    if (looksLikeTutorial$1({ files, folders }))
        return true;
    if (!byContent)
        return false;
    // regular files only: a symbolic link could lead out of the workspace
    const md = entries
        .filter((e) => e.isFile() && TUTORIAL_FILE.test(e.name))
        .map((e) => e.name)
        .slice(0, CONTENT_PAGES);
    const text = (name) => {
        const r = readSource(dir, path.join(dir, name), name, RULES.tutorialStructure);
        return 'file' in r ? r.file.text : undefined;
    };
    const introName = md.find((n) => /^(?:readme|index)\.(?:md|markdown|mdx)$/i.test(n));
    const pages = md.filter((n) => n !== introName).map(text);
    return looksLikeTutorialByContent(introName ? text(introName) : undefined, pages.filter((p) => p !== undefined));
}
/** Tutorial folders and registry folders (named `claims`) under the workspace, sorted. */
function autodetect(ws) {
    const tutorials = [];
    const claims = [];
    const ignored = ignoreMatcher(ws.root, ws.ignore);
    const walk = (dir, depth, inTutorial) => {
        if (depth > 8)
            return;
        for (const e of list(dir)) {
            if (!e.isDirectory() || skipDir(e.name))
                continue;
            const abs = path.join(dir, e.name);
            if (ignored(abs))
                continue;
            if (e.name === 'claims')
                claims.push(abs);
            else if (inTutorial)
                continue;
            else if (looksLikeTutorial(abs, true)) {
                tutorials.push(abs);
                walk(abs, depth + 1, true); // a registry may sit inside; nested tutorials are chapters
            }
            else
                walk(abs, depth + 1, false);
        }
    };
    // a repository that is one tutorial (README.md beside docs/, a SUMMARY.md, a mkdocs.yml)
    const rootIsTutorial = looksLikeTutorial(ws.root);
    if (rootIsTutorial)
        tutorials.push(ws.root);
    walk(ws.root, 0, rootIsTutorial);
    return { tutorials, claims };
}
function skipReason(name) {
    if (name === 'node_modules')
        return 'installed dependencies; not read';
    if (name === 'publication-drafts')
        return 'amplification drafts; not read as chapters';
    if (name.startsWith('.'))
        return 'hidden folder; not read';
    return 'build output; not read';
}
/**
 * Reads every file under `dir` whose name matches `accept`. Each folder is walked once, by its
 * real path: a symbolic link to a folder already walked (a cycle such as `a -> .`, or a second way
 * into the same folder) is reported once, at the link, and not followed. Links are followed only
 * after every real folder is walked, so the real path always wins. Every file goes through the
 * workspace gate (`readSource`). `visited` is shared between calls that must not read one folder
 * twice (several registry folders).
 */
function collect$1(ws, dir, accept, rule, recursive, exclude = new Map(), skip = skipDir, visited = new Set()) {
    const out = { files: [], diagnostics: [], skipped: [] };
    const ignored = ignoreMatcher(ws.root, ws.ignore);
    const refuse = (abs, why) => {
        const at = { file: displayPath(abs, ws.cwd), line: 1, column: 1 };
        out.diagnostics.push(diagnostic(rule, at, why));
    };
    const realOf = (abs) => {
        try {
            return realpathSync(abs);
        }
        catch {
            return undefined;
        }
    };
    const read = (abs) => {
        const r = readSource(ws.root, abs, displayPath(abs, ws.cwd), rule);
        if ('file' in r)
            out.files.push(r.file);
        else
            out.diagnostics.push(r.diagnostic);
    };
    /** false when the folder is excluded or skipped (and recorded as such) */
    const enter = (abs, name) => {
        const excluded = exclude.get(abs);
        if (excluded !== undefined || skip(name)) {
            // git's folder and our parse cache (`--cache`) are no part of any tutorial: not listed
            if (name !== '.git' && name !== DEFAULT_CACHE_DIR) {
                const display = displayPath(abs, ws.cwd);
                out.skipped.push({ file: `${display}/`, reason: excluded ?? skipReason(name) });
            }
            return false;
        }
        return true;
    };
    const links = [];
    const walk = (start) => {
        const first = realOf(start);
        if (first === undefined || visited.has(first))
            return;
        visited.add(first);
        // an explicit stack (children pushed in reverse) keeps the sorted depth-first order
        // without recursion, however deep the tree
        const stack = [start];
        while (stack.length > 0) {
            const d = stack.pop();
            const subdirs = [];
            for (const e of list(d)) {
                const abs = path.join(d, e.name);
                if (ignored(abs))
                    continue;
                if (e.isSymbolicLink()) {
                    links.push({ abs, name: e.name, from: d });
                    continue;
                }
                if (e.isDirectory()) {
                    if (!enter(abs, e.name))
                        continue;
                    const real = realOf(abs);
                    if (real === undefined || visited.has(real))
                        continue;
                    visited.add(real);
                    subdirs.push(abs);
                    continue;
                }
                if (accept(e.name, abs))
                    read(abs);
            }
            for (let i = subdirs.length - 1; i >= 0; i--)
                stack.push(subdirs[i]);
        }
    };
    walk(dir);
    // symbolic links last, in the order met; following one may find more
    for (let i = 0; i < links.length; i++) {
        const { abs, name, from } = links[i];
        if (!realInside(ws.root, abs)) {
            if (existsSync(abs))
                refuse(abs, 'symbolic link leads outside the workspace; not read');
            continue;
        }
        let isDir;
        try {
            isDir = statSync(abs).isDirectory();
        }
        catch {
            continue; // dangling link
        }
        if (!isDir) {
            if (accept(name, abs))
                read(abs);
            continue;
        }
        if (!enter(abs, name))
            continue;
        const real = realOf(abs);
        if (real === undefined)
            continue;
        if (visited.has(real)) {
            const into = realOf(from);
            const cycle = into !== undefined && (into === real || into.startsWith(real + path.sep));
            const target = displayPath(path.resolve(from, readlinkOr(abs)), ws.cwd);
            refuse(abs, cycle
                ? `symbolic link cycle: leads back to ${target}, a folder that contains it; not followed`
                : `symbolic link leads to ${target}, a folder already read; not followed`);
            continue;
        }
        walk(abs);
    }
    return out;
}
function readlinkOr(abs) {
    try {
        return readlinkSync(abs);
    }
    catch {
        return abs;
    }
}
/** `p` (relative to `base`) as an absolute folder inside the workspace; UsageError otherwise. */
function requireDir(ws, base, p, what) {
    const abs = resolveInside(ws.root, base, p, what);
    if (!existsSync(abs))
        throw new UsageError(`${what} path "${p}" does not exist`);
    if (!lstatSync(abs).isDirectory() && !statSync(abs).isDirectory()) {
        throw new UsageError(`${what} path "${p}" is not a folder`);
    }
    return abs;
}
/** Absolute tutorial and registry folders for a selection: arguments, else config, else autodetection. */
function resolveFolders(ws, config, sel) {
    // Paths on the command line are relative to the working directory, those in the config to the root.
    const pick = (args, configured, what) => args && args.length > 0
        ? args.map((p) => requireDir(ws, ws.cwd, p, what))
        : configured.map((p) => requireDir(ws, ws.root, p, what));
    let tutorialDirs = pick(sel.tutorials, config.tutorials, 'tutorial');
    let claimDirs = pick(sel.claims, config.claims, 'claims');
    let autodetected = false;
    if (tutorialDirs.length === 0 || claimDirs.length === 0) {
        const found = autodetect(ws);
        if (tutorialDirs.length === 0)
            tutorialDirs = found.tutorials;
        if (claimDirs.length === 0)
            claimDirs = found.claims;
        autodetected = true;
    }
    if (tutorialDirs.length === 0) {
        throw new UsageError('no tutorial found: pass tutorial folders, list them under "tutorials:" in the config, or add numbered chapters (01-*.md)');
    }
    return {
        tutorialDirs: [...new Set(tutorialDirs)],
        claimDirs: [...new Set(claimDirs)],
        autodetected
    };
}
/**
 * Reads one tutorial folder's Markdown and MDX files (and a mkdocs.yml at its top, and Docusaurus
 * `_category_` files for their folders' positions). Folders not read are
 * listed with the reason; `claimDirs` (registries inside the folder) are among them.
 */
function readTutorial(ws, dir, claimDirs = []) {
    const exclude = new Map(claimDirs.filter((d) => d !== dir).map((d) => [d, 'claims registry; read as the registry']));
    const accept = (name, abs) => TUTORIAL_FILE.test(name) ||
        CATEGORY.test(name) ||
        (MKDOCS.test(name) && path.dirname(abs) === dir);
    const c = collect$1(ws, dir, accept, RULES.tutorialStructure, true, exclude);
    const shown = displayPath(dir, ws.cwd);
    const out = {
        dir: shown,
        files: c.files,
        diagnostics: c.diagnostics
    };
    if (c.skipped.length > 0)
        out.skipped = c.skipped;
    // the working folder itself (`.`, `..`): its name is that of the folder
    if (/^\.\.?$/.test(path.posix.basename(shown)))
        out.name = path.basename(dir);
    return out;
}
/** Reads every registry file of the given folders. */
function readRegistry(ws, dirs) {
    const out = { files: [], diagnostics: [], skipped: [] };
    const visited = new Set();
    for (const d of dirs) {
        const c = collect$1(ws, d, (n) => REGISTRY_FILE.test(n), RULES.registryParse, true, new Map(), skipDir, visited);
        append(out.files, c.files);
        append(out.diagnostics, c.diagnostics);
    }
    return out;
}
/**
 * `publication-drafts/` beside a tutorial; inside it when the tutorial is the workspace itself (a
 * workshop whose chapters sit at the repository root), whose parent is no place to read or write.
 */
function besideDrafts(ws, tutorialDir) {
    const atRoot = path.resolve(tutorialDir) === path.resolve(ws.root);
    return path.join(atRoot ? tutorialDir : path.dirname(tutorialDir), 'publication-drafts');
}
/** Absolute path of the draft for a tutorial folder. */
function draftPathFor(ws, config, tutorialDir) {
    const name = path.basename(tutorialDir);
    const file = config.draftFileName.replace(/\{tutorial\}/g, name);
    const dir = config.draftsDir
        ? resolveInside(ws.root, ws.root, config.draftsDir, 'drafts')
        : besideDrafts(ws, tutorialDir);
    return resolveInside(ws.root, ws.root, path.join(dir, file), 'draft');
}
/** Markdown files, the only ones a drafts folder or a `drafts.paths` glob yields. */
const MARKDOWN = /\.(?:md|markdown|mdx)$/i;
/** Every tutorial folder of the project, whatever the selection: config, else autodetected. */
function knownTutorials(ws, config) {
    try {
        return config.tutorials.length > 0
            ? config.tutorials.map((p) => requireDir(ws, ws.root, p, 'tutorial'))
            : autodetect(ws).tutorials;
    }
    catch {
        return []; // a broken config entry is reported where the tutorials are read
    }
}
function isDir(abs) {
    try {
        return statSync(abs).isDirectory();
    }
    catch {
        return false;
    }
}
/**
 * Drafts folders: `publication-drafts/` beside each tutorial, `drafts.dir`, and `dir`. A folder
 * that is a symbolic link leading out of the workspace is reported and not read.
 */
function draftFolders(ws, config, tutorials, diagnostics, dir) {
    const out = new Set();
    for (const t of tutorials) {
        const beside = besideDrafts(ws, t);
        if (!isDir(beside))
            continue;
        if (realInside(ws.root, beside))
            out.add(beside);
        else {
            const at = { file: displayPath(beside, ws.cwd), line: 1, column: 1 };
            const why = 'symbolic link leads outside the workspace; not read';
            diagnostics.push(diagnostic(RULES.tutorialStructure, at, why));
        }
    }
    if (config.draftsDir) {
        const abs = resolveInside(ws.root, ws.root, config.draftsDir, 'drafts');
        if (isDir(abs))
            out.add(abs);
    }
    if (dir)
        out.add(requireDir(ws, ws.cwd, dir, 'drafts'));
    return [...out].sort();
}
/** Files matching the `drafts.paths` globs, walked from each pattern's fixed base folder. */
function globbed(ws, patterns) {
    const out = { files: [], diagnostics: [], skipped: [] };
    if (patterns.length === 0)
        return out;
    const isMatch = picomatch([...patterns], { dot: true });
    const bases = new Set();
    for (const p of patterns) {
        const base = picomatch.scan(p).base;
        const abs = path.resolve(ws.root, base);
        if (isDir(abs) && realInside(ws.root, abs))
            bases.add(abs);
    }
    const seen = new Set();
    for (const base of [...bases].sort()) {
        const c = collect$1(ws, base, (_name, abs) => MARKDOWN.test(abs) && isMatch(displayPath(abs, ws.root)), RULES.tutorialStructure, true, new Map(), (name) => name === 'node_modules' || name === '.git');
        for (const f of c.files) {
            if (seen.has(f.path))
                continue;
            seen.add(f.path);
            out.files.push(f);
        }
        append(out.diagnostics, c.diagnostics);
    }
    return out;
}
/**
 * The committed drafts of the selected tutorials, and a `draft/unmatched` finding for every
 * Markdown file in a drafts folder (or matched by `drafts.paths`) that belongs to no tutorial of
 * the project. Drafts of project tutorials outside the selection are left to their own run. The
 * CLI's `check` and the action both call this, so they guard the same files.
 */
function discoverDrafts(ws, config, tutorialDirs, search = {}) {
    const selected = new Set(tutorialDirs);
    const universe = [...new Set([...tutorialDirs, ...(search.known ?? knownTutorials(ws, config))])];
    const refs = universe.map((abs) => {
        const ref = {
            name: path.basename(abs),
            paths: [...new Set([displayPath(abs, ws.root), displayPath(abs, ws.cwd)])],
            abs
        };
        return ref;
    });
    const drafts = [];
    const diagnostics = [];
    const ignored = ignoreMatcher(ws.root, ws.ignore);
    const files = [];
    const seen = new Set();
    const add = (c) => {
        append(diagnostics, c.diagnostics);
        for (const f of c.files) {
            const abs = path.resolve(ws.cwd, f.path);
            if (seen.has(abs) || search.exclude?.has(abs) || ignored(abs))
                continue;
            seen.add(abs);
            files.push(f);
        }
    };
    for (const dir of draftFolders(ws, config, universe, diagnostics, search.dir)) {
        add(collect$1(ws, dir, (n) => MARKDOWN.test(n), RULES.tutorialStructure));
    }
    add(globbed(ws, config.draftPaths));
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const f of files) {
        const m = matchDraft(displayPath(path.resolve(ws.cwd, f.path), ws.root), f.text, refs);
        if (m) {
            const ref = m.tutorial;
            if (selected.has(ref.abs))
                drafts.push({ tutorial: ref.name, file: f });
            continue;
        }
        const names = refs.map((r) => r.name).sort();
        const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? ', …' : '');
        diagnostics.push(diagnostic(RULES.draftUnmatched, { file: f.path, line: 1, column: 1 }, `not matched to any tutorial, so not guarded: the file name contains no tutorial folder name (${shown || 'none found'}) and its first ${HEAD_LINES} lines name no tutorial path; put the folder name in the file name (linkedin-draft__<tutorial>.md) or a line such as "tutorial: <path>" in its front matter`));
    }
    return { drafts, diagnostics };
}
/** Loads everything the engine needs for a selection (`registry`: read already, not read again). */
function loadProject(ws, config, sel, registry) {
    const { tutorialDirs, claimDirs, autodetected } = resolveFolders(ws, config, sel);
    const loadDiagnostics = [];
    const tutorials = tutorialDirs.map((d) => {
        const { diagnostics, ...t } = readTutorial(ws, d, claimDirs);
        append(loadDiagnostics, diagnostics);
        return t;
    });
    const reg = registry ?? readRegistry(ws, claimDirs);
    append(loadDiagnostics, reg.diagnostics);
    let drafts = [];
    if (sel.guardDrafts !== false) {
        const d = discoverDrafts(ws, config, tutorialDirs, {
            // without tutorials on the command line, the selection is every tutorial of the project
            ...(sel.tutorials?.length ? {} : { known: tutorialDirs }),
            ...(sel.drafts ? { dir: sel.drafts } : {}),
            ...(sel.excludeDrafts ? { exclude: sel.excludeDrafts } : {})
        });
        drafts = d.drafts;
        append(loadDiagnostics, d.diagnostics);
    }
    const coverage = !sel.tutorials?.length && (autodetected || config.tutorials.length > 0);
    return {
        input: {
            tutorials,
            registry: reg.files,
            config,
            drafts,
            coverage,
            loadDiagnostics,
            ...(registry ? { parsedRegistry: registry.parsed } : {})
        },
        tutorialDirs,
        claimDirs
    };
}

/** Below both thresholds the single-thread path is faster than starting a worker. */
const MIN_TUTORIALS = 8;
const MIN_BYTES = 2 * 1024 * 1024;
/**
 * Below this many bytes of tutorials the default is one thread. Measured on the bench's 4.6 MB
 * corpus (2 cores, load 7–10): a second thread raised peak RSS from ~295 MB to 400–460 MB (a
 * second V8 heap holding its own copy of the bundle, the inputs and its results), used 0–25 % more
 * CPU, and took 0.9–1.25× the wall time of one thread. Threads are for large corpora only.
 */
const AUTO_MIN_BYTES = 16 * 1024 * 1024;
/** Free memory the default wants per extra thread (its heap peaks at 150–200 MB on the bench). */
const THREAD_BYTES = 512 * 1024 * 1024;
/**
 * The default number of threads for `bytes` of tutorials: one below `AUTO_MIN_BYTES`; above it,
 * one more for each core nothing else keeps busy (CPUs minus the load average) while each extra
 * thread has `THREAD_BYTES` of free memory. Only the time and memory it costs depend on it: the
 * output is the same for any number of threads.
 */
function autoJobs(bytes, m) {
    if (bytes < AUTO_MIN_BYTES)
        return 1;
    const idle = Math.floor(m.cpus - m.load);
    const memory = Math.floor(m.freeBytes / THREAD_BYTES);
    return Math.max(1, Math.min(m.cpus, idle, 1 + memory));
}
function tutorialBytes(t) {
    let n = 0;
    for (const f of t.files)
        n += f.text.length;
    return n;
}
/** True when the input is big enough for `jobs` > 1 threads to beat one. */
function worthParallel(tutorials, o) {
    if (o.jobs < 2 || tutorials.length < 2)
        return false;
    if (tutorials.length >= (o.minTutorials ?? MIN_TUTORIALS))
        return true;
    let bytes = 0;
    for (const t of tutorials)
        bytes += tutorialBytes(t);
    return bytes >= (o.minBytes ?? MIN_BYTES);
}
/**
 * Cuts the tutorials into about `parts` contiguous chunks of similar byte size (never empty, never
 * more chunks than tutorials). Several chunks per thread let fast threads take more of them.
 */
function planChunks(tutorials, parts) {
    const n = tutorials.length;
    if (n === 0)
        return [];
    const k = Math.max(1, Math.min(n, Math.floor(parts)));
    const sizes = tutorials.map((t) => tutorialBytes(t) + 1);
    const total = sizes.reduce((a, b) => a + b, 0);
    const chunks = [];
    let start = 0;
    let acc = 0;
    for (let i = 0; i < n; i++) {
        acc += sizes[i];
        const after = k - chunks.length - 1; // chunks still to open once this one closes
        if (after === 0)
            break; // the current chunk is the last one: it takes the rest
        const left = n - i - 1; // tutorials after this one
        if (acc >= (total * (chunks.length + 1)) / k || left === after) {
            chunks.push([start, i + 1]);
            start = i + 1;
        }
    }
    if (start < n)
        chunks.push([start, n]);
    return chunks;
}

/** Environment variable that sets the number of threads (1 = never start workers). */
const JOBS_ENV = 'TUTORIAL_AMPLIFIER_JOBS';
/**
 * $TUTORIAL_AMPLIFIER_JOBS when set; else, given the input's bytes of tutorials, `autoJobs` for this
 * machine; else the CPU count.
 */
function defaultJobs(env = process.env, bytes) {
    const n = Number.parseInt(env[JOBS_ENV] ?? '', 10);
    if (Number.isFinite(n) && n >= 1)
        return n;
    const cpus = Math.max(1, availableParallelism());
    if (bytes === undefined)
        return cpus;
    return autoJobs(bytes, { cpus, freeBytes: freemem(), load: loadavg()[0] ?? 0 });
}
/**
 * The bundled worker entry: `worker.js` beside this module, or one folder up when this code sits
 * in a shared chunk (dist/chunks/). Undefined when running from TypeScript sources.
 */
function bundledWorkerUrl() {
    for (const rel of ['./worker.js', '../worker.js']) {
        const url = new URL(rel, import.meta.url);
        if (url.protocol === 'file:' && existsSync(fileURLToPath(url)))
            return url;
    }
    return undefined;
}
/**
 * Parses every tutorial (and, given `draftPaths`, builds every draft) of `input` on several threads.
 * Returns undefined when the input is too small, only one thread is allowed, or no worker entry
 * exists; the caller then runs the engine as usual. The result is what the engine itself would
 * compute: `generate(input, path, prepared)` / `check(input, prepared)`.
 */
function prepareInParallel(input, draftPaths, opts = {}) {
    const jobs = opts.jobs ??
        defaultJobs(process.env, input.tutorials.reduce((n, t) => n + tutorialBytes(t), 0));
    if (!worthParallel(input.tutorials, { ...opts, jobs }))
        return undefined;
    const workerUrl = opts.workerUrl ?? bundledWorkerUrl();
    if (!workerUrl)
        return undefined;
    const chunks = planChunks(input.tutorials, jobs * (opts.chunksPerThread ?? 4));
    const nWorkers = Math.min(jobs - 1, chunks.length - 1);
    if (nWorkers < 1)
        return undefined;
    const shared = new SharedArrayBuffer(4 * (2 + nWorkers));
    const cells = new Int32Array(shared);
    const chunkInput = {
        tutorials: input.tutorials,
        config: input.config,
        strict: input.strict ?? false,
        ...(input.drafts?.length ? { drafts: input.drafts } : {}),
        owners: [...draftOwners(input)]
    };
    const results = chunks.map(() => undefined);
    const started = [];
    try {
        for (let slot = 0; slot < nWorkers; slot++) {
            const { port1, port2 } = new MessageChannel();
            const job = {
                ...chunkInput,
                chunks,
                shared,
                slot,
                port: port2,
                ...(draftPaths ? { draftPaths: [...draftPaths] } : {}),
                ...(opts.cacheAt ? { cacheAt: opts.cacheAt } : {})
            };
            const worker = new Worker(workerUrl, {
                workerData: job,
                transferList: [port2],
                execArgv: opts.execArgv ?? [],
                stdout: false,
                stderr: false
            });
            // A worker that fails never marks itself done or posts results; its chunks are redone here.
            worker.on('error', () => undefined);
            worker.unref();
            started.push({ worker, port: port1 });
        }
        // The registry is parsed once, here, while the workers start and parse tutorials.
        const registry = registryOf(input);
        for (const s of started)
            s.worker.postMessage({ registry });
        const total = input.tutorials.length;
        const progress = () => opts.onProgress?.(Atomics.load(cells, TUTORIALS_DONE), total);
        const doHere = (i) => {
            const chunk = chunks[i];
            results[i] = finishChunk(chunkInput, chunk, parseChunk(chunkInput, chunk), registry, draftPaths);
            Atomics.add(cells, TUTORIALS_DONE, chunk[1] - chunk[0]);
            progress();
        };
        for (; !opts.workersOnly;) {
            const i = Atomics.add(cells, NEXT_CHUNK, 1);
            if (i >= chunks.length)
                break;
            doHere(i);
        }
        const here = results.filter((r) => r).length;
        const cancelled = collect(started, cells, results, opts.timeoutMs ?? 600_000, !!opts.workersOnly, opts.onProgress ? progress : undefined);
        const byWorkers = results.filter((r) => r).length - here;
        // Chunks a worker failed (or never reported) are redone here: an error then surfaces as usual.
        results.forEach((r, i) => {
            if (!r)
                doHere(i);
        });
        opts.onStats?.({ threads: 1 + nWorkers, chunks: chunks.length, byWorkers, cancelled });
        return { registry, works: results.flatMap((r) => r) };
    }
    finally {
        for (const s of started) {
            s.port.close();
            void s.worker.terminate();
        }
    }
}
/** Waits for every started worker to finish, then reads its posted results; returns how many were cancelled. */
function collect(started, cells, results, timeoutMs, waitForStart, 
/** called between waits of at most 100 ms while workers run (progress) */
tick) {
    const deadline = Date.now() + timeoutMs;
    const waitWhile = (cell, state) => {
        while (Atomics.load(cells, cell) === state) {
            const left = deadline - Date.now();
            if (left <= 0)
                break;
            Atomics.wait(cells, cell, state, tick ? Math.min(left, 100) : left);
            tick?.();
        }
    };
    let cancelled = 0;
    started.forEach((s, slot) => {
        const cell = stateCell(slot);
        if (waitForStart)
            waitWhile(cell, STATE.idle);
        // A worker still booting is cancelled: it will take no chunk, so there is nothing to wait for.
        if (Atomics.compareExchange(cells, cell, STATE.idle, STATE.cancelled) === STATE.idle) {
            cancelled++;
            return;
        }
        waitWhile(cell, STATE.running);
        for (let m = receiveMessageOnPort(s.port); m; m = receiveMessageOnPort(s.port)) {
            const r = m.message;
            if ('error' in r)
                continue;
            results[r.chunk] = r.works;
        }
    });
    return cancelled;
}

// The use cases both front ends share (CLI in cli.ts, action in main.ts): load → engine → write.
/** The engine input of a project for these options (strictness, progress). */
function inputOf(o, project) {
    const input = { ...project.input, strict: o.strict ?? false };
    if (o.progress)
        input.onProgress = o.progress;
    if (o.cache)
        input.cache = o.cache;
    return input;
}
function pool(o) {
    return {
        jobs: o.jobs,
        ...(o.progress ? { onProgress: o.progress } : {}),
        ...(o.cache ? { cacheAt: o.cache.where } : {})
    };
}
function runGenerate(o) {
    const folders = o.writes ? resolveFolders(o.ws, o.config, o.selection).tutorialDirs : [];
    const overwritten = new Set(folders.map((d) => draftPathFor(o.ws, o.config, d)));
    const selection = o.writes ? { ...o.selection, excludeDrafts: overwritten } : o.selection;
    return generateFor(o, loadProject(o.ws, o.config, selection, o.registry));
}
function generateFor(o, project) {
    const absByDir = new Map();
    for (const d of project.tutorialDirs) {
        absByDir.set(displayPath(d, o.ws.cwd), draftPathFor(o.ws, o.config, d));
    }
    const input = inputOf(o, project);
    const draftPath = (dir) => displayPath(absByDir.get(dir), o.ws.cwd);
    const prepared = prepareInParallel(input, input.tutorials.map((t) => draftPath(t.dir)), pool(o));
    const result = generate(input, (t) => draftPath(t.dir), prepared);
    const draftFiles = result.drafts.map((d) => absByDir.get(d.tutorialDir));
    return { result, project, draftFiles };
}
/**
 * Drafts whose inputs have errors (like `tsc --noEmitOnError`): an error in the tutorial's own
 * files, in a registry folder, or anywhere that is not another tutorial or a committed draft
 * (unreadable config, a file refused at load). A draft built from a registry that does not parse
 * would silently drop what it could not read, so it is not written over the earlier one.
 */
function draftsWithInputErrors(run, cwd) {
    const dirs = run.project.tutorialDirs.map((d) => displayPath(d, cwd));
    const drafts = new Set(run.result.drafts.map((d) => d.path));
    const under = (file, dir) => dir === '.' || file === dir || file.startsWith(`${dir}/`);
    const errors = run.result.diagnostics.filter((x) => x.severity === 'error' && !drafts.has(x.file));
    const kept = [];
    for (const d of run.result.drafts) {
        // an "and N more" finding stands for N errors, as in the summary line
        const n = countBySeverity(errors.filter((x) => under(x.file, d.tutorialDir) || !dirs.some((t) => t !== d.tutorialDir && under(x.file, t)))).errors;
        if (n > 0)
            kept.push({ path: d.path, errors: n });
    }
    return kept;
}
/**
 * Writes the drafts of a run atomically (all or nothing). Drafts whose inputs have errors are
 * left as they were unless `force`; they are returned as `kept`.
 */
function writeDrafts(run, opts = {}) {
    const kept = opts.force ? [] : draftsWithInputErrors(run, opts.cwd ?? process.cwd());
    const keep = new Set(kept.map((k) => k.path));
    const outcome = writeFilesAtomically(run.result.drafts
        .map((d, i) => ({ path: run.draftFiles[i], content: d.markdown, display: d.path }))
        .filter((f) => !keep.has(f.display)));
    return { ...outcome, kept };
}
/**
 * Display paths of committed drafts whose content differs from the regenerated one. Only drafts
 * that exist count: a draft never committed is not stale, just not written yet.
 */
function staleDrafts(run, ws) {
    const stale = [];
    run.result.drafts.forEach((d, i) => {
        const abs = run.draftFiles[i];
        // through the workspace gate: a draft path that is a FIFO or a link out is not read
        const r = readInside(ws.root, abs, MAX_FILE_BYTES);
        if ('refused' in r)
            return; // missing (or unreadable): nothing committed to compare with
        const committed = r.bytes.toString('utf8');
        if (committed !== d.markdown)
            stale.push(displayPath(path.resolve(abs), ws.cwd));
    });
    return stale;
}
/** The committed draft at `abs`, when it is a readable file inside the workspace with a record. */
function committedDraft(ws, abs, display) {
    if (!existsSync(abs) || !realInside(ws.root, abs))
        return undefined;
    const r = readSource(ws.root, abs, display, RULES.tutorialStructure);
    if (!('file' in r))
        return undefined;
    const record = parseRecord(r.file.text);
    return record ? { markdown: r.file.text.replace(/\r\n?/g, '\n'), record } : undefined;
}
/**
 * The model writer over a generated run (`writer.kind: llm`): every channel it is configured for
 * is asked of the model, guarded, repaired or left deterministic; each draft is then rebuilt around
 * the accepted texts (open questions, provenance and checklist recomputed) and records its writer.
 * A channel's inputs unchanged since the committed draft means its text is reused without a
 * request. Faults never throw: the channel falls back and `warn` says so.
 */
async function writeWithModel(run, o) {
    const cfg = o.config.writer;
    const combined = o.config.channels.filter((c) => c.inCombinedDraft);
    const channels = cfg.channels.length > 0 ? cfg.channels : combined.map((c) => c.id);
    // the HTTP client is loaded only when a model is asked (deterministic runs never load it)
    const { ChatClient, modelKey } = await import('./client.js');
    const port = o.port ??
        new ChatClient({
            endpoint: cfg.endpoint,
            model: cfg.model,
            key: modelKey(o.env, o.keyFallback),
            timeoutSeconds: cfg.timeoutSeconds
        });
    const session = new Session();
    const claimId = claimIdRegExp(o.config.claimIdPattern);
    const strict = o.strict ?? false;
    const drafts = [];
    for (const [i, d] of run.result.drafts.entries()) {
        // the run keeps tutorials without their chapters' text: parse this one again, whole
        const source = run.project.input.tutorials.find((t) => t.dir === d.tutorialDir);
        if (!source) {
            drafts.push(d);
            continue;
        }
        const tutorial = tutorialOf(run.project.input, source);
        const registry = run.result.registry;
        const sheet = d.facts;
        const committed = committedDraft(o.ws, run.draftFiles[i], d.path);
        const written = await writeDraft({
            sheet,
            channels: combined,
            deterministic: new Map(d.sections.map((s) => [s.id, s.markdown])),
            ...(committed ? { committed } : {}),
            env: {
                tutorial,
                registry,
                sheet,
                guard: {
                    claimId,
                    strict,
                    channels: o.config.channels,
                    facts: sheet,
                    ...(sheet.url !== undefined ? { tutorialUrl: sheet.url } : {})
                },
                rules: o.config.rules,
                path: d.path,
                allowed: `${URL_PLACEHOLDER} ${o.config.hashtags.join(' ')}`
            }
        }, port, session, { model: cfg.model, maxRounds: cfg.maxRounds, channels });
        const input = { ...run.project.input, strict };
        const rebuilt = draftOf(input, tutorial, registry, d.path, {
            written: written.sections,
            record: renderRecord(written.record),
            facts: sheet
        });
        rebuilt.writer = written.report;
        for (const r of written.report.channels) {
            const channel = combined.find((c) => c.id === r.name);
            if (r.source === 'fallback' && channel)
                o.warn(fallbackLine(d.path, channel, r));
        }
        drafts.push(rebuilt);
    }
    // the run reports the guard's findings on its own drafts: those of the drafts as now written
    const replaced = new Set(run.result.drafts.map((d) => d.path));
    const diagnostics = applyRuleConfig([
        ...run.result.diagnostics.filter((x) => !replaced.has(x.file)),
        ...drafts.flatMap((d) => d.diagnostics)
    ], o.config.rules);
    return {
        ...run,
        result: { ...run.result, drafts, diagnostics, summary: countBySeverity(diagnostics) }
    };
}
/** `draft/stale` at the first line of every committed draft that differs from the regenerated one. */
function staleDiagnostics(run, ws) {
    return staleDrafts(run, ws).map((file) => diagnostic(RULES.draftStale, { file, line: 1, column: 1 }, 'committed draft differs from the one its tutorial now produces; run tutorial-amplifier generate and commit the result'));
}
/** Adds findings to a result, at their configured severities, and counts again. */
function withDiagnostics(result, extra, config) {
    if (extra.length === 0)
        return result;
    const diagnostics = applyRuleConfig([...result.diagnostics, ...extra], config.rules);
    return { ...result, diagnostics, summary: countBySeverity(diagnostics) };
}
/**
 * `check` as the action reports a pull request: validation, guarded committed drafts, and
 * `draft/stale` for committed drafts that differ from the regenerated ones (drafts are only
 * regenerated when one is committed).
 */
function runCheckWithStale(o) {
    const project = loadProject(o.ws, o.config, o.selection);
    const committed = project.tutorialDirs.some((d) => existsSync(draftPathFor(o.ws, o.config, d)));
    if (!committed) {
        const input = inputOf(o, project);
        const prepared = prepareInParallel(input, undefined, pool(o));
        return { result: check(input, prepared), project };
    }
    if (o.ws.cwd === o.ws.root) {
        const run = generateFor(o, project);
        const { drafts: _drafts, ...result } = run.result;
        return { result: withDiagnostics(result, staleDiagnostics(run, o.ws), o.config), project };
    }
    // drafts quote paths as seen from the repository root (as the action writes them): compare
    // those, and show the findings relative to the working directory like the rest
    const input = inputOf(o, project);
    const result = check(input, prepareInParallel(input, undefined, pool(o)));
    const atRoot = { ...o.ws, cwd: o.ws.root };
    const absolute = {
        ...o.selection,
        tutorials: project.tutorialDirs,
        claims: project.claimDirs,
        // only the regenerated drafts are wanted here: the committed ones were guarded above
        guardDrafts: false
    };
    if (o.selection.drafts !== undefined)
        absolute.drafts = path.resolve(o.ws.cwd, o.selection.drafts);
    const config = { ...o.config };
    if (config.source !== undefined) {
        config.source = displayPath(path.resolve(o.ws.cwd, config.source), atRoot.cwd);
    }
    const rootRun = runGenerate({ ...o, ws: atRoot, config, selection: absolute });
    const stale = staleDiagnostics(rootRun, atRoot).map((d) => ({
        ...d,
        file: displayPath(path.resolve(atRoot.cwd, d.file), o.ws.cwd)
    }));
    return { result: withDiagnostics(result, stale, o.config), project };
}
/**
 * `inspect [DIR...]`: reads tutorials without the registry. A DIR that is not a tutorial itself
 * (a repository root) stands for the tutorials found under it; without DIR, the configured or
 * autodetected tutorials.
 */
function runInspect(o) {
    const { ws, config } = o;
    let dirs;
    if (o.dirs.length === 0)
        dirs = resolveFolders(ws, config, {}).tutorialDirs;
    else {
        dirs = o.dirs.flatMap((d) => {
            const abs = requireDir(ws, ws.cwd, d, 'tutorial');
            if (looksLikeTutorial(abs))
                return [abs];
            const found = autodetect({ root: abs, cwd: ws.cwd }).tutorials;
            return found.length > 0 ? found : [abs];
        });
    }
    const claimDirs = config.claims.length > 0
        ? config.claims.map((c) => requireDir(ws, ws.root, c, 'claims'))
        : autodetect(ws).claims;
    const input = { config };
    return {
        tutorials: [...new Set(dirs)].map((d) => {
            const { diagnostics, ...files } = readTutorial(ws, d, claimDirs);
            const tutorial = tutorialOf(input, files);
            return {
                tutorial,
                diagnostics: applyRuleConfig([...diagnostics, ...tutorial.diagnostics], config.rules)
            };
        })
    };
}

var ucs2length$1 = {};

var hasRequiredUcs2length;

function requireUcs2length () {
	if (hasRequiredUcs2length) return ucs2length$1;
	hasRequiredUcs2length = 1;
	Object.defineProperty(ucs2length$1, "__esModule", { value: true });
	// https://mathiasbynens.be/notes/javascript-encoding
	// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
	function ucs2length(str) {
	    const len = str.length;
	    let length = 0;
	    let pos = 0;
	    let value;
	    while (pos < len) {
	        length++;
	        value = str.charCodeAt(pos++);
	        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
	            // high surrogate, and there is a next character
	            value = str.charCodeAt(pos);
	            if ((value & 0xfc00) === 0xdc00)
	                pos++; // low surrogate
	        }
	    }
	    return length;
	}
	ucs2length$1.default = ucs2length;
	ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
	
	return ucs2length$1;
}

var ucs2lengthExports = /*@__PURE__*/ requireUcs2length();
var ucs2length = /*@__PURE__*/getDefaultExportFromCjs(ucs2lengthExports);

var equal$1 = {};

var fastDeepEqual;
var hasRequiredFastDeepEqual;

function requireFastDeepEqual () {
	if (hasRequiredFastDeepEqual) return fastDeepEqual;
	hasRequiredFastDeepEqual = 1;

	// do not edit .js files directly - edit src/index.jst



	fastDeepEqual = function equal(a, b) {
	  if (a === b) return true;

	  if (a && b && typeof a == 'object' && typeof b == 'object') {
	    if (a.constructor !== b.constructor) return false;

	    var length, i, keys;
	    if (Array.isArray(a)) {
	      length = a.length;
	      if (length != b.length) return false;
	      for (i = length; i-- !== 0;)
	        if (!equal(a[i], b[i])) return false;
	      return true;
	    }



	    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
	    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
	    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

	    keys = Object.keys(a);
	    length = keys.length;
	    if (length !== Object.keys(b).length) return false;

	    for (i = length; i-- !== 0;)
	      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

	    for (i = length; i-- !== 0;) {
	      var key = keys[i];

	      if (!equal(a[key], b[key])) return false;
	    }

	    return true;
	  }

	  // true if both NaN, false otherwise
	  return a!==a && b!==b;
	};
	return fastDeepEqual;
}

var hasRequiredEqual;

function requireEqual () {
	if (hasRequiredEqual) return equal$1;
	hasRequiredEqual = 1;
	Object.defineProperty(equal$1, "__esModule", { value: true });
	// https://github.com/ajv-validator/ajv/issues/889
	const equal = requireFastDeepEqual();
	equal.code = 'require("ajv/dist/runtime/equal").default';
	equal$1.default = equal;
	
	return equal$1;
}

var equalExports = /*@__PURE__*/ requireEqual();
var equal = /*@__PURE__*/getDefaultExportFromCjs(equalExports);

// Generated by scripts/compile-schemas.mjs from tutorial-amplifier.schema.json; do not edit.
// @ts-nocheck
/* eslint-disable */
const runtime_ucs2length = { default: ucs2length?.default ?? ucs2length };
const runtime_equal = { default: equal?.default ?? equal };
const validate$1 = validate10;
const schema11 = { "properties": { "tutorials": { "description": "Tutorial folders, relative to the workspace root. Default: every folder with numbered chapters.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "claims": { "description": "Claims registry folders, relative to the workspace root. Default: every folder named \"claims\".", "type": "array", "items": { "type": "string", "minLength": 1 } }, "ignore": { "description": "Glob patterns (picomatch syntax, relative to the workspace root) of files and folders never read or checked, e.g. \"drafts/archive/**\" or \"**/legacy-*.md\".", "type": "array", "items": { "type": "string", "minLength": 1 } }, "drafts": { "type": "object", "additionalProperties": false, "properties": { "dir": { "description": "Folder for drafts, relative to the workspace root. Default: \"publication-drafts\" beside each tutorial.", "type": "string", "minLength": 1 }, "fileName": { "description": "Draft file name; \"{tutorial}\" is replaced by the tutorial folder name.", "type": "string", "pattern": "^[^/\\\\]*\\{tutorial\\}[^/\\\\]*\\.md$" }, "paths": { "description": "More places where people commit drafts: glob patterns relative to the workspace root (picomatch syntax), e.g. \"docs/**/*-draft__*.md\". Every Markdown file they match is guarded or reported as draft/unmatched.", "type": "array", "items": { "type": "string", "minLength": 1 } } } }, "claimIdPattern": { "description": "Regular expression (no anchors, no flags) a claim ID matches. Default: PREFIX-CATEGORY-NNN.", "type": "string", "minLength": 1 }, "rules": { "description": "Severity per rule ID: error, warning, info or off.", "type": "object", "propertyNames": { "enum": ["claim/unknown", "claim/deprecated", "claim/draft", "claim/unreferenced", "claim/lookalike-id", "claim/uncited-figure", "registry/duplicate-id", "registry/invalid", "registry/missing", "registry/parse", "tutorial/structure", "draft/missing-section", "draft/length", "draft/missing-element", "draft/untraced-figure", "draft/uncited-claim", "draft/absolute-language", "draft/uncited-figure", "draft/roadmap-promise", "draft/unmatched", "draft/unearned-tick", "draft/unsupported-sentence", "terminology/inconsistent", "draft/stale"] }, "additionalProperties": { "enum": ["error", "warning", "info", "off"] } }, "tutorialUrl": { "description": "Public URL of the tutorials for calls to action: one http(s) URL (\"{tutorial}\" is replaced), or a map from tutorial folder name to URL (\"*\" as fallback). One line, no spaces: other schemes (javascript:, data:) and line breaks are refused.", "oneOf": [{ "type": "string", "pattern": "^https?://[^\\s\\u0000-\\u001f\\u007f<>\"`]+$", "maxLength": 2000 }, { "type": "object", "additionalProperties": { "type": "string", "pattern": "^https?://[^\\s\\u0000-\\u001f\\u007f<>\"`]+$", "maxLength": 2000 }, "minProperties": 1 }] }, "hashtags": { "type": "array", "items": { "type": "string", "pattern": "^#?[A-Za-z0-9_]+$" } }, "talk": { "type": "object", "additionalProperties": false, "properties": { "format": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^\\u0000-\\u001f\\u007f\\u2028\\u2029]+$" }, "audience": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^\\u0000-\\u001f\\u007f\\u2028\\u2029]+$" }, "level": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^\\u0000-\\u001f\\u007f\\u2028\\u2029]+$" } }, "description": "Talk abstract metadata; each a single line of at most 200 characters." }, "channels": { "description": "Per-channel overrides of the channel contract, by channel id (core-story, linkedin, blog-outline, readme-snippet, talk-abstract, newsletter, x-thread, and any channel added since). A thread (x-thread) takes `posts` (how many posts) and `chars` (characters per post, as X counts them).", "type": "object", "propertyNames": { "pattern": "^[a-z][a-z0-9-]*$" }, "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "words": { "$ref": "#/definitions/range" }, "lines": { "$ref": "#/definitions/range" }, "points": { "$ref": "#/definitions/range" }, "chars": { "$ref": "#/definitions/range" }, "posts": { "$ref": "#/definitions/range" }, "required": { "description": "Elements the channel must carry.", "type": "array", "uniqueItems": true, "items": { "enum": ["hook", "insight", "limitation", "call-to-action", "exercise-path", "diagram", "product-name", "scope", "non-goals", "audience", "level", "format"] } }, "forbidden": { "description": "Elements the channel must not carry.", "type": "array", "uniqueItems": true, "items": { "enum": ["roadmap-promise", "absolute-language", "untraced-figure", "new-claim"] } } } } }, "writer": { "description": "Which writer writes the channels of the drafts. The model writer (kind: llm) asks an OpenAI-compatible chat-completions endpoint per channel, guards every answer, sends findings back for repair, and keeps the deterministic text for a channel that does not comply.", "type": "object", "additionalProperties": false, "properties": { "kind": { "description": "deterministic (default: offline, no key) or llm.", "enum": ["deterministic", "llm"] }, "endpoint": { "description": "Base URL of the OpenAI-compatible API; requests go to {endpoint}/chat/completions. Default: https://models.github.ai/inference (GitHub Models).", "type": "string", "pattern": "^https?://[^\\s]+$" }, "model": { "description": "Model name as the endpoint knows it. Default: openai/gpt-4.1-mini.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,127}$" }, "maxRounds": { "description": "Repair requests per channel after the first answer (default 2).", "type": "integer", "minimum": 0, "maximum": 5 }, "timeoutSeconds": { "description": "Timeout of one HTTP request in seconds (default 60).", "type": "number", "exclusiveMinimum": 0, "maximum": 600 }, "channels": { "description": "Channel ids the model writes (default: every channel of the combined draft); the others keep the deterministic text.", "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[a-z][a-z0-9-]*$" } } } } }};
const func2 = Object.prototype.hasOwnProperty;
const func3 = runtime_ucs2length.default;
const func0 = runtime_equal.default;
const pattern0 = new RegExp("^[^/\\\\]*\\{tutorial\\}[^/\\\\]*\\.md$", "u");
const pattern1 = new RegExp("^https?://[^\\s\\u0000-\\u001f\\u007f<>\"`]+$", "u");
const pattern3 = new RegExp("^#?[A-Za-z0-9_]+$", "u");
const pattern4 = new RegExp("^[^\\u0000-\\u001f\\u007f\\u2028\\u2029]+$", "u");
const pattern7 = new RegExp("^[a-z][a-z0-9-]*$", "u");
const pattern8 = new RegExp("^https?://[^\\s]+$", "u");
const pattern9 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,127}$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(func2.call(schema11.properties, key0))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.tutorials !== undefined) {
        let data0 = data.tutorials;
        if (Array.isArray(data0)) {
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                if (typeof data1 === "string") {
                    if (func3(data1) < 1) {
                        const err1 = { instancePath: instancePath + "/tutorials/" + i0, schemaPath: "#/properties/tutorials/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err1];
                        }
                        else {
                            vErrors.push(err1);
                        }
                        errors++;
                    }
                }
                else {
                    const err2 = { instancePath: instancePath + "/tutorials/" + i0, schemaPath: "#/properties/tutorials/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
            }
        }
        else {
            const err3 = { instancePath: instancePath + "/tutorials", schemaPath: "#/properties/tutorials/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.claims !== undefined) {
        let data2 = data.claims;
        if (Array.isArray(data2)) {
            const len1 = data2.length;
            for (let i1 = 0; i1 < len1; i1++) {
                let data3 = data2[i1];
                if (typeof data3 === "string") {
                    if (func3(data3) < 1) {
                        const err4 = { instancePath: instancePath + "/claims/" + i1, schemaPath: "#/properties/claims/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                }
                else {
                    const err5 = { instancePath: instancePath + "/claims/" + i1, schemaPath: "#/properties/claims/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/claims", schemaPath: "#/properties/claims/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.ignore !== undefined) {
        let data4 = data.ignore;
        if (Array.isArray(data4)) {
            const len2 = data4.length;
            for (let i2 = 0; i2 < len2; i2++) {
                let data5 = data4[i2];
                if (typeof data5 === "string") {
                    if (func3(data5) < 1) {
                        const err7 = { instancePath: instancePath + "/ignore/" + i2, schemaPath: "#/properties/ignore/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                }
                else {
                    const err8 = { instancePath: instancePath + "/ignore/" + i2, schemaPath: "#/properties/ignore/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.drafts !== undefined) {
        let data6 = data.drafts;
        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            for (const key1 in data6) {
                if (!(((key1 === "dir") || (key1 === "fileName")) || (key1 === "paths"))) {
                    const err10 = { instancePath: instancePath + "/drafts", schemaPath: "#/properties/drafts/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
            }
            if (data6.dir !== undefined) {
                let data7 = data6.dir;
                if (typeof data7 === "string") {
                    if (func3(data7) < 1) {
                        const err11 = { instancePath: instancePath + "/drafts/dir", schemaPath: "#/properties/drafts/properties/dir/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                }
                else {
                    const err12 = { instancePath: instancePath + "/drafts/dir", schemaPath: "#/properties/drafts/properties/dir/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
            }
            if (data6.fileName !== undefined) {
                let data8 = data6.fileName;
                if (typeof data8 === "string") {
                    if (!pattern0.test(data8)) {
                        const err13 = { instancePath: instancePath + "/drafts/fileName", schemaPath: "#/properties/drafts/properties/fileName/pattern", keyword: "pattern", params: { pattern: "^[^/\\\\]*\\{tutorial\\}[^/\\\\]*\\.md$" }, message: "must match pattern \"" + "^[^/\\\\]*\\{tutorial\\}[^/\\\\]*\\.md$" + "\"" };
                        if (vErrors === null) {
                            vErrors = [err13];
                        }
                        else {
                            vErrors.push(err13);
                        }
                        errors++;
                    }
                }
                else {
                    const err14 = { instancePath: instancePath + "/drafts/fileName", schemaPath: "#/properties/drafts/properties/fileName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
            }
            if (data6.paths !== undefined) {
                let data9 = data6.paths;
                if (Array.isArray(data9)) {
                    const len3 = data9.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                        let data10 = data9[i3];
                        if (typeof data10 === "string") {
                            if (func3(data10) < 1) {
                                const err15 = { instancePath: instancePath + "/drafts/paths/" + i3, schemaPath: "#/properties/drafts/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err15];
                                }
                                else {
                                    vErrors.push(err15);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err16 = { instancePath: instancePath + "/drafts/paths/" + i3, schemaPath: "#/properties/drafts/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err16];
                            }
                            else {
                                vErrors.push(err16);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err17 = { instancePath: instancePath + "/drafts/paths", schemaPath: "#/properties/drafts/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                        vErrors = [err17];
                    }
                    else {
                        vErrors.push(err17);
                    }
                    errors++;
                }
            }
        }
        else {
            const err18 = { instancePath: instancePath + "/drafts", schemaPath: "#/properties/drafts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
    }
    if (data.claimIdPattern !== undefined) {
        let data11 = data.claimIdPattern;
        if (typeof data11 === "string") {
            if (func3(data11) < 1) {
                const err19 = { instancePath: instancePath + "/claimIdPattern", schemaPath: "#/properties/claimIdPattern/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
        }
        else {
            const err20 = { instancePath: instancePath + "/claimIdPattern", schemaPath: "#/properties/claimIdPattern/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err20];
            }
            else {
                vErrors.push(err20);
            }
            errors++;
        }
    }
    if (data.rules !== undefined) {
        let data12 = data.rules;
        if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            for (const key2 in data12) {
                const _errs29 = errors;
                if (!((((((((((((((((((((((((key2 === "claim/unknown") || (key2 === "claim/deprecated")) || (key2 === "claim/draft")) || (key2 === "claim/unreferenced")) || (key2 === "claim/lookalike-id")) || (key2 === "claim/uncited-figure")) || (key2 === "registry/duplicate-id")) || (key2 === "registry/invalid")) || (key2 === "registry/missing")) || (key2 === "registry/parse")) || (key2 === "tutorial/structure")) || (key2 === "draft/missing-section")) || (key2 === "draft/length")) || (key2 === "draft/missing-element")) || (key2 === "draft/untraced-figure")) || (key2 === "draft/uncited-claim")) || (key2 === "draft/absolute-language")) || (key2 === "draft/uncited-figure")) || (key2 === "draft/roadmap-promise")) || (key2 === "draft/unmatched")) || (key2 === "draft/unearned-tick")) || (key2 === "draft/unsupported-sentence")) || (key2 === "terminology/inconsistent")) || (key2 === "draft/stale"))) {
                    const err21 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.propertyNames.enum }, message: "must be equal to one of the allowed values", propertyName: key2 };
                    if (vErrors === null) {
                        vErrors = [err21];
                    }
                    else {
                        vErrors.push(err21);
                    }
                    errors++;
                }
                var valid10 = _errs29 === errors;
                if (!valid10) {
                    const err22 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid" };
                    if (vErrors === null) {
                        vErrors = [err22];
                    }
                    else {
                        vErrors.push(err22);
                    }
                    errors++;
                }
            }
            for (const key3 in data12) {
                let data13 = data12[key3];
                if (!((((data13 === "error") || (data13 === "warning")) || (data13 === "info")) || (data13 === "off"))) {
                    const err23 = { instancePath: instancePath + "/rules/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err23];
                    }
                    else {
                        vErrors.push(err23);
                    }
                    errors++;
                }
            }
        }
        else {
            const err24 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err24];
            }
            else {
                vErrors.push(err24);
            }
            errors++;
        }
    }
    if (data.tutorialUrl !== undefined) {
        let data14 = data.tutorialUrl;
        const _errs33 = errors;
        let valid12 = false;
        let passing0 = null;
        const _errs34 = errors;
        if (typeof data14 === "string") {
            if (func3(data14) > 2000) {
                const err25 = { instancePath: instancePath + "/tutorialUrl", schemaPath: "#/properties/tutorialUrl/oneOf/0/maxLength", keyword: "maxLength", params: { limit: 2000 }, message: "must NOT have more than 2000 characters" };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
            if (!pattern1.test(data14)) {
                const err26 = { instancePath: instancePath + "/tutorialUrl", schemaPath: "#/properties/tutorialUrl/oneOf/0/pattern", keyword: "pattern", params: { pattern: "^https?://[^\\s\\u0000-\\u001f\\u007f<>\"`]+$" }, message: "must match pattern \"" + "^https?://[^\\s\\u0000-\\u001f\\u007f<>\"`]+$" + "\"" };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
        }
        else {
            const err27 = { instancePath: instancePath + "/tutorialUrl", schemaPath: "#/properties/tutorialUrl/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err27];
            }
            else {
                vErrors.push(err27);
            }
            errors++;
        }
        var _valid0 = _errs34 === errors;
        if (_valid0) {
            valid12 = true;
            passing0 = 0;
        }
        const _errs36 = errors;
        if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (Object.keys(data14).length < 1) {
                const err28 = { instancePath: instancePath + "/tutorialUrl", schemaPath: "#/properties/tutorialUrl/oneOf/1/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
            for (const key4 in data14) {
                let data15 = data14[key4];
                if (typeof data15 === "string") {
                    if (func3(data15) > 2000) {
                        const err29 = { instancePath: instancePath + "/tutorialUrl/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tutorialUrl/oneOf/1/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 2000 }, message: "must NOT have more than 2000 characters" };
                        if (vErrors === null) {
                            vErrors = [err29];
                        }
                        else {
                            vErrors.push(err29);
                        }
                        errors++;
                    }
                    if (!pattern1.test(data15)) {
                        const err30 = { instancePath: instancePath + "/tutorialUrl/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tutorialUrl/oneOf/1/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^https?://[^\\s\\u0000-\\u001f\\u007f<>\"`]+$" }, message: "must match pattern \"" + "^https?://[^\\s\\u0000-\\u001f\\u007f<>\"`]+$" + "\"" };
                        if (vErrors === null) {
                            vErrors = [err30];
                        }
                        else {
                            vErrors.push(err30);
                        }
                        errors++;
                    }
                }
                else {
                    const err31 = { instancePath: instancePath + "/tutorialUrl/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tutorialUrl/oneOf/1/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err31];
                    }
                    else {
                        vErrors.push(err31);
                    }
                    errors++;
                }
            }
        }
        else {
            const err32 = { instancePath: instancePath + "/tutorialUrl", schemaPath: "#/properties/tutorialUrl/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err32];
            }
            else {
                vErrors.push(err32);
            }
            errors++;
        }
        var _valid0 = _errs36 === errors;
        if (_valid0 && valid12) {
            valid12 = false;
            passing0 = [passing0, 1];
        }
        else {
            if (_valid0) {
                valid12 = true;
                passing0 = 1;
            }
        }
        if (!valid12) {
            const err33 = { instancePath: instancePath + "/tutorialUrl", schemaPath: "#/properties/tutorialUrl/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
                vErrors = [err33];
            }
            else {
                vErrors.push(err33);
            }
            errors++;
        }
        else {
            errors = _errs33;
            if (vErrors !== null) {
                if (_errs33) {
                    vErrors.length = _errs33;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.hashtags !== undefined) {
        let data16 = data.hashtags;
        if (Array.isArray(data16)) {
            const len4 = data16.length;
            for (let i4 = 0; i4 < len4; i4++) {
                let data17 = data16[i4];
                if (typeof data17 === "string") {
                    if (!pattern3.test(data17)) {
                        const err34 = { instancePath: instancePath + "/hashtags/" + i4, schemaPath: "#/properties/hashtags/items/pattern", keyword: "pattern", params: { pattern: "^#?[A-Za-z0-9_]+$" }, message: "must match pattern \"" + "^#?[A-Za-z0-9_]+$" + "\"" };
                        if (vErrors === null) {
                            vErrors = [err34];
                        }
                        else {
                            vErrors.push(err34);
                        }
                        errors++;
                    }
                }
                else {
                    const err35 = { instancePath: instancePath + "/hashtags/" + i4, schemaPath: "#/properties/hashtags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err35];
                    }
                    else {
                        vErrors.push(err35);
                    }
                    errors++;
                }
            }
        }
        else {
            const err36 = { instancePath: instancePath + "/hashtags", schemaPath: "#/properties/hashtags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err36];
            }
            else {
                vErrors.push(err36);
            }
            errors++;
        }
    }
    if (data.talk !== undefined) {
        let data18 = data.talk;
        if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            for (const key5 in data18) {
                if (!(((key5 === "format") || (key5 === "audience")) || (key5 === "level"))) {
                    const err37 = { instancePath: instancePath + "/talk", schemaPath: "#/properties/talk/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                        vErrors = [err37];
                    }
                    else {
                        vErrors.push(err37);
                    }
                    errors++;
                }
            }
            if (data18.format !== undefined) {
                let data19 = data18.format;
                if (typeof data19 === "string") {
                    if (func3(data19) > 200) {
                        const err38 = { instancePath: instancePath + "/talk/format", schemaPath: "#/properties/talk/properties/format/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                        if (vErrors === null) {
                            vErrors = [err38];
                        }
                        else {
                            vErrors.push(err38);
                        }
                        errors++;
                    }
                    if (func3(data19) < 1) {
                        const err39 = { instancePath: instancePath + "/talk/format", schemaPath: "#/properties/talk/properties/format/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err39];
                        }
                        else {
                            vErrors.push(err39);
                        }
                        errors++;
                    }
                    if (!pattern4.test(data19)) {
                        const err40 = { instancePath: instancePath + "/talk/format", schemaPath: "#/properties/talk/properties/format/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f\\u2028\\u2029]+$" }, message: "must match pattern \"" + "^[^\\u0000-\\u001f\\u007f\\u2028\\u2029]+$" + "\"" };
                        if (vErrors === null) {
                            vErrors = [err40];
                        }
                        else {
                            vErrors.push(err40);
                        }
                        errors++;
                    }
                }
                else {
                    const err41 = { instancePath: instancePath + "/talk/format", schemaPath: "#/properties/talk/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err41];
                    }
                    else {
                        vErrors.push(err41);
                    }
                    errors++;
                }
            }
            if (data18.audience !== undefined) {
                let data20 = data18.audience;
                if (typeof data20 === "string") {
                    if (func3(data20) > 200) {
                        const err42 = { instancePath: instancePath + "/talk/audience", schemaPath: "#/properties/talk/properties/audience/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                        if (vErrors === null) {
                            vErrors = [err42];
                        }
                        else {
                            vErrors.push(err42);
                        }
                        errors++;
                    }
                    if (func3(data20) < 1) {
                        const err43 = { instancePath: instancePath + "/talk/audience", schemaPath: "#/properties/talk/properties/audience/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err43];
                        }
                        else {
                            vErrors.push(err43);
                        }
                        errors++;
                    }
                    if (!pattern4.test(data20)) {
                        const err44 = { instancePath: instancePath + "/talk/audience", schemaPath: "#/properties/talk/properties/audience/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f\\u2028\\u2029]+$" }, message: "must match pattern \"" + "^[^\\u0000-\\u001f\\u007f\\u2028\\u2029]+$" + "\"" };
                        if (vErrors === null) {
                            vErrors = [err44];
                        }
                        else {
                            vErrors.push(err44);
                        }
                        errors++;
                    }
                }
                else {
                    const err45 = { instancePath: instancePath + "/talk/audience", schemaPath: "#/properties/talk/properties/audience/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err45];
                    }
                    else {
                        vErrors.push(err45);
                    }
                    errors++;
                }
            }
            if (data18.level !== undefined) {
                let data21 = data18.level;
                if (typeof data21 === "string") {
                    if (func3(data21) > 200) {
                        const err46 = { instancePath: instancePath + "/talk/level", schemaPath: "#/properties/talk/properties/level/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                        if (vErrors === null) {
                            vErrors = [err46];
                        }
                        else {
                            vErrors.push(err46);
                        }
                        errors++;
                    }
                    if (func3(data21) < 1) {
                        const err47 = { instancePath: instancePath + "/talk/level", schemaPath: "#/properties/talk/properties/level/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err47];
                        }
                        else {
                            vErrors.push(err47);
                        }
                        errors++;
                    }
                    if (!pattern4.test(data21)) {
                        const err48 = { instancePath: instancePath + "/talk/level", schemaPath: "#/properties/talk/properties/level/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f\\u2028\\u2029]+$" }, message: "must match pattern \"" + "^[^\\u0000-\\u001f\\u007f\\u2028\\u2029]+$" + "\"" };
                        if (vErrors === null) {
                            vErrors = [err48];
                        }
                        else {
                            vErrors.push(err48);
                        }
                        errors++;
                    }
                }
                else {
                    const err49 = { instancePath: instancePath + "/talk/level", schemaPath: "#/properties/talk/properties/level/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err49];
                    }
                    else {
                        vErrors.push(err49);
                    }
                    errors++;
                }
            }
        }
        else {
            const err50 = { instancePath: instancePath + "/talk", schemaPath: "#/properties/talk/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err50];
            }
            else {
                vErrors.push(err50);
            }
            errors++;
        }
    }
    if (data.channels !== undefined) {
        let data22 = data.channels;
        if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            for (const key6 in data22) {
                const _errs56 = errors;
                if (typeof key6 === "string") {
                    if (!pattern7.test(key6)) {
                        const err51 = { instancePath: instancePath + "/channels", schemaPath: "#/properties/channels/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]*$" }, message: "must match pattern \"" + "^[a-z][a-z0-9-]*$" + "\"", propertyName: key6 };
                        if (vErrors === null) {
                            vErrors = [err51];
                        }
                        else {
                            vErrors.push(err51);
                        }
                        errors++;
                    }
                }
                var valid17 = _errs56 === errors;
                if (!valid17) {
                    const err52 = { instancePath: instancePath + "/channels", schemaPath: "#/properties/channels/propertyNames", keyword: "propertyNames", params: { propertyName: key6 }, message: "property name must be valid" };
                    if (vErrors === null) {
                        vErrors = [err52];
                    }
                    else {
                        vErrors.push(err52);
                    }
                    errors++;
                }
            }
            for (const key7 in data22) {
                let data23 = data22[key7];
                if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                    for (const key8 in data23) {
                        if (!(((((((key8 === "words") || (key8 === "lines")) || (key8 === "points")) || (key8 === "chars")) || (key8 === "posts")) || (key8 === "required")) || (key8 === "forbidden"))) {
                            const err53 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/channels/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                                vErrors = [err53];
                            }
                            else {
                                vErrors.push(err53);
                            }
                            errors++;
                        }
                    }
                    if (data23.words !== undefined) {
                        let data24 = data23.words;
                        const _errs63 = errors;
                        let valid21 = false;
                        let passing1 = null;
                        const _errs64 = errors;
                        if (Array.isArray(data24)) {
                            if (data24.length > 2) {
                                const err54 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/words", schemaPath: "#/definitions/range/oneOf/0/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                                if (vErrors === null) {
                                    vErrors = [err54];
                                }
                                else {
                                    vErrors.push(err54);
                                }
                                errors++;
                            }
                            if (data24.length < 2) {
                                const err55 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/words", schemaPath: "#/definitions/range/oneOf/0/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                                if (vErrors === null) {
                                    vErrors = [err55];
                                }
                                else {
                                    vErrors.push(err55);
                                }
                                errors++;
                            }
                            const len5 = data24.length;
                            for (let i5 = 0; i5 < len5; i5++) {
                                let data25 = data24[i5];
                                if (!((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25)))) {
                                    const err56 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/words/" + i5, schemaPath: "#/definitions/range/oneOf/0/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                        vErrors = [err56];
                                    }
                                    else {
                                        vErrors.push(err56);
                                    }
                                    errors++;
                                }
                                if (typeof data25 == "number") {
                                    if (data25 < 0 || isNaN(data25)) {
                                        const err57 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/words/" + i5, schemaPath: "#/definitions/range/oneOf/0/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                        if (vErrors === null) {
                                            vErrors = [err57];
                                        }
                                        else {
                                            vErrors.push(err57);
                                        }
                                        errors++;
                                    }
                                }
                            }
                        }
                        else {
                            const err58 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/words", schemaPath: "#/definitions/range/oneOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err58];
                            }
                            else {
                                vErrors.push(err58);
                            }
                            errors++;
                        }
                        var _valid1 = _errs64 === errors;
                        if (_valid1) {
                            valid21 = true;
                            passing1 = 0;
                        }
                        const _errs68 = errors;
                        if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                            for (const key9 in data24) {
                                if (!((key9 === "min") || (key9 === "max"))) {
                                    const err59 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/words", schemaPath: "#/definitions/range/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                        vErrors = [err59];
                                    }
                                    else {
                                        vErrors.push(err59);
                                    }
                                    errors++;
                                }
                            }
                            if (data24.min !== undefined) {
                                let data26 = data24.min;
                                if (!((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26)))) {
                                    const err60 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/words/min", schemaPath: "#/definitions/range/oneOf/1/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                        vErrors = [err60];
                                    }
                                    else {
                                        vErrors.push(err60);
                                    }
                                    errors++;
                                }
                                if (typeof data26 == "number") {
                                    if (data26 < 0 || isNaN(data26)) {
                                        const err61 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/words/min", schemaPath: "#/definitions/range/oneOf/1/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                        if (vErrors === null) {
                                            vErrors = [err61];
                                        }
                                        else {
                                            vErrors.push(err61);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            if (data24.max !== undefined) {
                                let data27 = data24.max;
                                if (!((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27)))) {
                                    const err62 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/words/max", schemaPath: "#/definitions/range/oneOf/1/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                        vErrors = [err62];
                                    }
                                    else {
                                        vErrors.push(err62);
                                    }
                                    errors++;
                                }
                                if (typeof data27 == "number") {
                                    if (data27 < 0 || isNaN(data27)) {
                                        const err63 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/words/max", schemaPath: "#/definitions/range/oneOf/1/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                        if (vErrors === null) {
                                            vErrors = [err63];
                                        }
                                        else {
                                            vErrors.push(err63);
                                        }
                                        errors++;
                                    }
                                }
                            }
                        }
                        else {
                            const err64 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/words", schemaPath: "#/definitions/range/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err64];
                            }
                            else {
                                vErrors.push(err64);
                            }
                            errors++;
                        }
                        var _valid1 = _errs68 === errors;
                        if (_valid1 && valid21) {
                            valid21 = false;
                            passing1 = [passing1, 1];
                        }
                        else {
                            if (_valid1) {
                                valid21 = true;
                                passing1 = 1;
                            }
                        }
                        if (!valid21) {
                            const err65 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/words", schemaPath: "#/definitions/range/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
                            if (vErrors === null) {
                                vErrors = [err65];
                            }
                            else {
                                vErrors.push(err65);
                            }
                            errors++;
                        }
                        else {
                            errors = _errs63;
                            if (vErrors !== null) {
                                if (_errs63) {
                                    vErrors.length = _errs63;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                    }
                    if (data23.lines !== undefined) {
                        let data28 = data23.lines;
                        const _errs77 = errors;
                        let valid26 = false;
                        let passing2 = null;
                        const _errs78 = errors;
                        if (Array.isArray(data28)) {
                            if (data28.length > 2) {
                                const err66 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/lines", schemaPath: "#/definitions/range/oneOf/0/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                                if (vErrors === null) {
                                    vErrors = [err66];
                                }
                                else {
                                    vErrors.push(err66);
                                }
                                errors++;
                            }
                            if (data28.length < 2) {
                                const err67 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/lines", schemaPath: "#/definitions/range/oneOf/0/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                                if (vErrors === null) {
                                    vErrors = [err67];
                                }
                                else {
                                    vErrors.push(err67);
                                }
                                errors++;
                            }
                            const len6 = data28.length;
                            for (let i6 = 0; i6 < len6; i6++) {
                                let data29 = data28[i6];
                                if (!((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29)))) {
                                    const err68 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/lines/" + i6, schemaPath: "#/definitions/range/oneOf/0/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                        vErrors = [err68];
                                    }
                                    else {
                                        vErrors.push(err68);
                                    }
                                    errors++;
                                }
                                if (typeof data29 == "number") {
                                    if (data29 < 0 || isNaN(data29)) {
                                        const err69 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/lines/" + i6, schemaPath: "#/definitions/range/oneOf/0/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                        if (vErrors === null) {
                                            vErrors = [err69];
                                        }
                                        else {
                                            vErrors.push(err69);
                                        }
                                        errors++;
                                    }
                                }
                            }
                        }
                        else {
                            const err70 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/lines", schemaPath: "#/definitions/range/oneOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err70];
                            }
                            else {
                                vErrors.push(err70);
                            }
                            errors++;
                        }
                        var _valid2 = _errs78 === errors;
                        if (_valid2) {
                            valid26 = true;
                            passing2 = 0;
                        }
                        const _errs82 = errors;
                        if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                            for (const key10 in data28) {
                                if (!((key10 === "min") || (key10 === "max"))) {
                                    const err71 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/lines", schemaPath: "#/definitions/range/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                        vErrors = [err71];
                                    }
                                    else {
                                        vErrors.push(err71);
                                    }
                                    errors++;
                                }
                            }
                            if (data28.min !== undefined) {
                                let data30 = data28.min;
                                if (!((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30)))) {
                                    const err72 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/lines/min", schemaPath: "#/definitions/range/oneOf/1/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                        vErrors = [err72];
                                    }
                                    else {
                                        vErrors.push(err72);
                                    }
                                    errors++;
                                }
                                if (typeof data30 == "number") {
                                    if (data30 < 0 || isNaN(data30)) {
                                        const err73 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/lines/min", schemaPath: "#/definitions/range/oneOf/1/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                        if (vErrors === null) {
                                            vErrors = [err73];
                                        }
                                        else {
                                            vErrors.push(err73);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            if (data28.max !== undefined) {
                                let data31 = data28.max;
                                if (!((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31)))) {
                                    const err74 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/lines/max", schemaPath: "#/definitions/range/oneOf/1/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                        vErrors = [err74];
                                    }
                                    else {
                                        vErrors.push(err74);
                                    }
                                    errors++;
                                }
                                if (typeof data31 == "number") {
                                    if (data31 < 0 || isNaN(data31)) {
                                        const err75 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/lines/max", schemaPath: "#/definitions/range/oneOf/1/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                        if (vErrors === null) {
                                            vErrors = [err75];
                                        }
                                        else {
                                            vErrors.push(err75);
                                        }
                                        errors++;
                                    }
                                }
                            }
                        }
                        else {
                            const err76 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/lines", schemaPath: "#/definitions/range/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err76];
                            }
                            else {
                                vErrors.push(err76);
                            }
                            errors++;
                        }
                        var _valid2 = _errs82 === errors;
                        if (_valid2 && valid26) {
                            valid26 = false;
                            passing2 = [passing2, 1];
                        }
                        else {
                            if (_valid2) {
                                valid26 = true;
                                passing2 = 1;
                            }
                        }
                        if (!valid26) {
                            const err77 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/lines", schemaPath: "#/definitions/range/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf" };
                            if (vErrors === null) {
                                vErrors = [err77];
                            }
                            else {
                                vErrors.push(err77);
                            }
                            errors++;
                        }
                        else {
                            errors = _errs77;
                            if (vErrors !== null) {
                                if (_errs77) {
                                    vErrors.length = _errs77;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                    }
                    if (data23.points !== undefined) {
                        let data32 = data23.points;
                        const _errs91 = errors;
                        let valid31 = false;
                        let passing3 = null;
                        const _errs92 = errors;
                        if (Array.isArray(data32)) {
                            if (data32.length > 2) {
                                const err78 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/points", schemaPath: "#/definitions/range/oneOf/0/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                                if (vErrors === null) {
                                    vErrors = [err78];
                                }
                                else {
                                    vErrors.push(err78);
                                }
                                errors++;
                            }
                            if (data32.length < 2) {
                                const err79 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/points", schemaPath: "#/definitions/range/oneOf/0/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                                if (vErrors === null) {
                                    vErrors = [err79];
                                }
                                else {
                                    vErrors.push(err79);
                                }
                                errors++;
                            }
                            const len7 = data32.length;
                            for (let i7 = 0; i7 < len7; i7++) {
                                let data33 = data32[i7];
                                if (!((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33)))) {
                                    const err80 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/points/" + i7, schemaPath: "#/definitions/range/oneOf/0/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                        vErrors = [err80];
                                    }
                                    else {
                                        vErrors.push(err80);
                                    }
                                    errors++;
                                }
                                if (typeof data33 == "number") {
                                    if (data33 < 0 || isNaN(data33)) {
                                        const err81 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/points/" + i7, schemaPath: "#/definitions/range/oneOf/0/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                        if (vErrors === null) {
                                            vErrors = [err81];
                                        }
                                        else {
                                            vErrors.push(err81);
                                        }
                                        errors++;
                                    }
                                }
                            }
                        }
                        else {
                            const err82 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/points", schemaPath: "#/definitions/range/oneOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err82];
                            }
                            else {
                                vErrors.push(err82);
                            }
                            errors++;
                        }
                        var _valid3 = _errs92 === errors;
                        if (_valid3) {
                            valid31 = true;
                            passing3 = 0;
                        }
                        const _errs96 = errors;
                        if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                            for (const key11 in data32) {
                                if (!((key11 === "min") || (key11 === "max"))) {
                                    const err83 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/points", schemaPath: "#/definitions/range/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                        vErrors = [err83];
                                    }
                                    else {
                                        vErrors.push(err83);
                                    }
                                    errors++;
                                }
                            }
                            if (data32.min !== undefined) {
                                let data34 = data32.min;
                                if (!((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34)))) {
                                    const err84 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/points/min", schemaPath: "#/definitions/range/oneOf/1/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                        vErrors = [err84];
                                    }
                                    else {
                                        vErrors.push(err84);
                                    }
                                    errors++;
                                }
                                if (typeof data34 == "number") {
                                    if (data34 < 0 || isNaN(data34)) {
                                        const err85 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/points/min", schemaPath: "#/definitions/range/oneOf/1/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                        if (vErrors === null) {
                                            vErrors = [err85];
                                        }
                                        else {
                                            vErrors.push(err85);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            if (data32.max !== undefined) {
                                let data35 = data32.max;
                                if (!((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35)))) {
                                    const err86 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/points/max", schemaPath: "#/definitions/range/oneOf/1/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                        vErrors = [err86];
                                    }
                                    else {
                                        vErrors.push(err86);
                                    }
                                    errors++;
                                }
                                if (typeof data35 == "number") {
                                    if (data35 < 0 || isNaN(data35)) {
                                        const err87 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/points/max", schemaPath: "#/definitions/range/oneOf/1/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                        if (vErrors === null) {
                                            vErrors = [err87];
                                        }
                                        else {
                                            vErrors.push(err87);
                                        }
                                        errors++;
                                    }
                                }
                            }
                        }
                        else {
                            const err88 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/points", schemaPath: "#/definitions/range/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err88];
                            }
                            else {
                                vErrors.push(err88);
                            }
                            errors++;
                        }
                        var _valid3 = _errs96 === errors;
                        if (_valid3 && valid31) {
                            valid31 = false;
                            passing3 = [passing3, 1];
                        }
                        else {
                            if (_valid3) {
                                valid31 = true;
                                passing3 = 1;
                            }
                        }
                        if (!valid31) {
                            const err89 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/points", schemaPath: "#/definitions/range/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf" };
                            if (vErrors === null) {
                                vErrors = [err89];
                            }
                            else {
                                vErrors.push(err89);
                            }
                            errors++;
                        }
                        else {
                            errors = _errs91;
                            if (vErrors !== null) {
                                if (_errs91) {
                                    vErrors.length = _errs91;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                    }
                    if (data23.chars !== undefined) {
                        let data36 = data23.chars;
                        const _errs105 = errors;
                        let valid36 = false;
                        let passing4 = null;
                        const _errs106 = errors;
                        if (Array.isArray(data36)) {
                            if (data36.length > 2) {
                                const err90 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/chars", schemaPath: "#/definitions/range/oneOf/0/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                                if (vErrors === null) {
                                    vErrors = [err90];
                                }
                                else {
                                    vErrors.push(err90);
                                }
                                errors++;
                            }
                            if (data36.length < 2) {
                                const err91 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/chars", schemaPath: "#/definitions/range/oneOf/0/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                                if (vErrors === null) {
                                    vErrors = [err91];
                                }
                                else {
                                    vErrors.push(err91);
                                }
                                errors++;
                            }
                            const len8 = data36.length;
                            for (let i8 = 0; i8 < len8; i8++) {
                                let data37 = data36[i8];
                                if (!((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37)))) {
                                    const err92 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/chars/" + i8, schemaPath: "#/definitions/range/oneOf/0/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                        vErrors = [err92];
                                    }
                                    else {
                                        vErrors.push(err92);
                                    }
                                    errors++;
                                }
                                if (typeof data37 == "number") {
                                    if (data37 < 0 || isNaN(data37)) {
                                        const err93 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/chars/" + i8, schemaPath: "#/definitions/range/oneOf/0/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                        if (vErrors === null) {
                                            vErrors = [err93];
                                        }
                                        else {
                                            vErrors.push(err93);
                                        }
                                        errors++;
                                    }
                                }
                            }
                        }
                        else {
                            const err94 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/chars", schemaPath: "#/definitions/range/oneOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err94];
                            }
                            else {
                                vErrors.push(err94);
                            }
                            errors++;
                        }
                        var _valid4 = _errs106 === errors;
                        if (_valid4) {
                            valid36 = true;
                            passing4 = 0;
                        }
                        const _errs110 = errors;
                        if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                            for (const key12 in data36) {
                                if (!((key12 === "min") || (key12 === "max"))) {
                                    const err95 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/chars", schemaPath: "#/definitions/range/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                        vErrors = [err95];
                                    }
                                    else {
                                        vErrors.push(err95);
                                    }
                                    errors++;
                                }
                            }
                            if (data36.min !== undefined) {
                                let data38 = data36.min;
                                if (!((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38)))) {
                                    const err96 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/chars/min", schemaPath: "#/definitions/range/oneOf/1/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                        vErrors = [err96];
                                    }
                                    else {
                                        vErrors.push(err96);
                                    }
                                    errors++;
                                }
                                if (typeof data38 == "number") {
                                    if (data38 < 0 || isNaN(data38)) {
                                        const err97 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/chars/min", schemaPath: "#/definitions/range/oneOf/1/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                        if (vErrors === null) {
                                            vErrors = [err97];
                                        }
                                        else {
                                            vErrors.push(err97);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            if (data36.max !== undefined) {
                                let data39 = data36.max;
                                if (!((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39)))) {
                                    const err98 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/chars/max", schemaPath: "#/definitions/range/oneOf/1/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                        vErrors = [err98];
                                    }
                                    else {
                                        vErrors.push(err98);
                                    }
                                    errors++;
                                }
                                if (typeof data39 == "number") {
                                    if (data39 < 0 || isNaN(data39)) {
                                        const err99 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/chars/max", schemaPath: "#/definitions/range/oneOf/1/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                        if (vErrors === null) {
                                            vErrors = [err99];
                                        }
                                        else {
                                            vErrors.push(err99);
                                        }
                                        errors++;
                                    }
                                }
                            }
                        }
                        else {
                            const err100 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/chars", schemaPath: "#/definitions/range/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err100];
                            }
                            else {
                                vErrors.push(err100);
                            }
                            errors++;
                        }
                        var _valid4 = _errs110 === errors;
                        if (_valid4 && valid36) {
                            valid36 = false;
                            passing4 = [passing4, 1];
                        }
                        else {
                            if (_valid4) {
                                valid36 = true;
                                passing4 = 1;
                            }
                        }
                        if (!valid36) {
                            const err101 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/chars", schemaPath: "#/definitions/range/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf" };
                            if (vErrors === null) {
                                vErrors = [err101];
                            }
                            else {
                                vErrors.push(err101);
                            }
                            errors++;
                        }
                        else {
                            errors = _errs105;
                            if (vErrors !== null) {
                                if (_errs105) {
                                    vErrors.length = _errs105;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                    }
                    if (data23.posts !== undefined) {
                        let data40 = data23.posts;
                        const _errs119 = errors;
                        let valid41 = false;
                        let passing5 = null;
                        const _errs120 = errors;
                        if (Array.isArray(data40)) {
                            if (data40.length > 2) {
                                const err102 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/posts", schemaPath: "#/definitions/range/oneOf/0/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                                if (vErrors === null) {
                                    vErrors = [err102];
                                }
                                else {
                                    vErrors.push(err102);
                                }
                                errors++;
                            }
                            if (data40.length < 2) {
                                const err103 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/posts", schemaPath: "#/definitions/range/oneOf/0/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                                if (vErrors === null) {
                                    vErrors = [err103];
                                }
                                else {
                                    vErrors.push(err103);
                                }
                                errors++;
                            }
                            const len9 = data40.length;
                            for (let i9 = 0; i9 < len9; i9++) {
                                let data41 = data40[i9];
                                if (!((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41)))) {
                                    const err104 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/posts/" + i9, schemaPath: "#/definitions/range/oneOf/0/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                        vErrors = [err104];
                                    }
                                    else {
                                        vErrors.push(err104);
                                    }
                                    errors++;
                                }
                                if (typeof data41 == "number") {
                                    if (data41 < 0 || isNaN(data41)) {
                                        const err105 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/posts/" + i9, schemaPath: "#/definitions/range/oneOf/0/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                        if (vErrors === null) {
                                            vErrors = [err105];
                                        }
                                        else {
                                            vErrors.push(err105);
                                        }
                                        errors++;
                                    }
                                }
                            }
                        }
                        else {
                            const err106 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/posts", schemaPath: "#/definitions/range/oneOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err106];
                            }
                            else {
                                vErrors.push(err106);
                            }
                            errors++;
                        }
                        var _valid5 = _errs120 === errors;
                        if (_valid5) {
                            valid41 = true;
                            passing5 = 0;
                        }
                        const _errs124 = errors;
                        if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                            for (const key13 in data40) {
                                if (!((key13 === "min") || (key13 === "max"))) {
                                    const err107 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/posts", schemaPath: "#/definitions/range/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                        vErrors = [err107];
                                    }
                                    else {
                                        vErrors.push(err107);
                                    }
                                    errors++;
                                }
                            }
                            if (data40.min !== undefined) {
                                let data42 = data40.min;
                                if (!((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42)))) {
                                    const err108 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/posts/min", schemaPath: "#/definitions/range/oneOf/1/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                        vErrors = [err108];
                                    }
                                    else {
                                        vErrors.push(err108);
                                    }
                                    errors++;
                                }
                                if (typeof data42 == "number") {
                                    if (data42 < 0 || isNaN(data42)) {
                                        const err109 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/posts/min", schemaPath: "#/definitions/range/oneOf/1/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                        if (vErrors === null) {
                                            vErrors = [err109];
                                        }
                                        else {
                                            vErrors.push(err109);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            if (data40.max !== undefined) {
                                let data43 = data40.max;
                                if (!((typeof data43 == "number") && (!(data43 % 1) && !isNaN(data43)))) {
                                    const err110 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/posts/max", schemaPath: "#/definitions/range/oneOf/1/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                        vErrors = [err110];
                                    }
                                    else {
                                        vErrors.push(err110);
                                    }
                                    errors++;
                                }
                                if (typeof data43 == "number") {
                                    if (data43 < 0 || isNaN(data43)) {
                                        const err111 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/posts/max", schemaPath: "#/definitions/range/oneOf/1/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                        if (vErrors === null) {
                                            vErrors = [err111];
                                        }
                                        else {
                                            vErrors.push(err111);
                                        }
                                        errors++;
                                    }
                                }
                            }
                        }
                        else {
                            const err112 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/posts", schemaPath: "#/definitions/range/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err112];
                            }
                            else {
                                vErrors.push(err112);
                            }
                            errors++;
                        }
                        var _valid5 = _errs124 === errors;
                        if (_valid5 && valid41) {
                            valid41 = false;
                            passing5 = [passing5, 1];
                        }
                        else {
                            if (_valid5) {
                                valid41 = true;
                                passing5 = 1;
                            }
                        }
                        if (!valid41) {
                            const err113 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/posts", schemaPath: "#/definitions/range/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf" };
                            if (vErrors === null) {
                                vErrors = [err113];
                            }
                            else {
                                vErrors.push(err113);
                            }
                            errors++;
                        }
                        else {
                            errors = _errs119;
                            if (vErrors !== null) {
                                if (_errs119) {
                                    vErrors.length = _errs119;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                    }
                    if (data23.required !== undefined) {
                        let data44 = data23.required;
                        if (Array.isArray(data44)) {
                            const len10 = data44.length;
                            for (let i10 = 0; i10 < len10; i10++) {
                                let data45 = data44[i10];
                                if (!((((((((((((data45 === "hook") || (data45 === "insight")) || (data45 === "limitation")) || (data45 === "call-to-action")) || (data45 === "exercise-path")) || (data45 === "diagram")) || (data45 === "product-name")) || (data45 === "scope")) || (data45 === "non-goals")) || (data45 === "audience")) || (data45 === "level")) || (data45 === "format"))) {
                                    const err114 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/required/" + i10, schemaPath: "#/properties/channels/additionalProperties/properties/required/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.channels.additionalProperties.properties.required.items.enum }, message: "must be equal to one of the allowed values" };
                                    if (vErrors === null) {
                                        vErrors = [err114];
                                    }
                                    else {
                                        vErrors.push(err114);
                                    }
                                    errors++;
                                }
                            }
                            let i11 = data44.length;
                            let j0;
                            if (i11 > 1) {
                                outer0: for (; i11--;) {
                                    for (j0 = i11; j0--;) {
                                        if (func0(data44[i11], data44[j0])) {
                                            const err115 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/required", schemaPath: "#/properties/channels/additionalProperties/properties/required/uniqueItems", keyword: "uniqueItems", params: { i: i11, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i11 + " are identical)" };
                                            if (vErrors === null) {
                                                vErrors = [err115];
                                            }
                                            else {
                                                vErrors.push(err115);
                                            }
                                            errors++;
                                            break outer0;
                                        }
                                    }
                                }
                            }
                        }
                        else {
                            const err116 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/required", schemaPath: "#/properties/channels/additionalProperties/properties/required/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err116];
                            }
                            else {
                                vErrors.push(err116);
                            }
                            errors++;
                        }
                    }
                    if (data23.forbidden !== undefined) {
                        let data46 = data23.forbidden;
                        if (Array.isArray(data46)) {
                            const len11 = data46.length;
                            for (let i12 = 0; i12 < len11; i12++) {
                                let data47 = data46[i12];
                                if (!((((data47 === "roadmap-promise") || (data47 === "absolute-language")) || (data47 === "untraced-figure")) || (data47 === "new-claim"))) {
                                    const err117 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/forbidden/" + i12, schemaPath: "#/properties/channels/additionalProperties/properties/forbidden/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.channels.additionalProperties.properties.forbidden.items.enum }, message: "must be equal to one of the allowed values" };
                                    if (vErrors === null) {
                                        vErrors = [err117];
                                    }
                                    else {
                                        vErrors.push(err117);
                                    }
                                    errors++;
                                }
                            }
                            let i13 = data46.length;
                            let j1;
                            if (i13 > 1) {
                                outer1: for (; i13--;) {
                                    for (j1 = i13; j1--;) {
                                        if (func0(data46[i13], data46[j1])) {
                                            const err118 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/forbidden", schemaPath: "#/properties/channels/additionalProperties/properties/forbidden/uniqueItems", keyword: "uniqueItems", params: { i: i13, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i13 + " are identical)" };
                                            if (vErrors === null) {
                                                vErrors = [err118];
                                            }
                                            else {
                                                vErrors.push(err118);
                                            }
                                            errors++;
                                            break outer1;
                                        }
                                    }
                                }
                            }
                        }
                        else {
                            const err119 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/forbidden", schemaPath: "#/properties/channels/additionalProperties/properties/forbidden/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err119];
                            }
                            else {
                                vErrors.push(err119);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err120 = { instancePath: instancePath + "/channels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/channels/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err120];
                    }
                    else {
                        vErrors.push(err120);
                    }
                    errors++;
                }
            }
        }
        else {
            const err121 = { instancePath: instancePath + "/channels", schemaPath: "#/properties/channels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err121];
            }
            else {
                vErrors.push(err121);
            }
            errors++;
        }
    }
    if (data.writer !== undefined) {
        let data48 = data.writer;
        if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
            for (const key14 in data48) {
                if (!((((((key14 === "kind") || (key14 === "endpoint")) || (key14 === "model")) || (key14 === "maxRounds")) || (key14 === "timeoutSeconds")) || (key14 === "channels"))) {
                    const err122 = { instancePath: instancePath + "/writer", schemaPath: "#/properties/writer/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                        vErrors = [err122];
                    }
                    else {
                        vErrors.push(err122);
                    }
                    errors++;
                }
            }
            if (data48.kind !== undefined) {
                let data49 = data48.kind;
                if (!((data49 === "deterministic") || (data49 === "llm"))) {
                    const err123 = { instancePath: instancePath + "/writer/kind", schemaPath: "#/properties/writer/properties/kind/enum", keyword: "enum", params: { allowedValues: schema11.properties.writer.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err123];
                    }
                    else {
                        vErrors.push(err123);
                    }
                    errors++;
                }
            }
            if (data48.endpoint !== undefined) {
                let data50 = data48.endpoint;
                if (typeof data50 === "string") {
                    if (!pattern8.test(data50)) {
                        const err124 = { instancePath: instancePath + "/writer/endpoint", schemaPath: "#/properties/writer/properties/endpoint/pattern", keyword: "pattern", params: { pattern: "^https?://[^\\s]+$" }, message: "must match pattern \"" + "^https?://[^\\s]+$" + "\"" };
                        if (vErrors === null) {
                            vErrors = [err124];
                        }
                        else {
                            vErrors.push(err124);
                        }
                        errors++;
                    }
                }
                else {
                    const err125 = { instancePath: instancePath + "/writer/endpoint", schemaPath: "#/properties/writer/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err125];
                    }
                    else {
                        vErrors.push(err125);
                    }
                    errors++;
                }
            }
            if (data48.model !== undefined) {
                let data51 = data48.model;
                if (typeof data51 === "string") {
                    if (!pattern9.test(data51)) {
                        const err126 = { instancePath: instancePath + "/writer/model", schemaPath: "#/properties/writer/properties/model/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,127}$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,127}$" + "\"" };
                        if (vErrors === null) {
                            vErrors = [err126];
                        }
                        else {
                            vErrors.push(err126);
                        }
                        errors++;
                    }
                }
                else {
                    const err127 = { instancePath: instancePath + "/writer/model", schemaPath: "#/properties/writer/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err127];
                    }
                    else {
                        vErrors.push(err127);
                    }
                    errors++;
                }
            }
            if (data48.maxRounds !== undefined) {
                let data52 = data48.maxRounds;
                if (!((typeof data52 == "number") && (!(data52 % 1) && !isNaN(data52)))) {
                    const err128 = { instancePath: instancePath + "/writer/maxRounds", schemaPath: "#/properties/writer/properties/maxRounds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                        vErrors = [err128];
                    }
                    else {
                        vErrors.push(err128);
                    }
                    errors++;
                }
                if (typeof data52 == "number") {
                    if (data52 > 5 || isNaN(data52)) {
                        const err129 = { instancePath: instancePath + "/writer/maxRounds", schemaPath: "#/properties/writer/properties/maxRounds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 5 }, message: "must be <= 5" };
                        if (vErrors === null) {
                            vErrors = [err129];
                        }
                        else {
                            vErrors.push(err129);
                        }
                        errors++;
                    }
                    if (data52 < 0 || isNaN(data52)) {
                        const err130 = { instancePath: instancePath + "/writer/maxRounds", schemaPath: "#/properties/writer/properties/maxRounds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                        if (vErrors === null) {
                            vErrors = [err130];
                        }
                        else {
                            vErrors.push(err130);
                        }
                        errors++;
                    }
                }
            }
            if (data48.timeoutSeconds !== undefined) {
                let data53 = data48.timeoutSeconds;
                if (typeof data53 == "number") {
                    if (data53 > 600 || isNaN(data53)) {
                        const err131 = { instancePath: instancePath + "/writer/timeoutSeconds", schemaPath: "#/properties/writer/properties/timeoutSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 600 }, message: "must be <= 600" };
                        if (vErrors === null) {
                            vErrors = [err131];
                        }
                        else {
                            vErrors.push(err131);
                        }
                        errors++;
                    }
                    if (data53 <= 0 || isNaN(data53)) {
                        const err132 = { instancePath: instancePath + "/writer/timeoutSeconds", schemaPath: "#/properties/writer/properties/timeoutSeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                        if (vErrors === null) {
                            vErrors = [err132];
                        }
                        else {
                            vErrors.push(err132);
                        }
                        errors++;
                    }
                }
                else {
                    const err133 = { instancePath: instancePath + "/writer/timeoutSeconds", schemaPath: "#/properties/writer/properties/timeoutSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                        vErrors = [err133];
                    }
                    else {
                        vErrors.push(err133);
                    }
                    errors++;
                }
            }
            if (data48.channels !== undefined) {
                let data54 = data48.channels;
                if (Array.isArray(data54)) {
                    const len12 = data54.length;
                    for (let i14 = 0; i14 < len12; i14++) {
                        let data55 = data54[i14];
                        if (typeof data55 === "string") {
                            if (!pattern7.test(data55)) {
                                const err134 = { instancePath: instancePath + "/writer/channels/" + i14, schemaPath: "#/properties/writer/properties/channels/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]*$" }, message: "must match pattern \"" + "^[a-z][a-z0-9-]*$" + "\"" };
                                if (vErrors === null) {
                                    vErrors = [err134];
                                }
                                else {
                                    vErrors.push(err134);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err135 = { instancePath: instancePath + "/writer/channels/" + i14, schemaPath: "#/properties/writer/properties/channels/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err135];
                            }
                            else {
                                vErrors.push(err135);
                            }
                            errors++;
                        }
                    }
                    let i15 = data54.length;
                    let j2;
                    if (i15 > 1) {
                        const indices0 = {};
                        for (; i15--;) {
                            let item0 = data54[i15];
                            if (typeof item0 !== "string") {
                                continue;
                            }
                            if (typeof indices0[item0] == "number") {
                                j2 = indices0[item0];
                                const err136 = { instancePath: instancePath + "/writer/channels", schemaPath: "#/properties/writer/properties/channels/uniqueItems", keyword: "uniqueItems", params: { i: i15, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i15 + " are identical)" };
                                if (vErrors === null) {
                                    vErrors = [err136];
                                }
                                else {
                                    vErrors.push(err136);
                                }
                                errors++;
                                break;
                            }
                            indices0[item0] = i15;
                        }
                    }
                }
                else {
                    const err137 = { instancePath: instancePath + "/writer/channels", schemaPath: "#/properties/writer/properties/channels/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                        vErrors = [err137];
                    }
                    else {
                        vErrors.push(err137);
                    }
                    errors++;
                }
            }
        }
        else {
            const err138 = { instancePath: instancePath + "/writer", schemaPath: "#/properties/writer/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err138];
            }
            else {
                vErrors.push(err138);
            }
            errors++;
        }
    }
}
else {
    const err139 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err139];
    }
    else {
        vErrors.push(err139);
    }
    errors++;
} validate10.errors = vErrors; return errors === 0; }

/******************************************************************************
Copyright (c) Microsoft Corporation.

Permission to use, copy, modify, and/or distribute this software for any
purpose with or without fee is hereby granted.

THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH
REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY
AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT,
INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM
LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR
OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR
PERFORMANCE OF THIS SOFTWARE.
***************************************************************************** */
/* global Reflect, Promise, SuppressedError, Symbol, Iterator */


var __assign = function() {
    __assign = Object.assign || function __assign(t) {
        for (var s, i = 1, n = arguments.length; i < n; i++) {
            s = arguments[i];
            for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p)) t[p] = s[p];
        }
        return t;
    };
    return __assign.apply(this, arguments);
};

function __generator(thisArg, body) {
    var _ = { label: 0, sent: function() { if (t[0] & 1) throw t[1]; return t[1]; }, trys: [], ops: [] }, f, y, t, g = Object.create((typeof Iterator === "function" ? Iterator : Object).prototype);
    return g.next = verb(0), g["throw"] = verb(1), g["return"] = verb(2), typeof Symbol === "function" && (g[Symbol.iterator] = function() { return this; }), g;
    function verb(n) { return function (v) { return step([n, v]); }; }
    function step(op) {
        if (f) throw new TypeError("Generator is already executing.");
        while (g && (g = 0, op[0] && (_ = 0)), _) try {
            if (f = 1, y && (t = op[0] & 2 ? y["return"] : op[0] ? y["throw"] || ((t = y["return"]) && t.call(y), 0) : y.next) && !(t = t.call(y, op[1])).done) return t;
            if (y = 0, t) op = [op[0] & 2, t.value];
            switch (op[0]) {
                case 0: case 1: t = op; break;
                case 4: _.label++; return { value: op[1], done: false };
                case 5: _.label++; y = op[1]; op = [0]; continue;
                case 7: op = _.ops.pop(); _.trys.pop(); continue;
                default:
                    if (!(t = _.trys, t = t.length > 0 && t[t.length - 1]) && (op[0] === 6 || op[0] === 2)) { _ = 0; continue; }
                    if (op[0] === 3 && (!t || (op[1] > t[0] && op[1] < t[3]))) { _.label = op[1]; break; }
                    if (op[0] === 6 && _.label < t[1]) { _.label = t[1]; t = op; break; }
                    if (t && _.label < t[2]) { _.label = t[2]; _.ops.push(op); break; }
                    if (t[2]) _.ops.pop();
                    _.trys.pop(); continue;
            }
            op = body.call(thisArg, _);
        } catch (e) { op = [6, e]; y = 0; } finally { f = t = 0; }
        if (op[0] & 5) throw op[1]; return { value: op[0] ? op[1] : void 0, done: true };
    }
}

function __values(o) {
    var s = typeof Symbol === "function" && Symbol.iterator, m = s && o[s], i = 0;
    if (m) return m.call(o);
    if (o && typeof o.length === "number") return {
        next: function () {
            if (o && i >= o.length) o = void 0;
            return { value: o && o[i++], done: !o };
        }
    };
    throw new TypeError(s ? "Object is not iterable." : "Symbol.iterator is not defined.");
}

function __read(o, n) {
    var m = typeof Symbol === "function" && o[Symbol.iterator];
    if (!m) return o;
    var i = m.call(o), r, ar = [], e;
    try {
        while ((n === void 0 || n-- > 0) && !(r = i.next()).done) ar.push(r.value);
    }
    catch (error) { e = { error: error }; }
    finally {
        try {
            if (r && !r.done && (m = i["return"])) m.call(i);
        }
        finally { if (e) throw e.error; }
    }
    return ar;
}

function __spreadArray(to, from, pack) {
    if (arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++) {
        if (ar || !(i in from)) {
            if (!ar) ar = Array.prototype.slice.call(from, 0, i);
            ar[i] = from[i];
        }
    }
    return to.concat(ar || Array.prototype.slice.call(from));
}

typeof SuppressedError === "function" ? SuppressedError : function (error, suppressed, message) {
    var e = new Error(message);
    return e.name = "SuppressedError", e.error = error, e.suppressed = suppressed, e;
};

var parser$1 = {exports: {}};

(function (module) {
	(function() {

	  var fromCodePoint = String.fromCodePoint || (function() {
	    // Implementation taken from
	    // https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/String/fromCodePoint

	    var stringFromCharCode = String.fromCharCode;
	    var floor = Math.floor;

	    return function fromCodePoint() {
	      var MAX_SIZE = 0x4000;
	      var codeUnits = [];
	      var highSurrogate;
	      var lowSurrogate;
	      var index = -1;
	      var length = arguments.length;
	      if (!length) {
	        return '';
	      }
	      var result = '';
	      while (++index < length) {
	        var codePoint = Number(arguments[index]);
	        if (
	          !isFinite(codePoint) ||       // `NaN`, `+Infinity`, or `-Infinity`
	          codePoint < 0 ||              // not a valid Unicode code point
	          codePoint > 0x10FFFF ||       // not a valid Unicode code point
	          floor(codePoint) != codePoint // not an integer
	        ) {
	          throw RangeError('Invalid code point: ' + codePoint);
	        }
	        if (codePoint <= 0xFFFF) { // BMP code point
	          codeUnits.push(codePoint);
	        } else { // Astral code point; split in surrogate halves
	          // http://mathiasbynens.be/notes/javascript-encoding#surrogate-formulae
	          codePoint -= 0x10000;
	          highSurrogate = (codePoint >> 10) + 0xD800;
	          lowSurrogate = (codePoint % 0x400) + 0xDC00;
	          codeUnits.push(highSurrogate, lowSurrogate);
	        }
	        if (index + 1 == length || codeUnits.length > MAX_SIZE) {
	          result += stringFromCharCode.apply(null, codeUnits);
	          codeUnits.length = 0;
	        }
	      }
	      return result;
	    };
	  }());

	  function parse(str, flags, features) {
	    if (!features) {
	      features = {};
	    }

	    function updateRawStart(node, start) {
	      node.range[0] = start;
	      node.raw = str.substring(start, node.range[1]);
	      return node;
	    }

	    function createAnchor(kind, rawLength) {
	      return {
	        type: 'anchor',
	        kind: kind,
	        range: [
	          pos - rawLength,
	          pos
	        ],
	        raw: str.substring(pos - rawLength, pos)
	      };
	    }

	    function createValue(kind, codePoint, from, to) {
	      return {
	        type: 'value',
	        kind: kind,
	        codePoint: codePoint,
	        range: [from, to],
	        raw: str.substring(from, to)
	      };
	    }

	    function createEscaped(kind, codePoint, value, fromOffset) {
	      fromOffset = fromOffset || 0;
	      return createValue(kind, codePoint, pos - (value.length + fromOffset), pos);
	    }

	    function createCharacter(matches) {
	      var _char = matches[0];
	      var first = _char.charCodeAt(0);
	      if (isUnicodeMode) {
	        var second;
	        if (_char.length === 1 && first >= 0xD800 && first <= 0xDBFF) {
	          second = lookahead().charCodeAt(0);
	          if (second >= 0xDC00 && second <= 0xDFFF) {
	            // Unicode surrogate pair
	            pos++;
	            return createValue(
	              'symbol',
	              (first - 0xD800) * 0x400 + second - 0xDC00 + 0x10000,
	              pos - 2, pos);
	          }
	        }
	      }
	      return createValue('symbol', first, pos - 1, pos);
	    }

	    function createDisjunction(alternatives, from, to) {
	      return {
	        type: 'disjunction',
	        body: alternatives,
	        range: [
	          from,
	          to
	        ],
	        raw: str.substring(from, to)
	      };
	    }

	    function createDot() {
	      return {
	        type: 'dot',
	        range: [
	          pos - 1,
	          pos
	        ],
	        raw: '.'
	      };
	    }

	    function createCharacterClassEscape(value) {
	      return {
	        type: 'characterClassEscape',
	        value: value,
	        range: [
	          pos - 2,
	          pos
	        ],
	        raw: str.substring(pos - 2, pos)
	      };
	    }

	    function createReference(matchIndex) {
	      var start = pos - 1 - matchIndex.length;
	      return {
	        type: 'reference',
	        matchIndex: parseInt(matchIndex, 10),
	        range: [
	          start,
	          pos
	        ],
	        raw: str.substring(start, pos)
	      };
	    }

	    function createNamedReference(name) {
	      var start = name.range[0] - 3;
	      return {
	        type: 'reference',
	        name: name,
	        range: [
	          start,
	          pos
	        ],
	        raw: str.substring(start, pos)
	      };
	    }

	    function createGroup(behavior, disjunction, from, to) {
	      return {
	        type: 'group',
	        behavior: behavior,
	        body: disjunction,
	        range: [
	          from,
	          to
	        ],
	        raw: str.substring(from, to)
	      };
	    }

	    function createQuantifier(min, max, from, to, symbol) {
	      if (to == null) {
	        from = pos - 1;
	        to = pos;
	      }

	      return {
	        type: 'quantifier',
	        min: min,
	        max: max,
	        greedy: true,
	        body: null, // set later on
	        symbol: symbol,
	        range: [
	          from,
	          to
	        ],
	        raw: str.substring(from, to)
	      };
	    }

	    function createAlternative(terms, from, to) {
	      return {
	        type: 'alternative',
	        body: terms,
	        range: [
	          from,
	          to
	        ],
	        raw: str.substring(from, to)
	      };
	    }

	    function createCharacterClass(contents, negative, from, to) {
	      return {
	        type: 'characterClass',
	        kind: contents.kind,
	        body: contents.body,
	        negative: negative,
	        range: [
	          from,
	          to
	        ],
	        raw: str.substring(from, to)
	      };
	    }

	    function createClassRange(min, max, from, to) {
	      // See 15.10.2.15:
	      if (min.codePoint > max.codePoint) {
	        bail('invalid range in character class', min.raw + '-' + max.raw, from, to);
	      }

	      return {
	        type: 'characterClassRange',
	        min: min,
	        max: max,
	        range: [
	          from,
	          to
	        ],
	        raw: str.substring(from, to)
	      };
	    }

	    function createClassStrings(strings, from, to) {
	      return {
	        type: 'classStrings',
	        strings: strings,
	        range: [from, to],
	        raw: str.substring(from, to)
	      };
	    }

	    function createClassString(characters, from, to) {
	      return {
	        type: 'classString',
	        characters: characters,
	        range: [from, to],
	        raw: str.substring(from, to)
	      };
	    }

	    function flattenBody(body) {
	      if (body.type === 'alternative') {
	        return body.body;
	      } else {
	        return [body];
	      }
	    }

	    function incr(amount) {
	      amount = (amount || 1);
	      pos += amount;
	    }

	    function consume(amount) {
	      var res = str.substring(pos, pos += amount);
	      return res;
	    }

	    function skip(value) {
	      if (!match(value)) {
	        bail('character', value);
	      }
	    }

	    function match(value) {
	      var len = value.length;
	      if (str.substring(pos, pos + len) === value) {
	        incr(len);
	        return value;
	      }
	    }

	    function matchOne(value) {
	      if (str[pos] === value) {
	        pos++;
	        return value;
	      }
	    }

	    function lookahead() {
	      return str[pos];
	    }

	    function currentOne(value) {
	      return str[pos] === value;
	    }

	    function current(value) {
	      var len = value.length;
	      return str.substring(pos, pos + len) === value;
	    }

	    function next(value) {
	      return str[pos + 1] === value;
	    }

	    function matchReg(regExp) {
	      var subStr = str.substring(pos);
	      var res = subStr.match(regExp);
	      if (res) {
	        pos += res[0].length;
	      }
	      return res;
	    }

	    function parseDisjunction() {
	      // Disjunction ::
	      //      Alternative
	      //      Alternative | Disjunction
	      var res = [], from = pos;
	      res.push(parseAlternative());

	      while (matchOne('|')) {
	        res.push(parseAlternative());
	      }

	      if (res.length === 1) {
	        return res[0];
	      }

	      return createDisjunction(res, from, pos);
	    }

	    function parseAlternative() {
	      var res = [], from = pos;
	      var term;

	      // Alternative ::
	      //      [empty]
	      //      Alternative Term
	      while (term = parseTerm()) {
	        res.push(term);
	      }

	      if (res.length === 1) {
	        return res[0];
	      }

	      return createAlternative(res, from, pos);
	    }

	    function parseTerm() {
	      // Term ::
	      //      Anchor
	      //      Atom
	      //      Atom Quantifier

	      // Term (Annex B)::
	      //      [~UnicodeMode] QuantifiableAssertion Quantifier (see https://github.com/jviereck/regjsparser/issues/130)
	      //      [~UnicodeMode] ExtendedAtom Quantifier

	      // QuantifiableAssertion::
	      //      (?= Disjunction[~UnicodeMode, ~UnicodeSetsMode, ?NamedCaptureGroups] )
	      //      (?! Disjunction[~UnicodeMode, ~UnicodeSetsMode, ?NamedCaptureGroups] )

	      if (pos >= str.length || currentOne('|') || currentOne(')')) {
	        return null; /* Means: The term is empty */
	      }

	      var anchor = parseAnchor();
	      var quantifier;
	      if (anchor) {
	        var pos_backup = pos;
	        quantifier = parseQuantifier() || false;
	        if (quantifier) {
	          // Annex B
	          if (!isUnicodeMode && anchor.type === "group") {
	            quantifier.body = flattenBody(anchor);
	            // The quantifier contains the anchor. Therefore, the beginning of the
	            // quantifier range is given by the beginning of the anchor.
	            updateRawStart(quantifier, anchor.range[0]);
	            return quantifier;
	          }
	          pos = pos_backup;
	          bail("Expected atom");
	        }
	        return anchor;
	      }

	      // If there is no Anchor, try to parse an atom.
	      var atom = parseAtomAndExtendedAtom();
	      if (!atom) {
	        // Check if a quantifier is following. A quantifier without an atom
	        // is an error.
	        pos_backup = pos;
	        quantifier = parseQuantifier() || false;
	        if (quantifier) {
	          pos = pos_backup;
	          bail("Expected atom");
	        }

	        // If no unicode flag, then try to parse ExtendedAtom -> ExtendedPatternCharacter.
	        //      ExtendedPatternCharacter
	        if (!isUnicodeMode && matchOne("{")) {
	          atom = createCharacter("{");
	        } else {
	          bail("Expected atom");
	        }
	      }

	      quantifier = parseQuantifier() || false;
	      if (quantifier) {
	        var type = atom.type, behavior = atom.behavior;
	        if (
	          type === "group" &&
	          (behavior === "negativeLookbehind" ||
	            behavior === "lookbehind")
	        ) {
	          bail(
	            "Invalid quantifier",
	            "",
	            quantifier.range[0],
	            quantifier.range[1]
	          );
	        }
	        quantifier.body = flattenBody(atom);
	        // The quantifier contains the atom. Therefore, the beginning of the
	        // quantifier range is given by the beginning of the atom.
	        updateRawStart(quantifier, atom.range[0]);
	        return quantifier;
	      }
	      return atom;
	    }

	    function parseGroup(matchA, typeA, matchB, typeB) {
	      var type = null, from = pos;

	      if (match(matchA)) {
	        type = typeA;
	      } else if (match(matchB)) {
	        type = typeB;
	      } else {
	        return false;
	      }

	      return finishGroup(type, from);
	    }

	    function finishGroup(type, from) {
	      var body = parseDisjunction();
	      if (!body) {
	        bail('Expected disjunction');
	      }
	      skip(')');
	      var group = createGroup(type, flattenBody(body), from, pos);

	      if (type == 'normal') {
	        // Keep track of the number of closed groups. This is required for
	        // parseDecimalEscape(). In case the string is parsed a second time the
	        // value already holds the total count and no incrementation is required.
	        if (firstIteration) {
	          closedCaptureCounter++;
	        }
	      }
	      return group;
	    }

	    function parseAnchor() {
	      // Anchor ::
	      //      ^
	      //      $
	      //      \ b
	      //      \ B
	      //      ( ? = Disjunction )
	      //      ( ? ! Disjunction )

	      switch(lookahead()) {
	        case '^':
	          incr();
	          return createAnchor('start', 1 /* rawLength */);
	        case '$':
	          incr();
	          return createAnchor('end', 1 /* rawLength */);
	        case '\\': {
	          if (next('b')) {
	            incr(2);
	            return createAnchor('boundary', 2 /* rawLength */);
	          } else if (next('B')) {
	            incr(2);
	            return createAnchor('not-boundary', 2 /* rawLength */);
	          }
	          break;
	        }
	        case '(':
	          return parseGroup('(?=', 'lookahead', '(?!', 'negativeLookahead');
	        default:
	          return;
	      }
	    }

	    function parseQuantifier() {
	      // Quantifier ::
	      //      QuantifierPrefix
	      //      QuantifierPrefix ?
	      //
	      // QuantifierPrefix ::
	      //      *
	      //      +
	      //      ?
	      //      { DecimalDigits }
	      //      { DecimalDigits , }
	      //      { DecimalDigits , DecimalDigits }

	      var res, from = pos;
	      var quantifier;
	      var min, max;

	      switch(lookahead()) {
	        case '*':
	          incr();
	          quantifier = createQuantifier(0, undefined, undefined, undefined, '*');
	          break;
	        case '+':
	          incr();
	          quantifier = createQuantifier(1, undefined, undefined, undefined, "+");
	          break;
	        case '?':
	          incr();
	          quantifier = createQuantifier(0, 1, undefined, undefined, "?");
	          break;
	        case '{': {
	          if (res = matchReg(/^\{(\d+)\}/)) {
	            min = parseInt(res[1], 10);
	            quantifier = createQuantifier(min, min, from, pos);
	          }
	          else if (res = matchReg(/^\{(\d+),\}/)) {
	            min = parseInt(res[1], 10);
	            quantifier = createQuantifier(min, undefined, from, pos);
	          }
	          else if (res = matchReg(/^\{(\d+),(\d+)\}/)) {
	            min = parseInt(res[1], 10);
	            max = parseInt(res[2], 10);
	            if (min > max) {
	              bail('numbers out of order in {} quantifier', '', from, pos);
	            }
	            quantifier = createQuantifier(min, max, from, pos);
	          }

	          if (min && (!Number.isSafeInteger(min)) || (max && !Number.isSafeInteger(max))) {
	            bail("iterations outside JS safe integer range in quantifier", "", from, pos);
	          }
	        }
	      }

	      if (quantifier) {
	        if (matchOne('?')) {
	          quantifier.greedy = false;
	          quantifier.range[1] += 1;
	        }
	      }

	      return quantifier;
	    }

	    function parseAtomAndExtendedAtom() {
	      // Parsing Atom and ExtendedAtom together due to redundancy.
	      // ExtendedAtom is defined in Apendix B of the ECMA-262 standard.
	      //
	      // SEE: https://www.ecma-international.org/ecma-262/10.0/index.html#prod-annexB-ExtendedPatternCharacter
	      //
	      // Atom ::
	      //      PatternCharacter
	      //      .
	      //      \ AtomEscape
	      //      CharacterClass
	      //      ( GroupSpecifier Disjunction )
	      //      ( ? RegularExpressionModifiers : Disjunction )
	      //      ( ? RegularExpressionModifiers - RegularExpressionModifiers : Disjunction )
	      // ExtendedAtom ::
	      //      ExtendedPatternCharacter
	      // ExtendedPatternCharacter ::
	      //      SourceCharacter but not one of ^$\.*+?()[|

	      var res;

	      switch (res = lookahead()) {
	        case '.':
	          //      .
	          incr();
	          return createDot();
	        case '\\': {
	          //      \ AtomEscape
	          incr();
	          res = parseAtomEscape();
	          if (!res) {
	            if (!isUnicodeMode && lookahead() == 'c') {
	              // B.1.4 ExtendedAtom
	              // \[lookahead = c]
	              return createValue('symbol', 92, pos - 1, pos);
	            }
	            bail('atomEscape');
	          }
	          return res;
	        }
	        case '[':
	          return parseCharacterClass();
	        case '(': {
	          if (features.lookbehind && (res = parseGroup('(?<=', 'lookbehind', '(?<!', 'negativeLookbehind'))) {
	            return res;
	          }
	          else if (features.namedGroups && match("(?<")) {
	            var name = parseIdentifier();
	            skip(">");
	            var group = finishGroup("normal", name.range[0] - 3);
	            group.name = name;
	            return group;
	          }
	          else if (features.modifiers && current("(?") && str[pos + 2] != ":") {
	            return parseModifiersGroup();
	          }
	          else {
	            //      ( Disjunction )
	            //      ( ? : Disjunction )
	            return parseGroup('(?:', 'ignore', '(', 'normal');
	          }
	        }
	        case ']':
	        case '}':
	          //      ExtendedPatternCharacter, first part. See parseTerm.
	          if (!isUnicodeMode) {
	            incr();
	            return createCharacter(res);
	          }
	          break;
	        case '^':
	        case '$':
	        case '*':
	        case '+':
	        case '?':
	        case '{':
	        case ')':
	        case '|':
	          break;
	        default:
	          //      PatternCharacter
	          incr();
	          return createCharacter(res);
	      }
	    }

	    function parseModifiersGroup() {
	      function hasDupChar(str) {
	        var i = 0;
	        while (i < str.length) {
	          if (str.indexOf(str[i], i + 1) != -1) {
	            return true;
	          }
	          i++;
	        }
	        return false;
	      }

	      var from = pos;
	      incr(2);

	      var enablingFlags = matchReg(/^[sim]+/);
	      var disablingFlags;
	      if(matchOne("-") && lookahead() !== ":"){
	        disablingFlags = matchReg(/^[sim]+/);
	        if (!disablingFlags) {
	          bail('Invalid flags for modifiers group');
	        }
	      } else if(!enablingFlags){
	        bail('Invalid flags for modifiers group');
	      }

	      enablingFlags = enablingFlags ? enablingFlags[0] : "";
	      disablingFlags = disablingFlags ? disablingFlags[0] : "";

	      var flags = enablingFlags + disablingFlags;
	      if(flags.length > 3 || hasDupChar(flags)) {
	        bail('flags cannot be duplicated for modifiers group');
	      }

	      if(!matchOne(":")) {
	        bail('Invalid flags for modifiers group');
	      }

	      var modifiersGroup = finishGroup("ignore", from);

	      modifiersGroup.modifierFlags = {
	        enabling: enablingFlags,
	        disabling: disablingFlags
	      };

	      return modifiersGroup;
	    }

	    function parseUnicodeSurrogatePairEscape(firstEscape, isUnicodeMode) {
	      if (isUnicodeMode) {
	        var first, second;
	        if (firstEscape.kind == 'unicodeEscape' &&
	          (first = firstEscape.codePoint) >= 0xD800 && first <= 0xDBFF &&
	          currentOne('\\') && next('u') ) {
	          var prevPos = pos;
	          pos++;
	          var secondEscape = parseClassEscape();
	          if (secondEscape.kind == 'unicodeEscape' &&
	            (second = secondEscape.codePoint) >= 0xDC00 && second <= 0xDFFF) {
	            // Unicode surrogate pair
	            firstEscape.kind = 'unicodeCodePointEscape';
	            firstEscape.codePoint = (first - 0xD800) * 0x400 + second - 0xDC00 + 0x10000;
	            firstEscape.range[1] = pos;
	            firstEscape.raw = str.substring(firstEscape.range[0], pos);
	          }
	          else {
	            pos = prevPos;
	          }
	        }
	      }
	      return firstEscape;
	    }

	    function parseClassEscape() {
	      return parseAtomEscape(true);
	    }

	    function parseAtomEscape(insideCharacterClass) {
	      // AtomEscape ::
	      //      DecimalEscape
	      //      CharacterEscape
	      //      CharacterClassEscape
	      //      k GroupName

	      var res, from = pos, ch;

	      switch (ch = lookahead()) {
	        case '0':
	        case '1':
	        case '2':
	        case '3':
	        case '4':
	        case '5':
	        case '6':
	        case '7':
	        case '8':
	        case '9':
	          return parseDecimalEscape(insideCharacterClass);
	        case 'B': {
	          if (insideCharacterClass) {
	            bail('\\B not possible inside of CharacterClass', '', from);
	            break;
	          } else {
	            return parseIdentityEscape();
	          }
	        }
	        case 'b': {
	          if (insideCharacterClass) {
	            // 15.10.2.19
	            // The production ClassEscape :: b evaluates by returning the
	            // CharSet containing the one character <BS> (Unicode value 0008).
	            incr();
	            return createEscaped('singleEscape', 0x0008, '\\b');
	          } else {
	            return parseIdentityEscape();
	          }
	        }
	        case 'c': {
	          if (insideCharacterClass) {
	            if (!isUnicodeMode && (res = matchReg(/^c(\d)/))) {
	              // B.1.4
	              // c ClassControlLetter, ClassControlLetter = DecimalDigit
	              return createEscaped('controlLetter', res[1] + 16, res[1], 2);
	            } else if (!isUnicodeMode && match("c_")) {
	              // B.1.4
	              // c ClassControlLetter, ClassControlLetter = _
	              return createEscaped('controlLetter', 31, '_', 2);
	            }
	          }
	          return parseCharacterEscape();
	        }
	        // CharacterClassEscape :: one of d D s S w W
	        case 'd':
	        case 'D':
	        case 'w':
	        case 'W':
	        case 's':
	        case 'S':
	          incr();
	          return createCharacterClassEscape(ch);
	        case 'k':
	          return parseNamedReference() || parseIdentityEscape();
	        case 'p':
	        case 'P':
	          return parseUnicodePropertyEscape() || parseIdentityEscape();
	        case '-': {
	          //     [+U] -
	          if (insideCharacterClass && isUnicodeMode) {
	            incr();
	            return createEscaped('singleEscape', 0x002d, '\\-');
	          }
	          return parseIdentityEscape();
	        }
	        default:
	          return parseCharacterEscape();
	      }
	    }


	    function parseDecimalEscape(insideCharacterClass) {
	      // DecimalEscape ::
	      //      DecimalIntegerLiteral [lookahead ∉ DecimalDigit]

	      var res, match, from = pos;

	      if (res = matchReg(/^(?!0)\d+/)) {
	        match = res[0];
	        var refIdx = parseInt(res[0], 10);
	        if (refIdx <= closedCaptureCounter && !insideCharacterClass) {
	          // If the number is smaller than the normal-groups found so
	          // far, then it is a reference...
	          return createReference(res[0]);
	        } else {
	          // ... otherwise it needs to be interpreted as a octal (if the
	          // number is in an octal format). If it is NOT octal format,
	          // then the slash is ignored and the number is matched later
	          // as normal characters.

	          // Recall the negative decision to decide if the input must be parsed
	          // a second time with the total normal-groups.
	          backrefDenied.push(refIdx);

	          // \1 octal escapes are disallowed in unicode mode, but they might
	          // be references to groups which haven't been parsed yet.
	          // We must parse a second time to determine if \1 is a reference
	          // or an octal scape, and then we can report the error.
	          if (firstIteration) {
	            shouldReparse = true;
	          } else {
	            bailOctalEscapeIfUnicode(from, pos);
	          }

	          // Reset the position again, as maybe only parts of the previous
	          // matched numbers are actual octal numbers. E.g. in '019' only
	          // the '01' should be matched.
	          incr(-res[0].length);
	          if (res = matchReg(/^[0-7]{1,3}/)) {
	            return createEscaped('octal', parseInt(res[0], 8), res[0], 1);
	          } else {
	            // If we end up here, we have a case like /\91/. Then the
	            // first slash is to be ignored and the 9 & 1 to be treated
	            // like ordinary characters. Create a character for the
	            // first number only here - other number-characters
	            // (if available) will be matched later.
	            var start = pos;
	            res = createCharacter(matchReg(/^[89]/));
	            return updateRawStart(res, start - 1);
	          }
	        }
	      }
	      // Only allow octal numbers in the following. All matched numbers start
	      // with a zero (if the do not, the previous if-branch is executed).
	      // If the number is not octal format and starts with zero (e.g. `091`)
	      // then only the zeros `0` is treated here and the `91` are ordinary
	      // characters.
	      // Example:
	      //   /\091/.exec('\091')[0].length === 3
	      else if (res = matchReg(/^[0-7]{1,3}/)) {
	        match = res[0];
	        if (match !== '0') {
	          bailOctalEscapeIfUnicode(from, pos);
	        }
	        if (/^0{1,3}$/.test(match)) {
	          // If they are all zeros, then only take the first one.
	          return createEscaped('null', 0x0000, '0', match.length);
	        } else {
	          return createEscaped('octal', parseInt(match, 8), match, 1);
	        }
	      }
	      return false;
	    }

	    function bailOctalEscapeIfUnicode(from, pos) {
	      if (isUnicodeMode) {
	        bail("Invalid decimal escape in unicode mode", null, from, pos);
	      }
	    }

	    function parseUnicodePropertyEscape() {
	      var res, from = pos;
	      if (features.unicodePropertyEscape && isUnicodeMode && (res = matchReg(/^([pP])\{([^}]+)\}/))) {
	        // https://github.com/jviereck/regjsparser/issues/77
	        return {
	          type: 'unicodePropertyEscape',
	          negative: res[1] === 'P',
	          value: res[2],
	          range: [from - 1, pos],
	          raw: str.substring(from - 1, pos)
	        };
	      }
	      return false;
	    }

	    function parseNamedReference() {
	      if (features.namedGroups && matchReg(/^k<(?=.*?>)/)) {
	        var name = parseIdentifier();
	        skip('>');
	        return createNamedReference(name);
	      }
	    }

	    function parseRegExpUnicodeEscapeSequence(isUnicodeMode) {
	      var res;
	      if (res = matchReg(/^u([0-9a-fA-F]{4})/)) {
	        // UnicodeEscapeSequence
	        return parseUnicodeSurrogatePairEscape(
	          createEscaped('unicodeEscape', parseInt(res[1], 16), res[1], 2),
	          isUnicodeMode
	        );
	      } else if (isUnicodeMode && (res = matchReg(/^u\{([0-9a-fA-F]+)\}/))) {
	        // RegExpUnicodeEscapeSequence (ES6 Unicode code point escape)
	        return createEscaped('unicodeCodePointEscape', parseInt(res[1], 16), res[1], 4);
	      }
	    }

	    function parseCharacterEscape() {
	      // CharacterEscape ::
	      //      ControlEscape
	      //      c ControlLetter
	      //      HexEscapeSequence
	      //      UnicodeEscapeSequence[?UnicodeMode]
	      //      IdentityEscape[?UnicodeMode]

	      var res;
	      var from = pos;
	      switch (lookahead()) {
	        case 't':
	          incr();
	          return createEscaped('singleEscape', 0x009, '\\t');
	        case 'n':
	          incr();
	          return createEscaped('singleEscape', 0x00A, '\\n');
	        case 'v':
	          incr();
	          return createEscaped('singleEscape', 0x00B, '\\v');
	        case 'f':
	          incr();
	          return createEscaped('singleEscape', 0x00C, '\\f');
	        case 'r':
	          incr();
	          return createEscaped('singleEscape', 0x00D, '\\r');
	        case 'c':
	          if (res = matchReg(/^c([a-zA-Z])/)) {
	            // c ControlLetter
	            return createEscaped('controlLetter', res[1].charCodeAt(0) % 32, res[1], 2);
	          }
	          break;
	        case 'x':
	          if (res = matchReg(/^x([0-9a-fA-F]{2})/)) {
	            // HexEscapeSequence
	            return createEscaped('hexadecimalEscape', parseInt(res[1], 16), res[1], 2);
	          }
	          break;
	        case 'u':
	          if (res = parseRegExpUnicodeEscapeSequence(isUnicodeMode)) {
	            if (!res || res.codePoint > 0x10FFFF) {
	              bail('Invalid escape sequence', null, from, pos);
	            }
	            return res;
	          }
	          break;
	      }
	      // IdentityEscape
	      return parseIdentityEscape();
	    }

	    function parseIdentifierAtom(check) {
	      // RegExpIdentifierStart[UnicodeMode] ::
	      //      IdentifierStartChar
	      //      \ RegExpUnicodeEscapeSequence[+UnicodeMode]
	      //      [~UnicodeMode] UnicodeLeadSurrogate UnicodeTrailSurrogate
	      //
	      // RegExpIdentifierPart[UnicodeMode] ::
	      //      IdentifierPartChar
	      //      \ RegExpUnicodeEscapeSequence[+UnicodeMode]
	      //      [~UnicodeMode] UnicodeLeadSurrogate UnicodeTrailSurrogate


	      var ch = lookahead();
	      var from = pos;
	      if (ch === '\\') {
	        incr();
	        var esc = parseRegExpUnicodeEscapeSequence(true);
	        if (!esc || !check(esc.codePoint)) {
	          bail('Invalid escape sequence', null, from, pos);
	        }
	        return fromCodePoint(esc.codePoint);
	      }
	      var code = ch.charCodeAt(0);
	      if (code >= 0xD800 && code <= 0xDBFF) {
	        ch += str[pos + 1];
	        var second = ch.charCodeAt(1);
	        if (second >= 0xDC00 && second <= 0xDFFF) {
	          // Unicode surrogate pair
	          code = (code - 0xD800) * 0x400 + second - 0xDC00 + 0x10000;
	        }
	      }
	      if (!check(code)) return;
	      incr();
	      if (code > 0xFFFF) incr();
	      return ch;
	    }

	    function parseIdentifier() {
	      // RegExpIdentifierName ::
	      //      RegExpIdentifierStart
	      //      RegExpIdentifierName RegExpIdentifierContinue
	      //
	      // RegExpIdentifierStart ::
	      //      UnicodeIDStart
	      //      $
	      //      _
	      //      \ RegExpUnicodeEscapeSequence
	      //
	      // RegExpIdentifierContinue ::
	      //      UnicodeIDContinue
	      //      $
	      //      _
	      //      \ RegExpUnicodeEscapeSequence
	      //      <ZWNJ>
	      //      <ZWJ>

	      var start = pos;
	      var res = parseIdentifierAtom(isIdentifierStart);
	      if (!res) {
	        bail('Invalid identifier');
	      }

	      var ch;
	      while (ch = parseIdentifierAtom(isIdentifierPart)) {
	        res += ch;
	      }

	      return {
	        type: 'identifier',
	        value: res,
	        range: [start, pos],
	        raw: str.substring(start, pos)
	      };
	    }

	    function isIdentifierStart(ch) {
	      // ECMAScript (Unicode v17.0.0) NonAsciiIdentifierStart:
	      // Generated by `tools/generate-identifier-regex.js`.

	      var NonAsciiIdentifierStart = /[\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u0531-\u0556\u0559\u0560-\u0588\u05D0-\u05EA\u05EF-\u05F2\u0620-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FC\u06FF\u0710\u0712-\u072F\u074D-\u07A5\u07B1\u07CA-\u07EA\u07F4\u07F5\u07FA\u0800-\u0815\u081A\u0824\u0828\u0840-\u0858\u0860-\u086A\u0870-\u0887\u0889-\u088F\u08A0-\u08C9\u0904-\u0939\u093D\u0950\u0958-\u0961\u0971-\u0980\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BD\u09CE\u09DC\u09DD\u09DF-\u09E1\u09F0\u09F1\u09FC\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A59-\u0A5C\u0A5E\u0A72-\u0A74\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABD\u0AD0\u0AE0\u0AE1\u0AF9\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3D\u0B5C\u0B5D\u0B5F-\u0B61\u0B71\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BD0\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D\u0C58-\u0C5A\u0C5C\u0C5D\u0C60\u0C61\u0C80\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBD\u0CDC-\u0CDE\u0CE0\u0CE1\u0CF1\u0CF2\u0D04-\u0D0C\u0D0E-\u0D10\u0D12-\u0D3A\u0D3D\u0D4E\u0D54-\u0D56\u0D5F-\u0D61\u0D7A-\u0D7F\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46\u0E81\u0E82\u0E84\u0E86-\u0E8A\u0E8C-\u0EA3\u0EA5\u0EA7-\u0EB0\u0EB2\u0EB3\u0EBD\u0EC0-\u0EC4\u0EC6\u0EDC-\u0EDF\u0F00\u0F40-\u0F47\u0F49-\u0F6C\u0F88-\u0F8C\u1000-\u102A\u103F\u1050-\u1055\u105A-\u105D\u1061\u1065\u1066\u106E-\u1070\u1075-\u1081\u108E\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u1711\u171F-\u1731\u1740-\u1751\u1760-\u176C\u176E-\u1770\u1780-\u17B3\u17D7\u17DC\u1820-\u1878\u1880-\u18A8\u18AA\u18B0-\u18F5\u1900-\u191E\u1950-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u1A00-\u1A16\u1A20-\u1A54\u1AA7\u1B05-\u1B33\u1B45-\u1B4C\u1B83-\u1BA0\u1BAE\u1BAF\u1BBA-\u1BE5\u1C00-\u1C23\u1C4D-\u1C4F\u1C5A-\u1C7D\u1C80-\u1C8A\u1C90-\u1CBA\u1CBD-\u1CBF\u1CE9-\u1CEC\u1CEE-\u1CF3\u1CF5\u1CF6\u1CFA\u1D00-\u1DBF\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2071\u207F\u2090-\u209C\u2102\u2107\u210A-\u2113\u2115\u2118-\u211D\u2124\u2126\u2128\u212A-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2CE4\u2CEB-\u2CEE\u2CF2\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D80-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303C\u3041-\u3096\u309B-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312F\u3131-\u318E\u31A0-\u31BF\u31F0-\u31FF\u3400-\u4DBF\u4E00-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA61F\uA62A\uA62B\uA640-\uA66E\uA67F-\uA69D\uA6A0-\uA6EF\uA717-\uA71F\uA722-\uA788\uA78B-\uA7DC\uA7F1-\uA801\uA803-\uA805\uA807-\uA80A\uA80C-\uA822\uA840-\uA873\uA882-\uA8B3\uA8F2-\uA8F7\uA8FB\uA8FD\uA8FE\uA90A-\uA925\uA930-\uA946\uA960-\uA97C\uA984-\uA9B2\uA9CF\uA9E0-\uA9E4\uA9E6-\uA9EF\uA9FA-\uA9FE\uAA00-\uAA28\uAA40-\uAA42\uAA44-\uAA4B\uAA60-\uAA76\uAA7A\uAA7E-\uAAAF\uAAB1\uAAB5\uAAB6\uAAB9-\uAABD\uAAC0\uAAC2\uAADB-\uAADD\uAAE0-\uAAEA\uAAF2-\uAAF4\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB69\uAB70-\uABE2\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D\uFB1F-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE70-\uFE74\uFE76-\uFEFC\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD40-\uDD74\uDE80-\uDE9C\uDEA0-\uDED0\uDF00-\uDF1F\uDF2D-\uDF4A\uDF50-\uDF75\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDCB0-\uDCD3\uDCD8-\uDCFB\uDD00-\uDD27\uDD30-\uDD63\uDD70-\uDD7A\uDD7C-\uDD8A\uDD8C-\uDD92\uDD94\uDD95\uDD97-\uDDA1\uDDA3-\uDDB1\uDDB3-\uDDB9\uDDBB\uDDBC\uDDC0-\uDDF3\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67\uDF80-\uDF85\uDF87-\uDFB0\uDFB2-\uDFBA]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC60-\uDC76\uDC80-\uDC9E\uDCE0-\uDCF2\uDCF4\uDCF5\uDD00-\uDD15\uDD20-\uDD39\uDD40-\uDD59\uDD80-\uDDB7\uDDBE\uDDBF\uDE00\uDE10-\uDE13\uDE15-\uDE17\uDE19-\uDE35\uDE60-\uDE7C\uDE80-\uDE9C\uDEC0-\uDEC7\uDEC9-\uDEE4\uDF00-\uDF35\uDF40-\uDF55\uDF60-\uDF72\uDF80-\uDF91]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2\uDD00-\uDD23\uDD4A-\uDD65\uDD6F-\uDD85\uDE80-\uDEA9\uDEB0\uDEB1\uDEC2-\uDEC7\uDF00-\uDF1C\uDF27\uDF30-\uDF45\uDF70-\uDF81\uDFB0-\uDFC4\uDFE0-\uDFF6]|\uD804[\uDC03-\uDC37\uDC71\uDC72\uDC75\uDC83-\uDCAF\uDCD0-\uDCE8\uDD03-\uDD26\uDD44\uDD47\uDD50-\uDD72\uDD76\uDD83-\uDDB2\uDDC1-\uDDC4\uDDDA\uDDDC\uDE00-\uDE11\uDE13-\uDE2B\uDE3F\uDE40\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEDE\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3D\uDF50\uDF5D-\uDF61\uDF80-\uDF89\uDF8B\uDF8E\uDF90-\uDFB5\uDFB7\uDFD1\uDFD3]|\uD805[\uDC00-\uDC34\uDC47-\uDC4A\uDC5F-\uDC61\uDC80-\uDCAF\uDCC4\uDCC5\uDCC7\uDD80-\uDDAE\uDDD8-\uDDDB\uDE00-\uDE2F\uDE44\uDE80-\uDEAA\uDEB8\uDF00-\uDF1A\uDF40-\uDF46]|\uD806[\uDC00-\uDC2B\uDCA0-\uDCDF\uDCFF-\uDD06\uDD09\uDD0C-\uDD13\uDD15\uDD16\uDD18-\uDD2F\uDD3F\uDD41\uDDA0-\uDDA7\uDDAA-\uDDD0\uDDE1\uDDE3\uDE00\uDE0B-\uDE32\uDE3A\uDE50\uDE5C-\uDE89\uDE9D\uDEB0-\uDEF8\uDFC0-\uDFE0]|\uD807[\uDC00-\uDC08\uDC0A-\uDC2E\uDC40\uDC72-\uDC8F\uDD00-\uDD06\uDD08\uDD09\uDD0B-\uDD30\uDD46\uDD60-\uDD65\uDD67\uDD68\uDD6A-\uDD89\uDD98\uDDB0-\uDDDB\uDEE0-\uDEF2\uDF02\uDF04-\uDF10\uDF12-\uDF33\uDFB0]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|\uD80B[\uDF90-\uDFF0]|[\uD80C\uD80E\uD80F\uD81C-\uD822\uD840-\uD868\uD86A-\uD86D\uD86F-\uD872\uD874-\uD879\uD880-\uD883\uD885-\uD88C][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2F\uDC41-\uDC46\uDC60-\uDFFF]|\uD810[\uDC00-\uDFFA]|\uD811[\uDC00-\uDE46]|\uD818[\uDD00-\uDD1D]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDE70-\uDEBE\uDED0-\uDEED\uDF00-\uDF2F\uDF40-\uDF43\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDD40-\uDD6C\uDE40-\uDE7F\uDEA0-\uDEB8\uDEBB-\uDED3\uDF00-\uDF4A\uDF50\uDF93-\uDF9F\uDFE0\uDFE1\uDFE3\uDFF2-\uDFF6]|\uD823[\uDC00-\uDCD5\uDCFF-\uDD1E\uDD80-\uDDF2]|\uD82B[\uDFF0-\uDFF3\uDFF5-\uDFFB\uDFFD\uDFFE]|\uD82C[\uDC00-\uDD22\uDD32\uDD50-\uDD52\uDD55\uDD64-\uDD67\uDD70-\uDEFB]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB]|\uD837[\uDF00-\uDF1E\uDF25-\uDF2A]|\uD838[\uDC30-\uDC6D\uDD00-\uDD2C\uDD37-\uDD3D\uDD4E\uDE90-\uDEAD\uDEC0-\uDEEB]|\uD839[\uDCD0-\uDCEB\uDDD0-\uDDED\uDDF0\uDEC0-\uDEDE\uDEE0-\uDEE2\uDEE4\uDEE5\uDEE7-\uDEED\uDEF0-\uDEF4\uDEFE\uDEFF\uDFE0-\uDFE6\uDFE8-\uDFEB\uDFED\uDFEE\uDFF0-\uDFFE]|\uD83A[\uDC00-\uDCC4\uDD00-\uDD43\uDD4B]|\uD83B[\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD869[\uDC00-\uDEDF\uDF00-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEAD\uDEB0-\uDFFF]|\uD87A[\uDC00-\uDFE0\uDFF0-\uDFFF]|\uD87B[\uDC00-\uDE5D]|\uD87E[\uDC00-\uDE1D]|\uD884[\uDC00-\uDF4A\uDF50-\uDFFF]|\uD88D[\uDC00-\uDC79]/;
	      return (ch === 36) || (ch === 95) ||  // $ (dollar) and _ (underscore)
	        (ch >= 65 && ch <= 90) ||         // A..Z
	        (ch >= 97 && ch <= 122) ||        // a..z
	        ((ch >= 0x80) && NonAsciiIdentifierStart.test(fromCodePoint(ch)));
	    }

	    // Taken from the Esprima parser.
	    function isIdentifierPart(ch) {
	      // ECMAScript (Unicode v17.0.0) NonAsciiIdentifierPartOnly:
	      // Generated by `tools/generate-identifier-regex.js`.
	      // eslint-disable-next-line no-misleading-character-class
	      var NonAsciiIdentifierPartOnly = /[\xB7\u0300-\u036F\u0387\u0483-\u0487\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u0610-\u061A\u064B-\u0669\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u06F0-\u06F9\u0711\u0730-\u074A\u07A6-\u07B0\u07C0-\u07C9\u07EB-\u07F3\u07FD\u0816-\u0819\u081B-\u0823\u0825-\u0827\u0829-\u082D\u0859-\u085B\u0897-\u089F\u08CA-\u08E1\u08E3-\u0903\u093A-\u093C\u093E-\u094F\u0951-\u0957\u0962\u0963\u0966-\u096F\u0981-\u0983\u09BC\u09BE-\u09C4\u09C7\u09C8\u09CB-\u09CD\u09D7\u09E2\u09E3\u09E6-\u09EF\u09FE\u0A01-\u0A03\u0A3C\u0A3E-\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A66-\u0A71\u0A75\u0A81-\u0A83\u0ABC\u0ABE-\u0AC5\u0AC7-\u0AC9\u0ACB-\u0ACD\u0AE2\u0AE3\u0AE6-\u0AEF\u0AFA-\u0AFF\u0B01-\u0B03\u0B3C\u0B3E-\u0B44\u0B47\u0B48\u0B4B-\u0B4D\u0B55-\u0B57\u0B62\u0B63\u0B66-\u0B6F\u0B82\u0BBE-\u0BC2\u0BC6-\u0BC8\u0BCA-\u0BCD\u0BD7\u0BE6-\u0BEF\u0C00-\u0C04\u0C3C\u0C3E-\u0C44\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C62\u0C63\u0C66-\u0C6F\u0C81-\u0C83\u0CBC\u0CBE-\u0CC4\u0CC6-\u0CC8\u0CCA-\u0CCD\u0CD5\u0CD6\u0CE2\u0CE3\u0CE6-\u0CEF\u0CF3\u0D00-\u0D03\u0D3B\u0D3C\u0D3E-\u0D44\u0D46-\u0D48\u0D4A-\u0D4D\u0D57\u0D62\u0D63\u0D66-\u0D6F\u0D81-\u0D83\u0DCA\u0DCF-\u0DD4\u0DD6\u0DD8-\u0DDF\u0DE6-\u0DEF\u0DF2\u0DF3\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u0E50-\u0E59\u0EB1\u0EB4-\u0EBC\u0EC8-\u0ECE\u0ED0-\u0ED9\u0F18\u0F19\u0F20-\u0F29\u0F35\u0F37\u0F39\u0F3E\u0F3F\u0F71-\u0F84\u0F86\u0F87\u0F8D-\u0F97\u0F99-\u0FBC\u0FC6\u102B-\u103E\u1040-\u1049\u1056-\u1059\u105E-\u1060\u1062-\u1064\u1067-\u106D\u1071-\u1074\u1082-\u108D\u108F-\u109D\u135D-\u135F\u1369-\u1371\u1712-\u1715\u1732-\u1734\u1752\u1753\u1772\u1773\u17B4-\u17D3\u17DD\u17E0-\u17E9\u180B-\u180D\u180F-\u1819\u18A9\u1920-\u192B\u1930-\u193B\u1946-\u194F\u19D0-\u19DA\u1A17-\u1A1B\u1A55-\u1A5E\u1A60-\u1A7C\u1A7F-\u1A89\u1A90-\u1A99\u1AB0-\u1ABD\u1ABF-\u1ADD\u1AE0-\u1AEB\u1B00-\u1B04\u1B34-\u1B44\u1B50-\u1B59\u1B6B-\u1B73\u1B80-\u1B82\u1BA1-\u1BAD\u1BB0-\u1BB9\u1BE6-\u1BF3\u1C24-\u1C37\u1C40-\u1C49\u1C50-\u1C59\u1CD0-\u1CD2\u1CD4-\u1CE8\u1CED\u1CF4\u1CF7-\u1CF9\u1DC0-\u1DFF\u200C\u200D\u203F\u2040\u2054\u20D0-\u20DC\u20E1\u20E5-\u20F0\u2CEF-\u2CF1\u2D7F\u2DE0-\u2DFF\u302A-\u302F\u3099\u309A\u30FB\uA620-\uA629\uA66F\uA674-\uA67D\uA69E\uA69F\uA6F0\uA6F1\uA802\uA806\uA80B\uA823-\uA827\uA82C\uA880\uA881\uA8B4-\uA8C5\uA8D0-\uA8D9\uA8E0-\uA8F1\uA8FF-\uA909\uA926-\uA92D\uA947-\uA953\uA980-\uA983\uA9B3-\uA9C0\uA9D0-\uA9D9\uA9E5\uA9F0-\uA9F9\uAA29-\uAA36\uAA43\uAA4C\uAA4D\uAA50-\uAA59\uAA7B-\uAA7D\uAAB0\uAAB2-\uAAB4\uAAB7\uAAB8\uAABE\uAABF\uAAC1\uAAEB-\uAAEF\uAAF5\uAAF6\uABE3-\uABEA\uABEC\uABED\uABF0-\uABF9\uFB1E\uFE00-\uFE0F\uFE20-\uFE2F\uFE33\uFE34\uFE4D-\uFE4F\uFF10-\uFF19\uFF3F\uFF65]|\uD800[\uDDFD\uDEE0\uDF76-\uDF7A]|\uD801[\uDCA0-\uDCA9]|\uD802[\uDE01-\uDE03\uDE05\uDE06\uDE0C-\uDE0F\uDE38-\uDE3A\uDE3F\uDEE5\uDEE6]|\uD803[\uDD24-\uDD27\uDD30-\uDD39\uDD40-\uDD49\uDD69-\uDD6D\uDEAB\uDEAC\uDEFA-\uDEFF\uDF46-\uDF50\uDF82-\uDF85]|\uD804[\uDC00-\uDC02\uDC38-\uDC46\uDC66-\uDC70\uDC73\uDC74\uDC7F-\uDC82\uDCB0-\uDCBA\uDCC2\uDCF0-\uDCF9\uDD00-\uDD02\uDD27-\uDD34\uDD36-\uDD3F\uDD45\uDD46\uDD73\uDD80-\uDD82\uDDB3-\uDDC0\uDDC9-\uDDCC\uDDCE-\uDDD9\uDE2C-\uDE37\uDE3E\uDE41\uDEDF-\uDEEA\uDEF0-\uDEF9\uDF00-\uDF03\uDF3B\uDF3C\uDF3E-\uDF44\uDF47\uDF48\uDF4B-\uDF4D\uDF57\uDF62\uDF63\uDF66-\uDF6C\uDF70-\uDF74\uDFB8-\uDFC0\uDFC2\uDFC5\uDFC7-\uDFCA\uDFCC-\uDFD0\uDFD2\uDFE1\uDFE2]|\uD805[\uDC35-\uDC46\uDC50-\uDC59\uDC5E\uDCB0-\uDCC3\uDCD0-\uDCD9\uDDAF-\uDDB5\uDDB8-\uDDC0\uDDDC\uDDDD\uDE30-\uDE40\uDE50-\uDE59\uDEAB-\uDEB7\uDEC0-\uDEC9\uDED0-\uDEE3\uDF1D-\uDF2B\uDF30-\uDF39]|\uD806[\uDC2C-\uDC3A\uDCE0-\uDCE9\uDD30-\uDD35\uDD37\uDD38\uDD3B-\uDD3E\uDD40\uDD42\uDD43\uDD50-\uDD59\uDDD1-\uDDD7\uDDDA-\uDDE0\uDDE4\uDE01-\uDE0A\uDE33-\uDE39\uDE3B-\uDE3E\uDE47\uDE51-\uDE5B\uDE8A-\uDE99\uDF60-\uDF67\uDFF0-\uDFF9]|\uD807[\uDC2F-\uDC36\uDC38-\uDC3F\uDC50-\uDC59\uDC92-\uDCA7\uDCA9-\uDCB6\uDD31-\uDD36\uDD3A\uDD3C\uDD3D\uDD3F-\uDD45\uDD47\uDD50-\uDD59\uDD8A-\uDD8E\uDD90\uDD91\uDD93-\uDD97\uDDA0-\uDDA9\uDDE0-\uDDE9\uDEF3-\uDEF6\uDF00\uDF01\uDF03\uDF34-\uDF3A\uDF3E-\uDF42\uDF50-\uDF5A]|\uD80D[\uDC40\uDC47-\uDC55]|\uD818[\uDD1E-\uDD39]|\uD81A[\uDE60-\uDE69\uDEC0-\uDEC9\uDEF0-\uDEF4\uDF30-\uDF36\uDF50-\uDF59]|\uD81B[\uDD70-\uDD79\uDF4F\uDF51-\uDF87\uDF8F-\uDF92\uDFE4\uDFF0\uDFF1]|\uD82F[\uDC9D\uDC9E]|\uD833[\uDCF0-\uDCF9\uDF00-\uDF2D\uDF30-\uDF46]|\uD834[\uDD65-\uDD69\uDD6D-\uDD72\uDD7B-\uDD82\uDD85-\uDD8B\uDDAA-\uDDAD\uDE42-\uDE44]|\uD835[\uDFCE-\uDFFF]|\uD836[\uDE00-\uDE36\uDE3B-\uDE6C\uDE75\uDE84\uDE9B-\uDE9F\uDEA1-\uDEAF]|\uD838[\uDC00-\uDC06\uDC08-\uDC18\uDC1B-\uDC21\uDC23\uDC24\uDC26-\uDC2A\uDC8F\uDD30-\uDD36\uDD40-\uDD49\uDEAE\uDEEC-\uDEF9]|\uD839[\uDCEC-\uDCF9\uDDEE\uDDEF\uDDF1-\uDDFA\uDEE3\uDEE6\uDEEE\uDEEF\uDEF5]|\uD83A[\uDCD0-\uDCD6\uDD44-\uDD4A\uDD50-\uDD59]|\uD83E[\uDFF0-\uDFF9]|\uDB40[\uDD00-\uDDEF]/;
	      return isIdentifierStart(ch) ||
	        (ch >= 48 && ch <= 57) ||         // 0..9
	        ((ch >= 0x80) && NonAsciiIdentifierPartOnly.test(fromCodePoint(ch)));
	    }

	    function parseIdentityEscape() {
	      // IdentityEscape ::
	      //      [+U] SyntaxCharacter
	      //      [+U] /
	      //      [~U] SourceCharacterIdentityEscape[?N]
	      // SourceCharacterIdentityEscape[?N] ::
	      //      [~N] SourceCharacter but not c
	      //      [+N] SourceCharacter but not one of c or k


	      var tmp;
	      var l = lookahead();
	      if (
	        (isUnicodeMode && /[\^$.*+?()\\[\]{}|/]/.test(l)) ||
	        (!isUnicodeMode && l !== "c")
	      ) {
	        if (l === "k" && features.lookbehind) {
	          return null;
	        }
	        tmp = consume(1);
	        return createEscaped('identifier', tmp.charCodeAt(0), tmp, 1);
	      }

	      return null;
	    }

	    function parseCharacterClass() {
	      // CharacterClass ::
	      //      [ [lookahead ∉ {^}] ClassContents ]
	      //      [ ^ ClassContents ]

	      var res, from = pos;
	      if (res = match("[^")) {
	        res = parseClassContents();
	        skip(']');
	        return createCharacterClass(res, true, from, pos);
	      } else if (matchOne('[')) {
	        res = parseClassContents();
	        skip(']');
	        return createCharacterClass(res, false, from, pos);
	      }

	      return null;
	    }

	    function parseClassContents() {
	      // ClassContents ::
	      //      [empty]
	      //      [~V] NonemptyClassRanges
	      //      [+V] ClassSetExpression

	      var res;
	      if (currentOne(']')) {
	        // Empty array means nothing inside of the ClassRange.
	        return { kind: 'union', body: [] };
	      } else if (hasUnicodeSetFlag) {
	        return parseClassSetExpression();
	      } else {
	        res = parseNonemptyClassRanges();
	        if (!res) {
	          bail('nonEmptyClassRanges');
	        }
	        return { kind: 'union', body: res };
	      }
	    }

	    function parseHelperClassContents(atom) {
	      var from, to, res, atomTo, dash;
	      if (currentOne('-') && !next(']')) {
	        // ClassAtom - ClassAtom ClassContents
	        from = atom.range[0];
	        incr();
	        dash = createCharacter('-');

	        atomTo = parseClassAtom();
	        if (!atomTo) {
	          bail('classAtom');
	        }
	        to = pos;

	        // Parse the next class range if exists.
	        var classContents = parseClassContents();
	        if (!classContents) {
	          bail('classContents');
	        }

	        // Check if both the from and atomTo have codePoints.
	        if (!('codePoint' in atom) || !('codePoint' in atomTo)) {
	          if (!isUnicodeMode) {
	            // If not, don't create a range but treat them as
	            // `atom` `-` `atom` instead.
	            //
	            // SEE: https://tc39.es/ecma262/#sec-regular-expression-patterns-semantics
	            //   NonemptyClassRanges::ClassAtom - ClassAtom ClassContents
	            //   CharacterRangeOrUnion
	            res = [atom, dash, atomTo];
	          } else {
	            // With unicode flag, both sides must have codePoints if
	            // one side has a codePoint.
	            //
	            // SEE: https://tc39.es/ecma262/#sec-patterns-static-semantics-early-errors
	            //   NonemptyClassRanges :: ClassAtom - ClassAtom ClassContents
	            bail('invalid character class');
	          }
	        } else {
	          res = [createClassRange(atom, atomTo, from, to)];
	        }

	        if (classContents.type === 'empty') {
	          return res;
	        }
	        return res.concat(classContents.body);
	      }

	      res = parseNonemptyClassRangesNoDash();
	      if (!res) {
	        bail('nonEmptyClassRangesNoDash');
	      }

	      return [atom].concat(res);
	    }

	    function parseNonemptyClassRanges() {
	      // NonemptyClassRanges ::
	      //      ClassAtom
	      //      ClassAtom NonemptyClassRangesNoDash
	      //      ClassAtom - ClassAtom ClassContents

	      var atom = parseClassAtom();
	      if (!atom) {
	        bail('classAtom');
	      }

	      if (currentOne(']')) {
	        // ClassAtom
	        return [atom];
	      }

	      // ClassAtom NonemptyClassRangesNoDash
	      // ClassAtom - ClassAtom ClassContents
	      return parseHelperClassContents(atom);
	    }

	    function parseNonemptyClassRangesNoDash() {
	      // NonemptyClassRangesNoDash ::
	      //      ClassAtom
	      //      ClassAtomNoDash NonemptyClassRangesNoDash
	      //      ClassAtomNoDash - ClassAtom ClassContents

	      var res = parseClassAtom();
	      if (!res) {
	        bail('classAtom');
	      }
	      if (currentOne(']')) {
	        //      ClassAtom
	        return res;
	      }

	      // ClassAtomNoDash NonemptyClassRangesNoDash
	      // ClassAtomNoDash - ClassAtom ClassContents
	      return parseHelperClassContents(res);
	    }

	    function parseClassAtom() {
	      // ClassAtom ::
	      //      -
	      //      ClassAtomNoDash
	      if (matchOne('-')) {
	        return createCharacter('-');
	      } else {
	        return parseClassAtomNoDash();
	      }
	    }

	    function parseClassAtomNoDash() {
	      // ClassAtomNoDash ::
	      //      SourceCharacter but not one of \ or ] or -
	      //      \ ClassEscape
	      //
	      // ClassAtomNoDash (Annex B)::
	      //      \ [lookahead = c]

	      var res;
	      switch ((res = lookahead())) {
	        case "\\": {
	          incr();
	          res = parseClassEscape();
	          if (!res) {
	            if (!isUnicodeMode && lookahead() == "c") {
	              return createCharacter("\\");
	            }
	            bail("classEscape");
	          }

	          return parseUnicodeSurrogatePairEscape(res, isUnicodeMode);
	        }
	        case "]":
	        case "-":
	          break;
	        default:
	          incr();
	          return createCharacter(res);
	      }
	    }

	    function parseClassSetExpression() {
	      // ClassSetExpression ::
	      //      ClassUnion
	      //      ClassIntersection
	      //      ClassSubtraction
	      //
	      // ClassUnion ::
	      //      ClassSetRange ClassUnion?
	      //      ClassSetOperand ClassUnion?
	      //
	      // ClassIntersection ::
	      //      ClassSetOperand && [lookahead ≠ &] ClassSetOperand
	      //      ClassIntersection && [lookahead ≠ &] ClassSetOperand
	      //
	      // ClassSubtraction ::
	      //      ClassSetOperand -- ClassSetOperand
	      //      ClassSubtraction -- ClassSetOperand
	      //

	      var body = [];
	      var kind;

	      var operand = parseClassSetOperand(/* allowRanges*/ true);
	      body.push(operand);

	      if (operand.type === 'classRange') {
	        kind = 'union';
	      } else if (currentOne('&')) {
	        kind = 'intersection';
	      } else if (currentOne('-')) {
	        kind = 'subtraction';
	      } else {
	        kind = 'union';
	      }

	      while (!currentOne(']')) {
	        if (kind === 'intersection') {
	          skip('&');
	          skip('&');
	          if (currentOne('&')) {
	            bail('&& cannot be followed by &. Wrap it in brackets: &&[&].');
	          }
	        } else if (kind === 'subtraction') {
	          skip('-');
	          skip('-');
	        }

	        operand = parseClassSetOperand(/* allowRanges*/ kind === 'union');
	        body.push(operand);
	      }

	      return { kind: kind, body: body };
	    }

	    function parseClassSetOperand(allowRanges) {
	      // ClassSetOperand ::
	      //      ClassSetCharacter
	      //      ClassStringDisjunction
	      //      NestedClass
	      //
	      // NestedClass ::
	      //      [ [lookahead ≠ ^] ClassContents[+U,+V] ]
	      //      [ ^ ClassContents[+U,+V] ]
	      //      \ CharacterClassEscape[+U, +V]
	      //
	      // ClassSetRange ::
	      //      ClassSetCharacter - ClassSetCharacter
	      //
	      // ClassSetCharacter ::
	      //      [lookahead ∉ ClassReservedDouble] SourceCharacter but not ClassSetSyntaxCharacter
	      //      \ CharacterEscape[+U]
	      //      \ ClassHalfOfDouble
	      //      \ b
	      //
	      // ClassSyntaxCharacter ::
	      //      one of ( ) [ ] { } / - \ |

	      var from = pos;
	      var start, res;

	      if (matchOne('\\')) {
	        // ClassSetOperand ::
	        //      ...
	        //      ClassStringDisjunction
	        //      NestedClass
	        //
	        // NestedClass ::
	        //      ...
	        //      \ CharacterClassEscape[+U, +V]
	        if (match('q{')) {
	          return parseClassStringDisjunction();
	        } else if (res = parseClassEscape()) {
	          start = res;
	        } else if (res = parseClassSetCharacterEscapedHelper()) {
	          return res;
	        } else {
	          bail('Invalid escape', '\\' + lookahead(), from);
	        }
	      } else if (res = parseClassSetCharacterUnescapedHelper()) {
	        start = res;
	      } else if (res = parseCharacterClass()) {
	        // ClassSetOperand ::
	        //      ...
	        //      NestedClass
	        //
	        // NestedClass ::
	        //      [ [lookahead ≠ ^] ClassContents[+U,+V] ]
	        //      [ ^ ClassContents[+U,+V] ]
	        //      ...
	        return res;
	      } else {
	        bail('Invalid character', lookahead());
	      }

	      if (allowRanges && currentOne('-') && !next('-')) {
	        incr();

	        if (res = parseClassSetCharacter()) {
	          // ClassSetRange ::
	          //      ClassSetCharacter - ClassSetCharacter
	          return createClassRange(start, res, from, pos);
	        }

	        bail('Invalid range end', lookahead());
	      }

	      // ClassSetOperand ::
	      //      ClassSetCharacter
	      //      ...
	      return start;
	    }

	    function parseClassSetCharacter() {
	      // ClassSetCharacter ::
	      //      [lookahead ∉ ClassReservedDouble] SourceCharacter but not ClassSetSyntaxCharacter
	      //      \ CharacterEscape[+U]
	      //      \ ClassHalfOfDouble
	      //      \ b

	      if (matchOne('\\')) {
	        var res, from = pos;
	        if (res = parseClassSetCharacterEscapedHelper()) {
	          return res;
	        } else {
	          bail('Invalid escape', '\\' + lookahead(), from);
	        }
	      }

	      return parseClassSetCharacterUnescapedHelper();
	    }

	    function parseClassSetCharacterUnescapedHelper() {
	      // ClassSetCharacter ::
	      //      [lookahead ∉ ClassSetReservedDoublePunctuator] SourceCharacter but not ClassSetSyntaxCharacter
	      //      ...

	      var res;
	      if (matchReg(/^(?:&&|!!|##|\$\$|%%|\*\*|\+\+|,,|\.\.|::|;;|<<|==|>>|\?\?|@@|\^\^|``|~~)/)) {
	        bail('Invalid set operation in character class');
	      }
	      if (res = matchReg(/^[^()[\]{}/\-\\|]/)) {
	        return createCharacter(res);
	      }
	    }

	    function parseClassSetCharacterEscapedHelper() {
	      // ClassSetCharacter ::
	      //      ...
	      //      \ CharacterEscape[+U]
	      //      \ ClassSetReservedPunctuator
	      //      \ b

	      var res;
	      if (matchOne('b')) {
	        return createEscaped('singleEscape', 0x0008, '\\b');
	      } else if (matchOne('B')) {
	        bail('\\B not possible inside of ClassContents', '', pos - 2);
	      } else if (res = matchReg(/^[&\-!#%,:;<=>@`~]/)) {
	        return createEscaped('identifier', res[0].codePointAt(0), res[0]);
	      } else if (res = parseCharacterEscape()) {
	        return res;
	      } else {
	        return null;
	      }
	    }

	    function parseClassStringDisjunction() {
	      // ClassStringDisjunction ::
	      //      \q{ ClassStringDisjunctionContents }
	      //
	      // ClassStringDisjunctionContents ::
	      //      ClassString
	      //      ClassString | ClassStringDisjunctionContents


	      // When calling this function, \q{ has already been consumed.
	      var from = pos - 3;

	      var res = [];
	      do {
	        res.push(parseClassString());
	      } while (matchOne('|'));

	      skip('}');

	      return createClassStrings(res, from, pos);
	    }

	    function parseClassString() {
	      // ClassString ::
	      //      [empty]
	      //      NonEmptyClassString
	      //
	      // NonEmptyClassString ::
	      //      ClassSetCharacter NonEmptyClassString?

	      var res = [], from = pos;
	      var char;

	      while (char = parseClassSetCharacter()) {
	        res.push(char);
	      }

	      return createClassString(res, from, pos);
	    }

	    function bail(message, details, from, to) {
	      from = from == null ? pos : from;
	      to = to == null ? from : to;

	      var contextStart = Math.max(0, from - 10);
	      var contextEnd = Math.min(to + 10, str.length);

	      // Output a bit of context and a line pointing to where our error is.
	      //
	      // We are assuming that there are no actual newlines in the content as this is a regular expression.
	      var context = '    ' + str.substring(contextStart, contextEnd);
	      var pointer = '    ' + new Array(from - contextStart + 1).join(' ') + '^';

	      throw SyntaxError(message + ' at position ' + from + (details ? ': ' + details : '') + '\n' + context + '\n' + pointer);
	    }

	    var backrefDenied = [];
	    var closedCaptureCounter = 0;
	    var firstIteration = true;
	    var shouldReparse = false;
	    var hasUnicodeFlag = (flags || "").indexOf("u") !== -1;
	    var hasUnicodeSetFlag = (flags || "").indexOf("v") !== -1;
	    var isUnicodeMode = hasUnicodeFlag || hasUnicodeSetFlag;
	    var pos = 0;

	    if (hasUnicodeSetFlag && !features.unicodeSet) {
	      throw new Error('The "v" flag is only supported when the .unicodeSet option is enabled.');
	    }

	    if (hasUnicodeFlag && hasUnicodeSetFlag) {
	      throw new Error('The "u" and "v" flags are mutually exclusive.');
	    }

	    // Convert the input to a string and treat the empty string special.
	    str = String(str);
	    if (str === '') {
	      str = '(?:)';
	    }

	    var result = parseDisjunction();

	    if (result.range[1] !== str.length) {
	      bail('Could not parse entire input - got stuck', '', result.range[1]);
	    }

	    // The spec requires to interpret the `\2` in `/\2()()/` as backreference.
	    // As the parser collects the number of capture groups as the string is
	    // parsed it is impossible to make these decisions at the point when the
	    // `\2` is handled. In case the local decision turns out to be wrong after
	    // the parsing has finished, the input string is parsed a second time with
	    // the total number of capture groups set.
	    //
	    // SEE: https://github.com/jviereck/regjsparser/issues/70
	    shouldReparse = shouldReparse || backrefDenied.some(function (ref) {
	      return ref <= closedCaptureCounter;
	    });
	    if (shouldReparse) {
	      // Parse the input a second time.
	      pos = 0;
	      firstIteration = false;
	      return parseDisjunction();
	    }

	    return result;
	  }

	  var regjsparser = {
	    parse: parse
	  };

	  if (module.exports) {
	    module.exports = regjsparser;
	  } else {
	    window.regjsparser = regjsparser;
	  }

	}()); 
} (parser$1));

var parserExports$1 = parser$1.exports;

function parse(pattern, unicode) {
    var ast = parserExports$1.parse(pattern, unicode ? 'u' : '', {
        lookbehind: true,
        unicodePropertyEscape: true,
    });
    return ast;
}

function last(input) {
    var length = input.length;
    return length ? input[length - 1] : null;
}
function dropCommon(a, b) {
    var commonLevels;
    for (commonLevels = 0; commonLevels < a.length &&
        commonLevels < b.length &&
        a[commonLevels] === b[commonLevels]; commonLevels++)
        ;
    return {
        a: a.slice(commonLevels),
        b: b.slice(commonLevels),
    };
}

var lookaheadBehaviours$1 = [
    'lookahead',
    'lookbehind',
    'negativeLookahead',
    'negativeLookbehind',
];
function replace(input, replacement, start, end) {
    return "".concat(input.slice(0, start)).concat(replacement).concat(input.slice(end));
}
function shiftOffsets(_a) {
    var after = _a.after, offsets = _a.offsets, shiftAmount = _a.shiftAmount;
    return new Set(__spreadArray([], __read(offsets), false).map(function (offset) {
        return offset > after ? offset + shiftAmount : offset;
    }));
}
function quantifierIterationsToString(quantifier) {
    if (quantifier.symbol) {
        return "".concat(quantifier.symbol).concat(quantifier.greedy ? '' : '?');
    }
    if (quantifier.min === quantifier.max) {
        return "{".concat(quantifier.min, "}");
    }
    return "{".concat(quantifier.min, ",").concat(quantifier.max || '', "}").concat(quantifier.greedy ? '' : '?');
}
function alreadyHasStartAnchorReplacement(node) {
    if (node.type !== 'alternative')
        return false;
    var body = node.body;
    /* istanbul ignore next */
    if (body.length < 1)
        return false;
    var _a = __read(body, 1), maybeQuantifier = _a[0];
    if (maybeQuantifier.type !== 'quantifier')
        return false;
    if (maybeQuantifier.min !== 0)
        return false;
    if (maybeQuantifier.max !== undefined)
        return false;
    if (maybeQuantifier.greedy)
        return false;
    var maybeCharacterClass = maybeQuantifier.body[0];
    if (maybeCharacterClass.type !== 'characterClass')
        return false;
    maybeCharacterClass.kind;
    if (maybeCharacterClass.body.length !== 0)
        return false;
    if (!maybeCharacterClass.negative)
        return false;
    return true;
}
function isMissingStartAnchor(rootNode) {
    if (alreadyHasStartAnchorReplacement(rootNode))
        return false;
    var check = function (node) {
        var e_1, _a;
        if (node.type === 'anchor') {
            if (node.kind === 'start')
                return 'anchor';
            return null;
        }
        if (node.type === 'quantifier' && node.max === 0)
            return null;
        if (node.type === 'alternative' ||
            node.type === 'group' ||
            node.type === 'quantifier') {
            var mayBeSkipped = node.type === 'quantifier' && node.min === 0;
            try {
                for (var _b = __values(node.body), _c = _b.next(); !_c.done; _c = _b.next()) {
                    var child = _c.value;
                    var res = check(child);
                    if (res === 'consumingNode')
                        return 'consumingNode';
                    if (res === 'anchor') {
                        if (!mayBeSkipped)
                            return 'anchor';
                        return null;
                    }
                }
            }
            catch (e_1_1) { e_1 = { error: e_1_1 }; }
            finally {
                try {
                    if (_c && !_c.done && (_a = _b.return)) _a.call(_b);
                }
                finally { if (e_1) throw e_1.error; }
            }
            return null;
        }
        if (node.type === 'disjunction') {
            var res = node.body.map(function (child) { return check(child); });
            if (res.some(function (a) { return a === 'consumingNode'; }))
                return 'consumingNode';
            if (res.every(function (a) { return a === 'anchor'; }))
                return 'anchor';
            return null;
        }
        return 'consumingNode';
    };
    return check(rootNode) === 'consumingNode';
}
function getRawWithoutCapturingGroupsOrLookaheads(rootNode) {
    var referencesWithOffset = new Map();
    var walk = function (node, offset) {
        var walkAll = function (nodes, startOffset) {
            var result = '';
            nodes.forEach(function (a) {
                result += walk(a, startOffset + result.length);
            });
            return result;
        };
        switch (node.type) {
            case 'anchor':
            case 'characterClass':
            case 'characterClassEscape':
            case 'unicodePropertyEscape':
            case 'value':
            case 'dot':
                return node.raw;
            case 'reference': {
                referencesWithOffset.set(node, offset);
                return node.raw;
            }
            case 'group': {
                switch (node.behavior) {
                    case 'normal':
                        return "(?:".concat(walkAll(node.body, offset + 3), ")");
                    case 'ignore':
                        return "(?:".concat(walkAll(node.body, offset + 3), ")");
                    case 'lookahead':
                    case 'lookbehind':
                    case 'negativeLookahead':
                    case 'negativeLookbehind':
                        return '';
                }
            }
            // eslint-disable-next-line no-fallthrough
            case 'disjunction': {
                var res_1 = '';
                node.body.forEach(function (a, i) {
                    if (i > 0)
                        res_1 += '|';
                    res_1 += walk(a, offset + res_1.length);
                });
                return res_1;
            }
            case 'alternative':
                return walkAll(node.body, offset);
            case 'quantifier': {
                return "".concat(walk(node.body[0], offset)).concat(quantifierIterationsToString(node));
            }
        }
    };
    var result = walk(rootNode, 0);
    return {
        referencesWithOffset: referencesWithOffset,
        result: result,
    };
}
/**
 * Downgrade the provided pattern if needed so that it is supported for checking.
 *
 * A downgraded pattern may introduce false positives.
 *
 * This does the following:
 * - If the pattern contains a reference to a group that lives in a positive lookahead,
 *   the reference will be replaced with a non-capturing group that contains referenced group.
 * - If the pattern contains a reference to a group that is a non-finite size,
 *   the reference will be replaced with a non-capturing group that contains the referenced group.
 * - If the pattern does not contain a start anchor then `[^]*` will be prepended, and the remainder
 *   wrapped in a none capturing group if needed.
 */
function downgradePattern(_a) {
    var pattern = _a.pattern, unicode = _a.unicode;
    var run = function (lastResult) {
        var ast = parse(lastResult.pattern, unicode);
        var actions = [];
        var needsStartAnchorReplacement = false;
        var needsWrappingInGroup = ast.type === 'disjunction';
        var groups = new Map();
        var infiniteGroups = new Set();
        var nextGroupIndex = 1;
        var lookaheadOnlyContainsGroup = function (lookahead, group) {
            if (lookahead.body.length !== 1)
                return false;
            var node = lookahead.body[0];
            return node === group;
        };
        var walkAll = function (_a) {
            var nodeStack = _a.nodeStack, nodes = _a.nodes, passedStartAnchor = _a.passedStartAnchor, serial = _a.serial;
            var justHadLookahead = null;
            nodes.forEach(function (expression) {
                if (serial) {
                    // eslint-disable-next-line no-use-before-define
                    walk({
                        immediatelyPrecedingLookahead: justHadLookahead,
                        node: expression,
                        nodeStack: nodeStack,
                        passedStartAnchor: passedStartAnchor,
                    });
                    justHadLookahead =
                        expression.type === 'group' && expression.behavior === 'lookahead'
                            ? expression
                            : null;
                }
                else {
                    // eslint-disable-next-line no-use-before-define
                    walk({
                        immediatelyPrecedingLookahead: justHadLookahead,
                        node: expression,
                        nodeStack: nodeStack,
                        passedStartAnchor: __assign({}, passedStartAnchor),
                    });
                }
            });
        };
        var walk = function (_a) {
            var immediatelyPrecedingLookahead = _a.immediatelyPrecedingLookahead, node = _a.node, nodeStack = _a.nodeStack, passedStartAnchor = _a.passedStartAnchor;
            var onConsumingNode = function () {
                if (!passedStartAnchor.value) {
                    needsStartAnchorReplacement = true;
                }
            };
            switch (node.type) {
                case 'characterClass':
                case 'characterClassEscape':
                case 'unicodePropertyEscape':
                case 'value':
                case 'dot':
                    onConsumingNode();
                    return;
                case 'anchor': {
                    if (node.kind === 'start') {
                        passedStartAnchor.value = true;
                    }
                    return;
                }
                case 'group': {
                    var groupIndex = null;
                    if (node.behavior === 'normal') {
                        groupIndex = nextGroupIndex;
                        nextGroupIndex++;
                    }
                    walkAll({
                        nodeStack: __spreadArray(__spreadArray([], __read(nodeStack), false), [node], false),
                        nodes: node.body,
                        passedStartAnchor: passedStartAnchor,
                        serial: true,
                    });
                    if (groupIndex !== null && node.behavior === 'normal') {
                        groups.set(groupIndex, { group: node, stack: __spreadArray([], __read(nodeStack), false) });
                    }
                    return;
                }
                case 'disjunction': {
                    walkAll({
                        nodeStack: __spreadArray(__spreadArray([], __read(nodeStack), false), [node], false),
                        nodes: node.body,
                        passedStartAnchor: passedStartAnchor,
                        serial: false,
                    });
                    return;
                }
                case 'alternative': {
                    walkAll({
                        nodeStack: __spreadArray(__spreadArray([], __read(nodeStack), false), [node], false),
                        nodes: node.body,
                        passedStartAnchor: passedStartAnchor,
                        serial: true,
                    });
                    return;
                }
                case 'quantifier': {
                    if (node.max !== 0) {
                        if (node.max === undefined) {
                            __spreadArray([], __read(nodeStack), false).reverse().some(function (stackNode) {
                                if (stackNode.type === 'group') {
                                    if (lookaheadBehaviours$1.indexOf(stackNode.behavior) >= 0) {
                                        // this infinite quantifier is contained in a lookahead,
                                        // so doesn't effect outer group size
                                        return true;
                                    }
                                    infiniteGroups.add(stackNode);
                                }
                                return false;
                            });
                        }
                        walkAll({
                            nodeStack: __spreadArray(__spreadArray([], __read(nodeStack), false), [node], false),
                            nodes: node.body,
                            passedStartAnchor: node.min === 0 ? __assign({}, passedStartAnchor) : passedStartAnchor,
                            serial: true,
                        });
                    }
                    return;
                }
                case 'reference': {
                    onConsumingNode();
                    var entry = groups.get(node.matchIndex);
                    if (entry) {
                        var group = entry.group, stack = entry.stack;
                        var localStack = dropCommon(stack, nodeStack).a;
                        var lookaheadStack = localStack.flatMap(function (stackNode) {
                            return stackNode.type === 'group' &&
                                lookaheadBehaviours$1.indexOf(stackNode.behavior) >= 0
                                ? [stackNode]
                                : [];
                        });
                        var groupMayNotBeReached = localStack.some(function (stackNode) {
                            return stackNode.type === 'disjunction' ||
                                (stackNode.type === 'quantifier' && stackNode.min === 0);
                        });
                        var groupInLookahead = lookaheadStack.length > 0;
                        var groupCouldBeSet = lookaheadStack.every(function (value) {
                            return value.behavior !== 'negativeLookahead' &&
                                value.behavior !== 'negativeLookbehind';
                        });
                        if (groupCouldBeSet &&
                            (groupInLookahead || infiniteGroups.has(group))) {
                            // if we have something like `a(?=(bc))\1`
                            // `\1`, and therefore the group we inline in its place, can be considered atomic
                            // given that lookaheads can't be backtracked into and immediately after the
                            // lookahead we match the same that was in the lookahead
                            var atomic = !!immediatelyPrecedingLookahead &&
                                lookaheadOnlyContainsGroup(immediatelyPrecedingLookahead, group);
                            var optional = groupInLookahead && groupMayNotBeReached;
                            actions.push({
                                atomicOrOptional: atomic
                                    ? 'atomic'
                                    : optional
                                        ? 'optional'
                                        : null,
                                group: group,
                                reference: node,
                            });
                        }
                    }
                    return;
                }
            }
        };
        walk({
            immediatelyPrecedingLookahead: null,
            node: ast,
            nodeStack: [],
            passedStartAnchor: { value: false },
        });
        var newPattern = lastResult.pattern;
        var atomicGroupOffsets = new Set(lastResult.atomicGroupOffsets);
        var needToRerun = false;
        __spreadArray([], __read(actions), false).sort(function (a, b) { return b.reference.range[0] - a.reference.range[0]; })
            .forEach(function (action) {
            var atomicOrOptional = action.atomicOrOptional, group = action.group, _a = __read(action.reference.range, 2), referenceStart = _a[0], referenceEnd = _a[1];
            var _b = getRawWithoutCapturingGroupsOrLookaheads(group), result = _b.result, referencesWithOffset = _b.referencesWithOffset;
            if (referencesWithOffset.size > 0) {
                needToRerun = true;
            }
            var replacement = atomicOrOptional === 'optional' ? "(?:".concat(result, "?)") : result;
            newPattern = replace(newPattern, replacement, referenceStart, referenceEnd);
            var shiftAmount = replacement.length - (referenceEnd - referenceStart);
            atomicGroupOffsets = shiftOffsets({
                after: referenceStart,
                offsets: atomicGroupOffsets,
                shiftAmount: shiftAmount,
            });
            if (atomicOrOptional === 'atomic') {
                atomicGroupOffsets.add(referenceStart);
            }
            actions.forEach(function (_a) {
                var innerAtomicOrOptional = _a.atomicOrOptional, innerReference = _a.reference;
                if (innerAtomicOrOptional === 'atomic') {
                    var offset = referencesWithOffset.get(innerReference);
                    if (offset !== undefined) {
                        atomicGroupOffsets.add(referenceStart + offset);
                    }
                }
            });
        });
        if (needsStartAnchorReplacement && !alreadyHasStartAnchorReplacement(ast)) {
            if (needsWrappingInGroup) {
                newPattern = "(?:".concat(newPattern, ")");
            }
            newPattern = "[^]*?".concat(newPattern);
            atomicGroupOffsets = shiftOffsets({
                after: -1,
                offsets: atomicGroupOffsets,
                shiftAmount: needsWrappingInGroup ? 8 : 5,
            });
        }
        return { needToRerun: needToRerun, result: { atomicGroupOffsets: atomicGroupOffsets, pattern: newPattern } };
    };
    var lastResult = {
        atomicGroupOffsets: new Set(),
        pattern: pattern,
    };
    for (;;) {
        var _b = run(lastResult), result = _b.result, needToRerun = _b.needToRerun;
        lastResult = result;
        if (!needToRerun) {
            break;
        }
    }
    return lastResult;
}

// here so that can be mocked out for testing
function buildFinalizationRegistry(cleanupCallback) {
    return new FinalizationRegistry(cleanupCallback);
}

var forkSymbol = Symbol('fork');
var pendingResultsSymbol = Symbol('pendingResults');
function buildForkableIterator(source) {
    var onResult = new Set();
    var registry = buildFinalizationRegistry(function (onResultCallback) {
        onResult.delete(onResultCallback);
    });
    var readSource = function () {
        var result = source.next();
        onResult.forEach(function (fn) { return fn(result); });
    };
    var makeFork = function (initialPendingResults) {
        var _a;
        var iterator = (_a = {},
            _a[forkSymbol] = function () {
                return makeFork(this[pendingResultsSymbol]);
            },
            _a[pendingResultsSymbol] = initialPendingResults.slice(0),
            _a.next = function (value) {
                if (value !== undefined) {
                    throw new Error('`ForkableIterator` `next()` cannot take a value');
                }
                var pendingResults = this[pendingResultsSymbol];
                if (!pendingResults.length) {
                    readSource();
                }
                return pendingResults.shift();
            },
            _a);
        var ref = new WeakRef(iterator);
        var callback = function (result) {
            var maybeIterator = ref.deref();
            /* istanbul ignore next */
            maybeIterator === null || maybeIterator === void 0 ? void 0 : maybeIterator[pendingResultsSymbol].push(result);
        };
        registry.register(iterator, callback);
        onResult.add(callback);
        return iterator;
    };
    return makeFork([]);
}
/**
 * Create a fork of the provided `ForkableIterator`/`ForkableAsyncIterator` at the current point.
 */
function fork(forkableIterator) {
    if (!forkableIterator || !forkableIterator[forkSymbol]) {
        throw new Error('The provided value was not a `ForkableIterator` from `buildForkableIterator()`');
    }
    return forkableIterator[forkSymbol]();
}

// eslint-disable-next-line @typescript-eslint/no-empty-function
function emptyReader() { return __generator(this, function (_a) {
    return [2 /*return*/];
}); }
/**
 * Returns a reader that can be forked with the `fork` function.
 *
 * The source reader must not be read from directly.
 */
function buildForkableReader(sourceReader) {
    return buildForkableIterator(sourceReader);
}
/**
 * Chains an array of readers together that run consecutively.
 */
function chainReaders(readers) {
    var readers_1, readers_1_1, reader, next, e_1_1;
    var e_1, _a;
    return __generator(this, function (_b) {
        switch (_b.label) {
            case 0:
                _b.trys.push([0, 6, 7, 8]);
                readers_1 = __values(readers), readers_1_1 = readers_1.next();
                _b.label = 1;
            case 1:
                if (!!readers_1_1.done) return [3 /*break*/, 5];
                reader = readers_1_1.value;
                next = void 0;
                _b.label = 2;
            case 2:
                if (!!(next = reader.next()).done) return [3 /*break*/, 4];
                return [4 /*yield*/, next.value];
            case 3:
                _b.sent();
                return [3 /*break*/, 2];
            case 4:
                readers_1_1 = readers_1.next();
                return [3 /*break*/, 1];
            case 5: return [3 /*break*/, 8];
            case 6:
                e_1_1 = _b.sent();
                e_1 = { error: e_1_1 };
                return [3 /*break*/, 8];
            case 7:
                try {
                    if (readers_1_1 && !readers_1_1.done && (_a = readers_1.return)) _a.call(readers_1);
                }
                finally { if (e_1) throw e_1.error; }
                return [7 /*endfinally*/];
            case 8: return [2 /*return*/];
        }
    });
}
/**
 * Builds a reader that yields each item in the input array.
 */
function buildArrayReader(input) {
    return __generator(this, function (_a) {
        switch (_a.label) {
            case 0: return [5 /*yield**/, __values(input)];
            case 1:
                _a.sent();
                return [2 /*return*/];
        }
    });
}

function subtractRanges(source, toSubtract) {
    var res = [];
    if (source[0] < toSubtract[0]) {
        res.push([source[0], Math.min(toSubtract[0] - 1, source[1])]);
    }
    if (source[1] > toSubtract[1]) {
        res.push([Math.max(toSubtract[1] + 1, source[0]), source[1]]);
    }
    return res;
}
function intersectRanges(a, b) {
    var startShared = Math.max(a[0], b[0]);
    var endShared = Math.min(a[1], b[1]);
    if (startShared > endShared) {
        return null;
    }
    return [startShared, endShared];
}
function createRanges(set) {
    var ascending = __spreadArray([], __read(set), false).sort(function (a, b) { return a - b; });
    var ranges = [];
    var startIndex = 0;
    for (var i = 0; i < ascending.length; i++) {
        var startValue = ascending[startIndex];
        var currentValue = ascending[i];
        var nextValue = i + 1 < ascending.length ? ascending[i + 1] : null;
        if (nextValue === null || nextValue - startValue !== i - startIndex + 1) {
            ranges.push([startValue, currentValue]);
            startIndex = i + 1;
        }
    }
    return ranges;
}
/* note input ranges must be sorted and not overlap */
function invertRanges(ranges) {
    var result = [];
    for (var i = 0; i < ranges.length + 1; i++) {
        var prev = i - 1 >= 0 ? ranges[i - 1] : null;
        var current = i < ranges.length ? ranges[i] : null;
        var start = prev ? prev[1] + 1 : -Infinity;
        var end = current ? current[0] - 1 : +Infinity;
        if (start - end === 1)
            continue;
        if (start > end)
            throw new Error('Internal error: invalid ranges input');
        result.push([start, end]);
    }
    return result;
}

/**
 * Returns `true` if the provided `CharacterGroups` definitely matches no characters.
 */
function isEmptyCharacterGroups(group) {
    return (!group.rangesNegated &&
        !group.ranges.length &&
        !group.unicodePropertyEscapes.size);
}
function intersectCharacterGroups(a, b) {
    var e_1, _a;
    var _b, _c;
    var newRanges;
    var newNegated;
    if (!a.rangesNegated) {
        if (!b.rangesNegated) {
            newNegated = false;
            newRanges = [];
            a.ranges.forEach(function (aRange) {
                b.ranges.forEach(function (bRange) {
                    var intersection = intersectRanges(aRange, bRange);
                    if (intersection)
                        newRanges.push(intersection);
                });
            });
        }
        else {
            newNegated = false;
            newRanges = __spreadArray([], __read(a.ranges), false);
            b.ranges.forEach(function (bRange) {
                var narrowed = [];
                newRanges.forEach(function (aRange) {
                    narrowed.push.apply(narrowed, __spreadArray([], __read(subtractRanges(aRange, bRange)), false));
                });
                newRanges = narrowed;
            });
        }
    }
    else {
        if (!b.rangesNegated) {
            newNegated = false;
            newRanges = __spreadArray([], __read(b.ranges), false);
            a.ranges.forEach(function (aRange) {
                var narrowed = [];
                newRanges.forEach(function (bRange) {
                    narrowed.push.apply(narrowed, __spreadArray([], __read(subtractRanges(bRange, aRange)), false));
                });
                newRanges = narrowed;
            });
        }
        else {
            newNegated = true;
            newRanges = __spreadArray(__spreadArray([], __read(a.ranges), false), __read(b.ranges), false);
        }
    }
    var allUnicodePropertyEscapes = new Set(__spreadArray(__spreadArray([], __read(a.unicodePropertyEscapes.keys()), false), __read(b.unicodePropertyEscapes.keys()), false));
    var newUnicodePropertyEscapes = new Map();
    try {
        for (var allUnicodePropertyEscapes_1 = __values(allUnicodePropertyEscapes), allUnicodePropertyEscapes_1_1 = allUnicodePropertyEscapes_1.next(); !allUnicodePropertyEscapes_1_1.done; allUnicodePropertyEscapes_1_1 = allUnicodePropertyEscapes_1.next()) {
            var unicodePropertyEscape = allUnicodePropertyEscapes_1_1.value;
            var aEscape = (_b = a.unicodePropertyEscapes.get(unicodePropertyEscape)) !== null && _b !== void 0 ? _b : null;
            var bEscape = (_c = b.unicodePropertyEscapes.get(unicodePropertyEscape)) !== null && _c !== void 0 ? _c : null;
            // assume that all characters that match an escape (or inverse of escape) remain, unless
            // they are intersected with the negative
            // `isEmptyCharacterGroups` will never be `true` whilst there is an escape
            if (aEscape !== null && bEscape === null) {
                newUnicodePropertyEscapes.set(unicodePropertyEscape, aEscape);
            }
            else if (aEscape === null && bEscape !== null) {
                newUnicodePropertyEscapes.set(unicodePropertyEscape, bEscape);
            }
            else if (aEscape !== null && bEscape !== null && aEscape === bEscape) {
                newUnicodePropertyEscapes.set(unicodePropertyEscape, aEscape);
            }
        }
    }
    catch (e_1_1) { e_1 = { error: e_1_1 }; }
    finally {
        try {
            if (allUnicodePropertyEscapes_1_1 && !allUnicodePropertyEscapes_1_1.done && (_a = allUnicodePropertyEscapes_1.return)) _a.call(allUnicodePropertyEscapes_1);
        }
        finally { if (e_1) throw e_1.error; }
    }
    return {
        ranges: newRanges,
        rangesNegated: newNegated,
        unicodePropertyEscapes: newUnicodePropertyEscapes,
    };
}

function buildEndReader(offset) {
    return __generator(this, function (_a) {
        switch (_a.label) {
            case 0: return [4 /*yield*/, {
                    bounded: false,
                    offset: offset,
                    stack: [],
                    subType: 'end',
                    type: characterReaderTypeCharacterEntry,
                }];
            case 1:
                _a.sent();
                /* istanbul ignore next */
                throw new Error('Internal error: should not be reading after end');
        }
    });
}

/**
 * Join multiple `CharacterReader`'s together.
 *
 * It has understanding of the `split` type.
 *
 * `getAction` should return
 * - `continue`: This results in `getReader` being called with the next index
 *   and a new `CharacterReader` should be returned
 * - `fork`: This results in the reader splitting, with the split reader being empty,
 *   and then `getReader` is called with the next index and a new `CharacterReader`
 *   should be returned
 * - `stop`: This means the reader will end
 */
function join(getAction, getReader) {
    var _join = function (_getAction, _getReader, timeSinceEmitSomething) {
        var i, action, emittedSomething, reader, next, _loop_1;
        if (timeSinceEmitSomething === void 0) { timeSinceEmitSomething = 0; }
        return __generator(this, function (_a) {
            switch (_a.label) {
                case 0:
                    i = 0;
                    _a.label = 1;
                case 1:
                    action = _getAction(i, timeSinceEmitSomething);
                    if (!(action === 'stop')) return [3 /*break*/, 2];
                    return [2 /*return*/];
                case 2:
                    if (!(action === 'fork')) return [3 /*break*/, 4];
                    return [4 /*yield*/, {
                            reader: function () { return emptyReader(); },
                            subType: null,
                            type: characterReaderTypeSplit,
                        }];
                case 3:
                    _a.sent();
                    _a.label = 4;
                case 4:
                    emittedSomething = false;
                    reader = _getReader(i);
                    next = void 0;
                    _loop_1 = function () {
                        var value, _b, _i_1, _timeSinceEmittedSomething_1;
                        return __generator(this, function (_c) {
                            switch (_c.label) {
                                case 0:
                                    value = next.value;
                                    _b = value.type;
                                    switch (_b) {
                                        case characterReaderTypeSplit: return [3 /*break*/, 1];
                                        case characterReaderTypeCharacterEntry: return [3 /*break*/, 3];
                                    }
                                    return [3 /*break*/, 5];
                                case 1:
                                    _i_1 = i;
                                    _timeSinceEmittedSomething_1 = timeSinceEmitSomething;
                                    return [4 /*yield*/, {
                                            reader: function () {
                                                return _join(function (innerIndex, innerTimeSinceEmittedSomething) {
                                                    return innerIndex === 0
                                                        ? 'continue'
                                                        : _getAction(innerIndex + _i_1, innerTimeSinceEmittedSomething);
                                                }, function (innerIndex) {
                                                    return innerIndex === 0
                                                        ? value.reader()
                                                        : _getReader(innerIndex + _i_1);
                                                }, _timeSinceEmittedSomething_1);
                                            },
                                            subType: value.subType,
                                            type: characterReaderTypeSplit,
                                        }];
                                case 2:
                                    _c.sent();
                                    return [3 /*break*/, 5];
                                case 3:
                                    if (value.subType !== 'null' &&
                                        value.subType !== 'start' &&
                                        value.subType !== 'end') {
                                        emittedSomething = true;
                                    }
                                    return [4 /*yield*/, value];
                                case 4:
                                    _c.sent();
                                    return [3 /*break*/, 5];
                                case 5: return [2 /*return*/];
                            }
                        });
                    };
                    _a.label = 5;
                case 5:
                    if (!!(next = reader.next()).done) return [3 /*break*/, 7];
                    return [5 /*yield**/, _loop_1()];
                case 6:
                    _a.sent();
                    return [3 /*break*/, 5];
                case 7:
                    timeSinceEmitSomething = emittedSomething
                        ? 0
                        : timeSinceEmitSomething + 1;
                    _a.label = 8;
                case 8:
                    i++;
                    return [3 /*break*/, 1];
                case 9: return [2 /*return*/];
            }
        });
    };
    return _join(getAction, getReader);
}
/**
 * Joins an array of `CharacterReader`'s together, with  understanding
 * of the `split` type. If a reader splits, when the split reader ends,
 * the next `CharacterReader` in the array will follow.
 */
function joinArray(input) {
    var length = input.length;
    return join(function (i) { return (i < length ? 'continue' : 'stop'); }, function (i) { return input[i](); });
}

function buildSequenceCharacterReader(_a) {
    var caseInsensitive = _a.caseInsensitive, dotAll = _a.dotAll, nodes = _a.nodes;
    return joinArray(nodes.map(function (node) {
        return function () {
            return buildCharacterReader({ caseInsensitive: caseInsensitive, dotAll: dotAll, node: node });
        };
    }));
}

/**
 * Maps each value of a `CharacterReader` from one value to another.
 *
 * It handles the `split` type internally.
 */
function map(reader, handle) {
    var startThread = function (innerReader) {
        var next, _loop_1;
        return __generator(this, function (_a) {
            switch (_a.label) {
                case 0:
                    _loop_1 = function () {
                        var value, _b;
                        return __generator(this, function (_c) {
                            switch (_c.label) {
                                case 0:
                                    value = next.value;
                                    _b = value.type;
                                    switch (_b) {
                                        case characterReaderTypeSplit: return [3 /*break*/, 1];
                                        case characterReaderTypeCharacterEntry: return [3 /*break*/, 3];
                                    }
                                    return [3 /*break*/, 5];
                                case 1: return [4 /*yield*/, {
                                        reader: function () { return startThread(value.reader()); },
                                        subType: value.subType,
                                        type: characterReaderTypeSplit,
                                    }];
                                case 2:
                                    _c.sent();
                                    return [3 /*break*/, 5];
                                case 3: return [4 /*yield*/, handle(value)];
                                case 4:
                                    _c.sent();
                                    return [3 /*break*/, 5];
                                case 5: return [2 /*return*/];
                            }
                        });
                    };
                    _a.label = 1;
                case 1:
                    if (!!(next = innerReader.next()).done) return [3 /*break*/, 3];
                    return [5 /*yield**/, _loop_1()];
                case 2:
                    _a.sent();
                    return [3 /*break*/, 1];
                case 3: return [2 /*return*/];
            }
        });
    };
    return startThread(reader);
}

function getGroups(stack) {
    return new Set(stack.flatMap(function (entry) { return (entry.type === 'group' ? [entry.group] : []); }));
}
function getLookaheadStack(stack) {
    var e_1, _a;
    var lookaheadStack = [];
    try {
        for (var stack_1 = __values(stack), stack_1_1 = stack_1.next(); !stack_1_1.done; stack_1_1 = stack_1.next()) {
            var entry = stack_1_1.value;
            if (entry.type === 'group') {
                var group = entry.group;
                var behavior = group.behavior;
                if (behavior === 'lookbehind' ||
                    behavior === 'negativeLookbehind' ||
                    behavior === 'negativeLookahead' ||
                    behavior === 'lookahead') {
                    lookaheadStack.push(group);
                }
            }
        }
    }
    catch (e_1_1) { e_1 = { error: e_1_1 }; }
    finally {
        try {
            if (stack_1_1 && !stack_1_1.done && (_a = stack_1.return)) _a.call(stack_1);
        }
        finally { if (e_1) throw e_1.error; }
    }
    return lookaheadStack;
}
function buildGroupCharacterReader(_a) {
    var caseInsensitive = _a.caseInsensitive, dotAll = _a.dotAll, node = _a.node;
    switch (node.behavior) {
        case 'lookbehind':
        case 'negativeLookbehind':
        case 'lookahead':
        case 'negativeLookahead': {
            return buildArrayReader([
                {
                    reader: function () {
                        return joinArray([
                            function () {
                                return map(buildSequenceCharacterReader({
                                    caseInsensitive: caseInsensitive,
                                    dotAll: dotAll,
                                    nodes: node.body,
                                }), function (value) {
                                    return __assign(__assign({}, value), { stack: __spreadArray([{ group: node, type: 'group' }], __read(value.stack), false) });
                                });
                            },
                            function () { return buildEndReader(node.range[1]); },
                        ]);
                    },
                    subType: node.behavior,
                    type: characterReaderTypeSplit,
                },
            ]);
        }
        case 'ignore':
        case 'normal': {
            return map(buildSequenceCharacterReader({
                caseInsensitive: caseInsensitive,
                dotAll: dotAll,
                nodes: node.body,
            }), function (value) {
                return __assign(__assign({}, value), { stack: __spreadArray([{ group: node, type: 'group' }], __read(value.stack), false) });
            });
        }
    }
}

function buildNullCharacterReader(offset) {
    return __generator(this, function (_a) {
        switch (_a.label) {
            case 0: return [4 /*yield*/, {
                    offset: offset,
                    stack: [],
                    subType: 'null',
                    type: characterReaderTypeCharacterEntry,
                }];
            case 1:
                _a.sent();
                return [2 /*return*/];
        }
    });
}

function mustGet(map, key) {
    if (!map.has(key)) {
        throw new Error('Internal error: map missing key');
    }
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion
    return map.get(key);
}

function buildQuantifiersInInfinitePortion(stack, nodeExtra) {
    var exhaustive = stack.some(function (entry) {
        if (entry.type !== 'group' || entry.group.behavior !== 'normal') {
            return false;
        }
        var index = mustGet(nodeExtra.capturingGroupToIndex, entry.group);
        var hasReference = nodeExtra.reachableReferences.some(function (reference) { return reference.matchIndex === index; });
        return hasReference;
    });
    // if we are part of a group that is referenced then we need to include all iterations
    // because that could have an effect later where the reference is
    if (exhaustive)
        return new Set();
    return new Set(stack
        .flatMap(function (entry) { return (entry.type === 'quantifier' ? [entry] : []); })
        .filter(function (_a) {
        var iteration = _a.iteration, quantifier = _a.quantifier;
        return iteration >= 1 && iteration >= quantifier.min;
    })
        .map(function (_a) {
        var quantifier = _a.quantifier;
        return quantifier;
    }));
}
function buildQuantifierIterations(stack) {
    var res = new Map();
    stack
        .flatMap(function (entry) { return (entry.type === 'quantifier' ? [entry] : []); })
        .forEach(function (_a) {
        var iteration = _a.iteration, quantifier = _a.quantifier;
        return res.set(quantifier, iteration);
    });
    return res;
}
function buildQuantifierCharacterReader(_a) {
    var caseInsensitive = _a.caseInsensitive, dotAll = _a.dotAll, node = _a.node;
    var min = node.min, _b = node.max, max = _b === void 0 ? Infinity : _b;
    return joinArray([
        // always emit the null first so that we always emit something in cases where the loop is empty
        function () { return buildNullCharacterReader(node.body[0].range[0]); },
        function () {
            return join(function (i, timeSinceEmit) {
                // prevent infinite loop on something like `()*`
                // > 1 so that the capturing groups are cleared with something like `(?:(a)|)*`
                if (timeSinceEmit > 1)
                    return 'stop';
                if (i >= max)
                    return 'stop';
                if (i >= min)
                    return 'fork';
                return 'continue';
            }, function (i) {
                return map(joinArray(__spreadArray(__spreadArray([], __read((i > 0
                    ? [
                        function () {
                            return buildNullCharacterReader(node.body[0].range[0]);
                        },
                    ]
                    : [])), false), [
                    function () {
                        return buildCharacterReader({
                            caseInsensitive: caseInsensitive,
                            dotAll: dotAll,
                            node: node.body[0],
                        });
                    },
                ], false)), function (value) {
                    return __assign(__assign({}, value), { stack: __spreadArray([
                            {
                                iteration: i,
                                quantifier: node,
                                type: 'quantifier',
                            }
                        ], __read(value.stack), false) });
                });
            });
        },
    ]);
}

function buildAnchorReader(node) {
    var _a;
    return __generator(this, function (_b) {
        switch (_b.label) {
            case 0:
                _a = node.kind;
                switch (_a) {
                    case 'end': return [3 /*break*/, 1];
                    case 'start': return [3 /*break*/, 3];
                    case 'boundary': return [3 /*break*/, 5];
                    case 'not-boundary': return [3 /*break*/, 5];
                }
                return [3 /*break*/, 6];
            case 1: return [4 /*yield*/, {
                    bounded: true,
                    offset: node.range[0],
                    stack: [],
                    subType: 'end',
                    type: characterReaderTypeCharacterEntry,
                }];
            case 2:
                _b.sent();
                /* istanbul ignore next */
                throw new Error('Internal error: should not be reading after end');
            case 3: return [4 /*yield*/, {
                    offset: node.range[0],
                    stack: [],
                    subType: 'start',
                    type: characterReaderTypeCharacterEntry,
                }];
            case 4:
                _b.sent();
                return [3 /*break*/, 6];
            case 5:
                {
                    return [3 /*break*/, 6];
                }
            case 6: return [2 /*return*/];
        }
    });
}

// [0-9]
var dRanges = [[48, 57]];
var inverseDRanges = invertRanges(dRanges);
// [A-Za-z0-9_]
var wRanges = [
    [48, 57],
    [65, 90],
    [95, 95],
    [97, 122],
];
var inverseWRanges = invertRanges(wRanges);
// [\f\n\r\t\v\u0020\u00a0\u1680\u2000-\u200a\u2028-\u2029\u202f\u205f\u3000\ufeff]
var sRanges = [
    [9, 9],
    [10, 10],
    [11, 11],
    [12, 12],
    [13, 13],
    [32, 32],
    [160, 160],
    [5760, 5760],
    [8192, 8202],
    [8232, 8233],
    [8239, 8239],
    [8287, 8287],
    [12288, 12288],
    [65279, 65279],
];
var inverseSRanges = invertRanges(sRanges);
function characterClassEscapeToRange(value) {
    switch (value) {
        case 'd':
        case 'D': {
            return value === 'd' ? dRanges : inverseDRanges;
        }
        case 'w':
        case 'W': {
            return value === 'w' ? wRanges : inverseWRanges;
        }
        case 's':
        case 'S': {
            return value === 's' ? sRanges : inverseSRanges;
        }
    }
}
function buildCharacterClassEscapeReader(node) {
    var value, ranges;
    return __generator(this, function (_a) {
        switch (_a.label) {
            case 0:
                value = node.value;
                ranges = characterClassEscapeToRange(value);
                return [4 /*yield*/, {
                        characterGroups: {
                            ranges: ranges,
                            rangesNegated: false,
                            unicodePropertyEscapes: new Map(),
                        },
                        node: node,
                        stack: [],
                        subType: 'groups',
                        type: characterReaderTypeCharacterEntry,
                    }];
            case 1:
                _a.sent();
                return [2 /*return*/];
        }
    });
}

function toCodePoint(input) {
    // https://tc39.es/ecma262/multipage/text-processing.html#sec-runtime-semantics-canonicalize-ch
    // step 7
    if (input.length > 1)
        return null;
    var codePoint = input.codePointAt(0);
    /* istanbul ignore next */
    if (!codePoint)
        throw new Error('Internal error: expected codepoint');
    return codePoint;
}
function toUpperCaseCodePoint(codePoint) {
    var upperCase = String.fromCodePoint(codePoint).toUpperCase();
    var upperCodePoint = toCodePoint(upperCase);
    return upperCodePoint !== null ? upperCodePoint : codePoint;
}
function buildCodePointRanges(_a) {
    var caseInsensitive = _a.caseInsensitive, highCodePoint = _a.highCodePoint, lowCodePoint = _a.lowCodePoint;
    if (!caseInsensitive) {
        return [[lowCodePoint, highCodePoint]];
    }
    var codePoints = new Set();
    for (var codePoint = lowCodePoint; codePoint <= highCodePoint; codePoint++) {
        codePoints.add(toUpperCaseCodePoint(codePoint));
    }
    return createRanges(codePoints);
}

function codePointFromValue(_a) {
    var caseInsensitive = _a.caseInsensitive, value = _a.value;
    var codePoint = value.codePoint;
    return caseInsensitive ? toUpperCaseCodePoint(codePoint) : codePoint;
}
function buildValueCharacterReader(_a) {
    var caseInsensitive = _a.caseInsensitive, node = _a.node;
    var codePoint = codePointFromValue({ caseInsensitive: caseInsensitive, value: node });
    return buildArrayReader([
        {
            characterGroups: {
                ranges: [[codePoint, codePoint]],
                rangesNegated: false,
                unicodePropertyEscapes: new Map(),
            },
            node: node,
            stack: [],
            subType: 'groups',
            type: characterReaderTypeCharacterEntry,
        },
    ]);
}

function buildCharacterClassCharacterReader(_a) {
    var e_1, _b;
    var caseInsensitive = _a.caseInsensitive, node = _a.node;
    var ranges = [];
    var unicodePropertyEscapes = new Map();
    var matchesEverything = false;
    try {
        outer: for (var _c = __values(node.body), _d = _c.next(); !_d.done; _d = _c.next()) {
            var expression = _d.value;
            switch (expression.type) {
                case 'value': {
                    var codePoint = codePointFromValue({
                        caseInsensitive: caseInsensitive,
                        value: expression,
                    });
                    ranges.push([codePoint, codePoint]);
                    break;
                }
                case 'characterClassRange': {
                    ranges.push.apply(ranges, __spreadArray([], __read(buildCodePointRanges({
                        caseInsensitive: caseInsensitive,
                        highCodePoint: expression.max.codePoint,
                        lowCodePoint: expression.min.codePoint,
                    })), false));
                    break;
                }
                case 'characterClassEscape': {
                    var value = expression.value;
                    ranges.push.apply(ranges, __spreadArray([], __read(characterClassEscapeToRange(value)), false));
                    break;
                }
                case 'unicodePropertyEscape': {
                    var resolvedNegative = expression.negative !== node.negative;
                    if (unicodePropertyEscapes.get(expression.value) === !resolvedNegative) {
                        matchesEverything = true;
                        break outer;
                    }
                    unicodePropertyEscapes.set(expression.value, resolvedNegative);
                    break;
                }
            }
        }
    }
    catch (e_1_1) { e_1 = { error: e_1_1 }; }
    finally {
        try {
            if (_d && !_d.done && (_b = _c.return)) _b.call(_c);
        }
        finally { if (e_1) throw e_1.error; }
    }
    return buildArrayReader([
        {
            characterGroups: matchesEverything
                ? { ranges: [], rangesNegated: true, unicodePropertyEscapes: new Map() }
                : {
                    ranges: ranges,
                    rangesNegated: node.negative,
                    unicodePropertyEscapes: unicodePropertyEscapes,
                },
            node: node,
            stack: [],
            subType: 'groups',
            type: characterReaderTypeCharacterEntry,
        },
    ]);
}

function buildDisjunctionCharacterReader(_a) {
    var caseInsensitive = _a.caseInsensitive, dotAll = _a.dotAll, node = _a.node;
    return chainReaders([
        buildArrayReader(node.body.slice(0, -1).map(function (part) {
            return {
                reader: function () {
                    return buildCharacterReader({ caseInsensitive: caseInsensitive, dotAll: dotAll, node: part });
                },
                subType: null,
                type: characterReaderTypeSplit,
            };
        })),
        buildCharacterReader({
            caseInsensitive: caseInsensitive,
            dotAll: dotAll,
            node: node.body[node.body.length - 1],
        }),
    ]);
}

function buildDotCharacterReader(_a) {
    var dotAll = _a.dotAll, node = _a.node;
    return __generator(this, function (_b) {
        switch (_b.label) {
            case 0: return [4 /*yield*/, {
                    characterGroups: {
                        ranges: dotAll
                            ? []
                            : // [\n\r\u2028-\u2029]
                                [
                                    [10, 10],
                                    [13, 13],
                                    [8232, 8233],
                                ],
                        rangesNegated: true,
                        unicodePropertyEscapes: new Map(),
                    },
                    node: node,
                    stack: [],
                    subType: 'groups',
                    type: characterReaderTypeCharacterEntry,
                }];
            case 1:
                _b.sent();
                return [2 /*return*/];
        }
    });
}

function buildReferenceCharacterReader(node) {
    return __generator(this, function (_a) {
        switch (_a.label) {
            case 0: return [4 /*yield*/, {
                    node: node,
                    referenceIndex: node.matchIndex,
                    stack: [],
                    subType: 'reference',
                    type: characterReaderTypeCharacterEntry,
                }];
            case 1:
                _a.sent();
                return [2 /*return*/];
        }
    });
}

function buildUnicodePropertyEscapeCharacterReader(node) {
    return buildArrayReader([
        {
            characterGroups: {
                ranges: [],
                rangesNegated: false,
                unicodePropertyEscapes: new Map([[node.value, node.negative]]),
            },
            node: node,
            stack: [],
            subType: 'groups',
            type: characterReaderTypeCharacterEntry,
        },
    ]);
}

var characterReaderTypeCharacterEntry = Symbol('characterReaderTypeCharacterEntry');
var characterReaderTypeSplit = Symbol('characterReaderTypeSplit');
function buildCharacterReader(_a) {
    var caseInsensitive = _a.caseInsensitive, dotAll = _a.dotAll, node = _a.node;
    switch (node.type) {
        case 'anchor':
            return buildAnchorReader(node);
        case 'characterClass':
            return buildCharacterClassCharacterReader({ caseInsensitive: caseInsensitive, node: node });
        case 'characterClassEscape':
            return buildCharacterClassEscapeReader(node);
        case 'unicodePropertyEscape':
            return buildUnicodePropertyEscapeCharacterReader(node);
        case 'reference':
            return buildReferenceCharacterReader(node);
        case 'value':
            return buildValueCharacterReader({ caseInsensitive: caseInsensitive, node: node });
        case 'dot':
            return buildDotCharacterReader({ dotAll: dotAll, node: node });
        case 'alternative':
            return buildSequenceCharacterReader({
                caseInsensitive: caseInsensitive,
                dotAll: dotAll,
                nodes: node.body,
            });
        case 'disjunction':
            return buildDisjunctionCharacterReader({ caseInsensitive: caseInsensitive, dotAll: dotAll, node: node });
        case 'group':
            return buildGroupCharacterReader({ caseInsensitive: caseInsensitive, dotAll: dotAll, node: node });
        case 'quantifier':
            return buildQuantifierCharacterReader({ caseInsensitive: caseInsensitive, dotAll: dotAll, node: node });
    }
}

var characterReaderLevel1TypeSplit = Symbol('characterReaderLevel2TypeSplit');
var characterReaderLevel1TypeEntry = Symbol('characterReaderLevel1TypeEntry');
/**
 * Returns a `CharacterReaderLevel1` which builds on top of
 * `CharacterReaderLevel0` adds a `precedingZeroWidthEntries` property
 * and makes every result map to a character.
 */
function buildCharacterReaderLevel1(_a) {
    var caseInsensitive = _a.caseInsensitive, dotAll = _a.dotAll, node = _a.node;
    var startThread = function (reader, precedingZeroWidthEntries) {
        var next, _loop_1, state_1;
        return __generator(this, function (_a) {
            switch (_a.label) {
                case 0:
                    _loop_1 = function () {
                        var _b, _c, value_1, _precedingZeroWidthEntries_1;
                        return __generator(this, function (_d) {
                            switch (_d.label) {
                                case 0:
                                    _b = next.value.type;
                                    switch (_b) {
                                        case characterReaderTypeCharacterEntry: return [3 /*break*/, 1];
                                        case characterReaderTypeSplit: return [3 /*break*/, 10];
                                    }
                                    return [3 /*break*/, 12];
                                case 1:
                                    _c = next.value.subType;
                                    switch (_c) {
                                        case 'groups': return [3 /*break*/, 2];
                                        case 'reference': return [3 /*break*/, 4];
                                        case 'end': return [3 /*break*/, 6];
                                        case 'null': return [3 /*break*/, 7];
                                        case 'start': return [3 /*break*/, 8];
                                    }
                                    return [3 /*break*/, 9];
                                case 2: return [4 /*yield*/, {
                                        characterGroups: next.value.characterGroups,
                                        node: next.value.node,
                                        precedingZeroWidthEntries: precedingZeroWidthEntries,
                                        stack: next.value.stack,
                                        subType: 'groups',
                                        type: characterReaderLevel1TypeEntry,
                                    }];
                                case 3:
                                    _d.sent();
                                    precedingZeroWidthEntries = [];
                                    return [3 /*break*/, 9];
                                case 4: return [4 /*yield*/, {
                                        node: next.value.node,
                                        precedingZeroWidthEntries: precedingZeroWidthEntries,
                                        referenceIndex: next.value.referenceIndex,
                                        stack: next.value.stack,
                                        subType: next.value.subType,
                                        type: characterReaderLevel1TypeEntry,
                                    }];
                                case 5:
                                    _d.sent();
                                    precedingZeroWidthEntries = [];
                                    return [3 /*break*/, 9];
                                case 6:
                                    {
                                        return [2 /*return*/, { value: {
                                                    bounded: next.value.bounded,
                                                    precedingZeroWidthEntries: precedingZeroWidthEntries,
                                                } }];
                                    }
                                case 7:
                                    {
                                        precedingZeroWidthEntries = __spreadArray(__spreadArray([], __read(precedingZeroWidthEntries), false), [
                                            {
                                                offset: next.value.offset,
                                                stack: next.value.stack,
                                                type: 'null',
                                            },
                                        ], false);
                                        return [3 /*break*/, 9];
                                    }
                                case 8:
                                    {
                                        precedingZeroWidthEntries = __spreadArray(__spreadArray([], __read(precedingZeroWidthEntries), false), [
                                            {
                                                offset: next.value.offset,
                                                stack: next.value.stack,
                                                type: 'start',
                                            },
                                        ], false);
                                        return [3 /*break*/, 9];
                                    }
                                case 9: return [3 /*break*/, 12];
                                case 10:
                                    value_1 = next.value;
                                    _precedingZeroWidthEntries_1 = precedingZeroWidthEntries;
                                    return [4 /*yield*/, {
                                            reader: function () {
                                                return startThread(value_1.reader(), _precedingZeroWidthEntries_1);
                                            },
                                            subType: value_1.subType,
                                            type: characterReaderLevel1TypeSplit,
                                        }];
                                case 11:
                                    _d.sent();
                                    return [3 /*break*/, 12];
                                case 12: return [2 /*return*/];
                            }
                        });
                    };
                    _a.label = 1;
                case 1:
                    if (!!(next = reader.next()).done) return [3 /*break*/, 3];
                    return [5 /*yield**/, _loop_1()];
                case 2:
                    state_1 = _a.sent();
                    if (typeof state_1 === "object")
                        return [2 /*return*/, state_1.value];
                    return [3 /*break*/, 1];
                case 3: return [2 /*return*/, { bounded: false, precedingZeroWidthEntries: precedingZeroWidthEntries }];
            }
        });
    };
    return startThread(buildCharacterReader({ caseInsensitive: caseInsensitive, dotAll: dotAll, node: node }), []);
}

var characterReaderLevel2TypeSplit = Symbol('characterReaderLevel2TypeSplit');
var characterReaderLevel2TypeEntry = Symbol('characterReaderLevel2TypeEntry');
// `InternalReader` is the same as `CharacterReaderLevel1`, except that the `stack` is `CharacterReaderLevel2Stack`
// which can include references
var internalReaderTypeSplit = Symbol('internalReaderTypeSplit');
var internalReaderTypeEntry = Symbol('internalReaderTypeEntry');
function characterReaderLevel1ToInternalReader(characterReaderLevel1) {
    var next, _loop_1;
    return __generator(this, function (_a) {
        switch (_a.label) {
            case 0:
                _loop_1 = function () {
                    var value, _b;
                    return __generator(this, function (_c) {
                        switch (_c.label) {
                            case 0:
                                value = next.value;
                                _b = value.type;
                                switch (_b) {
                                    case characterReaderLevel1TypeSplit: return [3 /*break*/, 1];
                                    case characterReaderLevel1TypeEntry: return [3 /*break*/, 3];
                                }
                                return [3 /*break*/, 5];
                            case 1: return [4 /*yield*/, {
                                    reader: function () {
                                        return characterReaderLevel1ToInternalReader(value.reader());
                                    },
                                    subType: value.subType,
                                    type: internalReaderTypeSplit,
                                }];
                            case 2:
                                _c.sent();
                                return [3 /*break*/, 5];
                            case 3: return [4 /*yield*/, __assign(__assign({}, value), { type: internalReaderTypeEntry })];
                            case 4:
                                _c.sent();
                                return [3 /*break*/, 5];
                            case 5: return [2 /*return*/];
                        }
                    });
                };
                _a.label = 1;
            case 1:
                if (!!(next = characterReaderLevel1.next()).done) return [3 /*break*/, 3];
                return [5 /*yield**/, _loop_1()];
            case 2:
                _a.sent();
                return [3 /*break*/, 1];
            case 3: return [2 /*return*/, next.value];
        }
    });
}
function haveHadCompleteIteration(before, now) {
    var e_1, _a;
    try {
        for (var now_1 = __values(now), now_1_1 = now_1.next(); !now_1_1.done; now_1_1 = now_1.next()) {
            var _b = __read(now_1_1.value, 2), quantifier = _b[0], iterationsNow = _b[1];
            var iterationsBefore = before.get(quantifier) || 0;
            if (iterationsNow - iterationsBefore > 1) {
                return true;
            }
        }
    }
    catch (e_1_1) { e_1 = { error: e_1_1 }; }
    finally {
        try {
            if (now_1_1 && !now_1_1.done && (_a = now_1.return)) _a.call(now_1);
        }
        finally { if (e_1) throw e_1.error; }
    }
    return false;
}
function getGroupContentsReader(_a) {
    var group, groupContents, groupLookaheadStack, _b, _c, groupEntry, e_2_1;
    var e_2, _d;
    var groupContentsStore = _a.groupContentsStore, groups = _a.groups, groupsWithInfiniteSize = _a.groupsWithInfiniteSize, nodeExtra = _a.nodeExtra, value = _a.value;
    return __generator(this, function (_e) {
        switch (_e.label) {
            case 0:
                group = mustGet(nodeExtra.indexToCapturingGroup, value.referenceIndex);
                groupContents = groupContentsStore.get(value.referenceIndex) || {
                    contents: [],
                    group: group,
                };
                groupLookaheadStack = dropCommon(mustGet(nodeExtra.nodeToLookaheadStack, groupContents.group), mustGet(nodeExtra.nodeToLookaheadStack, value.node)).a;
                if (groupLookaheadStack.length) {
                    if (groupLookaheadStack.some(function (_a) {
                        var behavior = _a.behavior;
                        return behavior === 'negativeLookahead' || behavior === 'negativeLookbehind';
                    })) {
                        return [2 /*return*/, { bounded: false, precedingZeroWidthEntries: [] }];
                    }
                    throw new Error("Unsupported reference (".concat(value.referenceIndex, " at position ").concat(value.node.range[0], "). Pattern needs downgrading. See the `downgradePattern` option."));
                }
                if (groups.has(groupContents.group) /* reference is inside group being referenced */) {
                    return [2 /*return*/, { bounded: false, precedingZeroWidthEntries: [] }];
                }
                if (groupsWithInfiniteSize.has(value.referenceIndex)) {
                    throw new Error("Unsupported reference to group ".concat(value.referenceIndex, " as group is not a finite size. Pattern needs downgrading. See the `downgradePattern` option."));
                }
                _e.label = 1;
            case 1:
                _e.trys.push([1, 6, 7, 8]);
                _b = __values(groupContents.contents), _c = _b.next();
                _e.label = 2;
            case 2:
                if (!!_c.done) return [3 /*break*/, 5];
                groupEntry = _c.value;
                return [4 /*yield*/, {
                        characterGroups: groupEntry.characterGroups,
                        node: groupEntry.node,
                        precedingZeroWidthEntries: groupEntry.precedingZeroWidthEntries,
                        stack: __spreadArray(__spreadArray(__spreadArray([], __read(groupEntry.stack), false), [
                            {
                                reference: value.node,
                                type: "reference",
                            }
                        ], false), __read(value.stack), false),
                        subType: 'groups',
                        type: internalReaderTypeEntry,
                    }];
            case 3:
                _e.sent();
                _e.label = 4;
            case 4:
                _c = _b.next();
                return [3 /*break*/, 2];
            case 5: return [3 /*break*/, 8];
            case 6:
                e_2_1 = _e.sent();
                e_2 = { error: e_2_1 };
                return [3 /*break*/, 8];
            case 7:
                try {
                    if (_c && !_c.done && (_d = _b.return)) _d.call(_b);
                }
                finally { if (e_2) throw e_2.error; }
                return [7 /*endfinally*/];
            case 8: return [2 /*return*/, { bounded: false, precedingZeroWidthEntries: [] }];
        }
    });
}
/**
 * Returns a `CharacterReaderLevel2` which builds on top of
 * `CharacterReaderLevel1` but replaces references with their
 * contents and includes the backreference stack.
 */
function buildCharacterReaderLevel2(_a) {
    var caseInsensitive = _a.caseInsensitive, dotAll = _a.dotAll, node = _a.node, nodeExtra = _a.nodeExtra;
    var startThread = function (state) {
        var _loop_2, state_1;
        return __generator(this, function (_a) {
            switch (_a.label) {
                case 0:
                    _loop_2 = function () {
                        var precedingZeroWidthEntries, groupsWithInfiniteSize, groupContentsStore, quantifierIterationsAtLastGroup, characterReader, referenceCharacterReaderWithReference, activeCharacterReader, result, value, _b, _groupContentsStore_1, _quantifierIterationsAtLastGroup_1, _groupsWithInfiniteSize_1, _precedingZeroWidthEntries_1, quantifierIterations, lookaheadStack, groups, _c, groupContentsReader, newGroupContentsStore, groupContentsStore_1, groupContentsStore_1_1, _d, index, group, offsets, offsets_1, offsets_1_1, offset, groupInfiniteSize, reversedStack, referenceStackIndex, noneReferenceStackPortion, _loop_3, noneReferenceStackPortion_1, noneReferenceStackPortion_1_1, stackEntry;
                        var e_3, _e, e_4, _f, e_5, _g;
                        return __generator(this, function (_h) {
                            switch (_h.label) {
                                case 0:
                                    precedingZeroWidthEntries = state.precedingZeroWidthEntries, groupsWithInfiniteSize = state.groupsWithInfiniteSize, groupContentsStore = state.groupContentsStore, quantifierIterationsAtLastGroup = state.quantifierIterationsAtLastGroup;
                                    characterReader = state.characterReader, referenceCharacterReaderWithReference = state.referenceCharacterReaderWithReference;
                                    activeCharacterReader = (referenceCharacterReaderWithReference === null || referenceCharacterReaderWithReference === void 0 ? void 0 : referenceCharacterReaderWithReference.reader) || characterReader;
                                    result = activeCharacterReader.next();
                                    if (result.done) {
                                        if (referenceCharacterReaderWithReference) {
                                            /* istanbul ignore next */
                                            if (result.value.bounded) {
                                                // for this to happen it means we must be inside a group (from a reference)
                                                // that contains `$`
                                                // but we should have stopped reading when the `$` was hit the first time
                                                // e.g `($)\1` should not reach the `\1`
                                                throw new Error('Internal error: end of reference reader cannot be bounded');
                                            }
                                            state = {
                                                characterReader: characterReader,
                                                groupContentsStore: groupContentsStore,
                                                groupsWithInfiniteSize: groupsWithInfiniteSize,
                                                precedingZeroWidthEntries: __spreadArray(__spreadArray([], __read(precedingZeroWidthEntries), false), __read(result.value.precedingZeroWidthEntries), false),
                                                quantifierIterationsAtLastGroup: quantifierIterationsAtLastGroup,
                                                referenceCharacterReaderWithReference: null,
                                            };
                                            return [2 /*return*/, "continue-outer"];
                                        }
                                        return [2 /*return*/, { value: {
                                                    bounded: result.value.bounded,
                                                    precedingZeroWidthEntries: __spreadArray(__spreadArray([], __read(precedingZeroWidthEntries), false), __read(result.value.precedingZeroWidthEntries), false),
                                                    type: 'end',
                                                } }];
                                    }
                                    value = result.value;
                                    _b = value.type;
                                    switch (_b) {
                                        case internalReaderTypeSplit: return [3 /*break*/, 1];
                                        case internalReaderTypeEntry: return [3 /*break*/, 3];
                                    }
                                    return [3 /*break*/, 7];
                                case 1:
                                    /* istanbul ignore next */
                                    if (referenceCharacterReaderWithReference) {
                                        throw new Error('Internal error: should not be seeing a split from a reference reader');
                                    }
                                    _groupContentsStore_1 = groupContentsStore;
                                    _quantifierIterationsAtLastGroup_1 = quantifierIterationsAtLastGroup;
                                    _groupsWithInfiniteSize_1 = groupsWithInfiniteSize;
                                    _precedingZeroWidthEntries_1 = precedingZeroWidthEntries;
                                    return [4 /*yield*/, {
                                            reader: function () {
                                                return startThread({
                                                    characterReader: buildForkableReader(value.reader()),
                                                    groupContentsStore: _groupContentsStore_1,
                                                    groupsWithInfiniteSize: _groupsWithInfiniteSize_1,
                                                    precedingZeroWidthEntries: _precedingZeroWidthEntries_1,
                                                    quantifierIterationsAtLastGroup: _quantifierIterationsAtLastGroup_1,
                                                    referenceCharacterReaderWithReference: referenceCharacterReaderWithReference,
                                                });
                                            },
                                            subType: value.subType,
                                            type: characterReaderLevel2TypeSplit,
                                        }];
                                case 2:
                                    _h.sent();
                                    return [3 /*break*/, 7];
                                case 3:
                                    precedingZeroWidthEntries = __spreadArray(__spreadArray([], __read(precedingZeroWidthEntries), false), __read(value.precedingZeroWidthEntries), false);
                                    quantifierIterations = buildQuantifierIterations(value.stack);
                                    lookaheadStack = getLookaheadStack(value.stack);
                                    groups = getGroups(value.stack);
                                    _c = value.subType;
                                    switch (_c) {
                                        case 'reference': return [3 /*break*/, 4];
                                        case 'groups': return [3 /*break*/, 5];
                                    }
                                    return [3 /*break*/, 7];
                                case 4:
                                    {
                                        /* istanbul ignore next */
                                        if (referenceCharacterReaderWithReference) {
                                            throw new Error('Internal error: should not be seeing a reference from a reference reader');
                                        }
                                        if (haveHadCompleteIteration(quantifierIterationsAtLastGroup, quantifierIterations)) {
                                            return [2 /*return*/, { value: {
                                                        type: 'abort',
                                                    } }];
                                        }
                                        groupContentsReader = buildForkableReader(getGroupContentsReader({
                                            groupContentsStore: groupContentsStore,
                                            groups: groups,
                                            groupsWithInfiniteSize: groupsWithInfiniteSize,
                                            nodeExtra: nodeExtra,
                                            value: value,
                                        }));
                                        state = {
                                            characterReader: characterReader,
                                            groupContentsStore: groupContentsStore,
                                            groupsWithInfiniteSize: groupsWithInfiniteSize,
                                            precedingZeroWidthEntries: precedingZeroWidthEntries,
                                            quantifierIterationsAtLastGroup: quantifierIterationsAtLastGroup,
                                            referenceCharacterReaderWithReference: {
                                                reader: groupContentsReader,
                                                reference: value.node,
                                            },
                                        };
                                        return [3 /*break*/, 7];
                                    }
                                case 5:
                                    newGroupContentsStore = new Map(groupContentsStore);
                                    if (!referenceCharacterReaderWithReference) {
                                        try {
                                            // Clear groups that are now ahead
                                            // This can happen when a quantifier containing a group restarts
                                            for (groupContentsStore_1 = (e_3 = void 0, __values(groupContentsStore)), groupContentsStore_1_1 = groupContentsStore_1.next(); !groupContentsStore_1_1.done; groupContentsStore_1_1 = groupContentsStore_1.next()) {
                                                _d = __read(groupContentsStore_1_1.value, 2), index = _d[0], group = _d[1].group;
                                                offsets = __spreadArray(__spreadArray([], __read(precedingZeroWidthEntries.map(function (_a) {
                                                    var offset = _a.offset;
                                                    return offset;
                                                })), false), [
                                                    value.node.range[0],
                                                ], false);
                                                try {
                                                    for (offsets_1 = (e_4 = void 0, __values(offsets)), offsets_1_1 = offsets_1.next(); !offsets_1_1.done; offsets_1_1 = offsets_1.next()) {
                                                        offset = offsets_1_1.value;
                                                        if (group.range[0] >= offset) {
                                                            newGroupContentsStore.delete(index);
                                                            break;
                                                        }
                                                    }
                                                }
                                                catch (e_4_1) { e_4 = { error: e_4_1 }; }
                                                finally {
                                                    try {
                                                        if (offsets_1_1 && !offsets_1_1.done && (_f = offsets_1.return)) _f.call(offsets_1);
                                                    }
                                                    finally { if (e_4) throw e_4.error; }
                                                }
                                            }
                                        }
                                        catch (e_3_1) { e_3 = { error: e_3_1 }; }
                                        finally {
                                            try {
                                                if (groupContentsStore_1_1 && !groupContentsStore_1_1.done && (_e = groupContentsStore_1.return)) _e.call(groupContentsStore_1);
                                            }
                                            finally { if (e_3) throw e_3.error; }
                                        }
                                    }
                                    groupInfiniteSize = false;
                                    reversedStack = __spreadArray([], __read(value.stack), false).reverse();
                                    referenceStackIndex = reversedStack.findIndex(function (_a) {
                                        var type = _a.type;
                                        return type === 'reference';
                                    });
                                    noneReferenceStackPortion = reversedStack.slice(0, referenceStackIndex >= 0
                                        ? referenceStackIndex
                                        : value.stack.length);
                                    _loop_3 = function (stackEntry) {
                                        if (stackEntry.type === 'quantifier' &&
                                            stackEntry.quantifier.max === undefined) {
                                            groupInfiniteSize = true;
                                            return "continue";
                                        }
                                        else if (stackEntry.type !== 'group') {
                                            return "continue";
                                        }
                                        var group = stackEntry.group;
                                        if (group.behavior === 'lookbehind' ||
                                            group.behavior === 'negativeLookbehind' ||
                                            group.behavior === 'negativeLookahead' ||
                                            group.behavior === 'lookahead') {
                                            groupInfiniteSize = false;
                                            return "continue";
                                        }
                                        if (group.behavior !== 'normal') {
                                            return "continue";
                                        }
                                        var index = mustGet(nodeExtra.capturingGroupToIndex, group);
                                        if (groupInfiniteSize) {
                                            var newGroupsWithInfiniteSize = new Set(groupsWithInfiniteSize);
                                            newGroupsWithInfiniteSize.add(index);
                                            groupsWithInfiniteSize = newGroupsWithInfiniteSize;
                                        }
                                        var contents = newGroupContentsStore.get(index) || {
                                            contents: [],
                                            group: group,
                                        };
                                        newGroupContentsStore.set(index, __assign(__assign({}, contents), { contents: __spreadArray(__spreadArray([], __read(contents.contents), false), [
                                                __assign(__assign({}, value), { precedingZeroWidthEntries: precedingZeroWidthEntries.filter(function (_a) {
                                                        var offset = _a.offset;
                                                        // only include entries that are within the group
                                                        // e.g `^` in (^a) but not `^(a)`
                                                        return offset >= group.range[0] &&
                                                            offset <= group.range[1];
                                                    }) }),
                                            ], false) }));
                                    };
                                    try {
                                        for (noneReferenceStackPortion_1 = (e_5 = void 0, __values(noneReferenceStackPortion)), noneReferenceStackPortion_1_1 = noneReferenceStackPortion_1.next(); !noneReferenceStackPortion_1_1.done; noneReferenceStackPortion_1_1 = noneReferenceStackPortion_1.next()) {
                                            stackEntry = noneReferenceStackPortion_1_1.value;
                                            _loop_3(stackEntry);
                                        }
                                    }
                                    catch (e_5_1) { e_5 = { error: e_5_1 }; }
                                    finally {
                                        try {
                                            if (noneReferenceStackPortion_1_1 && !noneReferenceStackPortion_1_1.done && (_g = noneReferenceStackPortion_1.return)) _g.call(noneReferenceStackPortion_1);
                                        }
                                        finally { if (e_5) throw e_5.error; }
                                    }
                                    groupContentsStore = newGroupContentsStore;
                                    quantifierIterationsAtLastGroup = quantifierIterations;
                                    return [4 /*yield*/, {
                                            characterGroups: value.characterGroups,
                                            groups: groups,
                                            lookaheadStack: lookaheadStack,
                                            node: value.node,
                                            precedingZeroWidthEntries: precedingZeroWidthEntries,
                                            stack: value.stack,
                                            type: characterReaderLevel2TypeEntry,
                                        }];
                                case 6:
                                    _h.sent();
                                    precedingZeroWidthEntries = [];
                                    state = {
                                        characterReader: characterReader,
                                        groupContentsStore: groupContentsStore,
                                        groupsWithInfiniteSize: groupsWithInfiniteSize,
                                        precedingZeroWidthEntries: precedingZeroWidthEntries,
                                        quantifierIterationsAtLastGroup: quantifierIterationsAtLastGroup,
                                        referenceCharacterReaderWithReference: referenceCharacterReaderWithReference,
                                    };
                                    return [3 /*break*/, 7];
                                case 7: return [2 /*return*/];
                            }
                        });
                    };
                    _a.label = 1;
                case 1: return [5 /*yield**/, _loop_2()];
                case 2:
                    state_1 = _a.sent();
                    if (typeof state_1 === "object")
                        return [2 /*return*/, state_1.value];
                    switch (state_1) {
                        case "continue-outer": return [3 /*break*/, 3];
                    }
                    _a.label = 3;
                case 3: return [3 /*break*/, 1];
                case 4: return [2 /*return*/];
            }
        });
    };
    return startThread({
        characterReader: buildForkableReader(characterReaderLevel1ToInternalReader(buildCharacterReaderLevel1({ caseInsensitive: caseInsensitive, dotAll: dotAll, node: node }))),
        groupContentsStore: new Map(),
        groupsWithInfiniteSize: new Set(),
        precedingZeroWidthEntries: [],
        quantifierIterationsAtLastGroup: new Map(),
        referenceCharacterReaderWithReference: null,
    });
}

var InfiniteLoopTracker = /** @class */ (function () {
    function InfiniteLoopTracker(isEqual, source) {
        this._history = [];
        this._isEqual = isEqual;
        if (source) {
            this._history = __spreadArray([], __read(source.getHistory()), false);
        }
    }
    InfiniteLoopTracker.prototype._isEntryEqual = function (a, b) {
        return this._isEqual(a.left, b.left) && this._isEqual(a.right, b.right);
    };
    InfiniteLoopTracker.prototype.append = function (entry) {
        this._history.push(entry);
    };
    InfiniteLoopTracker.prototype.clone = function () {
        return new InfiniteLoopTracker(this._isEqual, this);
    };
    InfiniteLoopTracker.prototype.getHistory = function () {
        return __spreadArray([], __read(this._history), false);
    };
    InfiniteLoopTracker.prototype.getRepeatingEntries = function () {
        var length = this._history.length;
        outer: for (var candidateSize = 1; candidateSize <= length / 2; candidateSize++) {
            var candidateStart = length - candidateSize * 2;
            for (var i = 0; i < candidateSize; i++) {
                if (!this._isEntryEqual(this._history[candidateStart + i], this._history[candidateStart + candidateSize + i])) {
                    continue outer;
                }
            }
            return this._history.slice(candidateStart, candidateStart + candidateSize);
        }
        return null;
    };
    return InfiniteLoopTracker;
}());

function once(fn) {
    var done = false;
    var res;
    return function () {
        if (!done) {
            done = true;
            res = fn();
        }
        return res;
    };
}

var isUnboundedReaderTypeStep = Symbol('isUnboundedReaderTypeStep');
var notNewLine = {
    ranges: 
    // [\n\r\u2028-\u2029]
    [
        [10, 10],
        [13, 13],
        [8232, 8233],
    ],
    rangesNegated: true,
    unicodePropertyEscapes: new Map(),
};
/*
 * A reader that returns `true` if there could be nothing after the current
 * point  from the input reader.
 * I.e. anything that didn't match would fall outside the pattern
 * like the `b` in `aab` with pattern `^a+`
 */
function isUnboundedReader(_a) {
    var reader, stack, _loop_1, state_1;
    var multiLine = _a.multiLine, inputReader = _a.reader;
    return __generator(this, function (_b) {
        switch (_b.label) {
            case 0:
                reader = fork(inputReader);
                stack = [{ get: once(function () { return reader.next(); }), reader: reader }];
                _loop_1 = function () {
                    var frame, next, value, splitReader_1, isNewLine;
                    return __generator(this, function (_c) {
                        switch (_c.label) {
                            case 0:
                                frame = stack.pop();
                                if (!frame)
                                    return [2 /*return*/, "break"];
                                return [4 /*yield*/, {
                                        type: isUnboundedReaderTypeStep,
                                    }];
                            case 1:
                                _c.sent();
                                next = frame.get();
                                if (next.done) {
                                    if (next.value.type === 'end' && !next.value.bounded) {
                                        return [2 /*return*/, { value: true }];
                                    }
                                }
                                else {
                                    switch (next.value.type) {
                                        case characterReaderLevel2TypeSplit: {
                                            value = next.value;
                                            stack.push({
                                                get: once(function () { return frame.reader.next(); }),
                                                reader: frame.reader,
                                            });
                                            if (value.subType === null) {
                                                splitReader_1 = value.reader();
                                                stack.push({
                                                    get: once(function () { return splitReader_1.next(); }),
                                                    reader: splitReader_1,
                                                });
                                            }
                                            break;
                                        }
                                        case characterReaderLevel2TypeEntry: {
                                            if (multiLine) {
                                                isNewLine = isEmptyCharacterGroups(intersectCharacterGroups(notNewLine, next.value.characterGroups));
                                                if (isNewLine) {
                                                    stack.push({
                                                        get: once(function () { return frame.reader.next(); }),
                                                        reader: frame.reader,
                                                    });
                                                }
                                            }
                                            break;
                                        }
                                    }
                                }
                                return [2 /*return*/];
                        }
                    });
                };
                _b.label = 1;
            case 1: return [5 /*yield**/, _loop_1()];
            case 2:
                state_1 = _b.sent();
                if (typeof state_1 === "object")
                    return [2 /*return*/, state_1.value];
                if (state_1 === "break")
                    return [3 /*break*/, 4];
                _b.label = 3;
            case 3: return [3 /*break*/, 1];
            case 4: return [2 /*return*/, false];
        }
    });
}

function mergeSets(a, b) {
    return new Set(__spreadArray(__spreadArray([], __read(a), false), __read(b), false));
}
function areSetsEqual(a, b) {
    return a.size === b.size && mergeSets(a, b).size === a.size;
}

var checkerReaderTypeTrail = Symbol('checkerReaderTypeTrail');
function areInfiniteLoopTrackerEntriesEqual(left, right) {
    return left === right;
}
function buildContextTrail(stack, asteriskInfinite) {
    return stack
        .map(function (entry) {
        switch (entry.type) {
            case 'quantifier': {
                return "q:".concat(entry.quantifier.range[0], ":").concat(asteriskInfinite &&
                    entry.quantifier.max === undefined &&
                    entry.iteration >= entry.quantifier.min
                    ? '*'
                    : "".concat(entry.iteration));
            }
            case 'reference': {
                return "r:".concat(entry.reference.range[0]);
            }
            case 'group': {
                return "g:".concat(entry.group.range[0]);
            }
        }
    })
        .filter(Boolean)
        .join(',');
}
function atomicGroupHashesFromStack(stack, atomicGroupOffsets) {
    var res = new Set();
    for (var i = 0; i < stack.length; i++) {
        var stackEntry = stack[i];
        if (stackEntry.type === 'group' &&
            atomicGroupOffsets.has(stackEntry.group.range[0])) {
            res.add(buildContextTrail(stack.slice(0, i + 1), false));
        }
    }
    return res;
}
function buildZeroWidthHash(zeroWidthEntry) {
    return [
        zeroWidthEntry.type,
        zeroWidthEntry.offset,
        buildContextTrail(zeroWidthEntry.stack, false),
    ].join(':');
}
function getStackSequence(value, hash) {
    return __spreadArray(__spreadArray([], __read(value.precedingZeroWidthEntries.map(function (a) { return ({
        hash: ['zw', buildZeroWidthHash(a)].join(':'),
        stack: a.stack,
    }); })), false), [
        { hash: ['s', hash].join(':'), stack: value.stack },
    ], false);
}
function areSidesEqual(a, b) {
    return a.hash === b.hash;
}
/**
 * Takes a left and right `CharacterReaderLevel2` and runs them against each other.
 *
 * Emits a trail when left and right differ, as it means there are 2 different ways of matching the same
 * trail up to that point.
 */
function buildCheckerReader(input) {
    var trails, trailEntriesAtStartOfLoop, infiniteLoopTrackerEntryToTrailEntry, stepCount, latestEndTime, timedOut, infinite, initialLeftStreamReader, initialRightStreamReader, stack, _loop_1, state_1, trails_1, trails_1_1, trail, error;
    var e_1, _a;
    return __generator(this, function (_b) {
        switch (_b.label) {
            case 0:
                trails = new Set();
                trailEntriesAtStartOfLoop = new Set();
                infiniteLoopTrackerEntryToTrailEntry = new Map();
                stepCount = 0;
                latestEndTime = Date.now() + input.timeout;
                timedOut = false;
                infinite = false;
                initialLeftStreamReader = buildForkableReader(input.leftStreamReader);
                initialRightStreamReader = buildForkableReader(input.rightStreamReader);
                stack = [
                    {
                        infiniteLoopTracker: new InfiniteLoopTracker(areInfiniteLoopTrackerEntriesEqual),
                        streamReadersWithGetters: [
                            {
                                get: once(function () { return initialLeftStreamReader.next(); }),
                                reader: initialLeftStreamReader,
                            },
                            {
                                get: once(function () { return initialRightStreamReader.next(); }),
                                reader: initialRightStreamReader,
                            },
                        ],
                        trail: [],
                    },
                ];
                _loop_1 = function () {
                    var entry, streamReadersWithGetters, infiniteLoopTracker, trail, nextValues, _loop_2, i, state_2, _c, leftNextValue, rightNextValue, leftValue, rightValue, leftPassedStartAnchor, rightPassedStartAnchor, somethingPassedStartAnchor, leftLookahead, rightLookahead, intersection, leftContextTrail, rightContextTrail, newEntryLeftHash, newEntryRightHash, lastTrailEntry, atomicGroupsEnteredTogetherLeft, atomicGroupsEnteredTogetherRight, diverged, leftStackSequence, rightStackSequence, i, leftStack, rightStack, atomicGroupsNow, atomicGroupsNow_1, atomicGroupsNow_1_1, group, atomicGroupsNowLeft, atomicGroupsEnteredTogetherLeft_1, atomicGroupsEnteredTogetherLeft_1_1, group, atomicGroupsNowRight, atomicGroupsEnteredTogetherRight_1, atomicGroupsEnteredTogetherRight_1_1, group, newEntryLeft, newEntryRight, newEntry, leftQuantifiersInInfiniteProportion, leftAndRightIdentical, infiniteLoopTrackerEntry, repeatingEntries, entryAtStartOfLoop, sidesEqual, leftUnboundedReader, leftUnboundedCheckReaderNext, leftUnbounded, rightUnboundedReader, rightUnboundedCheckReaderNext, rightUnbounded, shouldEmitTrail;
                    var e_2, _d, e_3, _e, e_4, _f;
                    return __generator(this, function (_g) {
                        switch (_g.label) {
                            case 0:
                                timedOut = Date.now() > latestEndTime;
                                if (timedOut || stepCount > input.maxSteps) {
                                    return [2 /*return*/, "break"];
                                }
                                entry = stack.pop();
                                if (!entry)
                                    return [2 /*return*/, "break"];
                                streamReadersWithGetters = entry.streamReadersWithGetters;
                                infiniteLoopTracker = entry.infiniteLoopTracker;
                                trail = entry.trail;
                                nextValues = [];
                                _loop_2 = function (i) {
                                    stepCount += 0.5;
                                    var result = streamReadersWithGetters[i].get();
                                    if (!result.done &&
                                        result.value.type === characterReaderLevel2TypeSplit) {
                                        var value_1 = result.value;
                                        stack.push({
                                            infiniteLoopTracker: infiniteLoopTracker,
                                            streamReadersWithGetters: streamReadersWithGetters.map(function (_a, j) {
                                                var reader = _a.reader, get = _a.get;
                                                return ({
                                                    get: j === i ? once(function () { return reader.next(); }) : get,
                                                    reader: reader,
                                                });
                                            }),
                                            trail: trail,
                                        });
                                        var newStreamReadersWithGetters = streamReadersWithGetters.map(function (_a, j) {
                                            var reader = _a.reader, get = _a.get;
                                            var newReader = j === i ? buildForkableReader(value_1.reader()) : fork(reader);
                                            return {
                                                get: j < i ? get : once(function () { return newReader.next(); }),
                                                reader: newReader,
                                            };
                                        });
                                        stack.push({
                                            infiniteLoopTracker: infiniteLoopTracker.clone(),
                                            streamReadersWithGetters: newStreamReadersWithGetters,
                                            trail: trail,
                                        });
                                        return "continue-outer";
                                    }
                                    else {
                                        nextValues.push(result);
                                    }
                                };
                                for (i = 0; i < streamReadersWithGetters.length; i++) {
                                    state_2 = _loop_2(i);
                                    switch (state_2) {
                                        case "continue-outer": return [2 /*return*/, state_2];
                                    }
                                }
                                _c = __read(nextValues, 2), leftNextValue = _c[0], rightNextValue = _c[1];
                                if (stepCount > input.maxSteps ||
                                    leftNextValue.done ||
                                    rightNextValue.done) {
                                    return [2 /*return*/, "continue"];
                                }
                                /* istanbul ignore next */
                                if (leftNextValue.value.type !== characterReaderLevel2TypeEntry ||
                                    rightNextValue.value.type !== characterReaderLevel2TypeEntry) {
                                    throw new Error('Internal error: impossible leftValue/rightValue type');
                                }
                                leftValue = leftNextValue.value;
                                rightValue = rightNextValue.value;
                                leftPassedStartAnchor = leftValue.precedingZeroWidthEntries.some(function (_a) {
                                    var type = _a.type;
                                    return type === 'start';
                                });
                                rightPassedStartAnchor = rightValue.precedingZeroWidthEntries.some(function (_a) {
                                    var type = _a.type;
                                    return type === 'start';
                                });
                                somethingPassedStartAnchor = leftPassedStartAnchor || rightPassedStartAnchor;
                                if (trail.length > 0 && somethingPassedStartAnchor) {
                                    return [2 /*return*/, "continue"];
                                }
                                leftLookahead = last(leftValue.lookaheadStack);
                                rightLookahead = last(rightValue.lookaheadStack);
                                if (leftLookahead !== rightLookahead) {
                                    return [2 /*return*/, "continue"];
                                }
                                intersection = intersectCharacterGroups(leftValue.characterGroups, rightValue.characterGroups);
                                if (isEmptyCharacterGroups(intersection)) {
                                    return [2 /*return*/, "continue"];
                                }
                                leftContextTrail = buildContextTrail(leftValue.stack, false);
                                rightContextTrail = buildContextTrail(rightValue.stack, false);
                                newEntryLeftHash = [leftValue.node.range[0], leftContextTrail].join(':');
                                newEntryRightHash = [
                                    rightValue.node.range[0],
                                    rightContextTrail,
                                ].join(':');
                                lastTrailEntry = last(trail);
                                atomicGroupsEnteredTogetherLeft = new Set(lastTrailEntry === null || lastTrailEntry === void 0 ? void 0 : lastTrailEntry.left.atomicGroupsEnteredTogether);
                                atomicGroupsEnteredTogetherRight = new Set(lastTrailEntry === null || lastTrailEntry === void 0 ? void 0 : lastTrailEntry.right.atomicGroupsEnteredTogether);
                                diverged = !!(lastTrailEntry === null || lastTrailEntry === void 0 ? void 0 : lastTrailEntry.diverged);
                                if (!diverged) {
                                    leftStackSequence = getStackSequence(leftValue, newEntryLeftHash);
                                    rightStackSequence = getStackSequence(rightValue, newEntryRightHash);
                                    for (i = 0; 
                                    // if they are different lengths the last hashes should never match because will be comparing a zero width with normal entry
                                    i < Math.min(leftStackSequence.length, rightStackSequence.length); i++) {
                                        leftStack = leftStackSequence[i];
                                        rightStack = rightStackSequence[i];
                                        if (leftStack.hash !== rightStack.hash) {
                                            diverged = true;
                                            break;
                                        }
                                        atomicGroupsNow = atomicGroupHashesFromStack(leftStack.stack, input.atomicGroupOffsets);
                                        try {
                                            for (atomicGroupsNow_1 = (e_2 = void 0, __values(atomicGroupsNow)), atomicGroupsNow_1_1 = atomicGroupsNow_1.next(); !atomicGroupsNow_1_1.done; atomicGroupsNow_1_1 = atomicGroupsNow_1.next()) {
                                                group = atomicGroupsNow_1_1.value;
                                                atomicGroupsEnteredTogetherLeft.add(group);
                                                atomicGroupsEnteredTogetherRight.add(group);
                                            }
                                        }
                                        catch (e_2_1) { e_2 = { error: e_2_1 }; }
                                        finally {
                                            try {
                                                if (atomicGroupsNow_1_1 && !atomicGroupsNow_1_1.done && (_d = atomicGroupsNow_1.return)) _d.call(atomicGroupsNow_1);
                                            }
                                            finally { if (e_2) throw e_2.error; }
                                        }
                                    }
                                }
                                atomicGroupsNowLeft = atomicGroupHashesFromStack(leftValue.stack, input.atomicGroupOffsets);
                                try {
                                    for (atomicGroupsEnteredTogetherLeft_1 = (e_3 = void 0, __values(atomicGroupsEnteredTogetherLeft)), atomicGroupsEnteredTogetherLeft_1_1 = atomicGroupsEnteredTogetherLeft_1.next(); !atomicGroupsEnteredTogetherLeft_1_1.done; atomicGroupsEnteredTogetherLeft_1_1 = atomicGroupsEnteredTogetherLeft_1.next()) {
                                        group = atomicGroupsEnteredTogetherLeft_1_1.value;
                                        if (!atomicGroupsNowLeft.has(group)) {
                                            atomicGroupsEnteredTogetherLeft.delete(group);
                                        }
                                    }
                                }
                                catch (e_3_1) { e_3 = { error: e_3_1 }; }
                                finally {
                                    try {
                                        if (atomicGroupsEnteredTogetherLeft_1_1 && !atomicGroupsEnteredTogetherLeft_1_1.done && (_e = atomicGroupsEnteredTogetherLeft_1.return)) _e.call(atomicGroupsEnteredTogetherLeft_1);
                                    }
                                    finally { if (e_3) throw e_3.error; }
                                }
                                atomicGroupsNowRight = atomicGroupHashesFromStack(rightValue.stack, input.atomicGroupOffsets);
                                try {
                                    for (atomicGroupsEnteredTogetherRight_1 = (e_4 = void 0, __values(atomicGroupsEnteredTogetherRight)), atomicGroupsEnteredTogetherRight_1_1 = atomicGroupsEnteredTogetherRight_1.next(); !atomicGroupsEnteredTogetherRight_1_1.done; atomicGroupsEnteredTogetherRight_1_1 = atomicGroupsEnteredTogetherRight_1.next()) {
                                        group = atomicGroupsEnteredTogetherRight_1_1.value;
                                        if (!atomicGroupsNowRight.has(group)) {
                                            atomicGroupsEnteredTogetherRight.delete(group);
                                        }
                                    }
                                }
                                catch (e_4_1) { e_4 = { error: e_4_1 }; }
                                finally {
                                    try {
                                        if (atomicGroupsEnteredTogetherRight_1_1 && !atomicGroupsEnteredTogetherRight_1_1.done && (_f = atomicGroupsEnteredTogetherRight_1.return)) _f.call(atomicGroupsEnteredTogetherRight_1);
                                    }
                                    finally { if (e_4) throw e_4.error; }
                                }
                                newEntryLeft = {
                                    atomicGroupsEnteredTogether: atomicGroupsEnteredTogetherLeft,
                                    characterGroups: leftValue.characterGroups,
                                    contextTrail: leftContextTrail,
                                    hash: newEntryLeftHash,
                                    node: leftValue.node,
                                    stack: leftValue.stack,
                                };
                                newEntryRight = {
                                    atomicGroupsEnteredTogether: atomicGroupsEnteredTogetherRight,
                                    characterGroups: rightValue.characterGroups,
                                    contextTrail: rightContextTrail,
                                    hash: newEntryRightHash,
                                    node: rightValue.node,
                                    stack: rightValue.stack,
                                };
                                newEntry = {
                                    diverged: diverged,
                                    intersection: intersection,
                                    left: newEntryLeft,
                                    right: newEntryRight,
                                };
                                trail = __spreadArray(__spreadArray([], __read(trail), false), [newEntry], false);
                                leftQuantifiersInInfiniteProportion = buildQuantifiersInInfinitePortion(leftValue.stack, input.nodeExtra);
                                if (leftQuantifiersInInfiniteProportion.size > 0) {
                                    leftAndRightIdentical = trail.every(function (_a) {
                                        var left = _a.left, right = _a.right;
                                        return areSidesEqual(left, right);
                                    });
                                    if (leftAndRightIdentical) {
                                        return [2 /*return*/, "continue"];
                                    }
                                }
                                infiniteLoopTrackerEntry = {
                                    left: [
                                        leftValue.node.range[0],
                                        buildContextTrail(leftValue.stack, true),
                                    ].join(':'),
                                    right: [
                                        rightValue.node.range[0],
                                        buildContextTrail(leftValue.stack, true),
                                    ].join(':'),
                                };
                                infiniteLoopTrackerEntryToTrailEntry.set(infiniteLoopTrackerEntry, newEntry);
                                infiniteLoopTracker.append(infiniteLoopTrackerEntry);
                                repeatingEntries = infiniteLoopTracker.getRepeatingEntries();
                                if (repeatingEntries) {
                                    entryAtStartOfLoop = infiniteLoopTrackerEntryToTrailEntry.get(repeatingEntries[0]);
                                    /* istanbul ignore next */
                                    if (!entryAtStartOfLoop) {
                                        throw new Error('Internal error: missing entry at start of loop');
                                    }
                                    trailEntriesAtStartOfLoop.add(entryAtStartOfLoop);
                                    return [2 /*return*/, "continue"];
                                }
                                if (!areSetsEqual(newEntry.left.atomicGroupsEnteredTogether, newEntry.right.atomicGroupsEnteredTogether)) {
                                    return [2 /*return*/, "continue-outer"];
                                }
                                sidesEqual = areSidesEqual(newEntry.left, newEntry.right);
                                if (!!sidesEqual) return [3 /*break*/, 2];
                                {
                                    leftUnboundedReader = isUnboundedReader({
                                        multiLine: input.multiLine,
                                        reader: fork(streamReadersWithGetters[0].reader),
                                    });
                                    leftUnboundedCheckReaderNext = void 0;
                                    while (!(leftUnboundedCheckReaderNext = leftUnboundedReader.next()).done) {
                                        switch (leftUnboundedCheckReaderNext.value.type) {
                                            case isUnboundedReaderTypeStep: {
                                                stepCount += 0.5;
                                                if (stepCount > input.maxSteps) {
                                                    return [2 /*return*/, "break-outer"];
                                                }
                                                break;
                                            }
                                        }
                                    }
                                    leftUnbounded = leftUnboundedCheckReaderNext.value;
                                    if (leftUnbounded)
                                        return [2 /*return*/, "continue"];
                                }
                                {
                                    rightUnboundedReader = isUnboundedReader({
                                        multiLine: input.multiLine,
                                        reader: fork(streamReadersWithGetters[1].reader),
                                    });
                                    rightUnboundedCheckReaderNext = void 0;
                                    while (!(rightUnboundedCheckReaderNext = rightUnboundedReader.next()).done) {
                                        switch (rightUnboundedCheckReaderNext.value.type) {
                                            case isUnboundedReaderTypeStep: {
                                                stepCount += 0.5;
                                                /* istanbul ignore next */
                                                if (stepCount > input.maxSteps) {
                                                    return [2 /*return*/, "break-outer"];
                                                }
                                                break;
                                            }
                                        }
                                    }
                                    rightUnbounded = rightUnboundedCheckReaderNext.value;
                                    if (rightUnbounded)
                                        return [2 /*return*/, "continue"];
                                }
                                shouldEmitTrail = function () {
                                    var alreadyExists = __spreadArray([], __read(trails), false).some(function (existingTrail) {
                                        if (existingTrail.length !== trail.length)
                                            return false;
                                        return (existingTrail.every(function (existingEntry, i) {
                                            return areSidesEqual(existingEntry.left, trail[i].left) &&
                                                areSidesEqual(existingEntry.right, trail[i].right);
                                        }) ||
                                            existingTrail.every(function (existingEntry, i) {
                                                return areSidesEqual(existingEntry.left, trail[i].right) &&
                                                    areSidesEqual(existingEntry.right, trail[i].left);
                                            }));
                                    });
                                    return !alreadyExists;
                                };
                                if (!shouldEmitTrail()) return [3 /*break*/, 2];
                                trails.add(trail);
                                return [4 /*yield*/, { trail: trail, type: checkerReaderTypeTrail }];
                            case 1:
                                _g.sent();
                                _g.label = 2;
                            case 2:
                                stack.push({
                                    infiniteLoopTracker: infiniteLoopTracker,
                                    streamReadersWithGetters: streamReadersWithGetters.map(function (_a) {
                                        var reader = _a.reader;
                                        return ({
                                            get: once(function () { return reader.next(); }),
                                            reader: reader,
                                        });
                                    }),
                                    trail: trail,
                                });
                                return [2 /*return*/];
                        }
                    });
                };
                _b.label = 1;
            case 1: return [5 /*yield**/, _loop_1()];
            case 2:
                state_1 = _b.sent();
                if (state_1 === "break")
                    return [3 /*break*/, 4];
                switch (state_1) {
                    case "break-outer": return [3 /*break*/, 4];
                    case "continue-outer": return [3 /*break*/, 3];
                }
                _b.label = 3;
            case 3: return [3 /*break*/, 1];
            case 4:
                if (trailEntriesAtStartOfLoop.size > 0) {
                    try {
                        for (trails_1 = __values(trails), trails_1_1 = trails_1.next(); !trails_1_1.done; trails_1_1 = trails_1.next()) {
                            trail = trails_1_1.value;
                            if (trail.some(function (entry) { return trailEntriesAtStartOfLoop.has(entry); })) {
                                infinite = true;
                                break;
                            }
                        }
                    }
                    catch (e_1_1) { e_1 = { error: e_1_1 }; }
                    finally {
                        try {
                            if (trails_1_1 && !trails_1_1.done && (_a = trails_1.return)) _a.call(trails_1);
                        }
                        finally { if (e_1) throw e_1.error; }
                    }
                }
                error = stepCount > input.maxSteps
                    ? 'hitMaxSteps'
                    : timedOut
                        ? 'timedOut'
                        : null;
                return [2 /*return*/, error ? { error: error } : { error: null, infinite: infinite }];
        }
    });
}

var lookaheadBehaviours = [
    'lookahead',
    'lookbehind',
    'negativeLookahead',
    'negativeLookbehind',
];
function buildNodeExtra(regexp) {
    var capturingGroupToIndex = new Map();
    var indexToCapturingGroup = new Map();
    var nodeToLookaheadStack = new Map();
    var reachableReferences = [];
    var visit = function (node, lookaheadStack, reachable) {
        switch (node.type) {
            case 'anchor':
            case 'characterClass':
            case 'characterClassEscape':
            case 'characterClassRange':
            case 'unicodePropertyEscape':
            case 'value':
            case 'dot':
                return;
            case 'reference': {
                nodeToLookaheadStack.set(node, lookaheadStack);
                if (reachable)
                    reachableReferences.push(node);
                break;
            }
            case 'alternative':
            case 'disjunction': {
                node.body.forEach(function (expression) {
                    return visit(expression, lookaheadStack, reachable);
                });
                return;
            }
            case 'group': {
                if (node.behavior === 'normal') {
                    var index = capturingGroupToIndex.size + 1;
                    capturingGroupToIndex.set(node, index);
                    indexToCapturingGroup.set(index, node);
                    nodeToLookaheadStack.set(node, lookaheadStack);
                }
                var newLookaheadStack_1 = __spreadArray([], __read(lookaheadStack), false);
                if (node.behavior !== 'normal' &&
                    lookaheadBehaviours.indexOf(node.behavior) >= 0) {
                    newLookaheadStack_1.push(node);
                }
                node.body.forEach(function (expression) {
                    return visit(expression, newLookaheadStack_1, reachable);
                });
                return;
            }
            case 'quantifier': {
                node.body.forEach(function (expression) {
                    return visit(expression, lookaheadStack, reachable && node.max !== 0);
                });
                return;
            }
        }
    };
    visit(regexp, [], true);
    return {
        capturingGroupToIndex: capturingGroupToIndex,
        indexToCapturingGroup: indexToCapturingGroup,
        nodeToLookaheadStack: nodeToLookaheadStack,
        reachableReferences: reachableReferences,
    };
}

var ResultCache = /** @class */ (function () {
    function ResultCache() {
        this._cache = new Map();
    }
    ResultCache.prototype.addResult = function (a, b, result) {
        var mapA = this._cache.get(a) || new Map();
        mapA.set(b, result);
        this._cache.set(a, mapA);
        var mapB = this._cache.get(b) || new Map();
        mapB.set(a, result);
        this._cache.set(b, mapB);
    };
    ResultCache.prototype.getResult = function (a, b) {
        var _a;
        return (_a = this._cache.get(a)) === null || _a === void 0 ? void 0 : _a.get(b);
    };
    return ResultCache;
}());

var Tree = /** @class */ (function () {
    function Tree(decode) {
        this.decode = decode;
        this.root = new Map();
        this.results = new Map();
        this._items = function () { return []; };
    }
    Tree.prototype.add = function (input) {
        var values = this.decode(input);
        if (values.length === 0)
            return;
        var results = this.results;
        var current = {
            children: this.root};
        // note initially used `.entries()` but this was much slower
        var numValues = values.length;
        for (var i = 0; i < numValues; i++) {
            var value = values[i];
            var last = i === numValues - 1;
            var existing = current.children.get(value);
            if (existing) {
                current = existing;
                if (!last) {
                    results.delete(existing);
                }
            }
            else {
                var newChild = { children: new Map(), value: value };
                current.children.set(value, newChild);
                current = newChild;
                if (last) {
                    results.set(newChild, input);
                }
            }
        }
        this._items = once(function () { return Array.from(results.values()); });
    };
    Object.defineProperty(Tree.prototype, "items", {
        get: function () {
            return this._items();
        },
        enumerable: false,
        configurable: true
    });
    return Tree;
}());

var workLimit = 25000;
var EnhancedTrail = /** @class */ (function () {
    function EnhancedTrail(trail, isEmptyCache) {
        this.trail = trail;
        this.isEmptyCache = isEmptyCache;
        this.tree = new Tree(function (trail) {
            return trail.map(function (_a) {
                var hash = _a.hash;
                return hash;
            });
        });
        this.inputStringSchema = trail.map(function (_a) {
            var intersection = _a.intersection;
            return intersection;
        });
        this.length = trail.length;
        this.onNewTrail(this);
    }
    Object.defineProperty(EnhancedTrail.prototype, "matches", {
        get: function () {
            return this.tree.items;
        },
        enumerable: false,
        configurable: true
    });
    EnhancedTrail.prototype.getLongestMatch = function (inputStringSchema, trailSides) {
        var _this = this;
        /* istanbul ignore next */
        if (trailSides.length > inputStringSchema.length) {
            throw new Error('Internal error: trail should be <= than input string schema');
        }
        var noMatchOffset = trailSides.findIndex(function (side, i) {
            var res = _this.isEmptyCache.getResult(side.characterGroups, inputStringSchema[i]);
            if (res !== undefined)
                return res;
            var isEmpty = isEmptyCharacterGroups(intersectCharacterGroups(side.characterGroups, inputStringSchema[i]));
            _this.isEmptyCache.addResult(side.characterGroups, inputStringSchema[i], isEmpty);
            return isEmpty;
        });
        return noMatchOffset === -1
            ? trailSides
            : trailSides.slice(0, noMatchOffset);
    };
    EnhancedTrail.prototype.onNewTrail = function (otherTrail) {
        var e_1, _a;
        var leftSide = [];
        var rightSide = [];
        try {
            for (var _b = __values(otherTrail.trail), _c = _b.next(); !_c.done; _c = _b.next()) {
                var entry = _c.value;
                leftSide.push(entry.left);
                rightSide.push(entry.right);
            }
        }
        catch (e_1_1) { e_1 = { error: e_1_1 }; }
        finally {
            try {
                if (_c && !_c.done && (_a = _b.return)) _a.call(_b);
            }
            finally { if (e_1) throw e_1.error; }
        }
        var leftMatch = this.getLongestMatch(this.inputStringSchema, leftSide);
        if (leftMatch.length === this.length)
            this.tree.add(leftMatch);
        var rightMatch = this.getLongestMatch(this.inputStringSchema, rightSide);
        if (rightMatch.length === this.length)
            this.tree.add(rightMatch);
    };
    return EnhancedTrail;
}());
function collectResults(_a) {
    var e_2, _b;
    var atomicGroupOffsets = _a.atomicGroupOffsets, node = _a.node, maxScore = _a.maxScore, maxSteps = _a.maxSteps, multiLine = _a.multiLine, timeout = _a.timeout, caseInsensitive = _a.caseInsensitive, dotAll = _a.dotAll;
    var isEmptyCache = new ResultCache();
    var nodeExtra = buildNodeExtra(node);
    var input = {
        caseInsensitive: caseInsensitive,
        dotAll: dotAll,
        node: node,
        nodeExtra: nodeExtra,
    };
    var leftStreamReader = buildCharacterReaderLevel2(input);
    var rightStreamReader = buildCharacterReaderLevel2(input);
    var reader = buildCheckerReader({
        atomicGroupOffsets: atomicGroupOffsets,
        leftStreamReader: leftStreamReader,
        maxSteps: maxSteps,
        multiLine: multiLine,
        nodeExtra: nodeExtra,
        rightStreamReader: rightStreamReader,
        timeout: timeout,
    });
    var trailsTree = new Tree(function (_a) {
        var trail = _a.trail;
        return trail;
    });
    var score = 1;
    var work = 0;
    var next;
    outer: while (!(next = reader.next()).done) {
        switch (next.value.type) {
            case checkerReaderTypeTrail: {
                var trail = new EnhancedTrail(next.value.trail, isEmptyCache);
                var updateScore = function (_a) {
                    var matches = _a.matches;
                    var length = matches.length;
                    if (length > score) {
                        score = length;
                    }
                };
                if (work < workLimit) {
                    try {
                        for (var _c = (e_2 = void 0, __values(trailsTree.items)), _d = _c.next(); !_d.done; _d = _c.next()) {
                            var existingTrail = _d.value;
                            if (existingTrail.length === trail.length) {
                                work += trail.length;
                                if (work >= workLimit)
                                    break;
                                trail.onNewTrail(existingTrail);
                                existingTrail.onNewTrail(trail);
                                updateScore(existingTrail);
                            }
                        }
                    }
                    catch (e_2_1) { e_2 = { error: e_2_1 }; }
                    finally {
                        try {
                            if (_d && !_d.done && (_b = _c.return)) _b.call(_c);
                        }
                        finally { if (e_2) throw e_2.error; }
                    }
                    updateScore(trail);
                }
                if (work >= workLimit) {
                    // it's too costly to continue calculating an accurate count, so fall back to assuming the input string that matches the largest
                    // group of trails would also match every new trail
                    score += 1;
                }
                trailsTree.add(trail);
                if (score > maxScore) {
                    break outer;
                }
                break;
            }
        }
    }
    var error = null;
    if (next.done) {
        if (next.value.error) {
            score = Infinity;
            error = next.value.error;
        }
        else if (next.value.infinite) {
            score = Infinity;
            error = 'hitMaxScore';
        }
    }
    else {
        score = Infinity;
        error = 'hitMaxScore';
    }
    return {
        error: error,
        score: score,
        trails: trailsTree.items.map(function (_a) {
            var trail = _a.trail;
            return trail;
        }),
    };
}
var defaultTimeout = Infinity;
var defaultMaxScore = 200;
var defaultMaxSteps = 20000;
var defaultMultiLine = false;
var defaultUnicode = false;
var defaultCaseInsensitive = false;
var defaultDotAll = false;
function toRedosDetectorNode(node) {
    return {
        end: { offset: node.range[1] },
        source: node.raw,
        start: { offset: node.range[0] },
    };
}
function toRedosDetectorBackReferenceStack(stack) {
    return stack
        .flatMap(function (stackEntry) {
        return stackEntry.type === 'reference' ? [stackEntry.reference] : [];
    })
        .reverse()
        .map(function (reference) {
        return {
            index: reference.matchIndex,
            node: toRedosDetectorNode(reference),
        };
    });
}
function toRedosDetectorQuantifierIterations(stack) {
    var reversedStack = __spreadArray([], __read(stack), false).reverse();
    var referenceStackIndex = reversedStack.findIndex(function (_a) {
        var type = _a.type;
        return type === 'reference';
    });
    var noneReferenceStackPortion = reversedStack
        .slice(0, referenceStackIndex >= 0 ? referenceStackIndex : stack.length)
        .reverse();
    return noneReferenceStackPortion
        .flatMap(function (entry) { return (entry.type === 'quantifier' ? [entry] : []); })
        .map(function (_a) {
        var quantifier = _a.quantifier, iteration = _a.iteration;
        return {
            iteration: iteration,
            node: toRedosDetectorNode(quantifier),
        };
    });
}
/**
 * Check if the provided input pattern is not susceptible to ReDoS attacks.
 *
 * Can be configured with various options in the second argument.
 */
function isSafePattern(inputPattern, _a) {
    var _b = _a === void 0 ? {} : _a, atomicGroupOffsetsInput = _b.atomicGroupOffsets, _c = _b.maxScore, maxScore = _c === void 0 ? defaultMaxScore : _c, _d = _b.maxSteps, maxSteps = _d === void 0 ? defaultMaxSteps : _d, _e = _b.multiLine, multiLine = _e === void 0 ? defaultMultiLine : _e, _f = _b.timeout, timeout = _f === void 0 ? defaultTimeout : _f, _g = _b.caseInsensitive, caseInsensitive = _g === void 0 ? defaultCaseInsensitive : _g, _h = _b.dotAll, dotAll = _h === void 0 ? defaultDotAll : _h, _j = _b.unicode, unicode = _j === void 0 ? defaultUnicode : _j, _k = _b.downgradePattern, downgradePattern$1 = _k === void 0 ? true : _k;
    if (caseInsensitive && unicode) {
        // https://mathiasbynens.be/notes/es6-unicode-regex
        throw new Error('`caseInsensitive` cannot be used with `unicode`.');
    }
    if (downgradePattern$1 && atomicGroupOffsetsInput) {
        throw new Error('`atomicGroupOffsets` cannot be used with `downgradePattern: true`.');
    }
    if (timeout <= 0) {
        throw new Error('`timeout` must be a positive number.');
    }
    if (maxScore < 0) {
        throw new Error('`maxScore` must be a positive number or 0.');
    }
    if (maxSteps <= 0) {
        throw new Error('`maxSteps` must be a positive number.');
    }
    var _l = downgradePattern$1
        ? downgradePattern({ pattern: inputPattern, unicode: unicode })
        : {
            atomicGroupOffsets: new Set(atomicGroupOffsetsInput || []),
            pattern: inputPattern,
        }, pattern = _l.pattern, atomicGroupOffsets = _l.atomicGroupOffsets;
    var patternDowngraded = downgradePattern$1 && inputPattern !== pattern;
    var ast = parse(pattern, unicode);
    if (!downgradePattern$1 && isMissingStartAnchor(ast)) {
        throw new Error('Pattern is not bounded at the start and needs downgrading. See the `downgradePattern` option.');
    }
    var result = collectResults({
        atomicGroupOffsets: atomicGroupOffsets,
        caseInsensitive: caseInsensitive,
        dotAll: dotAll,
        maxScore: maxScore,
        maxSteps: maxSteps,
        multiLine: multiLine,
        node: ast,
        timeout: timeout,
    });
    return __assign(__assign({}, (result.error
        ? {
            error: result.error,
            safe: false,
        }
        : {
            error: null,
            safe: true,
        })), { pattern: pattern, patternDowngraded: patternDowngraded, score: result.score === Infinity
            ? { infinite: true }
            : { infinite: false, value: result.score }, trails: result.trails.map(function (trail) {
            var safeRegexTrail = {
                trail: trail.map(function (_a) {
                    var left = _a.left, right = _a.right;
                    var entry = {
                        a: {
                            backreferenceStack: toRedosDetectorBackReferenceStack(right.stack),
                            node: toRedosDetectorNode(right.node),
                            quantifierIterations: toRedosDetectorQuantifierIterations(right.stack),
                        },
                        b: {
                            backreferenceStack: toRedosDetectorBackReferenceStack(left.stack),
                            node: toRedosDetectorNode(left.node),
                            quantifierIterations: toRedosDetectorQuantifierIterations(left.stack),
                        },
                    };
                    return entry;
                }),
            };
            return safeRegexTrail;
        }) });
}

var parser = {exports: {}};

var hasRequiredParser;

function requireParser () {
	if (hasRequiredParser) return parser.exports;
	hasRequiredParser = 1;
	(function (module) {
		(function() {

		  var fromCodePoint = String.fromCodePoint || (function() {
		    // Implementation taken from
		    // https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/String/fromCodePoint

		    var stringFromCharCode = String.fromCharCode;
		    var floor = Math.floor;

		    return function fromCodePoint() {
		      var MAX_SIZE = 0x4000;
		      var codeUnits = [];
		      var highSurrogate;
		      var lowSurrogate;
		      var index = -1;
		      var length = arguments.length;
		      if (!length) {
		        return '';
		      }
		      var result = '';
		      while (++index < length) {
		        var codePoint = Number(arguments[index]);
		        if (
		          !isFinite(codePoint) ||       // `NaN`, `+Infinity`, or `-Infinity`
		          codePoint < 0 ||              // not a valid Unicode code point
		          codePoint > 0x10FFFF ||       // not a valid Unicode code point
		          floor(codePoint) != codePoint // not an integer
		        ) {
		          throw RangeError('Invalid code point: ' + codePoint);
		        }
		        if (codePoint <= 0xFFFF) { // BMP code point
		          codeUnits.push(codePoint);
		        } else { // Astral code point; split in surrogate halves
		          // http://mathiasbynens.be/notes/javascript-encoding#surrogate-formulae
		          codePoint -= 0x10000;
		          highSurrogate = (codePoint >> 10) + 0xD800;
		          lowSurrogate = (codePoint % 0x400) + 0xDC00;
		          codeUnits.push(highSurrogate, lowSurrogate);
		        }
		        if (index + 1 == length || codeUnits.length > MAX_SIZE) {
		          result += stringFromCharCode.apply(null, codeUnits);
		          codeUnits.length = 0;
		        }
		      }
		      return result;
		    };
		  }());

		  function parse(str, flags, features) {
		    if (!features) {
		      features = {};
		    }

		    function updateRawStart(node, start) {
		      node.range[0] = start;
		      node.raw = str.substring(start, node.range[1]);
		      return node;
		    }

		    function createAnchor(kind, rawLength) {
		      return {
		        type: 'anchor',
		        kind: kind,
		        range: [
		          pos - rawLength,
		          pos
		        ],
		        raw: str.substring(pos - rawLength, pos)
		      };
		    }

		    function createValue(kind, codePoint, from, to) {
		      return {
		        type: 'value',
		        kind: kind,
		        codePoint: codePoint,
		        range: [from, to],
		        raw: str.substring(from, to)
		      };
		    }

		    function createEscaped(kind, codePoint, value, fromOffset) {
		      fromOffset = fromOffset || 0;
		      return createValue(kind, codePoint, pos - (value.length + fromOffset), pos);
		    }

		    function createCharacter(matches) {
		      var _char = matches[0];
		      var first = _char.charCodeAt(0);
		      if (isUnicodeMode) {
		        var second;
		        if (_char.length === 1 && first >= 0xD800 && first <= 0xDBFF) {
		          second = lookahead().charCodeAt(0);
		          if (second >= 0xDC00 && second <= 0xDFFF) {
		            // Unicode surrogate pair
		            pos++;
		            return createValue(
		              'symbol',
		              (first - 0xD800) * 0x400 + second - 0xDC00 + 0x10000,
		              pos - 2, pos);
		          }
		        }
		      }
		      return createValue('symbol', first, pos - 1, pos);
		    }

		    function createDisjunction(alternatives, from, to) {
		      return {
		        type: 'disjunction',
		        body: alternatives,
		        range: [
		          from,
		          to
		        ],
		        raw: str.substring(from, to)
		      };
		    }

		    function createDot() {
		      return {
		        type: 'dot',
		        range: [
		          pos - 1,
		          pos
		        ],
		        raw: '.'
		      };
		    }

		    function createCharacterClassEscape(value) {
		      return {
		        type: 'characterClassEscape',
		        value: value,
		        range: [
		          pos - 2,
		          pos
		        ],
		        raw: str.substring(pos - 2, pos)
		      };
		    }

		    function createReference(matchIndex) {
		      var start = pos - 1 - matchIndex.length;
		      return {
		        type: 'reference',
		        matchIndex: parseInt(matchIndex, 10),
		        range: [
		          start,
		          pos
		        ],
		        raw: str.substring(start, pos)
		      };
		    }

		    function createNamedReference(name) {
		      var start = name.range[0] - 3;
		      return {
		        type: 'reference',
		        name: name,
		        range: [
		          start,
		          pos
		        ],
		        raw: str.substring(start, pos)
		      };
		    }

		    function createGroup(behavior, disjunction, from, to) {
		      return {
		        type: 'group',
		        behavior: behavior,
		        body: disjunction,
		        range: [
		          from,
		          to
		        ],
		        raw: str.substring(from, to)
		      };
		    }

		    function createQuantifier(min, max, from, to, symbol) {
		      if (to == null) {
		        from = pos - 1;
		        to = pos;
		      }

		      return {
		        type: 'quantifier',
		        min: min,
		        max: max,
		        greedy: true,
		        body: null, // set later on
		        symbol: symbol,
		        range: [
		          from,
		          to
		        ],
		        raw: str.substring(from, to)
		      };
		    }

		    function createAlternative(terms, from, to) {
		      return {
		        type: 'alternative',
		        body: terms,
		        range: [
		          from,
		          to
		        ],
		        raw: str.substring(from, to)
		      };
		    }

		    function createCharacterClass(contents, negative, from, to) {
		      return {
		        type: 'characterClass',
		        kind: contents.kind,
		        body: contents.body,
		        negative: negative,
		        range: [
		          from,
		          to
		        ],
		        raw: str.substring(from, to)
		      };
		    }

		    function createClassRange(min, max, from, to) {
		      // NonemptyClassRanges :: ClassAtom - ClassAtom ClassContents
		      // It is a Syntax Error if the CharacterValue of the first ClassAtom is
		      // strictly greater than the CharacterValue of the second ClassAtom.
		      //
		      // SEE: https://tc39.es/ecma262/#sec-patterns-static-semantics-early-errors
		      if (min.codePoint > max.codePoint) {
		        bail('invalid range in character class', min.raw + '-' + max.raw, from, to);
		      }

		      return {
		        type: 'characterClassRange',
		        min: min,
		        max: max,
		        range: [
		          from,
		          to
		        ],
		        raw: str.substring(from, to)
		      };
		    }

		    function createClassStrings(strings, from, to) {
		      return {
		        type: 'classStrings',
		        strings: strings,
		        range: [from, to],
		        raw: str.substring(from, to)
		      };
		    }

		    function createClassString(characters, from, to) {
		      return {
		        type: 'classString',
		        characters: characters,
		        range: [from, to],
		        raw: str.substring(from, to)
		      };
		    }

		    function flattenBody(body) {
		      if (body.type === 'alternative') {
		        return body.body;
		      } else {
		        return [body];
		      }
		    }

		    function incr(amount) {
		      amount = (amount || 1);
		      pos += amount;
		    }

		    function consume(amount) {
		      var res = str.substring(pos, pos += amount);
		      return res;
		    }

		    function skip(value) {
		      if (!match(value)) {
		        bail('character', value);
		      }
		    }

		    function match(value) {
		      var len = value.length;
		      if (str.substring(pos, pos + len) === value) {
		        incr(len);
		        return value;
		      }
		    }

		    function matchOne(value) {
		      if (str[pos] === value) {
		        pos++;
		        return value;
		      }
		    }

		    function lookahead() {
		      return str[pos];
		    }

		    function currentOne(value) {
		      return str[pos] === value;
		    }

		    function current(value) {
		      var len = value.length;
		      return str.substring(pos, pos + len) === value;
		    }

		    function next(value) {
		      return str[pos + 1] === value;
		    }

		    function matchReg(regExp) {
		      var subStr = str.substring(pos);
		      var res = subStr.match(regExp);
		      if (res) {
		        pos += res[0].length;
		      }
		      return res;
		    }

		    function parseDisjunction() {
		      // Disjunction ::
		      //      Alternative
		      //      Alternative | Disjunction
		      var res = [], from = pos;
		      res.push(parseAlternative());

		      while (matchOne('|')) {
		        res.push(parseAlternative());
		      }

		      if (res.length === 1) {
		        return res[0];
		      }

		      return createDisjunction(res, from, pos);
		    }

		    function parseAlternative() {
		      var res = [], from = pos;
		      var term;

		      // Alternative ::
		      //      [empty]
		      //      Alternative Term
		      while (term = parseTerm()) {
		        res.push(term);
		      }

		      if (res.length === 1) {
		        return res[0];
		      }

		      return createAlternative(res, from, pos);
		    }

		    function parseTerm() {
		      // Term ::
		      //      Assertion
		      //      Atom
		      //      Atom Quantifier

		      // Term (Annex B) ::
		      //      ...
		      //      [~UnicodeMode] QuantifiableAssertion Quantifier
		      //      [~UnicodeMode] Assertion[~UnicodeMode, ~UnicodeSetsMode]
		      //      [~UnicodeMode] ExtendedAtom Quantifier
		      //      [~UnicodeMode] ExtendedAtom
		      //
		      // QuantifiableAssertion (Annex B) ::
		      //      (?= Disjunction[~UnicodeMode, ~UnicodeSetsMode] )
		      //      (?! Disjunction[~UnicodeMode, ~UnicodeSetsMode] )
		      //
		      // SEE: https://github.com/jviereck/regjsparser/issues/130

		      if (pos >= str.length || currentOne('|') || currentOne(')')) {
		        return null; /* Means: The term is empty */
		      }

		      var assertion = parseAssertion();
		      var quantifier;
		      if (assertion) {
		        var pos_backup = pos;
		        quantifier = parseQuantifier() || false;
		        if (quantifier) {
		          // Annex B
		          if (!isUnicodeMode && assertion.type === "group") {
		            quantifier.body = flattenBody(assertion);
		            // The quantifier contains the assertion. Therefore, the beginning of the
		            // quantifier range is given by the beginning of the assertion.
		            updateRawStart(quantifier, assertion.range[0]);
		            return quantifier;
		          }
		          pos = pos_backup;
		          bail("Expected atom");
		        }
		        return assertion;
		      }

		      // If there is no Assertion, try to parse an atom.
		      var atom = parseAtomAndExtendedAtom();
		      if (!atom) {
		        // Check if a quantifier is following. A quantifier without an atom
		        // is an error.
		        pos_backup = pos;
		        quantifier = parseQuantifier() || false;
		        if (quantifier) {
		          pos = pos_backup;
		          bail("Expected atom");
		        }

		        // If no unicode flag, then try to parse ExtendedAtom -> ExtendedPatternCharacter.
		        //      ExtendedPatternCharacter
		        if (!isUnicodeMode && matchOne("{")) {
		          atom = createCharacter("{");
		        } else {
		          bail("Expected atom");
		        }
		      }

		      quantifier = parseQuantifier() || false;
		      if (quantifier) {
		        var type = atom.type, behavior = atom.behavior;
		        if (
		          type === "group" &&
		          (behavior === "negativeLookbehind" ||
		            behavior === "lookbehind")
		        ) {
		          bail(
		            "Invalid quantifier",
		            "",
		            quantifier.range[0],
		            quantifier.range[1]
		          );
		        }
		        quantifier.body = flattenBody(atom);
		        // The quantifier contains the atom. Therefore, the beginning of the
		        // quantifier range is given by the beginning of the atom.
		        updateRawStart(quantifier, atom.range[0]);
		        return quantifier;
		      }
		      return atom;
		    }

		    function parseGroup(matchA, typeA, matchB, typeB) {
		      var type, from = pos;

		      if (match(matchA)) {
		        type = typeA;
		      } else if (match(matchB)) {
		        type = typeB;
		      } else {
		        return false;
		      }

		      return finishGroup(type, from);
		    }

		    function finishGroup(type, from) {
		      var body = parseDisjunction();
		      if (!body) {
		        bail('Expected disjunction');
		      }
		      skip(')');
		      var group = createGroup(type, flattenBody(body), from, pos);

		      if (type == 'normal') {
		        // Keep track of the number of closed groups. This is required for
		        // parseDecimalEscape(). In case the string is parsed a second time the
		        // value already holds the total count and no incrementation is required.
		        if (firstIteration) {
		          closedCaptureCounter++;
		        }
		      }
		      return group;
		    }

		    // NOTE: parseAssertion() parses ^ $ \b \B and lookaheads; lookbehinds are
		    //   parsed together with the atoms. In the AST, ^ $ \b and \B are "anchor"
		    //   nodes, and lookarounds are "group" nodes.
		    function parseAssertion() {
		      // Assertion ::
		      //      ^
		      //      $
		      //      \b
		      //      \B
		      //      (?= Disjunction )
		      //      (?! Disjunction )
		      //      ...
		      //
		      // (?<= Disjunction ) and (?<! Disjunction ) are parsed in
		      // parseAtomAndExtendedAtom().

		      switch(lookahead()) {
		        case '^':
		          incr();
		          return createAnchor('start', 1 /* rawLength */);
		        case '$':
		          incr();
		          return createAnchor('end', 1 /* rawLength */);
		        case '\\': {
		          if (next('b')) {
		            incr(2);
		            return createAnchor('boundary', 2 /* rawLength */);
		          } else if (next('B')) {
		            incr(2);
		            return createAnchor('not-boundary', 2 /* rawLength */);
		          }
		          break;
		        }
		        case '(':
		          return parseGroup('(?=', 'lookahead', '(?!', 'negativeLookahead');
		        default:
		          return;
		      }
		    }

		    function parseQuantifier() {
		      // Quantifier ::
		      //      QuantifierPrefix
		      //      QuantifierPrefix ?
		      //
		      // QuantifierPrefix ::
		      //      *
		      //      +
		      //      ?
		      //      { DecimalDigits[~Sep] }
		      //      { DecimalDigits[~Sep] ,}
		      //      { DecimalDigits[~Sep] , DecimalDigits[~Sep] }

		      var res, from = pos;
		      var quantifier;
		      var min, max;

		      switch(lookahead()) {
		        case '*':
		          incr();
		          quantifier = createQuantifier(0, undefined, undefined, undefined, '*');
		          break;
		        case '+':
		          incr();
		          quantifier = createQuantifier(1, undefined, undefined, undefined, "+");
		          break;
		        case '?':
		          incr();
		          quantifier = createQuantifier(0, 1, undefined, undefined, "?");
		          break;
		        case '{': {
		          if (res = matchReg(/^\{(\d+)\}/)) {
		            min = parseInt(res[1], 10);
		            quantifier = createQuantifier(min, min, from, pos);
		          }
		          else if (res = matchReg(/^\{(\d+),\}/)) {
		            min = parseInt(res[1], 10);
		            quantifier = createQuantifier(min, undefined, from, pos);
		          }
		          else if (res = matchReg(/^\{(\d+),(\d+)\}/)) {
		            min = parseInt(res[1], 10);
		            max = parseInt(res[2], 10);
		            if (min > max) {
		              bail('numbers out of order in {} quantifier', '', from, pos);
		            }
		            quantifier = createQuantifier(min, max, from, pos);
		          }

		          if (min && (!Number.isSafeInteger(min)) || (max && !Number.isSafeInteger(max))) {
		            bail("iterations outside JS safe integer range in quantifier", "", from, pos);
		          }
		        }
		      }

		      if (quantifier) {
		        if (matchOne('?')) {
		          quantifier.greedy = false;
		          quantifier.range[1] += 1;
		        }
		      }

		      return quantifier;
		    }

		    function parseAtomAndExtendedAtom() {
		      // Parsing Atom and ExtendedAtom together due to redundancy.
		      // ExtendedAtom is defined in Annex B of the ECMA-262 standard.
		      //
		      // SEE: https://tc39.es/ecma262/#sec-regular-expressions-patterns
		      //
		      // Atom ::
		      //      PatternCharacter
		      //      .
		      //      \ AtomEscape
		      //      CharacterClass
		      //      ( GroupSpecifier? Disjunction )
		      //      (? RegularExpressionModifiers : Disjunction )
		      //      (? RegularExpressionModifiers - RegularExpressionModifiers : Disjunction )
		      //
		      // ExtendedAtom (Annex B) ::
		      //      .
		      //      \ AtomEscape[~UnicodeMode]
		      //      \ [lookahead = c]
		      //      CharacterClass[~UnicodeMode, ~UnicodeSetsMode]
		      //      ( GroupSpecifier[~UnicodeMode]? Disjunction[~UnicodeMode, ~UnicodeSetsMode] )
		      //      (? RegularExpressionModifiers : Disjunction[~UnicodeMode, ~UnicodeSetsMode] )
		      //      (? RegularExpressionModifiers - RegularExpressionModifiers : Disjunction[~UnicodeMode, ~UnicodeSetsMode] )
		      //      InvalidBracedQuantifier
		      //      ExtendedPatternCharacter
		      //
		      // ExtendedPatternCharacter (Annex B) ::
		      //      SourceCharacter but not one of ^ $ \ . * + ? ( ) [ |

		      var res;

		      switch (res = lookahead()) {
		        case '.':
		          //      .
		          incr();
		          return createDot();
		        case '\\': {
		          //      \ AtomEscape
		          incr();
		          res = parseAtomEscape();
		          if (!res) {
		            if (!isUnicodeMode && lookahead() == 'c') {
		              // B.1.4 ExtendedAtom
		              // \[lookahead = c]
		              return createValue('symbol', 92, pos - 1, pos);
		            }
		            bail('atomEscape');
		          }
		          return res;
		        }
		        case '[':
		          return parseCharacterClass();
		        case '(': {
		          if (features.lookbehind && (res = parseGroup('(?<=', 'lookbehind', '(?<!', 'negativeLookbehind'))) {
		            return res;
		          }
		          else if (features.namedGroups && match("(?<")) {
		            var name = parseIdentifier();
		            skip(">");
		            var group = finishGroup("normal", name.range[0] - 3);
		            group.name = name;
		            return group;
		          }
		          else if (features.modifiers && current("(?") && str[pos + 2] != ":") {
		            return parseModifiersGroup();
		          }
		          else {
		            //      ( Disjunction )
		            //      (?: Disjunction )
		            return parseGroup('(?:', 'ignore', '(', 'normal');
		          }
		        }
		        case ']':
		        case '}':
		          //      ExtendedPatternCharacter, first part. See parseTerm.
		          if (!isUnicodeMode) {
		            incr();
		            return createCharacter(res);
		          }
		          break;
		        case '^':
		        case '$':
		        case '*':
		        case '+':
		        case '?':
		        case '{':
		        case ')':
		        case '|':
		          break;
		        default:
		          //      PatternCharacter
		          incr();
		          return createCharacter(res);
		      }
		    }

		    function parseModifiersGroup() {
		      function hasDupChar(str) {
		        var i = 0;
		        while (i < str.length) {
		          if (str.indexOf(str[i], i + 1) != -1) {
		            return true;
		          }
		          i++;
		        }
		        return false;
		      }

		      var from = pos;
		      incr(2);

		      var enablingFlags = matchReg(/^[sim]+/);
		      var disablingFlags;
		      if(matchOne("-") && lookahead() !== ":"){
		        disablingFlags = matchReg(/^[sim]+/);
		        if (!disablingFlags) {
		          bail('Invalid flags for modifiers group');
		        }
		      } else if(!enablingFlags){
		        bail('Invalid flags for modifiers group');
		      }

		      enablingFlags = enablingFlags ? enablingFlags[0] : "";
		      disablingFlags = disablingFlags ? disablingFlags[0] : "";

		      var flags = enablingFlags + disablingFlags;
		      if(flags.length > 3 || hasDupChar(flags)) {
		        bail('flags cannot be duplicated for modifiers group');
		      }

		      if(!matchOne(":")) {
		        bail('Invalid flags for modifiers group');
		      }

		      var modifiersGroup = finishGroup("ignore", from);

		      modifiersGroup.modifierFlags = {
		        enabling: enablingFlags,
		        disabling: disablingFlags
		      };

		      return modifiersGroup;
		    }

		    function parseUnicodeSurrogatePairEscape(firstEscape, isUnicodeMode) {
		      if (isUnicodeMode) {
		        var first, second;
		        if (firstEscape.kind == 'unicodeEscape' &&
		          (first = firstEscape.codePoint) >= 0xD800 && first <= 0xDBFF &&
		          currentOne('\\') && next('u') ) {
		          var prevPos = pos;
		          pos++;
		          var secondEscape = parseClassEscape();
		          if (secondEscape.kind == 'unicodeEscape' &&
		            (second = secondEscape.codePoint) >= 0xDC00 && second <= 0xDFFF) {
		            // Unicode surrogate pair
		            firstEscape.kind = 'unicodeCodePointEscape';
		            firstEscape.codePoint = (first - 0xD800) * 0x400 + second - 0xDC00 + 0x10000;
		            firstEscape.range[1] = pos;
		            firstEscape.raw = str.substring(firstEscape.range[0], pos);
		          }
		          else {
		            pos = prevPos;
		          }
		        }
		      }
		      return firstEscape;
		    }

		    function parseClassEscape() {
		      return parseAtomEscape(true);
		    }

		    function parseAtomEscape(insideCharacterClass) {
		      // AtomEscape ::
		      //      DecimalEscape
		      //      CharacterClassEscape
		      //      CharacterEscape
		      //      [+NamedCaptureGroups] k GroupName
		      //
		      // ClassEscape ::
		      //      b
		      //      [+UnicodeMode] -
		      //      [~UnicodeMode] c ClassControlLetter (Annex B)
		      //      CharacterClassEscape
		      //      CharacterEscape

		      var res, from = pos, ch;

		      switch (ch = lookahead()) {
		        case '0':
		        case '1':
		        case '2':
		        case '3':
		        case '4':
		        case '5':
		        case '6':
		        case '7':
		        case '8':
		        case '9':
		          return parseDecimalEscape(insideCharacterClass);
		        case 'B': {
		          if (insideCharacterClass) {
		            bail('\\B not possible inside of CharacterClass', '', from);
		            break;
		          } else {
		            return parseIdentityEscape();
		          }
		        }
		        case 'b': {
		          if (insideCharacterClass) {
		            // ClassEscape :: b
		            // The CharSet containing the one character U+0008 (BACKSPACE).
		            //
		            // SEE: https://tc39.es/ecma262/#sec-compiletocharset
		            incr();
		            return createEscaped('singleEscape', 0x0008, '\\b');
		          } else {
		            return parseIdentityEscape();
		          }
		        }
		        case 'c': {
		          if (insideCharacterClass) {
		            if (!isUnicodeMode && (res = matchReg(/^c(\d)/))) {
		              // ClassEscape (Annex B) :: [~UnicodeMode] c ClassControlLetter
		              // ClassControlLetter :: DecimalDigit
		              return createEscaped('controlLetter', res[1].charCodeAt(0) % 32, res[1], 2);
		            } else if (!isUnicodeMode && match("c_")) {
		              // ClassEscape (Annex B) :: [~UnicodeMode] c ClassControlLetter
		              // ClassControlLetter :: _
		              return createEscaped('controlLetter', 31, '_', 2);
		            }
		          }
		          return parseCharacterEscape();
		        }
		        // CharacterClassEscape ::
		        //      d
		        //      D
		        //      s
		        //      S
		        //      w
		        //      W
		        case 'd':
		        case 'D':
		        case 'w':
		        case 'W':
		        case 's':
		        case 'S':
		          incr();
		          return createCharacterClassEscape(ch);
		        case 'k':
		          return parseNamedReference() || parseIdentityEscape();
		        case 'p':
		        case 'P':
		          return parseUnicodePropertyEscape() || parseIdentityEscape();
		        case '-': {
		          //     [+U] -
		          if (insideCharacterClass && isUnicodeMode) {
		            incr();
		            return createEscaped('singleEscape', 0x002d, '\\-');
		          }
		          return parseIdentityEscape();
		        }
		        default:
		          return parseCharacterEscape();
		      }
		    }


		    function parseDecimalEscape(insideCharacterClass) {
		      // DecimalEscape ::
		      //      NonZeroDigit DecimalDigits[~Sep]? [lookahead ∉ DecimalDigit]

		      var res, match, from = pos;

		      if (res = matchReg(/^(?!0)\d+/)) {
		        match = res[0];
		        var refIdx = parseInt(match, 10);
		        if (refIdx <= closedCaptureCounter && !insideCharacterClass) {
		          // If the number is smaller than the normal-groups found so
		          // far, then it is a reference...
		          return createReference(match);
		        } else {
		          // ... otherwise it needs to be interpreted as a octal (if the
		          // number is in an octal format). If it is NOT octal format,
		          // then the slash is ignored and the number is matched later
		          // as normal characters.

		          // Recall the negative decision to decide if the input must be parsed
		          // a second time with the total normal-groups.
		          backrefDenied.push(refIdx);

		          // \1 octal escapes are disallowed in unicode mode, but they might
		          // be references to groups which haven't been parsed yet.
		          // We must parse a second time to determine if \1 is a reference
		          // or an octal scape, and then we can report the error.
		          if (firstIteration) {
		            shouldReparse = true;
		          } else {
		            bailOctalEscapeIfUnicode(from, pos);
		          }

		          // Reset the position again, as maybe only parts of the previous
		          // matched numbers are actual octal numbers. E.g. in '019' only
		          // the '01' should be matched.
		          incr(-match.length);
		          if (res = matchReg(/^[0-7]{1,3}/)) {
		            return createEscaped('octal', parseInt(res[0], 8), res[0], 1);
		          } else {
		            // If we end up here, we have a case like /\91/. Then the
		            // first slash is to be ignored and the 9 & 1 to be treated
		            // like ordinary characters. Create a character for the
		            // first number only here - other number-characters
		            // (if available) will be matched later.
		            var start = pos;
		            res = createCharacter(matchReg(/^[89]/));
		            return updateRawStart(res, start - 1);
		          }
		        }
		      }
		      // Only allow octal numbers in the following. All matched numbers start
		      // with a zero (if the do not, the previous if-branch is executed).
		      // If the number is not octal format and starts with zero (e.g. `091`)
		      // then only the zeros `0` is treated here and the `91` are ordinary
		      // characters.
		      // Example:
		      //   /\091/.exec('\091')[0].length === 3
		      else if (res = matchReg(/^[0-7]{1,3}/)) {
		        match = res[0];
		        // CharacterEscape :: 0 [lookahead ∉ DecimalDigit]
		        // A `0` followed by `8` or `9` (e.g. `\08`) is only valid as an Annex B
		        // LegacyOctalEscapeSequence.
		        if (match !== '0' || /\d/.test(lookahead())) {
		          bailOctalEscapeIfUnicode(from, pos);
		        }
		        if (/^0{1,3}$/.test(match)) {
		          // If they are all zeros, they must be U+0000.
		          return createEscaped('null', 0x0000, '0', match.length);
		        } else {
		          return createEscaped('octal', parseInt(match, 8), match, 1);
		        }
		      }
		      return false;
		    }

		    function bailOctalEscapeIfUnicode(from, pos) {
		      if (isUnicodeMode) {
		        bail("Invalid decimal escape in unicode mode", null, from, pos);
		      }
		    }

		    function parseUnicodePropertyEscape() {
		      var res, from = pos;
		      if (features.unicodePropertyEscape && isUnicodeMode && (res = matchReg(/^([pP])\{([^}]+)\}/))) {
		        // https://github.com/jviereck/regjsparser/issues/77
		        return {
		          type: 'unicodePropertyEscape',
		          negative: res[1] === 'P',
		          value: res[2],
		          range: [from - 1, pos],
		          raw: str.substring(from - 1, pos)
		        };
		      }
		      return false;
		    }

		    function parseNamedReference() {
		      if (features.namedGroups && matchReg(/^k<(?=.*?>)/)) {
		        var name = parseIdentifier();
		        skip('>');
		        return createNamedReference(name);
		      }
		    }

		    function parseRegExpUnicodeEscapeSequence(isUnicodeMode) {
		      var res;
		      if (res = matchReg(/^u([0-9a-fA-F]{4})/)) {
		        // RegExpUnicodeEscapeSequence ::
		        //      [+UnicodeMode] u HexLeadSurrogate \u HexTrailSurrogate
		        //      [+UnicodeMode] u HexLeadSurrogate
		        //      [+UnicodeMode] u HexTrailSurrogate
		        //      [+UnicodeMode] u HexNonSurrogate
		        //      [~UnicodeMode] u Hex4Digits
		        return parseUnicodeSurrogatePairEscape(
		          createEscaped('unicodeEscape', parseInt(res[1], 16), res[1], 2),
		          isUnicodeMode
		        );
		      } else if (isUnicodeMode && (res = matchReg(/^u\{([0-9a-fA-F]+)\}/))) {
		        // RegExpUnicodeEscapeSequence ::
		        //      [+UnicodeMode] u{ CodePoint }
		        return createEscaped('unicodeCodePointEscape', parseInt(res[1], 16), res[1], 4);
		      }
		    }

		    function parseCharacterEscape() {
		      // CharacterEscape ::
		      //      ControlEscape
		      //      c AsciiLetter
		      //      0 [lookahead ∉ DecimalDigit]
		      //      HexEscapeSequence
		      //      RegExpUnicodeEscapeSequence
		      //      [~UnicodeMode] LegacyOctalEscapeSequence (Annex B)
		      //      IdentityEscape

		      var res;
		      var from = pos;
		      switch (lookahead()) {
		        case 't':
		          incr();
		          return createEscaped('singleEscape', 0x009, '\\t');
		        case 'n':
		          incr();
		          return createEscaped('singleEscape', 0x00A, '\\n');
		        case 'v':
		          incr();
		          return createEscaped('singleEscape', 0x00B, '\\v');
		        case 'f':
		          incr();
		          return createEscaped('singleEscape', 0x00C, '\\f');
		        case 'r':
		          incr();
		          return createEscaped('singleEscape', 0x00D, '\\r');
		        case 'c':
		          if (res = matchReg(/^c([a-zA-Z])/)) {
		            // c ControlLetter
		            return createEscaped('controlLetter', res[1].charCodeAt(0) % 32, res[1], 2);
		          }
		          break;
		        case '0':
		          // 0 [lookahead ∉ DecimalDigit]
		          // Only reached from ClassSetCharacter: AtomEscape and ClassEscape
		          // handle decimal digits before trying CharacterEscape.
		          if (matchReg(/^0(?!\d)/)) {
		            return createEscaped('null', 0x0000, '0', 1);
		          }
		          break;
		        case 'x':
		          if (res = matchReg(/^x([0-9a-fA-F]{2})/)) {
		            // HexEscapeSequence
		            return createEscaped('hexadecimalEscape', parseInt(res[1], 16), res[1], 2);
		          }
		          break;
		        case 'u':
		          if (res = parseRegExpUnicodeEscapeSequence(isUnicodeMode)) {
		            if (!res || res.codePoint > 0x10FFFF) {
		              bail('Invalid escape sequence', null, from, pos);
		            }
		            return res;
		          }
		          break;
		      }
		      // IdentityEscape
		      return parseIdentityEscape();
		    }

		    function parseIdentifierAtom(check) {
		      // RegExpIdentifierStart ::
		      //      IdentifierStartChar
		      //      \ RegExpUnicodeEscapeSequence[+UnicodeMode]
		      //      [~UnicodeMode] UnicodeLeadSurrogate UnicodeTrailSurrogate
		      //
		      // RegExpIdentifierPart ::
		      //      IdentifierPartChar
		      //      \ RegExpUnicodeEscapeSequence[+UnicodeMode]
		      //      [~UnicodeMode] UnicodeLeadSurrogate UnicodeTrailSurrogate


		      var ch = lookahead();
		      var from = pos;
		      if (ch === '\\') {
		        incr();
		        var esc = parseRegExpUnicodeEscapeSequence(true);
		        if (!esc || !check(esc.codePoint)) {
		          bail('Invalid escape sequence', null, from, pos);
		        }
		        return fromCodePoint(esc.codePoint);
		      }
		      var code = ch.charCodeAt(0);
		      if (code >= 0xD800 && code <= 0xDBFF) {
		        ch += str[pos + 1];
		        var second = ch.charCodeAt(1);
		        if (second >= 0xDC00 && second <= 0xDFFF) {
		          // Unicode surrogate pair
		          code = (code - 0xD800) * 0x400 + second - 0xDC00 + 0x10000;
		        }
		      }
		      if (!check(code)) return;
		      incr();
		      if (code > 0xFFFF) incr();
		      return ch;
		    }

		    function parseIdentifier() {
		      // RegExpIdentifierName ::
		      //      RegExpIdentifierStart
		      //      RegExpIdentifierName RegExpIdentifierPart

		      var start = pos;
		      var res = parseIdentifierAtom(isIdentifierStart);
		      if (!res) {
		        bail('Invalid identifier');
		      }

		      var ch;
		      while (ch = parseIdentifierAtom(isIdentifierPart)) {
		        res += ch;
		      }

		      return {
		        type: 'identifier',
		        value: res,
		        range: [start, pos],
		        raw: str.substring(start, pos)
		      };
		    }

		    function isIdentifierStart(ch) {
		      // ECMAScript (Unicode v18.0.0) NonAsciiIdentifierStart:
		      // Generated by `tools/generate-identifier-regex.js`.

		      var NonAsciiIdentifierStart = /[\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u0531-\u0556\u0558\u0559\u0560-\u0588\u058B\u058C\u05D0-\u05EA\u05EF-\u05F2\u0620-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FC\u06FF\u0710\u0712-\u072F\u074D-\u07A5\u07B1\u07CA-\u07EA\u07F4\u07F5\u07FA\u0800-\u0815\u081A\u0824\u0828\u0840-\u0858\u0860-\u086A\u0870-\u0887\u0889-\u088F\u08A0-\u08C9\u0904-\u0939\u093D\u0950\u0958-\u0961\u0971-\u0980\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BD\u09CE\u09DC\u09DD\u09DF-\u09E1\u09F0\u09F1\u09FC\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A59-\u0A5C\u0A5E\u0A72-\u0A74\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABD\u0AD0\u0AE0\u0AE1\u0AF9\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3D\u0B5C\u0B5D\u0B5F-\u0B61\u0B71\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BD0\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D\u0C58-\u0C5A\u0C5C\u0C5D\u0C60\u0C61\u0C80\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBD\u0CDC-\u0CDE\u0CE0\u0CE1\u0CF1\u0CF2\u0D04-\u0D0C\u0D0E-\u0D10\u0D12-\u0D3A\u0D3D\u0D4E\u0D54-\u0D56\u0D5F-\u0D61\u0D7A-\u0D7F\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46\u0E81\u0E82\u0E84\u0E86-\u0E8A\u0E8C-\u0EA3\u0EA5\u0EA7-\u0EB0\u0EB2\u0EB3\u0EBD\u0EC0-\u0EC4\u0EC6\u0EDC-\u0EDF\u0F00\u0F40-\u0F47\u0F49-\u0F6C\u0F88-\u0F8C\u1000-\u102A\u103F\u1050-\u1055\u105A-\u105D\u1061\u1065\u1066\u106E-\u1070\u1075-\u1081\u108E\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u1711\u171F-\u1731\u1740-\u1751\u1760-\u176C\u176E-\u1770\u1780-\u17B3\u17D7\u17DC\u1820-\u1878\u1880-\u18A8\u18AA\u18B0-\u18F5\u1900-\u191E\u1950-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u1A00-\u1A16\u1A20-\u1A54\u1AA7\u1B05-\u1B33\u1B45-\u1B4C\u1B83-\u1BA0\u1BAE\u1BAF\u1BBA-\u1BE5\u1C00-\u1C23\u1C4D-\u1C4F\u1C5A-\u1C7D\u1C80-\u1C8A\u1C90-\u1CBA\u1CBD-\u1CBF\u1CE9-\u1CEC\u1CEE-\u1CF3\u1CF5\u1CF6\u1CFA\u1D00-\u1DBF\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2071\u207F\u208F-\u209F\u2102\u2107\u210A-\u2113\u2115\u2118-\u211D\u2124\u2126\u2128\u212A-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2CE4\u2CEB-\u2CEE\u2CF2\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D80-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303C\u3041-\u3096\u309B-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312F\u3131-\u318E\u31A0-\u31BF\u31F0-\u31FF\u3400-\u4DBF\u4E00-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA61F\uA62A\uA62B\uA640-\uA66E\uA67F-\uA69D\uA6A0-\uA6EF\uA717-\uA71F\uA722-\uA788\uA78B-\uA7DD\uA7E2\uA7F1-\uA801\uA803-\uA805\uA807-\uA80A\uA80C-\uA822\uA840-\uA873\uA882-\uA8B3\uA8F2-\uA8F7\uA8FB\uA8FD\uA8FE\uA90A-\uA925\uA930-\uA946\uA960-\uA97C\uA984-\uA9B2\uA9CF\uA9E0-\uA9E4\uA9E6-\uA9EF\uA9FA-\uA9FE\uAA00-\uAA28\uAA40-\uAA42\uAA44-\uAA4B\uAA60-\uAA76\uAA7A\uAA7E-\uAAAF\uAAB1\uAAB5\uAAB6\uAAB9-\uAABD\uAAC0\uAAC2\uAADB-\uAADD\uAAE0-\uAAEA\uAAF2-\uAAF4\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB69\uAB6C\uAB6D\uAB70-\uABE2\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D\uFB1F-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE70-\uFE74\uFE76-\uFEFC\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD40-\uDD74\uDE80-\uDE9C\uDEA0-\uDED0\uDF00-\uDF1F\uDF2D-\uDF4A\uDF50-\uDF75\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDCB0-\uDCD3\uDCD8-\uDCFB\uDD00-\uDD27\uDD30-\uDD63\uDD70-\uDD7A\uDD7C-\uDD8A\uDD8C-\uDD92\uDD94\uDD95\uDD97-\uDDA1\uDDA3-\uDDB1\uDDB3-\uDDB9\uDDBB\uDDBC\uDDC0-\uDDF3\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67\uDF80-\uDF85\uDF87-\uDFB0\uDFB2-\uDFBF]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC60-\uDC76\uDC80-\uDC9E\uDCE0-\uDCF2\uDCF4\uDCF5\uDD00-\uDD15\uDD20-\uDD39\uDD40-\uDD59\uDD80-\uDDB7\uDDBE\uDDBF\uDE00\uDE10-\uDE13\uDE15-\uDE17\uDE19-\uDE35\uDE60-\uDE7C\uDE80-\uDE9C\uDEC0-\uDEC7\uDEC9-\uDEE4\uDF00-\uDF35\uDF40-\uDF55\uDF60-\uDF72\uDF80-\uDF91]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2\uDD00-\uDD23\uDD4A-\uDD65\uDD6F-\uDD85\uDE80-\uDEA9\uDEB0\uDEB1\uDEC2-\uDEC7\uDED9-\uDEEE\uDF00-\uDF1C\uDF27\uDF30-\uDF45\uDF70-\uDF81\uDFB0-\uDFC4\uDFE0-\uDFF6]|\uD804[\uDC03-\uDC37\uDC71\uDC72\uDC75\uDC83-\uDCAF\uDCD0-\uDCE8\uDD03-\uDD26\uDD44\uDD47\uDD50-\uDD72\uDD76\uDD83-\uDDB2\uDDC1-\uDDC4\uDDDA\uDDDC\uDE00-\uDE11\uDE13-\uDE2B\uDE3F\uDE40\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEDE\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3D\uDF50\uDF5D-\uDF61\uDF80-\uDF89\uDF8B\uDF8E\uDF90-\uDFB5\uDFB7\uDFD1\uDFD3]|\uD805[\uDC00-\uDC34\uDC47-\uDC4A\uDC5F-\uDC61\uDC80-\uDCAF\uDCC4\uDCC5\uDCC7\uDD80-\uDDAE\uDDD8-\uDDDB\uDE00-\uDE2F\uDE44\uDE80-\uDEAA\uDEB8\uDF00-\uDF1A\uDF40-\uDF46]|\uD806[\uDC00-\uDC2B\uDCA0-\uDCDF\uDCFF-\uDD06\uDD09\uDD0C-\uDD13\uDD15\uDD16\uDD18-\uDD2F\uDD3F\uDD41\uDDA0-\uDDA7\uDDAA-\uDDD0\uDDE1\uDDE3\uDE00\uDE0B-\uDE32\uDE3A\uDE50\uDE5C-\uDE89\uDE9D\uDEB0-\uDEF8\uDF0A\uDFC0-\uDFE0]|\uD807[\uDC00-\uDC08\uDC0A-\uDC2E\uDC40\uDC72-\uDC8F\uDD00-\uDD06\uDD08\uDD09\uDD0B-\uDD30\uDD46\uDD60-\uDD65\uDD67\uDD68\uDD6A-\uDD89\uDD98\uDDB0-\uDDDB\uDDF1\uDEE0-\uDEF2\uDF02\uDF04-\uDF10\uDF12-\uDF33\uDFB0]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6F\uDC75-\uDD43\uDD50-\uDE86]|\uD80B[\uDF90-\uDFF0]|[\uD80C\uD80E\uD80F\uD81C-\uD822\uD840-\uD868\uD86A-\uD86D\uD86F-\uD872\uD874-\uD879\uD880-\uD883\uD885-\uD88C\uD8B4-\uD8BE][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2F\uDC41-\uDC46\uDC60-\uDFFF]|\uD810[\uDC00-\uDFFA]|\uD811[\uDC00-\uDE46]|\uD818[\uDD00-\uDD1D]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDE70-\uDEBE\uDED0-\uDEED\uDF00-\uDF2F\uDF40-\uDF43\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDD40-\uDD6C\uDE40-\uDE7F\uDEA0-\uDEB8\uDEBB-\uDED3\uDF00-\uDF4A\uDF50\uDF93-\uDF9F\uDFE0\uDFE1\uDFE3\uDFF2-\uDFF6]|\uD823[\uDC00-\uDCDA\uDCFF-\uDD20\uDD80-\uDDF2\uDE00-\uDFFF]|\uD824[\uDC00-\uDD91\uDDA0-\uDDD2]|\uD82B[\uDFF0-\uDFF3\uDFF5-\uDFFB\uDFFD\uDFFE]|\uD82C[\uDC00-\uDD28\uDD32\uDD50-\uDD52\uDD55\uDD64-\uDD68\uDD70-\uDEFB]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA6\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB]|\uD837[\uDF00-\uDF81\uDF90-\uDF96\uDFCD-\uDFFF]|\uD838[\uDC30-\uDC6D\uDD00-\uDD2C\uDD37-\uDD3D\uDD4E\uDE90-\uDEAD\uDEC0-\uDEEB]|\uD839[\uDCD0-\uDCEB\uDDD0-\uDDED\uDDF0\uDEC0-\uDEDE\uDEE0-\uDEE2\uDEE4\uDEE5\uDEE7-\uDEED\uDEF0-\uDEF4\uDEFE\uDEFF\uDFE0-\uDFE6\uDFE8-\uDFEB\uDFED\uDFEE\uDFF0-\uDFFE]|\uD83A[\uDC00-\uDCC4\uDD00-\uDD43\uDD4B]|\uD83B[\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD869[\uDC00-\uDEDF\uDF00-\uDFFF]|\uD86E[\uDC00-\uDC1E\uDC20-\uDFFF]|\uD873[\uDC00-\uDEAD\uDEB0-\uDFFF]|\uD87A[\uDC00-\uDFE0\uDFF0-\uDFFF]|\uD87B[\uDC00-\uDE5D]|\uD87E[\uDC00-\uDE1D]|\uD884[\uDC00-\uDF4A\uDF50-\uDFFF]|\uD88D[\uDC00-\uDC79]|\uD8BF[\uDC00-\uDC3F]/;
		      return (ch === 36) || (ch === 95) ||  // $ (dollar) and _ (underscore)
		        (ch >= 65 && ch <= 90) ||         // A..Z
		        (ch >= 97 && ch <= 122) ||        // a..z
		        ((ch >= 0x80) && NonAsciiIdentifierStart.test(fromCodePoint(ch)));
		    }

		    // Taken from the Esprima parser.
		    function isIdentifierPart(ch) {
		      // ECMAScript (Unicode v18.0.0) NonAsciiIdentifierPartOnly:
		      // Generated by `tools/generate-identifier-regex.js`.
		      // eslint-disable-next-line no-misleading-character-class
		      var NonAsciiIdentifierPartOnly = /[\xB7\u0300-\u036F\u0387\u0483-\u0487\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7-\u05C9\u0610-\u061A\u064B-\u0669\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u06F0-\u06F9\u0711\u0730-\u074A\u07A6-\u07B0\u07C0-\u07C9\u07EB-\u07F3\u07FD\u0816-\u0819\u081B-\u0823\u0825-\u0827\u0829-\u082D\u0859-\u085B\u0897-\u089F\u08CA-\u08E1\u08E3-\u0903\u093A-\u093C\u093E-\u094F\u0951-\u0957\u0962\u0963\u0966-\u096F\u0981-\u0983\u09BC\u09BE-\u09C4\u09C7\u09C8\u09CB-\u09CD\u09D7\u09E2\u09E3\u09E6-\u09EF\u09FE\u0A01-\u0A03\u0A3C\u0A3E-\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A66-\u0A71\u0A75\u0A81-\u0A83\u0ABC\u0ABE-\u0AC5\u0AC7-\u0AC9\u0ACB-\u0ACD\u0AE2\u0AE3\u0AE6-\u0AEF\u0AFA-\u0AFF\u0B01-\u0B03\u0B3C\u0B3E-\u0B44\u0B47\u0B48\u0B4B-\u0B4D\u0B53-\u0B57\u0B62\u0B63\u0B66-\u0B6F\u0B82\u0BBE-\u0BC2\u0BC6-\u0BC8\u0BCA-\u0BCD\u0BD7\u0BE6-\u0BEF\u0C00-\u0C04\u0C3C\u0C3E-\u0C44\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C62\u0C63\u0C66-\u0C6F\u0C81-\u0C83\u0CBC\u0CBE-\u0CC4\u0CC6-\u0CC8\u0CCA-\u0CCD\u0CD5\u0CD6\u0CE2\u0CE3\u0CE6-\u0CEF\u0CF3\u0D00-\u0D03\u0D3B\u0D3C\u0D3E-\u0D44\u0D46-\u0D48\u0D4A-\u0D4D\u0D57\u0D62\u0D63\u0D66-\u0D6F\u0D81-\u0D83\u0DCA\u0DCF-\u0DD4\u0DD6\u0DD8-\u0DDF\u0DE6-\u0DEF\u0DF2\u0DF3\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u0E50-\u0E59\u0EB1\u0EB4-\u0EBC\u0EC8-\u0ECE\u0ED0-\u0ED9\u0F18\u0F19\u0F20-\u0F29\u0F35\u0F37\u0F39\u0F3E\u0F3F\u0F71-\u0F84\u0F86\u0F87\u0F8D-\u0F97\u0F99-\u0FBC\u0FC6\u102B-\u103E\u1040-\u1049\u1056-\u1059\u105E-\u1060\u1062-\u1064\u1067-\u106D\u1071-\u1074\u1082-\u108D\u108F-\u109D\u135D-\u135F\u1369-\u1371\u1712-\u1715\u1732-\u1734\u1752\u1753\u1772\u1773\u17B4-\u17D3\u17DD\u17E0-\u17E9\u180B-\u180D\u180F-\u1819\u18A9\u1920-\u192B\u1930-\u193B\u1946-\u194F\u19D0-\u19DA\u1A17-\u1A1B\u1A55-\u1A5E\u1A60-\u1A7C\u1A7F-\u1A89\u1A90-\u1A99\u1AB0-\u1ABD\u1ABF-\u1AF0\u1B00-\u1B04\u1B34-\u1B44\u1B50-\u1B59\u1B6B-\u1B73\u1B80-\u1B82\u1BA1-\u1BAD\u1BB0-\u1BB9\u1BE6-\u1BF3\u1C24-\u1C37\u1C40-\u1C49\u1C50-\u1C59\u1CD0-\u1CD2\u1CD4-\u1CE8\u1CED\u1CF4\u1CF7-\u1CF9\u1DC0-\u1DFF\u200C\u200D\u203F\u2040\u2054\u20D0-\u20DC\u20E1\u20E5-\u20F0\u2CEF-\u2CF1\u2D7F\u2DE0-\u2DFF\u302A-\u302F\u3099\u309A\u30FB\uA620-\uA629\uA66F\uA674-\uA67D\uA69E\uA69F\uA6F0\uA6F1\uA802\uA806\uA80B\uA823-\uA827\uA82C\uA880\uA881\uA8B4-\uA8C5\uA8D0-\uA8D9\uA8E0-\uA8F1\uA8FF-\uA909\uA926-\uA92D\uA947-\uA953\uA980-\uA983\uA9B3-\uA9C0\uA9D0-\uA9D9\uA9E5\uA9F0-\uA9F9\uAA29-\uAA36\uAA43\uAA4C\uAA4D\uAA50-\uAA59\uAA7B-\uAA7D\uAAB0\uAAB2-\uAAB4\uAAB7\uAAB8\uAABE\uAABF\uAAC1\uAAEB-\uAAEF\uAAF5\uAAF6\uABE3-\uABEA\uABEC\uABED\uABF0-\uABF9\uFB1E\uFE00-\uFE0F\uFE20-\uFE2F\uFE33\uFE34\uFE4D-\uFE4F\uFF10-\uFF19\uFF3F\uFF65]|\uD800[\uDDFD\uDEE0\uDF76-\uDF7A]|\uD801[\uDCA0-\uDCA9]|\uD802[\uDE01-\uDE03\uDE05\uDE06\uDE0C-\uDE0F\uDE38-\uDE3A\uDE3F\uDEE5\uDEE6]|\uD803[\uDD24-\uDD27\uDD30-\uDD39\uDD40-\uDD49\uDD69-\uDD6D\uDEAB\uDEAC\uDECB-\uDECF\uDEF0-\uDEFF\uDF46-\uDF50\uDF82-\uDF85]|\uD804[\uDC00-\uDC02\uDC38-\uDC46\uDC66-\uDC70\uDC73\uDC74\uDC7F-\uDC82\uDCB0-\uDCBA\uDCC2\uDCF0-\uDCF9\uDD00-\uDD02\uDD27-\uDD34\uDD36-\uDD3F\uDD45\uDD46\uDD73\uDD80-\uDD82\uDDB3-\uDDC0\uDDC9-\uDDCC\uDDCE-\uDDD9\uDE2C-\uDE37\uDE3E\uDE41\uDEDF-\uDEEA\uDEF0-\uDEF9\uDF00-\uDF03\uDF3B\uDF3C\uDF3E-\uDF44\uDF47\uDF48\uDF4B-\uDF4D\uDF57\uDF62\uDF63\uDF66-\uDF6C\uDF70-\uDF74\uDFB8-\uDFC0\uDFC2\uDFC5\uDFC7-\uDFCA\uDFCC-\uDFD0\uDFD2\uDFE1\uDFE2]|\uD805[\uDC35-\uDC46\uDC50-\uDC59\uDC5E\uDCB0-\uDCC3\uDCD0-\uDCD9\uDDAF-\uDDB5\uDDB8-\uDDC0\uDDDC\uDDDD\uDE30-\uDE40\uDE50-\uDE59\uDEAB-\uDEB7\uDEC0-\uDEC9\uDED0-\uDEE3\uDF1D-\uDF2B\uDF30-\uDF39]|\uD806[\uDC2C-\uDC3A\uDCE0-\uDCE9\uDD30-\uDD35\uDD37\uDD38\uDD3B-\uDD3E\uDD40\uDD42\uDD43\uDD50-\uDD59\uDDD1-\uDDD7\uDDDA-\uDDE0\uDDE4\uDE01-\uDE0A\uDE33-\uDE39\uDE3B-\uDE3E\uDE47\uDE51-\uDE5B\uDE8A-\uDE99\uDF60-\uDF67\uDFF0-\uDFF9]|\uD807[\uDC2F-\uDC36\uDC38-\uDC3F\uDC50-\uDC59\uDC92-\uDCA7\uDCA9-\uDCB6\uDD31-\uDD36\uDD3A\uDD3C\uDD3D\uDD3F-\uDD45\uDD47\uDD50-\uDD59\uDD8A-\uDD8E\uDD90\uDD91\uDD93-\uDD97\uDDA0-\uDDA9\uDDE0-\uDDE9\uDDF0\uDEF3-\uDEF6\uDF00\uDF01\uDF03\uDF34-\uDF3A\uDF3E-\uDF42\uDF50-\uDF5A]|\uD80D[\uDC40\uDC47-\uDC55]|\uD818[\uDD1E-\uDD39]|\uD81A[\uDE60-\uDE69\uDEC0-\uDEC9\uDEF0-\uDEF4\uDF30-\uDF36\uDF50-\uDF59]|\uD81B[\uDD70-\uDD79\uDF4F\uDF51-\uDF87\uDF8F-\uDF92\uDFE4\uDFF0\uDFF1]|\uD82F[\uDC9D\uDC9E]|\uD833[\uDCF0-\uDCF9\uDF00-\uDF2D\uDF30-\uDF46]|\uD834[\uDD27\uDD28\uDD65-\uDD69\uDD6D-\uDD72\uDD7B-\uDD82\uDD85-\uDD8B\uDDAA-\uDDAD\uDE42-\uDE44\uDE50-\uDE52\uDE5B\uDE5C\uDE5F\uDE80\uDE81]|\uD835[\uDFCE-\uDFFF]|\uD836[\uDE00-\uDE36\uDE3B-\uDE6C\uDE75\uDE84\uDE9B-\uDE9F\uDEA1-\uDEAF]|\uD838[\uDC00-\uDC06\uDC08-\uDC18\uDC1B-\uDC21\uDC23\uDC24\uDC26-\uDC2A\uDC8F\uDD30-\uDD36\uDD40-\uDD49\uDEAE\uDEEC-\uDEF9]|\uD839[\uDCEC-\uDCF9\uDDEE\uDDEF\uDDF1-\uDDFA\uDEE3\uDEE6\uDEEE\uDEEF\uDEF5]|\uD83A[\uDCD0-\uDCD6\uDD44-\uDD4A\uDD50-\uDD59]|\uD83E[\uDFF0-\uDFF9]|\uDB40[\uDD00-\uDDEF]/;
		      return isIdentifierStart(ch) ||
		        (ch >= 48 && ch <= 57) ||         // 0..9
		        ((ch >= 0x80) && NonAsciiIdentifierPartOnly.test(fromCodePoint(ch)));
		    }

		    function parseIdentityEscape() {
		      // IdentityEscape (Annex B) ::
		      //      [+UnicodeMode] SyntaxCharacter
		      //      [+UnicodeMode] /
		      //      [~UnicodeMode] SourceCharacterIdentityEscape
		      //
		      // SourceCharacterIdentityEscape (Annex B) ::
		      //      [~NamedCaptureGroups] SourceCharacter but not c
		      //      [+NamedCaptureGroups] SourceCharacter but not one of c or k


		      var tmp;
		      var l = lookahead();
		      if (
		        (isUnicodeMode && /[\^$.*+?()\\[\]{}|/]/.test(l)) ||
		        (!isUnicodeMode && l !== "c")
		      ) {
		        if (l === "k" && features.lookbehind) {
		          return null;
		        }
		        tmp = consume(1);
		        return createEscaped('identifier', tmp.charCodeAt(0), tmp, 1);
		      }

		      return null;
		    }

		    function parseCharacterClass() {
		      // CharacterClass ::
		      //      [ [lookahead ≠ ^] ClassContents ]
		      //      [^ ClassContents ]

		      var res, from = pos;
		      if (match("[^")) {
		        res = parseClassContents();
		        skip(']');
		        return createCharacterClass(res, true, from, pos);
		      } else if (matchOne('[')) {
		        res = parseClassContents();
		        skip(']');
		        return createCharacterClass(res, false, from, pos);
		      }

		      return null;
		    }

		    function parseClassContents() {
		      // ClassContents ::
		      //      [empty]
		      //      [~UnicodeSetsMode] NonemptyClassRanges
		      //      [+UnicodeSetsMode] ClassSetExpression

		      var res;
		      if (currentOne(']')) {
		        // Empty array means nothing inside of the ClassRange.
		        return { kind: 'union', body: [] };
		      } else if (hasUnicodeSetFlag) {
		        return parseClassSetExpression();
		      } else {
		        res = parseNonemptyClassRanges();
		        if (!res) {
		          bail('nonEmptyClassRanges');
		        }
		        return { kind: 'union', body: res };
		      }
		    }

		    function parseNonemptyClassRanges() {
		      // NonemptyClassRanges ::
		      //      ClassAtom
		      //      ClassAtom NonemptyClassRangesNoDash
		      //      ClassAtom - ClassAtom ClassContents
		      //
		      // NonemptyClassRangesNoDash ::
		      //      ClassAtom
		      //      ClassAtomNoDash NonemptyClassRangesNoDash
		      //      ClassAtomNoDash - ClassAtom ClassContents
		      //
		      // Both productions are right-recursive. They are parsed within a loop such
		      // that large classes take linear time and don't overflow the call stack.

		      var contents = [], rangeIndexes = [];
		      var atom, atomTo, dash, range, i, j;

		      do {
		        atom = parseClassAtom();
		        if (!atom) {
		          bail('classAtom');
		        }

		        if (currentOne('-') && !next(']')) {
		          // ClassAtom - ClassAtom ClassContents
		          incr();
		          dash = createCharacter('-');

		          atomTo = parseClassAtom();
		          if (!atomTo) {
		            bail('classAtom');
		          }

		          rangeIndexes.push(contents.length);
		          contents.push({ atom: atom, dash: dash, atomTo: atomTo, from: atom.range[0], to: pos });
		        } else {
		          // ClassAtom
		          // ClassAtom NonemptyClassRangesNoDash
		          contents.push(atom);
		        }
		      } while (!currentOne(']'));

		      // Build the ranges from right to left. This keeps the error precedence
		      // of the recursive grammar, where a range is checked only after the
		      // rest of the class has been parsed.
		      for (i = rangeIndexes.length - 1; i >= 0; i--) {
		        range = contents[rangeIndexes[i]];

		        // Check if both the from and atomTo have codePoints.
		        if (!('codePoint' in range.atom) || !('codePoint' in range.atomTo)) {
		          if (!isUnicodeMode) {
		            // If not, don't create a range but treat them as
		            // `atom` `-` `atom` instead.
		            //
		            // SEE: https://tc39.es/ecma262/#sec-regular-expression-patterns-semantics
		            //   NonemptyClassRanges::ClassAtom - ClassAtom ClassContents
		            //   CharacterRangeOrUnion
		            contents[rangeIndexes[i]] = [range.atom, range.dash, range.atomTo];
		          } else {
		            // With unicode flag, both sides must have codePoints if
		            // one side has a codePoint.
		            //
		            // SEE: https://tc39.es/ecma262/#sec-patterns-static-semantics-early-errors
		            //   NonemptyClassRanges :: ClassAtom - ClassAtom ClassContents
		            bail('invalid character class');
		          }
		        } else {
		          contents[rangeIndexes[i]] = createClassRange(range.atom, range.atomTo, range.from, range.to);
		        }
		      }

		      // Flatten contents to return a single array of class elements.
		      var res = [];
		      for (i = 0; i < contents.length; i++) {
		        var contentsItem = contents[i];
		        if (Array.isArray(contentsItem)) {
		          for (j = 0; j < contentsItem.length; j++) {
		            res.push(contentsItem[j]);
		          }
		        } else {
		          res.push(contentsItem);
		        }
		      }
		      return res;
		    }

		    function parseClassAtom() {
		      // ClassAtom ::
		      //      -
		      //      ClassAtomNoDash
		      if (matchOne('-')) {
		        return createCharacter('-');
		      } else {
		        return parseClassAtomNoDash();
		      }
		    }

		    function parseClassAtomNoDash() {
		      // ClassAtomNoDash ::
		      //      SourceCharacter but not one of \ or ] or -
		      //      \ ClassEscape
		      //
		      // ClassAtomNoDash (Annex B) ::
		      //      ...
		      //      \ [lookahead = c]

		      var res;
		      switch ((res = lookahead())) {
		        case "\\": {
		          incr();
		          res = parseClassEscape();
		          if (!res) {
		            if (!isUnicodeMode && lookahead() == "c") {
		              return createCharacter("\\");
		            }
		            bail("classEscape");
		          }

		          return parseUnicodeSurrogatePairEscape(res, isUnicodeMode);
		        }
		        case "]":
		        case "-":
		          break;
		        default:
		          incr();
		          return createCharacter(res);
		      }
		    }

		    function parseClassSetExpression() {
		      // ClassSetExpression ::
		      //      ClassUnion
		      //      ClassIntersection
		      //      ClassSubtraction
		      //
		      // ClassUnion ::
		      //      ClassSetRange ClassUnion?
		      //      ClassSetOperand ClassUnion?
		      //
		      // ClassIntersection ::
		      //      ClassSetOperand && [lookahead ≠ &] ClassSetOperand
		      //      ClassIntersection && [lookahead ≠ &] ClassSetOperand
		      //
		      // ClassSubtraction ::
		      //      ClassSetOperand -- ClassSetOperand
		      //      ClassSubtraction -- ClassSetOperand
		      //

		      var body = [];
		      var kind;

		      var operand = parseClassSetOperand(/* allowRanges*/ true);
		      body.push(operand);

		      if (operand.type === 'characterClassRange') {
		        kind = 'union';
		      } else if (currentOne('&')) {
		        kind = 'intersection';
		      } else if (currentOne('-')) {
		        kind = 'subtraction';
		      } else {
		        kind = 'union';
		      }

		      while (!currentOne(']')) {
		        if (kind === 'intersection') {
		          skip('&');
		          skip('&');
		          if (currentOne('&')) {
		            bail('&& cannot be followed by &. Wrap it in brackets: &&[&].');
		          }
		        } else if (kind === 'subtraction') {
		          skip('-');
		          skip('-');
		        }

		        operand = parseClassSetOperand(/* allowRanges*/ kind === 'union');
		        body.push(operand);
		      }

		      return { kind: kind, body: body };
		    }

		    function parseClassSetOperand(allowRanges) {
		      // ClassSetOperand ::
		      //      NestedClass
		      //      ClassStringDisjunction
		      //      ClassSetCharacter
		      //
		      // NestedClass ::
		      //      [ [lookahead ≠ ^] ClassContents[+UnicodeMode, +UnicodeSetsMode] ]
		      //      [^ ClassContents[+UnicodeMode, +UnicodeSetsMode] ]
		      //      \ CharacterClassEscape[+UnicodeMode]
		      //
		      // ClassSetRange ::
		      //      ClassSetCharacter - ClassSetCharacter
		      //
		      // ClassSetCharacter ::
		      //      [lookahead ∉ ClassSetReservedDoublePunctuator] SourceCharacter but not ClassSetSyntaxCharacter
		      //      \ CharacterEscape[+UnicodeMode]
		      //      \ ClassSetReservedPunctuator
		      //      \b
		      //
		      // ClassSetSyntaxCharacter :: one of
		      //      ( ) [ ] { } / - \ |

		      var from = pos;
		      var start, res;

		      if (matchOne('\\')) {
		        // ClassSetOperand ::
		        //      NestedClass
		        //      ClassStringDisjunction
		        //      ...
		        //
		        // NestedClass ::
		        //      ...
		        //      \ CharacterClassEscape[+UnicodeMode]
		        if (match('q{')) {
		          return parseClassStringDisjunction();
		        } else if (res = parseClassEscape()) {
		          start = res;
		        } else if (res = parseClassSetCharacterEscapedHelper()) {
		          return res;
		        } else {
		          bail('Invalid escape', '\\' + lookahead(), from);
		        }
		      } else if (res = parseClassSetCharacterUnescapedHelper()) {
		        start = res;
		      } else if (res = parseCharacterClass()) {
		        // ClassSetOperand ::
		        //      NestedClass
		        //      ...
		        //
		        // NestedClass ::
		        //      [ [lookahead ≠ ^] ClassContents[+UnicodeMode, +UnicodeSetsMode] ]
		        //      [^ ClassContents[+UnicodeMode, +UnicodeSetsMode] ]
		        //      ...
		        return res;
		      } else {
		        bail('Invalid character', lookahead());
		      }

		      if (allowRanges && currentOne('-') && !next('-')) {
		        incr();

		        if (res = parseClassSetCharacter()) {
		          // ClassSetRange ::
		          //      ClassSetCharacter - ClassSetCharacter
		          return createClassRange(start, res, from, pos);
		        }

		        bail('Invalid range end', lookahead());
		      }

		      // ClassSetOperand ::
		      //      ...
		      //      ClassSetCharacter
		      return start;
		    }

		    function parseClassSetCharacter() {
		      // ClassSetCharacter ::
		      //      [lookahead ∉ ClassSetReservedDoublePunctuator] SourceCharacter but not ClassSetSyntaxCharacter
		      //      \ CharacterEscape[+UnicodeMode]
		      //      \ ClassSetReservedPunctuator
		      //      \b

		      if (matchOne('\\')) {
		        var res, from = pos;
		        if (res = parseClassSetCharacterEscapedHelper()) {
		          return res;
		        } else {
		          bail('Invalid escape', '\\' + lookahead(), from);
		        }
		      }

		      return parseClassSetCharacterUnescapedHelper();
		    }

		    function parseClassSetCharacterUnescapedHelper() {
		      // ClassSetCharacter ::
		      //      [lookahead ∉ ClassSetReservedDoublePunctuator] SourceCharacter but not ClassSetSyntaxCharacter
		      //      ...

		      var res;
		      if (matchReg(/^(?:&&|!!|##|\$\$|%%|\*\*|\+\+|,,|\.\.|::|;;|<<|==|>>|\?\?|@@|\^\^|``|~~)/)) {
		        bail('Invalid set operation in character class');
		      }
		      if (res = matchReg(/^[^()[\]{}/\-\\|]/)) {
		        return createCharacter(res);
		      }
		    }

		    function parseClassSetCharacterEscapedHelper() {
		      // ClassSetCharacter ::
		      //      ...
		      //      \ CharacterEscape[+UnicodeMode]
		      //      \ ClassSetReservedPunctuator
		      //      \b

		      var res;
		      if (matchOne('b')) {
		        return createEscaped('singleEscape', 0x0008, '\\b');
		      } else if (matchOne('B')) {
		        bail('\\B not possible inside of ClassContents', '', pos - 2);
		      } else if (res = matchReg(/^[&\-!#%,:;<=>@`~]/)) {
		        return createEscaped('identifier', res[0].codePointAt(0), res[0]);
		      } else if (res = parseCharacterEscape()) {
		        return res;
		      } else {
		        return null;
		      }
		    }

		    function parseClassStringDisjunction() {
		      // ClassStringDisjunction ::
		      //      \q{ ClassStringDisjunctionContents }
		      //
		      // ClassStringDisjunctionContents ::
		      //      ClassString
		      //      ClassString | ClassStringDisjunctionContents


		      // When calling this function, \q{ has already been consumed.
		      var from = pos - 3;

		      var res = [];
		      do {
		        res.push(parseClassString());
		      } while (matchOne('|'));

		      skip('}');

		      return createClassStrings(res, from, pos);
		    }

		    function parseClassString() {
		      // ClassString ::
		      //      [empty]
		      //      NonEmptyClassString
		      //
		      // NonEmptyClassString ::
		      //      ClassSetCharacter NonEmptyClassString?

		      var res = [], from = pos;
		      var char;

		      while (char = parseClassSetCharacter()) {
		        res.push(char);
		      }

		      return createClassString(res, from, pos);
		    }

		    function bail(message, details, from, to) {
		      from = from == null ? pos : from;
		      to = to == null ? from : to;

		      var contextStart = Math.max(0, from - 10);
		      var contextEnd = Math.min(to + 10, str.length);

		      // Output a bit of context and a line pointing to where our error is.
		      //
		      // We are assuming that there are no actual newlines in the content as this is a regular expression.
		      var context = '    ' + str.substring(contextStart, contextEnd);
		      var pointer = '    ' + new Array(from - contextStart + 1).join(' ') + '^';

		      throw SyntaxError(message + ' at position ' + from + (details ? ': ' + details : '') + '\n' + context + '\n' + pointer);
		    }

		    var backrefDenied = [];
		    var closedCaptureCounter = 0;
		    var firstIteration = true;
		    var shouldReparse = false;
		    var hasUnicodeFlag = (flags || "").indexOf("u") !== -1;
		    var hasUnicodeSetFlag = (flags || "").indexOf("v") !== -1;
		    var isUnicodeMode = hasUnicodeFlag || hasUnicodeSetFlag;
		    var pos = 0;

		    if (hasUnicodeSetFlag && !features.unicodeSet) {
		      throw new Error('The "v" flag is only supported when the .unicodeSet option is enabled.');
		    }

		    if (hasUnicodeFlag && hasUnicodeSetFlag) {
		      throw new Error('The "u" and "v" flags are mutually exclusive.');
		    }

		    // Convert the input to a string and treat the empty string special.
		    str = String(str);
		    if (str === '') {
		      str = '(?:)';
		    }

		    var result = parseDisjunction();

		    if (result.range[1] !== str.length) {
		      bail('Could not parse entire input - got stuck', '', result.range[1]);
		    }

		    // The spec requires to interpret the `\2` in `/\2()()/` as backreference.
		    // As the parser collects the number of capture groups as the string is
		    // parsed it is impossible to make these decisions at the point when the
		    // `\2` is handled. In case the local decision turns out to be wrong after
		    // the parsing has finished, the input string is parsed a second time with
		    // the total number of capture groups set.
		    //
		    // SEE: https://github.com/jviereck/regjsparser/issues/70
		    shouldReparse = shouldReparse || backrefDenied.some(function (ref) {
		      return ref <= closedCaptureCounter;
		    });
		    if (shouldReparse) {
		      // Parse the input a second time.
		      pos = 0;
		      firstIteration = false;
		      return parseDisjunction();
		    }

		    return result;
		  }

		  var regjsparser = {
		    parse: parse
		  };

		  if (module.exports) {
		    module.exports = regjsparser;
		  } else {
		    window.regjsparser = regjsparser;
		  }

		}()); 
	} (parser));
	return parser.exports;
}

var parserExports = requireParser();

// Pure: making a user-supplied claim-ID pattern safe to run over hostile text.
//
// A regular expression from a config file runs over every line of every tutorial, registry entry
// and draft of a pull request. JavaScript's backtracking engine can take exponential time on some
// patterns (`(a+)+b` against forty `a`s never finishes) and quadratic time on many more. Two steps,
// both on the parsed pattern (regjsparser), never on its text:
//   1. refuse a pattern whose matching can backtrack without bound from one starting position
//      (nested or overlapping quantifiers) — checked by redos-detector;
//   2. bound every open-ended quantifier (`+`, `*`, `{n,}`) to MAX_REPEAT, so the work done at one
//      position of a line is bounded and a search over a line stays linear in its length. A claim
//      ID never has a part longer than that, so what matches is unchanged for real IDs.
/** Longest run one quantifier of a user pattern may match. */
const MAX_REPEAT = 64;
function quantifierEdits(node, out) {
    const visit = (n) => {
        if (n.type === 'quantifier') {
            const body = n.body[0];
            if (n.max === undefined) {
                // the quantifier's own text sits between the end of its body and its own end
                const start = body.range[1];
                const end = n.range[1];
                const min = Math.min(n.min, MAX_REPEAT);
                out.push({ start, end, text: `{${min},${MAX_REPEAT}}${n.greedy ? '' : '?'}` });
            }
            visit(body);
            return;
        }
        const children = n.body;
        if (Array.isArray(children)) {
            for (const c of children)
                visit(c);
        }
    };
    visit(node);
}
/**
 * Checks a user pattern and returns the bounded source to use, or why it is refused. The
 * default pattern is known to be safe and is not passed here.
 */
function safeClaimIdPattern(pattern) {
    let tree;
    try {
        tree = parserExports.parse(pattern, '', { lookbehind: true, namedGroups: true });
    }
    catch (e) {
        return { ok: false, reason: e.message.split('\n')[0] ?? 'does not parse' };
    }
    // one starting position (anchored): searching tries every position anyway, and bounding the
    // quantifiers (below) keeps each try short
    // the search is bounded (steps, and time as a last resort): a pattern too tangled to decide
    // within it is refused like an unsafe one
    const safety = isSafePattern(`^(?:${pattern})`, { maxSteps: 500, timeout: 5000 });
    if (!safety.safe) {
        return {
            ok: false,
            reason: 'it can backtrack catastrophically (nested or overlapping repetition such as "(a+)+"); write each part of the ID once, e.g. "[A-Z]+-[A-Z]+-[0-9]{3}"'
        };
    }
    const edits = [];
    quantifierEdits(tree, edits);
    edits.sort((a, b) => b.start - a.start);
    let source = pattern;
    for (const e of edits)
        source = source.slice(0, e.start) + e.text + source.slice(e.end);
    return { ok: true, source };
}

const validator = validate$1;
function validate(data) {
    validator(data);
    return validator;
}
/** Line (1-based) of the first `key:` in the text for the last segment of a JSON pointer. */
function lineOfPointer(text, pointer) {
    const last = pointer.split('/').filter(Boolean).pop();
    if (last === undefined)
        return undefined;
    const key = last.replace(/~1/g, '/').replace(/~0/g, '~');
    const lines = text.split('\n');
    const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`^\\s*(?:-\\s*)?["']?${escaped}["']?\\s*:`);
    const i = lines.findIndex((l) => re.test(l));
    return i >= 0 ? i + 1 : undefined;
}
/**
 * The YAML nodes of `text` (js-yaml's parse listener reports every node it composes, keys and
 * scalars included), so a JSON pointer can be taken back to the node it names.
 */
function yamlNodes(text) {
    const root = { start: 0, value: undefined, children: [] };
    const stack = [root];
    try {
        yaml.load(text, {
            listener(event, state) {
                if (event === 'open') {
                    const node = { start: state.position, value: undefined, children: [] };
                    stack[stack.length - 1].children.push(node);
                    stack.push(node);
                }
                else {
                    const node = stack.pop();
                    node.value = state.result;
                }
            }
        });
    }
    catch {
        return undefined;
    }
    return root.children[0];
}
/**
 * 1-based line and column of the value a JSON pointer names (`/tutorials/1` is the second item
 * of `tutorials`), found in the parsed YAML nodes: a mapping's children are its keys and values
 * in turn, a sequence's its items.
 */
function positionOfPointer(text, pointer) {
    let node = yamlNodes(text);
    for (const raw of pointer.split('/').slice(1)) {
        if (!node)
            return undefined;
        const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (Array.isArray(node.value))
            node = node.children[Number(seg)];
        else {
            const k = node.children.findIndex((c, i) => i % 2 === 0 && String(c.value) === seg);
            node = k >= 0 ? node.children[k + 1] : undefined;
        }
    }
    if (!node)
        return undefined;
    let at = node.start;
    while (at < text.length && ' \t\r\n'.includes(text[at]))
        at++;
    const { line, column } = locate(lineStarts(text), '', at);
    return { line, column };
}
/**
 * `file:line:col` of what a JSON pointer names: the line of its key (column 1), or for an item
 * of a list (`/tutorials/1`, `/drafts/paths/0`) the item itself.
 */
function whereOf(text, file, pointer) {
    const last = pointer.split('/').pop() ?? '';
    if (/^\d+$/.test(last)) {
        const at = positionOfPointer(text, pointer);
        if (at)
            return `${file}:${at.line}:${at.column}`;
    }
    const line = lineOfPointer(text, pointer);
    return line ? `${file}:${line}:1` : file;
}
function parseConfig(text, file) {
    let raw;
    try {
        raw = yaml.load(text, { filename: file });
    }
    catch (e) {
        if (e instanceof yaml.YAMLException) {
            const m = e.mark;
            throw new UsageError(`invalid YAML: ${e.reason}`, m ? `${file}:${m.line + 1}:${m.column + 1}` : file);
        }
        throw e;
    }
    if (raw === undefined || raw === null)
        raw = {};
    const size = expandedSize(raw, 100_000);
    if (!size.ok)
        throw new UsageError(`invalid config: ${size.reason}`, file);
    const v = validate(raw);
    if (v.errors && v.errors.length > 0) {
        const err = v.errors.find((x) => x.keyword === 'additionalProperties' || x.keyword === 'propertyNames') ??
            v.errors.find((x) => x.keyword !== 'oneOf') ??
            v.errors[0];
        // For an unknown key the offending name is in params, not in the pointer.
        const key = err.params['additionalProperty'] ?? err.params['propertyName'];
        const pointer = key === undefined
            ? err.instancePath
            : `${err.instancePath}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
        const detail = err.keyword === 'additionalProperties'
            ? `unknown setting "${String(key)}"`
            : err.keyword === 'propertyNames'
                ? `unknown rule "${String(key)}"`
                : `${err.instancePath || '/'} ${err.message ?? 'is invalid'}`;
        throw new UsageError(`invalid config: ${detail}`, whereOf(text, file, pointer));
    }
    const r = raw;
    const c = defaultConfig();
    c.source = file;
    if (r.tutorials)
        c.tutorials = r.tutorials;
    if (r.claims)
        c.claims = r.claims;
    if (r.ignore)
        c.ignore = r.ignore;
    if (r.drafts?.dir)
        c.draftsDir = r.drafts.dir;
    if (r.drafts?.fileName)
        c.draftFileName = r.drafts.fileName;
    if (r.drafts?.paths) {
        for (const [i, p] of r.drafts.paths.entries()) {
            // globs are matched against workspace-relative paths: nothing outside may be named
            if (p.startsWith('/') || /^[A-Za-z]:/.test(p) || p.split('/').includes('..')) {
                throw new UsageError(`invalid config: drafts.paths[${i}] "${p}" must be relative to the workspace root, without ".."`, whereOf(text, file, `/drafts/paths/${i}`));
            }
        }
        c.draftPaths = [...r.drafts.paths];
    }
    if (r.claimIdPattern) {
        const line = lineOfPointer(text, '/claimIdPattern');
        const refuse = (why) => {
            throw new UsageError(`invalid config: claimIdPattern is not a usable regular expression (${why})`, line ? `${file}:${line}:1` : file);
        };
        try {
            if (new RegExp(r.claimIdPattern).test(''))
                refuse('it matches the empty string');
        }
        catch (e) {
            if (e instanceof UsageError)
                throw e;
            refuse(e.message);
        }
        if (r.claimIdPattern !== DEFAULT_CLAIM_ID_PATTERN) {
            // user patterns run over hostile text: refuse catastrophic ones, bound the rest
            const safe = safeClaimIdPattern(r.claimIdPattern);
            if (!safe.ok)
                refuse(safe.reason);
            else
                c.claimIdPattern = safe.source;
        }
    }
    if (r.rules)
        c.rules = r.rules;
    if (typeof r.tutorialUrl === 'string')
        c.tutorialUrls = { '*': r.tutorialUrl };
    else if (r.tutorialUrl)
        c.tutorialUrls = r.tutorialUrl;
    if (r.hashtags)
        c.hashtags = r.hashtags.map((h) => (h.startsWith('#') ? h : `#${h}`));
    if (r.talk)
        c.talk = r.talk;
    if (r.channels) {
        for (const id of Object.keys(r.channels)) {
            if (CHANNELS.some((ch) => ch.id === id))
                continue;
            const line = lineOfPointer(text, `/channels/${id}`);
            throw new UsageError(`invalid config: unknown channel "${id}" (channels: ${CHANNELS.map((ch) => ch.id).join(', ')})`, line ? `${file}:${line}:1` : file);
        }
        for (const [id, o] of Object.entries(r.channels)) {
            for (const key of ['words', 'lines', 'points', 'chars', 'posts']) {
                const v = o[key];
                const [min, max] = Array.isArray(v) ? v : [v?.min, v?.max];
                if (min === undefined || max === undefined || min <= max)
                    continue;
                const line = lineOfPointer(text, `/channels/${id}/${key}`);
                throw new UsageError(`invalid config: channels.${id}.${key} has its minimum (${min}) above its maximum (${max})`, line ? `${file}:${line}:1` : file);
            }
        }
        c.channels = resolveChannels(r.channels);
    }
    if (r.writer) {
        const w = r.writer;
        for (const id of w.channels ?? []) {
            if (c.channels.some((ch) => ch.id === id && ch.inCombinedDraft))
                continue;
            const line = lineOfPointer(text, '/writer/channels');
            const modelWritten = c.channels
                .filter((ch) => ch.inCombinedDraft)
                .map((ch) => ch.id)
                .join(', ');
            // a post of its own (newsletter, X thread) is known, but only the deterministic writer
            // writes it: say that, not "unknown"
            const post = c.channels.some((ch) => ch.id === id);
            throw new UsageError(post
                ? `invalid config: writer.channels names "${id}", a post of its own that only the deterministic writer writes (the model writes: ${modelWritten})`
                : `invalid config: writer.channels names an unknown channel "${id}" (channels: ${modelWritten})`, line ? `${file}:${line}:1` : file);
        }
        c.writer = { ...c.writer, ...w };
    }
    return c;
}

// Shell: find and read the config file. Pure parsing lives in parse.ts.
/** A config is a few dozen lines; anything this big is not one (and is not read). */
const MAX_CONFIG_BYTES = 1024 * 1024;
const DEFAULT_CONFIG_FILES = [
    '.github/tutorial-amplifier.yml',
    '.github/tutorial-amplifier.yaml'
];
/**
 * Reads `explicit` (relative to cwd; must exist) or else the first default config file under the
 * workspace root; no file at all means defaults.
 */
function loadConfig(ws, explicit) {
    let abs;
    if (explicit) {
        abs = resolveInside(ws.root, ws.cwd, explicit, 'config');
        if (!lexists(abs))
            throw new UsageError(`config file "${explicit}" does not exist`);
    }
    else {
        // a link counts as present even when it leads nowhere: the gate below then says why it is refused
        abs = DEFAULT_CONFIG_FILES.map((f) => path.join(ws.root, f)).find(lexists);
    }
    if (!abs)
        return defaultConfig();
    const display = displayPath(abs, ws.cwd);
    // the one workspace gate: inside after resolving links, a regular file, under the cap
    const r = readInside(ws.root, abs, MAX_CONFIG_BYTES);
    if ('refused' in r) {
        const { code, message } = r.refused;
        const shown = message.startsWith('cannot read file')
            ? `cannot read config file (${code})`
            : message;
        throw new UsageError(shown, display);
    }
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(r.bytes);
    }
    catch {
        throw new UsageError('config file is not valid UTF-8 text', display);
    }
    return parseConfig(text, display);
}
function lexists(abs) {
    try {
        lstatSync(abs);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * The nearest default config file at or above `from`, as linters look for theirs: each folder up
 * to the file-system root, stopping after a repository root (a folder holding `.git`).
 */
function findConfigUpwards(from) {
    let dir = path.resolve(from);
    for (;;) {
        const found = DEFAULT_CONFIG_FILES.map((f) => path.join(dir, f)).find((f) => existsSync(f));
        if (found)
            return found;
        if (existsSync(path.join(dir, '.git')))
            return undefined;
        const parent = path.dirname(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}
/** The repository a folder lies in (nearest folder upwards holding `.git`), if any. */
function repositoryRoot(from) {
    let dir = path.resolve(from);
    for (;;) {
        if (existsSync(path.join(dir, '.git')))
            return dir;
        const parent = path.dirname(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}

function draftsOf(result) {
    const drafts = result.drafts;
    return Array.isArray(drafts) ? drafts : [];
}
/**
 * Every diagnostic a report shows, worst first: the run's own (tutorials, registry, committed
 * drafts, and — after `generate` — the guard's findings on each draft it built, which the engine
 * adds: the writer checks itself). Counts, exit codes and step status all follow this list.
 */
function allDiagnostics(result) {
    return sortDiagnostics([...result.diagnostics]);
}
function countsOf(diagnostics) {
    return countBySeverity(diagnostics);
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
/** `2 errors, 3 warnings, 1 info in 1 tutorial, 12 claims` or `no problems in …`. */
function summarySentence(c, tutorials, claims) {
    const parts = [];
    if (c.errors)
        parts.push(plural(c.errors, 'error'));
    if (c.warnings)
        parts.push(plural(c.warnings, 'warning'));
    if (c.infos)
        parts.push(plural(c.infos, 'info', 'info'));
    const what = parts.length === 0 ? 'no problems' : parts.join(', ');
    return `${what} in ${plural(tutorials, 'tutorial')}, ${plural(claims, 'claim')}`;
}
/** `file:line:col` (just `file` for file-level diagnostics without a line). */
function locationText(at, withColumn = true) {
    if (!(at.line > 0))
        return at.file;
    return withColumn && at.column > 0
        ? `${at.file}:${at.line}:${at.column}`
        : `${at.file}:${at.line}`;
}
const SEVERITY_ICON = { error: '❌', warning: '⚠️', info: 'ℹ️' };
function inside(file, dir) {
    if (dir === '' || dir === '.')
        return !file.startsWith('../');
    const d = dir.endsWith('/') ? dir : `${dir}/`;
    return file === dir || file.startsWith(d);
}
/** Diagnostics grouped by file, so per-tutorial counts do not scan every diagnostic per tutorial. */
function byFile(diagnostics) {
    const out = new Map();
    for (const d of diagnostics) {
        let c = out.get(d.file);
        if (!c)
            out.set(d.file, (c = { errors: 0, warnings: 0, infos: 0 }));
        if (d.severity === 'error')
            c.errors++;
        else if (d.severity === 'warning')
            c.warnings++;
        else
            c.infos++;
    }
    return out;
}
/** One row per tutorial (plus any draft whose tutorial is not in the result), in result order. */
function tutorialRows(result, diagnostics = allDiagnostics(result)) {
    const drafts = draftsOf(result);
    const used = new Set();
    const files = byFile(diagnostics);
    const row = (name, dir, title, t) => {
        const draft = drafts.find((d) => !used.has(d) && (d.tutorialDir === dir || d.tutorial === name));
        if (draft)
            used.add(draft);
        const c = { errors: 0, warnings: 0, infos: 0 };
        for (const [file, n] of files) {
            if (!inside(file, dir) && file !== draft?.path)
                continue;
            c.errors += n.errors;
            c.warnings += n.warnings;
            c.infos += n.infos;
        }
        const r = {
            name,
            dir,
            title,
            citations: t?.citations.length ?? 0,
            errors: c.errors,
            warnings: c.warnings,
            infos: c.infos,
            openQuestions: draft?.openQuestions.length ?? 0
        };
        if (t)
            r.tutorial = t;
        if (draft)
            r.draft = draft;
        return r;
    };
    const rows = result.tutorials.map((t) => row(t.name, t.dir, t.title, t));
    for (const d of drafts)
        if (!used.has(d))
            rows.push(row(d.tutorial, d.tutorialDir, d.tutorial));
    return rows;
}

/**
 * Escapes text for a double-quoted Mermaid label. Mermaid decodes `#name;` / `#123;` entity
 * codes, so `#` itself is encoded first; quotes, brackets, angle brackets, backticks (which would
 * start a Markdown string or end our fence), `@` and `;` are encoded too.
 */
function mermaidLabel(text) {
    return text
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[#"'`<>[\](){}|@;&\\]/g, (c) => `#${c.codePointAt(0)};`);
}
/** A Mermaid node ID: unique per position, letters/digits/underscores only. */
function nodeId(e, index) {
    const safe = e.id.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
    return `ex${index + 1}${safe ? `_${safe}` : ''}`;
}
function label(e) {
    const parts = [e.id.trim(), exerciseTitle(e)].filter((p) => p !== '');
    let text = parts.join(': ');
    if (e.estimatedTime)
        text += ` · ${e.estimatedTime.text.trim()}`;
    return mermaidLabel(text);
}
/** A ```mermaid `flowchart LR` of the tutorial's exercises in order; '' when there are none. */
function exerciseFlowchart(t) {
    if (t.exercises.length === 0)
        return '';
    const ids = t.exercises.map(nodeId);
    const lines = ['flowchart LR'];
    t.exercises.forEach((e, i) => lines.push(`  ${ids[i]}["${label(e)}"]`));
    if (ids.length > 1)
        lines.push(`  ${ids.join(' --> ')}`);
    // a code node: the serializer picks the fence (labels hold no backtick: `mermaidLabel`)
    return md({ type: 'code', lang: 'mermaid', value: plain(lines.join('\n')) });
}

// Who wrote each draft's channels, for the reports: the JSON `writer` object, and the lines the PR
// comment and the job summary show (which channels a model wrote, which kept the deterministic
// text and why). Pure.
/** The draft's writer report; a draft without one was written by the deterministic writer alone. */
function writerOf(d) {
    if (d.writer)
        return d.writer;
    const ids = new Set(CHANNELS.map((c) => c.id));
    return {
        kind: 'deterministic',
        model: null,
        requests: 0,
        channels: d.sections
            .filter((s) => ids.has(s.id))
            .map((s) => ({ name: s.id, source: 'deterministic', rounds: 0, findings: [] }))
    };
}
/** The draft text to show in a report: without the writer's record line (a comment). */
function shownDraft(d) {
    return d.writer ? withoutRecord(d.markdown) : d.markdown;
}
const nameOf = (id) => CHANNELS.find((c) => c.id === id)?.name ?? id;
function why(c) {
    if (c.fault)
        return c.fault.kind;
    const rules = [...new Set(c.findings.map((f) => f.rule))];
    return rules.length > 0 ? rules.join(', ') : 'no answer';
}
/**
 * One list item per draft a model was asked to write: the model, the requests sent, the channels
 * it wrote and those that kept the deterministic text, with the reason. Empty when the
 * deterministic writer wrote everything.
 */
function writerItems(drafts) {
    const out = [];
    for (const d of drafts) {
        const w = d.writer;
        if (!w || w.kind !== 'llm')
            continue;
        const model = w.channels.filter((c) => c.source === 'llm');
        const back = w.channels.filter((c) => c.source === 'fallback');
        const parts = [
            model.length > 0
                ? `written by the model: ${model.map((c) => nameOf(c.name)).join(', ')}`
                : 'no channel written by the model',
            ...(back.length > 0
                ? [
                    `fell back to the deterministic text: ${back.map((c) => `${nameOf(c.name)} (${why(c)})`).join(', ')}`
                ]
                : [])
        ];
        const requests = `${w.requests} request${w.requests === 1 ? '' : 's'}`;
        const line = `${d.tutorial} — ${w.model ?? ''}, ${requests}: ${parts.join('; ')}.`;
        out.push({
            type: 'listItem',
            spread: false,
            children: [{ type: 'paragraph', children: [text(line.replace(/\s+/g, ' '))] }]
        });
    }
    return out;
}

const draftParser = unified().use(remarkParse).use(remarkGfm);
const FULL = {
    flowcharts: true,
    draftBodies: true,
    itemLimit: Number.POSITIVE_INFINITY,
    tutorialLimit: Number.POSITIVE_INFINITY
};
function lazyTable(header, rows, align = [], 
/** serializing stops once this many characters are reached: more can never fit */
limit = Infinity) {
    const CHUNK = 100;
    let head;
    const lines = [];
    let size = 0;
    return {
        length: rows.length,
        first: (n) => {
            while (lines.length < n && lines.length < rows.length && size <= limit) {
                const chunk = rows.slice(lines.length, lines.length + CHUNK);
                const out = md(table(header, chunk, align)).split('\n');
                head ??= out.slice(0, 2);
                for (const l of out.slice(2)) {
                    lines.push(l);
                    size += l.length + 1;
                }
            }
            head ??= md(table(header, [], align)).split('\n');
            return [...head, ...lines.slice(0, n)].join('\n');
        }
    };
}
function statusIcon(errors, warnings) {
    return errors > 0 ? '❌' : warnings > 0 ? '⚠️' : '✅';
}
/** One line of table-cell text: line breaks and runs of white space become one space. */
const cell = (s) => [text(s.replace(/\s+/g, ' ').trim() || ' ')];
/** `blob/<sha>/path#L<line>` for a repository-relative path, each segment encoded. */
function blobLink(base, file, line) {
    if (file === '' || file.startsWith('../') || file.startsWith('/'))
        return undefined;
    const path = file.split('/').map(encodeURIComponent).join('/');
    return `${base}${path}${line > 0 ? `#L${line}` : ''}`;
}
function diagnosticRow(d, frame) {
    const message = d.claim && !d.message.includes(d.claim) ? `${d.message} (${d.claim})` : d.message;
    const where = cell(locationText(d, false));
    const url = frame.blobBase ? blobLink(frame.blobBase, d.file, d.line) : undefined;
    return [
        cell(SEVERITY_ICON[d.severity]),
        url ? [link(url, where)] : where,
        cell(d.rule),
        cell(clip(message, frame.clip.message))
    ];
}
function tutorialRow(r, frame) {
    const name = r.title && r.title !== r.name ? `${r.title} (${r.name})` : r.name;
    return [
        cell(clip(name, frame.clip.title)),
        cell(String(r.citations)),
        cell(String(r.errors)),
        cell(String(r.warnings)),
        cell(String(r.openQuestions)),
        cell(r.draft ? r.draft.path : '—')
    ];
}
const OPEN_QUESTIONS_HEADING = 'Open Questions / Clarifications Needed';
/**
 * A draft as it appears inside `<details>`: its headings demoted below the comment's own, and its
 * open questions replaced by a pointer to the comment's single list of them (each gap said once).
 */
function draftForEmbedding(markdown) {
    const tree = draftParser.parse(markdown);
    const out = [];
    let skipping = false;
    for (const node of tree.children) {
        if (node.type === 'heading' && node.depth <= 2) {
            skipping = node.depth === 2 && toString(node).trim() === OPEN_QUESTIONS_HEADING;
            if (skipping) {
                const pointer = 'Listed once in this comment, under Open questions.';
                out.push(node, {
                    type: 'paragraph',
                    children: [{ type: 'emphasis', children: [{ type: 'text', value: pointer }] }]
                });
                continue;
            }
        }
        if (!skipping)
            out.push(node);
    }
    const root = { type: 'root', children: out };
    visit(root, 'heading', (h) => {
        h.depth = Math.min(6, h.depth + 3);
    });
    return md(root.children);
}
/** A committed draft's row: its own file, so its findings read under it, not under the tutorial. */
function committedRow(d, diagnostics) {
    const mine = countsOf(diagnostics.filter((x) => x.file === d.path));
    return [
        cell(d.path),
        cell(d.tutorial),
        cell(d.channel),
        cell(String(mine.errors)),
        cell(String(mine.warnings))
    ];
}
function draftDetails(r) {
    const d = r.draft;
    if (!d)
        return '';
    const pass = d.checklist.filter((c) => c.status === 'pass').length;
    const summary = `📝 Draft for ${htmlText(r.name)} — ${htmlText(d.path)} (${plural(d.openQuestions.length, 'open question')}, checklist ${pass}/${d.checklist.length} ✅)`;
    return [
        '<details>',
        `<summary>${summary}</summary>`,
        '',
        neutralize(draftForEmbedding(shownDraft(d))).trimEnd(),
        '',
        '</details>'
    ].join('\n');
}
/**
 * Open questions grouped per tutorial, except the gaps in the configuration (a setting missing
 * for every tutorial alike): those form one group, each setting named once with the tutorials it
 * concerns.
 */
function questionItems(rows, frame) {
    const groups = [];
    const items = [];
    const config = new Map();
    for (const r of rows) {
        const qs = r.draft?.openQuestions ?? [];
        const own = qs.filter((q) => q.configKey === undefined);
        for (const q of qs) {
            if (q.configKey === undefined)
                continue;
            const list = config.get(q.configKey) ?? [];
            list.push(r.name);
            config.set(q.configKey, list);
        }
        if (own.length === 0)
            continue;
        groups.push(clip(r.title || r.name, frame.clip.title));
        for (const q of own) {
            items.push({
                group: groups.length - 1,
                channel: q.channel,
                text: clip(q.text, frame.clip.question)
            });
        }
    }
    if (config.size > 0) {
        groups.push('Configuration (all tutorials)');
        const g = groups.length - 1;
        for (const [key, names] of [...config].sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)) {
            const who = names.length === rows.length && rows.length > 1 ? 'every tutorial' : names.join(', ');
            items.push({
                group: g,
                channel: 'Config',
                text: clip(`\`${key}\` is not set in the config, so the drafts carry a placeholder for it (${who}).`, frame.clip.question)
            });
        }
    }
    return { groups, items };
}
function prepare(result, frame, limit = Infinity) {
    const diagnostics = allDiagnostics(result);
    const counts = countsOf(diagnostics);
    const rows = tutorialRows(result, diagnostics);
    const status = md({
        type: 'paragraph',
        children: [
            {
                type: 'strong',
                children: [
                    text(`${statusIcon(counts.errors, counts.warnings)} ${summarySentence(counts, result.tutorials.length, claimCount(result.registry))}`)
                ]
            }
        ]
    });
    const q = questionItems(rows, frame);
    return {
        status,
        tutorialRows: lazyTable(['Tutorial', 'Citations', 'Errors', 'Warnings', 'Open questions', 'Draft'], rows.map((r) => tutorialRow(r, frame)), [null, 'right', 'right', 'right', 'right', null], limit),
        committedRows: lazyTable(['Draft', 'Tutorial', 'Channel', 'Errors', 'Warnings'], (result.guarded ?? []).map((d) => committedRow(d, diagnostics)), [null, null, null, 'right', 'right'], limit),
        diagnosticRows: lazyTable(['', 'Location', 'Rule', 'Message'], diagnostics.map((d) => diagnosticRow(d, frame)), [], limit),
        questionLines: memoLines(q.items, q.groups),
        limit,
        questions: q.items,
        questionGroups: q.groups,
        writer: writerList(rows.flatMap((r) => (r.draft ? [r.draft] : []))),
        draftChars: rows.reduce((n, r) => n + (r.draft?.markdown.length ?? 0), 0),
        sections: rows.map((r) => ({
            heading: md({
                type: 'heading',
                depth: 4,
                children: [text(clip(r.title || r.name, frame.clip.title))]
            }),
            flowchart: r.tutorial ? exerciseFlowchart(r.tutorial) : '',
            hasDraft: r.draft !== undefined,
            draft: memo(() => draftDetails(r))
        }))
    };
}
/** Questions and group titles, each serialized once (a tight list is its items, line by line). */
function memoLines(items, groups) {
    const g = [];
    const it = [];
    return {
        group: (i) => (g[i] ??= md({
            type: 'paragraph',
            children: [{ type: 'strong', children: [text(groups[i] ?? '')] }]
        })),
        item: (i) => {
            const q = items[i];
            if (!q)
                return '';
            const item = {
                type: 'listItem',
                spread: false,
                children: [
                    {
                        type: 'paragraph',
                        children: [
                            { type: 'emphasis', children: [text(q.channel)] },
                            text(' — '),
                            ...questionText(q.text)
                        ]
                    }
                ]
            };
            return (it[i] ??= md({ type: 'list', ordered: false, spread: false, children: [item] }));
        }
    };
}
function memo(f) {
    let value;
    return () => (value ??= f());
}
function more(n, what, frame) {
    return `…and ${n} more ${what}, ${frame.moreHint}.`;
}
/** The writer section's list ('' when the deterministic writer wrote every draft). */
function writerList(drafts) {
    const items = writerItems(drafts);
    return items.length > 0
        ? md({ type: 'list', ordered: false, spread: false, children: items })
        : '';
}
const heading = (depth, s) => md({ type: 'heading', depth, children: [text(s)] });
function render(p, frame, detail) {
    const out = [];
    if (frame.marker !== undefined)
        out.push(frame.marker);
    out.push(heading(2, frame.title), p.status, ...(frame.intro ?? []));
    const nTut = Math.min(detail.tutorialLimit, p.tutorialRows.length);
    if (p.tutorialRows.length > 0) {
        out.push(p.tutorialRows.first(nTut));
        if (nTut < p.tutorialRows.length)
            out.push(more(p.tutorialRows.length - nTut, 'tutorials', frame));
    }
    if (p.writer !== '') {
        out.push(heading(3, 'Writer'), p.writer);
    }
    const nDrafts = Math.min(detail.tutorialLimit, p.committedRows.length);
    if (nDrafts > 0) {
        out.push(heading(3, `Committed drafts (${p.committedRows.length})`), p.committedRows.first(nDrafts));
        if (nDrafts < p.committedRows.length)
            out.push(more(p.committedRows.length - nDrafts, 'committed drafts', frame));
    }
    if (p.diagnosticRows.length > 0) {
        const n = Math.min(detail.itemLimit, p.diagnosticRows.length);
        out.push(heading(3, `Diagnostics (${p.diagnosticRows.length})`));
        if (n > 0)
            out.push(p.diagnosticRows.first(n));
        if (n < p.diagnosticRows.length)
            out.push(more(p.diagnosticRows.length - n, 'diagnostics', frame));
    }
    if (frame.outside) {
        out.push(`${plural(frame.outside, 'more finding')} on lines this pull request does not change ${frame.outside === 1 ? 'is' : 'are'} left out here; ${frame.moreHint}.`);
    }
    if (p.questions.length > 0) {
        const n = Math.min(detail.itemLimit, p.questions.length);
        out.push(heading(3, `Open questions (${p.questions.length})`));
        const lines = p.questionLines;
        let group = -1;
        let list = [];
        let size = 0;
        const flush = () => {
            if (list.length > 0)
                out.push(list.join('\n'));
            list = [];
        };
        for (const [i, q] of p.questions.slice(0, n).entries()) {
            if (q.group !== group) {
                flush();
                group = q.group;
                out.push(lines.group(group));
            }
            const line = lines.item(i);
            list.push(line);
            size += line.length;
            if (size > p.limit)
                break; // cannot fit: the caller tries fewer
        }
        flush();
        if (n < p.questions.length)
            out.push(more(p.questions.length - n, 'open questions', frame));
    }
    const sections = p.sections.slice(0, nTut).filter((s) => s.hasDraft || s.flowchart !== '');
    if (sections.length > 0 && (detail.draftBodies || detail.flowcharts)) {
        out.push(heading(3, 'Drafts and exercise flow'));
        for (const s of sections) {
            const flow = detail.flowcharts ? s.flowchart : '';
            const draft = detail.draftBodies ? s.draft() : '';
            if (flow === '' && draft === '')
                continue;
            out.push(s.heading);
            if (flow !== '')
                out.push(flow);
            if (draft !== '')
                out.push(draft);
        }
    }
    if (!detail.draftBodies && p.sections.some((s) => s.hasDraft)) {
        out.push(`Draft texts are left out here to keep this short; ${frame.moreHint}.`);
    }
    if (frame.footer)
        out.push(frame.footer);
    return `${out.join('\n\n')}\n`;
}
/**
 * An open question's text is Markdown of our drafts (inline code around paths and settings):
 * parsed as such, so the code spans stay code, and only its text goes through `text()`.
 */
function questionText(markdown) {
    const tree = draftParser.parse(markdown);
    const first = tree.children[0];
    if (tree.children.length !== 1 || first?.type !== 'paragraph')
        return [text(markdown)];
    const safe = (nodes) => nodes.map((n) => {
        if (n.type === 'text')
            return text(n.value);
        if (n.type === 'inlineCode')
            return { type: 'inlineCode', value: plain(n.value) };
        if ('children' in n && (n.type === 'emphasis' || n.type === 'strong')) {
            return { ...n, children: safe(n.children) };
        }
        return text(toString(n));
    });
    return safe(first.children);
}
/** Largest n in [0, max] with ok(n), assuming ok is monotonic; -1 when even ok(0) fails. */
function largest(max, ok) {
    if (!ok(0))
        return -1;
    let lo = 0;
    let hi = max;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (ok(mid))
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
/**
 * Renders the report within `max` (as measured by `size`): full detail first, then without
 * flowcharts, then without draft texts, then with fewer diagnostics/open questions, then with
 * fewer tutorials, and at last only the title and status line (or just the marker).
 */
function renderFitted(result, frame, max, size = (s) => s.length) {
    const p = prepare(result, frame, max);
    const fits = (s) => size(s) <= max;
    const attempt = (detail) => {
        const s = render(p, frame, detail);
        return fits(s) ? s : undefined;
    };
    const steps = [
        FULL,
        { ...FULL, flowcharts: false },
        { ...FULL, flowcharts: false, draftBodies: false }
    ];
    // draft texts only grow when neutralized: skip the steps that cannot fit without rendering them
    const skip = p.draftChars > max ? 2 : 0;
    for (const d of steps.slice(skip)) {
        const s = attempt(d);
        if (s !== undefined)
            return s;
    }
    const lean = {
        flowcharts: false,
        draftBodies: false,
        itemLimit: 0,
        tutorialLimit: Infinity
    };
    const maxItems = Math.max(p.diagnosticRows.length, p.questions.length);
    const items = largest(maxItems, (n) => attempt({ ...lean, itemLimit: n }) !== undefined);
    if (items >= 0)
        return render(p, frame, { ...lean, itemLimit: items });
    const tuts = largest(p.tutorialRows.length, (n) => attempt({ ...lean, tutorialLimit: n }) !== undefined);
    if (tuts >= 0)
        return render(p, frame, { ...lean, tutorialLimit: tuts });
    const head = frame.marker !== undefined ? [frame.marker] : [];
    const minimal = `${[...head, heading(2, frame.title), p.status, `Details are left out; ${frame.moreHint}.`].join('\n\n')}\n`;
    if (fits(minimal))
        return minimal;
    const bare = head.join('');
    return fits(bare) ? bare : '';
}
/** Only accepts plain http(s) URLs without characters that could end a Markdown link. */
function safeUrl(url) {
    if (url === undefined)
        return undefined;
    return /^https?:\/\/[^\s<>()[\]`"']+$/.test(url) ? url : undefined;
}

const COMMENT_LIMIT = 65536;
const COMMENT_BUDGET = 60000;
const TITLE = 'Tutorial amplifier';
/** Our hidden marker for a comment `header` (sanitized to `[a-z0-9-_]`, default `default`). */
function markerFor(header = 'default') {
    const name = header
        .toLowerCase()
        .replace(/[^a-z0-9_-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 64);
    return `<!-- tutorial-amplifier:${name === '' ? 'default' : name} -->`;
}
function title(header) {
    const h = header?.trim();
    return h && h !== 'default' ? `${TITLE} — ${h}` : TITLE;
}
function affectedLine(affected) {
    const shown = affected.slice(0, 20).map((a) => clip(a, 200));
    const rest = affected.length - shown.length;
    // neutralized as one piece: separately safe pieces can pair up backticks once joined
    const list = inlineText(shown.join(', '));
    return `Affected by this pull request: ${list}${rest > 0 ? ` and ${rest} more` : ''}.`;
}
function renderComment(result, opts) {
    const max = Math.min(opts.maxLength ?? COMMENT_BUDGET, COMMENT_LIMIT);
    const url = safeUrl(opts.summaryUrl);
    const summaryLink = url ? `[job summary](${url})` : 'job summary of this run';
    if (opts.nothing) {
        const body = [
            opts.marker,
            md([
                { type: 'heading', depth: 2, children: [text(title(opts.header).replace(/\s+/g, ' '))] },
                {
                    type: 'paragraph',
                    children: [
                        text('No tutorial is affected by this pull request: it changes no tutorial and no claim a tutorial cites.')
                    ]
                }
            ])
        ].join('\n\n');
        return body.length + 1 <= max ? `${body}\n` : opts.marker.length <= max ? opts.marker : '';
    }
    const frame = {
        marker: opts.marker,
        title: title(opts.header),
        intro: opts.affected && opts.affected.length > 0 ? [affectedLine(opts.affected)] : [],
        moreHint: `see the ${summaryLink}`,
        clip: { message: 300, title: 120, question: 500 }
    };
    if (url)
        frame.footer = `<sub>Full report: ${summaryLink}.</sub>`;
    const base = safeUrl(opts.blobBase);
    if (base && base.endsWith('/'))
        frame.blobBase = base;
    if (opts.outside)
        frame.outside = opts.outside;
    return renderFitted(result, frame, max);
}

export { resolveFolders as A, readRegistry as B, COMMAND_NAMES as C, DEFAULT_CACHE_DIR as D, EXIT_CODES_HELP as E, DEFAULT_CONFIG_FILES as F, discoverDrafts as G, draftPathFor as H, readTutorial as I, OPTIONS as O, SEVERITY_ICON as S, OPTION_NAMES as a, COMMANDS as b, autodetect as c, displayPath as d, allDiagnostics as e, countsOf as f, repositoryRoot as g, runInspect as h, runCheckWithStale as i, writeDrafts as j, renderComment as k, locationText as l, markerFor as m, runGenerate as n, optionApplies as o, plural as p, writeWithModel as q, resolveInside as r, summarySentence as s, findConfigUpwards as t, loadConfig as u, renderFitted as v, writerOf as w, staleDrafts as x, withDiagnostics as y, staleDiagnostics as z };
//# sourceMappingURL=comment.js.map
