import { realpathSync, statSync, readFileSync, existsSync, lstatSync, readdirSync, mkdirSync, writeFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { f as diagnostic, R as RULES, r as registryOf, p as parseChunk, d as draftChunk, N as NEXT_CHUNK, S as STATE, s as stateCell, g as check, h as generate, y as yaml, j as ajvExports, k as defaultConfig, a as sortDiagnostics, l as countBySeverity, u as unified, m as remarkParse, n as remarkGfm, v as visit, o as SKIP } from './work.js';
import { U as UsageError } from './errors.js';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';

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

// Reading source files at the edge: size cap, strict UTF-8, no NUL bytes. Problems become
// diagnostics (with line:col of the first bad byte) so one bad file never stops the run.
/** Files larger than this are not read (a tutorial chapter or registry file is far smaller). */
const MAX_FILE_BYTES = 8 * 1024 * 1024;
const strict = new TextDecoder('utf-8', { fatal: true });
const lossy = new TextDecoder('utf-8');
/** 1-based line and column of `offset` in `text`. */
function lineColAt(text, offset) {
    const before = text.slice(0, offset);
    const nl = before.lastIndexOf('\n');
    return { line: before.split('\n').length, column: [...before.slice(nl + 1)].length + 1 };
}
/**
 * Deepest nesting of lists and blockquotes we read. Markdown parsers recurse per level (remark
 * overflows the stack near 10,000 and slows down quadratically long before); real documents stay
 * under ten.
 */
const MAX_NESTING = 100;
// A line opening more than MAX_NESTING containers (`- - - …`, `>>>…`), or indented that deep.
const DEEP_MARKERS = new RegExp(`^(?:[ \\t]*(?:[-*+>]|\\d{1,9}[.)])(?=[ \\t>]|$)){${MAX_NESTING + 1},}`, 'm');
const DEEP_INDENT = new RegExp(`^[ \\t]{${4 * MAX_NESTING},}\\S`, 'm');
/** Where a text nests deeper than MAX_NESTING, or -1. */
function tooDeep(text) {
    const a = DEEP_MARKERS.exec(text);
    const b = DEEP_INDENT.exec(text);
    const at = [a?.index, b?.index].filter((x) => x !== undefined);
    return at.length === 0 ? -1 : Math.min(...at);
}
/** Reads one file as strict UTF-8 text; `display` is its display path, `rule` the rule for problems. */
function readSource(abs, display, rule) {
    const at = { file: display, line: 1, column: 1 };
    const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    let bytes;
    try {
        const size = statSync(abs).size;
        if (size > MAX_FILE_BYTES) {
            const why = `file is too large to read (${mb(size)}; the limit is ${mb(MAX_FILE_BYTES)})`;
            return { diagnostic: diagnostic(rule, at, why) };
        }
        bytes = readFileSync(abs);
    }
    catch (e) {
        const code = e.code ?? 'error';
        return { diagnostic: diagnostic(rule, at, `cannot read file (${code})`) };
    }
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
    if (deep >= 0) {
        const at = lineColAt(text, deep);
        const why = `lists or blockquotes nest deeper than ${MAX_NESTING} levels; not read`;
        return { diagnostic: diagnostic(rule, { file: display, ...at }, why) };
    }
    return { file: { path: display, text } };
}

// The shell's view of a project on disk: find tutorials, registry folders and committed drafts,
// read them into SourceFiles, and say where drafts go. Everything outside the workspace is refused.
/** Folders never searched when autodetecting or listing files. */
const SKIP_DIRS = new Set(['node_modules', 'dist', 'coverage', 'build', 'publication-drafts']);
const NUMBERED_CHAPTER = /^\d+[-_ .].*\.md$/i;
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
/** True when a folder looks like a tutorial: numbered chapters or a SUMMARY.md beside a README.md. */
function looksLikeTutorial(dir) {
    const names = list(dir)
        .filter((e) => !e.isDirectory())
        .map((e) => e.name);
    return (names.some((n) => NUMBERED_CHAPTER.test(n)) ||
        (names.includes('SUMMARY.md') && names.includes('README.md')));
}
/** Tutorial folders and registry folders (named `claims`) under the workspace, sorted. */
function autodetect(ws) {
    const tutorials = [];
    const claims = [];
    const walk = (dir, depth) => {
        if (depth > 8)
            return;
        for (const e of list(dir)) {
            if (!e.isDirectory() || skipDir(e.name))
                continue;
            const abs = path.join(dir, e.name);
            if (e.name === 'claims')
                claims.push(abs);
            else if (looksLikeTutorial(abs))
                tutorials.push(abs);
            else
                walk(abs, depth + 1);
        }
    };
    walk(ws.root, 0);
    return { tutorials, claims };
}
/** Reads every file under `dir` whose name matches `accept`, refusing symlinks that leave the workspace. */
function collect$1(ws, dir, accept, rule, recursive) {
    const out = { files: [], diagnostics: [] };
    const walk = (d) => {
        for (const e of list(d)) {
            const abs = path.join(d, e.name);
            const display = displayPath(abs, ws.cwd);
            let isDir = e.isDirectory();
            if (e.isSymbolicLink()) {
                if (!realInside(ws.root, abs)) {
                    const at = { file: display, line: 1, column: 1 };
                    const why = 'symbolic link leads outside the workspace; not read';
                    out.diagnostics.push(diagnostic(rule, at, why));
                    continue;
                }
                try {
                    isDir = statSync(abs).isDirectory();
                }
                catch {
                    continue; // dangling link
                }
            }
            if (isDir) {
                if (!skipDir(e.name))
                    walk(abs);
                continue;
            }
            if (!accept(e.name))
                continue;
            const r = readSource(abs, display, rule);
            if ('file' in r)
                out.files.push(r.file);
            else
                out.diagnostics.push(r.diagnostic);
        }
    };
    walk(dir);
    return out;
}
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
/** Reads one tutorial folder's Markdown files. */
function readTutorial(ws, dir) {
    const c = collect$1(ws, dir, (n) => /\.md$/i.test(n), RULES.tutorialStructure);
    return { dir: displayPath(dir, ws.cwd), files: c.files, diagnostics: c.diagnostics };
}
/** Reads every registry file of the given folders. */
function readRegistry(ws, dirs) {
    const out = { files: [], diagnostics: [] };
    for (const d of dirs) {
        const c = collect$1(ws, d, (n) => REGISTRY_FILE.test(n), RULES.registryParse);
        out.files.push(...c.files);
        out.diagnostics.push(...c.diagnostics);
    }
    return out;
}
/** Absolute path of the draft for a tutorial folder. */
function draftPathFor(ws, config, tutorialDir) {
    const name = path.basename(tutorialDir);
    const file = config.draftFileName.replace(/\{tutorial\}/g, name);
    const dir = config.draftsDir
        ? resolveInside(ws.root, ws.root, config.draftsDir, 'drafts')
        : path.join(path.dirname(tutorialDir), 'publication-drafts');
    return resolveInside(ws.root, ws.root, path.join(dir, file), 'draft');
}
/** Committed drafts for the given tutorials, found where their drafts are written (or in `dir`). */
function readCommittedDrafts(ws, config, tutorialDirs, dir) {
    const drafts = [];
    const diagnostics = [];
    const base = dir ? requireDir(ws, ws.cwd, dir, 'drafts') : undefined;
    for (const t of tutorialDirs) {
        const name = path.basename(t);
        const abs = base
            ? path.join(base, config.draftFileName.replace(/\{tutorial\}/g, name))
            : draftPathFor(ws, config, t);
        if (!existsSync(abs))
            continue;
        if (!realInside(ws.root, abs)) {
            const at = { file: displayPath(abs, ws.cwd), line: 1, column: 1 };
            diagnostics.push(diagnostic(RULES.tutorialStructure, at, 'symbolic link leads outside the workspace; not read'));
            continue;
        }
        const r = readSource(abs, displayPath(abs, ws.cwd), RULES.tutorialStructure);
        if ('file' in r)
            drafts.push({ tutorial: name, file: r.file });
        else
            diagnostics.push(r.diagnostic);
    }
    return { drafts, diagnostics };
}
/** Loads everything the engine needs for a selection. */
function loadProject(ws, config, sel) {
    const { tutorialDirs, claimDirs, autodetected } = resolveFolders(ws, config, sel);
    const loadDiagnostics = [];
    const tutorials = tutorialDirs.map((d) => {
        const t = readTutorial(ws, d);
        loadDiagnostics.push(...t.diagnostics);
        return { dir: t.dir, files: t.files };
    });
    const reg = readRegistry(ws, claimDirs);
    loadDiagnostics.push(...reg.diagnostics);
    let drafts = [];
    if (sel.drafts || sel.guardDrafts) {
        const d = readCommittedDrafts(ws, config, tutorialDirs, sel.drafts);
        drafts = d.drafts;
        loadDiagnostics.push(...d.diagnostics);
    }
    const coverage = !sel.tutorials?.length && (autodetected || config.tutorials.length > 0);
    return {
        input: { tutorials, registry: reg.files, config, drafts, coverage, loadDiagnostics },
        tutorialDirs,
        claimDirs
    };
}

// Writing drafts atomically: every file is first written in full to a temporary file beside its
// target, then all are renamed into place. Targets that cannot take a file (a folder in the way)
// are refused before anything is written; if a rename still fails, the files already renamed get
// their earlier content back. Either every draft is new or every draft is as it was.
function current(p) {
    try {
        return readFileSync(p, 'utf8');
    }
    catch {
        return undefined;
    }
}
function refuseUnwritable(f) {
    let stat;
    try {
        stat = lstatSync(f.path);
    }
    catch {
        return; // nothing there yet
    }
    if (!stat.isFile()) {
        const what = stat.isDirectory() ? 'a folder' : 'not a regular file';
        throw new UsageError(`cannot write the draft: ${f.display ?? f.path} is ${what}`);
    }
}
function writeFilesAtomically(files) {
    const outcome = { written: [], unchanged: [] };
    const changed = [];
    for (const f of files) {
        refuseUnwritable(f);
        const before = current(f.path);
        if (before === f.content)
            outcome.unchanged.push(f.path);
        else
            changed.push({ file: f, before });
    }
    const staged = [];
    const renamed = [];
    try {
        for (const { file, before } of changed) {
            mkdirSync(path.dirname(file.path), { recursive: true });
            const tmp = path.join(path.dirname(file.path), `.${path.basename(file.path)}.${process.pid}.${staged.length}.tmp`);
            writeFileSync(tmp, file.content, { encoding: 'utf8', flag: 'wx' });
            staged.push({ tmp, file, before });
        }
        for (const s of staged) {
            renameSync(s.tmp, s.file.path);
            renamed.push(s);
        }
    }
    catch (e) {
        for (const s of staged)
            if (!renamed.includes(s))
                rmSync(s.tmp, { force: true });
        for (const s of renamed) {
            if (s.before === undefined)
                rmSync(s.file.path, { force: true });
            else
                writeFileSync(s.file.path, s.before, 'utf8');
        }
        throw e;
    }
    outcome.written.push(...renamed.map((s) => s.file.path));
    return outcome;
}

/** Below both thresholds the single-thread path is faster than starting a worker. */
const MIN_TUTORIALS = 8;
const MIN_BYTES = 2 * 1024 * 1024;
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

// Worker threads for big inputs: tutorials are parsed and drafted in chunks by the calling thread
// and N-1 workers together, the registry parsed once (here) and handed to the workers. The API
// stays synchronous: this thread works through chunks itself, then blocks on Atomics.wait until
// every started worker has posted its results, and reads them with receiveMessageOnPort.
/** Environment variable that sets the number of threads (1 = never start workers). */
const JOBS_ENV = 'TUTORIAL_AMPLIFIER_JOBS';
function defaultJobs(env = process.env) {
    const n = Number.parseInt(env[JOBS_ENV] ?? '', 10);
    if (Number.isFinite(n) && n >= 1)
        return n;
    return Math.max(1, availableParallelism());
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
    const jobs = opts.jobs ?? defaultJobs();
    if (!worthParallel(input.tutorials, { ...opts, jobs }))
        return undefined;
    const workerUrl = opts.workerUrl ?? bundledWorkerUrl();
    if (!workerUrl)
        return undefined;
    const chunks = planChunks(input.tutorials, jobs * (opts.chunksPerThread ?? 4));
    const nWorkers = Math.min(jobs - 1, chunks.length - 1);
    if (nWorkers < 1)
        return undefined;
    const shared = new SharedArrayBuffer(4 * (1 + nWorkers));
    const cells = new Int32Array(shared);
    const chunkInput = {
        tutorials: input.tutorials,
        config: input.config,
        strict: input.strict ?? false
    };
    const results = chunks.map(() => ({}));
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
                ...(draftPaths ? { draftPaths: [...draftPaths] } : {})
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
        if (draftPaths)
            for (const s of started)
                s.worker.postMessage({ registry });
        const doHere = (i) => {
            const chunk = chunks[i];
            const tutorials = parseChunk(chunkInput, chunk);
            results[i] = draftPaths
                ? { tutorials, drafts: draftChunk(chunkInput, chunk, tutorials, registry, draftPaths) }
                : { tutorials };
        };
        for (; !opts.workersOnly;) {
            const i = Atomics.add(cells, NEXT_CHUNK, 1);
            if (i >= chunks.length)
                break;
            doHere(i);
        }
        const here = results.filter((r) => r.tutorials).length;
        const cancelled = collect(started, cells, results, opts.timeoutMs ?? 600_000, !!opts.workersOnly);
        const byWorkers = results.filter((r) => r.tutorials).length - here;
        // Chunks a worker failed (or never reported) are redone here: an error then surfaces as usual.
        results.forEach((r, i) => {
            if (!r.tutorials)
                doHere(i);
        });
        opts.onStats?.({ threads: 1 + nWorkers, chunks: chunks.length, byWorkers, cancelled });
        return merge(registry, results, draftPaths !== undefined);
    }
    finally {
        for (const s of started) {
            s.port.close();
            void s.worker.terminate();
        }
    }
}
/** Waits for every started worker to finish, then reads its posted results; returns how many were cancelled. */
function collect(started, cells, results, timeoutMs, waitForStart) {
    const deadline = Date.now() + timeoutMs;
    const waitWhile = (cell, state) => {
        while (Atomics.load(cells, cell) === state) {
            const left = deadline - Date.now();
            if (left <= 0)
                break;
            Atomics.wait(cells, cell, state, left);
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
            results[r.chunk] = r.drafts
                ? { tutorials: r.tutorials, drafts: r.drafts }
                : { tutorials: r.tutorials };
        }
    });
    return cancelled;
}
function merge(registry, results, withDrafts) {
    const tutorials = [];
    const drafts = [];
    for (const r of results) {
        tutorials.push(...r.tutorials);
        if (withDrafts)
            drafts.push(...r.drafts);
    }
    return withDrafts ? { registry, tutorials, drafts } : { registry, tutorials };
}

// The use cases both front ends share (CLI in cli.ts, action in main.ts): load → engine → write.
function runCheck(o) {
    const project = loadProject(o.ws, o.config, o.selection);
    const input = { ...project.input, strict: o.strict ?? false };
    const prepared = prepareInParallel(input, undefined, { jobs: o.jobs });
    return { result: check(input, prepared), project };
}
function runGenerate(o) {
    const project = loadProject(o.ws, o.config, o.selection);
    const absByDir = new Map();
    for (const d of project.tutorialDirs) {
        absByDir.set(displayPath(d, o.ws.cwd), draftPathFor(o.ws, o.config, d));
    }
    const input = { ...project.input, strict: o.strict ?? false };
    const draftPath = (dir) => displayPath(absByDir.get(dir), o.ws.cwd);
    const prepared = prepareInParallel(input, input.tutorials.map((t) => draftPath(t.dir)), { jobs: o.jobs });
    const result = generate(input, (t) => draftPath(t.dir), prepared);
    const draftFiles = result.drafts.map((d) => absByDir.get(d.tutorialDir));
    return { result, project, draftFiles };
}
/** Writes every draft of a run atomically (all or nothing). */
function writeDrafts(run) {
    return writeFilesAtomically(run.result.drafts.map((d, i) => ({
        path: run.draftFiles[i],
        content: d.markdown,
        display: d.path
    })));
}
/**
 * Display paths of committed drafts whose content differs from the regenerated one. Only drafts
 * that exist count: a draft never committed is not stale, just not written yet.
 */
function staleDrafts(run, cwd) {
    const stale = [];
    run.result.drafts.forEach((d, i) => {
        const abs = run.draftFiles[i];
        let committed;
        try {
            committed = readFileSync(abs, 'utf8');
        }
        catch {
            return; // missing (or unreadable): nothing committed to compare with
        }
        if (committed !== d.markdown)
            stale.push(displayPath(path.resolve(abs), cwd));
    });
    return stale;
}

var $schema = "http://json-schema.org/draft-07/schema#";
var $id = "https://github.com/tutorial-amplifier/tutorial-amplifier/tutorial-amplifier.schema.json";
var title$1 = "tutorial-amplifier configuration (.github/tutorial-amplifier.yml)";
var type = "object";
var additionalProperties = false;
var properties = {
	tutorials: {
		description: "Tutorial folders, relative to the workspace root. Default: every folder with numbered chapters.",
		type: "array",
		items: {
			type: "string",
			minLength: 1
		}
	},
	claims: {
		description: "Claims registry folders, relative to the workspace root. Default: every folder named \"claims\".",
		type: "array",
		items: {
			type: "string",
			minLength: 1
		}
	},
	drafts: {
		type: "object",
		additionalProperties: false,
		properties: {
			dir: {
				description: "Folder for drafts, relative to the workspace root. Default: \"publication-drafts\" beside each tutorial.",
				type: "string",
				minLength: 1
			},
			fileName: {
				description: "Draft file name; \"{tutorial}\" is replaced by the tutorial folder name.",
				type: "string",
				pattern: "^[^/\\\\]*\\{tutorial\\}[^/\\\\]*\\.md$"
			}
		}
	},
	claimIdPattern: {
		description: "Regular expression (no anchors, no flags) a claim ID matches. Default: PREFIX-CATEGORY-NNN.",
		type: "string",
		minLength: 1
	},
	rules: {
		description: "Severity per rule ID: error, warning, info or off.",
		type: "object",
		propertyNames: {
			"enum": [
				"claim/unknown",
				"claim/deprecated",
				"claim/draft",
				"claim/unreferenced",
				"claim/uncited-figure",
				"registry/duplicate-id",
				"registry/invalid",
				"registry/parse",
				"tutorial/structure",
				"draft/missing-section",
				"draft/length",
				"draft/untraced-figure",
				"draft/uncited-claim",
				"draft/absolute-language",
				"draft/unearned-tick",
				"terminology/inconsistent"
			]
		},
		additionalProperties: {
			"enum": [
				"error",
				"warning",
				"info",
				"off"
			]
		}
	},
	tutorialUrl: {
		description: "Public URL of the tutorials for calls to action: one URL (\"{tutorial}\" is replaced), or a map from tutorial folder name to URL (\"*\" as fallback).",
		oneOf: [
			{
				type: "string",
				format: "uri-reference",
				minLength: 1
			},
			{
				type: "object",
				additionalProperties: {
					type: "string",
					minLength: 1
				},
				minProperties: 1
			}
		]
	},
	hashtags: {
		type: "array",
		items: {
			type: "string",
			pattern: "^#?[A-Za-z0-9_]+$"
		}
	},
	talk: {
		type: "object",
		additionalProperties: false,
		properties: {
			format: {
				type: "string",
				minLength: 1
			},
			audience: {
				type: "string",
				minLength: 1
			},
			level: {
				type: "string",
				minLength: 1
			}
		}
	}
};
var configSchema = {
	$schema: $schema,
	$id: $id,
	title: title$1,
	type: type,
	additionalProperties: additionalProperties,
	properties: properties
};

// Pure: config text → typed Config (defaults applied), or a UsageError naming file:line:col.
let validator;
function validate(data) {
    validator ??= new ajvExports.Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(configSchema);
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
        const line = lineOfPointer(text, pointer);
        const detail = err.keyword === 'additionalProperties'
            ? `unknown setting "${String(key)}"`
            : err.keyword === 'propertyNames'
                ? `unknown rule "${String(key)}"`
                : `${err.instancePath || '/'} ${err.message ?? 'is invalid'}`;
        throw new UsageError(`invalid config: ${detail}`, line ? `${file}:${line}:1` : file);
    }
    const r = raw;
    const c = defaultConfig();
    c.source = file;
    if (r.tutorials)
        c.tutorials = r.tutorials;
    if (r.claims)
        c.claims = r.claims;
    if (r.drafts?.dir)
        c.draftsDir = r.drafts.dir;
    if (r.drafts?.fileName)
        c.draftFileName = r.drafts.fileName;
    if (r.claimIdPattern) {
        try {
            const re = new RegExp(r.claimIdPattern);
            if (re.test(''))
                throw new Error('it matches the empty string');
        }
        catch (e) {
            const line = lineOfPointer(text, '/claimIdPattern');
            throw new UsageError(`invalid config: claimIdPattern is not a usable regular expression (${e.message})`, line ? `${file}:${line}:1` : file);
        }
        c.claimIdPattern = r.claimIdPattern;
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
        if (!existsSync(abs))
            throw new UsageError(`config file "${explicit}" does not exist`);
    }
    else {
        abs = DEFAULT_CONFIG_FILES.map((f) => path.join(ws.root, f)).find((f) => existsSync(f));
    }
    if (!abs)
        return defaultConfig();
    const display = displayPath(abs, ws.cwd);
    let text;
    try {
        const size = statSync(abs).size;
        if (size > MAX_CONFIG_BYTES) {
            const kb = Math.round(size / 1024);
            throw new UsageError(`config file is too large (${kb} KB; the limit is 1 MB)`, display);
        }
        text = readFileSync(abs, 'utf8');
    }
    catch (e) {
        if (e instanceof UsageError)
            throw e;
        throw new UsageError(`cannot read config file (${e.code ?? 'error'})`, display);
    }
    return parseConfig(text, display);
}

function draftsOf(result) {
    const drafts = result.drafts;
    return Array.isArray(drafts) ? drafts : [];
}
/**
 * Every diagnostic a report shows, worst first: the run's own (tutorials, registry, committed
 * drafts). The guard's findings on each *generated* draft are not repeated here: they are what that
 * draft's checklist is computed from, and on pull requests the draft is not even written, so they
 * would point at files that do not exist. Counts, exit codes and step status all follow this list.
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

const ZWJ = '\u200D';
const parser = unified().use(remarkParse).use(remarkGfm);
function parse(text) {
    return parser.parse(text);
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
        const tree = parse(out);
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
    const { text, tree } = settle(rewrite(source, specialRanges(parse(source), source)));
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
    return settle(rewrite(prefixed, specialRanges(parse(prefixed), prefixed))).text.slice(2);
}
/** Text for one GFM table cell: one line, `|` escaped, never empty. */
function tableCell(text) {
    const cell = inlineText(text).replace(/(\\*)\|/g, (m, bs) => bs.length % 2 === 1 ? m : `${bs}\\|`);
    return cell === '' ? ' ' : cell;
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
/** A fenced code block around `code`, with a fence longer than any backtick run inside it. */
function fence(code, lang = '') {
    const body = neutralizeCode(code.replace(/\r\n?/g, '\n')).replace(/\n$/, '');
    let longest = 0;
    for (const m of body.matchAll(/`+/g))
        longest = Math.max(longest, m[0].length);
    const ticks = '`'.repeat(Math.max(3, longest + 1));
    const info = lang.replace(/[^A-Za-z0-9_+.-]/g, '');
    return `${ticks}${info}\n${finalPass(body)}\n${ticks}`;
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
    const parts = [e.id.trim(), e.title.trim()].filter((p) => p !== '');
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
    return fence(lines.join('\n'), 'mermaid');
}

const FULL = {
    flowcharts: true,
    draftBodies: true,
    itemLimit: Number.POSITIVE_INFINITY,
    tutorialLimit: Number.POSITIVE_INFINITY
};
function statusIcon(errors, warnings) {
    return errors > 0 ? '❌' : warnings > 0 ? '⚠️' : '✅';
}
function diagnosticRow(d, frame) {
    const message = d.claim && !d.message.includes(d.claim) ? `${d.message} (${d.claim})` : d.message;
    return `| ${SEVERITY_ICON[d.severity]} | ${tableCell(locationText(d, false))} | ${tableCell(d.rule)} | ${tableCell(clip(message, frame.clip.message))} |`;
}
function tutorialRow(r, frame) {
    const name = r.title && r.title !== r.name ? `${r.title} (${r.name})` : r.name;
    return [
        tableCell(clip(name, frame.clip.title)),
        r.citations,
        r.errors,
        r.warnings,
        r.openQuestions,
        r.draft ? tableCell(r.draft.path) : '—'
    ].reduce((line, cell) => `${line} ${cell} |`, '|');
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
        neutralize(d.markdown).trimEnd(),
        '',
        '</details>'
    ].join('\n');
}
function prepare(result, frame) {
    const diagnostics = allDiagnostics(result);
    const counts = countsOf(diagnostics);
    const rows = tutorialRows(result, diagnostics);
    const status = `**${statusIcon(counts.errors, counts.warnings)} ${summarySentence(counts, result.tutorials.length, result.registry.claims.length)}**`;
    const questions = [];
    const questionGroups = [];
    for (const r of rows) {
        const qs = r.draft?.openQuestions ?? [];
        if (qs.length === 0)
            continue;
        questionGroups.push(`**${inlineText(clip(r.title || r.name, frame.clip.title))}**`);
        for (const q of qs) {
            questions.push({
                group: questionGroups.length - 1,
                line: `- *${inlineText(q.channel)}* — ${inlineText(clip(q.text, frame.clip.question))}`
            });
        }
    }
    return {
        status,
        tutorialRows: rows.map((r) => tutorialRow(r, frame)),
        diagnosticRows: diagnostics.map((d) => diagnosticRow(d, frame)),
        questions,
        questionGroups,
        draftChars: rows.reduce((n, r) => n + (r.draft?.markdown.length ?? 0), 0),
        sections: rows.map((r) => ({
            heading: `#### ${inlineText(clip(r.title || r.name, frame.clip.title))}`,
            flowchart: r.tutorial ? exerciseFlowchart(r.tutorial) : '',
            hasDraft: r.draft !== undefined,
            draft: memo(() => draftDetails(r))
        }))
    };
}
function memo(f) {
    let value;
    return () => (value ??= f());
}
function more(n, what, frame) {
    return `…and ${n} more ${what}, ${frame.moreHint}.`;
}
function render(p, frame, detail) {
    const out = [];
    if (frame.marker !== undefined)
        out.push(frame.marker);
    out.push(`## ${inlineText(frame.title)}`, p.status, ...(frame.intro ?? []));
    const nTut = Math.min(detail.tutorialLimit, p.tutorialRows.length);
    if (p.tutorialRows.length > 0) {
        out.push([
            '| Tutorial | Citations | Errors | Warnings | Open questions | Draft |',
            '| --- | ---: | ---: | ---: | ---: | --- |',
            ...p.tutorialRows.slice(0, nTut)
        ].join('\n'));
        if (nTut < p.tutorialRows.length)
            out.push(more(p.tutorialRows.length - nTut, 'tutorials', frame));
    }
    if (p.diagnosticRows.length > 0) {
        const n = Math.min(detail.itemLimit, p.diagnosticRows.length);
        out.push(`### Diagnostics (${p.diagnosticRows.length})`);
        if (n > 0) {
            out.push([
                '| | Location | Rule | Message |',
                '| --- | --- | --- | --- |',
                ...p.diagnosticRows.slice(0, n)
            ].join('\n'));
        }
        if (n < p.diagnosticRows.length)
            out.push(more(p.diagnosticRows.length - n, 'diagnostics', frame));
    }
    if (p.questions.length > 0) {
        const n = Math.min(detail.itemLimit, p.questions.length);
        out.push(`### Open questions (${p.questions.length})`);
        let group = -1;
        let list = [];
        for (const q of p.questions.slice(0, n)) {
            if (q.group !== group) {
                if (list.length > 0)
                    out.push(list.join('\n'));
                group = q.group;
                out.push(p.questionGroups[group] ?? '');
                list = [];
            }
            list.push(q.line);
        }
        if (list.length > 0)
            out.push(list.join('\n'));
        if (n < p.questions.length)
            out.push(more(p.questions.length - n, 'open questions', frame));
    }
    const sections = p.sections.slice(0, nTut).filter((s) => s.hasDraft || s.flowchart !== '');
    if (sections.length > 0 && (detail.draftBodies || detail.flowcharts)) {
        out.push('### Drafts and exercise flow');
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
    const p = prepare(result, frame);
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
    const minimal = `${[...head, `## ${inlineText(frame.title)}`, p.status, `Details are left out; ${frame.moreHint}.`].join('\n\n')}\n`;
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
            `## ${inlineText(title(opts.header))}`,
            'No tutorial is affected by this pull request: it changes no tutorial and no claim a tutorial cites.'
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
    return renderFitted(result, frame, max);
}

export { DEFAULT_CONFIG_FILES as D, allDiagnostics as a, loadConfig as b, countsOf as c, displayPath as d, runCheck as e, runGenerate as f, renderComment as g, renderFitted as h, staleDrafts as i, resolveFolders as j, readRegistry as k, locationText as l, markerFor as m, draftPathFor as n, readTutorial as o, inlineText as p, resolveInside as r, summarySentence as s, writeDrafts as w };
