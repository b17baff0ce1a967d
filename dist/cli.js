#!/usr/bin/env node
import path from 'node:path';
import { parseArgs } from 'node:util';
import { a as allDiagnostics, c as countsOf, l as locationText, s as summarySentence, b as loadConfig, d as displayPath, r as resolveInside, e as runCheck, f as runGenerate, w as writeDrafts, m as markerFor, g as renderComment } from './chunks/comment.js';
import { E as EXIT, U as UsageError } from './chunks/errors.js';
import 'node:fs';
import './chunks/work.js';
import './chunks/_commonjsHelpers.js';
import 'node:process';
import 'node:url';
import 'node:os';
import 'node:worker_threads';

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
        tutorials: result.tutorials.map((t) => ({
            path: cwdRelative(t.dir),
            title: t.title,
            citations: t.citations.map((c) => ({
                id: c.id,
                file: cwdRelative(c.file),
                line: c.line,
                column: c.column
            }))
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
            })
        })),
        ...diagnosticsAndSummary(result, cwdRelative)
    };
}

const ANSI = {
    red: '\u001b[31m',
    yellow: '\u001b[33m',
    blue: '\u001b[34m',
    green: '\u001b[32m',
    dim: '\u001b[2m',
    reset: '\u001b[0m'
};
const SEVERITY_COLOR = {
    error: ANSI.red,
    warning: ANSI.yellow,
    info: ANSI.blue
};
/**
 * Content is untrusted: control characters (including ANSI escapes), bidi overrides and line
 * breaks must not reach the terminal.
 */
function terminalSafe(text) {
    return (text
        .replace(/[\r\n\t]+/g, ' ')
        // control characters, ANSI escapes and bidi overrides must never reach the terminal
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '?'));
}
function renderText(result, opts = {}) {
    const color = opts.color ?? false;
    const paint = (code, s) => (color ? `${code}${s}${ANSI.reset}` : s);
    const diagnostics = allDiagnostics(result);
    const rows = diagnostics.map((d) => ({
        at: terminalSafe(locationText(d)),
        severity: d.severity,
        message: terminalSafe(d.message),
        rule: terminalSafe(d.rule)
    }));
    const atWidth = Math.max(0, ...rows.map((r) => r.at.length));
    const sevWidth = Math.max(0, ...rows.map((r) => r.severity.length));
    const lines = rows.map((r) => [
        r.at.padEnd(atWidth),
        paint(SEVERITY_COLOR[r.severity], r.severity.padEnd(sevWidth)),
        r.message,
        paint(ANSI.dim, `[${r.rule}]`)
    ].join('  '));
    const counts = countsOf(diagnostics);
    const sentence = summarySentence(counts, result.tutorials.length, result.registry.claims.length);
    const problems = counts.errors + counts.warnings > 0;
    const summary = problems
        ? paint(counts.errors > 0 ? ANSI.red : ANSI.yellow, `✖ ${sentence}`)
        : paint(ANSI.green, `✔ ${sentence}`);
    return [...lines, ...(lines.length > 0 ? [''] : []), summary, ''].join('\n');
}

// The command-line front end. Arguments are parsed with node:util's parseArgs; the work is done by
// the same use cases the action runs (src/app.ts). Exit codes: 0 ok, 1 findings, 2 unusable input.
const HELP = `tutorial-amplifier — validate claim citations in tutorials and regenerate traced drafts

Usage:
  tutorial-amplifier check    [options] [TUTORIAL_DIR...]   validate tutorials, registry and drafts
  tutorial-amplifier generate [options] [TUTORIAL_DIR...]   write one amplification draft per tutorial
  tutorial-amplifier comment  [options] [TUTORIAL_DIR...]   print the PR comment the action would post

Options:
  --claims DIR        claims registry folder (repeatable; default: config, else folders named "claims")
  --config FILE       config file (default: .github/tutorial-amplifier.yml when present)
  --drafts DIR        check: also guard the committed drafts in DIR (default: config drafts folder)
  --out DIR           generate: write drafts into DIR (default: config, else publication-drafts/ beside each tutorial)
  --format FMT        text (default) or json
  --fail-on LEVEL     error (default), warning or never: which findings make the exit code 1
  --strict            untraced figures in drafts are errors
  --header NAME       comment: the sticky comment's header (default: default)
  --root DIR          workspace root; nothing outside it is read or written (default: current folder)
  -h, --help          show this help
  -v, --version       show the version

Without TUTORIAL_DIR, tutorials come from the config file, else every folder with numbered chapters.
Exit codes: 0 no failing findings, 1 failing findings, 2 unusable input (missing path, bad config).`;
const VERSION = '0.1.0';
function failing(summary, failOn) {
    if (failOn === 'never')
        return false;
    return summary.errors > 0 || (failOn === 'warning' && summary.warnings > 0);
}
function parse(argv) {
    try {
        return parseArgs({
            args: argv,
            allowPositionals: true,
            strict: true,
            options: {
                claims: { type: 'string', multiple: true },
                config: { type: 'string' },
                drafts: { type: 'string' },
                out: { type: 'string' },
                format: { type: 'string', default: 'text' },
                'fail-on': { type: 'string', default: 'error' },
                strict: { type: 'boolean', default: false },
                header: { type: 'string', default: 'default' },
                root: { type: 'string' },
                help: { type: 'boolean', short: 'h', default: false },
                version: { type: 'boolean', short: 'v', default: false }
            }
        });
    }
    catch (e) {
        throw new UsageError(`${e.message} (see --help)`);
    }
}
/** Runs the CLI; returns the exit code. Output goes through `out` / `err` so tests can capture it. */
function main(argv, out = (s) => process.stdout.write(s), err = (s) => process.stderr.write(s), cwd = process.cwd()) {
    try {
        const { values, positionals } = parse(argv);
        if (values.help) {
            out(`${HELP}\n`);
            return EXIT.ok;
        }
        if (values.version) {
            out(`${VERSION}\n`);
            return EXIT.ok;
        }
        const [command, ...dirs] = positionals;
        if (!command)
            throw new UsageError('missing command: check, generate or comment (see --help)');
        if (!['check', 'generate', 'comment'].includes(command)) {
            throw new UsageError(`unknown command "${command}" (see --help)`);
        }
        const format = values.format;
        if (format !== 'text' && format !== 'json') {
            throw new UsageError(`--format must be text or json, not "${format}"`);
        }
        const failOn = values['fail-on'];
        if (!['error', 'warning', 'never'].includes(failOn)) {
            throw new UsageError(`--fail-on must be error, warning or never, not "${failOn}"`);
        }
        const root = path.resolve(cwd, values.root ?? '.');
        const ws = { root, cwd };
        const config = loadConfig(ws, values.config);
        if (values.out) {
            config.draftsDir = displayPath(resolveInside(root, cwd, values.out, 'output'), root);
        }
        const selection = { tutorials: dirs, claims: values.claims ?? [] };
        const strict = values.strict;
        if (command === 'check') {
            const guardDrafts = values.drafts !== undefined || config.draftsDir !== undefined;
            const { result } = runCheck({
                ws,
                config,
                strict,
                selection: { ...selection, drafts: values.drafts, guardDrafts }
            });
            out(format === 'json' ? `${JSON.stringify(checkJson(result), null, 2)}\n` : renderText(result));
            return failing(result.summary, failOn) ? EXIT.findings : EXIT.ok;
        }
        const run = runGenerate({ ws, config, strict, selection });
        if (command === 'generate') {
            writeDrafts(run);
            if (format === 'json')
                out(`${JSON.stringify(generateJson(run.result), null, 2)}\n`);
            else {
                out(renderText(run.result));
                for (const d of run.result.drafts)
                    out(`wrote ${d.path}\n`);
            }
        }
        else {
            const marker = markerFor(values.header);
            out(`${renderComment(run.result, { marker, header: values.header })}\n`);
        }
        return failing(run.result.summary, failOn) ? EXIT.findings : EXIT.ok;
    }
    catch (e) {
        if (e instanceof UsageError) {
            err(`tutorial-amplifier: ${e.line}\n`);
            return EXIT.usage;
        }
        const code = e.code;
        const message = e.message ?? String(e);
        const prefix = code && !message.startsWith(code) ? `${code}: ` : '';
        err(`tutorial-amplifier: ${prefix}${message.split('\n')[0]}\n`);
        return EXIT.usage;
    }
}

// Entry of the `tutorial-amplifier` command (bundled to dist/cli.js).
process.exitCode = main(process.argv.slice(2));
