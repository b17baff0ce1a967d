#!/usr/bin/env node
import path from 'node:path';
import { a as autodetect, r as resolveInside, d as displayPath, w as writeFilesAtomically, b as allDiagnostics, l as locationText, c as countsOf, s as summarySentence, p as plural, e as writerOf, f as repositoryRoot, g as runInspect, h as runCheckWithStale, i as writeDrafts, j as renderComment, m as markerFor, k as runGenerate, n as writeWithModel, o as findConfigUpwards, q as loadConfig } from './chunks/comment.js';
import { parseArgs, styleText } from 'node:util';
import { d as distance, f as formatMinutes, R as RULE_LIST } from './chunks/context.js';
import { U as UsageError, p as printable, E as EXIT } from './chunks/errors.js';
import { existsSync } from 'node:fs';
import { y as yaml, n as normalizeDir, r as relativeTo } from './chunks/work.js';
import { M as MODEL_NAME } from './chunks/types.js';
import './chunks/prompt.js';
import './chunks/_commonjsHelpers.js';
import 'node:crypto';
import 'node:os';
import 'node:url';
import 'node:worker_threads';
import 'node:process';

var version = "0.1.0";
var pkg = {
	version: version};

// The CLI's commands and options as data. Parsing (args.ts), help (help.ts) and the did-you-mean
// answers all read these tables: adding an option is one entry here (plus its use in cli-main.ts).
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

// Command-line arguments → a typed invocation, or a UsageError in our own words (never the message
// of node's parser). Pure: node:util parseArgs tokenizes; the tables in spec.ts say what is valid.
/** The closest candidate to `word` when it is a plausible typo, else undefined. */
function didYouMean(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        const d = distance(word.toLowerCase(), c.toLowerCase());
        if (d < bestDistance || (d === bestDistance && best !== undefined && c < best)) {
            best = c;
            bestDistance = d;
        }
    }
    if (best === undefined)
        return undefined;
    const allowed = Math.max(2, Math.ceil(Math.max(word.length, best.length) / 3));
    const prefix = word.length >= 2 && best.startsWith(word);
    return bestDistance <= allowed || prefix ? best : undefined;
}
const suggest = (hint) => (hint ? `; did you mean ${hint}?` : '');
const flag = (name) => (name.length === 1 ? `-${name}` : `--${name}`);
/** The long name of an option given by its short letter. */
function longName(name) {
    if (OPTION_NAMES.includes(name))
        return name;
    const spec = Object.entries(OPTIONS).find(([, s]) => s.short === name);
    return spec ? spec[0] : undefined;
}
function checkValue(name, value) {
    const spec = OPTIONS[name];
    if (spec.choices && !spec.choices.includes(value)) {
        const list = spec.choices.join(', ');
        throw new UsageError(`--${name} must be one of ${list}, not "${value}"${suggest(didYouMean(value, spec.choices))}`);
    }
    if (spec.integer && !/^[0-9]{1,9}$/.test(value)) {
        throw new UsageError(`--${name} must be a whole number of 0 or more, not "${value}"`);
    }
}
function parseCommandLine(argv) {
    const options = Object.fromEntries(Object.entries(OPTIONS).map(([name, s]) => {
        const spec = s;
        const o = {
            type: spec.type
        };
        if (spec.short)
            o.short = spec.short;
        if (spec.multiple)
            o.multiple = true;
        return [name, o];
    }));
    const { tokens } = parseArgs({
        args: [...argv],
        options,
        strict: false,
        allowPositionals: true,
        tokens: true
    });
    const positionals = [];
    let command;
    for (const t of tokens) {
        if (t.kind !== 'positional')
            continue;
        if (command === undefined && positionals.length === 0) {
            if (!COMMAND_NAMES.includes(t.value)) {
                // `--help`/`--version` answer even after a wrong command
                if (tokens.some((x) => x.kind === 'option' && (x.name === 'help' || x.name === 'version')))
                    break;
                throw new UsageError(`unknown command "${t.value}"${suggest(didYouMean(t.value, COMMAND_NAMES))} (commands: ${COMMAND_NAMES.join(', ')})`);
            }
            command = t.value;
            continue;
        }
        positionals.push(t.value);
    }
    const values = {};
    for (const t of tokens) {
        if (t.kind !== 'option')
            continue;
        const name = longName(t.name);
        const given = t.rawName;
        if (name === undefined) {
            const known = OPTION_NAMES.filter((n) => optionApplies(n, command)).map((n) => `--${n}`);
            const hint = given.startsWith('--') ? didYouMean(given, known) : undefined;
            throw new UsageError(`unknown option ${given}${suggest(hint)}${command ? ` (see ${command} --help)` : ' (see --help)'}`);
        }
        if (!optionApplies(name, command)) {
            const spec = OPTIONS[name];
            const owners = spec.commands === '*' ? [] : spec.commands;
            throw new UsageError(command
                ? `option --${name} does not apply to ${command} (it is an option of ${owners.join(', ')})`
                : `option --${name} needs a command: ${owners.join(', ')}`);
        }
        const spec = OPTIONS[name];
        if (spec.type === 'boolean') {
            if (t.inlineValue)
                throw new UsageError(`option --${name} takes no value`);
            values[name] = true;
            continue;
        }
        const value = t.value;
        // a value that looks like an option was most likely a forgotten argument
        if (value === undefined || (!t.inlineValue && value.startsWith('-') && value !== '-')) {
            const a = spec.arg ?? 'VALUE';
            throw new UsageError(`option ${flag(t.name)} needs a value (${a})${value ? `; to pass "${value}", write --${name}=${value}` : ''}`);
        }
        checkValue(name, value);
        if (spec.multiple)
            values[name] = [...(values[name] ?? []), value];
        else
            values[name] = value;
    }
    const invocation = { positionals, values };
    if (command !== undefined)
        invocation.command = command;
    return invocation;
}
/** The commands a `help` topic may name, with did-you-mean. */
function helpTopic(word) {
    if (COMMAND_NAMES.includes(word))
        return word;
    throw new UsageError(`unknown command "${word}"${suggest(didYouMean(word, COMMAND_NAMES))} (commands: ${COMMAND_NAMES.join(', ')})`);
}

// Whether the CLI colours its text report, and the painter it uses (node:util styleText).
const plain = (_style, text) => text;
/**
 * The usual conventions, in node's own order: FORCE_COLOR wins (`0`/`false` turn colour off, any
 * other value on), then a non-empty NO_COLOR or TERM=dumb turn it off, else colour follows the TTY.
 */
function colorEnabled(env, isTTY) {
    const force = env['FORCE_COLOR'];
    if (force !== undefined)
        return force !== '0' && force.toLowerCase() !== 'false';
    if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '')
        return false;
    if (env['NODE_DISABLE_COLORS'] !== undefined && env['NODE_DISABLE_COLORS'] !== '')
        return false;
    if (env['TERM'] === 'dumb')
        return false;
    return isTTY;
}
/** We decided already (above), so styleText must not check the stream again. */
const ansi = (style, text) => styleText(style, text, { validateStream: false });
function painter(enabled) {
    return enabled ? ansi : plain;
}

// Help texts, built from the tables in spec.ts (pure).
const BIN = 'tutorial-amplifier';
function optionLine(name) {
    const spec = OPTIONS[name];
    const short = spec.short ? `-${spec.short}, ` : '    ';
    const arg = spec.arg ? ` ${spec.arg}` : '';
    return [`${short}--${name}${arg}`, spec.description];
}
function table(rows) {
    const width = Math.max(0, ...rows.map(([a]) => a.length));
    return rows.map(([a, b]) => `  ${a.padEnd(width)}  ${b}`);
}
/** `tutorial-amplifier --help`: every command, and the global options. */
function mainHelp() {
    const commands = table(COMMAND_NAMES.map((c) => [`${c} ${COMMANDS[c].args}`.trim(), COMMANDS[c].summary]));
    const globals = OPTION_NAMES.filter((n) => OPTIONS[n].commands === '*');
    return [
        `${BIN} — validate claim citations in tutorials and regenerate traced drafts`,
        '',
        `Usage: ${BIN} COMMAND [options]`,
        '',
        'Commands:',
        ...commands,
        '',
        'Options:',
        ...table(globals.map(optionLine)),
        '',
        `Run "${BIN} help COMMAND" or "${BIN} COMMAND --help" for a command's options.`,
        EXIT_CODES_HELP,
        ''
    ].join('\n');
}
/** `tutorial-amplifier COMMAND --help`: that command's options only. */
function commandHelp(command) {
    const c = COMMANDS[command];
    const own = OPTION_NAMES.filter((n) => {
        const spec = OPTIONS[n];
        return spec.commands === '*' || spec.commands.includes(command);
    });
    return [
        `Usage: ${BIN} ${command}${own.length > 0 ? ' [options]' : ''}${c.args ? ` ${c.args}` : ''}`,
        '',
        `${c.summary[0].toUpperCase()}${c.summary.slice(1)}.${c.details ? ` ${c.details}` : ''}`,
        '',
        'Options:',
        ...table(own.map(optionLine)),
        '',
        EXIT_CODES_HELP,
        ''
    ].join('\n');
}

// The files `tutorial-amplifier init` writes, from the layout it detected (pure). YAML values are
// written with js-yaml (never by hand), comments around them are ours.
const ACTION_REF = 'tutorial-amplifier/tutorial-amplifier';
/** One YAML value in flow style, on one line. */
const flow = (value) => yaml.dump(value, { flowLevel: 0, lineWidth: -1, quotingType: "'" }).trimEnd();
/** Folders a pull request must touch for the workflow to run (with the config file). */
function watchedPaths(layout) {
    const folders = [...layout.tutorials, ...layout.claims].map((p) => (p === '.' ? '' : p));
    const globs = folders.map((p) => (p === '' ? '**/*.md' : `${p}/**`));
    return [...new Set([...globs, '.github/tutorial-amplifier.yml'])].sort();
}
function configText(layout) {
    const found = (n, what) => n === 0 ? `no ${what} found: list them here` : `found by init; edit to add or remove`;
    return [
        '# tutorial-amplifier configuration (schema: tutorial-amplifier.schema.json in the package).',
        '# Every key is optional; paths are relative to the repository root.',
        '',
        `# Tutorial folders (${found(layout.tutorials.length, 'tutorial')}).`,
        `# Without this key, every folder with numbered chapters (01-*.md) is a tutorial.`,
        `tutorials: ${flow(layout.tutorials)}`,
        '',
        `# Claims registry folders (${found(layout.claims.length, 'registry')}).`,
        '# Without this key, every folder named "claims" is read.',
        `claims: ${flow(layout.claims)}`,
        '',
        '# Where drafts are written; default: publication-drafts/ beside each tutorial.',
        '# drafts:',
        '#   dir: publication-drafts',
        "#   fileName: '{tutorial}.draft.md'",
        '',
        '# Claim IDs such as KS-ARCH-001 (the default pattern).',
        "# claimIdPattern: '[A-Z][A-Z0-9]*-[A-Z][A-Z0-9]*-[0-9]{3}'",
        '',
        '# Public URL of each tutorial, used in calls to action ({tutorial} is the folder name).',
        '# Without it the drafts carry a visible placeholder and an open question.',
        '# tutorialUrl: https://docs.example.com/tutorials/{tutorial}',
        '',
        '# hashtags: [Streaming]',
        '# talk: { format: 30-minute talk, audience: Platform engineers, level: Intermediate }',
        '',
        '# Files or folders never checked (glob patterns, relative to the repository root).',
        '# ignore: [drafts/archive/**]',
        '',
        '# Severity per rule: error, warning, info or off.',
        '# rules:',
        '#   claim/draft: warning',
        '#   claim/unreferenced: off',
        ''
    ].join('\n');
}
function workflowText(layout) {
    const major = layout.version.split('.')[0] ?? '0';
    const paths = watchedPaths(layout);
    const doc = {
        name: 'Tutorial amplifier',
        on: {
            pull_request: { paths },
            push: { branches: ['main'], paths },
            workflow_dispatch: {
                inputs: {
                    tutorial: { description: 'Tutorial folder to regenerate (empty: all)', required: false }
                }
            }
        },
        permissions: { contents: 'read', 'pull-requests': 'write' },
        jobs: {
            amplify: {
                'runs-on': 'ubuntu-latest',
                steps: [
                    { uses: 'actions/checkout@v4', with: { 'persist-credentials': false } },
                    {
                        uses: `${ACTION_REF}@v${major}`,
                        with: { tutorial: '${{ inputs.tutorial }}' }
                    }
                ]
            }
        }
    };
    return [
        '# Checks claim citations, regenerates the amplification drafts and keeps one sticky comment',
        '# on pull requests that touch a tutorial or the registry (written by tutorial-amplifier init).',
        '# Fork pull requests get a read-only token: see the workflow_run recipe in the README.',
        yaml.dump(doc, { lineWidth: -1, noRefs: true, quotingType: "'" })
    ].join('\n');
}

// `tutorial-amplifier init` (shell): detect tutorials and registry, then write the commented config
// and a workflow. Existing files are kept unless `force`; both files are written or neither.
const INIT_FILES = {
    config: '.github/tutorial-amplifier.yml',
    workflow: '.github/workflows/tutorial-amplifier.yml'
};
function runInit(ws, opts) {
    const found = autodetect(ws);
    const rel = (abs) => displayPath(abs, ws.root);
    const claims = opts.claims.length > 0
        ? opts.claims.map((c) => rel(resolveInside(ws.root, ws.cwd, c, 'claims')))
        : found.claims.map(rel);
    const layout = { tutorials: found.tutorials.map(rel), claims, version: opts.version };
    const files = [
        { path: path.join(ws.root, INIT_FILES.config), content: configText(layout) },
        { path: path.join(ws.root, INIT_FILES.workflow), content: workflowText(layout) }
    ].map((f) => ({ ...f, display: displayPath(f.path, ws.cwd) }));
    const existing = files.filter((f) => existsSync(f.path));
    if (existing.length > 0 && !opts.force) {
        throw new UsageError(`${existing.map((f) => f.display).join(' and ')} already exist${existing.length === 1 ? 's' : ''}; pass --force to overwrite`);
    }
    writeFilesAtomically(files);
    const lines = files.map((f) => `wrote ${f.display}`);
    lines.push(`found ${layout.tutorials.length} tutorial folder(s) and ${layout.claims.length} registry folder(s); run "tutorial-amplifier check" next`);
    return { lines };
}

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' };
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function workflowCommand(d, repoPath = (f) => f) {
    const line = Math.max(1, Math.trunc(d.line) || 1);
    const col = Math.max(1, Math.trunc(d.column) || 1);
    const props = [
        ['file', repoPath(d.file)],
        ['line', line],
        ['col', col]
    ];
    if (d.endLine !== undefined && d.endColumn !== undefined) {
        props.push(['endLine', d.endLine], ['endColumn', d.endColumn]);
    }
    props.push(['title', d.claim ? `${d.rule} (${d.claim})` : d.rule]);
    const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
    return `::${COMMAND[d.severity]} ${list}::${escapeData(d.message)}`;
}
/** Every finding as a workflow command, worst first, one per line. */
function renderGithub(result, repoPath = (f) => f) {
    return allDiagnostics(result)
        .map((d) => `${workflowCommand(d, repoPath)}\n`)
        .join('');
}

const noPaint = (_style, text) => text;
const SEVERITY_STYLE = {
    error: 'red',
    warning: 'yellow',
    info: 'blue'
};
/**
 * Content is untrusted: control characters (including ANSI escapes), bidi overrides and line
 * breaks must not reach the terminal, nor a workflow command the Actions log (see `printable`).
 */
const terminalSafe = printable;
function renderText(result, opts = {}) {
    const paint = opts.paint ?? noPaint;
    const diagnostics = allDiagnostics(result);
    const rows = diagnostics.map((d) => ({
        at: terminalSafe(locationText(d)),
        severity: d.severity,
        message: terminalSafe(d.message),
        rule: terminalSafe(d.rule)
    }));
    const atWidth = rows.reduce((w, r) => Math.max(w, r.at.length), 0);
    const sevWidth = rows.reduce((w, r) => Math.max(w, r.severity.length), 0);
    const lines = rows.map((r) => [
        r.at.padEnd(atWidth),
        paint(SEVERITY_STYLE[r.severity], r.severity.padEnd(sevWidth)),
        r.message,
        paint('dim', `[${r.rule}]`)
    ].join('  '));
    const counts = countsOf(diagnostics);
    const sentence = summarySentence(counts, result.tutorials.length, result.registry.claims.length);
    const problems = counts.errors + counts.warnings > 0;
    const summary = problems
        ? paint(counts.errors > 0 ? 'red' : 'yellow', `✖ ${sentence}`)
        : paint('green', `✔ ${sentence}`);
    return [...lines, ...(lines.length > 0 ? [''] : []), summary, ''].join('\n');
}

const ORDER_TEXT = {
    summary: 'SUMMARY.md',
    mkdocs: 'mkdocs.yml nav:',
    'front-matter': 'front matter order keys (sidebar_position, nav_order, weight)',
    'readme-links': "the README's links",
    numbered: 'numbers in file and folder names',
    docs: 'README.md, then the chapters in docs/',
    single: 'a single file',
    alphabetical: 'none found: path order'
};
/** The outline of one tutorial; `diagnostics` are the findings about it (reader and load). */
function renderInspect(t, diagnostics) {
    const root = normalizeDir(t.dir);
    const rel = (file) => terminalSafe(relativeTo(root, file) ?? file);
    const at = (l) => `${rel(l.file)}:${l.line}`;
    const safe = terminalSafe;
    const lines = [];
    const chapterFiles = t.chapters.length;
    const skippedFiles = t.skipped.filter((s) => !s.file.endsWith('/')).length;
    lines.push(`${safe(t.title)}`);
    lines.push(`  folder: ${safe(t.dir)}`);
    lines.push(`  order:  ${ORDER_TEXT[t.order]}`);
    lines.push(`  files:  ${plural(chapterFiles + skippedFiles, 'Markdown file')}: ${plural(chapterFiles, 'chapter')}, ${skippedFiles} skipped`);
    if (t.time) {
        const e = { text: t.time.text, minMinutes: t.time.min, maxMinutes: t.time.max };
        lines.push(`  time:   ${formatMinutes(e)} (stated at ${at(t.time)})`);
    }
    lines.push('', `Chapters (${t.chapters.length})`);
    t.chapters.forEach((c, i) => lines.push(`  ${i + 1}. ${rel(c.file)} — ${safe(c.title)}`));
    const optional = t.exercises.filter((e) => e.optional).length;
    lines.push('', `Exercises (${t.exercises.length}${optional > 0 ? `, ${optional} optional` : ''})`);
    if (t.exercises.length === 0)
        lines.push('  none found');
    for (const e of t.exercises) {
        const time = e.estimatedTime ? formatMinutes(e.estimatedTime) : 'no time given';
        const title = e.title ? ` ${safe(e.title)}` : '';
        lines.push(`  ${safe(e.id)}${title} — ${time}${e.optional ? ', optional' : ''} (${at(e)})`);
    }
    lines.push('', `Diagrams (${t.diagrams.length})`);
    if (t.diagrams.length === 0)
        lines.push('  none found');
    for (const d of t.diagrams)
        lines.push(`  ${d.kind}: ${safe(d.caption)} (${at(d)})`);
    lines.push('', `Glossary (${t.glossary.length})`);
    if (t.glossary.length === 0)
        lines.push('  none found');
    else
        lines.push(`  ${t.glossary.map((g) => safe(g.term)).join(', ')}`);
    if (t.skipped.length > 0) {
        lines.push('', `Skipped (${t.skipped.length})`);
        for (const s of t.skipped)
            lines.push(`  ${rel(s.file)} — ${safe(s.reason)}`);
    }
    if (diagnostics.length > 0) {
        lines.push('', `Findings (${diagnostics.length})`);
        for (const d of diagnostics) {
            lines.push(`  ${safe(locationText(d))}: ${d.severity} ${d.rule}: ${safe(d.message)}`);
        }
    }
    return `${lines.join('\n')}\n`;
}

function factJson(f, path) {
    const source = { ...f.source };
    if (source.file !== undefined)
        source.file = path(source.file);
    return { ...f, source };
}
const identity = (p) => p;
function diagnosticJson(d, path) {
    const out = {
        rule: d.rule,
        severity: d.severity,
        message: d.message,
        file: path(d.file),
        line: d.line,
        column: d.column
    };
    if (d.claim !== undefined)
        out.claim = d.claim;
    return out;
}
function diagnosticsAndSummary(result, path) {
    const all = allDiagnostics(result);
    const c = countsOf(all);
    return {
        diagnostics: all.map((d) => diagnosticJson(d, path)),
        summary: { errors: c.errors, warnings: c.warnings, infos: c.infos }
    };
}
/** One tutorial as the reader saw it. */
function tutorialJson(t, path = identity) {
    const out = {
        path: path(t.dir),
        title: t.title,
        order: t.order,
        chapters: t.chapters.map((c) => ({ file: path(c.file), title: c.title })),
        skipped: t.skipped.map((s) => ({ file: path(s.file), reason: s.reason })),
        exercises: t.exercises.map((e) => ({
            id: e.id,
            title: e.title,
            ...(e.estimatedTime
                ? { minutes: { min: e.estimatedTime.minMinutes, max: e.estimatedTime.maxMinutes } }
                : {}),
            optional: e.optional,
            file: path(e.file),
            line: e.line
        })),
        diagrams: t.diagrams.map((d) => ({
            file: path(d.file),
            line: d.line,
            kind: d.kind,
            caption: d.caption
        })),
        citations: t.citations.map((c) => ({
            id: c.id,
            file: path(c.file),
            line: c.line,
            column: c.column
        }))
    };
    if (t.time) {
        const { citations, ...rest } = out;
        return {
            ...rest,
            time: {
                min: t.time.min,
                max: t.time.max,
                text: t.time.text,
                file: path(t.time.file),
                line: t.time.line
            },
            citations
        };
    }
    return out;
}
/** The `check --format json` document. `cwdRelative` maps every path (default: as given). */
function checkJson(result, cwdRelative = identity) {
    return {
        registry: {
            claims: result.registry.claims.map((c) => ({
                id: c.id,
                status: c.status.toLowerCase(),
                file: cwdRelative(c.file),
                line: c.line
            }))
        },
        tutorials: result.tutorials.map((t) => tutorialJson(t, cwdRelative)),
        drafts: (result.guarded ?? []).map((d) => ({
            path: cwdRelative(d.path),
            tutorial: d.tutorial,
            channel: d.channel
        })),
        ...diagnosticsAndSummary(result, cwdRelative)
    };
}
/** The `generate --format json` document. */
function generateJson(result, cwdRelative = identity) {
    return {
        drafts: result.drafts.map((d) => ({
            tutorial: d.tutorial,
            path: cwdRelative(d.path),
            sections: d.sections.map((s) => s.heading),
            openQuestions: d.openQuestions.length,
            checklist: d.checklist.map((c) => {
                const item = {
                    item: c.item,
                    status: c.status
                };
                if (c.reason !== undefined && c.reason !== '')
                    item.reason = c.reason;
                return item;
            }),
            facts: d.facts.facts.map((f) => factJson(f, cwdRelative)),
            posts: d.posts.map((p) => ({
                channel: p.channel,
                path: cwdRelative(p.path),
                markdown: p.markdown
            })),
            writer: writerJson(d)
        })),
        ...diagnosticsAndSummary(result, cwdRelative)
    };
}
function writerJson(d) {
    const w = writerOf(d);
    return {
        kind: w.kind,
        model: w.model,
        requests: w.requests,
        channels: w.channels.map((c) => ({
            name: c.name,
            source: c.source,
            rounds: c.rounds,
            findings: c.findings.map((f) => ({
                rule: f.rule,
                severity: f.severity,
                message: f.message,
                line: f.line
            })),
            ...(c.fault ? { fault: c.fault.kind } : {})
        }))
    };
}

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVEL = { error: 'error', warning: 'warning', info: 'note' };
/** A relative URI reference: each path segment percent-encoded, `/` kept. */
function uri(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
function renderSarif(result, opts) {
    const repoPath = opts.repoPath ?? ((f) => f);
    const rules = RULE_LIST.map((r) => {
        const o = opts.rules?.[r.id];
        const d = {
            id: r.id,
            shortDescription: { text: r.description },
            defaultConfiguration: o === 'off'
                ? { enabled: false, level: LEVEL[r.severity] }
                : { level: LEVEL[o ?? r.severity] }
        };
        return d;
    });
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const results = allDiagnostics(result).map((d) => {
        const startLine = Math.max(1, Math.trunc(d.line) || 1);
        const startColumn = Math.max(1, Math.trunc(d.column) || 1);
        const region = {
            artifactLocation: { uri: uri(repoPath(d.file)) },
            region: { startLine, startColumn }
        };
        if (d.endLine !== undefined && d.endColumn !== undefined && d.endLine >= startLine) {
            region.region.endLine = d.endLine;
            region.region.endColumn = d.endColumn;
        }
        const r = {
            ruleId: d.rule,
            level: LEVEL[d.severity],
            message: { text: d.message },
            locations: [{ physicalLocation: region }]
        };
        const i = index.get(d.rule);
        if (i !== undefined)
            r.ruleIndex = i;
        if (d.claim !== undefined)
            r.properties = { claim: d.claim };
        return r;
    });
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'tutorial-amplifier',
                        version: opts.version,
                        semanticVersion: opts.version,
                        rules
                    }
                },
                results
            }
        ]
    };
}

// The command-line front end: arguments (src/cli/args.ts, tables in src/cli/spec.ts) → the use
// cases the action runs too (src/app.ts) → a report on stdout or in a file. Exit codes: 0 ok,
// 1 failing findings, 2 unusable input.
const VERSION = pkg.version;
function failing(summary, failOn, maxWarnings) {
    if (maxWarnings !== undefined && summary.warnings > maxWarnings)
        return true;
    if (failOn === 'never')
        return false;
    return summary.errors > 0 || (failOn === 'warning' && summary.warnings > 0);
}
const str = (v) => (typeof v === 'string' ? v : undefined);
const strs = (v) => (Array.isArray(v) ? v : []);
/** Workspace root and config: `--root`/`--config` when given, else the config found upwards. */
function locate(inv, cwd) {
    const rootArg = str(inv.values.root);
    const configArg = str(inv.values.config);
    if (rootArg === undefined && configArg === undefined) {
        const found = findConfigUpwards(cwd);
        // the config lives in <root>/.github/: that repository is the workspace
        const root = found ? path.dirname(path.dirname(found)) : cwd;
        const ws = { root, cwd };
        const config = loadConfig(ws);
        return { ws: { ...ws, ignore: config.ignore }, config };
    }
    const ws = { root: path.resolve(cwd, rootArg ?? '.'), cwd };
    const config = loadConfig(ws, configArg);
    return { ws: { ...ws, ignore: config.ignore }, config };
}
/** Only errors, for `--quiet` (counts follow what is shown, as eslint's do). */
function errorsOnly(result) {
    const diagnostics = result.diagnostics.filter((d) => d.severity === 'error');
    return { ...result, diagnostics, summary: { ...result.summary, warnings: 0, infos: 0 } };
}
/** Applies `--writer`, `--llm-endpoint` and `--llm-model` to the config's `writer:`. */
function writerOptions(config, values) {
    const kind = str(values.writer);
    if (kind === 'deterministic' || kind === 'llm')
        config.writer.kind = kind;
    const endpoint = str(values['llm-endpoint']);
    if (endpoint !== undefined) {
        if (!/^https?:\/\/\S+$/.test(endpoint)) {
            throw new UsageError(`--llm-endpoint must be an http(s) URL, not "${endpoint}"`);
        }
        config.writer.endpoint = endpoint;
    }
    const model = str(values['llm-model']);
    if (model !== undefined) {
        if (!MODEL_NAME.test(model))
            throw new UsageError(`--llm-model is not a model name: "${model}"`);
        config.writer.model = model;
    }
}
/**
 * Runs the CLI; returns the exit code. Output goes through `out` / `err` so tests can capture it.
 * The result is a promise only when a model writes (`--writer llm`, or `writer.kind: llm` in the
 * config); every other run stays synchronous.
 */
function main(argv, out = (s) => process.stdout.write(s), err = (s) => process.stderr.write(s), cwd = process.cwd(), io = {}) {
    try {
        const inv = parseCommandLine(argv);
        const { values } = inv;
        if (values.version) {
            out(`${VERSION}\n`);
            return EXIT.ok;
        }
        const command = inv.command;
        if (command === 'help') {
            const [topic, ...rest] = inv.positionals;
            if (rest.length > 0)
                throw new UsageError('help takes at most one command name');
            out(topic === undefined ? mainHelp() : commandHelp(helpTopic(topic)));
            return EXIT.ok;
        }
        if (values.help) {
            out(command ? commandHelp(command) : mainHelp());
            return EXIT.ok;
        }
        if (!command) {
            throw new UsageError('missing command: check, generate, comment or init (see --help)');
        }
        if (command === 'init') {
            if (inv.positionals.length > 0)
                throw new UsageError('init takes no folders');
            const root = path.resolve(cwd, str(values.root) ?? '.');
            const r = runInit({ root, cwd }, { claims: strs(values.claims), force: values.force === true, version: VERSION });
            for (const line of r.lines)
                out(`${line}\n`);
            return EXIT.ok;
        }
        command;
        const { ws, config } = locate(inv, cwd);
        writerOptions(config, values);
        const outDir = str(values.out);
        if (outDir)
            config.draftsDir = displayPath(resolveInside(ws.root, cwd, outDir, 'output'), ws.root);
        const output = str(values.output);
        const outputFile = output ? resolveInside(ws.root, cwd, output, 'output') : undefined;
        const emit = (text) => {
            if (outputFile)
                writeFilesAtomically([{ path: outputFile, content: text, display: output }]);
            else
                out(text);
        };
        const env = io.env ?? {};
        const paint = painter(!outputFile && colorEnabled(env, io.stdoutIsTTY ?? false));
        const format = str(values.format) ?? 'text';
        const failOn = (str(values['fail-on']) ?? 'error');
        const mw = str(values['max-warnings']);
        const maxWarnings = mw === undefined ? undefined : Number(mw);
        const quiet = values.quiet === true;
        const selection = { tutorials: inv.positionals, claims: strs(values.claims) };
        const strict = values.strict === true;
        // SARIF and workflow commands name files from the repository root (else the workspace root)
        const repoRoot = repositoryRoot(ws.root) ?? ws.root;
        const repoPath = (f) => displayPath(path.resolve(cwd, f), repoRoot);
        const report = (result, json) => {
            const shown = quiet ? errorsOnly(result) : result;
            if (format === 'json')
                emit(`${JSON.stringify(json(), null, 2)}\n`);
            else if (format === 'sarif') {
                const log = renderSarif(shown, { version: VERSION, repoPath, rules: config.rules });
                emit(`${JSON.stringify(log, null, 2)}\n`);
            }
            else if (format === 'github')
                emit(renderGithub(shown, repoPath));
            else
                emit(renderText(shown, { paint }));
        };
        if (command === 'inspect') {
            // informative: exit 0 whatever the reader found (findings are listed)
            if (format !== 'text' && format !== 'json') {
                throw new UsageError(`inspect --format must be text or json, not "${format}"`);
            }
            const run = runInspect({ ws, config, dirs: inv.positionals });
            if (format === 'json') {
                const tutorials = run.tutorials.map((t) => tutorialJson(t.tutorial));
                emit(`${JSON.stringify({ tutorials }, null, 2)}\n`);
            }
            else
                emit(run.tutorials.map((t) => renderInspect(t.tutorial, t.diagnostics)).join('\n'));
            return EXIT.ok;
        }
        if (command === 'check') {
            const drafts = str(values.drafts);
            // committed drafts are always searched (discoverDrafts); --drafts adds one more folder
            const sel = { ...selection, ...(drafts !== undefined ? { drafts } : {}) };
            const { result } = runCheckWithStale({ ws, config, strict, selection: sel });
            report(result, () => checkJson(quiet ? errorsOnly(result) : result));
            return failing(result.summary, failOn, maxWarnings) ? EXIT.findings : EXIT.ok;
        }
        const finish = (run) => {
            const result = run.result;
            if (command === 'generate') {
                const { kept } = writeDrafts(run, { force: values.force === true, cwd });
                const keptPaths = new Set(kept.map((k) => k.path));
                const lines = result.drafts
                    .filter((d) => !keptPaths.has(d.path))
                    .map((d) => `wrote ${printable(d.path)}\n`)
                    .join('') +
                    kept
                        .map((k) => `kept ${printable(k.path)} as it was: its inputs have ${k.errors} error${k.errors === 1 ? '' : 's'} (--force writes it anyway)\n`)
                        .join('');
                if (format === 'text') {
                    const shown = quiet ? errorsOnly(result) : result;
                    emit(renderText(shown, { paint }) + lines);
                }
                else
                    report(result, () => generateJson(quiet ? errorsOnly(result) : result));
            }
            else {
                const header = str(values.header) ?? 'default';
                emit(`${renderComment(result, { marker: markerFor(header), header })}\n`);
            }
            return failing(result.summary, failOn, maxWarnings) ? EXIT.findings : EXIT.ok;
        };
        const run = runGenerate({ ws, config, strict, selection, writes: command === 'generate' });
        if (config.writer.kind !== 'llm')
            return finish(run);
        return writeWithModel(run, {
            ws,
            config,
            strict,
            env,
            warn: (line) => err(`tutorial-amplifier: warning: ${line}\n`)
        }).then(finish, (e) => failed(e, err));
    }
    catch (e) {
        return failed(e, err);
    }
}
/** One line for a failure, and its exit code: usage errors with their place, others by message. */
function failed(e, err) {
    if (e instanceof UsageError) {
        err(`tutorial-amplifier: ${e.line}\n`);
        return EXIT.usage;
    }
    const code = e.code;
    const message = e.message ?? String(e);
    const prefix = code && !message.startsWith(code) ? `${code}: ` : '';
    err(`tutorial-amplifier: ${printable(`${prefix}${message.split('\n')[0]}`)}\n`);
    return EXIT.usage;
}

// Entry of the `tutorial-amplifier` command (bundled to dist/cli.js).
process.exitCode = await main(process.argv.slice(2), undefined, undefined, undefined, {
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true
});
//# sourceMappingURL=cli.js.map
