import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync, statSync, lstatSync, readFileSync, readdirSync, openSync, writeSync, fsyncSync, closeSync } from 'node:fs';
import path, { posix } from 'node:path';
import { d as defaultWriterConfig, U as UsageError } from './errors.js';
import { C as CHANNELS, u as unified, r as remarkParse, v as visit, y as collapse, n as append, z as splitLines, A as splitSentences, B as findFigures, k as toString, D as parseTimeEstimate, g as diagnostic, b as RULES, l as locate$1, h as lineStarts, E as walk, F as gfmParser, G as topLevelPieces, P as PIECE_CHARS, H as mayHoldTable, I as parseInRuns, J as parseInPieces, K as remarkFrontmatter, L as headingSections, M as HEADING_LINE, N as strong, O as inline, Q as joinInline, T as paragraph, V as fact, W as facts, X as summariseItems, Y as exerciseLabel$1, Z as untimedNote, _ as derivedStatement, $ as timeStatement, a0 as tutorialLink, a1 as heading, a2 as list, a3 as code, a4 as emphasis, a5 as CONFIG_FILE, a6 as plainText, a7 as inlineMd, a8 as at, a9 as channelById, aa as exerciseSummary, ab as countWords, ac as countTreeWords, ad as phrase, ae as uncitedFigureDiagnostics, af as describeLimits, ag as threadPosts, ah as documentSections, ai as toMd, aj as postNodesChars, ak as buildContext, al as channelFileName, am as bodyNodes, an as indexRegistry, ao as chapterSentences, ap as normaliseCitations, aq as credentialLike, ar as countPlainWords, as as CUES, at as dangling, au as metaSentence, av as sameSentence, aw as channelOfName, ax as CLAIM_WORTHY_FIGURE_KINDS, ay as derivedValues, az as normalizeFigure, aA as DERIVED_LABELS, aB as validateCitation, aC as X_LINK_CHARS, aD as TUTORIAL_LINK_PLACEHOLDER, aE as TALK_META_LINE, d as distance, s as sortDiagnostics, aF as tutorialUrl, e as applyRuleConfig, aG as validateCitations, o as countBySeverity } from './context.js';
import { g as getDefaultExportFromCjs$1 } from './_commonjsHelpers.js';

// The typed configuration, after defaults. Read from `.github/tutorial-amplifier.yml`
// (schema: `tutorial-amplifier.schema.json` at the repository root) by src/config/load.ts.
const DEFAULT_CLAIM_ID_PATTERN = '[A-Z][A-Z0-9]*-[A-Z][A-Z0-9]*-[0-9]{3}';
function defaultConfig() {
    return {
        tutorials: [],
        claims: [],
        ignore: [],
        draftFileName: '{tutorial}.draft.md',
        draftPaths: [],
        claimIdPattern: DEFAULT_CLAIM_ID_PATTERN,
        rules: {},
        tutorialUrls: {},
        hashtags: [],
        talk: {},
        channels: CHANNELS,
        writer: defaultWriterConfig()
    };
}
/** The claim-ID regular expression, global, matching whole words only. */
function claimIdRegExp(pattern) {
    return new RegExp(`(?<![A-Za-z0-9_-])(?:${pattern})(?![A-Za-z0-9_-])`, 'g');
}

const DIRECTIVE = /^<!--\s*tutorial-amplifier-(disable-next-line|disable|enable)\b([^]*?)-->$/;
const ALL = '*';
const parser = unified().use(remarkParse);
/** The suppression comments of a Markdown text, in order. */
function directives(text) {
    if (!text.includes('tutorial-amplifier-'))
        return [];
    const out = [];
    visit(parser.parse(text), 'html', (node) => {
        // an HTML node may hold several comments (an HTML block, or inline HTML in a paragraph)
        for (const m of node.value.matchAll(/<!--[^]*?-->/g)) {
            const d = DIRECTIVE.exec(m[0]);
            if (!d || !node.position)
                continue;
            const before = node.value.slice(0, m.index);
            const line = node.position.start.line + (before.match(/\n/g)?.length ?? 0);
            const endLine = line + (m[0].match(/\n/g)?.length ?? 0);
            const rules = (d[2] ?? '')
                .split(/[\s,]+/)
                .map((r) => r.trim())
                .filter((r) => r !== '');
            out.push({
                kind: d[1],
                rules: rules.length > 0 ? rules : [ALL],
                line,
                endLine
            });
        }
    });
    return out;
}
function spans(list) {
    const out = [];
    const open = new Map();
    for (const d of list) {
        for (const rule of d.rules) {
            if (d.kind === 'disable-next-line')
                out.push({ rule, from: d.endLine + 1, to: d.endLine + 1 });
            else if (d.kind === 'disable') {
                if (!open.has(rule))
                    open.set(rule, d.line);
            }
            else {
                // `enable` ends the block of the same rule; `enable` without a rule ends every block
                for (const [r, from] of [...open]) {
                    if (rule !== ALL && r !== rule)
                        continue;
                    out.push({ rule: r, from, to: d.line });
                    open.delete(r);
                }
            }
        }
    }
    for (const [rule, from] of open)
        out.push({ rule, from, to: Infinity });
    return out;
}
function suppressed(d, list) {
    return list.some((s) => (s.rule === d.rule || s.rule === ALL) && d.line >= s.from && d.line <= s.to);
}
/**
 * Drops the diagnostics that a suppression comment in their own Markdown file covers. Files are
 * only parsed when they mention a directive at all.
 */
function applySuppressions(diagnostics, files) {
    const byFile = new Map();
    for (const f of files) {
        if (!/\.(md|markdown)$/i.test(f.path))
            continue;
        const s = spans(directives(f.text));
        if (s.length > 0)
            byFile.set(f.path, s);
    }
    if (byFile.size === 0)
        return [...diagnostics];
    return diagnostics.filter((d) => {
        const s = byFile.get(d.file);
        return !s || !suppressed(d, s);
    });
}

/** Languages whose blocks are text rather than code. */
const TEXTISH = new Set([
    '',
    'text',
    'txt',
    'plain',
    'plaintext',
    'ascii',
    'diagram',
    'art',
    'svgbob',
    'goat',
    'none',
    'nohighlight'
]);
const BOX_CORNER = /[┌┐└┘╔╗╚╝╭╮╰╯┏┓┗┛]/u;
const BOX_EDGE = /[─━═│┃║]{2,}|[─━═]/u;
const PLUS_BOX = /\+[-=]{2,}\+|\+[-=]{3,}|[-=]{3,}\+/;
const ARROW = /<-+|-+>|<=+|=+>|[→←↑↓⇒⇐⇄⟶⟵▶◀▲▼►◄]|(?:^|\s)[v^V](?:\s|$)/u;
const TREE_LINE = /^[\s│|]*[├└`|][-─]{2}/u;
/** `Client -> Relay -> Bucket`: three or more names joined by arrows on one line */
const ARROW_CHAIN = /^\s*[\p{L}\p{N}[(<'"][^\n]*?(?:\s*(?:-+>|=+>|→|⟶|⇒)\s*[\p{L}\p{N}[(<'"][^\n]*?){2,}\s*$/u;
/** The diagram kind of a fenced code block, or undefined when it is ordinary code or output. */
function codeDiagram(lang, value) {
    const l = (lang ?? '').toLowerCase();
    if (l === 'mermaid')
        return 'mermaid';
    if (l === 'plantuml' || l === 'puml' || /^\s*@startuml\b/.test(value))
        return 'plantuml';
    return asciiDiagram(l, value) ? 'ascii' : undefined;
}
/**
 * ASCII art: boxes (box-drawing corners or `+---+`) with at least one arrow, or — in a text
 * block — arrows on two lines, or one chain of three names joined by arrows. Directory trees
 * (`├──`) and result tables (`+----+----+` without arrows) are not diagrams.
 */
function asciiDiagram(lang, value) {
    const lines = value.split('\n').filter((l) => l.trim() !== '');
    if (lines.length === 0)
        return false;
    const tree = lines.filter((l) => TREE_LINE.test(l)).length;
    if (tree * 2 >= lines.length)
        return false;
    const boxLines = lines.filter((l) => BOX_CORNER.test(l) || PLUS_BOX.test(l) || BOX_EDGE.test(l)).length;
    const arrowLines = lines.filter((l) => ARROW.test(l)).length;
    if (boxLines >= 2 && arrowLines >= 1)
        return true;
    if (!TEXTISH.has(lang))
        return false;
    if (lines.some((l) => /^\s*[$#>]\s/.test(l)))
        return false; // a shell session
    if (arrowLines >= 2 && lines.length >= 2)
        return true;
    return lines.length <= 3 && lines.some((l) => ARROW_CHAIN.test(l));
}

/** Exercise-like heading labels: `E10`, `Exercise 3`, `Exercise: …`, `Lab 2`, `Challenge 1`, `Hands-on`. */
const EXERCISE_WORD = String.raw `(?:exercise|exercice|exerice|excercise|exersice|exercize|exercse|excersise|exercsie)`;
const EXERCISE_HEADING = new RegExp(String.raw `^(?:(?:${EXERCISE_WORD}|lab|challenge|task)\b(?:\s*\d+|\s*[:#.\-–—]|\s*$)|hands[- ]on\b|e\d+\b)`, 'iu');
/**
 * Ordered recognisers: the first that matches the heading's start wins. Headings are compared
 * after stripping numbering and decoration (`2.`, `Part 1:`, `Step 0 –`, emoji).
 */
const ROLE_PATTERNS = [
    [
        'non-goal',
        /^(?:non[- ]?goals?|not suitable|unsuitable|when not to use|when (?:you )?(?:should not|shouldn't) use|not covered|out of scope|what (?:this|the) (?:tutorial|workshop|guide|lab) (?:is not|isn't|does not|doesn't)|what (?:we|you) (?:will not|won't) (?:cover|do|learn|build)|not (?:a good fit|for you|intended)|scope and non[- ]?goals)\b/iu
    ],
    [
        'limitation',
        /^(?:(?:known |current )?limitations?|caveats?|known issues|constraints|trade-?offs?|drawbacks?|restrictions)\b/iu
    ],
    [
        'roadmap',
        /^(?:roadmap|future (?:work|plans|directions|features)|coming soon|planned (?:features|work)|upcoming)\b/iu
    ],
    [
        'prerequisites',
        /^(?:pre-?requisites?|requirements|system requirements|before you (?:begin|start)|what you(?:'|’| wi)ll need|you(?:'|’| wi)ll need|what you need|things you need)\b/iu
    ],
    [
        'outcomes',
        /^(?:what you(?:'|’| wi)ll (?:learn|build|do|achieve)|what you learn|learning (?:objectives|outcomes|goals)|objectives|goals|by the end|you will learn|outcomes)\b/iu
    ],
    [
        'troubleshooting',
        /^(?:troubleshoot\w*|common (?:issues|problems|errors|pitfalls)|faq|frequently asked|if something goes wrong|debugging)\b/iu
    ],
    [
        'cleanup',
        /^(?:clean[- ]?up|tear[- ]?down|tidy up|remove (?:the )?resources|delete (?:the )?resources|uninstall)\b/iu
    ],
    ['glossary', /^(?:glossary|key terms|terminology|terms)\b/iu],
    [
        'summary',
        /^(?:summary|recap|conclusions?|wrap[- ]?up|wrapping up|key takeaways?|takeaways|what you(?:'|’| ha)ve learned|what you learned|what you should know|in summary)\b/iu
    ],
    ['why', /^(?:why\b|motivation\b|the case for\b)/iu],
    ['problem', /^(?:(?:the )?problem\b|problem statement\b|the challenge\b|pain points\b)/iu],
    [
        'setup',
        /^(?:set[- ]?up|setting up|installation|install(?:ing)?|environment setup|getting set up)\b/iu
    ],
    [
        'next-steps',
        /^(?:next steps?|what(?:'|’)s next|where to go next|further reading|learn more|more resources|resources)\b/iu
    ],
    ['intro', /^(?:intro(?:duction)?|overview|about(?: this)?|at a glance|background)\b/iu]
];
/** Numbering and decoration before a heading's words: `2.`, `1.3`, `Part 1:`, `Step 0 -`, emoji, `#`. */
const LEAD$1 = /^(?:[^\p{L}\p{N}]+|(?:\d+(?:\.\d+)*[.):]?|(?:part|chapter|section|module|step)\s+\d+\s*[:.\-–—]?)\s*)+/iu;
/** The heading's text without numbering and decoration in front. */
function stripLead(text) {
    let t = text.trim();
    for (let i = 0; i < 3; i++) {
        const next = t.replace(LEAD$1, '');
        if (next === t)
            break;
        t = next;
    }
    return t;
}
/**
 * The role a heading gives the section under it, or undefined for an ordinary heading.
 * `Exercise 2: Cleanup` is an exercise; `Cleanup` alone is cleanup.
 */
function sectionRole(headingText) {
    const text = stripLead(headingText);
    if (text === '')
        return undefined;
    if (EXERCISE_HEADING.test(text) || EXERCISE_HEADING.test(headingText.trim()))
        return 'exercise';
    for (const [role, re] of ROLE_PATTERNS)
        if (re.test(text))
            return role;
    return undefined;
}
/**
 * Tracks the heading chain while a chapter is walked: `enter(depth, text)` at each heading,
 * `role()` for the role of the nearest heading in the chain that has one.
 */
class RoleChain {
    chain = [];
    enter(depth, text) {
        while (this.chain.length > 0 && (this.chain[this.chain.length - 1]?.depth ?? 0) >= depth) {
            this.chain.pop();
        }
        this.chain.push({ depth, role: sectionRole(text) });
    }
    role() {
        for (let i = this.chain.length - 1; i >= 0; i--) {
            const r = this.chain[i]?.role;
            if (r)
                return r;
        }
        return undefined;
    }
}

// Exercise headings and labels: `E10 — …`, `Exercise 3: …`, `Exercise: Deploying X`, `Lab 0:`,
// `Challenge 1`, `Hands-on: …`, `Step 2` (kept only when the tutorial numbers its exercises so),
// typos such as `Exerice` tolerated. Pure.
const NOT_WORD_BEFORE = String.raw `(?<![\p{L}\p{N}_-])`;
const NOT_WORD_AFTER = String.raw `(?![\p{L}\p{N}_-])`;
const E_LABEL = new RegExp(String.raw `${NOT_WORD_BEFORE}E\d+${NOT_WORD_AFTER}`, 'u');
const WORD = String.raw `(${EXERCISE_WORD}|lab|task|challenge|step|hands[- ]on)`;
const WORD_LABEL = new RegExp(String.raw `${NOT_WORD_BEFORE}${WORD}\s*(?:#|no\.?\s*)?(\d+)${NOT_WORD_AFTER}`, 'iu');
const LABEL_WORD_BEFORE_E = new RegExp(String.raw `${NOT_WORD_BEFORE}(?:${EXERCISE_WORD}|lab|task|challenge)\s*[:#]?\s*$`, 'iu');
/** `Exercise: …`, `Bonus challenge – …`, `Hands-on`, `Lab:` at the start of a heading. */
const UNNUMBERED = new RegExp(String.raw `^(?:(optional|bonus|stretch|advanced|final|hands[- ]on|practical|guided|mini)\s+)?(${EXERCISE_WORD}|challenge|lab|hands[- ]on)\s*(?:[:：\-–—]\s*|$)`, 'iu');
/** Numbering and decoration in front of a heading's words (`3.`, `Part 2:`, emoji). */
const LEAD = /^(?:[^\p{L}\p{N}]+|\d+(?:\.\d+)*[.):]\s*)+/u;
const OPTIONAL = /\b(?:optional|bonus|stretch(?: goal)?|extra credit)\b/i;
/** `(15 min)`, `[optional]`, `{#slug}`, a trailing `+` or `:` */
const TIME_PAREN = /[([]\s*(?:~|about|approx\.?|approximately|est\.?)?\s*\d+(?:\.\d+)?\s*(?:[-–—]|to)?\s*(?:\d+(?:\.\d+)?)?\s*(?:minutes?|mins?|m|hours?|hrs?|h)\s*[)\]]/giu;
const OPTIONAL_PAREN = /[([]\s*(?:optional|bonus|stretch|extra credit)\s*[)\]]/giu;
const SLUG = /\s*\{#[^}]*\}\s*$/u;
function normaliseWord(word) {
    const w = word.toLowerCase();
    if (/^hands/.test(w))
        return 'Hands-on';
    if (new RegExp(`^${EXERCISE_WORD}$`, 'i').test(w))
        return 'Exercise';
    return `${w[0]?.toUpperCase() ?? ''}${w.slice(1)}`;
}
/** The heading's title once the label is gone. */
function cleanTitle(text) {
    return collapse(text
        .replace(SLUG, '')
        .replace(TIME_PAREN, ' ')
        .replace(OPTIONAL_PAREN, ' ')
        .replace(/\(\s*\)|\[\s*\]/g, ' ')
        .replace(/^[\s:.\-–—|#)\]]+/, '')
        .replace(/[\s:.\-–—|#([+*]+$/, ''));
}
/** The exercise label of a heading, if it has one. */
function exerciseLabel(heading) {
    const text = heading.replace(SLUG, '');
    const optional = OPTIONAL.test(text);
    const e = E_LABEL.exec(text);
    if (e) {
        const head = text.slice(0, e.index).replace(LABEL_WORD_BEFORE_E, '');
        const title = cleanTitle(head + ' ' + text.slice(e.index + e[0].length));
        return { id: e[0], title, unnumbered: false, step: false, optional };
    }
    const w = WORD_LABEL.exec(text);
    if (w) {
        const word = normaliseWord(w[1] ?? '');
        const rest = text.slice(0, w.index) + ' ' + text.slice(w.index + w[0].length);
        const title = cleanTitle(rest.replace(new RegExp(`^\\s*${OPTIONAL.source}`, 'i'), ''));
        return {
            id: `${word} ${Number(w[2])}`,
            title,
            unnumbered: false,
            step: word === 'Step',
            optional
        };
    }
    const stripped = text.replace(LEAD, '');
    const u = UNNUMBERED.exec(stripped);
    if (u) {
        const word = normaliseWord(u[2] ?? '');
        const title = cleanTitle(stripped.slice(u[0].length));
        return {
            id: word,
            title,
            unnumbered: true,
            step: false,
            optional: optional || /^(?:optional|bonus|stretch)$/i.test(u[1] ?? '')
        };
    }
    return undefined;
}
/** `lab-2-topic.md`, `Lab2/README.md`, `exercise-3.md`, `challenge_1/index.md`: the lab a chapter file is. */
const LAB_FILE = new RegExp(String.raw `^(${EXERCISE_WORD}s?|labs?|challenges?)[-_ .]?(\d+)(?=[-_ .]|$)`, 'i');
function labOfFile(path) {
    const parts = path.split('/');
    const name = parts.pop() ?? '';
    const isIntro = /^(?:readme|index|_index)\.(?:md|markdown)$/i.test(name);
    const candidates = [name.replace(/\.(?:md|markdown)$/i, '')];
    if (isIntro && parts.length > 0)
        candidates.unshift(parts[parts.length - 1] ?? '');
    for (const c of candidates) {
        const m = LAB_FILE.exec(c);
        if (m)
            return { id: `${normaliseWord((m[1] ?? '').replace(/s$/i, ''))} ${Number(m[2])}` };
    }
    return undefined;
}
/** IDs a sentence marks optional: "add E30 or E40", "E40 (optional)", "Optional: Lab 5". */
const LABEL_ANY = new RegExp(String.raw `${NOT_WORD_BEFORE}(?:E\d+|(?:${EXERCISE_WORD}|lab|challenge|task|step)\s*(?:#\s*)?\d+)${NOT_WORD_AFTER}`, 'giu');
const OPTIONAL_CLAUSE = /\b(?:optional(?:ly)?|bonus|stretch|extra credit|if you have (?:more |extra )?time)\b/i;
/** "add E30 or E40", "plus Lab 5": the labels after it are extras */
const ADD_LABELS = /\b(?:add|adding|plus)\s+(?:either\s+|one of\s+|also\s+)?(?=E\d|lab\b|exerci|challenge\b|task\b|step\b)/i;
const REQUIRED_CLAUSE = /\b(?:required|mandatory|must)\b/i;
function optionalLabels(text) {
    const out = [];
    for (const clause of text.split(/[;.!?]\s|\n|;/)) {
        if (REQUIRED_CLAUSE.test(clause))
            continue;
        const add = ADD_LABELS.exec(clause);
        const scope = OPTIONAL_CLAUSE.test(clause) ? clause : add ? clause.slice(add.index) : '';
        for (const m of scope.matchAll(LABEL_ANY)) {
            const id = labelId(m[0]);
            if (!out.includes(id))
                out.push(id);
        }
    }
    return out;
}
/** `exercise #3` → `Exercise 3`, `E30` → `E30`. */
function labelId(label) {
    if (/^E\d+$/.test(label))
        return label;
    const m = /^(\D+?)\s*(?:#\s*)?(\d+)$/u.exec(label.trim());
    if (!m)
        return label;
    return `${normaliseWord(m[1] ?? '')} ${Number(m[2])}`;
}
/** Every label in a text (`E10`, `Lab 2`), normalised. */
function labelsIn(text) {
    return [...text.matchAll(LABEL_ANY)].map((m) => labelId(m[0]));
}

function lineBreaks(value) {
    const out = [];
    for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1))
        out.push(i);
    return out;
}
/** How many of the sorted `xs` are below `n`. */
function countBelow(xs, n) {
    let lo = 0;
    let hi = xs.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (xs[mid] < n)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** Plain text of one phrasing container (paragraph, heading, table cell). */
class TextUnit {
    text = '';
    segments = [];
    add(value, at, scan) {
        if (value === '')
            return;
        const start = this.text.length;
        this.text += value;
        const seg = { start, end: this.text.length, value, scan };
        if (at)
            seg.at = at;
        this.segments.push(seg);
    }
    /** Index of the last segment starting at or before `offset` (binary search), or -1. */
    segmentAt(offset) {
        let lo = 0;
        let hi = this.segments.length - 1;
        let found = -1;
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            if (this.segments[mid].start <= offset) {
                found = mid;
                lo = mid + 1;
            }
            else
                hi = mid - 1;
        }
        return found;
    }
    /** true when [start, end) lies only in scanned segments */
    scanned(start, end) {
        for (let i = Math.max(0, this.segmentAt(start)); i < this.segments.length; i++) {
            const s = this.segments[i];
            if (s.end <= start)
                continue;
            if (s.start >= end)
                break;
            if (!s.scan)
                return false;
        }
        return true;
    }
    /**
     * Source place of the text at `offset` (which spells `needle`). The offset is mapped through
     * its segment, then checked against the source line and corrected when escapes, entities or
     * container prefixes (`> `, list indentation) shifted it.
     */
    locate(offset, needle, file, lines) {
        // the last segment with a source place at or before the offset
        let i = this.segmentAt(offset);
        while (i >= 0 && !this.segments[i].at)
            i--;
        const seg = i >= 0 ? this.segments[i] : undefined;
        if (!seg?.at)
            return { file, line: 1, column: 1 };
        const rel = Math.min(offset - seg.start, seg.value.length);
        // line breaks before `rel` in the segment, by binary search over their offsets
        seg.breaks ??= lineBreaks(seg.value);
        const newlines = countBelow(seg.breaks, rel);
        const line = seg.at.line + newlines;
        let column = newlines === 0
            ? seg.at.column + rel
            : rel - seg.breaks[newlines - 1]; /* 1-based in value line */
        const source = lines()[line - 1];
        if (source !== undefined &&
            needle !== '' &&
            source.substr(column - 1, needle.length) !== needle) {
            column = nearest(source, needle, column - 1) ?? column;
        }
        return { file, line, column };
    }
}
/** 1-based column of the occurrence of `needle` nearest to `guess` (the earlier one on a tie). */
function nearest(source, needle, guess) {
    // only the closest occurrence on each side can be the nearest: no scan of the whole line
    const g = Math.max(0, guess);
    const before = source.lastIndexOf(needle, g);
    const after = source.indexOf(needle, g + 1);
    let best;
    if (before !== -1)
        best = before;
    if (after !== -1 && (best === undefined || after - g < g - best))
        best = after;
    return best === undefined ? undefined : best + 1;
}

/** The lists of `Collected` that hold located items (each with the `file` it was found in). */
const LOCATED = [
    'glossary',
    'exercises',
    'figures',
    'images',
    'links',
    'citations',
    'prerequisites',
    'diagrams'
];
function emptyCollected() {
    return {
        glossary: [],
        exercises: [],
        figures: [],
        images: [],
        links: [],
        citations: [],
        prerequisites: [],
        diagrams: [],
        steps: new Set(),
        stepNumbers: []
    };
}
// --- recognisers -------------------------------------------------------------------------
const TIME_LINE = /^[^\p{L}\p{N}]*(estimated time|estimated duration|time estimate|time commitment|time required|total time|total duration|core (?:tutorial|path|workshop|track)|(?:workshop|course|tutorial) (?:duration|length|time)|duration|time)\s*(?:\([^)]*\))?\s*[:：]\s*(\S.*)$/iu;
/** `⏱ 15 minutes`, `⏱️ Duration: 1 hour` */
const TIMER_LINE = /^\s*[⏱⌛⏳⏰🕐]\uFE0F?\s*(?:\*\*)?\s*(?:(?:estimated\s+)?(?:time|duration)\s*)?[:：]?\s*(\S.*)$/iu;
const TUTORIAL_TIME_KEYS = new Set([
    'time commitment',
    'time required',
    'total time',
    'total duration',
    'core tutorial',
    'core path',
    'core workshop',
    'core track',
    'workshop duration',
    'workshop length',
    'workshop time',
    'course duration',
    'course length',
    'course time',
    'tutorial duration',
    'tutorial length',
    'tutorial time'
]);
const OPTIONAL_NOTE = /^[^\p{L}]*(?:optional\b|bonus\b|this (?:exercise|lab|challenge|step) is optional|(?:you can|feel free to) skip this)/iu;
const BADGE = /shields\.io|badgen\.net|\/badges?\/|badge\.svg|\/actions\/workflows\/|\bbadge\b|\blogo\b|\bavatar\b/i;
const GLOSSARY_HEADING = /^[^\p{L}]*(?:glossary|key terms|terminology)\b/iu;
const PREREQ_HEADING = /^[^\p{L}]*(?:prerequisites?|requirements|before you (?:begin|start)|what you(?:'|’| wi)ll need)\b/iu;
const OVERVIEW_HEADING = /^[^\p{L}]*(?:overview|about|introduction|summary|at a glance|what you(?:'|’| wi)ll (?:learn|build)|getting started)\b/iu;
const DIAGRAM_HINT = /diagram|architecture|flow|overview|sequence|topology/i;
const IMG_TAG$1 = /<img\b[^>]*>/gi;
const IMG_ATTR = /\b(src|alt|title)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const CITATION_ONLY_WORDS = /\b(?:see|claims?|sources?|refs?|references?|and|also|cf|per|registry|evidence|backed|by)\b/gi;
/** A time in a heading: `(15 min)`, `[20-30 minutes]`, `– 15 min`, `⏱ 10 min`. */
function headingTime(text) {
    const paren = /[([]([^)\]]*)[)\]]/g;
    for (const m of text.matchAll(paren)) {
        const e = parseTimeEstimate(m[1] ?? '');
        if (e)
            return e;
    }
    const tail = /(?:[-–—|·•⏱]\s*|\s)((?:~|about\s+)?\d+(?:\.\d+)?\s*(?:[-–—]|to)?\s*(?:\d+(?:\.\d+)?)?\s*(?:minutes?|mins?|hours?|hrs?))\s*$/iu.exec(text);
    return tail ? parseTimeEstimate(tail[1] ?? '') : undefined;
}
function slug(text) {
    return (text
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-+|-+$/g, '') || 'section');
}
function isDiagram(...hints) {
    return hints.some((h) => h != null && DIAGRAM_HINT.test(h));
}
function citationOnly(sentence, claimId) {
    claimId.lastIndex = 0;
    if (!claimId.test(sentence))
        return false;
    claimId.lastIndex = 0;
    const rest = sentence.replace(claimId, ' ').replace(CITATION_ONLY_WORDS, ' ');
    claimId.lastIndex = 0;
    return !/[\p{L}\p{N}]/u.test(rest);
}
const MDX_FILE = /\.mdx$/i;
/**
 * An MDX file's `import` / `export` statement: read as Markdown, a top-level paragraph whose text
 * starts with the keyword at the start of its line. It is code for the site, not tutorial prose.
 */
function mdxStatement(node) {
    if (node.type !== 'paragraph' || node.position?.start.column !== 1)
        return false;
    const first = node.children[0];
    return first?.type === 'text' && /^(?:import|export)[\s{*]/.test(first.value);
}
class ChapterWalker {
    file;
    isReadme;
    claimId;
    out;
    exerciseIds;
    chapter;
    section = '';
    roles = new RoleChain();
    lastHeading;
    glossary;
    prereq;
    exercise;
    /** the exercise whose section we are in (for an `Optional:` note under its heading) */
    current;
    definitions = new Map();
    pending = [];
    sourceLines;
    constructor(file, isReadme, claimId, out, exerciseIds) {
        this.file = file;
        this.isReadme = isReadme;
        this.claimId = claimId;
        this.out = out;
        this.exerciseIds = exerciseIds;
        this.chapter = { file: file.path, title: '', headings: [], blocks: [] };
    }
    lines = () => (this.sourceLines ??= splitLines(this.file.text));
    at(node) {
        const p = node.position?.start;
        return { file: this.file.path, line: p?.line ?? 1, column: p?.column ?? 1 };
    }
    run(pieces, title) {
        if (title)
            this.chapter.title = title;
        const mdx = MDX_FILE.test(this.file.path);
        for (const nodes of pieces) {
            const content = mdx ? nodes.filter((n) => !mdxStatement(n)) : nodes;
            this.flow(content, { context: 'prose', emit: true, inItem: false, listLevel: 0 });
        }
        for (const p of this.pending) {
            const d = this.definitions.get(p.identifier);
            if (d)
                p.apply(d.url, d.title);
        }
        if (!this.chapter.title) {
            this.chapter.title = this.file.path.split('/').pop() ?? this.file.path;
        }
        return this.chapter;
    }
    // --- flow content --------------------------------------------------------------------
    flow(nodes, where) {
        for (const node of nodes) {
            switch (node.type) {
                case 'heading':
                    this.heading(node, where);
                    break;
                case 'paragraph':
                    this.paragraph(node, where);
                    break;
                case 'list':
                    this.list(node, where);
                    break;
                case 'table':
                    this.table(node, where);
                    break;
                case 'blockquote':
                    this.blockquote(node, where);
                    break;
                case 'code':
                    this.code(node, where);
                    break;
                case 'html':
                    this.htmlImages(node.value, this.at(node));
                    break;
                case 'definition':
                    this.definitions.set(node.identifier, { url: node.url, title: node.title });
                    break;
                case 'footnoteDefinition':
                    this.flow(node.children, where);
                    break;
            }
        }
    }
    block(block, loc) {
        const out = {
            file: loc.file,
            line: loc.line,
            column: loc.column,
            kind: block.kind,
            text: block.text,
            section: this.section
        };
        if (block.depth !== undefined)
            out.depth = block.depth;
        if (block.lang !== undefined)
            out.lang = block.lang;
        if (block.table !== undefined)
            out.table = block.table;
        const role = this.roles.role();
        if (role)
            out.role = role;
        this.chapter.blocks.push(out);
    }
    heading(node, where) {
        const unit = this.phrasing(node.children);
        const text = collapse(unit.text);
        const loc = this.at(node);
        if (!where.emit) {
            this.scan([unit], where.context, false);
            where.collect?.push(unit);
            return;
        }
        const depth = node.depth;
        this.section = text;
        this.roles.enter(depth, text);
        if (!this.chapter.title)
            this.chapter.title = text;
        this.chapter.headings.push({ ...loc, depth, text });
        this.block({ kind: 'heading', text, depth }, loc);
        this.scan([unit], 'heading', true);
        if (this.glossary && depth <= this.glossary.depth)
            this.glossary = undefined;
        if (this.prereq && depth <= this.prereq.depth)
            this.prereq = undefined;
        if (this.exercise && depth <= this.exercise.depth)
            this.exercise = undefined;
        if (GLOSSARY_HEADING.test(text))
            this.glossary = { depth };
        if (PREREQ_HEADING.test(text))
            this.prereq = { depth };
        if (this.current && depth <= this.current.depth)
            this.current = undefined;
        let isExercise = false;
        const label = exerciseLabel(text);
        if (label) {
            isExercise = true;
            if (label.step)
                this.out.stepNumbers.push(Number(label.id.replace(/\D+/g, '')));
            const key = label.unnumbered ? `${label.id}:${loc.file}:${loc.line}` : label.id;
            if (!this.exerciseIds.has(key)) {
                const exercise = {
                    ...loc,
                    id: label.id,
                    title: label.title || (label.unnumbered ? this.chapter.title || text : ''),
                    chapter: this.file.path,
                    optional: label.optional
                };
                const estimate = headingTime(text);
                if (estimate)
                    exercise.estimatedTime = estimate;
                this.exerciseIds.add(key);
                this.out.exercises.push(exercise);
                if (label.step)
                    this.out.steps.add(exercise);
                if (!estimate)
                    this.exercise = { depth, exercise };
                this.current = { depth, exercise };
            }
        }
        this.lastHeading = { heading: node, text, loc, isExercise };
    }
    addExercise(exercise) {
        this.exerciseIds.add(exercise.id);
        this.out.exercises.push(exercise);
    }
    paragraph(node, where) {
        const unit = this.phrasing(node.children);
        where.collect?.push(unit);
        this.timeLines(unit);
        if (this.current && OPTIONAL_NOTE.test(unit.text))
            this.current.exercise.optional = true;
        if (!where.inItem) {
            this.scan([unit], where.context, false);
            if (where.emit)
                this.block({ kind: 'paragraph', text: collapse(unit.text) }, this.at(node));
            if (this.glossary)
                this.glossaryItem(node, unit, false);
        }
        return unit;
    }
    list(node, where) {
        for (const item of node.children)
            this.listItem(item, { ...where, listLevel: where.listLevel + 1 });
    }
    listItem(item, outer) {
        const where = {
            ...outer,
            context: outer.context === 'blockquote' ? 'blockquote' : 'list',
            inItem: true
        };
        const units = [];
        for (const child of item.children) {
            if (child.type === 'paragraph')
                units.push(this.paragraph(child, where));
        }
        const text = collapse(units.map((u) => u.text).join(' '));
        const loc = this.at(item);
        if (where.emit)
            this.block({ kind: 'list-item', text }, loc);
        this.scan(units, where.context, true);
        const first = item.children[0];
        if (this.glossary && first?.type === 'paragraph' && units[0]) {
            this.glossaryItem(first, units[0], true, loc);
        }
        if (this.prereq && outer.listLevel === 1 && text) {
            this.out.prerequisites.push({ ...loc, text });
        }
        const rest = item.children.filter((c) => c.type !== 'paragraph');
        if (rest.length > 0)
            this.flow(rest, { ...where, inItem: false });
    }
    table(node, where) {
        const rows = [];
        for (const row of node.children) {
            const units = row.children.map((cell) => this.phrasing(cell.children));
            const cells = units.map((u) => collapse(u.text));
            rows.push(cells);
            const rowText = cells.filter((c) => c !== '').join(' | ');
            this.scan(units, where.context === 'blockquote' ? 'blockquote' : 'table', true, rowText);
            if (where.collect)
                append(where.collect, units);
            if (this.glossary && rows.length > 1 && units.length >= 2) {
                const [term, definition] = rows[rows.length - 1] ?? [];
                if (term && definition)
                    this.out.glossary.push({ ...this.at(row), term, definition });
            }
        }
        const [header = [], ...body] = rows;
        if (where.emit) {
            const text = collapse(rows.map((r) => r.join(' ')).join(' '));
            this.block({ kind: 'table', text, table: { header, rows: body } }, this.at(node));
        }
    }
    blockquote(node, where) {
        const collect = [];
        this.flow(node.children, { ...where, context: 'blockquote', emit: false, collect });
        if (where.collect)
            append(where.collect, collect);
        if (where.emit) {
            const text = collapse(collect.map((u) => u.text).join(' '));
            this.block({ kind: 'blockquote', text }, this.at(node));
        }
    }
    code(node, where) {
        const loc = this.at(node);
        if (where.emit) {
            const block = {
                kind: 'code',
                text: node.value
            };
            if (node.lang)
                block.lang = node.lang;
            this.block(block, loc);
        }
        const kind = codeDiagram(node.lang, node.value);
        if (kind) {
            this.out.images.push({ ...loc, url: `${kind}:${this.file.path}`, alt: '', diagram: true });
            this.out.diagrams.push({ ...loc, kind, caption: this.caption() });
        }
    }
    // --- phrasing content ----------------------------------------------------------------
    phrasing(nodes, unit = new TextUnit()) {
        for (const node of nodes) {
            switch (node.type) {
                case 'text':
                    unit.add(node.value, node.position?.start, true);
                    break;
                case 'inlineCode':
                    unit.add(node.value, node.position?.start, false);
                    break;
                case 'break':
                    unit.add(' ', undefined, false);
                    break;
                case 'html':
                    this.htmlImages(node.value, this.at(node));
                    break;
                case 'image': {
                    const image = {
                        ...this.at(node),
                        url: node.url,
                        alt: node.alt ?? '',
                        diagram: isDiagram(node.alt, node.url, node.title)
                    };
                    if (node.title)
                        image.title = node.title;
                    this.out.images.push(image);
                    this.imageDiagram(image);
                    unit.add(node.alt ?? '', node.position?.start, false);
                    break;
                }
                case 'imageReference': {
                    const image = { ...this.at(node), url: '', alt: node.alt ?? '', diagram: false };
                    this.out.images.push(image);
                    const diagram = this.imageDiagram(image);
                    this.pending.push({
                        identifier: node.identifier,
                        apply: (url, title) => {
                            image.url = url;
                            if (title)
                                image.title = title;
                            image.diagram = isDiagram(image.alt, url, title);
                            if (diagram) {
                                diagram.url = url;
                                if (!image.alt && title)
                                    diagram.caption = title;
                            }
                        }
                    });
                    unit.add(node.alt ?? '', node.position?.start, false);
                    break;
                }
                case 'link':
                case 'linkReference': {
                    const start = unit.text.length;
                    this.phrasing(node.children, unit);
                    const link = {
                        ...this.at(node),
                        url: node.type === 'link' ? node.url : '',
                        text: collapse(unit.text.slice(start))
                    };
                    this.out.links.push(link);
                    if (node.type === 'linkReference') {
                        this.pending.push({ identifier: node.identifier, apply: (url) => (link.url = url) });
                    }
                    break;
                }
                case 'footnoteReference':
                    break;
                default: {
                    // strong, emphasis, delete and any phrasing a plugin may add
                    const other = node;
                    if (other.children)
                        this.phrasing(other.children, unit);
                    else if (typeof other.value === 'string')
                        unit.add(other.value, undefined, false);
                }
            }
        }
        return unit;
    }
    htmlImages(html, loc) {
        if (!/<img\b/i.test(html))
            return;
        for (const tag of html.matchAll(IMG_TAG$1)) {
            const attrs = {};
            for (const a of tag[0].matchAll(IMG_ATTR))
                attrs[(a[1] ?? '').toLowerCase()] = a[2] ?? a[3] ?? '';
            if (attrs.src === undefined)
                continue;
            const image = {
                ...loc,
                url: attrs.src,
                alt: attrs.alt ?? '',
                diagram: isDiagram(attrs.alt, attrs.src, attrs.title)
            };
            if (attrs.title)
                image.title = attrs.title;
            this.out.images.push(image);
            this.imageDiagram(image);
        }
    }
    /** The caption of a diagram without alt text: the nearest heading, else the chapter's file. */
    caption() {
        return this.section || this.chapter.title || (this.file.path.split('/').pop() ?? '');
    }
    /** Every image is a diagram candidate, except badges, logos and avatars. */
    imageDiagram(image) {
        if (BADGE.test(image.url) || BADGE.test(image.alt))
            return undefined;
        const d = {
            file: image.file,
            line: image.line,
            column: image.column,
            kind: 'image',
            caption: collapse(image.alt) || collapse(image.title ?? '') || this.caption()
        };
        if (image.url)
            d.url = image.url;
        this.out.diagrams.push(d);
        return d;
    }
    // --- citations and figures -----------------------------------------------------------
    /**
     * Scans units that belong together (one paragraph; one list item's paragraphs; one table
     * row's cells; one heading). With `grouped`, a citation anywhere in the group cites every
     * figure in it. `rowText` replaces the sentence for table cells (the row reads better).
     */
    scan(units, context, grouped, rowText) {
        const found = [];
        // each sentence is collapsed once, however many citations and figures it holds (a 1 MB
        // "sentence" with 250,000 IDs must not be collapsed 250,000 times)
        const shown = (s) => (s.shown ??= collapse(s.text));
        let groupCited = false;
        for (const unit of units) {
            if (!/[\p{N}]|nines|thousand|million|billion|trillion|magnitude/iu.test(unit.text)) {
                // no digits: neither figures nor (default-pattern) IDs; custom patterns still need a look
                this.claimId.lastIndex = 0;
                if (!this.claimId.test(unit.text))
                    continue;
            }
            const sentences = splitSentences(unit.text).map((s) => ({
                text: s.text,
                index: s.index,
                cited: false
            }));
            let unitShown;
            this.claimId.lastIndex = 0;
            let at = 0; // matches come in increasing order: the sentence search only moves forward
            for (const m of unit.text.matchAll(this.claimId)) {
                const start = m.index;
                const end = start + m[0].length;
                if (!unit.scanned(start, end))
                    continue;
                while (at < sentences.length && sentences[at].index + sentences[at].text.length <= start)
                    at++;
                const c = sentences[at];
                const s = c && start >= c.index ? c : undefined;
                if (s)
                    s.cited = true;
                groupCited = true;
                // written field by field, not spread: here V8 gave each spread copy a hidden class of
                // its own (three times the memory), and a chapter can hold hundreds of thousands
                const place = unit.locate(start, m[0], this.file.path, this.lines);
                const citation = {
                    file: place.file,
                    line: place.line,
                    column: place.column,
                    id: m[0],
                    context,
                    sentence: rowText ?? (s ? shown(s) : (unitShown ??= collapse(unit.text)))
                };
                this.out.citations.push(citation);
            }
            found.push({ unit, sentences });
        }
        for (const { unit, sentences } of found) {
            sentences.forEach((s, i) => {
                const figures = findFigures(s.text);
                if (figures.length === 0)
                    return;
                const next = sentences[i + 1];
                const cited = s.cited ||
                    (grouped && groupCited) ||
                    (next !== undefined && next.cited && citationOnly(next.text, this.claimId));
                for (const f of figures) {
                    const start = s.index + f.index;
                    if (!unit.scanned(start, start + f.text.length))
                        continue;
                    const at = unit.locate(start, f.text, this.file.path, this.lines);
                    const figure = {
                        file: at.file,
                        line: at.line,
                        column: at.column,
                        text: collapse(f.text),
                        kind: f.kind,
                        sentence: rowText ?? shown(s),
                        cited
                    };
                    this.out.figures.push(figure);
                }
            });
        }
    }
    // --- glossary, time lines ------------------------------------------------------------
    glossaryItem(node, unit, inItem, loc) {
        const text = unit.text;
        const first = node.children[0];
        let term;
        let definition;
        if (first && (first.type === 'strong' || first.type === 'emphasis')) {
            const raw = toString(first, { includeHtml: false });
            term = collapse(raw)
                .replace(/[:：]$/, '')
                .trim();
            definition = collapse(text.slice(raw.length)).replace(/^(?:[:：]|[-–—])\s*/, '');
        }
        else if (inItem) {
            const m = /^([^:–—]{1,60}?)\s*(?:[:：]|\s[-–—]\s)\s*(\S.*)$/su.exec(collapse(text));
            if (m && (m[1] ?? '').split(' ').length <= 6) {
                term = m[1];
                definition = m[2];
            }
        }
        if (term && definition) {
            const entry = {
                ...(loc ?? this.at(node)),
                term,
                definition: collapse(definition)
            };
            this.out.glossary.push(entry);
        }
    }
    /** Lines like `**Estimated time**: 15-20 minutes` or `**Time commitment**: 30 minutes`. */
    timeLines(unit) {
        if (!/time|duration|core|length|[⏱⌛⏳⏰🕐]/iu.test(unit.text))
            return;
        let offset = 0;
        for (const line of unit.text.split('\n')) {
            const lineStart = offset;
            offset += line.length + 1;
            const timer = TIMER_LINE.exec(line);
            const m = TIME_LINE.exec(line);
            if (!m && !timer)
                continue;
            const key = m ? (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ') : 'duration';
            const value = collapse((m ? m[2] : timer?.[1]) ?? '');
            const estimate = parseTimeEstimate(value);
            const loc = () => unit.locate(lineStart, '', this.file.path, this.lines);
            if (TUTORIAL_TIME_KEYS.has(key)) {
                this.setTimeCommitment(value, estimate, loc());
                continue;
            }
            if (!estimate)
                continue;
            this.exerciseTime(key, value, estimate, loc);
        }
    }
    setTimeCommitment(text, estimate, at) {
        if (this.out.timeCommitment)
            return;
        const tc = { ...at, text };
        if (estimate)
            tc.estimate = estimate;
        this.out.timeCommitment = tc;
    }
    exerciseTime(key, value, estimate, loc) {
        if (this.exercise && !this.exercise.exercise.estimatedTime) {
            this.exercise.exercise.estimatedTime = estimate;
            this.exercise = undefined;
            return;
        }
        const h = this.lastHeading;
        // in README.md, a time under the title or an overview-like section is the whole tutorial's
        const tutorialLevel = !h ||
            (this.isReadme &&
                (h.heading.depth === 1 || (!this.out.timeCommitment && OVERVIEW_HEADING.test(h.text))));
        if (tutorialLevel) {
            if (key !== 'time')
                this.setTimeCommitment(value, estimate, loc());
            return;
        }
        if (h.isExercise)
            return;
        h.isExercise = true;
        let id = slug(h.text);
        let title = h.text;
        if (this.exerciseIds.has(id)) {
            // the same heading again ("Try it yourself" in every module) is an exercise of its own, not
            // a repeat: numbered, and titled with its chapter
            let n = 2;
            while (this.exerciseIds.has(`${id}-${n}`))
                n++;
            id = `${id}-${n}`;
            if (this.chapter.title && this.chapter.title !== h.text)
                title = `${h.text} (${this.chapter.title})`;
        }
        this.addExercise({
            ...h.loc,
            id,
            title,
            estimatedTime: estimate,
            chapter: this.file.path,
            optional: /\b(?:optional|bonus|stretch)\b/i.test(h.text)
        });
    }
}
/**
 * What a chapter's reading depends on besides its file: whether it is the introduction, its front
 * matter title, the claim-ID pattern, and what the chapters before it left (the exercise IDs they
 * took, and whether one stated the time commitment). Equal contexts and texts give equal readings.
 */
function readingContext(opts) {
    return [
        opts.isReadme ? 'readme' : 'chapter',
        opts.title ?? '',
        opts.claimId.source,
        opts.claimId.flags,
        opts.out.timeCommitment ? 'timed' : '',
        ...[...opts.exerciseIds].sort()
    ].join('\u0000');
}
/**
 * Reads one chapter as `readChapter` does, into a reading of its own (`ChapterReading`) instead of
 * the tutorial's `out` and exercise IDs; `addReading` then adds it there. The two together change
 * `out` and the IDs exactly as `readChapter` would: the reader only appends to `out`, and looks
 * at nothing in it but whether a time commitment was found.
 */
function readChapterAlone(file, tree, opts) {
    const out = emptyCollected();
    const before = opts.out.timeCommitment;
    if (before)
        out.timeCommitment = before;
    const ids = new Set(opts.exerciseIds);
    const chapter = readChapter(file, tree, { ...opts, out, exerciseIds: ids });
    if (out.timeCommitment === before)
        delete out.timeCommitment;
    const { steps, ...gathered } = out;
    return {
        chapter,
        out: gathered,
        steps: [...steps].map((e) => out.exercises.indexOf(e)),
        exerciseIds: [...ids].filter((id) => !opts.exerciseIds.has(id))
    };
}
/** Adds a chapter's reading to its tutorial's `out` and exercise IDs; gives back the chapter. */
function addReading(r, opts) {
    const { out } = opts;
    for (const k of LOCATED)
        append(out[k], r.out[k]);
    for (const i of r.steps)
        out.steps.add(r.out.exercises[i]);
    append(out.stepNumbers, r.out.stepNumbers);
    if (r.out.timeCommitment)
        out.timeCommitment = r.out.timeCommitment;
    for (const id of r.exerciseIds)
        opts.exerciseIds.add(id);
    return r.chapter;
}
/**
 * Whether a stored reading is one of `file` (`--cache` entries are workspace content: one is taken
 * only for the file it names, and only if everything it adds lies in that file).
 */
function isReadingOf(r, file) {
    const o = r.out;
    return (r.chapter.file === file &&
        Array.isArray(r.chapter.blocks) &&
        Array.isArray(r.chapter.headings) &&
        LOCATED.every((k) => Array.isArray(o[k]) && o[k].every((x) => x.file === file)) &&
        Array.isArray(r.steps) &&
        r.steps.every((i) => Number.isInteger(i) && i >= 0 && i < o.exercises.length) &&
        Array.isArray(o.stepNumbers) &&
        (o.timeCommitment === undefined || o.timeCommitment.file === file) &&
        Array.isArray(r.exerciseIds) &&
        r.exerciseIds.every((id) => typeof id === 'string'));
}
/**
 * Reads one chapter, from its tree or from its top-level nodes a piece at a time (see
 * `topLevelPieces`: a big chapter's whole tree is then never alive); tutorial-wide findings go
 * into `out`.
 */
function readChapter(file, tree, opts) {
    const pieces = 'type' in tree ? [tree.children] : tree;
    return new ChapterWalker(file, opts.isReadme, opts.claimId, opts.out, opts.exerciseIds).run(pieces, opts.title);
}

function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str$1;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str$1;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str$1 = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str$1;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "";
      case 95:
        return " ";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
const yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
const {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// Front matter (Jekyll, Docusaurus, Hugo): the YAML block remark-frontmatter leaves as the first
// node of a tree, read with js-yaml. Pure.
/** The front matter of a parsed Markdown file, if it has one. */
function frontMatter(tree, file) {
    const first = tree.children[0];
    if (first?.type !== 'yaml')
        return undefined;
    const start = first.position?.start;
    const at = { file, line: start?.line ?? 1, column: start?.column ?? 1 };
    try {
        const data = yaml.load(first.value, { schema: yaml.JSON_SCHEMA });
        const map = data !== null && typeof data === 'object' && !Array.isArray(data)
            ? data
            : {};
        return { ok: { data: map, at } };
    }
    catch (e) {
        const mark = e.mark;
        const reason = e.reason ?? 'not valid YAML';
        return {
            error: `front matter is not valid YAML (${reason}); not read`,
            // +1: the YAML starts on the line after the opening ---
            at: { file, line: at.line + 1 + (mark?.line ?? 0), column: (mark?.column ?? 0) + 1 }
        };
    }
}
/** A string value of front matter, trimmed; undefined when absent or not a string. */
function fmString(fm, key) {
    const v = fm?.data[key];
    if (typeof v === 'string' && v.trim() !== '')
        return v.trim();
    if (typeof v === 'number')
        return String(v);
    return undefined;
}
/** The order key Docusaurus (`sidebar_position`), Just the Docs (`nav_order`) or Hugo (`weight`) use. */
const ORDER_KEYS = ['sidebar_position', 'nav_order', 'weight', 'order'];
function fmOrder(fm) {
    for (const key of ORDER_KEYS) {
        const v = fm?.data[key];
        if (typeof v === 'number' && Number.isFinite(v))
            return v;
        if (typeof v === 'string' && /^\s*-?\d+(?:\.\d+)?\s*$/.test(v))
            return Number(v);
    }
    return undefined;
}

// Pure: how big a parsed YAML document really is once its aliases are expanded.
//
// js-yaml resolves an alias (`*a`) to the very object its anchor (`&a`) made, so the parsed value
// is small, but anything that walks it (schema validation, copying, JSON) visits every use again:
// a 160 KB "billion laughs" file becomes gigabytes. An anchor can even hold an alias to itself,
// making the value cyclic. Before anything walks a document we measure its expanded size, once
// per distinct object (memoised), and refuse it above a budget.
/** Expanded weight a document may have: values, plus one per 64 characters of text. */
const MAX_EXPANDED_WEIGHT = 2_000_000;
/**
 * Measures `doc`'s expanded weight, stopping at `budget`. Linear in the number of distinct
 * objects, whatever the aliases multiply them to.
 */
function expandedSize(doc, budget = MAX_EXPANDED_WEIGHT) {
    const done = new Map();
    const open = new Set();
    let cyclic = false;
    const weigh = (v) => {
        if (typeof v === 'string')
            return 1 + Math.floor(v.length / 64);
        if (v === null || typeof v !== 'object')
            return 1;
        const known = done.get(v);
        if (known !== undefined)
            return known;
        if (open.has(v)) {
            cyclic = true;
            return budget + 1;
        }
        open.add(v);
        let total = 1;
        const children = Array.isArray(v) ? v : Object.values(v);
        for (const c of children) {
            total += weigh(c);
            if (total > budget)
                break;
        }
        open.delete(v);
        done.set(v, Math.min(total, budget + 1));
        return Math.min(total, budget + 1);
    };
    const weight = weigh(doc);
    if (cyclic)
        return { ok: false, reason: 'an alias refers to the node that holds it (a cycle)' };
    if (weight > budget) {
        return {
            ok: false,
            reason: `its aliases expand to more than ${budget.toLocaleString('en-US')} values`
        };
    }
    return { ok: true, weight };
}

// Which Markdown files of a tutorial folder are chapters, in which order, and why the others are
// not. Pure: the shell hands in every Markdown file under the folder (plus a root mkdocs.yml);
// nothing outside that set is ever read, whatever a SUMMARY.md, nav: or link points at.
//
// Precedence (the first that applies decides):
//   1. SUMMARY.md (GitBook): its links in order; README.md first even when SUMMARY omits it.
//   2. mkdocs.yml `nav:` (paths relative to `docs_dir`); its first page is the introduction.
//   3. front matter order keys (`sidebar_position`, `nav_order`, `weight`).
//   4. the README's own ordered links to local Markdown files (a list or a table).
//   5. numeric prefixes on files and folders (`01-intro.md`, `lab-3-x.md`, `Lab3/README.md`).
//   6. a root README.md whose chapters live in `docs/` (the README is the introduction).
// A folder chapter (`03-topic/README.md`) brings the other files under it, in numeric order.
// Files a chapter links to that are otherwise unplaced follow that chapter (not under 1 and 2).
/** `dir` without a trailing slash; `''` for the working directory itself. */
function normalizeDir(dir) {
    const d = dir.replace(/\\/g, '/').replace(/\/+$/, '');
    return d === '.' ? '' : d.replace(/^\.\//, '');
}
/** Path of `file` relative to the tutorial folder (POSIX), or undefined when outside it. */
function relativeTo(dir, file) {
    const f = file.replace(/\\/g, '/').replace(/^\.\//, '');
    if (dir === '')
        return f;
    return f.startsWith(dir + '/') ? f.slice(dir.length + 1) : undefined;
}
/** Resolves `a/../b/./c` into `b/c`; undefined when it climbs out of the folder. */
function normalizePath(path) {
    const out = [];
    for (const part of path.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (out.length === 0)
                return undefined;
            out.pop();
        }
        else
            out.push(part);
    }
    return out.join('/');
}
// `.mdx`: Docusaurus and other MDX sites (read as Markdown; see src/tutorial/chapter.ts for ESM lines)
const MARKDOWN$1 = /\.(?:md|markdown|mdx)$/i;
const INTRO_NAMES = [
    'readme.md',
    'index.md',
    '_index.md',
    'readme.markdown',
    'index.markdown',
    'readme.mdx',
    'index.mdx'
];
/** Folders a README's chapters often live in, numbered (`lessons/01-x.md`): read like `docs/`. */
const CHAPTER_DIRS = new Set([
    'chapters',
    'lessons',
    'labs',
    'modules',
    'episodes',
    'sessions',
    'parts',
    'units',
    'workshop'
]);
/** A page in one language (Hugo): `setup.ja.md` → stem, language, extension. */
const TRANSLATION = /^(.+)\.([a-z]{2}(?:[-_][a-z]{2,4})?)\.(md|markdown|mdx)$/i;
/** Docusaurus's per-folder sidebar settings (`position` orders the folder among its siblings). */
const CATEGORY_FILE = /(?:^|\/)_category_\.(?:json|ya?ml)$/i;
/** `01-intro`, `1.2-x`, `lab-3-x`, `Lab3`, `module_02`, `chapter10`: the numbers, else undefined. */
const NUMBERED_NAME = /^(?:(?:labs?|modules?|chapters?|chap|ch|parts?|steps?|lessons?|exercises?|ex|days?|sessions?|units?|sections?|weeks?|workshops?|tutorials?|episodes?|challenges?)[-_ .]?)?(\d+(?:[._]\d+)*)(?=[-_ .]|$)/i;
function numberOf(name) {
    const base = name.replace(MARKDOWN$1, '');
    const m = NUMBERED_NAME.exec(base);
    if (!m)
        return undefined;
    return (m[1] ?? '').split(/[._]/).map(Number);
}
function compareNumbers(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = (a[i] ?? -1) - (b[i] ?? -1);
        if (d !== 0)
            return d;
    }
    return 0;
}
const byPath$1 = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
// --- files that are not tutorial content ---------------------------------------------------
const META_FILES = new Map([
    'CONTRIBUTING',
    'CONTRIBUTORS',
    'MAINTAINERS',
    'CODE_OF_CONDUCT',
    'CODEOFCONDUCT',
    'LICENSE',
    'LICENCE',
    'COPYING',
    'CHANGELOG',
    'CHANGES',
    'HISTORY',
    'RELEASE_NOTES',
    'SECURITY',
    'AUTHORS',
    'NOTICE',
    'SUPPORT',
    'GOVERNANCE',
    'CODEOWNERS',
    'PULL_REQUEST_TEMPLATE',
    'ISSUE_TEMPLATE'
].map((n) => [n, n]));
const ARCHIVE_DIRS = new Set(['archive', 'archives', 'archived', 'attic', 'deprecated', 'old']);
const DEPENDENCY_DIRS = new Set(['node_modules', 'vendor', 'bower_components', 'site-packages']);
const TEMPLATE_DIRS = new Set(['templates', 'template', '_templates', 'issue_template']);
const DRAFT_DIRS = new Set(['publication-drafts', 'drafts']);
const DRAFT_FILE = /(?:^|[-_.])drafts?(?:[-_.]|$)/i;
/** Why a file is not tutorial content, or undefined when it may be. `rel` is folder-relative. */
function notContent(rel) {
    const parts = rel.split('/');
    const name = parts.pop() ?? rel;
    for (const dir of parts) {
        const d = dir.toLowerCase();
        if (DEPENDENCY_DIRS.has(d))
            return `in ${dir}/ (installed dependencies), not tutorial content`;
        if (ARCHIVE_DIRS.has(d))
            return `in ${dir}/ (archived material), not tutorial content`;
        if (TEMPLATE_DIRS.has(d) || d === '.github')
            return `in ${dir}/ (templates), not tutorial content`;
        if (DRAFT_DIRS.has(d))
            return `in ${dir}/ (amplification drafts), not tutorial content`;
    }
    const key = name.replace(MARKDOWN$1, '').toUpperCase().replace(/[-\s]/g, '_');
    if (META_FILES.has(key))
        return `${name} is a project file, not tutorial content`;
    if (/^(?:404|500)$/.test(key))
        return `${name} is a site's error page, not tutorial content`;
    if (/template/i.test(name))
        return `${name} is a template, not tutorial content`;
    if (DRAFT_FILE.test(name.replace(MARKDOWN$1, ''))) {
        return `${name} is an amplification draft, not tutorial content`;
    }
    return undefined;
}
// --- links ---------------------------------------------------------------------------------
function isExternal(url) {
    return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
}
/** Links of a tree in document order (inline links; images excluded). */
function linksOf(tree, file) {
    const out = [];
    const defs = new Map();
    walk(tree, (d) => {
        if (d.type === 'definition')
            defs.set(d.identifier, d.url);
    });
    walk(tree, (node) => {
        if (node.type !== 'link' && node.type !== 'linkReference')
            return;
        const url = node.type === 'link' ? node.url : defs.get(node.identifier);
        if (url === undefined)
            return;
        out.push({
            url,
            file,
            line: node.position?.start.line ?? 1,
            column: node.position?.start.column ?? 1
        });
    });
    return out;
}
/** Where a local link from `fromRel` points, folder-relative; undefined for external/anchor links. */
function linkTarget(url, fromRel, base = '') {
    let path = url.split('#')[0]?.split('?')[0] ?? '';
    if (path === '' || isExternal(path))
        return undefined;
    try {
        path = decodeURI(path);
    }
    catch {
        // keep the raw path
    }
    const from = path.startsWith('/')
        ? base
        : fromRel.includes('/')
            ? fromRel.slice(0, fromRel.lastIndexOf('/'))
            : '';
    const joined = from === '' ? path.replace(/^\/+/, '') : `${from}/${path.replace(/^\/+/, '')}`;
    const rel = normalizePath(joined);
    if (rel === undefined)
        return { outside: true };
    return { rel: path.endsWith('/') && rel !== '' ? `${rel}/` : rel };
}
// --- the folder ----------------------------------------------------------------------------
class Folder {
    /** candidate Markdown files: folder-relative path → file */
    files = new Map();
    lower = new Map();
    /** `position` of a folder's `_category_.json` / `_category_.yml` (Docusaurus), by folder */
    positions = new Map();
    remove(rel) {
        this.files.delete(rel);
        this.lower.delete(rel.toLowerCase());
    }
    add(rel, file) {
        this.files.set(rel, file);
        this.lower.set(rel.toLowerCase(), rel);
    }
    /** exact, else case-insensitive match */
    find(rel) {
        if (this.files.has(rel))
            return rel;
        return this.lower.get(rel.toLowerCase());
    }
    /** A link target as a file: `x/` and `x` (a folder) mean its README.md / index.md. */
    resolve(target) {
        const t = target.replace(/\/$/, '');
        if (!target.endsWith('/')) {
            const f = this.find(t);
            if (f)
                return f;
            if (!/\.[a-z0-9]+$/i.test(t)) {
                const md = this.find(`${t}.md`) ?? this.find(`${t}.mdx`);
                if (md)
                    return md;
            }
        }
        return this.introOf(t);
    }
    /**
     * The README.md / index.md directly in `dir` ('' = the root); else a Hugo page bundle's index
     * with a language suffix (`_index.en.md`, `index.de.md`), English first.
     */
    introOf(dir) {
        for (const n of INTRO_NAMES) {
            const f = this.find(dir === '' ? n : `${dir}/${n}`);
            if (f)
                return f;
        }
        const named = this.entries(dir)
            .files.map((rel) => ({ rel, m: TRANSLATION.exec(base(rel)) }))
            .filter((x) => x.m && /^_?index$/i.test(x.m[1]));
        return (named.find((x) => /^en\b/i.test(x.m[2])) ?? named[0])?.rel;
    }
    /** Files directly in `dir`, and its immediate subfolders that hold files (at any depth). */
    entries(dir) {
        const prefix = dir === '' ? '' : `${dir}/`;
        const files = [];
        const folders = new Set();
        for (const rel of this.files.keys()) {
            if (!rel.startsWith(prefix))
                continue;
            const rest = rel.slice(prefix.length);
            const slash = rest.indexOf('/');
            if (slash < 0)
                files.push(rel);
            else
                folders.add(prefix + rest.slice(0, slash));
        }
        return { files: files.sort(byPath$1), folders: [...folders].sort(byPath$1) };
    }
    /** Every file at or under `dir`, sorted. */
    under(dir) {
        const prefix = dir === '' ? '' : `${dir}/`;
        return [...this.files.keys()].filter((r) => r.startsWith(prefix)).sort(byPath$1);
    }
}
const base = (rel) => rel.slice(rel.lastIndexOf('/') + 1);
/** A folder chapter's files: its README/index first, then the rest in numeric, then path order. */
function expandFolder(ctx, dir) {
    const intro = ctx.folder.introOf(dir);
    const rest = ctx.folder.under(dir).filter((r) => r !== intro);
    rest.sort((a, b) => {
        const na = numberOf(base(a));
        const nb = numberOf(base(b));
        const depth = a.split('/').length - b.split('/').length;
        if (depth !== 0)
            return depth;
        if (na && nb)
            return compareNumbers(na, nb) || byPath$1(a, b);
        if (na)
            return -1;
        if (nb)
            return 1;
        return byPath$1(a, b);
    });
    return intro ? [intro, ...rest] : rest;
}
function expand(ctx, e) {
    return e.folder ? expandFolder(ctx, e.rel) : [e.rel];
}
/** Orders one folder by front matter, README links, numbers or a `docs/` subfolder. */
function orderFolder(ctx, dir, allowDocs) {
    const { folder } = ctx;
    const intro = folder.introOf(dir);
    const { files, folders } = folder.entries(dir);
    const entries = [
        ...files.filter((f) => f !== intro).map((rel) => ({ rel, folder: false })),
        ...folders.map((rel) => ({ rel, folder: true }))
    ].map((e) => {
        const n = numberOf(base(e.rel));
        return n ? { ...e, number: n } : e;
    });
    const head = intro ? [intro] : [];
    const numbered = (es) => es
        .filter((e) => e.number)
        .sort((a, b) => compareNumbers(a.number, b.number) || byPath$1(a.rel, b.rel));
    /**
     * The order: `head`, then `placed`; files of `leftover` entries are read last (a stray file
     * beside numbered chapters) or not at all (a stray folder, anything a list leaves out).
     */
    const finish = (placed, source, leftover, reason, readStrayFiles) => {
        const done = new Set([...head, ...placed]);
        const unplaced = [];
        const unordered = [];
        for (const e of leftover) {
            if (!e.folder && readStrayFiles) {
                if (!done.has(e.rel))
                    unordered.push(e.rel);
                continue;
            }
            for (const rel of e.folder ? folder.under(e.rel) : [e.rel]) {
                if (!done.has(rel))
                    unplaced.push({ file: ctx.display(rel), reason });
            }
        }
        return { files: [...head, ...placed, ...unordered], source, unplaced, unordered };
    };
    const expandAll = (es, except = new Set()) => es.flatMap((e) => expand(ctx, e)).filter((r) => !except.has(r));
    // 3. front matter order keys
    const keyed = [];
    for (const e of entries) {
        const position = e.folder ? folder.positions.get(e.rel) : undefined;
        if (position !== undefined) {
            keyed.push({ e, key: position });
            continue;
        }
        const file = e.folder ? folder.introOf(e.rel) : e.rel;
        if (!file)
            continue;
        const fm = frontMatter(ctx.tree(file), ctx.display(file));
        const key = fm && 'ok' in fm ? fmOrder(fm.ok) : undefined;
        if (key !== undefined)
            keyed.push({ e, key });
    }
    if (keyed.length >= 2) {
        keyed.sort((a, b) => a.key - b.key || byPath$1(a.e.rel, b.e.rel));
        const placed = keyed.map((k) => k.e);
        const rest = entries.filter((e) => !placed.includes(e));
        const more = numbered(rest);
        return finish(expandAll([...placed, ...more]), 'front-matter', rest.filter((e) => !more.includes(e)), 'has no order key (sidebar_position, nav_order, weight) in its front matter, no _category_ position and no number', false);
    }
    // 4. the README's own links to local Markdown files (a list or a table)
    if (intro) {
        const prefix = dir === '' ? '' : `${dir}/`;
        const linked = [];
        for (const link of linksOf(ctx.tree(intro), ctx.display(intro))) {
            const t = linkTarget(link.url, intro);
            if (!t || !('rel' in t))
                continue;
            const rel = folder.resolve(t.rel);
            if (rel && rel !== intro && rel.startsWith(prefix) && !linked.includes(rel))
                linked.push(rel);
        }
        if (linked.length >= 2) {
            const placed = [];
            const add = (rel) => {
                if (!placed.includes(rel) && rel !== intro)
                    placed.push(rel);
            };
            for (const rel of linked) {
                // a linked folder README brings its folder
                const parent = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
                if (parent !== dir && folder.introOf(parent) === rel)
                    expandFolder(ctx, parent).forEach(add);
                else
                    add(rel);
            }
            const touched = (e) => e.folder ? placed.some((p) => p.startsWith(`${e.rel}/`)) : placed.includes(e.rel);
            const rest = entries.filter((e) => !touched(e));
            const more = numbered(rest);
            for (const rel of expandAll(more))
                add(rel);
            return finish(placed, 'readme-links', entries, `not linked from ${intro} and not numbered`, false);
        }
    }
    // 5. numeric prefixes on files and folders
    const nums = numbered(entries);
    if (nums.length > 0) {
        return finish(expandAll(nums), 'numbered', entries.filter((e) => !nums.includes(e)), 'in a folder without a number that no chapter links to', true);
    }
    // 6. chapters in docs/ under a root README
    // docs/ (MkDocs-less sites, Docusaurus), else content/ (Hugo), else the one folder of numbered
    // lessons, labs or chapters under the README
    const named = (n) => folders.find((f) => base(f).toLowerCase() === n);
    const lessons = folders.filter((f) => CHAPTER_DIRS.has(base(f).toLowerCase()) &&
        folder.entries(f).files.some((r) => numberOf(base(r)) !== undefined));
    const docs = allowDocs
        ? (named('docs') ?? named('content') ?? (lessons.length === 1 ? lessons[0] : undefined))
        : undefined;
    if (docs && intro) {
        const inner = orderFolder(ctx, docs, false);
        const rest = finish(inner.files, 'docs', entries.filter((e) => e.rel !== docs), `outside ${docs}/, where the chapters are`, true);
        return {
            ...rest,
            unplaced: [...inner.unplaced, ...rest.unplaced],
            unordered: [...inner.unordered, ...rest.unordered],
            docsDir: docs
        };
    }
    // nothing says how to order: a lone README or file, or files in path order
    if (entries.length === 0)
        return finish([], 'single', [], '', true);
    if (entries.length === 1 && !intro && !entries[0].folder) {
        return finish([entries[0].rel], 'single', [], '', true);
    }
    return finish([], 'alphabetical', entries, 'in a folder without a number that no chapter links to', true);
}
// --- SUMMARY.md and mkdocs.yml -------------------------------------------------------------
const GENERIC_TOC = /^(?:table of contents|contents|toc|summary|outline|workshop outline|course outline|agenda|index|navigation|nav|sidebar)$/i;
/**
 * A finding for a table-of-contents entry that leaves the tutorial by URL to anything but a web
 * page (`file:///etc/passwd`, `//host/share`, `ftp:`), or undefined for a web page (a legitimate
 * entry of a published book's menu), an anchor or a path inside. Never read either way.
 */
function leavesByUrl(what, url, at) {
    const path = url.split('#')[0] ?? '';
    if (path === '' || !isExternal(path) || /^(?:https?|mailto):/i.test(path))
        return undefined;
    return diagnostic(RULES.tutorialStructure, at, `${what} lists "${url}", which leaves the tutorial folder; not read.`);
}
/**
 * The chapters SUMMARY.md lists, in order, and its title heading. Read a piece at a time: the
 * links of each piece (a file cut into pieces has no link reference definitions, see
 * `blockPieces`), and its first level-1 heading.
 */
function summaryOrder(ctx, summaryRel, intro) {
    const listed = [];
    const links = [];
    let h1;
    for (const nodes of ctx.pieces(summaryRel)) {
        h1 ??= nodes.find((n) => n.type === 'heading' && n.depth === 1);
        append(links, linksOf({ type: 'root', children: [...nodes] }, ctx.display(summaryRel)));
    }
    const title = titleHeading({ children: h1 ? [h1] : [] });
    for (const link of links) {
        const t = linkTarget(link.url, summaryRel);
        if (t === undefined) {
            const d = leavesByUrl('SUMMARY.md', link.url, link);
            if (d)
                ctx.diagnostics.push(d);
            continue;
        }
        if (!('rel' in t)) {
            ctx.diagnostics.push(diagnostic(RULES.tutorialStructure, link, `SUMMARY.md lists "${link.url}", outside the tutorial folder; not read.`));
            continue;
        }
        if (!/(?:\.(?:md|markdown|mdx)|\/)$/i.test(t.rel) && /\.[a-z0-9]+$/i.test(t.rel))
            continue;
        const rel = ctx.folder.resolve(t.rel);
        if (!rel) {
            ctx.diagnostics.push(diagnostic(RULES.tutorialStructure, link, `SUMMARY.md lists "${link.url}", but there is no such file in ${ctx.root || '.'}.`));
            continue;
        }
        if (rel !== summaryRel && !listed.includes(rel))
            listed.push(rel);
    }
    if (intro && !listed.includes(intro))
        listed.unshift(intro);
    return title === undefined ? { listed } : { listed, title };
}
/**
 * The `position` of a Docusaurus `_category_.json` / `_category_.yml`, when it is a number (only
 * that key is read: nothing walks the document); a file that does not parse is a warning at its
 * line and column, and the folder is ordered without a position.
 */
function categoryPosition(file, diagnostics) {
    let data;
    try {
        data = /\.json$/i.test(file.path)
            ? JSON.parse(file.text)
            : yaml.load(file.text, { schema: yaml.JSON_SCHEMA });
    }
    catch (e) {
        // js-yaml gives a line and column; JSON.parse an offset ("… at position 16")
        const mark = e.mark;
        const offset = /\bposition (\d+)/.exec(e instanceof Error ? e.message : '');
        const at = mark
            ? { line: (mark.line ?? 0) + 1, column: (mark.column ?? 0) + 1 }
            : offset
                ? locate$1(lineStarts(file.text), file.path, Number(offset[1]))
                : { line: 1, column: 1 };
        const reason = e instanceof Error ? (e.message.split('\n')[0] ?? '') : '';
        diagnostics.push({
            ...diagnostic(RULES.tutorialStructure, { file: file.path, line: at.line, column: at.column }, `${file.path.slice(file.path.lastIndexOf('/') + 1)} cannot be read (${reason.replace(/\s*\(line \d+ column \d+\)$/, '') || 'not valid'}); its position is not used.`),
            severity: 'warning'
        });
        return undefined;
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data))
        return undefined;
    const position = data.position;
    return typeof position === 'number' && Number.isFinite(position) ? position : undefined;
}
function readMkDocs(ctx, file) {
    let data;
    try {
        data = yaml.load(file.text, { schema: yaml.JSON_SCHEMA });
    }
    catch (e) {
        // MkDocs configs may use !!python/name tags: keep what a tag-free load gives, else report
        const mark = e.mark;
        const reason = e.reason ?? 'not valid YAML';
        ctx.diagnostics.push({
            ...diagnostic(RULES.tutorialStructure, { file: file.path, line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1 }, `mkdocs.yml cannot be read (${reason}); its nav: is not used.`),
            severity: 'warning'
        });
        return undefined;
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data))
        return undefined;
    // the nav: is walked below: aliases that expand past the budget (a "billion laughs" file) are
    // refused before, as in the config and the registry
    const size = expandedSize(data, 100_000);
    if (!size.ok) {
        ctx.diagnostics.push({
            ...diagnostic(RULES.tutorialStructure, { file: file.path, line: 1, column: 1 }, `mkdocs.yml cannot be read (${size.reason}); its nav: is not used.`),
            severity: 'warning'
        });
        return undefined;
    }
    const map = data;
    const docsDir = typeof map.docs_dir === 'string' ? (normalizePath(map.docs_dir) ?? 'docs') : 'docs';
    const out = { docsDir };
    if (typeof map.site_name === 'string' && map.site_name.trim())
        out.siteName = map.site_name.trim();
    if (Array.isArray(map.nav)) {
        const nav = [];
        const walk = (items) => {
            for (const item of items) {
                if (typeof item === 'string')
                    nav.push({ path: item });
                else if (item && typeof item === 'object' && !Array.isArray(item)) {
                    for (const [title, v] of Object.entries(item)) {
                        if (typeof v === 'string')
                            nav.push({ path: v, title });
                        else if (Array.isArray(v))
                            walk(v);
                    }
                }
            }
        };
        walk(map.nav);
        out.nav = nav;
    }
    return out;
}
function mkdocsOrder(ctx, mk, file) {
    const listed = [];
    const docs = mk.docsDir;
    for (const item of mk.nav ?? []) {
        const at = { file: file.path, line: lineOf(file.text, item.path), column: 1 };
        if (isExternal(item.path)) {
            const d = leavesByUrl('mkdocs.yml nav:', item.path, at);
            if (d)
                ctx.diagnostics.push(d);
            continue;
        }
        const rel = normalizePath(docs === '' ? item.path : `${docs}/${item.path}`);
        if (rel === undefined || (docs !== '' && !rel.startsWith(`${docs}/`) && rel !== docs)) {
            ctx.diagnostics.push({
                ...diagnostic(RULES.tutorialStructure, at, `mkdocs.yml nav: lists "${item.path}", outside ${docs || 'the tutorial folder'}; not read.`),
                severity: 'warning'
            });
            continue;
        }
        const found = ctx.folder.resolve(rel);
        if (!found) {
            ctx.diagnostics.push(diagnostic(RULES.tutorialStructure, { file: file.path, line: lineOf(file.text, item.path), column: 1 }, `mkdocs.yml nav: lists "${item.path}", but there is no such file in ${docs || '.'}.`));
            continue;
        }
        if (!listed.includes(found))
            listed.push(found);
    }
    return listed;
}
function lineOf(text, needle) {
    const i = text.indexOf(needle);
    return i < 0 ? 1 : locate$1(lineStarts(text), '', i).line;
}
// --- the whole tutorial --------------------------------------------------------------------
/** First H1 of a tree, unless it is a generic table-of-contents heading. */
function titleHeading(tree) {
    for (const node of tree.children) {
        if (node.type === 'heading' && node.depth === 1) {
            const text = toString(node).replace(/\s+/g, ' ').trim();
            return text === '' || GENERIC_TOC.test(text.replace(/[:.]$/, '')) ? undefined : text;
        }
    }
    return undefined;
}
function isGenericTocHeading(text) {
    return GENERIC_TOC.test(text.trim().replace(/[:.]$/, ''));
}
/**
 * Orders the chapters of a tutorial. `files` are the Markdown files under `dir` (and a root
 * mkdocs.yml); `tree` parses one of them (cached by the caller); `skippedDirs` are folders the
 * shell did not descend into, already with reasons.
 */
function orderChapters(dir, files, tree, skippedDirs = [], pieces = (f) => [tree(f).children]) {
    const root = normalizeDir(dir);
    const folder = new Folder();
    const skipped = [...skippedDirs];
    let mkdocsFile;
    const diagnostics = [];
    for (const f of files) {
        const rel = relativeTo(root, f.path);
        if (rel === undefined)
            continue;
        if (/^mkdocs\.ya?ml$/i.test(rel)) {
            mkdocsFile = f;
            continue;
        }
        if (CATEGORY_FILE.test(rel)) {
            const position = categoryPosition(f, diagnostics);
            if (position !== undefined)
                folder.positions.set(rel.slice(0, rel.lastIndexOf('/') + 1).replace(/\/$/, ''), position);
            continue;
        }
        if (!MARKDOWN$1.test(rel))
            continue;
        const why = notContent(rel);
        if (why)
            skipped.push({ file: f.path, reason: why });
        else
            folder.add(rel, f);
    }
    // a multilingual site (Hugo's `page.ja.md` beside `page.en.md` or `page.md`) is read in English
    for (const rel of [...folder.files.keys()]) {
        const m = TRANSLATION.exec(rel);
        if (!m || /^en\b/i.test(m[2]))
            continue;
        const english = [`${m[1]}.en.${m[3]}`, `${m[1]}.${m[3]}`]
            .map((r) => folder.find(r))
            .find(Boolean);
        if (!english)
            continue;
        const file = folder.files.get(rel).path;
        folder.remove(rel);
        skipped.push({
            file,
            reason: `a translation (${m[2]}) of ${base(english)}, which is read`
        });
    }
    const ctx = {
        folder,
        tree: (rel) => tree(folder.files.get(rel)),
        pieces: (rel) => pieces(folder.files.get(rel)),
        root,
        diagnostics,
        display: (rel) => folder.files.get(rel)?.path ?? (root === '' ? rel : `${root}/${rel}`)
    };
    const intro = folder.introOf('');
    const result = { chapters: [], source: 'single', skipped, diagnostics };
    if (intro)
        result.intro = folder.files.get(intro);
    let chosen = [];
    /** files the folder order left out (a chapter link may still bring them in) */
    let unplaced = [];
    let authoritative = false;
    let notListed = '';
    let unordered = [];
    // 1. SUMMARY.md
    const summaryRel = folder.find('SUMMARY.md');
    if (summaryRel) {
        const { listed, title: summaryTitle } = summaryOrder(ctx, summaryRel, intro);
        folder.remove(summaryRel);
        if (summaryTitle)
            result.summaryTitle = summaryTitle;
        skipped.push({
            file: ctx.display(summaryRel),
            reason: 'table of contents (gives the reading order)'
        });
        if (listed.some((r) => r !== intro)) {
            chosen = listed;
            result.source = 'summary';
            authoritative = true;
            notListed = 'not listed in SUMMARY.md';
        }
    }
    // 2. mkdocs.yml nav:
    if (!authoritative && mkdocsFile) {
        const mk = readMkDocs(ctx, mkdocsFile);
        if (mk?.siteName)
            result.siteName = mk.siteName;
        if (mk?.nav && mk.nav.length > 0) {
            const listed = mkdocsOrder(ctx, mk, mkdocsFile);
            if (listed.length > 0) {
                // the site starts at the first nav page; a root README outside the nav is the repository's
                chosen = listed;
                result.intro = folder.files.get(listed[0]);
                result.source = 'mkdocs';
                authoritative = true;
                notListed = 'not in the nav: of mkdocs.yml';
            }
        }
    }
    // 3–6. the folder's own order
    if (!authoritative) {
        const fo = orderFolder(ctx, '', true);
        chosen = fo.files;
        result.source = fo.source;
        unordered = fo.unordered;
        unplaced = fo.unplaced;
        if (fo.source === 'docs' && intro)
            result.rootReadme = folder.files.get(intro);
        // a site's docs/ or content/ opens with the introduction a reader meets (a Docusaurus
        // intro.md, a Hugo _index.md); a folder of numbered lessons opens with a lesson
        const site = fo.docsDir?.toLowerCase();
        if (site === 'docs' || site === 'content') {
            const first = fo.files.find((f) => f.startsWith(`${fo.docsDir}/`));
            if (first)
                result.siteIntro = folder.files.get(first);
        }
    }
    // files a chapter links to that are not placed yet follow the first chapter linking them
    if (!authoritative) {
        const placedSet = new Set(chosen);
        const skippedSet = new Set(unplaced.map((s) => s.file));
        for (let i = 0; i < chosen.length; i++) {
            const from = chosen[i];
            const add = [];
            for (const link of linksOf(ctx.tree(from), ctx.display(from))) {
                const t = linkTarget(link.url, from);
                if (!t || !('rel' in t))
                    continue;
                const rel = folder.resolve(t.rel);
                if (!rel || placedSet.has(rel) || !skippedSet.has(ctx.display(rel)))
                    continue;
                placedSet.add(rel);
                add.push(rel);
            }
            if (add.length > 0)
                chosen.splice(i + 1, 0, ...add);
        }
        const linkedIn = new Set(chosen.map((r) => ctx.display(r)));
        skipped.push(...unplaced.filter((u) => !linkedIn.has(u.file)));
    }
    if (authoritative) {
        const placed = new Set(chosen);
        for (const rel of folder.under('')) {
            if (!placed.has(rel) && rel !== summaryRel) {
                skipped.push({ file: ctx.display(rel), reason: notListed });
            }
        }
    }
    const leftovers = unordered.filter((u) => chosen.includes(u));
    if (leftovers.length > 0) {
        const names = leftovers.map((r) => ctx.display(r));
        const at = { file: names[0], line: 1, column: 1 };
        const how = result.source === 'alphabetical'
            ? 'cannot tell the reading order'
            : 'cannot place these files in the reading order';
        diagnostics.push({
            ...diagnostic(RULES.tutorialStructure, at, `${how} of ${names.join(', ')}: read last, in path order (number them, link them from README.md or list them in SUMMARY.md).`),
            severity: 'warning'
        });
    }
    result.chapters = chosen.map((r) => folder.files.get(r));
    skipped.sort((a, b) => byPath$1(a.file, b.file));
    if (result.chapters.length === 0) {
        diagnostics.push(diagnostic(RULES.tutorialStructure, { file: dir, line: 1, column: 1 }, `empty tutorial: ${dir} has no README.md and no numbered chapters (e.g. 01-introduction.md).`));
    }
    return result;
}

// GFM without literal autolinks (nothing the reader reads depends on them), and without tables
// where the text can hold none (src/gfm.ts)
const parseGfm = gfmParser({ frontmatter: true, autolinks: false });
// The table construct is tried at the start of every line (40–70 % more on a file that holds a
// table): such a file is parsed as runs of stretches, with tables only where they may be.
const parseWhole = (text) => mayHoldTable(text) ? parseInRuns(parseGfm, text, mayHoldTable) : parseGfm(text);
/** A first line that may open front matter (`---`, after a byte-order mark). */
const MAY_HAVE_FRONT_MATTER = /^\uFEFF?---/;
/** Parses Markdown into an mdast tree (GFM without literal autolinks, see src/gfm.ts, + YAML frontmatter). */
function parseMarkdown(text, opts = {}) {
    return opts.whole ? parseWhole(text) : parseInPieces(parseWhole, text);
}
/** A fresh global copy of the claim-ID pattern, so callers' `lastIndex` is never shared. */
function ownRegExp(re) {
    return new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
}
/** Roles whose short headings name a part of a tutorial, never the tutorial itself. */
const PART_ROLES = new Set([
    'prerequisites',
    'glossary',
    'summary',
    'setup',
    'cleanup',
    'troubleshooting',
    'outcomes',
    'next-steps',
    'intro'
]);
/** "Prerequisites", "Workshop outline", "Introduction": a heading that cannot title a tutorial. */
function genericTitle(text) {
    const t = text.trim();
    if (t === '' || isGenericTocHeading(t))
        return true;
    const role = sectionRole(t);
    return role !== undefined && PART_ROLES.has(role) && t.split(/\s+/).length <= 3;
}
function firstH1(tree) {
    for (const node of tree.children) {
        if (node.type === 'heading' && node.depth === 1) {
            return toString(node).replace(/\s+/g, ' ').trim();
        }
    }
    return undefined;
}
/** Files up to this size may have their tree from `ParseOptions.trees` (bigger ones are read in pieces). */
const CACHED_TREE_CHARS = PIECE_CHARS;
/** The name of a tutorial folder (its last path segment), as `parseTutorial` sets `name`. */
function tutorialName(dir) {
    return normalizeDir(dir).split('/').pop() || dir;
}
/**
 * Reads a tutorial folder. `dir` is its display path, `files` every Markdown file under it and a
 * root `mkdocs.yml` (display paths).
 */
function parseTutorial(dir, files, opts) {
    const root = normalizeDir(dir);
    const name = opts.name ?? tutorialName(dir);
    const claimId = ownRegExp(opts.claimId);
    const trees = new Map();
    const stored = opts.trees;
    // a file whose tree may be stored is read from its whole tree (it is no bigger than a piece)
    const storable = (f) => stored !== undefined && f.text.length <= CACHED_TREE_CHARS;
    const treeOf = (f) => {
        let t = trees.get(f.path);
        if (!t) {
            t = storable(f) ? stored(f, () => parseMarkdown(f.text)) : parseMarkdown(f.text);
            trees.set(f.path, t);
        }
        return t;
    };
    const piecesOf = (f) => {
        const t = trees.get(f.path) ?? (storable(f) ? treeOf(f) : undefined);
        return t ? [t.children] : topLevelPieces(parseWhole, f.text);
    };
    const order = orderChapters(dir, files, treeOf, opts.skippedDirs, piecesOf);
    // the trees of files that are no chapter (SUMMARY.md, a skipped file) were for ordering only
    const chapterFiles = new Set(order.chapters.map((c) => c.path));
    for (const p of [...trees.keys()])
        if (!chapterFiles.has(p))
            trees.delete(p);
    const diagnostics = [...order.diagnostics];
    const out = emptyCollected();
    const exerciseIds = new Set();
    const matter = new Map();
    const fmOf = (f) => {
        if (!matter.has(f.path)) {
            matter.set(f.path, undefined);
            // front matter opens the file: without a `---` first line there is none, and no tree is needed
            if (!MAY_HAVE_FRONT_MATTER.test(f.text))
                return undefined;
            const fm = frontMatter(treeOf(f), f.path);
            if (fm && 'error' in fm) {
                diagnostics.push({
                    ...diagnostic(RULES.tutorialStructure, fm.at, fm.error),
                    severity: 'warning'
                });
            }
            if (fm && 'ok' in fm)
                matter.set(f.path, fm.ok);
        }
        return matter.get(f.path);
    };
    // in a site's layout the root README is the repository's, and the first page of docs/ is the
    // introduction a reader meets (a Docusaurus `intro.md`): a time under its title is the course's
    const docsIntro = order.siteIntro;
    const chapters = order.chapters.map((file) => {
        const fmTitle = fmString(fmOf(file), 'title');
        const chapterOpts = {
            isReadme: file === order.intro || file === docsIntro,
            claimId,
            out,
            exerciseIds,
            ...(fmTitle ? { title: fmTitle } : {})
        };
        // a chapter's tree is garbage once read, unless the title or README rows look at it again:
        // one no step before has built is read a piece at a time, its whole tree never alive
        const again = file === order.intro || file === order.chapters[1];
        const built = trees.get(file.path);
        const source = () => built ?? (again || storable(file) ? treeOf(file) : topLevelPieces(parseWhole, file.text));
        const readings = opts.readings;
        const chapter = readings && storable(file)
            ? addReading(readings(file, readingContext(chapterOpts), () => readChapterAlone(file, source(), chapterOpts)), chapterOpts)
            : readChapter(file, source(), chapterOpts);
        if (!again)
            trees.delete(file.path);
        return chapter;
    });
    labChapters(chapters, out);
    keepSteps(out);
    if (order.intro)
        readmeRows(order.intro, treeOf(order.intro), root, chapters, out);
    nestedExercises(chapters, out);
    markOptional(chapters, out.exercises);
    const tutorial = {
        dir,
        name,
        title: titleOf$1(order, docsIntro, chapters, fmOf, treeOf) ?? name,
        chapters,
        order: order.source,
        skipped: order.skipped,
        diagrams: out.diagrams.filter((d) => d.kind !== 'image' || !BADGE.test(d.url ?? '')),
        glossary: out.glossary,
        exercises: out.exercises,
        figures: out.figures,
        images: out.images,
        links: out.links,
        citations: out.citations,
        prerequisites: out.prerequisites,
        diagnostics
    };
    if (out.timeCommitment) {
        tutorial.timeCommitment = out.timeCommitment;
        const e = out.timeCommitment.estimate;
        if (e) {
            tutorial.time = {
                text: e.text,
                min: e.minMinutes,
                max: e.maxMinutes,
                file: out.timeCommitment.file,
                line: out.timeCommitment.line,
                column: out.timeCommitment.column
            };
        }
    }
    return tutorial;
}
/**
 * Title: front matter `title:` (the README's, then the `docs/` introduction's: a site generator's
 * page title names the course, while the README beside `docs/` often describes the site's source)
 * → the README's H1 → the `docs/` introduction's → SUMMARY.md's H1 → mkdocs `site_name` → the
 * first chapter title that is not a generic heading.
 */
function titleOf$1(order, docsIntro, chapters, fmOf, treeOf) {
    const candidates = [];
    const intros = [order.intro, docsIntro];
    for (const f of intros)
        if (f)
            candidates.push(fmString(fmOf(f), 'title'));
    for (const f of intros)
        if (f)
            candidates.push(firstH1(treeOf(f)));
    // a chapter titled by its file name (no heading, no front matter) offers no title
    const named = chapters.filter((c) => c.title !== c.file.slice(c.file.lastIndexOf('/') + 1));
    candidates.push(order.summaryTitle, order.siteName);
    // without an introduction, the first chapter's title (never a later chapter's, nor a lab's)
    if (!order.intro && named[0] && exerciseLabel(named[0].title) === undefined) {
        candidates.push(named[0].title);
    }
    return candidates.find((c) => c !== undefined && !genericTitle(c));
}
/** A chapter that is a lab (`lab-2-x.md`, `Lab2/README.md`) without labelled exercises of its own is one. */
function labChapters(chapters, out) {
    const ids = new Set(out.exercises.map((e) => e.id));
    chapters.forEach((c, index) => {
        const lab = labOfFile(c.file);
        if (!lab || ids.has(lab.id))
            return;
        const own = out.exercises.filter((e) => e.chapter === c.file);
        if (own.some((e) => !out.steps.has(e) && exerciseLabel(headingAt(c, e) ?? '') !== undefined))
            return;
        const first = c.headings[0];
        // a time line under the chapter heading made an exercise of that heading: it is the lab
        const same = own.find((e) => first && e.line === first.line && !out.steps.has(e));
        const title = exerciseLabel(c.title)?.title || c.title;
        if (same) {
            same.id = lab.id;
            same.title = title;
            ids.add(lab.id);
            return;
        }
        const exercise = {
            file: c.file,
            line: first?.line ?? 1,
            column: first?.column ?? 1,
            id: lab.id,
            title,
            chapter: c.file,
            optional: /\b(?:optional|bonus|stretch)\b/i.test(c.title)
        };
        const estimate = headingTime(c.title);
        if (estimate)
            exercise.estimatedTime = estimate;
        const later = new Set(chapters.slice(index).map((x) => x.file));
        const at = out.exercises.findIndex((e) => later.has(e.chapter));
        out.exercises.splice(at < 0 ? out.exercises.length : at, 0, exercise);
        ids.add(lab.id);
    });
}
/**
 * Exercises nested in another's section (`# Lab 1` holding `## Exercise 1.1` and `## Task 2`):
 * one level is listed, not both (both listed every lab beside its own exercises and could count
 * its time twice). The outer one stays when the tutorial gives it a time of its own, its inner
 * ones then being its steps; otherwise the inner ones stay, with their times.
 */
function nestedExercises(chapters, out) {
    const drop = new Set();
    for (const c of chapters) {
        const own = out.exercises
            .filter((e) => e.chapter === c.file && e.file === c.file && !out.steps.has(e))
            .sort((a, b) => a.line - b.line);
        if (own.length < 2)
            continue;
        // where each heading's section ends (the next heading at its depth or above), in one pass
        const end = new Map();
        const headingLines = new Set(c.headings.map((h) => h.line));
        const open = [];
        for (const h of c.headings) {
            while (open.length > 0 && open[open.length - 1].depth >= h.depth) {
                end.set(open.pop().line, h.line);
            }
            open.push(h);
        }
        // a sweep in document order: the ends of the timed containers the current exercise is inside
        const timed = [];
        own.forEach((e, k) => {
            while (timed.length > 0 && timed[timed.length - 1] <= e.line)
                timed.pop();
            if (timed.length > 0)
                drop.add(e);
            // an exercise not at a heading (a README row's lab) holds no section
            if (!headingLines.has(e.line))
                return;
            const stop = end.get(e.line) ?? Infinity;
            const next = own[k + 1];
            if (!next || next.line >= stop)
                return;
            if (e.estimatedTime)
                timed.push(stop);
            else
                drop.add(e);
        });
    }
    if (drop.size > 0)
        out.exercises = out.exercises.filter((e) => !drop.has(e));
}
function headingAt(c, e) {
    return c.headings.find((h) => h.line === e.line && h.file === e.file)?.text;
}
/**
 * `Step N` headings are the exercises only when nothing else is and the tutorial numbers them
 * once: numbers that start again (each chapter's own Step 1, 2, …) are steps inside a text.
 */
function keepSteps(out) {
    if (out.steps.size === 0)
        return;
    const others = out.exercises.some((e) => !out.steps.has(e));
    const repeats = new Set(out.stepNumbers).size !== out.stepNumbers.length;
    if (others || repeats)
        out.exercises = out.exercises.filter((e) => !out.steps.has(e));
}
/**
 * README rows naming a lab: a table row (`| [Lab 1](labs/gateway.md) | … | 30 min |`) or a list
 * item (`- [Lab 2: Buffering](labs/buffer.md) (45 min)`). The row's time and an `optional` mark
 * go to the matching exercise; a linked chapter without labelled exercises is that lab.
 */
function readmeRows(intro, tree, root, chapters, out) {
    const introDir = intro.path.includes('/') ? intro.path.slice(0, intro.path.lastIndexOf('/')) : '';
    const rows = [];
    walk(tree, (node) => {
        if (node.type === 'table') {
            const [head, ...body] = node.children;
            if (!head)
                return;
            const header = head.children.map((c) => toString(c));
            const timeCol = header.findIndex((h) => /duration|time|minutes|length|⏱|how long/i.test(h));
            for (const row of body) {
                const cells = row.children.map((c) => toString(c).trim());
                const time = timeCol >= 0 ? parseTimeEstimate(cells[timeCol] ?? '') : undefined;
                rows.push({ text: cells.join(' | '), ...(time ? { time } : {}), node: row });
            }
        }
        else if (node.type === 'listItem') {
            const first = node.children[0];
            if (first?.type !== 'paragraph')
                return;
            const text = toString(first);
            const time = headingTime(text);
            rows.push({ text, ...(time ? { time } : {}), node: first });
        }
    });
    const exercises = out.exercises;
    for (const row of rows) {
        const optional = /\b(?:optional|bonus|stretch)\b/i.test(row.text);
        const targets = [];
        walk(row.node, (l) => {
            if (l.type !== 'link')
                return;
            const url = (l.url.split('#')[0] ?? '').trim();
            if (url === '' || /^[a-z][a-z0-9+.-]*:/i.test(url))
                return;
            const joined = normalize(introDir === '' ? url : `${introDir}/${url}`);
            if (joined === undefined || relativeTo(root, joined) === undefined)
                return;
            targets.push(joined.replace(/\/$/, ''));
        });
        const labels = labelsIn(row.text);
        const linked = (file) => targets.some((t) => file === t || stripMd(file) === stripMd(t));
        let matches = exercises.filter((e, i) => {
            if (labels.includes(e.id))
                return true;
            const chapterFirst = exercises.findIndex((x) => x.chapter === e.chapter) === i;
            return chapterFirst && linked(e.chapter);
        });
        if (matches.length === 0 && labels.length === 1) {
            // the row names a lab and links its chapter, which labels no exercise itself
            const chapter = chapters.find((c) => linked(c.file));
            if (chapter && !exercises.some((e) => e.chapter === chapter.file && !out.steps.has(e))) {
                const first = chapter.headings[0];
                const exercise = {
                    file: chapter.file,
                    line: first?.line ?? 1,
                    column: first?.column ?? 1,
                    id: labels[0],
                    title: exerciseLabel(chapter.title)?.title || chapter.title,
                    chapter: chapter.file,
                    optional: false
                };
                const index = chapters.indexOf(chapter);
                const later = new Set(chapters.slice(index).map((x) => x.file));
                const at = exercises.findIndex((e) => later.has(e.chapter));
                exercises.splice(at < 0 ? exercises.length : at, 0, exercise);
                matches = [exercise];
            }
        }
        for (const e of matches) {
            if (row.time && !e.estimatedTime)
                e.estimatedTime = row.time;
            if (optional)
                e.optional = true;
        }
    }
}
const stripMd = (p) => p.replace(/\/(?:readme|index)\.md$/i, '').replace(/\.md$/i, '');
function normalize(path) {
    const out = [];
    for (const part of path.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (out.length === 0)
                return undefined;
            out.pop();
        }
        else
            out.push(part);
    }
    return out.join('/');
}
/** "add E30 or E40", "E40 (optional)": sentences anywhere in the tutorial mark exercises optional. */
function markOptional(chapters, exercises) {
    if (exercises.length === 0)
        return;
    for (const c of chapters) {
        for (const b of c.blocks) {
            if (b.kind === 'code' || b.kind === 'heading')
                continue;
            if (!/optional|bonus|stretch|extra|\badd|\bplus|if you have/i.test(b.text))
                continue;
            // a table speaks row by row
            const texts = b.table ? b.table.rows.map((r) => r.join(' | ')) : [b.text];
            for (const text of texts) {
                for (const id of optionalLabels(text)) {
                    for (const e of exercises)
                        if (e.id === id)
                            e.optional = true;
                }
            }
        }
    }
}

// Claim-ID matching built from the configured (global) RegExp. Fresh RegExp objects are made
// here so no caller's `lastIndex` is shared or disturbed.
function idMatcher(claimId) {
    const flags = claimId.flags.replace(/[gy]/g, '');
    return { whole: new RegExp(`^(?:${claimId.source})$`, flags), source: claimId.source, flags };
}
function isId(text, ids) {
    return ids.whole.test(text);
}
/** The first ID standing in `text`, if any. */
function firstId(text, ids) {
    return new RegExp(ids.source, ids.flags).exec(text)?.[0];
}

const STATUS_NAMES = {
    draft: 'Draft',
    verified: 'Verified',
    deprecated: 'Deprecated'
};
const ALLOWED = Object.values(STATUS_NAMES).join(', ');
/** Reads a status text case-insensitively; leading symbols such as emoji are skipped. */
function parseStatus(text) {
    const m = /^[^\p{L}]*(\p{L}+)(.*)$/su.exec(text.trim());
    if (!m)
        return { word: text.trim(), rest: '' };
    const word = m[1] ?? '';
    const rest = (m[2] ?? '').trim();
    const key = word.toLowerCase();
    const status = key in STATUS_NAMES ? key : undefined;
    return status ? { status, word, rest } : { word, rest };
}
function emptyEntry(id, at) {
    return { id, at, evidence: [], implications: [], limitations: [] };
}
function toClaim(raw, opts) {
    const diagnostics = [];
    const invalid = (message) => diagnostics.push(diagnostic(RULES.registryInvalid, raw.at, message, raw.id));
    const text = raw.claim?.trim() ?? '';
    if (!text)
        invalid(`${raw.id} has no claim text (a Claim field is required)`);
    let status = 'draft';
    let successor;
    const statusText = raw.status?.trim() ?? '';
    if (!statusText) {
        invalid(`${raw.id} has no status (allowed: ${ALLOWED})`);
    }
    else {
        const parsed = parseStatus(statusText);
        if (parsed.status) {
            status = parsed.status;
            successor = firstId(parsed.rest, opts.ids);
        }
        else {
            invalid(`${raw.id} has unknown status "${statusText}" (allowed: ${ALLOWED})`);
        }
    }
    const explicit = raw.supersededBy?.trim();
    if (explicit)
        successor = firstId(explicit, opts.ids) ?? explicit;
    const claim = {
        id: raw.id,
        claim: text,
        status,
        evidence: raw.evidence,
        implications: raw.implications,
        limitations: raw.limitations,
        category: opts.category,
        file: raw.at.file,
        line: raw.at.line,
        column: raw.at.column
    };
    if (raw.scope?.trim())
        claim.scope = raw.scope.trim();
    if (raw.lastReviewed?.trim())
        claim.lastReviewed = raw.lastReviewed.trim();
    if (successor)
        claim.supersededBy = successor;
    return { claim, diagnostics: opts.report === false ? [] : diagnostics };
}

const FIELDS = {
    claim: 'claim',
    scope: 'scope',
    status: 'status',
    'last reviewed': 'lastReviewed',
    'last-reviewed': 'lastReviewed',
    'last review': 'lastReviewed',
    reviewed: 'lastReviewed',
    evidence: 'evidence',
    implications: 'implications',
    implication: 'implications',
    limitations: 'limitations',
    limitation: 'limitations',
    'superseded by': 'supersededBy',
    'replaced by': 'supersededBy'
};
const isListField = (f) => f === 'evidence' || f === 'implications' || f === 'limitations';
// No remark-gfm: registry entries use headings, bold labels, paragraphs and lists only, and
// GFM's autolink pass alone costs about as much as the rest of the parse on big registries.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);
/** Plain text of inline content; a link keeps its URL (`text (url)`) so evidence URLs survive. */
function inlineText(node) {
    switch (node.type) {
        case 'text':
        case 'inlineCode':
            return node.value;
        case 'break':
            return '\n';
        case 'html':
            return '';
        case 'image':
            return node.alt ?? '';
        case 'link': {
            const text = node.children.map(inlineText).join('').trim();
            const bare = node.url.replace(/^(mailto:|https?:\/\/)/, '');
            return !text || text === node.url || text === bare ? node.url : `${text} (${node.url})`;
        }
        default:
            return 'children' in node ? node.children.map(inlineText).join('') : toString(node);
    }
}
const clean = (s) => s.replace(/\s+/g, ' ').trim();
/** The field label a bold node stands for, and whether the colon sat in the next text node. */
function labelAt(nodes, i) {
    const node = nodes[i];
    if (node?.type !== 'strong')
        return undefined;
    const text = clean(toString(node));
    if (text.endsWith(':'))
        return { name: text.slice(0, -1).trim().toLowerCase(), colonAfter: false };
    const next = nodes[i + 1];
    if (next?.type === 'text' && /^[ \t]*:/.test(next.value)) {
        return { name: text.toLowerCase(), colonAfter: true };
    }
    return undefined;
}
const endsLine = (node) => node.type === 'break' || (node.type === 'text' && /\n[ \t]*$/.test(node.value));
/** Index of the first bold label at the start of a line in `nodes`, or -1. */
function firstLabel(nodes) {
    let lineStart = true;
    for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i];
        if (lineStart && labelAt(nodes, i))
            return i;
        lineStart = endsLine(node);
    }
    return -1;
}
/** Collects the fields of one claim from the blocks under its heading. */
class ClaimReader {
    entry;
    field;
    lastListField;
    buffer = [];
    constructor(id, at) {
        this.entry = emptyEntry(id, at);
    }
    block(node) {
        if (node.type === 'paragraph')
            this.inlines(node.children);
        else if (node.type === 'list')
            this.list(node);
    }
    finish() {
        this.flush();
        return this.entry;
    }
    start(name) {
        this.flush();
        this.field = FIELDS[name] ?? 'other';
        if (isListField(this.field))
            this.lastListField = this.field;
    }
    /** Ends the current stretch of text: a scalar field gets it (appended), a list field a bullet. */
    flush() {
        const text = clean(this.buffer.join(''));
        this.buffer = [];
        if (!text || !this.field || this.field === 'other')
            return;
        if (isListField(this.field)) {
            this.entry[this.field].push(text);
        }
        else {
            const before = this.entry[this.field];
            this.entry[this.field] = before ? `${before} ${text}` : text;
        }
    }
    inlines(nodes) {
        let lineStart = true;
        for (let i = 0; i < nodes.length; i++) {
            const node = nodes[i];
            const label = lineStart ? labelAt(nodes, i) : undefined;
            if (label) {
                this.start(label.name);
                if (label.colonAfter) {
                    const next = nodes[i + 1];
                    this.buffer.push(next.value.replace(/^[ \t]*:/, ''));
                    lineStart = endsLine(next);
                    i++;
                }
                else {
                    lineStart = false;
                }
                continue;
            }
            this.buffer.push(inlineText(node));
            lineStart = endsLine(node);
        }
        this.flush();
    }
    list(list) {
        for (const item of list.children)
            this.item(item);
    }
    item(item) {
        const [first, ...rest] = item.children;
        const inlines = first?.type === 'paragraph' ? first.children : [];
        const at = firstLabel(inlines);
        if (at === 0) {
            // a list of fields (`- **Claim:** …`)
            for (const child of item.children)
                this.block(child);
            return;
        }
        const parts = at > 0 ? inlines.slice(0, at) : inlines;
        let text = clean(parts.map(inlineText).join(''));
        if (at < 0) {
            const more = (first?.type === 'paragraph' ? rest : item.children).map(blockText);
            text = clean([text, ...more].join(' '));
        }
        const target = isListField(this.field) ? this.field : this.lastListField;
        this.flush();
        if (text && target)
            this.entry[target].push(text);
        if (at > 0) {
            // labels Markdown folded into this item (a field line right after a list)
            this.inlines(inlines.slice(at));
            for (const child of rest)
                this.block(child);
        }
    }
}
/** Plain text of a block inside a list item (nested lists, further paragraphs). */
function blockText(node) {
    if (node.type === 'paragraph' || node.type === 'heading')
        return node.children.map(inlineText).join('');
    if ('children' in node)
        return node.children.map(blockText).join(' ');
    return inlineText(node);
}
/** Entries of one parsed Markdown text; lines are shifted by `lineOffset` (its first line's - 1). */
function entriesOf(file, text, ids, lineOffset) {
    const tree = processor.parse(text);
    const entries = [];
    let reader;
    const close = () => {
        if (reader)
            entries.push(reader.finish());
        reader = undefined;
    };
    for (const node of tree.children) {
        if (node.type === 'heading') {
            close();
            const id = clean(toString(node));
            if (node.depth === 2 && isId(id, ids)) {
                const start = node.position?.start;
                reader = new ClaimReader(id, {
                    file,
                    line: (start?.line ?? 1) + lineOffset,
                    column: start?.column ?? 1
                });
            }
        }
        else if (reader) {
            reader.block(node);
        }
    }
    close();
    return entries;
}
/**
 * Reads the claim entries of one Markdown registry file. A big registry file is parsed one
 * heading section at a time when that is safe (`headingSections`): micromark's cost grows with
 * the size of the document it holds in one piece, and the syntax tree of a whole 2 MB registry
 * file is garbage the moment its entries are read.
 */
function readMarkdownEntries(file, text, ids, opts = {}) {
    const sections = opts.whole ? undefined : headingSections(text);
    if (!sections)
        return entriesOf(file, text, ids, 0);
    return sections.flatMap((s) => entriesOf(file, s.text, ids, s.line - 1));
}
// An ATX heading at the start of a line: its level and its raw content.
const ATX = /^(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
// Heading content that inline parsing leaves exactly as written (no escapes, emphasis, code,
// links, entities or HTML): its text is then known without a parser.
const PLAIN = /^[\p{L}\p{N}\t .,:;/()+-]*$/u;
// A line that could start or underline a heading inside a section, at any indentation (an
// indented `##` inside a list item is no top-level heading, and `---` may be a setext underline
// or a rule): a section holding one is parsed to know.
const MAYBE_HEADING = /^[ \t]*(?:#{1,6}(?:[ \t]|\r?$)|(?:=+|-+)[ \t]*\r?$)/m;
/** The level and text of a heading line, when its text is plain (see PLAIN). */
function plainHeading(line) {
    const m = ATX.exec(line.replace(/\r$/, ''));
    if (!m)
        return undefined;
    let content = m[2] ?? '';
    // the closing sequence (`## ID ##`), or content that is nothing but one
    content = /^#+$/.test(content) ? '' : content.replace(/[ \t]+#+$/, '');
    if (!PLAIN.test(content))
        return undefined;
    return { depth: m[1].length, text: clean(content) };
}
/**
 * The claims of one Markdown registry file found line by line, in file order, without building
 * a syntax tree where the text allows it: in a file that splits at its headings
 * (`headingSections`), a section whose heading is plain text and whose other lines cannot be
 * headings holds a claim exactly when its heading is a level-2 heading naming one ID. Any other
 * section (and a file that does not split) is parsed, and its entries are returned as parsed.
 * The claims found are those `readMarkdownEntries` reads, at the same places.
 */
function indexMarkdownEntries(file, text, ids) {
    const sections = headingSections(text);
    if (!sections)
        return entriesOf(file, text, ids, 0).map((raw) => ({ raw }));
    const out = [];
    for (const s of sections) {
        const nl = s.text.indexOf('\n');
        const first = nl < 0 ? s.text : s.text.slice(0, nl);
        const opens = HEADING_LINE.test(first);
        const heading = opens ? plainHeading(first) : undefined;
        // the lines that must hold no heading: all but a plain heading line opening the section
        const rest = heading ? (nl < 0 ? '' : s.text.slice(nl + 1)) : s.text;
        if ((heading || !opens) && !MAYBE_HEADING.test(rest)) {
            if (heading?.depth === 2 && isId(heading.text, ids)) {
                out.push({ indexed: { id: heading.text, line: s.line, column: 1, text: s.text } });
            }
            continue;
        }
        for (const raw of entriesOf(file, s.text, ids, s.line - 1))
            out.push({ raw });
    }
    return out;
}
/** The entries of an indexed claim's section (the claim itself: the index saw no other heading). */
function readIndexedClaim(file, c, ids) {
    return entriesOf(file, c.text, ids, c.line - 1);
}

/** Maps 0-based offsets of one text to 1-based line/column locations. */
function locator(file, text) {
    const starts = lineStarts(text);
    return (offset) => locate$1(starts, file, offset);
}
/** `claims/limitations.md` → `limitations`. */
function categoryOf(path) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    const dot = base.lastIndexOf('.');
    return dot > 0 ? base.slice(0, dot) : base;
}
function extensionOf(path) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    const dot = base.lastIndexOf('.');
    return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}
function isReadme$1(path) {
    return /^readme\.(md|markdown)$/i.test(path.slice(path.lastIndexOf('/') + 1));
}
/**
 * A file that was not valid UTF-8 reaches us with U+FFFD replacement characters (or NUL bytes
 * when it is binary): report it at the first such character.
 */
function encodingProblem(file, text) {
    const found = [text.indexOf('\uFFFD'), text.indexOf('\u0000')].filter((i) => i >= 0);
    if (found.length === 0)
        return undefined;
    const bad = found.reduce((a, b) => Math.min(a, b), Infinity);
    const what = text.charCodeAt(bad) === 0 ? 'a NUL byte' : 'bytes that are not valid UTF-8';
    return diagnostic(RULES.registryParse, locator(file, text)(bad), `${file} is not UTF-8 text: ${what} at this position`);
}

// Generated by scripts/compile-schemas.mjs from claims/claim.schema.json; do not edit.
// @ts-nocheck
/* eslint-disable */
const validateFile = validate10;
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "tutorial-amplifier claims registry (YAML)", "description": "A YAML registry file holds claims that tutorials cite by ID. Three shapes are accepted: a mapping with a `claims:` list, a bare list of claims, or one claim. The file's base name (without extension) is the claims' category. The ID pattern is configurable (`claimIdPattern`), so it is checked by the tool, not here.", "anyOf": [{ "type": "object", "required": ["claims"], "properties": { "claims": { "type": "array", "items": { "$ref": "#/definitions/claim" } } }, "additionalProperties": false }, { "type": "array", "items": { "$ref": "#/definitions/claim" } }, { "$ref": "#/definitions/claim" }], "definitions": { "text": { "type": "string", "pattern": "\\S" }, "bullets": { "type": "array", "items": { "$ref": "#/definitions/text" } }, "claim": { "type": "object", "required": ["id", "claim", "status"], "properties": { "id": { "description": "The claim ID tutorials cite, e.g. TP-OPS-001.", "type": "string", "pattern": "^\\S+$" }, "claim": { "description": "The claim's wording: one precise, checkable statement.", "$ref": "#/definitions/text" }, "scope": { "description": "What the claim covers (versions, deployments, configurations).", "$ref": "#/definitions/text" }, "status": { "description": "Draft = proposed, not validated (citing it warns); Verified = confirmed; Deprecated = no longer true, kept for history (citing it is an error).", "type": "string", "enum": ["Draft", "Verified", "Deprecated", "draft", "verified", "deprecated"] }, "last_reviewed": { "description": "When the claim was last checked, as written (an ISO date such as 2025-03-14 is usual).", "$ref": "#/definitions/text" }, "evidence": { "description": "Where the claim is shown to hold: documents, tests, benchmarks (URLs welcome).", "$ref": "#/definitions/bullets" }, "implications": { "description": "What follows from the claim for readers.", "$ref": "#/definitions/bullets" }, "limitations": { "description": "Where the claim stops holding.", "$ref": "#/definitions/bullets" }, "superseded_by": { "description": "ID of the claim that replaces this one (usually with status Deprecated).", "type": "string", "pattern": "^\\S+$" } }, "additionalProperties": false } } };
const schema12 = { "type": "object", "required": ["id", "claim", "status"], "properties": { "id": { "description": "The claim ID tutorials cite, e.g. TP-OPS-001.", "type": "string", "pattern": "^\\S+$" }, "claim": { "description": "The claim's wording: one precise, checkable statement.", "$ref": "#/definitions/text" }, "scope": { "description": "What the claim covers (versions, deployments, configurations).", "$ref": "#/definitions/text" }, "status": { "description": "Draft = proposed, not validated (citing it warns); Verified = confirmed; Deprecated = no longer true, kept for history (citing it is an error).", "type": "string", "enum": ["Draft", "Verified", "Deprecated", "draft", "verified", "deprecated"] }, "last_reviewed": { "description": "When the claim was last checked, as written (an ISO date such as 2025-03-14 is usual).", "$ref": "#/definitions/text" }, "evidence": { "description": "Where the claim is shown to hold: documents, tests, benchmarks (URLs welcome).", "$ref": "#/definitions/bullets" }, "implications": { "description": "What follows from the claim for readers.", "$ref": "#/definitions/bullets" }, "limitations": { "description": "Where the claim stops holding.", "$ref": "#/definitions/bullets" }, "superseded_by": { "description": "ID of the claim that replaces this one (usually with status Deprecated).", "type": "string", "pattern": "^\\S+$" } }, "additionalProperties": false };
const schema13 = { "type": "string", "pattern": "\\S" };
const func2 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp("^\\S+$", "u");
const pattern1 = new RegExp("\\S", "u");
const schema16 = { "type": "array", "items": { "$ref": "#/definitions/text" } };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        if (typeof data0 === "string") {
            if (!pattern1.test(data0)) {
                const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/text/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: "must match pattern \"" + "\\S" + "\"", schema: "\\S", parentSchema: schema13, data: data0 };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        else {
            const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data0 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
}
else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema16.type, parentSchema: schema16, data };
    if (vErrors === null) {
        vErrors = [err2];
    }
    else {
        vErrors.push(err2);
    }
    errors++;
} validate12.errors = vErrors; return errors === 0; }
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema12.required, parentSchema: schema12, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.claim === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "claim" }, message: "must have required property '" + "claim" + "'", schema: schema12.required, parentSchema: schema12, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.status === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property '" + "status" + "'", schema: schema12.required, parentSchema: schema12, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func2.call(schema12.properties, key0))) {
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.id !== undefined) {
        let data0 = data.id;
        if (typeof data0 === "string") {
            if (!pattern0.test(data0)) {
                const err4 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^\\S+$" }, message: "must match pattern \"" + "^\\S+$" + "\"", schema: "^\\S+$", parentSchema: schema12.properties.id, data: data0 };
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
            const err5 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.id.type, parentSchema: schema12.properties.id, data: data0 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.claim !== undefined) {
        let data1 = data.claim;
        if (typeof data1 === "string") {
            if (!pattern1.test(data1)) {
                const err6 = { instancePath: instancePath + "/claim", schemaPath: "#/definitions/text/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: "must match pattern \"" + "\\S" + "\"", schema: "\\S", parentSchema: schema13, data: data1 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/claim", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data1 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.scope !== undefined) {
        let data2 = data.scope;
        if (typeof data2 === "string") {
            if (!pattern1.test(data2)) {
                const err8 = { instancePath: instancePath + "/scope", schemaPath: "#/definitions/text/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: "must match pattern \"" + "\\S" + "\"", schema: "\\S", parentSchema: schema13, data: data2 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/scope", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data2 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.status !== undefined) {
        let data3 = data.status;
        if (typeof data3 !== "string") {
            const err10 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.status.type, parentSchema: schema12.properties.status, data: data3 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
        if (!((((((data3 === "Draft") || (data3 === "Verified")) || (data3 === "Deprecated")) || (data3 === "draft")) || (data3 === "verified")) || (data3 === "deprecated"))) {
            const err11 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema12.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.status.enum, parentSchema: schema12.properties.status, data: data3 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
    if (data.last_reviewed !== undefined) {
        let data4 = data.last_reviewed;
        if (typeof data4 === "string") {
            if (!pattern1.test(data4)) {
                const err12 = { instancePath: instancePath + "/last_reviewed", schemaPath: "#/definitions/text/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: "must match pattern \"" + "\\S" + "\"", schema: "\\S", parentSchema: schema13, data: data4 };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        else {
            const err13 = { instancePath: instancePath + "/last_reviewed", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data4 };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
    }
    if (data.evidence !== undefined) {
        if (!(validate12(data.evidence, { instancePath: instancePath + "/evidence", parentData: data, parentDataProperty: "evidence", rootData }))) {
            vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
            errors = vErrors.length;
        }
    }
    if (data.implications !== undefined) {
        if (!(validate12(data.implications, { instancePath: instancePath + "/implications", parentData: data, parentDataProperty: "implications", rootData }))) {
            vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
            errors = vErrors.length;
        }
    }
    if (data.limitations !== undefined) {
        if (!(validate12(data.limitations, { instancePath: instancePath + "/limitations", parentData: data, parentDataProperty: "limitations", rootData }))) {
            vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
            errors = vErrors.length;
        }
    }
    if (data.superseded_by !== undefined) {
        let data8 = data.superseded_by;
        if (typeof data8 === "string") {
            if (!pattern0.test(data8)) {
                const err14 = { instancePath: instancePath + "/superseded_by", schemaPath: "#/properties/superseded_by/pattern", keyword: "pattern", params: { pattern: "^\\S+$" }, message: "must match pattern \"" + "^\\S+$" + "\"", schema: "^\\S+$", parentSchema: schema12.properties.superseded_by, data: data8 };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        else {
            const err15 = { instancePath: instancePath + "/superseded_by", schemaPath: "#/properties/superseded_by/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.superseded_by.type, parentSchema: schema12.properties.superseded_by, data: data8 };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
    }
}
else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
        vErrors = [err16];
    }
    else {
        vErrors.push(err16);
    }
    errors++;
} validate11.errors = vErrors; return errors === 0; }
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs0 = errors; let valid0 = false; const _errs1 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.claims === undefined) {
        const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "claims" }, message: "must have required property '" + "claims" + "'", schema: schema11.anyOf[0].required, parentSchema: schema11.anyOf[0], data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(key0 === "claims")) {
            const err1 = { instancePath, schemaPath: "#/anyOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.anyOf[0], data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.claims !== undefined) {
        let data0 = data.claims;
        if (Array.isArray(data0)) {
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
                if (!(validate11(data0[i0], { instancePath: instancePath + "/claims/" + i0, parentData: data0, parentDataProperty: i0, rootData }))) {
                    vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err2 = { instancePath: instancePath + "/claims", schemaPath: "#/anyOf/0/properties/claims/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.anyOf[0].properties.claims.type, parentSchema: schema11.anyOf[0].properties.claims, data: data0 };
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
    const err3 = { instancePath, schemaPath: "#/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.anyOf[0].type, parentSchema: schema11.anyOf[0], data };
    if (vErrors === null) {
        vErrors = [err3];
    }
    else {
        vErrors.push(err3);
    }
    errors++;
} var _valid0 = _errs1 === errors; valid0 = valid0 || _valid0; if (!valid0) {
    const _errs7 = errors;
    if (Array.isArray(data)) {
        const len1 = data.length;
        for (let i1 = 0; i1 < len1; i1++) {
            if (!(validate11(data[i1], { instancePath: instancePath + "/" + i1, parentData: data, parentDataProperty: i1, rootData }))) {
                vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err4 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.anyOf[1].type, parentSchema: schema11.anyOf[1], data };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
    var _valid0 = _errs7 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
        const _errs10 = errors;
        if (!(validate11(data, { instancePath, parentData, parentDataProperty, rootData }))) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
        }
        var _valid0 = _errs10 === errors;
        valid0 = valid0 || _valid0;
    }
} if (!valid0) {
    const err5 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.anyOf, parentSchema: schema11, data };
    if (vErrors === null) {
        vErrors = [err5];
    }
    else {
        vErrors.push(err5);
    }
    errors++;
}
else {
    errors = _errs0;
    if (vErrors !== null) {
        if (_errs0) {
            vErrors.length = _errs0;
        }
        else {
            vErrors = null;
        }
    }
} validate10.errors = vErrors; return errors === 0; }
const validateEntry$1 = validate19;
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema12.required, parentSchema: schema12, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.claim === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "claim" }, message: "must have required property '" + "claim" + "'", schema: schema12.required, parentSchema: schema12, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.status === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property '" + "status" + "'", schema: schema12.required, parentSchema: schema12, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func2.call(schema12.properties, key0))) {
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.id !== undefined) {
        let data0 = data.id;
        if (typeof data0 === "string") {
            if (!pattern0.test(data0)) {
                const err4 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^\\S+$" }, message: "must match pattern \"" + "^\\S+$" + "\"", schema: "^\\S+$", parentSchema: schema12.properties.id, data: data0 };
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
            const err5 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.id.type, parentSchema: schema12.properties.id, data: data0 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.claim !== undefined) {
        let data1 = data.claim;
        if (typeof data1 === "string") {
            if (!pattern1.test(data1)) {
                const err6 = { instancePath: instancePath + "/claim", schemaPath: "#/definitions/text/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: "must match pattern \"" + "\\S" + "\"", schema: "\\S", parentSchema: schema13, data: data1 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/claim", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data1 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.scope !== undefined) {
        let data2 = data.scope;
        if (typeof data2 === "string") {
            if (!pattern1.test(data2)) {
                const err8 = { instancePath: instancePath + "/scope", schemaPath: "#/definitions/text/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: "must match pattern \"" + "\\S" + "\"", schema: "\\S", parentSchema: schema13, data: data2 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/scope", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data2 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.status !== undefined) {
        let data3 = data.status;
        if (typeof data3 !== "string") {
            const err10 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.status.type, parentSchema: schema12.properties.status, data: data3 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
        if (!((((((data3 === "Draft") || (data3 === "Verified")) || (data3 === "Deprecated")) || (data3 === "draft")) || (data3 === "verified")) || (data3 === "deprecated"))) {
            const err11 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema12.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.status.enum, parentSchema: schema12.properties.status, data: data3 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
    if (data.last_reviewed !== undefined) {
        let data4 = data.last_reviewed;
        if (typeof data4 === "string") {
            if (!pattern1.test(data4)) {
                const err12 = { instancePath: instancePath + "/last_reviewed", schemaPath: "#/definitions/text/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: "must match pattern \"" + "\\S" + "\"", schema: "\\S", parentSchema: schema13, data: data4 };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        else {
            const err13 = { instancePath: instancePath + "/last_reviewed", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data4 };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
    }
    if (data.evidence !== undefined) {
        if (!(validate12(data.evidence, { instancePath: instancePath + "/evidence", parentData: data, parentDataProperty: "evidence", rootData }))) {
            vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
            errors = vErrors.length;
        }
    }
    if (data.implications !== undefined) {
        if (!(validate12(data.implications, { instancePath: instancePath + "/implications", parentData: data, parentDataProperty: "implications", rootData }))) {
            vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
            errors = vErrors.length;
        }
    }
    if (data.limitations !== undefined) {
        if (!(validate12(data.limitations, { instancePath: instancePath + "/limitations", parentData: data, parentDataProperty: "limitations", rootData }))) {
            vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
            errors = vErrors.length;
        }
    }
    if (data.superseded_by !== undefined) {
        let data8 = data.superseded_by;
        if (typeof data8 === "string") {
            if (!pattern0.test(data8)) {
                const err14 = { instancePath: instancePath + "/superseded_by", schemaPath: "#/properties/superseded_by/pattern", keyword: "pattern", params: { pattern: "^\\S+$" }, message: "must match pattern \"" + "^\\S+$" + "\"", schema: "^\\S+$", parentSchema: schema12.properties.superseded_by, data: data8 };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        else {
            const err15 = { instancePath: instancePath + "/superseded_by", schemaPath: "#/properties/superseded_by/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.superseded_by.type, parentSchema: schema12.properties.superseded_by, data: data8 };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
    }
}
else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
        vErrors = [err16];
    }
    else {
        vErrors.push(err16);
    }
    errors++;
} validate19.errors = vErrors; return errors === 0; }

const compiled = {
    file: validateFile,
    entry: validateEntry$1
};
function validators() {
    return compiled;
}
/** `claims[2].evidence[0]` from a base such as `claims[2]` and pointer segments. */
function fieldPath(base, pointer) {
    let out = base;
    for (const seg of pointer)
        out += /^\d+$/.test(seg) ? `[${seg}]` : out ? `.${seg}` : seg;
    return out;
}
const unescape = (seg) => seg.replace(/~1/g, '/').replace(/~0/g, '~');
function describe$1(e, base) {
    const pointer = e.instancePath.split('/').slice(1).map(unescape);
    const at = fieldPath(base, pointer) || 'the claim';
    const p = e.params;
    switch (e.keyword) {
        case 'required':
            return { pointer, message: `${at} is missing required field "${String(p.missingProperty)}"` };
        case 'additionalProperties':
            return {
                pointer,
                message: `${at} has unknown field "${String(p.additionalProperty)}"`
            };
        case 'enum': {
            const allowed = [...new Set(p.allowedValues.map((v) => String(v)))]
                .filter((v) => /^[A-Z]/.test(v))
                .join(', ');
            return { pointer, message: `${at} is ${JSON.stringify(e.data)}, must be one of ${allowed}` };
        }
        case 'pattern':
            return {
                pointer,
                message: p.pattern === '\\S' ? `${at} must not be empty` : `${at} must not contain spaces`
            };
        default:
            return { pointer, message: `${at} ${e.message ?? 'is invalid'}` };
    }
}
/** Schema errors of one claim entry; `base` names it in messages (`claims[2]`, `[0]` or ''). */
function validateEntry(value, base) {
    const v = validators().entry;
    if (v(value))
        return [];
    const errors = (v.errors ?? []).map((e) => describe$1(e, base));
    // one message per place and text, in schema order
    const seen = new Set();
    return errors.filter((e) => !seen.has(e.message) && seen.add(e.message));
}

// Reads one YAML registry file (shape: see claims/claim.schema.json). js-yaml's CORE schema is
// used so `2025-03-14` stays text rather than becoming a Date. js-yaml reports no positions for
// values, so a parse listener records where every mapping and sequence starts; that gives each
// entry its line, and schema errors the line of the closest collection they concern.
/** Offset of the first character that is neither blank nor part of a comment. */
function skipBlank(text, pos) {
    let i = pos;
    for (;;) {
        while (i < text.length && ' \t\r\n'.includes(text[i]))
            i++;
        if (text[i] !== '#')
            return i;
        while (i < text.length && text[i] !== '\n')
            i++;
    }
}
function parse$1(file, text) {
    const at = locator(file, text);
    const where = new WeakMap();
    const starts = [];
    try {
        const doc = yaml.load(text, {
            filename: file,
            schema: yaml.CORE_SCHEMA,
            listener(event, state) {
                if (event === 'open') {
                    starts.push(state.position);
                    return;
                }
                const start = starts.pop() ?? 0;
                const result = state.result;
                if (result !== null && typeof result === 'object' && !where.has(result)) {
                    where.set(result, at(skipBlank(text, start)));
                }
            }
        });
        const size = expandedSize(doc);
        if (!size.ok) {
            const loc = { file, line: 1, column: 1 };
            return {
                ok: false,
                d: diagnostic(RULES.registryParse, loc, `YAML file not read: ${size.reason}`)
            };
        }
        return { ok: true, doc, where };
    }
    catch (e) {
        if (!(e instanceof yaml.YAMLException))
            throw e;
        const mark = e.mark;
        const loc = { file, line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1 };
        return {
            ok: false,
            d: diagnostic(RULES.registryParse, loc, `YAML syntax error in ${file}: ${e.reason}`)
        };
    }
}
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v) => (typeof v === 'string' ? v : undefined);
const strings = (v) => Array.isArray(v)
    ? v.filter((x) => typeof x === 'string' && x.trim() !== '').map((x) => x.trim())
    : [];
/** The closest collection on the way from `value` along `pointer` that has a recorded place. */
function locate(value, pointer, where, fallback) {
    let best = fallback;
    let cur = value;
    for (const seg of ['', ...pointer]) {
        if (seg !== '')
            cur = cur !== null && typeof cur === 'object' ? cur[seg] : undefined;
        if (cur !== null && typeof cur === 'object')
            best = where.get(cur) ?? best;
        else
            break;
    }
    return best;
}
function readYamlEntries(file, text, ids) {
    const parsed = parse$1(file, text);
    if (!parsed.ok)
        return { entries: [], diagnostics: [parsed.d] };
    const { doc, where } = parsed;
    const top = (doc !== null && typeof doc === 'object' && where.get(doc)) || {
        file,
        line: 1,
        column: 1
    };
    const diagnostics = [];
    const invalid = (loc, message, claim) => diagnostics.push(diagnostic(RULES.registryInvalid, loc, message, claim));
    // the three accepted shapes
    let items;
    if (doc === undefined || doc === null) {
        items = [];
    }
    else if (Array.isArray(doc)) {
        items = doc.map((value, i) => ({ value, base: `[${i}]` }));
    }
    else if (isObject(doc) && 'claims' in doc) {
        for (const key of Object.keys(doc)) {
            if (key !== 'claims')
                invalid(top, `${file} has unknown top-level field "${key}"`);
        }
        const list = doc.claims;
        if (list === null || list === undefined)
            items = [];
        else if (!Array.isArray(list)) {
            invalid(top, `claims must be array`);
            items = [];
        }
        else
            items = list.map((value, i) => ({ value, base: `claims[${i}]` }));
    }
    else if (isObject(doc) && 'id' in doc) {
        items = [{ value: doc, base: '' }];
    }
    else {
        invalid(top, `${file} must hold a "claims:" list, a list of claims, or one claim`);
        items = [];
    }
    const entries = [];
    for (const { value, base } of items) {
        const entryAt = (value !== null && typeof value === 'object' && where.get(value)) || top;
        const id = isObject(value) ? str(value.id)?.trim() : undefined;
        const errors = validateEntry(value, base);
        for (const e of errors)
            invalid(locate(value, e.pointer, where, entryAt), e.message, id || undefined);
        if (!id || !isObject(value))
            continue;
        if (!isId(id, ids)) {
            invalid(entryAt, `${fieldPath(base, ['id'])} "${id}" does not match the claim-ID pattern /${ids.source}/`, id);
        }
        const raw = emptyEntry(id, entryAt);
        const scalar = (k) => str(value[k]);
        raw.claim = scalar('claim');
        raw.scope = scalar('scope');
        raw.status = scalar('status');
        raw.lastReviewed = scalar('last_reviewed');
        raw.supersededBy = scalar('superseded_by');
        raw.evidence = strings(value.evidence);
        raw.implications = strings(value.implications);
        raw.limitations = strings(value.limitations);
        for (const k of Object.keys(raw))
            if (raw[k] === undefined)
                delete raw[k];
        entries.push({ raw, report: errors.length === 0 });
    }
    return { entries, diagnostics };
}

const MARKDOWN = new Set(['md', 'markdown']);
const YAML = new Set(['yml', 'yaml']);
/** Whether a file of the registry folder is read as registry content. */
function isRegistryFile(path) {
    const ext = extensionOf(path);
    return (MARKDOWN.has(ext) || YAML.has(ext)) && !isReadme$1(path);
}
/**
 * Reads one registry file. `index`: a Markdown file is indexed line by line
 * (`indexMarkdownEntries`) and only what the index cannot settle is parsed; YAML is always read
 * whole (js-yaml builds no Markdown tree and is fast).
 */
function readFile(file, ids, index) {
    const bad = encodingProblem(file.path, file.text);
    if (bad)
        return { file, items: [], diagnostics: [bad] };
    try {
        if (YAML.has(extensionOf(file.path))) {
            const result = readYamlEntries(file.path, file.text, ids);
            return { file, items: result.entries, diagnostics: result.diagnostics };
        }
        if (index) {
            const items = indexMarkdownEntries(file.path, file.text, ids).map((e) => 'raw' in e ? { raw: e.raw, report: true } : e);
            return { file, items, diagnostics: [] };
        }
        const items = readMarkdownEntries(file.path, file.text, ids).map((raw) => ({
            raw,
            report: true
        }));
        return { file, items, diagnostics: [] };
    }
    catch (e) {
        // A parser giving up on a pathological file (nesting deep enough to exhaust the stack)
        // costs that file, not the run.
        if (!(e instanceof RangeError))
            throw e;
        const at = { file: file.path, line: 1, column: 1 };
        return {
            file,
            items: [],
            diagnostics: [diagnostic(RULES.registryParse, at, `cannot parse: ${e.message}`)]
        };
    }
}
const byPath = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
/**
 * Claims and diagnostics of files read, in order: the first definition of an ID wins, a later one
 * is `registry/duplicate-id`. An indexed claim is parsed when `wanted` holds its ID; otherwise only
 * its place is kept (in `index`, with every first definition, parsed or not).
 */
function collect(reads, ids, wanted) {
    const claims = [];
    const diagnostics = [];
    const index = [];
    const byId = new Map();
    /** Records a definition; false when the ID was defined before (reported here). */
    const first = (at) => {
        const before = byId.get(at.id);
        if (before) {
            diagnostics.push(diagnostic(RULES.registryDuplicateId, at, `${at.id} is defined twice: ${before.file}:${before.line} and ${at.file}:${at.line} (the first is used)`, at.id));
            return false;
        }
        byId.set(at.id, at);
        index.push(at);
        return true;
    };
    for (const read of reads) {
        append(diagnostics, read.diagnostics);
        const category = categoryOf(read.file.path);
        const parsed = (raw, report) => {
            const { claim, diagnostics: found } = toClaim(raw, { category, ids, report });
            append(diagnostics, found);
            const at = { id: claim.id, file: claim.file, line: claim.line, column: claim.column };
            if (first(at))
                claims.push(claim);
        };
        for (const item of read.items) {
            if ('raw' in item)
                parsed(item.raw, item.report);
            else if (wanted?.has(item.indexed.id)) {
                try {
                    for (const raw of readIndexedClaim(read.file.path, item.indexed, ids))
                        parsed(raw, true);
                }
                catch (e) {
                    if (!(e instanceof RangeError))
                        throw e;
                    const at = { file: read.file.path, line: item.indexed.line, column: 1 };
                    diagnostics.push(diagnostic(RULES.registryParse, at, `cannot parse: ${e.message}`));
                }
            }
            else
                first({ id: item.indexed.id, file: read.file.path, line: item.indexed.line, column: 1 });
        }
    }
    return { claims, diagnostics, index };
}
function parseRegistry(files, opts) {
    const ids = idMatcher(opts.claimId);
    const sorted = files.filter((f) => isRegistryFile(f.path)).sort(byPath);
    const reads = opts.reads;
    const { claims, diagnostics } = collect(sorted.map((f) => (reads ? reads(f, () => readFile(f, ids, false)) : readFile(f, ids, false))), ids);
    return { claims, files: sorted.map((f) => f.path), diagnostics };
}
/**
 * Indexes a registry without parsing its Markdown claim entries (see `indexMarkdownEntries`):
 * `claims` lists every claim `parseRegistry` would find, at the same places and in the same
 * order. A pull request run plans from it and then reads only what it needs (`partialRegistry`).
 */
function scanRegistry(files, opts) {
    const ids = idMatcher(opts.claimId);
    const reads = files
        .filter((f) => isRegistryFile(f.path))
        .sort(byPath)
        .map((f) => readFile(f, ids, true));
    return { claims: collect(reads, ids).index, reads, ids };
}
/**
 * Part of a registry, for a pull request run: the files in `files` (the ones the PR changes) are
 * read whole, as `parseRegistry` reads them; of every other Markdown file only the claims in `ids`
 * are parsed (and whatever the line index could not settle without parsing). The result's
 * `index` lists every claim of the registry; `claims` holds the parsed ones, in registry order;
 * `diagnostics` are those of the files read whole, of the claims parsed, and every duplicate ID.
 * For any claim it parsed, the result says what `parseRegistry` says.
 */
function partialRegistry(scan, only) {
    const reads = scan.reads.map((r) => only.files.has(r.file.path) && r.items.some((i) => 'indexed' in i)
        ? readFile(r.file, scan.ids, false)
        : r);
    const { claims, diagnostics, index } = collect(reads, scan.ids, only.ids);
    return { claims, files: reads.map((r) => r.file.path), diagnostics, index };
}

var I = "l";
var m = "rn";
var require$$0 = {
	"0": "O",
	"1": "l",
	"֭": "֖",
	"֮": "֘",
	"֨": "֙",
	"֤": "֚",
	"᪴": "ۛ",
	"⃛": "ۛ",
	"ؙ": "̓",
	"ࣳ": "̓",
	"̓": "̓",
	"̕": "̓",
	"ُ": "̓",
	"ٝ": "̔",
	"֜": "́",
	"֝": "́",
	"ؘ": "́",
	"݇": "́",
	"́": "́",
	"॔": "́",
	"َ": "́",
	"̀": "̀",
	"॓": "̀",
	"̌": "̆",
	"꙼": "̆",
	"٘": "̆",
	"ٚ": "̆",
	"ͮ": "̆",
	"ۨ": "̆̇",
	"̐": "̆̇",
	"ँ": "̆̇",
	"ঁ": "̆̇",
	"ઁ": "̆̇",
	"ଁ": "̆̇",
	"ఀ": "̆̇",
	"ಁ": "̆̇",
	"ഁ": "̆̇",
	"𑒿": "̆̇",
	"᳐": "̂",
	"̑": "̂",
	"ٛ": "̂",
	"߮": "̂",
	"꛰": "̂",
	"֯": "̊",
	"۟": "̊",
	"៓": "̊",
	"゚": "̊",
	"ْ": "̊",
	"ஂ": "̊",
	"ံ": "̊",
	"ំ": "̊",
	"𑌀": "̊",
	"ํ": "̊",
	"ໍ": "̊",
	"ͦ": "̊",
	"ⷪ": "̊",
	"࣫": "̈",
	"߳": "̈",
	"ً": "̋",
	"ࣰ": "̋",
	"͂": "̃",
	"ٓ": "̃",
	"ׄ": "̇",
	"۬": "̇",
	"݀": "̇",
	"࣪": "̇",
	"݁": "̇",
	"͘": "̇",
	"ֹ": "̇",
	"ֺ": "̇",
	"ׂ": "̇",
	"ׁ": "̇",
	"߭": "̇",
	"ं": "̇",
	"ਂ": "̇",
	"ં": "̇",
	"்": "̇",
	"̷": "̸",
	"᪷": "̨",
	"̢": "̨",
	"ͅ": "̨",
	"᳒": "̄",
	"̅": "̄",
	"ٙ": "̄",
	"߫": "̄",
	"꛱": "̄",
	"᳚": "̎",
	"ٗ": "̒",
	"͗": "͐",
	"ࣿ": "͐",
	"ࣸ": "͐",
	"ऀ": "͒",
	"᳭": "̖",
	"᳜": "̩",
	"ٖ": "̩",
	"᳕": "̫",
	"͇": "̳",
	"ࣹ": "͔",
	"ࣺ": "͕",
	"゛": "ﾞ",
	"゜": "ﾟ",
	"̶": "̵",
	"〬": "̉",
	"ׅ": "̣",
	"࣭": "̣",
	"᳝": "̣",
	"ִ": "̣",
	"ٜ": "̣",
	"़": "̣",
	"়": "̣",
	"਼": "̣",
	"઼": "̣",
	"଼": "̣",
	"𑇊": "̣",
	"𑓃": "̣",
	"𐨺": "̣",
	"࣮": "̤",
	"᳞": "̤",
	"༷": "̥",
	"〭": "̥",
	"̧": "̦",
	"̡": "̦",
	"̹": "̦",
	"᳙": "̭",
	"᳘": "̮",
	"॒": "̱",
	"̠": "̱",
	"ࣱ": "ٌ",
	"ࣨ": "ٌ",
	"ࣥ": "ٌ",
	"ﱞ": "ﹲّ",
	"ࣲ": "ٍ",
	"ﱟ": "ﹴّ",
	"ﳲ": "ﹷّ",
	"ﱠ": "ﹶّ",
	"ﳳ": "ﹹّ",
	"ﱡ": "ﹸّ",
	"ؚ": "ِ",
	"̗": "ِ",
	"ﳴ": "ﹻّ",
	"ﱢ": "ﹺّ",
	"ﱣ": "ﹼٰ",
	"ٟ": "ٕ",
	"̍": "ٰ",
	"݂": "ܼ",
	"ਃ": "ঃ",
	"ః": "ঃ",
	"ಃ": "ঃ",
	"ഃ": "ঃ",
	"ඃ": "ঃ",
	"း": "ঃ",
	"𑓁": "ঃ",
	"់": "่",
	"່": "่",
	"້": "้",
	"໊": "๊",
	"໋": "๋",
	"꙯": "⃩",
	"\u2028": " ",
	"\u2029": " ",
	" ": " ",
	" ": " ",
	" ": " ",
	" ": " ",
	" ": " ",
	" ": " ",
	" ": " ",
	" ": " ",
	" ": " ",
	" ": " ",
	" ": " ",
	" ": " ",
	" ": " ",
	" ": " ",
	" ": " ",
	"ߺ": "_",
	"﹍": "_",
	"﹎": "_",
	"﹏": "_",
	"‐": "-",
	"‑": "-",
	"‒": "-",
	"–": "-",
	"﹘": "-",
	"۔": "-",
	"⁃": "-",
	"˗": "-",
	"−": "-",
	"➖": "-",
	"Ⲻ": "-",
	"⨩": "-̓",
	"⸚": "-̈",
	"﬩": "-̇",
	"∸": "-̇",
	"⨪": "-̣",
	"꓾": "-.",
	"～": "〜",
	"؍": ",",
	"٫": ",",
	"‚": ",",
	"¸": ",",
	"ꓹ": ",",
	"⸲": "،",
	"٬": "،",
	";": ";",
	"⸵": "؛",
	"ः": ":",
	"ઃ": ":",
	"：": ":",
	"։": ":",
	"܃": ":",
	"܄": ":",
	"᛬": ":",
	"︰": ":",
	"᠃": ":",
	"᠉": ":",
	"⁚": ":",
	"׃": ":",
	"˸": ":",
	"꞉": ":",
	"∶": ":",
	"ː": ":",
	"ꓽ": ":",
	"⩴": "::=",
	"⧴": ":→",
	"！": "!",
	"ǃ": "!",
	"ⵑ": "!",
	"‼": "!!",
	"⁉": "!?",
	"ʔ": "?",
	"Ɂ": "?",
	"ॽ": "?",
	"Ꭾ": "?",
	"ꛫ": "?",
	"⁈": "?!",
	"⁇": "??",
	"⸮": "؟",
	"𝅭": ".",
	"․": ".",
	"܁": ".",
	"܂": ".",
	"꘎": ".",
	"𐩐": ".",
	"٠": ".",
	"۰": ".",
	"ꓸ": ".",
	"ꓻ": ".,",
	"‥": "..",
	"ꓺ": "..",
	"…": "...",
	"꛴": "꛳꛳",
	"・": "·",
	"･": "·",
	"᛫": "·",
	"·": "·",
	"⸱": "·",
	"𐄁": "·",
	"•": "·",
	"‧": "·",
	"∙": "·",
	"⋅": "·",
	"ꞏ": "·",
	"ᐧ": "·",
	"⋯": "···",
	"ⵈ": "···",
	"ᑄ": "·<",
	"⋗": "·>",
	"ᐷ": "·>",
	"ᑀ": "·>",
	"ᔯ": "·4",
	"ᑾ": "·b",
	"ᒀ": "·ḃ",
	"ᑺ": "·d",
	"ᒘ": "·J",
	"ᒶ": "·L",
	"ᑶ": "·P",
	"ᑗ": "·U",
	"ᐺ": "·V",
	"ᐼ": "·Ʌ",
	"ᒮ": "·Γ",
	"ᐎ": "·Δ",
	"ᑙ": "·Ո",
	"ᐌ": "·ᐁ",
	"ᐐ": "·ᐄ",
	"ᐒ": "·ᐅ",
	"ᐔ": "·ᐆ",
	"ᐗ": "·ᐊ",
	"ᐙ": "·ᐋ",
	"ᐾ": "·ᐲ",
	"ᑂ": "·ᐴ",
	"ᑆ": "·ᐹ",
	"ᑛ": "·ᑏ",
	"ᑔ": "·ᑐ",
	"ᑝ": "·ᑐ",
	"ᑟ": "·ᑑ",
	"ᑡ": "·ᑕ",
	"ᑣ": "·ᑖ",
	"ᑴ": "·ᑫ",
	"ᑸ": "·ᑮ",
	"ᑼ": "·ᑰ",
	"ᒒ": "·ᒉ",
	"ᒔ": "·ᒋ",
	"ᒖ": "·ᒌ",
	"ᒚ": "·ᒎ",
	"ᒜ": "·ᒐ",
	"ᒞ": "·ᒑ",
	"ᒬ": "·ᒣ",
	"ᒰ": "·ᒦ",
	"ᒲ": "·ᒧ",
	"ᒴ": "·ᒨ",
	"ᒸ": "·ᒫ",
	"ᓉ": "·ᓀ",
	"ᣆ": "·ᓂ",
	"ᣈ": "·ᓃ",
	"ᣊ": "·ᓄ",
	"ᣌ": "·ᓅ",
	"ᓋ": "·ᓇ",
	"ᓍ": "·ᓈ",
	"ᓜ": "·ᓓ",
	"ᓞ": "·ᓕ",
	"ᓠ": "·ᓖ",
	"ᓢ": "·ᓗ",
	"ᓤ": "·ᓘ",
	"ᓦ": "·ᓚ",
	"ᓨ": "·ᓛ",
	"ᓶ": "·ᓭ",
	"ᓸ": "·ᓯ",
	"ᓺ": "·ᓰ",
	"ᓼ": "·ᓱ",
	"ᓾ": "·ᓲ",
	"ᔀ": "·ᓴ",
	"ᔂ": "·ᓵ",
	"ᔗ": "·ᔐ",
	"ᔙ": "·ᔑ",
	"ᔛ": "·ᔒ",
	"ᔝ": "·ᔓ",
	"ᔟ": "·ᔔ",
	"ᔡ": "·ᔕ",
	"ᔣ": "·ᔖ",
	"ᔱ": "·ᔨ",
	"ᔳ": "·ᔩ",
	"ᔵ": "·ᔪ",
	"ᔷ": "·ᔫ",
	"ᔹ": "·ᔭ",
	"ᔻ": "·ᔮ",
	"ᣎ": "·ᕃ",
	"ᣏ": "·ᕆ",
	"ᣐ": "·ᕇ",
	"ᣑ": "·ᕈ",
	"ᣒ": "·ᕉ",
	"ᣓ": "·ᕋ",
	"ᕎ": "·ᕌ",
	"ᕛ": "·ᕚ",
	"ᕨ": "·ᕧ",
	"ᢳ": "·ᢱ",
	"ᢶ": "·ᢴ",
	"ᢹ": "·ᢸ",
	"ᣂ": "·ᣀ",
	"꠰": "।",
	"॥": "।।",
	"᰼": "᰻᰻",
	"။": "၊၊",
	"᪩": "᪨᪨",
	"᪫": "᪪᪨",
	"᭟": "᭞᭞",
	"𐩗": "𐩖𐩖",
	"𑑌": "𑑋𑑋",
	"𑙂": "𑙁𑙁",
	"𑱂": "𑱁𑱁",
	"᱿": "᱾᱾",
	"՝": "'",
	"＇": "'",
	"‘": "'",
	"’": "'",
	"‛": "'",
	"′": "'",
	"‵": "'",
	"՚": "'",
	"׳": "'",
	"`": "'",
	"`": "'",
	"｀": "'",
	"´": "'",
	"΄": "'",
	"´": "'",
	"᾽": "'",
	"᾿": "'",
	"῾": "'",
	"ʹ": "'",
	"ʹ": "'",
	"ˈ": "'",
	"ˊ": "'",
	"ˋ": "'",
	"˴": "'",
	"ʻ": "'",
	"ʽ": "'",
	"ʼ": "'",
	"ʾ": "'",
	"ꞌ": "'",
	"י": "'",
	"ߴ": "'",
	"ߵ": "'",
	"ᑊ": "'",
	"ᛌ": "'",
	"𖽑": "'",
	"𖽒": "'",
	"᳓": "''",
	"\"": "''",
	"＂": "''",
	"“": "''",
	"”": "''",
	"‟": "''",
	"″": "''",
	"‶": "''",
	"〃": "''",
	"״": "''",
	"˝": "''",
	"ʺ": "''",
	"˶": "''",
	"ˮ": "''",
	"ײ": "''",
	"‴": "'''",
	"‷": "'''",
	"⁗": "''''",
	"Ɓ": "'B",
	"Ɗ": "'D",
	"ŉ": "'n",
	"Ƥ": "'P",
	"Ƭ": "'T",
	"Ƴ": "'Y",
	"［": "(",
	"❨": "(",
	"❲": "(",
	"〔": "(",
	"﴾": "(",
	"⸨": "((",
	"㈠": "(ー)",
	"⑵": "(2)",
	"⒇": "(2O)",
	"⑶": "(3)",
	"⑷": "(4)",
	"⑸": "(5)",
	"⑹": "(6)",
	"⑺": "(7)",
	"⑻": "(8)",
	"⑼": "(9)",
	"⒜": "(a)",
	"🄐": "(A)",
	"⒝": "(b)",
	"🄑": "(B)",
	"⒞": "(c)",
	"🄒": "(C)",
	"⒟": "(d)",
	"🄓": "(D)",
	"⒠": "(e)",
	"🄔": "(E)",
	"⒡": "(f)",
	"🄕": "(F)",
	"⒢": "(g)",
	"🄖": "(G)",
	"⒣": "(h)",
	"🄗": "(H)",
	"⒤": "(i)",
	"⒥": "(j)",
	"🄙": "(J)",
	"⒦": "(k)",
	"🄚": "(K)",
	"⑴": "(l)",
	"🄘": "(l)",
	"⒧": "(l)",
	"🄛": "(L)",
	"⑿": "(l2)",
	"⒀": "(l3)",
	"⒁": "(l4)",
	"⒂": "(l5)",
	"⒃": "(l6)",
	"⒄": "(l7)",
	"⒅": "(l8)",
	"⒆": "(l9)",
	"⑾": "(ll)",
	"⑽": "(lO)",
	"🄜": "(M)",
	"⒩": "(n)",
	"🄝": "(N)",
	"⒪": "(o)",
	"🄞": "(O)",
	"⒫": "(p)",
	"🄟": "(P)",
	"⒬": "(q)",
	"🄠": "(Q)",
	"⒭": "(r)",
	"🄡": "(R)",
	"⒨": "(rn)",
	"⒮": "(s)",
	"🄢": "(S)",
	"🄪": "(S)",
	"⒯": "(t)",
	"🄣": "(T)",
	"⒰": "(u)",
	"🄤": "(U)",
	"⒱": "(v)",
	"🄥": "(V)",
	"⒲": "(w)",
	"🄦": "(W)",
	"⒳": "(x)",
	"🄧": "(X)",
	"⒴": "(y)",
	"🄨": "(Y)",
	"⒵": "(z)",
	"🄩": "(Z)",
	"㈀": "(ᄀ)",
	"㈎": "(가)",
	"㈁": "(ᄂ)",
	"㈏": "(나)",
	"㈂": "(ᄃ)",
	"㈐": "(다)",
	"㈃": "(ᄅ)",
	"㈑": "(라)",
	"㈄": "(ᄆ)",
	"㈒": "(마)",
	"㈅": "(ᄇ)",
	"㈓": "(바)",
	"㈆": "(ᄉ)",
	"㈔": "(사)",
	"㈇": "(ᄋ)",
	"㈕": "(아)",
	"㈝": "(오전)",
	"㈞": "(오후)",
	"㈈": "(ᄌ)",
	"㈖": "(자)",
	"㈜": "(주)",
	"㈉": "(ᄎ)",
	"㈗": "(차)",
	"㈊": "(ᄏ)",
	"㈘": "(카)",
	"㈋": "(ᄐ)",
	"㈙": "(타)",
	"㈌": "(ᄑ)",
	"㈚": "(파)",
	"㈍": "(ᄒ)",
	"㈛": "(하)",
	"㈦": "(七)",
	"㈢": "(三)",
	"🉁": "(三)",
	"㈨": "(九)",
	"㈡": "(二)",
	"🉂": "(二)",
	"㈤": "(五)",
	"㈹": "(代)",
	"㈽": "(企)",
	"㉁": "(休)",
	"㈧": "(八)",
	"㈥": "(六)",
	"㈸": "(労)",
	"🉇": "(勝)",
	"㈩": "(十)",
	"㈿": "(協)",
	"㈴": "(名)",
	"㈺": "(呼)",
	"㈣": "(四)",
	"㈯": "(土)",
	"㈻": "(学)",
	"🉃": "(安)",
	"🉅": "(打)",
	"🉈": "(敗)",
	"㈰": "(日)",
	"㈪": "(月)",
	"㈲": "(有)",
	"㈭": "(木)",
	"🉀": "(本)",
	"㈱": "(株)",
	"㈬": "(水)",
	"㈫": "(火)",
	"🉄": "(点)",
	"㈵": "(特)",
	"🉆": "(盗)",
	"㈼": "(監)",
	"㈳": "(社)",
	"㈷": "(祝)",
	"㉀": "(祭)",
	"㉂": "(自)",
	"㉃": "(至)",
	"㈶": "(財)",
	"㈾": "(資)",
	"㈮": "(金)",
	"］": ")",
	"❩": ")",
	"❳": ")",
	"〕": ")",
	"﴿": ")",
	"⸩": "))",
	"❴": "{",
	"𝄔": "{",
	"❵": "}",
	"〚": "⟦",
	"〛": "⟧",
	"⟨": "❬",
	"〈": "❬",
	"〈": "❬",
	"㇛": "❬",
	"く": "❬",
	"𡿨": "❬",
	"⟩": "❭",
	"〉": "❭",
	"〉": "❭",
	"＾": "︿",
	"⸿": "¶",
	"⁎": "*",
	"٭": "*",
	"∗": "*",
	"𐌟": "*",
	"᜵": "/",
	"⁁": "/",
	"∕": "/",
	"⁄": "/",
	"╱": "/",
	"⟋": "/",
	"⧸": "/",
	"𝈺": "/",
	"㇓": "/",
	"〳": "/",
	"Ⳇ": "/",
	"ノ": "/",
	"丿": "/",
	"⼃": "/",
	"⧶": "/̄",
	"⫽": "//",
	"⫻": "///",
	"＼": "\\",
	"﹨": "\\",
	"∖": "\\",
	"⟍": "\\",
	"⧵": "\\",
	"⧹": "\\",
	"𝈏": "\\",
	"𝈻": "\\",
	"㇔": "\\",
	"丶": "\\",
	"⼂": "\\",
	"⳹": "\\\\",
	"⑊": "\\\\",
	"⟈": "\\ᑕ",
	"ꝸ": "&",
	"૰": "॰",
	"𑂻": "॰",
	"𑇇": "॰",
	"⚬": "॰",
	"𑇛": "꣼",
	"៙": "๏",
	"៕": "๚",
	"៚": "๛",
	"༌": "་",
	"༎": "།།",
	"˄": "^",
	"ˆ": "^",
	"꙾": "ˇ",
	"˘": "ˇ",
	"‾": "ˉ",
	"﹉": "ˉ",
	"﹊": "ˉ",
	"﹋": "ˉ",
	"﹌": "ˉ",
	"¯": "ˉ",
	"￣": "ˉ",
	"▔": "ˉ",
	"ъ": "ˉb",
	"ꙑ": "ˉbi",
	"͵": "ˏ",
	"˻": "˪",
	"꜖": "˪",
	"꜔": "˫",
	"。": "˳",
	"⸰": "°",
	"˚": "°",
	"∘": "°",
	"○": "°",
	"◦": "°",
	"⍜": "°̲",
	"⍤": "°̈",
	"℃": "°C",
	"℉": "°F",
	"௵": "௳",
	"༛": "༚༚",
	"༟": "༚༝",
	"࿎": "༝༚",
	"༞": "༝༝",
	"Ⓒ": "©",
	"Ⓡ": "®",
	"Ⓟ": "℗",
	"𝈛": "⅄",
	"⯬": "↞",
	"⯭": "↟",
	"⯮": "↠",
	"⯯": "↡",
	"↵": "↲",
	"⥥": "⇃⇂",
	"⥯": "⇃ᛚ",
	"𝛛": "∂",
	"𝜕": "∂",
	"𝝏": "∂",
	"𝞉": "∂",
	"𝟃": "∂",
	"𞣌": "∂",
	"𞣍": "∂̵",
	"ð": "∂̵",
	"⌀": "∅",
	"𝛁": "∇",
	"𝛻": "∇",
	"𝜵": "∇",
	"𝝯": "∇",
	"𝞩": "∇",
	"𑢨": "∇",
	"⍢": "∇̈",
	"⍫": "∇̴",
	"█": "∎",
	"■": "∎",
	"⨿": "∐",
	"᛭": "+",
	"➕": "+",
	"𐊛": "+",
	"⨣": "+̂",
	"⨢": "+̊",
	"⨤": "+̃",
	"∔": "+̇",
	"⨥": "+̣",
	"⨦": "+̰",
	"⨧": "+₂",
	"➗": "÷",
	"‹": "<",
	"❮": "<",
	"˂": "<",
	"𝈶": "<",
	"ᐸ": "<",
	"ᚲ": "<",
	"⋖": "<·",
	"Ⲵ": "<·",
	"ᑅ": "<·",
	"≪": "<<",
	"⋘": "<<<",
	"᐀": "=",
	"⹀": "=",
	"゠": "=",
	"꓿": "=",
	"≚": "=̆",
	"≙": "=̂",
	"≗": "=̊",
	"≐": "=̇",
	"≑": "=̣̇",
	"⩮": "=⃰",
	"⩵": "==",
	"⩶": "===",
	"≞": "=ͫ",
	"›": ">",
	"❯": ">",
	"˃": ">",
	"𝈷": ">",
	"ᐳ": ">",
	"𖼿": ">",
	"ᑁ": ">·",
	"⪥": "><",
	"≫": ">>",
	"⨠": ">>",
	"⋙": ">>>",
	"⁓": "~",
	"˜": "~",
	"῀": "~",
	"∼": "~",
	"⍨": "~̈",
	"⸞": "~̇",
	"⩪": "~̇",
	"⸟": "~̣",
	"𞣈": "∠",
	"⋀": "∧",
	"∯": "∮∮",
	"∰": "∮∮∮",
	"⸫": "∴",
	"⸪": "∵",
	"⸬": "∷",
	"𑇞": "≈",
	"♎": "≏",
	"🝞": "≏",
	"≣": "≡",
	"⨃": "⊍",
	"⨄": "⊎",
	"𝈸": "⊏",
	"𝈹": "⊐",
	"⨅": "⊓",
	"⨆": "⊔",
	"⨂": "⊗",
	"⍟": "⊛",
	"🝱": "⊠",
	"🝕": "⊡",
	"◁": "⊲",
	"▷": "⊳",
	"⍣": "⋆̈",
	"︴": "⌇",
	"◠": "⌒",
	"⨽": "⌙",
	"⌥": "⌤",
	"⧇": "⌻",
	"◎": "⌾",
	"⦾": "⌾",
	"⧅": "⍂",
	"⦰": "⍉",
	"⏃": "⍋",
	"⏂": "⍎",
	"⏁": "⍕",
	"⏆": "⍭",
	"☸": "⎈",
	"︵": "⏜",
	"︶": "⏝",
	"︷": "⏞",
	"︸": "⏟",
	"︹": "⏠",
	"︺": "⏡",
	"▱": "⏥",
	"⏼": "⏻",
	"︱": "│",
	"｜": "│",
	"┃": "│",
	"┏": "┌",
	"┣": "├",
	"▐": "▌",
	"▗": "▖",
	"▝": "▘",
	"☐": "□",
	"￭": "▪",
	"▸": "▶",
	"►": "▶",
	"⳩": "☧",
	"🜊": "☩",
	"🌒": "☽",
	"🌙": "☽",
	"⏾": "☾",
	"🌘": "☾",
	"⧙": "⦚",
	"🜺": "⧟",
	"⨾": "⨟",
	"𐆠": "⳨",
	"♩": "𝅘𝅥",
	"♪": "𝅘𝅥𝅮",
	"⓪": "🄍",
	"↺": "🄎",
	"˙": "ॱ",
	"ൎ": "ॱ",
	"－": "ー",
	"—": "ー",
	"―": "ー",
	"─": "ー",
	"━": "ー",
	"㇐": "ー",
	"ꟷ": "ー",
	"ᅳ": "ー",
	"ㅡ": "ー",
	"一": "ー",
	"⼀": "ー",
	"ᆖ": "ーー",
	"ힹ": "ーᅡ",
	"ힺ": "ーᅥ",
	"ힻ": "ーᅥ丨",
	"ힼ": "ーᅩ",
	"ᆕ": "ーᅮ",
	"ᅴ": "ー丨",
	"ㅢ": "ー丨",
	"ᆗ": "ー丨ᅮ",
	"🄏": "$⃠",
	"₤": "£",
	"〒": "₸",
	"〶": "₸",
	"᭜": "᭐",
	"꧆": "꧐",
	"𑓑": "১",
	"೧": "౧",
	"ၥ": "၁",
	"①": "➀",
	"⑩": "➉",
	"⏨": "₁₀",
	"𝟐": "2",
	"𝟚": "2",
	"𝟤": "2",
	"𝟮": "2",
	"𝟸": "2",
	"🯲": "2",
	"Ꝛ": "2",
	"Ƨ": "2",
	"Ϩ": "2",
	"Ꙅ": "2",
	"ᒿ": "2",
	"ꛯ": "2",
	"ꧏ": "٢",
	"۲": "٢",
	"૨": "२",
	"𑓒": "২",
	"೨": "౨",
	"②": "➁",
	"ƻ": "2̵",
	"🄃": "2,",
	"⒉": "2.",
	"㏵": "22日",
	"㍮": "22点",
	"㏶": "23日",
	"㍯": "23点",
	"㏷": "24日",
	"㍰": "24点",
	"㏸": "25日",
	"㏹": "26日",
	"㏺": "27日",
	"㏻": "28日",
	"㏼": "29日",
	"㏴": "2l日",
	"㍭": "2l点",
	"⒛": "2O.",
	"㏳": "2O日",
	"㍬": "2O点",
	"෩": "෨ා",
	"෯": "෨ී",
	"㏡": "2日",
	"㋁": "2月",
	"㍚": "2点",
	"𝈆": "3",
	"𝟑": "3",
	"𝟛": "3",
	"𝟥": "3",
	"𝟯": "3",
	"𝟹": "3",
	"🯳": "3",
	"Ɜ": "3",
	"Ȝ": "3",
	"Ʒ": "3",
	"Ꝫ": "3",
	"Ⳍ": "3",
	"З": "3",
	"Ӡ": "3",
	"𖼻": "3",
	"𑣊": "3",
	"۳": "٣",
	"𞣉": "٣",
	"૩": "३",
	"③": "➂",
	"Ҙ": "3̦",
	"🄄": "3,",
	"⒊": "3.",
	"㏾": "3l日",
	"㏽": "3O日",
	"㏢": "3日",
	"㋂": "3月",
	"㍛": "3点",
	"𝟒": "4",
	"𝟜": "4",
	"𝟦": "4",
	"𝟰": "4",
	"𝟺": "4",
	"🯴": "4",
	"Ꮞ": "4",
	"𑢯": "4",
	"۴": "٤",
	"૪": "४",
	"④": "➃",
	"🄅": "4,",
	"⒋": "4.",
	"ᔰ": "4·",
	"㏣": "4日",
	"㋃": "4月",
	"㍜": "4点",
	"𝟓": "5",
	"𝟝": "5",
	"𝟧": "5",
	"𝟱": "5",
	"𝟻": "5",
	"🯵": "5",
	"Ƽ": "5",
	"𑢻": "5",
	"⑤": "➄",
	"🄆": "5,",
	"⒌": "5.",
	"㏤": "5日",
	"㋄": "5月",
	"㍝": "5点",
	"𝟔": "6",
	"𝟞": "6",
	"𝟨": "6",
	"𝟲": "6",
	"𝟼": "6",
	"🯶": "6",
	"Ⳓ": "6",
	"б": "6",
	"Ꮾ": "6",
	"𑣕": "6",
	"۶": "٦",
	"𑓖": "৬",
	"⑥": "➅",
	"🄇": "6,",
	"⒍": "6.",
	"㏥": "6日",
	"㋅": "6月",
	"㍞": "6点",
	"𝈒": "7",
	"𝟕": "7",
	"𝟟": "7",
	"𝟩": "7",
	"𝟳": "7",
	"𝟽": "7",
	"🯷": "7",
	"𐓒": "7",
	"𑣆": "7",
	"⑦": "➆",
	"🄈": "7,",
	"⒎": "7.",
	"㏦": "7日",
	"㋆": "7月",
	"㍟": "7点",
	"ଃ": "8",
	"৪": "8",
	"੪": "8",
	"𞣋": "8",
	"𝟖": "8",
	"𝟠": "8",
	"𝟪": "8",
	"𝟴": "8",
	"𝟾": "8",
	"🯸": "8",
	"ȣ": "8",
	"Ȣ": "8",
	"𐌚": "8",
	"૮": "८",
	"⑧": "➇",
	"🄉": "8,",
	"⒏": "8.",
	"㏧": "8日",
	"㋇": "8月",
	"㍠": "8点",
	"੧": "9",
	"୨": "9",
	"৭": "9",
	"൭": "9",
	"𝟗": "9",
	"𝟡": "9",
	"𝟫": "9",
	"𝟵": "9",
	"𝟿": "9",
	"🯹": "9",
	"Ꝯ": "9",
	"Ⳋ": "9",
	"𑣌": "9",
	"𑢬": "9",
	"𑣖": "9",
	"१": "٩",
	"𑣤": "٩",
	"۹": "٩",
	"೯": "౯",
	"⑨": "➈",
	"🄊": "9,",
	"⒐": "9.",
	"㏨": "9日",
	"㋈": "9月",
	"㍡": "9点",
	"⍺": "a",
	"ａ": "a",
	"𝐚": "a",
	"𝑎": "a",
	"𝒂": "a",
	"𝒶": "a",
	"𝓪": "a",
	"𝔞": "a",
	"𝕒": "a",
	"𝖆": "a",
	"𝖺": "a",
	"𝗮": "a",
	"𝘢": "a",
	"𝙖": "a",
	"𝚊": "a",
	"ɑ": "a",
	"α": "a",
	"𝛂": "a",
	"𝛼": "a",
	"𝜶": "a",
	"𝝰": "a",
	"𝞪": "a",
	"а": "a",
	"ⷶ": "ͣ",
	"Ａ": "A",
	"𝐀": "A",
	"𝐴": "A",
	"𝑨": "A",
	"𝒜": "A",
	"𝓐": "A",
	"𝔄": "A",
	"𝔸": "A",
	"𝕬": "A",
	"𝖠": "A",
	"𝗔": "A",
	"𝘈": "A",
	"𝘼": "A",
	"𝙰": "A",
	"Α": "A",
	"𝚨": "A",
	"𝛢": "A",
	"𝜜": "A",
	"𝝖": "A",
	"𝞐": "A",
	"А": "A",
	"Ꭺ": "A",
	"ᗅ": "A",
	"ꓮ": "A",
	"𖽀": "A",
	"𐊠": "A",
	"⍶": "a̲",
	"ǎ": "ă",
	"Ǎ": "Ă",
	"ȧ": "å",
	"Ȧ": "Å",
	"ẚ": "ả",
	"℀": "a/c",
	"℁": "a/s",
	"ꜳ": "aa",
	"Ꜳ": "AA",
	"æ": "ae",
	"ӕ": "ae",
	"Æ": "AE",
	"Ӕ": "AE",
	"ꜵ": "ao",
	"Ꜵ": "AO",
	"🜇": "AR",
	"ꜷ": "au",
	"Ꜷ": "AU",
	"ꜹ": "av",
	"ꜻ": "av",
	"Ꜹ": "AV",
	"Ꜻ": "AV",
	"ꜽ": "ay",
	"Ꜽ": "AY",
	"ꭺ": "ᴀ",
	"∀": "Ɐ",
	"𝈗": "Ɐ",
	"ᗄ": "Ɐ",
	"ꓯ": "Ɐ",
	"𐐟": "Ɒ",
	"𝐛": "b",
	"𝑏": "b",
	"𝒃": "b",
	"𝒷": "b",
	"𝓫": "b",
	"𝔟": "b",
	"𝕓": "b",
	"𝖇": "b",
	"𝖻": "b",
	"𝗯": "b",
	"𝘣": "b",
	"𝙗": "b",
	"𝚋": "b",
	"Ƅ": "b",
	"Ь": "b",
	"Ꮟ": "b",
	"ᑲ": "b",
	"ᖯ": "b",
	"Ｂ": "B",
	"ℬ": "B",
	"𝐁": "B",
	"𝐵": "B",
	"𝑩": "B",
	"𝓑": "B",
	"𝔅": "B",
	"𝔹": "B",
	"𝕭": "B",
	"𝖡": "B",
	"𝗕": "B",
	"𝘉": "B",
	"𝘽": "B",
	"𝙱": "B",
	"Ꞵ": "B",
	"Β": "B",
	"𝚩": "B",
	"𝛣": "B",
	"𝜝": "B",
	"𝝗": "B",
	"𝞑": "B",
	"В": "B",
	"Ᏼ": "B",
	"ᗷ": "B",
	"ꓐ": "B",
	"𐊂": "B",
	"𐊡": "B",
	"𐌁": "B",
	"ɓ": "b̔",
	"ᑳ": "ḃ",
	"ƃ": "b̄",
	"Ƃ": "b̄",
	"Б": "b̄",
	"ƀ": "b̵",
	"ҍ": "b̵",
	"Ҍ": "b̵",
	"ѣ": "b̵",
	"Ѣ": "b̵",
	"ᑿ": "b·",
	"ᒁ": "ḃ·",
	"ᒈ": "b'",
	"Ы": "bl",
	"в": "ʙ",
	"ᏼ": "ʙ",
	"ｃ": "c",
	"ⅽ": "c",
	"𝐜": "c",
	"𝑐": "c",
	"𝒄": "c",
	"𝒸": "c",
	"𝓬": "c",
	"𝔠": "c",
	"𝕔": "c",
	"𝖈": "c",
	"𝖼": "c",
	"𝗰": "c",
	"𝘤": "c",
	"𝙘": "c",
	"𝚌": "c",
	"ᴄ": "c",
	"ϲ": "c",
	"ⲥ": "c",
	"с": "c",
	"ꮯ": "c",
	"𐐽": "c",
	"ⷭ": "ͨ",
	"🝌": "C",
	"𑣲": "C",
	"𑣩": "C",
	"Ｃ": "C",
	"Ⅽ": "C",
	"ℂ": "C",
	"ℭ": "C",
	"𝐂": "C",
	"𝐶": "C",
	"𝑪": "C",
	"𝒞": "C",
	"𝓒": "C",
	"𝕮": "C",
	"𝖢": "C",
	"𝗖": "C",
	"𝘊": "C",
	"𝘾": "C",
	"𝙲": "C",
	"Ϲ": "C",
	"Ⲥ": "C",
	"С": "C",
	"Ꮯ": "C",
	"ꓚ": "C",
	"𐊢": "C",
	"𐌂": "C",
	"𐐕": "C",
	"𐔜": "C",
	"¢": "c̸",
	"ȼ": "c̸",
	"₡": "C⃫",
	"🅮": "C⃠",
	"ç": "c̦",
	"ҫ": "c̦",
	"Ç": "C̦",
	"Ҫ": "C̦",
	"Ƈ": "C'",
	"℅": "c/o",
	"℆": "c/u",
	"🅭": "㏄\t⃝",
	"⋴": "ꞓ",
	"ɛ": "ꞓ",
	"ε": "ꞓ",
	"ϵ": "ꞓ",
	"𝛆": "ꞓ",
	"𝛜": "ꞓ",
	"𝜀": "ꞓ",
	"𝜖": "ꞓ",
	"𝜺": "ꞓ",
	"𝝐": "ꞓ",
	"𝝴": "ꞓ",
	"𝞊": "ꞓ",
	"𝞮": "ꞓ",
	"𝟄": "ꞓ",
	"ⲉ": "ꞓ",
	"є": "ꞓ",
	"ԑ": "ꞓ",
	"ꮛ": "ꞓ",
	"𑣎": "ꞓ",
	"𐐩": "ꞓ",
	"€": "Ꞓ",
	"Ⲉ": "Ꞓ",
	"Є": "Ꞓ",
	"⍷": "ꞓ̲",
	"ͽ": "ꜿ",
	"Ͽ": "Ꜿ",
	"ⅾ": "d",
	"ⅆ": "d",
	"𝐝": "d",
	"𝑑": "d",
	"𝒅": "d",
	"𝒹": "d",
	"𝓭": "d",
	"𝔡": "d",
	"𝕕": "d",
	"𝖉": "d",
	"𝖽": "d",
	"𝗱": "d",
	"𝘥": "d",
	"𝙙": "d",
	"𝚍": "d",
	"ԁ": "d",
	"Ꮷ": "d",
	"ᑯ": "d",
	"ꓒ": "d",
	"Ⅾ": "D",
	"ⅅ": "D",
	"𝐃": "D",
	"𝐷": "D",
	"𝑫": "D",
	"𝒟": "D",
	"𝓓": "D",
	"𝔇": "D",
	"𝔻": "D",
	"𝕯": "D",
	"𝖣": "D",
	"𝗗": "D",
	"𝘋": "D",
	"𝘿": "D",
	"𝙳": "D",
	"Ꭰ": "D",
	"ᗞ": "D",
	"ᗪ": "D",
	"ꓓ": "D",
	"ɗ": "d̔",
	"ɖ": "d̨",
	"ƌ": "d̄",
	"đ": "d̵",
	"Đ": "D̵",
	"Ð": "D̵",
	"Ɖ": "D̵",
	"₫": "ḏ̵",
	"ꝺ": "Ꝺ",
	"ᑻ": "d·",
	"ᒇ": "d'",
	"ʤ": "dȝ",
	"ǳ": "dz",
	"ʣ": "dz",
	"ǲ": "Dz",
	"Ǳ": "DZ",
	"ǆ": "dž",
	"ǅ": "Dž",
	"Ǆ": "DŽ",
	"ʥ": "dʑ",
	"ꭰ": "ᴅ",
	"⸹": "ẟ",
	"δ": "ẟ",
	"𝛅": "ẟ",
	"𝛿": "ẟ",
	"𝜹": "ẟ",
	"𝝳": "ẟ",
	"𝞭": "ẟ",
	"ծ": "ẟ",
	"ᕷ": "ẟ",
	"℮": "e",
	"ｅ": "e",
	"ℯ": "e",
	"ⅇ": "e",
	"𝐞": "e",
	"𝑒": "e",
	"𝒆": "e",
	"𝓮": "e",
	"𝔢": "e",
	"𝕖": "e",
	"𝖊": "e",
	"𝖾": "e",
	"𝗲": "e",
	"𝘦": "e",
	"𝙚": "e",
	"𝚎": "e",
	"ꬲ": "e",
	"е": "e",
	"ҽ": "e",
	"ⷷ": "ͤ",
	"⋿": "E",
	"Ｅ": "E",
	"ℰ": "E",
	"𝐄": "E",
	"𝐸": "E",
	"𝑬": "E",
	"𝓔": "E",
	"𝔈": "E",
	"𝔼": "E",
	"𝕰": "E",
	"𝖤": "E",
	"𝗘": "E",
	"𝘌": "E",
	"𝙀": "E",
	"𝙴": "E",
	"Ε": "E",
	"𝚬": "E",
	"𝛦": "E",
	"𝜠": "E",
	"𝝚": "E",
	"𝞔": "E",
	"Е": "E",
	"ⴹ": "E",
	"Ꭼ": "E",
	"ꓰ": "E",
	"𑢦": "E",
	"𑢮": "E",
	"𐊆": "E",
	"ě": "ĕ",
	"Ě": "Ĕ",
	"ɇ": "e̸",
	"Ɇ": "E̸",
	"ҿ": "ę",
	"ꭼ": "ᴇ",
	"ə": "ǝ",
	"ә": "ǝ",
	"∃": "Ǝ",
	"ⴺ": "Ǝ",
	"ꓱ": "Ǝ",
	"ɚ": "ǝ˞",
	"ᴔ": "ǝo",
	"ꭁ": "ǝo̸",
	"ꭂ": "ǝo̵",
	"Ә": "Ə",
	"𝈡": "Ɛ",
	"ℇ": "Ɛ",
	"Ԑ": "Ɛ",
	"Ꮛ": "Ɛ",
	"𖼭": "Ɛ",
	"𐐁": "Ɛ",
	"ᶟ": "ᵋ",
	"ᴈ": "ɜ",
	"з": "ɜ",
	"ҙ": "ɜ̦",
	"𐑂": "ɞ",
	"ꞝ": "ʚ",
	"𐐪": "ʚ",
	"𝐟": "f",
	"𝑓": "f",
	"𝒇": "f",
	"𝒻": "f",
	"𝓯": "f",
	"𝔣": "f",
	"𝕗": "f",
	"𝖋": "f",
	"𝖿": "f",
	"𝗳": "f",
	"𝘧": "f",
	"𝙛": "f",
	"𝚏": "f",
	"ꬵ": "f",
	"ꞙ": "f",
	"ſ": "f",
	"ẝ": "f",
	"ք": "f",
	"𝈓": "F",
	"ℱ": "F",
	"𝐅": "F",
	"𝐹": "F",
	"𝑭": "F",
	"𝓕": "F",
	"𝔉": "F",
	"𝔽": "F",
	"𝕱": "F",
	"𝖥": "F",
	"𝗙": "F",
	"𝘍": "F",
	"𝙁": "F",
	"𝙵": "F",
	"Ꞙ": "F",
	"Ϝ": "F",
	"𝟊": "F",
	"ᖴ": "F",
	"ꓝ": "F",
	"𑣂": "F",
	"𑢢": "F",
	"𐊇": "F",
	"𐊥": "F",
	"𐔥": "F",
	"ƒ": "f̦",
	"Ƒ": "F̦",
	"ᵮ": "f̴",
	"℻": "FAX",
	"ﬀ": "ff",
	"ﬃ": "ffi",
	"ﬄ": "ffl",
	"ﬁ": "fi",
	"ﬂ": "fl",
	"ʩ": "fŋ",
	"ᖵ": "Ⅎ",
	"ꓞ": "Ⅎ",
	"𝈰": "ꟻ",
	"ᖷ": "ꟻ",
	"ｇ": "g",
	"ℊ": "g",
	"𝐠": "g",
	"𝑔": "g",
	"𝒈": "g",
	"𝓰": "g",
	"𝔤": "g",
	"𝕘": "g",
	"𝖌": "g",
	"𝗀": "g",
	"𝗴": "g",
	"𝘨": "g",
	"𝙜": "g",
	"𝚐": "g",
	"ɡ": "g",
	"ᶃ": "g",
	"ƍ": "g",
	"ց": "g",
	"𝐆": "G",
	"𝐺": "G",
	"𝑮": "G",
	"𝒢": "G",
	"𝓖": "G",
	"𝔊": "G",
	"𝔾": "G",
	"𝕲": "G",
	"𝖦": "G",
	"𝗚": "G",
	"𝘎": "G",
	"𝙂": "G",
	"𝙶": "G",
	"Ԍ": "G",
	"Ꮐ": "G",
	"Ᏻ": "G",
	"ꓖ": "G",
	"ᶢ": "ᵍ",
	"ɠ": "g̔",
	"ǧ": "ğ",
	"Ǧ": "Ğ",
	"ǵ": "ģ",
	"ǥ": "g̵",
	"Ǥ": "G̵",
	"Ɠ": "G'",
	"ԍ": "ɢ",
	"ꮐ": "ɢ",
	"ᏻ": "ɢ",
	"ｈ": "h",
	"ℎ": "h",
	"𝐡": "h",
	"𝒉": "h",
	"𝒽": "h",
	"𝓱": "h",
	"𝔥": "h",
	"𝕙": "h",
	"𝖍": "h",
	"𝗁": "h",
	"𝗵": "h",
	"𝘩": "h",
	"𝙝": "h",
	"𝚑": "h",
	"һ": "h",
	"հ": "h",
	"Ꮒ": "h",
	"Ｈ": "H",
	"ℋ": "H",
	"ℌ": "H",
	"ℍ": "H",
	"𝐇": "H",
	"𝐻": "H",
	"𝑯": "H",
	"𝓗": "H",
	"𝕳": "H",
	"𝖧": "H",
	"𝗛": "H",
	"𝘏": "H",
	"𝙃": "H",
	"𝙷": "H",
	"Η": "H",
	"𝚮": "H",
	"𝛨": "H",
	"𝜢": "H",
	"𝝜": "H",
	"𝞖": "H",
	"Ⲏ": "H",
	"Н": "H",
	"Ꮋ": "H",
	"ᕼ": "H",
	"ꓧ": "H",
	"𐋏": "H",
	"ᵸ": "ᴴ",
	"ɦ": "h̔",
	"ꚕ": "h̔",
	"Ᏺ": "h̔",
	"Ⱨ": "H̩",
	"Ң": "H̩",
	"ħ": "h̵",
	"ℏ": "h̵",
	"ћ": "h̵",
	"Ħ": "H̵",
	"Ӊ": "H̦",
	"Ӈ": "H̦",
	"н": "ʜ",
	"ꮋ": "ʜ",
	"ң": "ʜ̩",
	"ӊ": "ʜ̦",
	"ӈ": "ʜ̦",
	"Ԋ": "Ƕ",
	"ꮀ": "ⱶ",
	"Ͱ": "Ⱶ",
	"Ꭸ": "Ⱶ",
	"Ꮀ": "Ⱶ",
	"ꚱ": "Ⱶ",
	"ꞕ": "ꜧ",
	"˛": "i",
	"⍳": "i",
	"ｉ": "i",
	"ⅰ": "i",
	"ℹ": "i",
	"ⅈ": "i",
	"𝐢": "i",
	"𝑖": "i",
	"𝒊": "i",
	"𝒾": "i",
	"𝓲": "i",
	"𝔦": "i",
	"𝕚": "i",
	"𝖎": "i",
	"𝗂": "i",
	"𝗶": "i",
	"𝘪": "i",
	"𝙞": "i",
	"𝚒": "i",
	"ı": "i",
	"𝚤": "i",
	"ɪ": "i",
	"ɩ": "i",
	"ι": "i",
	"ι": "i",
	"ͺ": "i",
	"𝛊": "i",
	"𝜄": "i",
	"𝜾": "i",
	"𝝸": "i",
	"𝞲": "i",
	"і": "i",
	"ꙇ": "i",
	"ӏ": "i",
	"ꭵ": "i",
	"Ꭵ": "i",
	"𑣃": "i",
	"ⓛ": "Ⓘ",
	"⍸": "i̲",
	"ǐ": "ĭ",
	"Ǐ": "Ĭ",
	"ɨ": "i̵",
	"ᵻ": "i̵",
	"ᵼ": "i̵",
	"ⅱ": "ii",
	"ⅲ": "iii",
	"ĳ": "ij",
	"ⅳ": "iv",
	"ⅸ": "ix",
	"ｊ": "j",
	"ⅉ": "j",
	"𝐣": "j",
	"𝑗": "j",
	"𝒋": "j",
	"𝒿": "j",
	"𝓳": "j",
	"𝔧": "j",
	"𝕛": "j",
	"𝖏": "j",
	"𝗃": "j",
	"𝗷": "j",
	"𝘫": "j",
	"𝙟": "j",
	"𝚓": "j",
	"ϳ": "j",
	"ј": "j",
	"Ｊ": "J",
	"𝐉": "J",
	"𝐽": "J",
	"𝑱": "J",
	"𝒥": "J",
	"𝓙": "J",
	"𝔍": "J",
	"𝕁": "J",
	"𝕵": "J",
	"𝖩": "J",
	"𝗝": "J",
	"𝘑": "J",
	"𝙅": "J",
	"𝙹": "J",
	"Ʝ": "J",
	"Ϳ": "J",
	"Ј": "J",
	"Ꭻ": "J",
	"ᒍ": "J",
	"ꓙ": "J",
	"ɉ": "j̵",
	"Ɉ": "J̵",
	"ᒙ": "J·",
	"𝚥": "ȷ",
	"յ": "ȷ",
	"ꭻ": "ᴊ",
	"𝐤": "k",
	"𝑘": "k",
	"𝒌": "k",
	"𝓀": "k",
	"𝓴": "k",
	"𝔨": "k",
	"𝕜": "k",
	"𝖐": "k",
	"𝗄": "k",
	"𝗸": "k",
	"𝘬": "k",
	"𝙠": "k",
	"𝚔": "k",
	"K": "K",
	"Ｋ": "K",
	"𝐊": "K",
	"𝐾": "K",
	"𝑲": "K",
	"𝒦": "K",
	"𝓚": "K",
	"𝔎": "K",
	"𝕂": "K",
	"𝕶": "K",
	"𝖪": "K",
	"𝗞": "K",
	"𝘒": "K",
	"𝙆": "K",
	"𝙺": "K",
	"Κ": "K",
	"𝚱": "K",
	"𝛫": "K",
	"𝜥": "K",
	"𝝟": "K",
	"𝞙": "K",
	"Ⲕ": "K",
	"К": "K",
	"Ꮶ": "K",
	"ᛕ": "K",
	"ꓗ": "K",
	"𐔘": "K",
	"ƙ": "k̔",
	"Ⱪ": "K̩",
	"Қ": "K̩",
	"₭": "K̵",
	"Ꝁ": "K̵",
	"Ҟ": "K̵",
	"Ƙ": "K'",
	"׀": "l",
	"|": "l",
	"∣": "l",
	"⏽": "l",
	"￨": "l",
	"١": "l",
	"۱": "l",
	"𐌠": "l",
	"𞣇": "l",
	"𝟏": "l",
	"𝟙": "l",
	"𝟣": "l",
	"𝟭": "l",
	"𝟷": "l",
	"🯱": "l",
	I: I,
	"Ｉ": "l",
	"Ⅰ": "l",
	"ℐ": "l",
	"ℑ": "l",
	"𝐈": "l",
	"𝐼": "l",
	"𝑰": "l",
	"𝓘": "l",
	"𝕀": "l",
	"𝕴": "l",
	"𝖨": "l",
	"𝗜": "l",
	"𝘐": "l",
	"𝙄": "l",
	"𝙸": "l",
	"Ɩ": "l",
	"ｌ": "l",
	"ⅼ": "l",
	"ℓ": "l",
	"𝐥": "l",
	"𝑙": "l",
	"𝒍": "l",
	"𝓁": "l",
	"𝓵": "l",
	"𝔩": "l",
	"𝕝": "l",
	"𝖑": "l",
	"𝗅": "l",
	"𝗹": "l",
	"𝘭": "l",
	"𝙡": "l",
	"𝚕": "l",
	"ǀ": "l",
	"Ι": "l",
	"𝚰": "l",
	"𝛪": "l",
	"𝜤": "l",
	"𝝞": "l",
	"𝞘": "l",
	"Ⲓ": "l",
	"І": "l",
	"Ӏ": "l",
	"ו": "l",
	"ן": "l",
	"ا": "l",
	"𞸀": "l",
	"𞺀": "l",
	"ﺎ": "l",
	"ﺍ": "l",
	"ߊ": "l",
	"ⵏ": "l",
	"ᛁ": "l",
	"ꓲ": "l",
	"𖼨": "l",
	"𐊊": "l",
	"𐌉": "l",
	"𝈪": "L",
	"Ⅼ": "L",
	"ℒ": "L",
	"𝐋": "L",
	"𝐿": "L",
	"𝑳": "L",
	"𝓛": "L",
	"𝔏": "L",
	"𝕃": "L",
	"𝕷": "L",
	"𝖫": "L",
	"𝗟": "L",
	"𝘓": "L",
	"𝙇": "L",
	"𝙻": "L",
	"Ⳑ": "L",
	"Ꮮ": "L",
	"ᒪ": "L",
	"ꓡ": "L",
	"𖼖": "L",
	"𑢣": "L",
	"𑢲": "L",
	"𐐛": "L",
	"𐔦": "L",
	"ﴼ": "l̋",
	"ﴽ": "l̋",
	"ł": "l̸",
	"Ł": "L̸",
	"ɭ": "l̨",
	"Ɨ": "l̵",
	"ƚ": "l̵",
	"ɫ": "l̴",
	"إ": "lٕ",
	"ﺈ": "lٕ",
	"ﺇ": "lٕ",
	"ٳ": "lٕ",
	"ŀ": "l·",
	"Ŀ": "l·",
	"ᒷ": "l·",
	"🄂": "l,",
	"⒈": "l.",
	"ױ": "l'",
	"⒓": "l2.",
	"㏫": "l2日",
	"㋋": "l2月",
	"㍤": "l2点",
	"⒔": "l3.",
	"㏬": "l3日",
	"㍥": "l3点",
	"⒕": "l4.",
	"㏭": "l4日",
	"㍦": "l4点",
	"⒖": "l5.",
	"㏮": "l5日",
	"㍧": "l5点",
	"⒗": "l6.",
	"㏯": "l6日",
	"㍨": "l6点",
	"⒘": "l7.",
	"㏰": "l7日",
	"㍩": "l7点",
	"⒙": "l8.",
	"㏱": "l8日",
	"㍪": "l8点",
	"⒚": "l9.",
	"㏲": "l9日",
	"㍫": "l9点",
	"ǉ": "lj",
	"Ĳ": "lJ",
	"ǈ": "Lj",
	"Ǉ": "LJ",
	"‖": "ll",
	"∥": "ll",
	"Ⅱ": "ll",
	"ǁ": "ll",
	"װ": "ll",
	"𐆙": "l̵l̵",
	"⒒": "ll.",
	"Ⅲ": "lll",
	"𐆘": "l̵l̵S̵",
	"㏪": "ll日",
	"㋊": "ll月",
	"㍣": "ll点",
	"Ю": "lO",
	"⒑": "lO.",
	"㏩": "lO日",
	"㋉": "lO月",
	"㍢": "lO点",
	"ʪ": "ls",
	"₶": "lt",
	"Ⅳ": "lV",
	"Ⅸ": "lX",
	"ɮ": "lȝ",
	"ʫ": "lz",
	"أ": "lٴ",
	"ﺄ": "lٴ",
	"ﺃ": "lٴ",
	"ٲ": "lٴ",
	"ٵ": "lٴ",
	"ﷳ": "lكبر",
	"ﷲ": "lللّٰo",
	"㏠": "l日",
	"㋀": "l月",
	"㍙": "l点",
	"ⳑ": "ʟ",
	"ꮮ": "ʟ",
	"𐑃": "ʟ",
	"Ｍ": "M",
	"Ⅿ": "M",
	"ℳ": "M",
	"𝐌": "M",
	"𝑀": "M",
	"𝑴": "M",
	"𝓜": "M",
	"𝔐": "M",
	"𝕄": "M",
	"𝕸": "M",
	"𝖬": "M",
	"𝗠": "M",
	"𝘔": "M",
	"𝙈": "M",
	"𝙼": "M",
	"Μ": "M",
	"𝚳": "M",
	"𝛭": "M",
	"𝜧": "M",
	"𝝡": "M",
	"𝞛": "M",
	"Ϻ": "M",
	"Ⲙ": "M",
	"М": "M",
	"Ꮇ": "M",
	"ᗰ": "M",
	"ᛖ": "M",
	"ꓟ": "M",
	"𐊰": "M",
	"𐌑": "M",
	"Ӎ": "M̦",
	"🝫": "MB",
	"ⷨ": "ᷟ",
	"𝐧": "n",
	"𝑛": "n",
	"𝒏": "n",
	"𝓃": "n",
	"𝓷": "n",
	"𝔫": "n",
	"𝕟": "n",
	"𝖓": "n",
	"𝗇": "n",
	"𝗻": "n",
	"𝘯": "n",
	"𝙣": "n",
	"𝚗": "n",
	"ո": "n",
	"ռ": "n",
	"Ｎ": "N",
	"ℕ": "N",
	"𝐍": "N",
	"𝑁": "N",
	"𝑵": "N",
	"𝒩": "N",
	"𝓝": "N",
	"𝔑": "N",
	"𝕹": "N",
	"𝖭": "N",
	"𝗡": "N",
	"𝘕": "N",
	"𝙉": "N",
	"𝙽": "N",
	"Ν": "N",
	"𝚴": "N",
	"𝛮": "N",
	"𝜨": "N",
	"𝝢": "N",
	"𝞜": "N",
	"Ⲛ": "N",
	"ꓠ": "N",
	"𐔓": "N",
	"𐆎": "N̊",
	"ɳ": "n̨",
	"ƞ": "n̩",
	"η": "n̩",
	"𝛈": "n̩",
	"𝜂": "n̩",
	"𝜼": "n̩",
	"𝝶": "n̩",
	"𝞰": "n̩",
	"Ɲ": "N̦",
	"ᵰ": "n̴",
	"ǌ": "nj",
	"ǋ": "Nj",
	"Ǌ": "NJ",
	"№": "No",
	"ͷ": "ᴎ",
	"и": "ᴎ",
	"𐑍": "ᴎ",
	"ņ": "ɲ",
	"ం": "o",
	"ಂ": "o",
	"ം": "o",
	"ං": "o",
	"०": "o",
	"੦": "o",
	"૦": "o",
	"௦": "o",
	"౦": "o",
	"೦": "o",
	"൦": "o",
	"๐": "o",
	"໐": "o",
	"၀": "o",
	"٥": "o",
	"۵": "o",
	"ｏ": "o",
	"ℴ": "o",
	"𝐨": "o",
	"𝑜": "o",
	"𝒐": "o",
	"𝓸": "o",
	"𝔬": "o",
	"𝕠": "o",
	"𝖔": "o",
	"𝗈": "o",
	"𝗼": "o",
	"𝘰": "o",
	"𝙤": "o",
	"𝚘": "o",
	"ᴏ": "o",
	"ᴑ": "o",
	"ꬽ": "o",
	"ο": "o",
	"𝛐": "o",
	"𝜊": "o",
	"𝝄": "o",
	"𝝾": "o",
	"𝞸": "o",
	"σ": "o",
	"𝛔": "o",
	"𝜎": "o",
	"𝝈": "o",
	"𝞂": "o",
	"𝞼": "o",
	"ⲟ": "o",
	"о": "o",
	"ჿ": "o",
	"օ": "o",
	"ס": "o",
	"ه": "o",
	"𞸤": "o",
	"𞹤": "o",
	"𞺄": "o",
	"ﻫ": "o",
	"ﻬ": "o",
	"ﻪ": "o",
	"ﻩ": "o",
	"ھ": "o",
	"ﮬ": "o",
	"ﮭ": "o",
	"ﮫ": "o",
	"ﮪ": "o",
	"ہ": "o",
	"ﮨ": "o",
	"ﮩ": "o",
	"ﮧ": "o",
	"ﮦ": "o",
	"ە": "o",
	"ഠ": "o",
	"ဝ": "o",
	"𐓪": "o",
	"𑣈": "o",
	"𑣗": "o",
	"𐐬": "o",
	"߀": "O",
	"০": "O",
	"୦": "O",
	"〇": "O",
	"𑓐": "O",
	"𑣠": "O",
	"𝟎": "O",
	"𝟘": "O",
	"𝟢": "O",
	"𝟬": "O",
	"𝟶": "O",
	"🯰": "O",
	"Ｏ": "O",
	"𝐎": "O",
	"𝑂": "O",
	"𝑶": "O",
	"𝒪": "O",
	"𝓞": "O",
	"𝔒": "O",
	"𝕆": "O",
	"𝕺": "O",
	"𝖮": "O",
	"𝗢": "O",
	"𝘖": "O",
	"𝙊": "O",
	"𝙾": "O",
	"Ο": "O",
	"𝚶": "O",
	"𝛰": "O",
	"𝜪": "O",
	"𝝤": "O",
	"𝞞": "O",
	"Ⲟ": "O",
	"О": "O",
	"Օ": "O",
	"ⵔ": "O",
	"ዐ": "O",
	"ଠ": "O",
	"𐓂": "O",
	"ꓳ": "O",
	"𑢵": "O",
	"𐊒": "O",
	"𐊫": "O",
	"𐐄": "O",
	"𐔖": "O",
	"⁰": "º",
	"ᵒ": "º",
	"ǒ": "ŏ",
	"Ǒ": "Ŏ",
	"ۿ": "ô",
	"Ő": "Ö",
	"ø": "o̸",
	"ꬾ": "o̸",
	"Ø": "O̸",
	"ⵁ": "O̸",
	"Ǿ": "Ó̸",
	"ɵ": "o̵",
	"ꝋ": "o̵",
	"ө": "o̵",
	"ѳ": "o̵",
	"ꮎ": "o̵",
	"ꮻ": "o̵",
	"⊖": "O̵",
	"⊝": "O̵",
	"⍬": "O̵",
	"𝈚": "O̵",
	"🜔": "O̵",
	"Ɵ": "O̵",
	"Ꝋ": "O̵",
	"θ": "O̵",
	"ϑ": "O̵",
	"𝛉": "O̵",
	"𝛝": "O̵",
	"𝜃": "O̵",
	"𝜗": "O̵",
	"𝜽": "O̵",
	"𝝑": "O̵",
	"𝝷": "O̵",
	"𝞋": "O̵",
	"𝞱": "O̵",
	"𝟅": "O̵",
	"Θ": "O̵",
	"ϴ": "O̵",
	"𝚯": "O̵",
	"𝚹": "O̵",
	"𝛩": "O̵",
	"𝛳": "O̵",
	"𝜣": "O̵",
	"𝜭": "O̵",
	"𝝝": "O̵",
	"𝝧": "O̵",
	"𝞗": "O̵",
	"𝞡": "O̵",
	"Ө": "O̵",
	"Ѳ": "O̵",
	"ⴱ": "O̵",
	"Ꮎ": "O̵",
	"Ꮻ": "O̵",
	"ꭴ": "ơ",
	"ﳙ": "oٰ",
	"🄁": "O,",
	"🄀": "O.",
	"ơ": "o'",
	"Ơ": "O'",
	"Ꭴ": "O'",
	"%": "º/₀",
	"٪": "º/₀",
	"⁒": "º/₀",
	"‰": "º/₀₀",
	"؉": "º/₀₀",
	"‱": "º/₀₀₀",
	"؊": "º/₀₀₀",
	"œ": "oe",
	"Œ": "OE",
	"ɶ": "oᴇ",
	"∞": "oo",
	"ꝏ": "oo",
	"ꚙ": "oo",
	"Ꝏ": "OO",
	"Ꚙ": "OO",
	"ﳗ": "oج",
	"ﱑ": "oج",
	"ﳘ": "oم",
	"ﱒ": "oم",
	"ﶓ": "oمج",
	"ﶔ": "oمم",
	"ﱓ": "oى",
	"ﱔ": "oى",
	"ൟ": "oരo",
	"တ": "oာ",
	"㍘": "O点",
	"ↄ": "ɔ",
	"ᴐ": "ɔ",
	"ͻ": "ɔ",
	"𐑋": "ɔ",
	"Ↄ": "Ɔ",
	"Ͻ": "Ɔ",
	"ꓛ": "Ɔ",
	"𐐣": "Ɔ",
	"ꬿ": "ɔ̸",
	"ꭢ": "ɔe",
	"𐐿": "ɷ",
	"⍴": "p",
	"ｐ": "p",
	"𝐩": "p",
	"𝑝": "p",
	"𝒑": "p",
	"𝓅": "p",
	"𝓹": "p",
	"𝔭": "p",
	"𝕡": "p",
	"𝖕": "p",
	"𝗉": "p",
	"𝗽": "p",
	"𝘱": "p",
	"𝙥": "p",
	"𝚙": "p",
	"ρ": "p",
	"ϱ": "p",
	"𝛒": "p",
	"𝛠": "p",
	"𝜌": "p",
	"𝜚": "p",
	"𝝆": "p",
	"𝝔": "p",
	"𝞀": "p",
	"𝞎": "p",
	"𝞺": "p",
	"𝟈": "p",
	"ⲣ": "p",
	"р": "p",
	"Ｐ": "P",
	"ℙ": "P",
	"𝐏": "P",
	"𝑃": "P",
	"𝑷": "P",
	"𝒫": "P",
	"𝓟": "P",
	"𝔓": "P",
	"𝕻": "P",
	"𝖯": "P",
	"𝗣": "P",
	"𝘗": "P",
	"𝙋": "P",
	"𝙿": "P",
	"Ρ": "P",
	"𝚸": "P",
	"𝛲": "P",
	"𝜬": "P",
	"𝝦": "P",
	"𝞠": "P",
	"Ⲣ": "P",
	"Р": "P",
	"Ꮲ": "P",
	"ᑭ": "P",
	"ꓑ": "P",
	"𐊕": "P",
	"ƥ": "p̔",
	"ᵽ": "p̵",
	"ᑷ": "p·",
	"ᒆ": "P'",
	"ᴩ": "ᴘ",
	"ꮲ": "ᴘ",
	"φ": "ɸ",
	"ϕ": "ɸ",
	"𝛗": "ɸ",
	"𝛟": "ɸ",
	"𝜑": "ɸ",
	"𝜙": "ɸ",
	"𝝋": "ɸ",
	"𝝓": "ɸ",
	"𝞅": "ɸ",
	"𝞍": "ɸ",
	"𝞿": "ɸ",
	"𝟇": "ɸ",
	"ⲫ": "ɸ",
	"ф": "ɸ",
	"𝐪": "q",
	"𝑞": "q",
	"𝒒": "q",
	"𝓆": "q",
	"𝓺": "q",
	"𝔮": "q",
	"𝕢": "q",
	"𝖖": "q",
	"𝗊": "q",
	"𝗾": "q",
	"𝘲": "q",
	"𝙦": "q",
	"𝚚": "q",
	"ԛ": "q",
	"գ": "q",
	"զ": "q",
	"ℚ": "Q",
	"𝐐": "Q",
	"𝑄": "Q",
	"𝑸": "Q",
	"𝒬": "Q",
	"𝓠": "Q",
	"𝔔": "Q",
	"𝕼": "Q",
	"𝖰": "Q",
	"𝗤": "Q",
	"𝘘": "Q",
	"𝙌": "Q",
	"𝚀": "Q",
	"ⵕ": "Q",
	"ʠ": "q̔",
	"🜀": "QE",
	"ᶐ": "ɋ",
	"ᴋ": "ĸ",
	"κ": "ĸ",
	"ϰ": "ĸ",
	"𝛋": "ĸ",
	"𝛞": "ĸ",
	"𝜅": "ĸ",
	"𝜘": "ĸ",
	"𝜿": "ĸ",
	"𝝒": "ĸ",
	"𝝹": "ĸ",
	"𝞌": "ĸ",
	"𝞳": "ĸ",
	"𝟆": "ĸ",
	"ⲕ": "ĸ",
	"к": "ĸ",
	"ꮶ": "ĸ",
	"қ": "ĸ̩",
	"ҟ": "ĸ̵",
	"𝐫": "r",
	"𝑟": "r",
	"𝒓": "r",
	"𝓇": "r",
	"𝓻": "r",
	"𝔯": "r",
	"𝕣": "r",
	"𝖗": "r",
	"𝗋": "r",
	"𝗿": "r",
	"𝘳": "r",
	"𝙧": "r",
	"𝚛": "r",
	"ꭇ": "r",
	"ꭈ": "r",
	"ᴦ": "r",
	"ⲅ": "r",
	"г": "r",
	"ꮁ": "r",
	"𝈖": "R",
	"ℛ": "R",
	"ℜ": "R",
	"ℝ": "R",
	"𝐑": "R",
	"𝑅": "R",
	"𝑹": "R",
	"𝓡": "R",
	"𝕽": "R",
	"𝖱": "R",
	"𝗥": "R",
	"𝘙": "R",
	"𝙍": "R",
	"𝚁": "R",
	"Ʀ": "R",
	"Ꭱ": "R",
	"Ꮢ": "R",
	"𐒴": "R",
	"ᖇ": "R",
	"ꓣ": "R",
	"𖼵": "R",
	"ɽ": "r̨",
	"ɼ": "r̩",
	"ɍ": "r̵",
	"ғ": "r̵",
	"ᵲ": "r̴",
	"ґ": "r'",
	"𑣣": "rn",
	m: m,
	"ⅿ": "rn",
	"𝐦": "rn",
	"𝑚": "rn",
	"𝒎": "rn",
	"𝓂": "rn",
	"𝓶": "rn",
	"𝔪": "rn",
	"𝕞": "rn",
	"𝖒": "rn",
	"𝗆": "rn",
	"𝗺": "rn",
	"𝘮": "rn",
	"𝙢": "rn",
	"𝚖": "rn",
	"𑜀": "rn",
	"₥": "rn̸",
	"ɱ": "rn̦",
	"ᵯ": "rn̴",
	"₨": "Rs",
	"ꭱ": "ʀ",
	"ꮢ": "ʀ",
	"я": "ᴙ",
	"ᵳ": "ɾ̴",
	"℩": "ɿ",
	"ｓ": "s",
	"𝐬": "s",
	"𝑠": "s",
	"𝒔": "s",
	"𝓈": "s",
	"𝓼": "s",
	"𝔰": "s",
	"𝕤": "s",
	"𝖘": "s",
	"𝗌": "s",
	"𝘀": "s",
	"𝘴": "s",
	"𝙨": "s",
	"𝚜": "s",
	"ꜱ": "s",
	"ƽ": "s",
	"ѕ": "s",
	"ꮪ": "s",
	"𑣁": "s",
	"𐑈": "s",
	"Ｓ": "S",
	"𝐒": "S",
	"𝑆": "S",
	"𝑺": "S",
	"𝒮": "S",
	"𝓢": "S",
	"𝔖": "S",
	"𝕊": "S",
	"𝕾": "S",
	"𝖲": "S",
	"𝗦": "S",
	"𝘚": "S",
	"𝙎": "S",
	"𝚂": "S",
	"Ѕ": "S",
	"Տ": "S",
	"Ꮥ": "S",
	"Ꮪ": "S",
	"ꓢ": "S",
	"𖼺": "S",
	"𐊖": "S",
	"𐐠": "S",
	"ʂ": "s̨",
	"ᵴ": "s̴",
	"ꞵ": "ß",
	"β": "ß",
	"ϐ": "ß",
	"𝛃": "ß",
	"𝛽": "ß",
	"𝜷": "ß",
	"𝝱": "ß",
	"𝞫": "ß",
	"Ᏸ": "ß",
	"🝜": "sss",
	"ﬆ": "st",
	"∫": "ʃ",
	"ꭍ": "ʃ",
	"∑": "Ʃ",
	"⅀": "Ʃ",
	"Σ": "Ʃ",
	"𝚺": "Ʃ",
	"𝛴": "Ʃ",
	"𝜮": "Ʃ",
	"𝝨": "Ʃ",
	"𝞢": "Ʃ",
	"ⵉ": "Ʃ",
	"∬": "ʃʃ",
	"∭": "ʃʃʃ",
	"⨌": "ʃʃʃʃ",
	"𝐭": "t",
	"𝑡": "t",
	"𝒕": "t",
	"𝓉": "t",
	"𝓽": "t",
	"𝔱": "t",
	"𝕥": "t",
	"𝖙": "t",
	"𝗍": "t",
	"𝘁": "t",
	"𝘵": "t",
	"𝙩": "t",
	"𝚝": "t",
	"⊤": "T",
	"⟙": "T",
	"🝨": "T",
	"Ｔ": "T",
	"𝐓": "T",
	"𝑇": "T",
	"𝑻": "T",
	"𝒯": "T",
	"𝓣": "T",
	"𝔗": "T",
	"𝕋": "T",
	"𝕿": "T",
	"𝖳": "T",
	"𝗧": "T",
	"𝘛": "T",
	"𝙏": "T",
	"𝚃": "T",
	"Τ": "T",
	"𝚻": "T",
	"𝛵": "T",
	"𝜯": "T",
	"𝝩": "T",
	"𝞣": "T",
	"Ⲧ": "T",
	"Т": "T",
	"Ꭲ": "T",
	"ꓔ": "T",
	"𖼊": "T",
	"𑢼": "T",
	"𐊗": "T",
	"𐊱": "T",
	"𐌕": "T",
	"ƭ": "t̔",
	"⍡": "T̈",
	"Ⱦ": "T̸",
	"Ț": "Ţ",
	"Ʈ": "T̨",
	"Ҭ": "T̩",
	"₮": "T⃫",
	"ŧ": "t̵",
	"Ŧ": "T̵",
	"ᵵ": "t̴",
	"Ⴀ": "Ꞇ",
	"Ꜩ": "T3",
	"ʨ": "tɕ",
	"℡": "TEL",
	"ꝷ": "tf",
	"ʦ": "ts",
	"ʧ": "tʃ",
	"ꜩ": "tȝ",
	"τ": "ᴛ",
	"𝛕": "ᴛ",
	"𝜏": "ᴛ",
	"𝝉": "ᴛ",
	"𝞃": "ᴛ",
	"𝞽": "ᴛ",
	"т": "ᴛ",
	"ꭲ": "ᴛ",
	"ҭ": "ᴛ̩",
	"ţ": "ƫ",
	"ț": "ƫ",
	"Ꮏ": "ƫ",
	"𝐮": "u",
	"𝑢": "u",
	"𝒖": "u",
	"𝓊": "u",
	"𝓾": "u",
	"𝔲": "u",
	"𝕦": "u",
	"𝖚": "u",
	"𝗎": "u",
	"𝘂": "u",
	"𝘶": "u",
	"𝙪": "u",
	"𝚞": "u",
	"ꞟ": "u",
	"ᴜ": "u",
	"ꭎ": "u",
	"ꭒ": "u",
	"ʋ": "u",
	"υ": "u",
	"𝛖": "u",
	"𝜐": "u",
	"𝝊": "u",
	"𝞄": "u",
	"𝞾": "u",
	"ս": "u",
	"𐓶": "u",
	"𑣘": "u",
	"∪": "U",
	"⋃": "U",
	"𝐔": "U",
	"𝑈": "U",
	"𝑼": "U",
	"𝒰": "U",
	"𝓤": "U",
	"𝔘": "U",
	"𝕌": "U",
	"𝖀": "U",
	"𝖴": "U",
	"𝗨": "U",
	"𝘜": "U",
	"𝙐": "U",
	"𝚄": "U",
	"Ս": "U",
	"ሀ": "U",
	"𐓎": "U",
	"ᑌ": "U",
	"ꓴ": "U",
	"𖽂": "U",
	"𑢸": "U",
	"ǔ": "ŭ",
	"Ǔ": "Ŭ",
	"ᵾ": "u̵",
	"ꮜ": "u̵",
	"Ʉ": "U̵",
	"Ꮜ": "U̵",
	"ᑘ": "U·",
	"ᑧ": "U'",
	"ᵫ": "ue",
	"ꭣ": "uo",
	"ṃ": "ꭑ",
	"պ": "ɰ",
	"ሣ": "ɰ",
	"℧": "Ʊ",
	"ᘮ": "Ʊ",
	"ᘴ": "Ʊ",
	"ᵿ": "ʊ̵",
	"∨": "v",
	"⋁": "v",
	"ｖ": "v",
	"ⅴ": "v",
	"𝐯": "v",
	"𝑣": "v",
	"𝒗": "v",
	"𝓋": "v",
	"𝓿": "v",
	"𝔳": "v",
	"𝕧": "v",
	"𝖛": "v",
	"𝗏": "v",
	"𝘃": "v",
	"𝘷": "v",
	"𝙫": "v",
	"𝚟": "v",
	"ᴠ": "v",
	"ν": "v",
	"𝛎": "v",
	"𝜈": "v",
	"𝝂": "v",
	"𝝼": "v",
	"𝞶": "v",
	"ѵ": "v",
	"ט": "v",
	"𑜆": "v",
	"ꮩ": "v",
	"𑣀": "v",
	"𝈍": "V",
	"٧": "V",
	"۷": "V",
	"Ⅴ": "V",
	"𝐕": "V",
	"𝑉": "V",
	"𝑽": "V",
	"𝒱": "V",
	"𝓥": "V",
	"𝔙": "V",
	"𝕍": "V",
	"𝖁": "V",
	"𝖵": "V",
	"𝗩": "V",
	"𝘝": "V",
	"𝙑": "V",
	"𝚅": "V",
	"Ѵ": "V",
	"ⴸ": "V",
	"Ꮩ": "V",
	"ᐯ": "V",
	"ꛟ": "V",
	"ꓦ": "V",
	"𖼈": "V",
	"𑢠": "V",
	"𐔝": "V",
	"𐆗": "V̵",
	"ᐻ": "V·",
	"🝬": "VB",
	"ⅵ": "vi",
	"ⅶ": "vii",
	"ⅷ": "viii",
	"Ⅵ": "Vl",
	"Ⅶ": "Vll",
	"Ⅷ": "Vlll",
	"🜈": "Vᷤ",
	"ᴧ": "ʌ",
	"𐓘": "ʌ",
	"٨": "Ʌ",
	"۸": "Ʌ",
	"Λ": "Ʌ",
	"𝚲": "Ʌ",
	"𝛬": "Ʌ",
	"𝜦": "Ʌ",
	"𝝠": "Ʌ",
	"𝞚": "Ʌ",
	"Л": "Ʌ",
	"ⴷ": "Ʌ",
	"𐒰": "Ʌ",
	"ᐱ": "Ʌ",
	"ꛎ": "Ʌ",
	"ꓥ": "Ʌ",
	"𖼽": "Ʌ",
	"𐊍": "Ʌ",
	"Ӆ": "Ʌ̦",
	"ᐽ": "Ʌ·",
	"ɯ": "w",
	"𝐰": "w",
	"𝑤": "w",
	"𝒘": "w",
	"𝓌": "w",
	"𝔀": "w",
	"𝔴": "w",
	"𝕨": "w",
	"𝖜": "w",
	"𝗐": "w",
	"𝘄": "w",
	"𝘸": "w",
	"𝙬": "w",
	"𝚠": "w",
	"ᴡ": "w",
	"ѡ": "w",
	"ԝ": "w",
	"ա": "w",
	"𑜊": "w",
	"𑜎": "w",
	"𑜏": "w",
	"ꮃ": "w",
	"𑣯": "W",
	"𑣦": "W",
	"𝐖": "W",
	"𝑊": "W",
	"𝑾": "W",
	"𝒲": "W",
	"𝓦": "W",
	"𝔚": "W",
	"𝕎": "W",
	"𝖂": "W",
	"𝖶": "W",
	"𝗪": "W",
	"𝘞": "W",
	"𝙒": "W",
	"𝚆": "W",
	"Ԝ": "W",
	"Ꮃ": "W",
	"Ꮤ": "W",
	"ꓪ": "W",
	"ѽ": "w҆҇",
	"𑓅": "ẇ",
	"₩": "W̵",
	"ꝡ": "w̦",
	"ᴍ": "ʍ",
	"м": "ʍ",
	"ꮇ": "ʍ",
	"ӎ": "ʍ̦",
	"᙮": "x",
	"×": "x",
	"⤫": "x",
	"⤬": "x",
	"⨯": "x",
	"ｘ": "x",
	"ⅹ": "x",
	"𝐱": "x",
	"𝑥": "x",
	"𝒙": "x",
	"𝓍": "x",
	"𝔁": "x",
	"𝔵": "x",
	"𝕩": "x",
	"𝖝": "x",
	"𝗑": "x",
	"𝘅": "x",
	"𝘹": "x",
	"𝙭": "x",
	"𝚡": "x",
	"х": "x",
	"ᕁ": "x",
	"ᕽ": "x",
	"ⷯ": "ͯ",
	"᙭": "X",
	"╳": "X",
	"𐌢": "X",
	"𑣬": "X",
	"Ｘ": "X",
	"Ⅹ": "X",
	"𝐗": "X",
	"𝑋": "X",
	"𝑿": "X",
	"𝒳": "X",
	"𝓧": "X",
	"𝔛": "X",
	"𝕏": "X",
	"𝖃": "X",
	"𝖷": "X",
	"𝗫": "X",
	"𝘟": "X",
	"𝙓": "X",
	"𝚇": "X",
	"Ꭓ": "X",
	"Χ": "X",
	"𝚾": "X",
	"𝛸": "X",
	"𝜲": "X",
	"𝝬": "X",
	"𝞦": "X",
	"Ⲭ": "X",
	"Х": "X",
	"ⵝ": "X",
	"ᚷ": "X",
	"ꓫ": "X",
	"𐊐": "X",
	"𐊴": "X",
	"𐌗": "X",
	"𐔧": "X",
	"⨰": "ẋ",
	"Ҳ": "X̩",
	"𐆖": "X̵",
	"ⅺ": "xi",
	"ⅻ": "xii",
	"Ⅺ": "Xl",
	"Ⅻ": "Xll",
	"ɣ": "y",
	"ᶌ": "y",
	"ｙ": "y",
	"𝐲": "y",
	"𝑦": "y",
	"𝒚": "y",
	"𝓎": "y",
	"𝔂": "y",
	"𝔶": "y",
	"𝕪": "y",
	"𝖞": "y",
	"𝗒": "y",
	"𝘆": "y",
	"𝘺": "y",
	"𝙮": "y",
	"𝚢": "y",
	"ʏ": "y",
	"ỿ": "y",
	"ꭚ": "y",
	"γ": "y",
	"ℽ": "y",
	"𝛄": "y",
	"𝛾": "y",
	"𝜸": "y",
	"𝝲": "y",
	"𝞬": "y",
	"у": "y",
	"ү": "y",
	"ყ": "y",
	"𑣜": "y",
	"Ｙ": "Y",
	"𝐘": "Y",
	"𝑌": "Y",
	"𝒀": "Y",
	"𝒴": "Y",
	"𝓨": "Y",
	"𝔜": "Y",
	"𝕐": "Y",
	"𝖄": "Y",
	"𝖸": "Y",
	"𝗬": "Y",
	"𝘠": "Y",
	"𝙔": "Y",
	"𝚈": "Y",
	"Υ": "Y",
	"ϒ": "Y",
	"𝚼": "Y",
	"𝛶": "Y",
	"𝜰": "Y",
	"𝝪": "Y",
	"𝞤": "Y",
	"Ⲩ": "Y",
	"У": "Y",
	"Ү": "Y",
	"Ꭹ": "Y",
	"Ꮍ": "Y",
	"ꓬ": "Y",
	"𖽃": "Y",
	"𑢤": "Y",
	"𐊲": "Y",
	"ƴ": "y̔",
	"ɏ": "y̵",
	"ұ": "y̵",
	"¥": "Y̵",
	"Ɏ": "Y̵",
	"Ұ": "Y̵",
	"ʒ": "ȝ",
	"ꝫ": "ȝ",
	"ⳍ": "ȝ",
	"ӡ": "ȝ",
	"ჳ": "ȝ",
	"𝐳": "z",
	"𝑧": "z",
	"𝒛": "z",
	"𝓏": "z",
	"𝔃": "z",
	"𝔷": "z",
	"𝕫": "z",
	"𝖟": "z",
	"𝗓": "z",
	"𝘇": "z",
	"𝘻": "z",
	"𝙯": "z",
	"𝚣": "z",
	"ᴢ": "z",
	"ꮓ": "z",
	"𑣄": "z",
	"𐋵": "Z",
	"𑣥": "Z",
	"Ｚ": "Z",
	"ℤ": "Z",
	"ℨ": "Z",
	"𝐙": "Z",
	"𝑍": "Z",
	"𝒁": "Z",
	"𝒵": "Z",
	"𝓩": "Z",
	"𝖅": "Z",
	"𝖹": "Z",
	"𝗭": "Z",
	"𝘡": "Z",
	"𝙕": "Z",
	"𝚉": "Z",
	"Ζ": "Z",
	"𝚭": "Z",
	"𝛧": "Z",
	"𝜡": "Z",
	"𝝛": "Z",
	"𝞕": "Z",
	"Ꮓ": "Z",
	"ꓜ": "Z",
	"𑢩": "Z",
	"ʐ": "z̨",
	"ƶ": "z̵",
	"Ƶ": "Z̵",
	"ȥ": "z̦",
	"Ȥ": "Z̦",
	"ᵶ": "z̴",
	"ƿ": "þ",
	"ϸ": "þ",
	"Ϸ": "Þ",
	"𐓄": "Þ",
	"⁹": "ꝰ",
	"ᴤ": "ƨ",
	"ϩ": "ƨ",
	"ꙅ": "ƨ",
	"ь": "ƅ",
	"ꮟ": "ƅ",
	"ы": "ƅi",
	"ꭾ": "ɂ",
	"ˤ": "ˁ",
	"ꛍ": "ʡ",
	"⊙": "ʘ",
	"☉": "ʘ",
	"⨀": "ʘ",
	"Ꙩ": "ʘ",
	"ⵙ": "ʘ",
	"𐓃": "ʘ",
	"ℾ": "Γ",
	"𝚪": "Γ",
	"𝛤": "Γ",
	"𝜞": "Γ",
	"𝝘": "Γ",
	"𝞒": "Γ",
	"Ⲅ": "Γ",
	"Г": "Γ",
	"Ꮁ": "Γ",
	"ᒥ": "Γ",
	"𖼇": "Γ",
	"Ғ": "Γ̵",
	"ᒯ": "Γ·",
	"Ґ": "Γ'",
	"∆": "Δ",
	"△": "Δ",
	"🜂": "Δ",
	"𝚫": "Δ",
	"𝛥": "Δ",
	"𝜟": "Δ",
	"𝝙": "Δ",
	"𝞓": "Δ",
	"Ⲇ": "Δ",
	"ⵠ": "Δ",
	"ᐃ": "Δ",
	"𖼚": "Δ",
	"𐊅": "Δ",
	"𐊣": "Δ",
	"⍙": "Δ̲",
	"ᐏ": "Δ·",
	"ᐬ": "Δᐠ",
	"𝟋": "ϝ",
	"𝛇": "ζ",
	"𝜁": "ζ",
	"𝜻": "ζ",
	"𝝵": "ζ",
	"𝞯": "ζ",
	"ⳤ": "ϗ",
	"𝛌": "λ",
	"𝜆": "λ",
	"𝝀": "λ",
	"𝝺": "λ",
	"𝞴": "λ",
	"Ⲗ": "λ",
	"𐓛": "λ",
	"µ": "μ",
	"𝛍": "μ",
	"𝜇": "μ",
	"𝝁": "μ",
	"𝝻": "μ",
	"𝞵": "μ",
	"𝛏": "ξ",
	"𝜉": "ξ",
	"𝝃": "ξ",
	"𝝽": "ξ",
	"𝞷": "ξ",
	"𝚵": "Ξ",
	"𝛯": "Ξ",
	"𝜩": "Ξ",
	"𝝣": "Ξ",
	"𝞝": "Ξ",
	"ϖ": "π",
	"ℼ": "π",
	"𝛑": "π",
	"𝛡": "π",
	"𝜋": "π",
	"𝜛": "π",
	"𝝅": "π",
	"𝝕": "π",
	"𝝿": "π",
	"𝞏": "π",
	"𝞹": "π",
	"𝟉": "π",
	"ᴨ": "π",
	"п": "π",
	"∏": "Π",
	"ℿ": "Π",
	"𝚷": "Π",
	"𝛱": "Π",
	"𝜫": "Π",
	"𝝥": "Π",
	"𝞟": "Π",
	"Ⲡ": "Π",
	"П": "Π",
	"ꛛ": "Π",
	"𐊭": "Ϙ",
	"𐌒": "Ϙ",
	"ϛ": "ς",
	"𝛓": "ς",
	"𝜍": "ς",
	"𝝇": "ς",
	"𝞁": "ς",
	"𝞻": "ς",
	"𝚽": "Φ",
	"𝛷": "Φ",
	"𝜱": "Φ",
	"𝝫": "Φ",
	"𝞥": "Φ",
	"Ⲫ": "Φ",
	"Ф": "Φ",
	"Փ": "Φ",
	"ቀ": "Φ",
	"ᛰ": "Φ",
	"𐊳": "Φ",
	"ꭓ": "χ",
	"ꭕ": "χ",
	"𝛘": "χ",
	"𝜒": "χ",
	"𝝌": "χ",
	"𝞆": "χ",
	"𝟀": "χ",
	"ⲭ": "χ",
	"𝛙": "ψ",
	"𝜓": "ψ",
	"𝝍": "ψ",
	"𝞇": "ψ",
	"𝟁": "ψ",
	"ѱ": "ψ",
	"𐓹": "ψ",
	"𝚿": "Ψ",
	"𝛹": "Ψ",
	"𝜳": "Ψ",
	"𝝭": "Ψ",
	"𝞧": "Ψ",
	"Ⲯ": "Ψ",
	"Ѱ": "Ψ",
	"𐓑": "Ψ",
	"ᛘ": "Ψ",
	"𐊵": "Ψ",
	"⍵": "ω",
	"ꞷ": "ω",
	"𝛚": "ω",
	"𝜔": "ω",
	"𝝎": "ω",
	"𝞈": "ω",
	"𝟂": "ω",
	"ⲱ": "ω",
	"ꙍ": "ω",
	"Ω": "Ω",
	"𝛀": "Ω",
	"𝛺": "Ω",
	"𝜴": "Ω",
	"𝝮": "Ω",
	"𝞨": "Ω",
	"ᘯ": "Ω",
	"ᘵ": "Ω",
	"𐊶": "Ω",
	"⍹": "ω̲",
	"ώ": "ῴ",
	"☰": "Ⲷ",
	"Ⳝ": "Ϭ",
	"җ": "ж̩",
	"Җ": "Ж̩",
	"𝈋": "И",
	"Ͷ": "И",
	"ꚡ": "И",
	"𐐥": "И",
	"Й": "Ѝ",
	"Ҋ": "Ѝ̦",
	"ѝ": "й",
	"ҋ": "й̦",
	"𐒼": "Ӄ",
	"ᴫ": "л",
	"ӆ": "л̦",
	"ꭠ": "љ",
	"𐓫": "ꙩ",
	"ᷮ": "ⷬ",
	"𐓍": "Ћ",
	"𝈂": "Ӿ",
	"𝈢": "Ѡ",
	"Ꮗ": "Ѡ",
	"ᗯ": "Ѡ",
	"Ѽ": "Ѡ҆҇",
	"ᣭ": "Ѡ·",
	"Ꞷ": "Ꙍ",
	"ӌ": "ҷ",
	"Ӌ": "Ҷ",
	"Ҿ": "Ҽ̨",
	"ⲽ": "ш",
	"Ⲽ": "Ш",
	"Ꙑ": "Ъl",
	"℈": "Э",
	"🜁": "Ꙙ",
	"𖼜": "Ꙙ",
	"ꦒ": "ⰿ",
	"և": "եւ",
	"ኔ": "ձ",
	"ﬔ": "մե",
	"ﬕ": "մի",
	"ﬗ": "մխ",
	"ﬓ": "մն",
	"∩": "Ո",
	"⋂": "Ո",
	"𝉅": "Ո",
	"በ": "Ո",
	"ᑎ": "Ո",
	"ꓵ": "Ո",
	"ᑚ": "Ո·",
	"ᑨ": "Ո'",
	"ﬖ": "վն",
	"₽": "Ք",
	"˓": "ՙ",
	"ʿ": "ՙ",
	"ℵ": "א",
	"ﬡ": "א",
	"אָ": "אַ",
	"אּ": "אַ",
	"ﭏ": "אל",
	"ℶ": "ב",
	"ℷ": "ג",
	"ℸ": "ד",
	"ﬢ": "ד",
	"ﬣ": "ה",
	"יּ": "יִ",
	"ﬤ": "כ",
	"ﬥ": "ל",
	"ﬦ": "ם",
	"ﬠ": "ע",
	"ﬧ": "ר",
	"שׂ": "שׁ",
	"שּ": "שׁ",
	"שּׂ": "שּׁ",
	"ﬨ": "ת",
	"ﺀ": "ء",
	"۽": "ء͈",
	"ﺂ": "آ",
	"ﺁ": "آ",
	"ﭑ": "ٱ",
	"ﭐ": "ٱ",
	"𞸁": "ب",
	"𞸡": "ب",
	"𞹡": "ب",
	"𞺁": "ب",
	"𞺡": "ب",
	"ﺑ": "ب",
	"ﺒ": "ب",
	"ﺐ": "ب",
	"ﺏ": "ب",
	"ݑ": "بۛ",
	"ࢶ": "بۢ",
	"ࢡ": "بٔ",
	"ﲠ": "بo",
	"ﳢ": "بo",
	"ﲜ": "بج",
	"ﰅ": "بج",
	"ﲝ": "بح",
	"ﰆ": "بح",
	"ﷂ": "بحى",
	"ﲞ": "بخ",
	"ﰇ": "بخ",
	"ﳒ": "بخ",
	"ﱋ": "بخ",
	"ﶞ": "بخى",
	"ﱪ": "بر",
	"ﱫ": "بز",
	"ﲟ": "بم",
	"ﳡ": "بم",
	"ﱬ": "بم",
	"ﰈ": "بم",
	"ﱭ": "بن",
	"ﱮ": "بى",
	"ﰉ": "بى",
	"ﱯ": "بى",
	"ﰊ": "بى",
	"ﭔ": "ٻ",
	"ﭕ": "ٻ",
	"ﭓ": "ٻ",
	"ﭒ": "ٻ",
	"ې": "ٻ",
	"ﯦ": "ٻ",
	"ﯧ": "ٻ",
	"ﯥ": "ٻ",
	"ﯤ": "ٻ",
	"ﭜ": "ڀ",
	"ﭝ": "ڀ",
	"ﭛ": "ڀ",
	"ﭚ": "ڀ",
	"ࢩ": "ݔ",
	"ݧ": "ݔ",
	"⍥": "ة",
	"ö": "ة",
	"ﺔ": "ة",
	"ﺓ": "ة",
	"ۃ": "ة",
	"𞸕": "ت",
	"𞸵": "ت",
	"𞹵": "ت",
	"𞺕": "ت",
	"𞺵": "ت",
	"ﺗ": "ت",
	"ﺘ": "ت",
	"ﺖ": "ت",
	"ﺕ": "ت",
	"ﲥ": "تo",
	"ﳤ": "تo",
	"ﲡ": "تج",
	"ﰋ": "تج",
	"ﵐ": "تجم",
	"ﶠ": "تجى",
	"ﶟ": "تجى",
	"ﲢ": "تح",
	"ﰌ": "تح",
	"ﵒ": "تحج",
	"ﵑ": "تحج",
	"ﵓ": "تحم",
	"ﲣ": "تخ",
	"ﰍ": "تخ",
	"ﵔ": "تخم",
	"ﶢ": "تخى",
	"ﶡ": "تخى",
	"ﱰ": "تر",
	"ﱱ": "تز",
	"ﲤ": "تم",
	"ﳣ": "تم",
	"ﱲ": "تم",
	"ﰎ": "تم",
	"ﵕ": "تمج",
	"ﵖ": "تمح",
	"ﵗ": "تمخ",
	"ﶤ": "تمى",
	"ﶣ": "تمى",
	"ﱳ": "تن",
	"ﱴ": "تى",
	"ﰏ": "تى",
	"ﱵ": "تى",
	"ﰐ": "تى",
	"ﭠ": "ٺ",
	"ﭡ": "ٺ",
	"ﭟ": "ٺ",
	"ﭞ": "ٺ",
	"ﭤ": "ٿ",
	"ﭥ": "ٿ",
	"ﭣ": "ٿ",
	"ﭢ": "ٿ",
	"𞸂": "ج",
	"𞸢": "ج",
	"𞹂": "ج",
	"𞹢": "ج",
	"𞺂": "ج",
	"𞺢": "ج",
	"ﺟ": "ج",
	"ﺠ": "ج",
	"ﺞ": "ج",
	"ﺝ": "ج",
	"ﲧ": "جح",
	"ﰕ": "جح",
	"ﶦ": "جحى",
	"ﶾ": "جحى",
	"ﷻ": "جل جلlلo",
	"ﲨ": "جم",
	"ﰖ": "جم",
	"ﵙ": "جمح",
	"ﵘ": "جمح",
	"ﶧ": "جمى",
	"ﶥ": "جمى",
	"ﴝ": "جى",
	"ﴁ": "جى",
	"ﴞ": "جى",
	"ﴂ": "جى",
	"ﭸ": "ڃ",
	"ﭹ": "ڃ",
	"ﭷ": "ڃ",
	"ﭶ": "ڃ",
	"ﭴ": "ڄ",
	"ﭵ": "ڄ",
	"ﭳ": "ڄ",
	"ﭲ": "ڄ",
	"ﭼ": "چ",
	"ﭽ": "چ",
	"ﭻ": "چ",
	"ﭺ": "چ",
	"ﮀ": "ڇ",
	"ﮁ": "ڇ",
	"ﭿ": "ڇ",
	"ﭾ": "ڇ",
	"𞸇": "ح",
	"𞸧": "ح",
	"𞹇": "ح",
	"𞹧": "ح",
	"𞺇": "ح",
	"𞺧": "ح",
	"ﺣ": "ح",
	"ﺤ": "ح",
	"ﺢ": "ح",
	"ﺡ": "ح",
	"څ": "حۛ",
	"ځ": "حٔ",
	"ݲ": "حٔ",
	"ﲩ": "حج",
	"ﰗ": "حج",
	"ﶿ": "حجى",
	"ﲪ": "حم",
	"ﰘ": "حم",
	"ﵛ": "حمى",
	"ﵚ": "حمى",
	"ﴛ": "حى",
	"ﳿ": "حى",
	"ﴜ": "حى",
	"ﴀ": "حى",
	"𞸗": "خ",
	"𞸷": "خ",
	"𞹗": "خ",
	"𞹷": "خ",
	"𞺗": "خ",
	"𞺷": "خ",
	"ﺧ": "خ",
	"ﺨ": "خ",
	"ﺦ": "خ",
	"ﺥ": "خ",
	"ﲫ": "خج",
	"ﰙ": "خج",
	"ﰚ": "خح",
	"ﲬ": "خم",
	"ﰛ": "خم",
	"ﴟ": "خى",
	"ﴃ": "خى",
	"ﴠ": "خى",
	"ﴄ": "خى",
	"𐋡": "د",
	"𞸃": "د",
	"𞺃": "د",
	"𞺣": "د",
	"ﺪ": "د",
	"ﺩ": "د",
	"ڈ": "دؕ",
	"ﮉ": "دؕ",
	"ﮈ": "دؕ",
	"ڎ": "دۛ",
	"ﮇ": "دۛ",
	"ﮆ": "دۛ",
	"ۮ": "د̂",
	"ࢮ": "د̤̣",
	"𞸘": "ذ",
	"𞺘": "ذ",
	"𞺸": "ذ",
	"ﺬ": "ذ",
	"ﺫ": "ذ",
	"ﱛ": "ذٰ",
	"ڋ": "ڊؕ",
	"ﮅ": "ڌ",
	"ﮄ": "ڌ",
	"ﮃ": "ڍ",
	"ﮂ": "ڍ",
	"𞸓": "ر",
	"𞺓": "ر",
	"𞺳": "ر",
	"ﺮ": "ر",
	"ﺭ": "ر",
	"ڑ": "رؕ",
	"ﮍ": "رؕ",
	"ﮌ": "رؕ",
	"ژ": "رۛ",
	"ﮋ": "رۛ",
	"ﮊ": "رۛ",
	"ڒ": "ر̆",
	"ࢹ": "ر̆̇",
	"ۯ": "ر̂",
	"ݬ": "رٔ",
	"ﱜ": "رٰ",
	"ﷶ": "رسول",
	"﷼": "رىlل",
	"𞸆": "ز",
	"𞺆": "ز",
	"𞺦": "ز",
	"ﺰ": "ز",
	"ﺯ": "ز",
	"ࢲ": "ز̂",
	"ݱ": "ڗؕ",
	"𞸎": "س",
	"𞸮": "س",
	"𞹎": "س",
	"𞹮": "س",
	"𞺎": "س",
	"𞺮": "س",
	"ﺳ": "س",
	"ﺴ": "س",
	"ﺲ": "س",
	"ﺱ": "س",
	"ش": "سۛ",
	"𞸔": "سۛ",
	"𞸴": "سۛ",
	"𞹔": "سۛ",
	"𞹴": "سۛ",
	"𞺔": "سۛ",
	"𞺴": "سۛ",
	"ﺷ": "سۛ",
	"ﺸ": "سۛ",
	"ﺶ": "سۛ",
	"ﺵ": "سۛ",
	"ݾ": "س̂",
	"ﴱ": "سo",
	"ﳨ": "سo",
	"ﴲ": "سۛo",
	"ﳪ": "سۛo",
	"ﲭ": "سج",
	"ﴴ": "سج",
	"ﰜ": "سج",
	"ﴭ": "سۛج",
	"ﴷ": "سۛج",
	"ﴥ": "سۛج",
	"ﴉ": "سۛج",
	"ﵝ": "سجح",
	"ﵞ": "سجى",
	"ﵩ": "سۛجى",
	"ﲮ": "سح",
	"ﴵ": "سح",
	"ﰝ": "سح",
	"ﴮ": "سۛح",
	"ﴸ": "سۛح",
	"ﴦ": "سۛح",
	"ﴊ": "سۛح",
	"ﵜ": "سحج",
	"ﵨ": "سۛحم",
	"ﵧ": "سۛحم",
	"ﶪ": "سۛحى",
	"ﲯ": "سخ",
	"ﴶ": "سخ",
	"ﰞ": "سخ",
	"ﴯ": "سۛخ",
	"ﴹ": "سۛخ",
	"ﴧ": "سۛخ",
	"ﴋ": "سۛخ",
	"ﶨ": "سخى",
	"ﷆ": "سخى",
	"ﴪ": "سر",
	"ﴎ": "سر",
	"ﴩ": "سۛر",
	"ﴍ": "سۛر",
	"ﲰ": "سم",
	"ﳧ": "سم",
	"ﰟ": "سم",
	"ﴰ": "سۛم",
	"ﳩ": "سۛم",
	"ﴨ": "سۛم",
	"ﴌ": "سۛم",
	"ﵡ": "سمج",
	"ﵠ": "سمح",
	"ﵟ": "سمح",
	"ﵫ": "سۛمخ",
	"ﵪ": "سۛمخ",
	"ﵣ": "سمم",
	"ﵢ": "سمم",
	"ﵭ": "سۛمم",
	"ﵬ": "سۛمم",
	"ﴗ": "سى",
	"ﳻ": "سى",
	"ﴘ": "سى",
	"ﳼ": "سى",
	"ﴙ": "سۛى",
	"ﳽ": "سۛى",
	"ﴚ": "سۛى",
	"ﳾ": "سۛى",
	"𐋲": "ص",
	"𞸑": "ص",
	"𞸱": "ص",
	"𞹑": "ص",
	"𞹱": "ص",
	"𞺑": "ص",
	"𞺱": "ص",
	"ﺻ": "ص",
	"ﺼ": "ص",
	"ﺺ": "ص",
	"ﺹ": "ص",
	"ڞ": "صۛ",
	"ࢯ": "ص̤̣",
	"ﲱ": "صح",
	"ﰠ": "صح",
	"ﵥ": "صحح",
	"ﵤ": "صحح",
	"ﶩ": "صحى",
	"ﲲ": "صخ",
	"ﴫ": "صر",
	"ﴏ": "صر",
	"ﷵ": "صلعم",
	"ﷹ": "صلى",
	"ﷰ": "صلى",
	"ﷺ": "صلى lللo علىo وسلم",
	"ﲳ": "صم",
	"ﰡ": "صم",
	"ﷅ": "صمم",
	"ﵦ": "صمم",
	"ﴡ": "صى",
	"ﴅ": "صى",
	"ﴢ": "صى",
	"ﴆ": "صى",
	"𞸙": "ض",
	"𞸹": "ض",
	"𞹙": "ض",
	"𞹹": "ض",
	"𞺙": "ض",
	"𞺹": "ض",
	"ﺿ": "ض",
	"ﻀ": "ض",
	"ﺾ": "ض",
	"ﺽ": "ض",
	"ﲴ": "ضج",
	"ﰢ": "ضج",
	"ﲵ": "ضح",
	"ﰣ": "ضح",
	"ﵮ": "ضحى",
	"ﶫ": "ضحى",
	"ﲶ": "ضخ",
	"ﰤ": "ضخ",
	"ﵰ": "ضخم",
	"ﵯ": "ضخم",
	"ﴬ": "ضر",
	"ﴐ": "ضر",
	"ﲷ": "ضم",
	"ﰥ": "ضم",
	"ﴣ": "ضى",
	"ﴇ": "ضى",
	"ﴤ": "ضى",
	"ﴈ": "ضى",
	"𐋨": "ط",
	"𞸈": "ط",
	"𞹨": "ط",
	"𞺈": "ط",
	"𞺨": "ط",
	"ﻃ": "ط",
	"ﻄ": "ط",
	"ﻂ": "ط",
	"ﻁ": "ط",
	"ڟ": "طۛ",
	"ﲸ": "طح",
	"ﰦ": "طح",
	"ﴳ": "طم",
	"ﴺ": "طم",
	"ﰧ": "طم",
	"ﵲ": "طمح",
	"ﵱ": "طمح",
	"ﵳ": "طمم",
	"ﵴ": "طمى",
	"ﴑ": "طى",
	"ﳵ": "طى",
	"ﴒ": "طى",
	"ﳶ": "طى",
	"𞸚": "ظ",
	"𞹺": "ظ",
	"𞺚": "ظ",
	"𞺺": "ظ",
	"ﻇ": "ظ",
	"ﻈ": "ظ",
	"ﻆ": "ظ",
	"ﻅ": "ظ",
	"ﲹ": "ظم",
	"ﴻ": "ظم",
	"ﰨ": "ظم",
	"؏": "ع",
	"𞸏": "ع",
	"𞸯": "ع",
	"𞹏": "ع",
	"𞹯": "ع",
	"𞺏": "ع",
	"𞺯": "ع",
	"ﻋ": "ع",
	"ﻌ": "ع",
	"ﻊ": "ع",
	"ﻉ": "ع",
	"ﲺ": "عج",
	"ﰩ": "عج",
	"ﷄ": "عجم",
	"ﵵ": "عجم",
	"ﷷ": "علىo",
	"ﲻ": "عم",
	"ﰪ": "عم",
	"ﵷ": "عمم",
	"ﵶ": "عمم",
	"ﵸ": "عمى",
	"ﶶ": "عمى",
	"ﴓ": "عى",
	"ﳷ": "عى",
	"ﴔ": "عى",
	"ﳸ": "عى",
	"𞸛": "غ",
	"𞸻": "غ",
	"𞹛": "غ",
	"𞹻": "غ",
	"𞺛": "غ",
	"𞺻": "غ",
	"ﻏ": "غ",
	"ﻐ": "غ",
	"ﻎ": "غ",
	"ﻍ": "غ",
	"ﲼ": "غج",
	"ﰫ": "غج",
	"ﲽ": "غم",
	"ﰬ": "غم",
	"ﵹ": "غمم",
	"ﵻ": "غمى",
	"ﵺ": "غمى",
	"ﴕ": "غى",
	"ﳹ": "غى",
	"ﴖ": "غى",
	"ﳺ": "غى",
	"𞸐": "ف",
	"𞸰": "ف",
	"𞹰": "ف",
	"𞺐": "ف",
	"𞺰": "ف",
	"ﻓ": "ف",
	"ﻔ": "ف",
	"ﻒ": "ف",
	"ﻑ": "ف",
	"ڧ": "ف",
	"ﲾ": "فج",
	"ﰭ": "فج",
	"ﲿ": "فح",
	"ﰮ": "فح",
	"ﳀ": "فخ",
	"ﰯ": "فخ",
	"ﵽ": "فخم",
	"ﵼ": "فخم",
	"ﳁ": "فم",
	"ﰰ": "فم",
	"ﷁ": "فمى",
	"ﱼ": "فى",
	"ﰱ": "فى",
	"ﱽ": "فى",
	"ﰲ": "فى",
	"𞸞": "ڡ",
	"𞹾": "ڡ",
	"ࢻ": "ڡ",
	"ٯ": "ڡ",
	"𞸟": "ڡ",
	"𞹟": "ڡ",
	"ࢼ": "ڡ",
	"ڤ": "ڡۛ",
	"ﭬ": "ڡۛ",
	"ﭭ": "ڡۛ",
	"ﭫ": "ڡۛ",
	"ﭪ": "ڡۛ",
	"ڨ": "ڡۛ",
	"ࢤ": "ڢۛ",
	"ﭰ": "ڦ",
	"ﭱ": "ڦ",
	"ﭯ": "ڦ",
	"ﭮ": "ڦ",
	"𞸒": "ق",
	"𞸲": "ق",
	"𞹒": "ق",
	"𞹲": "ق",
	"𞺒": "ق",
	"𞺲": "ق",
	"ﻗ": "ق",
	"ﻘ": "ق",
	"ﻖ": "ق",
	"ﻕ": "ق",
	"ﳂ": "قح",
	"ﰳ": "قح",
	"ﷱ": "قلى",
	"ﳃ": "قم",
	"ﰴ": "قم",
	"ﶴ": "قمح",
	"ﵾ": "قمح",
	"ﵿ": "قمم",
	"ﶲ": "قمى",
	"ﱾ": "قى",
	"ﰵ": "قى",
	"ﱿ": "قى",
	"ﰶ": "قى",
	"𞸊": "ك",
	"𞸪": "ك",
	"𞹪": "ك",
	"ﻛ": "ك",
	"ﻜ": "ك",
	"ﻚ": "ك",
	"ﻙ": "ك",
	"ک": "ك",
	"ﮐ": "ك",
	"ﮑ": "ك",
	"ﮏ": "ك",
	"ﮎ": "ك",
	"ڪ": "ك",
	"ڭ": "كۛ",
	"ﯕ": "كۛ",
	"ﯖ": "كۛ",
	"ﯔ": "كۛ",
	"ﯓ": "كۛ",
	"ݣ": "كۛ",
	"ﲀ": "كl",
	"ﰷ": "كl",
	"ﳄ": "كج",
	"ﰸ": "كج",
	"ﳅ": "كح",
	"ﰹ": "كح",
	"ﳆ": "كخ",
	"ﰺ": "كخ",
	"ﳇ": "كل",
	"ﳫ": "كل",
	"ﲁ": "كل",
	"ﰻ": "كل",
	"ﳈ": "كم",
	"ﳬ": "كم",
	"ﲂ": "كم",
	"ﰼ": "كم",
	"ﷃ": "كمم",
	"ﶻ": "كمم",
	"ﶷ": "كمى",
	"ﲃ": "كى",
	"ﰽ": "كى",
	"ﲄ": "كى",
	"ﰾ": "كى",
	"ݢ": "ڬ",
	"ﮔ": "گ",
	"ﮕ": "گ",
	"ﮓ": "گ",
	"ﮒ": "گ",
	"ࢰ": "گ",
	"ڴ": "گۛ",
	"ﮜ": "ڱ",
	"ﮝ": "ڱ",
	"ﮛ": "ڱ",
	"ﮚ": "ڱ",
	"ﮘ": "ڳ",
	"ﮙ": "ڳ",
	"ﮗ": "ڳ",
	"ﮖ": "ڳ",
	"𞸋": "ل",
	"𞸫": "ل",
	"𞹋": "ل",
	"𞺋": "ل",
	"𞺫": "ل",
	"ﻟ": "ل",
	"ﻠ": "ل",
	"ﻞ": "ل",
	"ﻝ": "ل",
	"ڷ": "لۛ",
	"ڵ": "ل̆",
	"ﻼ": "لl",
	"ﻻ": "لl",
	"ﻺ": "لlٕ",
	"ﻹ": "لlٕ",
	"ﻸ": "لlٴ",
	"ﻷ": "لlٴ",
	"ﳍ": "لo",
	"ﻶ": "لآ",
	"ﻵ": "لآ",
	"ﳉ": "لج",
	"ﰿ": "لج",
	"ﶃ": "لجج",
	"ﶄ": "لجج",
	"ﶺ": "لجم",
	"ﶼ": "لجم",
	"ﶬ": "لجى",
	"ﳊ": "لح",
	"ﱀ": "لح",
	"ﶵ": "لحم",
	"ﶀ": "لحم",
	"ﶂ": "لحى",
	"ﶁ": "لحى",
	"ﳋ": "لخ",
	"ﱁ": "لخ",
	"ﶆ": "لخم",
	"ﶅ": "لخم",
	"ﳌ": "لم",
	"ﳭ": "لم",
	"ﲅ": "لم",
	"ﱂ": "لم",
	"ﶈ": "لمح",
	"ﶇ": "لمح",
	"ﶭ": "لمى",
	"ﲆ": "لى",
	"ﱃ": "لى",
	"ﲇ": "لى",
	"ﱄ": "لى",
	"𞸌": "م",
	"𞸬": "م",
	"𞹬": "م",
	"𞺌": "م",
	"𞺬": "م",
	"ﻣ": "م",
	"ﻤ": "م",
	"ﻢ": "م",
	"ﻡ": "م",
	"ࢧ": "مۛ",
	"۾": "م͈",
	"ﲈ": "مl",
	"ﳎ": "مج",
	"ﱅ": "مج",
	"ﶌ": "مجح",
	"ﶒ": "مجخ",
	"ﶍ": "مجم",
	"ﷀ": "مجى",
	"ﳏ": "مح",
	"ﱆ": "مح",
	"ﶉ": "محج",
	"ﶊ": "محم",
	"ﷴ": "محمد",
	"ﶋ": "محى",
	"ﳐ": "مخ",
	"ﱇ": "مخ",
	"ﶎ": "مخج",
	"ﶏ": "مخم",
	"ﶹ": "مخى",
	"ﳑ": "مم",
	"ﲉ": "مم",
	"ﱈ": "مم",
	"ﶱ": "ممى",
	"ﱉ": "مى",
	"ﱊ": "مى",
	"𞸍": "ن",
	"𞸭": "ن",
	"𞹍": "ن",
	"𞹭": "ن",
	"𞺍": "ن",
	"𞺭": "ن",
	"ﻧ": "ن",
	"ﻨ": "ن",
	"ﻦ": "ن",
	"ﻥ": "ن",
	"ݨ": "نؕ",
	"ݩ": "ن̆",
	"ﳖ": "نo",
	"ﳯ": "نo",
	"ﶸ": "نجح",
	"ﶽ": "نجح",
	"ﶘ": "نجم",
	"ﶗ": "نجم",
	"ﶙ": "نجى",
	"ﷇ": "نجى",
	"ﳓ": "نح",
	"ﱌ": "نح",
	"ﶕ": "نحم",
	"ﶖ": "نحى",
	"ﶳ": "نحى",
	"ﳔ": "نخ",
	"ﱍ": "نخ",
	"ﲊ": "نر",
	"ﲋ": "نز",
	"ﳕ": "نم",
	"ﳮ": "نم",
	"ﲌ": "نم",
	"ﱎ": "نم",
	"ﶛ": "نمى",
	"ﶚ": "نمى",
	"ﲍ": "نن",
	"ﲎ": "نى",
	"ﱏ": "نى",
	"ﲏ": "نى",
	"ﱐ": "نى",
	"ۂ": "ۀ",
	"ﮥ": "ۀ",
	"ﮤ": "ۀ",
	"𐋤": "و",
	"𞸅": "و",
	"𞺅": "و",
	"𞺥": "و",
	"ﻮ": "و",
	"ﻭ": "و",
	"ࢱ": "و",
	"ۋ": "وۛ",
	"ﯟ": "وۛ",
	"ﯞ": "وۛ",
	"ۇ": "و̓",
	"ﯘ": "و̓",
	"ﯗ": "و̓",
	"ۆ": "و̆",
	"ﯚ": "و̆",
	"ﯙ": "و̆",
	"ۉ": "و̂",
	"ﯣ": "و̂",
	"ﯢ": "و̂",
	"ۈ": "وٰ",
	"ﯜ": "وٰ",
	"ﯛ": "وٰ",
	"ؤ": "وٴ",
	"ﺆ": "وٴ",
	"ﺅ": "وٴ",
	"ٶ": "وٴ",
	"ٷ": "و̓ٴ",
	"ﯝ": "و̓ٴ",
	"ﷸ": "وسلم",
	"ﯡ": "ۅ",
	"ﯠ": "ۅ",
	"ٮ": "ى",
	"𞸜": "ى",
	"𞹼": "ى",
	"ں": "ى",
	"𞸝": "ى",
	"𞹝": "ى",
	"ﮟ": "ى",
	"ﮞ": "ى",
	"ࢽ": "ى",
	"ﯨ": "ى",
	"ﯩ": "ى",
	"ﻰ": "ى",
	"ﻯ": "ى",
	"ي": "ى",
	"𞸉": "ى",
	"𞸩": "ى",
	"𞹉": "ى",
	"𞹩": "ى",
	"𞺉": "ى",
	"𞺩": "ى",
	"ﻳ": "ى",
	"ﻴ": "ى",
	"ﻲ": "ى",
	"ﻱ": "ى",
	"ی": "ى",
	"ﯾ": "ى",
	"ﯿ": "ى",
	"ﯽ": "ى",
	"ﯼ": "ى",
	"ے": "ى",
	"ﮯ": "ى",
	"ﮮ": "ى",
	"ٹ": "ىؕ",
	"ﭨ": "ىؕ",
	"ﭩ": "ىؕ",
	"ﭧ": "ىؕ",
	"ﭦ": "ىؕ",
	"ڻ": "ىؕ",
	"ﮢ": "ىؕ",
	"ﮣ": "ىؕ",
	"ﮡ": "ىؕ",
	"ﮠ": "ىؕ",
	"پ": "ىۛ",
	"ﭘ": "ىۛ",
	"ﭙ": "ىۛ",
	"ﭗ": "ىۛ",
	"ﭖ": "ىۛ",
	"ث": "ىۛ",
	"𞸖": "ىۛ",
	"𞸶": "ىۛ",
	"𞹶": "ىۛ",
	"𞺖": "ىۛ",
	"𞺶": "ىۛ",
	"ﺛ": "ىۛ",
	"ﺜ": "ىۛ",
	"ﺚ": "ىۛ",
	"ﺙ": "ىۛ",
	"ڽ": "ىۛ",
	"ۑ": "ىۛ",
	"ؿ": "ىۛ",
	"ࢷ": "ىۛۢ",
	"ݖ": "ى̆",
	"ێ": "ى̆",
	"ࢺ": "ى̆̇",
	"ؽ": "ى̂",
	"ࢨ": "ىٔ",
	"ﲐ": "ىٰ",
	"ﱝ": "ىٰ",
	"ﳞ": "ىo",
	"ﳱ": "ىo",
	"ﳦ": "ىۛo",
	"ئ": "ىٴ",
	"ﺋ": "ىٴ",
	"ﺌ": "ىٴ",
	"ﺊ": "ىٴ",
	"ﺉ": "ىٴ",
	"ٸ": "ىٴ",
	"ﯫ": "ىٴl",
	"ﯪ": "ىٴl",
	"ﲛ": "ىٴo",
	"ﳠ": "ىٴo",
	"ﯭ": "ىٴo",
	"ﯬ": "ىٴo",
	"ﯸ": "ىٴٻ",
	"ﯷ": "ىٴٻ",
	"ﯶ": "ىٴٻ",
	"ﲗ": "ىٴج",
	"ﰀ": "ىٴج",
	"ﲘ": "ىٴح",
	"ﰁ": "ىٴح",
	"ﲙ": "ىٴخ",
	"ﱤ": "ىٴر",
	"ﱥ": "ىٴز",
	"ﲚ": "ىٴم",
	"ﳟ": "ىٴم",
	"ﱦ": "ىٴم",
	"ﰂ": "ىٴم",
	"ﱧ": "ىٴن",
	"ﯯ": "ىٴو",
	"ﯮ": "ىٴو",
	"ﯱ": "ىٴو̓",
	"ﯰ": "ىٴو̓",
	"ﯳ": "ىٴو̆",
	"ﯲ": "ىٴو̆",
	"ﯵ": "ىٴوٰ",
	"ﯴ": "ىٴوٰ",
	"ﯻ": "ىٴى",
	"ﯺ": "ىٴى",
	"ﱨ": "ىٴى",
	"ﯹ": "ىٴى",
	"ﰃ": "ىٴى",
	"ﱩ": "ىٴى",
	"ﰄ": "ىٴى",
	"ﳚ": "ىج",
	"ﱕ": "ىج",
	"ﰑ": "ىۛج",
	"ﶯ": "ىجى",
	"ﳛ": "ىح",
	"ﱖ": "ىح",
	"ﶮ": "ىحى",
	"ﳜ": "ىخ",
	"ﱗ": "ىخ",
	"ﲑ": "ىر",
	"ﱶ": "ىۛر",
	"ﲒ": "ىز",
	"ﱷ": "ىۛز",
	"ﳝ": "ىم",
	"ﳰ": "ىم",
	"ﲓ": "ىم",
	"ﱘ": "ىم",
	"ﲦ": "ىۛم",
	"ﳥ": "ىۛم",
	"ﱸ": "ىۛم",
	"ﰒ": "ىۛم",
	"ﶝ": "ىمم",
	"ﶜ": "ىمم",
	"ﶰ": "ىمى",
	"ﲔ": "ىن",
	"ﱹ": "ىۛن",
	"ﲕ": "ىى",
	"ﱙ": "ىى",
	"ﲖ": "ىى",
	"ﱚ": "ىى",
	"ﱺ": "ىۛى",
	"ﰓ": "ىۛى",
	"ﱻ": "ىۛى",
	"ﰔ": "ىۛى",
	"ﮱ": "ۓ",
	"ﮰ": "ۓ",
	"𐊸": "ⵀ",
	"⁞": "ⵂ",
	"⸽": "ⵂ",
	"⦙": "ⵂ",
	"︙": "ⵗ",
	"⁝": "ⵗ",
	"⋮": "ⵗ",
	"Մ": "ሆ",
	"Ռ": "ቡ",
	"Ի": "ኮ",
	"Պ": "ጣ",
	"आ": "अा",
	"ऒ": "अाॆ",
	"ओ": "अाे",
	"औ": "अाै",
	"ऄ": "अॆ",
	"ऑ": "अॉ",
	"ऍ": "एॅ",
	"ऎ": "एॆ",
	"ऐ": "एे",
	"ई": "र्इ",
	"ઽ": "ऽ",
	"𑇜": "ꣻ",
	"𑇋": "ऺ",
	"ુ": "ु",
	"ૂ": "ू",
	"ੋ": "ॆ",
	"੍": "्",
	"્": "्",
	"আ": "অা",
	"ৠ": "ঋৃ",
	"ৡ": "ঋৃ",
	"𑒒": "ঘ",
	"𑒔": "চ",
	"𑒖": "জ",
	"𑒘": "ঞ",
	"𑒙": "ট",
	"𑒛": "ড",
	"𑒪": "ণ",
	"𑒞": "ত",
	"𑒟": "থ",
	"𑒠": "দ",
	"𑒡": "ধ",
	"𑒢": "ন",
	"𑒣": "প",
	"𑒩": "ব",
	"𑒧": "ম",
	"𑒨": "য",
	"𑒫": "র",
	"𑒝": "ল",
	"𑒭": "ষ",
	"𑒮": "স",
	"𑓄": "ঽ",
	"𑒰": "া",
	"𑒱": "ি",
	"𑒹": "ে",
	"𑒼": "ো",
	"𑒾": "ৌ",
	"𑓂": "্",
	"𑒽": "ৗ",
	"ਉ": "ੳੁ",
	"ਊ": "ੳੂ",
	"ਆ": "ਅਾ",
	"ਐ": "ਅੈ",
	"ਔ": "ਅੌ",
	"ਇ": "ੲਿ",
	"ਈ": "ੲੀ",
	"ਏ": "ੲੇ",
	"આ": "અા",
	"ઑ": "અાૅ",
	"ઓ": "અાે",
	"ઔ": "અાૈ",
	"ઍ": "અૅ",
	"એ": "અે",
	"ઐ": "અૈ",
	"ଆ": "ଅା",
	"௮": "அ",
	"ர": "ஈ",
	"ா": "ஈ",
	"௫": "ஈு",
	"௨": "உ",
	"ഉ": "உ",
	"ஊ": "உள",
	"ഊ": "உൗ",
	"௭": "எ",
	"௷": "எவ",
	"ஜ": "ஐ",
	"ജ": "ஐ",
	"௧": "க",
	"௪": "ச",
	"௬": "சு",
	"௲": "சூ",
	"ഺ": "டி",
	"ണ": "ண",
	"௺": "நீ",
	"௴": "மீ",
	"௰": "ய",
	"ഴ": "ழ",
	"ௗ": "ள",
	"ை": "ன",
	"ശ": "ஶ",
	"௸": "ஷ",
	"ി": "ி",
	"ീ": "ி",
	"ொ": "ெஈ",
	"ௌ": "ெள",
	"ோ": "ேஈ",
	"ಅ": "అ",
	"ಆ": "ఆ",
	"ಇ": "ఇ",
	"ౠ": "ఋా",
	"ౡ": "ఌా",
	"ಒ": "ఒ",
	"ఔ": "ఒౌ",
	"ಔ": "ఒౌ",
	"ఓ": "ఒౕ",
	"ಓ": "ఒౕ",
	"ಜ": "జ",
	"ಞ": "ఞ",
	"ఢ": "డ̣",
	"ಣ": "ణ",
	"థ": "ధּ",
	"భ": "బ̣",
	"ಯ": "య",
	"ఠ": "రּ",
	"ಱ": "ఱ",
	"ಲ": "ల",
	"ష": "వ̣",
	"హ": "వా",
	"మ": "వు",
	"ూ": "ుా",
	"ౄ": "ృా",
	"ೡ": "ಌಾ",
	"ഈ": "ഇൗ",
	"ഐ": "എെ",
	"ഓ": "ഒാ",
	"ഔ": "ഒൗ",
	"ൡ": "ഞ",
	"൫": "ദ്ര",
	"൹": "നു",
	"ഌ": "നു",
	"ങ": "നു",
	"൯": "ന്",
	"ൻ": "ന്",
	"൬": "ന്ന",
	"൚": "ന്മ",
	"റ": "ര",
	"൪": "ര്",
	"ർ": "ര്",
	"൮": "വ്ര",
	"൶": "ഹ്മ",
	"ൂ": "ു",
	"ൃ": "ു",
	"ൈ": "െെ",
	"෪": "ජ",
	"෫": "ද",
	"𑐓": "𑐴𑑂𑐒",
	"𑐙": "𑐴𑑂𑐘",
	"𑐤": "𑐴𑑂𑐣",
	"𑐪": "𑐴𑑂𑐩",
	"𑐭": "𑐴𑑂𑐬",
	"𑐯": "𑐴𑑂𑐮",
	"𑗘": "𑖂",
	"𑗙": "𑖂",
	"𑗚": "𑖃",
	"𑗛": "𑖄",
	"𑗜": "𑖲",
	"𑗝": "𑖳",
	"ฃ": "ข",
	"ด": "ค",
	"ต": "ค",
	"ม": "ฆ",
	"ຈ": "จ",
	"ซ": "ช",
	"ฏ": "ฎ",
	"ท": "ฑ",
	"ບ": "บ",
	"ປ": "ป",
	"ຝ": "ฝ",
	"ພ": "พ",
	"ຟ": "ฟ",
	"ฦ": "ภ",
	"ຍ": "ย",
	"។": "ฯ",
	"ๅ": "า",
	"ำ": "̊า",
	"ិ": "ิ",
	"ី": "ี",
	"ឹ": "ึ",
	"ឺ": "ื",
	"ຸ": "ุ",
	"ູ": "ู",
	"แ": "เเ",
	"ໜ": "ຫນ",
	"ໝ": "ຫມ",
	"ຳ": "̊າ",
	"༂": "འུྂཿ",
	"༃": "འུྂ༔",
	"ཪ": "ར",
	"ༀ": "ཨོཾ",
	"ཷ": "ྲཱྀ",
	"ཹ": "ླཱྀ",
	"𑲲": "𑲪",
	"ႁ": "ဂှ",
	"က": "ဂာ",
	"ၰ": "ဃှ",
	"ၦ": "ပှ",
	"ဟ": "ပာ",
	"ၯ": "ပာှ",
	"ၾ": "ၽှ",
	"ဩ": "သြ",
	"ဪ": "သြော်",
	"႞": "ႃ̊",
	"ឣ": "អ",
	"᧐": "ᦞ",
	"᧑": "ᦱ",
	"᪀": "ᩅ",
	"᪐": "ᩅ",
	"꩓": "ꨁ",
	"꩖": "ꨣ",
	"᭒": "ᬍ",
	"᭓": "ᬑ",
	"᭘": "ᬨ",
	"ꦣ": "ꦝ",
	"ᢖ": "ᡜ",
	"ᡕ": "ᠵ",
	"ῶ": "Ꮿ",
	"ᐍ": "ᐁ·",
	"ᐫ": "ᐁᐠ",
	"ᐑ": "ᐄ·",
	"ᐓ": "ᐅ·",
	"ᐭ": "ᐅᐠ",
	"ᐕ": "ᐆ·",
	"ᐘ": "ᐊ·",
	"ᐮ": "ᐊᐠ",
	"ᐚ": "ᐋ·",
	"ᣝ": "ᐞᣟ",
	"ᓑ": "ᐡ",
	"ᕀ": "ᐩ",
	"ᐿ": "ᐲ·",
	"ᑃ": "ᐴ·",
	"⍩": "ᐵ",
	"ᑇ": "ᐹ·",
	"ᑜ": "ᑏ·",
	"⸧": "ᑐ",
	"⊃": "ᑐ",
	"ᑞ": "ᑐ·",
	"ᑩ": "ᑐ'",
	"⟉": "ᑐ/",
	"⫗": "ᑐᑕ",
	"ᑠ": "ᑑ·",
	"⸦": "ᑕ",
	"⊂": "ᑕ",
	"ᑢ": "ᑕ·",
	"ᑪ": "ᑕ'",
	"ᑤ": "ᑖ·",
	"ᑵ": "ᑫ·",
	"ᒅ": "ᑫ'",
	"ᑹ": "ᑮ·",
	"ᑽ": "ᑰ·",
	"ᘃ": "ᒉ",
	"ᒓ": "ᒉ·",
	"ᒕ": "ᒋ·",
	"ᒗ": "ᒌ·",
	"ᒛ": "ᒎ·",
	"ᘂ": "ᒐ",
	"ᒝ": "ᒐ·",
	"ᒟ": "ᒑ·",
	"ᒭ": "ᒣ·",
	"ᒱ": "ᒦ·",
	"ᒳ": "ᒧ·",
	"ᒵ": "ᒨ·",
	"ᒹ": "ᒫ·",
	"ᓊ": "ᓀ·",
	"ᣇ": "ᓂ·",
	"ᣉ": "ᓃ·",
	"ᣋ": "ᓄ·",
	"ᣍ": "ᓅ·",
	"ᓌ": "ᓇ·",
	"ᓎ": "ᓈ·",
	"ᘄ": "ᓓ",
	"ᓝ": "ᓓ·",
	"ᓟ": "ᓕ·",
	"ᓡ": "ᓖ·",
	"ᓣ": "ᓗ·",
	"ᓥ": "ᓘ·",
	"ᘇ": "ᓚ",
	"ᓧ": "ᓚ·",
	"ᓩ": "ᓛ·",
	"ᓷ": "ᓭ·",
	"ᓹ": "ᓯ·",
	"ᓻ": "ᓰ·",
	"ᓽ": "ᓱ·",
	"ᓿ": "ᓲ·",
	"ᔁ": "ᓴ·",
	"ᔃ": "ᓵ·",
	"ᔌ": "ᔋ<",
	"ᔎ": "ᔋb",
	"ᔍ": "ᔋᑕ",
	"ᔏ": "ᔋᒐ",
	"ᔘ": "ᔐ·",
	"ᔚ": "ᔑ·",
	"ᔜ": "ᔒ·",
	"ᔞ": "ᔓ·",
	"ᔠ": "ᔔ·",
	"ᔢ": "ᔕ·",
	"ᔤ": "ᔖ·",
	"ᔲ": "ᔨ·",
	"ᔴ": "ᔩ·",
	"ᔶ": "ᔪ·",
	"ᔸ": "ᔫ·",
	"ᔺ": "ᔭ·",
	"ᔼ": "ᔮ·",
	"ᘢ": "ᕃ",
	"ᣠ": "ᕃ·",
	"ᘣ": "ᕆ",
	"ᘤ": "ᕊ",
	"ᕏ": "ᕌ·",
	"ᖃ": "ᕐb",
	"ᖄ": "ᕐḃ",
	"ᖁ": "ᕐd",
	"ᕿ": "ᕐP",
	"ᙯ": "ᕐᑫ",
	"ᕾ": "ᕐᑬ",
	"ᖀ": "ᕐᑮ",
	"ᖂ": "ᕐᑰ",
	"ᖅ": "ᕐᒃ",
	"ᕜ": "ᕚ·",
	"ᣣ": "ᕞ·",
	"ᣤ": "ᕦ·",
	"ᕩ": "ᕧ·",
	"ᣥ": "ᕫ·",
	"ᣨ": "ᖆ·",
	"ᖑ": "ᖕJ",
	"ᙰ": "ᖕᒉ",
	"ᖎ": "ᖕᒊ",
	"ᖏ": "ᖕᒋ",
	"ᖐ": "ᖕᒌ",
	"ᖒ": "ᖕᒎ",
	"ᖓ": "ᖕᒐ",
	"ᖔ": "ᖕᒑ",
	"ᙳ": "ᖖJ",
	"ᙱ": "ᖖᒋ",
	"ᙲ": "ᖖᒌ",
	"ᙴ": "ᖖᒎ",
	"ᙵ": "ᖖᒐ",
	"ᙶ": "ᖖᒑ",
	"ᣪ": "ᖗ·",
	"ᙷ": "ᖧ·",
	"ᙸ": "ᖨ·",
	"ᙹ": "ᖩ·",
	"ᙺ": "ᖪ·",
	"ᙻ": "ᖫ·",
	"ᙼ": "ᖬ·",
	"ᙽ": "ᖭ·",
	"⪫": "ᗒ",
	"⪪": "ᗕ",
	"ꓷ": "ᗡ",
	"ᣰ": "ᗴ·",
	"ᣲ": "ᘛ·",
	"ᶻ": "ᙆ",
	"ꓭ": "ᙠ",
	"ᶺ": "ᣔ",
	"ᴾ": "ᣖ",
	"ᣜ": "ᣟᐞ",
	"ˡ": "ᣳ",
	"ʳ": "ᣴ",
	"ˢ": "ᣵ",
	"ᣛ": "ᣵ",
	"ꚰ": "ᚹ",
	"ᛡ": "ᚼ",
	"⍿": "ᚽ",
	"ᛂ": "ᚽ",
	"𝈿": "ᛋ",
	"↑": "ᛏ",
	"↿": "ᛐ",
	"⥮": "ᛐ⇂",
	"⥣": "ᛐᛚ",
	"ⵣ": "ᛯ",
	"↾": "ᛚ",
	"⨡": "ᛚ",
	"⋄": "ᛜ",
	"◇": "ᛜ",
	"◊": "ᛜ",
	"♢": "ᛜ",
	"🝔": "ᛜ",
	"𑢷": "ᛜ",
	"𐊔": "ᛜ",
	"⍚": "ᛜ̲",
	"⋈": "ᛞ",
	"⨝": "ᛞ",
	"𐓐": "ᛦ",
	"↕": "ᛨ",
	"𐳼": "𐲂",
	"𐳺": "𐲥",
	"ㄱ": "ᄀ",
	"ᆨ": "ᄀ",
	"ᄁ": "ᄀᄀ",
	"ㄲ": "ᄀᄀ",
	"ᆩ": "ᄀᄀ",
	"ᇺ": "ᄀᄂ",
	"ᅚ": "ᄀᄃ",
	"ᇃ": "ᄀᄅ",
	"ᇻ": "ᄀᄇ",
	"ᆪ": "ᄀᄉ",
	"ㄳ": "ᄀᄉ",
	"ᇄ": "ᄀᄉᄀ",
	"ᇼ": "ᄀᄎ",
	"ᇽ": "ᄀᄏ",
	"ᇾ": "ᄀᄒ",
	"ㄴ": "ᄂ",
	"ᆫ": "ᄂ",
	"ᄓ": "ᄂᄀ",
	"ᇅ": "ᄂᄀ",
	"ᄔ": "ᄂᄂ",
	"ㅥ": "ᄂᄂ",
	"ᇿ": "ᄂᄂ",
	"ᄕ": "ᄂᄃ",
	"ㅦ": "ᄂᄃ",
	"ᇆ": "ᄂᄃ",
	"ퟋ": "ᄂᄅ",
	"ᄖ": "ᄂᄇ",
	"ᅛ": "ᄂᄉ",
	"ᇇ": "ᄂᄉ",
	"ㅧ": "ᄂᄉ",
	"ᅜ": "ᄂᄌ",
	"ᆬ": "ᄂᄌ",
	"ㄵ": "ᄂᄌ",
	"ퟌ": "ᄂᄎ",
	"ᇉ": "ᄂᄐ",
	"ᅝ": "ᄂᄒ",
	"ᆭ": "ᄂᄒ",
	"ㄶ": "ᄂᄒ",
	"ᇈ": "ᄂᅀ",
	"ㅨ": "ᄂᅀ",
	"ㄷ": "ᄃ",
	"ᆮ": "ᄃ",
	"ᄗ": "ᄃᄀ",
	"ᇊ": "ᄃᄀ",
	"ᄄ": "ᄃᄃ",
	"ㄸ": "ᄃᄃ",
	"ퟍ": "ᄃᄃ",
	"ퟎ": "ᄃᄃᄇ",
	"ᅞ": "ᄃᄅ",
	"ᇋ": "ᄃᄅ",
	"ꥠ": "ᄃᄆ",
	"ꥡ": "ᄃᄇ",
	"ퟏ": "ᄃᄇ",
	"ꥢ": "ᄃᄉ",
	"ퟐ": "ᄃᄉ",
	"ퟑ": "ᄃᄉᄀ",
	"ꥣ": "ᄃᄌ",
	"ퟒ": "ᄃᄌ",
	"ퟓ": "ᄃᄎ",
	"ퟔ": "ᄃᄐ",
	"ㄹ": "ᄅ",
	"ᆯ": "ᄅ",
	"ꥤ": "ᄅᄀ",
	"ᆰ": "ᄅᄀ",
	"ㄺ": "ᄅᄀ",
	"ꥥ": "ᄅᄀᄀ",
	"ퟕ": "ᄅᄀᄀ",
	"ᇌ": "ᄅᄀᄉ",
	"ㅩ": "ᄅᄀᄉ",
	"ퟖ": "ᄅᄀᄒ",
	"ᄘ": "ᄅᄂ",
	"ᇍ": "ᄅᄂ",
	"ꥦ": "ᄅᄃ",
	"ᇎ": "ᄅᄃ",
	"ㅪ": "ᄅᄃ",
	"ꥧ": "ᄅᄃᄃ",
	"ᇏ": "ᄅᄃᄒ",
	"ᄙ": "ᄅᄅ",
	"ᇐ": "ᄅᄅ",
	"ퟗ": "ᄅᄅᄏ",
	"ꥨ": "ᄅᄆ",
	"ᆱ": "ᄅᄆ",
	"ㄻ": "ᄅᄆ",
	"ᇑ": "ᄅᄆᄀ",
	"ᇒ": "ᄅᄆᄉ",
	"ퟘ": "ᄅᄆᄒ",
	"ꥩ": "ᄅᄇ",
	"ᆲ": "ᄅᄇ",
	"ㄼ": "ᄅᄇ",
	"ퟙ": "ᄅᄇᄃ",
	"ꥪ": "ᄅᄇᄇ",
	"ᇓ": "ᄅᄇᄉ",
	"ㅫ": "ᄅᄇᄉ",
	"ꥫ": "ᄅᄇᄋ",
	"ᇕ": "ᄅᄇᄋ",
	"ퟚ": "ᄅᄇᄑ",
	"ᇔ": "ᄅᄇᄒ",
	"ꥬ": "ᄅᄉ",
	"ᆳ": "ᄅᄉ",
	"ㄽ": "ᄅᄉ",
	"ᇖ": "ᄅᄉᄉ",
	"ᄛ": "ᄅᄋ",
	"ퟝ": "ᄅᄋ",
	"ꥭ": "ᄅᄌ",
	"ꥮ": "ᄅᄏ",
	"ᇘ": "ᄅᄏ",
	"ᆴ": "ᄅᄐ",
	"ㄾ": "ᄅᄐ",
	"ᆵ": "ᄅᄑ",
	"ㄿ": "ᄅᄑ",
	"ᄚ": "ᄅᄒ",
	"ㅀ": "ᄅᄒ",
	"ᄻ": "ᄅᄒ",
	"ᆶ": "ᄅᄒ",
	"ퟲ": "ᄅᄒ",
	"ᇗ": "ᄅᅀ",
	"ㅬ": "ᄅᅀ",
	"ퟛ": "ᄅᅌ",
	"ᇙ": "ᄅᅙ",
	"ㅭ": "ᄅᅙ",
	"ퟜ": "ᄅᅙᄒ",
	"ㅁ": "ᄆ",
	"ᆷ": "ᄆ",
	"ꥯ": "ᄆᄀ",
	"ᇚ": "ᄆᄀ",
	"ퟞ": "ᄆᄂ",
	"ퟟ": "ᄆᄂᄂ",
	"ꥰ": "ᄆᄃ",
	"ᇛ": "ᄆᄅ",
	"ퟠ": "ᄆᄆ",
	"ᄜ": "ᄆᄇ",
	"ㅮ": "ᄆᄇ",
	"ᇜ": "ᄆᄇ",
	"ퟡ": "ᄆᄇᄉ",
	"ꥱ": "ᄆᄉ",
	"ᇝ": "ᄆᄉ",
	"ㅯ": "ᄆᄉ",
	"ᇞ": "ᄆᄉᄉ",
	"ᄝ": "ᄆᄋ",
	"ㅱ": "ᄆᄋ",
	"ᇢ": "ᄆᄋ",
	"ퟢ": "ᄆᄌ",
	"ᇠ": "ᄆᄎ",
	"ᇡ": "ᄆᄒ",
	"ᇟ": "ᄆᅀ",
	"ㅰ": "ᄆᅀ",
	"ㅂ": "ᄇ",
	"ᆸ": "ᄇ",
	"ᄞ": "ᄇᄀ",
	"ㅲ": "ᄇᄀ",
	"ᄟ": "ᄇᄂ",
	"ᄠ": "ᄇᄃ",
	"ㅳ": "ᄇᄃ",
	"ퟣ": "ᄇᄃ",
	"ᇣ": "ᄇᄅ",
	"ퟤ": "ᄇᄅᄑ",
	"ퟥ": "ᄇᄆ",
	"ᄈ": "ᄇᄇ",
	"ㅃ": "ᄇᄇ",
	"ퟦ": "ᄇᄇ",
	"ᄬ": "ᄇᄇᄋ",
	"ㅹ": "ᄇᄇᄋ",
	"ᄡ": "ᄇᄉ",
	"ㅄ": "ᄇᄉ",
	"ᆹ": "ᄇᄉ",
	"ᄢ": "ᄇᄉᄀ",
	"ㅴ": "ᄇᄉᄀ",
	"ᄣ": "ᄇᄉᄃ",
	"ㅵ": "ᄇᄉᄃ",
	"ퟧ": "ᄇᄉᄃ",
	"ᄤ": "ᄇᄉᄇ",
	"ᄥ": "ᄇᄉᄉ",
	"ᄦ": "ᄇᄉᄌ",
	"ꥲ": "ᄇᄉᄐ",
	"ᄫ": "ᄇᄋ",
	"ㅸ": "ᄇᄋ",
	"ᇦ": "ᄇᄋ",
	"ᄧ": "ᄇᄌ",
	"ㅶ": "ᄇᄌ",
	"ퟨ": "ᄇᄌ",
	"ᄨ": "ᄇᄎ",
	"ퟩ": "ᄇᄎ",
	"ꥳ": "ᄇᄏ",
	"ᄩ": "ᄇᄐ",
	"ㅷ": "ᄇᄐ",
	"ᄪ": "ᄇᄑ",
	"ᇤ": "ᄇᄑ",
	"ꥴ": "ᄇᄒ",
	"ᇥ": "ᄇᄒ",
	"ㅅ": "ᄉ",
	"ᆺ": "ᄉ",
	"ᄭ": "ᄉᄀ",
	"ㅺ": "ᄉᄀ",
	"ᇧ": "ᄉᄀ",
	"ᄮ": "ᄉᄂ",
	"ㅻ": "ᄉᄂ",
	"ᄯ": "ᄉᄃ",
	"ㅼ": "ᄉᄃ",
	"ᇨ": "ᄉᄃ",
	"ᄰ": "ᄉᄅ",
	"ᇩ": "ᄉᄅ",
	"ᄱ": "ᄉᄆ",
	"ퟪ": "ᄉᄆ",
	"ᄲ": "ᄉᄇ",
	"ㅽ": "ᄉᄇ",
	"ᇪ": "ᄉᄇ",
	"ᄳ": "ᄉᄇᄀ",
	"ퟫ": "ᄉᄇᄋ",
	"ᄊ": "ᄉᄉ",
	"ㅆ": "ᄉᄉ",
	"ᆻ": "ᄉᄉ",
	"ퟬ": "ᄉᄉᄀ",
	"ퟭ": "ᄉᄉᄃ",
	"ꥵ": "ᄉᄉᄇ",
	"ᄴ": "ᄉᄉᄉ",
	"ᄵ": "ᄉᄋ",
	"ᄶ": "ᄉᄌ",
	"ㅾ": "ᄉᄌ",
	"ퟯ": "ᄉᄌ",
	"ᄷ": "ᄉᄎ",
	"ퟰ": "ᄉᄎ",
	"ᄸ": "ᄉᄏ",
	"ᄹ": "ᄉᄐ",
	"ퟱ": "ᄉᄐ",
	"ᄺ": "ᄉᄑ",
	"ퟮ": "ᄉᅀ",
	"ㅇ": "ᄋ",
	"ᆼ": "ᄋ",
	"ᅁ": "ᄋᄀ",
	"ᇬ": "ᄋᄀ",
	"ᇭ": "ᄋᄀᄀ",
	"ᅂ": "ᄋᄃ",
	"ꥶ": "ᄋᄅ",
	"ᅃ": "ᄋᄆ",
	"ᅄ": "ᄋᄇ",
	"ᅅ": "ᄋᄉ",
	"ᇱ": "ᄋᄉ",
	"ㆂ": "ᄋᄉ",
	"ᅇ": "ᄋᄋ",
	"ㆀ": "ᄋᄋ",
	"ᇮ": "ᄋᄋ",
	"ᅈ": "ᄋᄌ",
	"ᅉ": "ᄋᄎ",
	"ᇯ": "ᄋᄏ",
	"ᅊ": "ᄋᄐ",
	"ᅋ": "ᄋᄑ",
	"ꥷ": "ᄋᄒ",
	"ᅆ": "ᄋᅀ",
	"ᇲ": "ᄋᅀ",
	"ㆃ": "ᄋᅀ",
	"ㅈ": "ᄌ",
	"ᆽ": "ᄌ",
	"ퟷ": "ᄌᄇ",
	"ퟸ": "ᄌᄇᄇ",
	"ᅍ": "ᄌᄋ",
	"ᄍ": "ᄌᄌ",
	"ㅉ": "ᄌᄌ",
	"ퟹ": "ᄌᄌ",
	"ꥸ": "ᄌᄌᄒ",
	"ㅊ": "ᄎ",
	"ᆾ": "ᄎ",
	"ᅒ": "ᄎᄏ",
	"ᅓ": "ᄎᄒ",
	"ㅋ": "ᄏ",
	"ᆿ": "ᄏ",
	"ㅌ": "ᄐ",
	"ᇀ": "ᄐ",
	"ꥹ": "ᄐᄐ",
	"ㅍ": "ᄑ",
	"ᇁ": "ᄑ",
	"ᅖ": "ᄑᄇ",
	"ᇳ": "ᄑᄇ",
	"ퟺ": "ᄑᄉ",
	"ᅗ": "ᄑᄋ",
	"ㆄ": "ᄑᄋ",
	"ᇴ": "ᄑᄋ",
	"ퟻ": "ᄑᄐ",
	"ꥺ": "ᄑᄒ",
	"ㅎ": "ᄒ",
	"ᇂ": "ᄒ",
	"ᇵ": "ᄒᄂ",
	"ᇶ": "ᄒᄅ",
	"ᇷ": "ᄒᄆ",
	"ᇸ": "ᄒᄇ",
	"ꥻ": "ᄒᄉ",
	"ᅘ": "ᄒᄒ",
	"ㆅ": "ᄒᄒ",
	"ᄽ": "ᄼᄼ",
	"ᄿ": "ᄾᄾ",
	"ㅿ": "ᅀ",
	"ᇫ": "ᅀ",
	"ퟳ": "ᅀᄇ",
	"ퟴ": "ᅀᄇᄋ",
	"ㆁ": "ᅌ",
	"ᇰ": "ᅌ",
	"ퟵ": "ᅌᄆ",
	"ퟶ": "ᅌᄒ",
	"ᅏ": "ᅎᅎ",
	"ᅑ": "ᅐᅐ",
	"ㆆ": "ᅙ",
	"ᇹ": "ᅙ",
	"ꥼ": "ᅙᅙ",
	"ㅤ": "ᅠ",
	"ㅏ": "ᅡ",
	"ᆣ": "ᅡー",
	"ᅶ": "ᅡᅩ",
	"ᅷ": "ᅡᅮ",
	"ᅢ": "ᅡ丨",
	"ㅐ": "ᅡ丨",
	"ㅑ": "ᅣ",
	"ᅸ": "ᅣᅩ",
	"ᅹ": "ᅣᅭ",
	"ᆤ": "ᅣᅮ",
	"ᅤ": "ᅣ丨",
	"ㅒ": "ᅣ丨",
	"ㅓ": "ᅥ",
	"ᅼ": "ᅥー",
	"ᅺ": "ᅥᅩ",
	"ᅻ": "ᅥᅮ",
	"ᅦ": "ᅥ丨",
	"ㅔ": "ᅥ丨",
	"ㅕ": "ᅧ",
	"ᆥ": "ᅧᅣ",
	"ᅽ": "ᅧᅩ",
	"ᅾ": "ᅧᅮ",
	"ᅨ": "ᅧ丨",
	"ㅖ": "ᅧ丨",
	"ㅗ": "ᅩ",
	"ᅪ": "ᅩᅡ",
	"ㅘ": "ᅩᅡ",
	"ᅫ": "ᅩᅡ丨",
	"ㅙ": "ᅩᅡ丨",
	"ᆦ": "ᅩᅣ",
	"ᆧ": "ᅩᅣ丨",
	"ᅿ": "ᅩᅥ",
	"ᆀ": "ᅩᅥ丨",
	"ힰ": "ᅩᅧ",
	"ᆁ": "ᅩᅧ丨",
	"ᆂ": "ᅩᅩ",
	"ힱ": "ᅩᅩ丨",
	"ᆃ": "ᅩᅮ",
	"ᅬ": "ᅩ丨",
	"ㅚ": "ᅩ丨",
	"ㅛ": "ᅭ",
	"ힲ": "ᅭᅡ",
	"ힳ": "ᅭᅡ丨",
	"ᆄ": "ᅭᅣ",
	"ㆇ": "ᅭᅣ",
	"ᆆ": "ᅭᅣ",
	"ᆅ": "ᅭᅣ丨",
	"ㆈ": "ᅭᅣ丨",
	"ힴ": "ᅭᅥ",
	"ᆇ": "ᅭᅩ",
	"ᆈ": "ᅭ丨",
	"ㆉ": "ᅭ丨",
	"ㅜ": "ᅮ",
	"ᆉ": "ᅮᅡ",
	"ᆊ": "ᅮᅡ丨",
	"ᅯ": "ᅮᅥ",
	"ㅝ": "ᅮᅥ",
	"ᆋ": "ᅮᅥー",
	"ᅰ": "ᅮᅥ丨",
	"ㅞ": "ᅮᅥ丨",
	"ힵ": "ᅮᅧ",
	"ᆌ": "ᅮᅧ丨",
	"ᆍ": "ᅮᅮ",
	"ᅱ": "ᅮ丨",
	"ㅟ": "ᅮ丨",
	"ힶ": "ᅮ丨丨",
	"ㅠ": "ᅲ",
	"ᆎ": "ᅲᅡ",
	"ힷ": "ᅲᅡ丨",
	"ᆏ": "ᅲᅥ",
	"ᆐ": "ᅲᅥ丨",
	"ᆑ": "ᅲᅧ",
	"ㆊ": "ᅲᅧ",
	"ᆒ": "ᅲᅧ丨",
	"ㆋ": "ᅲᅧ丨",
	"ힸ": "ᅲᅩ",
	"ᆓ": "ᅲᅮ",
	"ᆔ": "ᅲ丨",
	"ㆌ": "ᅲ丨",
	"ㆍ": "ᆞ",
	"ퟅ": "ᆞᅡ",
	"ᆟ": "ᆞᅥ",
	"ퟆ": "ᆞᅥ丨",
	"ᆠ": "ᆞᅮ",
	"ᆢ": "ᆞᆞ",
	"ᆡ": "ᆞ丨",
	"ㆎ": "ᆞ丨",
	"ヘ": "へ",
	"⍁": "〼",
	"⧄": "〼",
	"꒞": "ꁊ",
	"꒬": "ꁐ",
	"꒜": "ꃀ",
	"꒨": "ꄲ",
	"꒿": "ꉙ",
	"꒾": "ꊱ",
	"꒔": "ꋍ",
	"꓀": "ꎫ",
	"꓂": "ꎵ",
	"꒺": "ꎿ",
	"꒰": "ꏂ",
	"꒧": "ꑘ",
	"⊥": "ꓕ",
	"⟂": "ꓕ",
	"𝈜": "ꓕ",
	"Ʇ": "ꓕ",
	"Ꞟ": "ꓤ",
	"⅁": "ꓨ",
	"⅂": "ꓶ",
	"𝈕": "ꓶ",
	"𝈫": "ꓶ",
	"𖼦": "ꓶ",
	"𐐑": "ꓶ",
	"⅃": "𖼀",
	"𑫦": "𑫥𑫯",
	"𑫨": "𑫥𑫥",
	"𑫩": "𑫥𑫥𑫯",
	"𑫪": "𑫥𑫥𑫰",
	"𑫧": "𑫥𑫰",
	"𑫴": "𑫳𑫯",
	"𑫶": "𑫳𑫳",
	"𑫷": "𑫳𑫳𑫯",
	"𑫸": "𑫳𑫳𑫰",
	"𑫵": "𑫳𑫰",
	"𑫬": "𑫫𑫯",
	"𑫭": "𑫫𑫫",
	"𑫮": "𑫫𑫫𑫯",
	"⊕": "𐊨",
	"⨁": "𐊨",
	"🜨": "𐊨",
	"Ꚛ": "𐊨",
	"▽": "𐊼",
	"𝈔": "𐊼",
	"🜄": "𐊼",
	"⧖": "𐋀",
	"ꞛ": "𐐺",
	"Ꞛ": "𐐒",
	"𐒠": "𐒆",
	"𐏑": "𐎂",
	"𐏓": "𐎓",
	"𒀸": "𐎚",
	"☥": "𐦞",
	"𓋹": "𐦞",
	"〹": "卄",
	"不": "不",
	"丽": "丽",
	"並": "並",
	"⎜": "丨",
	"⎟": "丨",
	"⎢": "丨",
	"⎥": "丨",
	"⎪": "丨",
	"⎮": "丨",
	"㇑": "丨",
	"ᅵ": "丨",
	"ㅣ": "丨",
	"⼁": "丨",
	"ᆜ": "丨ー",
	"ᆘ": "丨ᅡ",
	"ᆙ": "丨ᅣ",
	"ힽ": "丨ᅣᅩ",
	"ힾ": "丨ᅣ丨",
	"ힿ": "丨ᅧ",
	"ퟀ": "丨ᅧ丨",
	"ᆚ": "丨ᅩ",
	"ퟁ": "丨ᅩ丨",
	"ퟂ": "丨ᅭ",
	"ᆛ": "丨ᅮ",
	"ퟃ": "丨ᅲ",
	"ᆝ": "丨ᆞ",
	"ퟄ": "丨丨",
	"串": "串",
	"丸": "丸",
	"丹": "丹",
	"乁": "乁",
	"㇠": "乙",
	"⼄": "乙",
	"㇟": "乚",
	"⺃": "乚",
	"㇖": "乛",
	"⺂": "乛",
	"⻲": "亀",
	"亂": "亂",
	"㇚": "亅",
	"⼅": "亅",
	"了": "了",
	"ニ": "二",
	"⼆": "二",
	"𠄢": "𠄢",
	"⼇": "亠",
	"亮": "亮",
	"⼈": "人",
	"イ": "亻",
	"⺅": "亻",
	"什": "什",
	"仌": "仌",
	"令": "令",
	"你": "你",
	"倂": "併",
	"倂": "併",
	"侀": "侀",
	"來": "來",
	"例": "例",
	"侮": "侮",
	"侮": "侮",
	"侻": "侻",
	"便": "便",
	"值": "値",
	"倫": "倫",
	"偺": "偺",
	"備": "備",
	"像": "像",
	"僚": "僚",
	"僧": "僧",
	"僧": "僧",
	"㒞": "㒞",
	"⼉": "儿",
	"兀": "兀",
	"⺎": "兀",
	"充": "充",
	"免": "免",
	"免": "免",
	"兔": "兔",
	"兤": "兤",
	"⼊": "入",
	"內": "內",
	"全": "全",
	"兩": "兩",
	"ハ": "八",
	"⼋": "八",
	"六": "六",
	"具": "具",
	"𠔜": "𠔜",
	"𠔥": "𠔥",
	"冀": "冀",
	"㒹": "㒹",
	"⼌": "冂",
	"再": "再",
	"𠕋": "𠕋",
	"冒": "冒",
	"冕": "冕",
	"㒻": "㒻",
	"最": "最",
	"⼍": "冖",
	"冗": "冗",
	"冤": "冤",
	"⼎": "冫",
	"冬": "冬",
	"况": "况",
	"况": "况",
	"冷": "冷",
	"凉": "凉",
	"凌": "凌",
	"凜": "凜",
	"凞": "凞",
	"⼏": "几",
	"𠘺": "𠘺",
	"凵": "凵",
	"⼐": "凵",
	"⼑": "刀",
	"⺉": "刂",
	"刃": "刃",
	"切": "切",
	"切": "切",
	"列": "列",
	"利": "利",
	"㓟": "㓟",
	"刺": "刺",
	"刻": "刻",
	"剆": "剆",
	"割": "割",
	"剷": "剷",
	"劉": "劉",
	"𠠄": "𠠄",
	"カ": "力",
	"力": "力",
	"⼒": "力",
	"劣": "劣",
	"㔕": "㔕",
	"劳": "劳",
	"勇": "勇",
	"勇": "勇",
	"勉": "勉",
	"勉": "勉",
	"勒": "勒",
	"勞": "勞",
	"勤": "勤",
	"勤": "勤",
	"勵": "勵",
	"⼓": "勹",
	"勺": "勺",
	"勺": "勺",
	"包": "包",
	"匆": "匆",
	"𠣞": "𠣞",
	"⼔": "匕",
	"北": "北",
	"北": "北",
	"⼕": "匚",
	"⼖": "匸",
	"匿": "匿",
	"⼗": "十",
	"〸": "十",
	"〺": "卅",
	"卉": "卉",
	"࿖": "卍",
	"࿕": "卐",
	"卑": "卑",
	"卑": "卑",
	"博": "博",
	"ト": "卜",
	"⼘": "卜",
	"⼙": "卩",
	"⺋": "㔾",
	"即": "即",
	"卵": "卵",
	"卽": "卽",
	"卿": "卿",
	"卿": "卿",
	"卿": "卿",
	"⼚": "厂",
	"𠨬": "𠨬",
	"⼛": "厶",
	"參": "參",
	"⼜": "又",
	"及": "及",
	"叟": "叟",
	"𠭣": "𠭣",
	"ロ": "口",
	"⼝": "口",
	"囗": "口",
	"⼞": "口",
	"句": "句",
	"叫": "叫",
	"叱": "叱",
	"吆": "吆",
	"吏": "吏",
	"吝": "吝",
	"吸": "吸",
	"呂": "呂",
	"呈": "呈",
	"周": "周",
	"咞": "咞",
	"咢": "咢",
	"咽": "咽",
	"䎛": "㖈",
	"哶": "哶",
	"唐": "唐",
	"啓": "啓",
	"啟": "啓",
	"啕": "啕",
	"啣": "啣",
	"善": "善",
	"善": "善",
	"喇": "喇",
	"喙": "喙",
	"喙": "喙",
	"喝": "喝",
	"喝": "喝",
	"喫": "喫",
	"喳": "喳",
	"嗀": "嗀",
	"嗂": "嗂",
	"嗢": "嗢",
	"嘆": "嘆",
	"嘆": "嘆",
	"噑": "噑",
	"噴": "噴",
	"器": "器",
	"囹": "囹",
	"圖": "圖",
	"圗": "圗",
	"⼟": "土",
	"士": "土",
	"⼠": "土",
	"型": "型",
	"城": "城",
	"㦳": "㘽",
	"埴": "埴",
	"堍": "堍",
	"報": "報",
	"堲": "堲",
	"塀": "塀",
	"塚": "塚",
	"塚": "塚",
	"塞": "塞",
	"填": "塡",
	"壿": "墫",
	"墬": "墬",
	"墳": "墳",
	"壘": "壘",
	"壟": "壟",
	"𡓤": "𡓤",
	"壮": "壮",
	"売": "売",
	"壷": "壷",
	"⼡": "夂",
	"夆": "夆",
	"⼢": "夊",
	"タ": "夕",
	"⼣": "夕",
	"多": "多",
	"夢": "夢",
	"⼤": "大",
	"奄": "奄",
	"奈": "奈",
	"契": "契",
	"奔": "奔",
	"奢": "奢",
	"女": "女",
	"⼥": "女",
	"𡚨": "𡚨",
	"𡛪": "𡛪",
	"姘": "姘",
	"姬": "姬",
	"娛": "娛",
	"娧": "娧",
	"婢": "婢",
	"婦": "婦",
	"嬀": "媯",
	"㛮": "㛮",
	"㛼": "㛼",
	"媵": "媵",
	"嬈": "嬈",
	"嬨": "嬨",
	"嬾": "嬾",
	"嬾": "嬾",
	"⼦": "子",
	"⼧": "宀",
	"宅": "宅",
	"𡧈": "𡧈",
	"寃": "寃",
	"寘": "寘",
	"寧": "寧",
	"寧": "寧",
	"寧": "寧",
	"寮": "寮",
	"寳": "寳",
	"𡬘": "𡬘",
	"⼨": "寸",
	"寿": "寿",
	"将": "将",
	"⼩": "小",
	"尢": "尢",
	"⺐": "尢",
	"⼪": "尢",
	"⺏": "尣",
	"㞁": "㞁",
	"⼫": "尸",
	"尿": "尿",
	"屠": "屠",
	"屢": "屢",
	"層": "層",
	"履": "履",
	"屮": "屮",
	"屮": "屮",
	"⼬": "屮",
	"𡴋": "𡴋",
	"⼭": "山",
	"峀": "峀",
	"岍": "岍",
	"𡷤": "𡷤",
	"𡷦": "𡷦",
	"崙": "崙",
	"嵃": "嵃",
	"嵐": "嵐",
	"嵫": "嵫",
	"嵮": "嵮",
	"嵼": "嵼",
	"嶲": "嶲",
	"嶺": "嶺",
	"⼮": "巛",
	"巢": "巢",
	"エ": "工",
	"⼯": "工",
	"⼰": "己",
	"⺒": "巳",
	"㠯": "㠯",
	"巽": "巽",
	"⼱": "巾",
	"帲": "帡",
	"帨": "帨",
	"帽": "帽",
	"幩": "幩",
	"㡢": "㡢",
	"𢆃": "𢆃",
	"⼲": "干",
	"年": "年",
	"𢆟": "𢆟",
	"⺓": "幺",
	"⼳": "幺",
	"⼴": "广",
	"度": "度",
	"㡼": "㡼",
	"庰": "庰",
	"庳": "庳",
	"庶": "庶",
	"廊": "廊",
	"廊": "廊",
	"廉": "廉",
	"廒": "廒",
	"廓": "廓",
	"廙": "廙",
	"廬": "廬",
	"⼵": "廴",
	"廾": "廾",
	"⼶": "廾",
	"𢌱": "𢌱",
	"𢌱": "𢌱",
	"弄": "弄",
	"⼷": "弋",
	"⼸": "弓",
	"弢": "弢",
	"弢": "弢",
	"⼹": "彐",
	"⺔": "彑",
	"当": "当",
	"㣇": "㣇",
	"⼺": "彡",
	"形": "形",
	"彩": "彩",
	"彫": "彫",
	"⼻": "彳",
	"律": "律",
	"㣣": "㣣",
	"徚": "徚",
	"復": "復",
	"徭": "徭",
	"⼼": "心",
	"⺖": "忄",
	"⺗": "㣺",
	"忍": "忍",
	"志": "志",
	"念": "念",
	"忹": "忹",
	"怒": "怒",
	"怜": "怜",
	"恵": "恵",
	"㤜": "㤜",
	"㤺": "㤺",
	"悁": "悁",
	"悔": "悔",
	"悔": "悔",
	"惇": "惇",
	"惘": "惘",
	"惡": "惡",
	"𢛔": "𢛔",
	"愈": "愈",
	"慨": "慨",
	"慄": "慄",
	"慈": "慈",
	"慌": "慌",
	"慌": "慌",
	"慎": "慎",
	"慎": "慎",
	"慠": "慠",
	"慺": "慺",
	"憎": "憎",
	"憎": "憎",
	"憎": "憎",
	"憐": "憐",
	"憤": "憤",
	"憯": "憯",
	"憲": "憲",
	"𢡄": "𢡄",
	"𢡊": "𢡊",
	"懞": "懞",
	"懲": "懲",
	"懲": "懲",
	"懲": "懲",
	"懶": "懶",
	"懶": "懶",
	"戀": "戀",
	"⼽": "戈",
	"成": "成",
	"戛": "戛",
	"戮": "戮",
	"戴": "戴",
	"⼾": "戶",
	"戸": "戶",
	"⼿": "手",
	"⺘": "扌",
	"扝": "扝",
	"抱": "抱",
	"拉": "拉",
	"拏": "拏",
	"拓": "拓",
	"拔": "拔",
	"拼": "拼",
	"拾": "拾",
	"𢬌": "𢬌",
	"挽": "挽",
	"捐": "捐",
	"捨": "捨",
	"捻": "捻",
	"掃": "掃",
	"掠": "掠",
	"掩": "掩",
	"揄": "揄",
	"揤": "揤",
	"摒": "摒",
	"𢯱": "𢯱",
	"搜": "搜",
	"搢": "搢",
	"揅": "揅",
	"摩": "摩",
	"摷": "摷",
	"摾": "摾",
	"㨮": "㨮",
	"搉": "㩁",
	"撚": "撚",
	"撝": "撝",
	"擄": "擄",
	"㩬": "㩬",
	"⽀": "支",
	"⽁": "攴",
	"⺙": "攵",
	"敏": "敏",
	"敏": "敏",
	"敖": "敖",
	"敬": "敬",
	"數": "數",
	"𣀊": "𣀊",
	"⽂": "文",
	"⻫": "斉",
	"⽃": "斗",
	"料": "料",
	"⽄": "斤",
	"⽅": "方",
	"旅": "旅",
	"⽆": "无",
	"⺛": "旡",
	"既": "既",
	"旣": "旣",
	"⽇": "日",
	"易": "易",
	"曶": "㫚",
	"㫤": "㫤",
	"晉": "晉",
	"晩": "晚",
	"晴": "晴",
	"晴": "晴",
	"暑": "暑",
	"暑": "暑",
	"暈": "暈",
	"㬈": "㬈",
	"暜": "暜",
	"暴": "暴",
	"曆": "曆",
	"㬙": "㬙",
	"𣊸": "𣊸",
	"⽈": "曰",
	"更": "更",
	"書": "書",
	"⽉": "月",
	"𣍟": "𣍟",
	"肦": "朌",
	"胐": "朏",
	"胊": "朐",
	"脁": "朓",
	"胶": "㬵",
	"朗": "朗",
	"朗": "朗",
	"朗": "朗",
	"脧": "朘",
	"望": "望",
	"望": "望",
	"幐": "㬺",
	"䐠": "㬻",
	"𣎓": "𣎓",
	"膧": "朣",
	"𣎜": "𣎜",
	"⽊": "木",
	"李": "李",
	"杓": "杓",
	"杖": "杖",
	"杞": "杞",
	"𣏃": "𣏃",
	"柿": "杮",
	"杻": "杻",
	"枅": "枅",
	"林": "林",
	"㭉": "㭉",
	"𣏕": "𣏕",
	"柳": "柳",
	"柺": "柺",
	"栗": "栗",
	"栟": "栟",
	"桒": "桒",
	"𣑭": "𣑭",
	"梁": "梁",
	"梅": "梅",
	"梅": "梅",
	"梎": "梎",
	"梨": "梨",
	"椔": "椔",
	"楂": "楂",
	"㮝": "㮝",
	"㮝": "㮝",
	"槩": "㮣",
	"樧": "榝",
	"榣": "榣",
	"槪": "槪",
	"樂": "樂",
	"樂": "樂",
	"樂": "樂",
	"樓": "樓",
	"𣚣": "𣚣",
	"檨": "檨",
	"櫓": "櫓",
	"櫛": "櫛",
	"欄": "欄",
	"㰘": "㰘",
	"⽋": "欠",
	"次": "次",
	"𣢧": "𣢧",
	"歔": "歔",
	"㱎": "㱎",
	"⽌": "止",
	"⻭": "歯",
	"歲": "歲",
	"歷": "歷",
	"歹": "歹",
	"⽍": "歹",
	"⺞": "歺",
	"殟": "殟",
	"殮": "殮",
	"⽎": "殳",
	"殺": "殺",
	"殺": "殺",
	"殺": "殺",
	"殻": "殻",
	"𣪍": "𣪍",
	"⽏": "毋",
	"⺟": "母",
	"𣫺": "𣫺",
	"⽐": "比",
	"⽑": "毛",
	"⽒": "氏",
	"⺠": "民",
	"⽓": "气",
	"⽔": "水",
	"⺡": "氵",
	"⺢": "氺",
	"汎": "汎",
	"汧": "汧",
	"沈": "沈",
	"沿": "沿",
	"泌": "泌",
	"泍": "泍",
	"泥": "泥",
	"𣲼": "𣲼",
	"洛": "洛",
	"洞": "洞",
	"洴": "洴",
	"派": "派",
	"流": "流",
	"流": "流",
	"流": "流",
	"洖": "洖",
	"浩": "浩",
	"浪": "浪",
	"海": "海",
	"海": "海",
	"浸": "浸",
	"涅": "涅",
	"𣴞": "𣴞",
	"淋": "淋",
	"淚": "淚",
	"淪": "淪",
	"淹": "淹",
	"渚": "渚",
	"港": "港",
	"湮": "湮",
	"潙": "溈",
	"滋": "滋",
	"滋": "滋",
	"溜": "溜",
	"溺": "溺",
	"滇": "滇",
	"滑": "滑",
	"滛": "滛",
	"㴳": "㴳",
	"漏": "漏",
	"漢": "漢",
	"漢": "漢",
	"漣": "漣",
	"𣻑": "𣻑",
	"潮": "潮",
	"𣽞": "𣽞",
	"𣾎": "𣾎",
	"濆": "濆",
	"濫": "濫",
	"濾": "濾",
	"瀛": "瀛",
	"瀞": "瀞",
	"瀞": "瀞",
	"瀹": "瀹",
	"灊": "灊",
	"㶖": "㶖",
	"⽕": "火",
	"⺣": "灬",
	"灰": "灰",
	"灷": "灷",
	"災": "災",
	"炙": "炙",
	"炭": "炭",
	"烈": "烈",
	"烙": "烙",
	"煮": "煮",
	"煮": "煮",
	"𤉣": "𤉣",
	"煅": "煅",
	"煉": "煉",
	"𤋮": "𤋮",
	"熜": "熜",
	"燎": "燎",
	"燐": "燐",
	"𤎫": "𤎫",
	"爐": "爐",
	"爛": "爛",
	"爨": "爨",
	"⽖": "爪",
	"爫": "爫",
	"⺤": "爫",
	"爵": "爵",
	"爵": "爵",
	"⽗": "父",
	"⽘": "爻",
	"⺦": "丬",
	"⽙": "爿",
	"⽚": "片",
	"牐": "牐",
	"⽛": "牙",
	"𤘈": "𤘈",
	"⽜": "牛",
	"牢": "牢",
	"犀": "犀",
	"犕": "犕",
	"⽝": "犬",
	"⺨": "犭",
	"犯": "犯",
	"狀": "狀",
	"𤜵": "𤜵",
	"狼": "狼",
	"猪": "猪",
	"猪": "猪",
	"𤠔": "𤠔",
	"獵": "獵",
	"獺": "獺",
	"⽞": "玄",
	"率": "率",
	"率": "率",
	"⽟": "玉",
	"王": "王",
	"㺬": "㺬",
	"玥": "玥",
	"玲": "玲",
	"㺸": "㺸",
	"㺸": "㺸",
	"珞": "珞",
	"琉": "琉",
	"理": "理",
	"琢": "琢",
	"瑇": "瑇",
	"瑜": "瑜",
	"瑩": "瑩",
	"瑱": "瑱",
	"瑱": "瑱",
	"璅": "璅",
	"璉": "璉",
	"璘": "璘",
	"瓊": "瓊",
	"⽠": "瓜",
	"⽡": "瓦",
	"㼛": "㼛",
	"甆": "甆",
	"⽢": "甘",
	"⽣": "生",
	"甤": "甤",
	"⽤": "用",
	"⽥": "田",
	"画": "画",
	"甾": "甾",
	"𤰶": "𤰶",
	"留": "留",
	"略": "略",
	"異": "異",
	"異": "異",
	"𤲒": "𤲒",
	"⽦": "疋",
	"⽧": "疒",
	"痢": "痢",
	"瘐": "瘐",
	"瘟": "瘟",
	"瘝": "瘝",
	"療": "療",
	"癩": "癩",
	"⽨": "癶",
	"⽩": "白",
	"𤾡": "𤾡",
	"𤾸": "𤾸",
	"⽪": "皮",
	"⽫": "皿",
	"𥁄": "𥁄",
	"㿼": "㿼",
	"益": "益",
	"益": "益",
	"盛": "盛",
	"盧": "盧",
	"䀈": "䀈",
	"⽬": "目",
	"直": "直",
	"直": "直",
	"𥃲": "𥃲",
	"𥃳": "𥃳",
	"省": "省",
	"䀘": "䀘",
	"𥄙": "𥄙",
	"眞": "眞",
	"真": "真",
	"真": "真",
	"𥄳": "𥄳",
	"着": "着",
	"睊": "睊",
	"睊": "睊",
	"鿃": "䀹",
	"䀹": "䀹",
	"䀹": "䀹",
	"晣": "䀿",
	"䁆": "䁆",
	"瞋": "瞋",
	"𥉉": "𥉉",
	"瞧": "瞧",
	"⽭": "矛",
	"⽮": "矢",
	"⽯": "石",
	"䂖": "䂖",
	"𥐝": "𥐝",
	"硏": "研",
	"硎": "硎",
	"硫": "硫",
	"碌": "碌",
	"碌": "碌",
	"碑": "碑",
	"磊": "磊",
	"磌": "磌",
	"磌": "磌",
	"磻": "磻",
	"䃣": "䃣",
	"礪": "礪",
	"⽰": "示",
	"⺭": "礻",
	"礼": "礼",
	"社": "社",
	"祈": "祈",
	"祉": "祉",
	"𥘦": "𥘦",
	"祐": "祐",
	"祖": "祖",
	"祖": "祖",
	"祝": "祝",
	"神": "神",
	"祥": "祥",
	"視": "視",
	"視": "視",
	"祿": "祿",
	"𥚚": "𥚚",
	"禍": "禍",
	"禎": "禎",
	"福": "福",
	"福": "福",
	"𥛅": "𥛅",
	"禮": "禮",
	"⽱": "禸",
	"⽲": "禾",
	"秊": "秊",
	"䄯": "䄯",
	"秫": "秫",
	"稜": "稜",
	"穊": "穊",
	"穀": "穀",
	"穀": "穀",
	"穏": "穏",
	"⽳": "穴",
	"突": "突",
	"𥥼": "𥥼",
	"窱": "窱",
	"立": "立",
	"⽴": "立",
	"⻯": "竜",
	"𥪧": "𥪧",
	"𥪧": "𥪧",
	"竮": "竮",
	"⽵": "竹",
	"笠": "笠",
	"節": "節",
	"節": "節",
	"䈂": "䈂",
	"𥮫": "𥮫",
	"篆": "篆",
	"䈧": "䈧",
	"築": "築",
	"𥲀": "𥲀",
	"𥳐": "𥳐",
	"簾": "簾",
	"籠": "籠",
	"⽶": "米",
	"类": "类",
	"粒": "粒",
	"精": "精",
	"糒": "糒",
	"糖": "糖",
	"糨": "糨",
	"䊠": "䊠",
	"糣": "糣",
	"糧": "糧",
	"⽷": "糸",
	"⺯": "糹",
	"𥾆": "𥾆",
	"紀": "紀",
	"紐": "紐",
	"索": "索",
	"累": "累",
	"絶": "絕",
	"絣": "絣",
	"絛": "絛",
	"綠": "綠",
	"綾": "綾",
	"緇": "緇",
	"練": "練",
	"練": "練",
	"練": "練",
	"縂": "縂",
	"䌁": "䌁",
	"縉": "縉",
	"縷": "縷",
	"繁": "繁",
	"繅": "繅",
	"𦇚": "𦇚",
	"䌴": "䌴",
	"⽸": "缶",
	"𦈨": "𦈨",
	"缾": "缾",
	"𦉇": "𦉇",
	"⽹": "网",
	"⺫": "罒",
	"⺲": "罒",
	"⺱": "罓",
	"䍙": "䍙",
	"署": "署",
	"𦋙": "𦋙",
	"罹": "罹",
	"罺": "罺",
	"羅": "羅",
	"𦌾": "𦌾",
	"⽺": "羊",
	"羕": "羕",
	"羚": "羚",
	"羽": "羽",
	"⽻": "羽",
	"翺": "翺",
	"老": "老",
	"⽼": "老",
	"⺹": "耂",
	"者": "者",
	"者": "者",
	"者": "者",
	"⽽": "而",
	"𦓚": "𦓚",
	"⽾": "耒",
	"𦔣": "𦔣",
	"⽿": "耳",
	"聆": "聆",
	"聠": "聠",
	"𦖨": "𦖨",
	"聯": "聯",
	"聰": "聰",
	"聾": "聾",
	"⾀": "聿",
	"⺺": "肀",
	"⾁": "肉",
	"肋": "肋",
	"肭": "肭",
	"育": "育",
	"䏕": "䏕",
	"䏙": "䏙",
	"腁": "胼",
	"脃": "脃",
	"脾": "脾",
	"䐋": "䐋",
	"朡": "朡",
	"𦞧": "𦞧",
	"𦞵": "𦞵",
	"朦": "䑃",
	"臘": "臘",
	"⾂": "臣",
	"臨": "臨",
	"⾃": "自",
	"臭": "臭",
	"⾄": "至",
	"⾅": "臼",
	"舁": "舁",
	"舁": "舁",
	"舄": "舄",
	"⾆": "舌",
	"舘": "舘",
	"⾇": "舛",
	"⾈": "舟",
	"䑫": "䑫",
	"⾉": "艮",
	"良": "良",
	"⾊": "色",
	"⾋": "艸",
	"艹": "艹",
	"艹": "艹",
	"⺾": "艹",
	"⺿": "艹",
	"⻀": "艹",
	"芋": "芋",
	"芑": "芑",
	"芝": "芝",
	"花": "花",
	"芳": "芳",
	"芽": "芽",
	"若": "若",
	"若": "若",
	"苦": "苦",
	"𦬼": "𦬼",
	"茶": "茶",
	"荒": "荒",
	"荣": "荣",
	"茝": "茝",
	"茣": "茣",
	"莽": "莽",
	"荓": "荓",
	"菉": "菉",
	"菊": "菊",
	"菌": "菌",
	"菜": "菜",
	"菧": "菧",
	"華": "華",
	"菱": "菱",
	"著": "著",
	"著": "著",
	"𦰶": "𦰶",
	"莭": "莭",
	"落": "落",
	"葉": "葉",
	"蔿": "蒍",
	"𦳕": "𦳕",
	"𦵫": "𦵫",
	"蓮": "蓮",
	"蓱": "蓱",
	"蓳": "蓳",
	"蓼": "蓼",
	"蔖": "蔖",
	"䔫": "䔫",
	"蕤": "蕤",
	"𦼬": "𦼬",
	"藍": "藍",
	"䕝": "䕝",
	"𦾱": "𦾱",
	"䕡": "䕡",
	"藺": "藺",
	"蘆": "蘆",
	"䕫": "䕫",
	"蘒": "蘒",
	"蘭": "蘭",
	"𧃒": "𧃒",
	"虁": "蘷",
	"蘿": "蘿",
	"⾌": "虍",
	"⻁": "虎",
	"虐": "虐",
	"虜": "虜",
	"虜": "虜",
	"虧": "虧",
	"虩": "虩",
	"⾍": "虫",
	"蚩": "蚩",
	"蚈": "蚈",
	"蛢": "蛢",
	"蜎": "蜎",
	"蜨": "蜨",
	"蝫": "蝫",
	"蟡": "蟡",
	"蝹": "蝹",
	"蝹": "蝹",
	"螆": "螆",
	"䗗": "䗗",
	"𧏊": "𧏊",
	"螺": "螺",
	"蠁": "蠁",
	"䗹": "䗹",
	"蠟": "蠟",
	"⾎": "血",
	"行": "行",
	"⾏": "行",
	"衠": "衠",
	"衣": "衣",
	"⾐": "衣",
	"⻂": "衤",
	"裂": "裂",
	"𧙧": "𧙧",
	"裏": "裏",
	"裗": "裗",
	"裞": "裞",
	"裡": "裡",
	"裸": "裸",
	"裺": "裺",
	"䘵": "䘵",
	"褐": "褐",
	"襁": "襁",
	"襤": "襤",
	"⾑": "襾",
	"⻄": "西",
	"⻃": "覀",
	"覆": "覆",
	"見": "見",
	"⾒": "見",
	"𧢮": "𧢮",
	"⻅": "见",
	"⾓": "角",
	"⾔": "言",
	"𧥦": "𧥦",
	"詽": "訮",
	"訞": "䚶",
	"䚾": "䚾",
	"䛇": "䛇",
	"誠": "誠",
	"說": "說",
	"說": "說",
	"調": "調",
	"請": "請",
	"諒": "諒",
	"論": "論",
	"諭": "諭",
	"諭": "諭",
	"諸": "諸",
	"諸": "諸",
	"諾": "諾",
	"諾": "諾",
	"謁": "謁",
	"謁": "謁",
	"謹": "謹",
	"謹": "謹",
	"識": "識",
	"讀": "讀",
	"讏": "讆",
	"變": "變",
	"變": "變",
	"⻈": "讠",
	"⾕": "谷",
	"⾖": "豆",
	"豈": "豈",
	"豕": "豕",
	"⾗": "豕",
	"豣": "豜",
	"⾘": "豸",
	"𧲨": "𧲨",
	"⾙": "貝",
	"貫": "貫",
	"賁": "賁",
	"賂": "賂",
	"賈": "賈",
	"賓": "賓",
	"贈": "贈",
	"贈": "贈",
	"贛": "贛",
	"⻉": "贝",
	"⾚": "赤",
	"⾛": "走",
	"起": "起",
	"趆": "赿",
	"𧻓": "𧻓",
	"𧼯": "𧼯",
	"⾜": "足",
	"跋": "跋",
	"趼": "趼",
	"跺": "跥",
	"路": "路",
	"跰": "跰",
	"躛": "躗",
	"⾝": "身",
	"車": "車",
	"⾞": "車",
	"軔": "軔",
	"輧": "軿",
	"輦": "輦",
	"輪": "輪",
	"輸": "輸",
	"輸": "輸",
	"輻": "輻",
	"轢": "轢",
	"⻋": "车",
	"⾟": "辛",
	"辞": "辞",
	"辰": "辰",
	"⾠": "辰",
	"⾡": "辵",
	"辶": "辶",
	"⻌": "辶",
	"⻍": "辶",
	"巡": "巡",
	"連": "連",
	"逸": "逸",
	"逸": "逸",
	"遲": "遲",
	"遼": "遼",
	"𨗒": "𨗒",
	"𨗭": "𨗭",
	"邏": "邏",
	"⾢": "邑",
	"邔": "邔",
	"郎": "郎",
	"郞": "郎",
	"郞": "郎",
	"郱": "郱",
	"都": "都",
	"𨜮": "𨜮",
	"鄑": "鄑",
	"鄛": "鄛",
	"⾣": "酉",
	"酪": "酪",
	"醙": "醙",
	"醴": "醴",
	"⾤": "釆",
	"里": "里",
	"⾥": "里",
	"量": "量",
	"金": "金",
	"⾦": "金",
	"鈴": "鈴",
	"鈸": "鈸",
	"鉶": "鉶",
	"鋗": "鋗",
	"鋘": "鋘",
	"鉼": "鉼",
	"錄": "錄",
	"鍊": "鍊",
	"鎮": "鎭",
	"鏹": "鏹",
	"鐕": "鐕",
	"𨯺": "𨯺",
	"⻐": "钅",
	"⻑": "長",
	"⾧": "長",
	"⻒": "镸",
	"⻓": "长",
	"⾨": "門",
	"開": "開",
	"䦕": "䦕",
	"閭": "閭",
	"閷": "閷",
	"𨵷": "𨵷",
	"⻔": "门",
	"⾩": "阜",
	"⻏": "阝",
	"⻖": "阝",
	"阮": "阮",
	"陋": "陋",
	"降": "降",
	"陵": "陵",
	"陸": "陸",
	"陼": "陼",
	"隆": "隆",
	"隣": "隣",
	"䧦": "䧦",
	"⾪": "隶",
	"隷": "隷",
	"隸": "隷",
	"隸": "隷",
	"⾫": "隹",
	"雃": "雃",
	"離": "離",
	"難": "難",
	"難": "難",
	"⾬": "雨",
	"零": "零",
	"雷": "雷",
	"霣": "霣",
	"𩅅": "𩅅",
	"露": "露",
	"靈": "靈",
	"⾭": "靑",
	"⻘": "青",
	"靖": "靖",
	"靖": "靖",
	"𩇟": "𩇟",
	"⾮": "非",
	"⾯": "面",
	"𩈚": "𩈚",
	"⾰": "革",
	"䩮": "䩮",
	"䩶": "䩶",
	"⾱": "韋",
	"韛": "韛",
	"韠": "韠",
	"⻙": "韦",
	"⾲": "韭",
	"𩐊": "𩐊",
	"⾳": "音",
	"響": "響",
	"響": "響",
	"⾴": "頁",
	"䪲": "䪲",
	"頋": "頋",
	"頋": "頋",
	"頋": "頋",
	"領": "領",
	"頩": "頩",
	"𩒖": "𩒖",
	"頻": "頻",
	"頻": "頻",
	"類": "類",
	"⻚": "页",
	"⾵": "風",
	"𩖶": "𩖶",
	"⻛": "风",
	"⾶": "飛",
	"⻜": "飞",
	"⻝": "食",
	"⾷": "食",
	"⻟": "飠",
	"飢": "飢",
	"飯": "飯",
	"飼": "飼",
	"䬳": "䬳",
	"館": "館",
	"餩": "餩",
	"⻠": "饣",
	"⾸": "首",
	"⾹": "香",
	"馧": "馧",
	"⾺": "馬",
	"駂": "駂",
	"駱": "駱",
	"駾": "駾",
	"驪": "驪",
	"⻢": "马",
	"⾻": "骨",
	"䯎": "䯎",
	"⾼": "高",
	"⾽": "髟",
	"𩬰": "𩬰",
	"鬒": "鬒",
	"鬒": "鬒",
	"⾾": "鬥",
	"⾿": "鬯",
	"⿀": "鬲",
	"⿁": "鬼",
	"⻤": "鬼",
	"⿂": "魚",
	"魯": "魯",
	"鱀": "鱀",
	"鱗": "鱗",
	"⻥": "鱼",
	"⿃": "鳥",
	"鳽": "鳽",
	"䳎": "䳎",
	"鵧": "鵧",
	"䳭": "䳭",
	"𪃎": "𪃎",
	"鶴": "鶴",
	"𪄅": "𪄅",
	"䳸": "䳸",
	"鷺": "鷺",
	"𪈎": "𪈎",
	"鸞": "鸞",
	"鹃": "鹂",
	"⿄": "鹵",
	"鹿": "鹿",
	"⿅": "鹿",
	"𪊑": "𪊑",
	"麗": "麗",
	"麟": "麟",
	"⿆": "麥",
	"⻨": "麦",
	"麻": "麻",
	"⿇": "麻",
	"𪎒": "𪎒",
	"⿈": "黃",
	"⻩": "黄",
	"⿉": "黍",
	"黎": "黎",
	"䵖": "䵖",
	"⿊": "黑",
	"黒": "黑",
	"墨": "墨",
	"黹": "黹",
	"⿋": "黹",
	"⿌": "黽",
	"鼅": "鼅",
	"黾": "黾",
	"⿍": "鼎",
	"鼏": "鼏",
	"⿎": "鼓",
	"鼖": "鼖",
	"⿏": "鼠",
	"鼻": "鼻",
	"⿐": "鼻",
	"齃": "齃",
	"⿑": "齊",
	"⻬": "齐",
	"⿒": "齒",
	"𪘀": "𪘀",
	"⻮": "齿",
	"龍": "龍",
	"⿓": "龍",
	"龎": "龎",
	"⻰": "龙",
	"龜": "龜",
	"龜": "龜",
	"龜": "龜",
	"⿔": "龜",
	"⻳": "龟",
	"⿕": "龠"
};

var unhomoglyph_1;
var hasRequiredUnhomoglyph;

function requireUnhomoglyph () {
	if (hasRequiredUnhomoglyph) return unhomoglyph_1;
	hasRequiredUnhomoglyph = 1;


	var data = require$$0;

	function escapeRegexp(str) {
	  return str.replace(/([.?*+^$[\]\\(){}|-])/g, '\\$1');
	}

	var REPLACE_RE = RegExp(Object.keys(data).map(escapeRegexp).join('|'), 'g');

	function replace_fn(match) {
	  return data[match];
	}

	function unhomoglyph(str) {
	  return str.replace(REPLACE_RE, replace_fn);
	}

	unhomoglyph_1 = unhomoglyph;
	return unhomoglyph_1;
}

var unhomoglyphExports = requireUnhomoglyph();
var unhomoglyph = /*@__PURE__*/getDefaultExportFromCjs$1(unhomoglyphExports);

// `claim/lookalike-id`: a token that reads as a claim ID but is not one, because a character in it
// only looks like an ASCII letter, digit or hyphen (Cyrillic `А` in `XX-АRCH-001`, a fullwidth
// `Ｘ`, a non-ASCII dash) or is invisible (a zero-width space, a soft hyphen, a joiner). Such an ID
// is silently no citation — its claim is never checked, deprecated or not — so it is reported.
//
// General mechanism, per character of an ID-shaped token (letters, digits, marks, dashes, format
// characters): ASCII stays; invisible characters (Unicode format characters, combining marks,
// variation selectors) are dropped; others are mapped through NFKC, then a decimal digit to its
// value, then the Unicode confusables skeleton (UTS #39 `confusables.txt`, via the `unhomoglyph`
// package). When every character maps to ASCII and the result is a claim ID under the configured
// pattern, the token is a look-alike. Tokens of ordinary words in other scripts do not map to an
// ID and are left alone. Pure.
/** A character of an ID-shaped run: letter, digit, mark, connector or dash punctuation, format character. */
const TOKEN_CHAR = /^[\p{L}\p{N}\p{M}\p{Pc}\p{Pd}\p{Cf}\u2212\u2796\uFE63\uFF0D]$/u;
const NON_ASCII = /[^\t\n\r\x20-\x7e]/g;
function isTokenUnit(text, i) {
    const u = text.charCodeAt(i);
    if (u < 0x80)
        return ASCII_ID_CHAR.test(text[i]);
    // a surrogate half: judge the whole code point
    if (u >= 0xd800 && u <= 0xdfff) {
        const start = u >= 0xdc00 ? i - 1 : i;
        const cp = text.codePointAt(start);
        return cp !== undefined && TOKEN_CHAR.test(String.fromCodePoint(cp));
    }
    return TOKEN_CHAR.test(text[i]);
}
/**
 * The ID-shaped runs that hold a non-ASCII character, with their offsets: found from the non-ASCII
 * characters outwards, so ASCII prose costs one scan and nothing per word.
 */
function* tokensWithNonAscii(text) {
    let end = 0;
    for (const m of text.matchAll(NON_ASCII)) {
        if (m.index < end || !isTokenUnit(text, m.index))
            continue;
        let from = m.index;
        while (from > 0 && isTokenUnit(text, from - 1))
            from--;
        let to = m.index + 1;
        while (to < text.length && isTokenUnit(text, to))
            to++;
        end = to;
        yield { token: text.slice(from, to), index: from };
    }
}
const ASCII_ID_CHAR = /^[A-Za-z0-9_-]$/;
const INVISIBLE = /^[\p{Cf}\p{Mn}\p{Me}]$/u;
const DIGIT = /^\p{Nd}$/u;
const DASH = /^[\p{Pd}\u2212\u2796\uFE63\uFF0D]$/u;
/** Names of the invisible characters people meet in pasted text. */
const INVISIBLE_NAMES = {
    0x00ad: 'SOFT HYPHEN',
    0x180e: 'MONGOLIAN VOWEL SEPARATOR',
    0x200b: 'ZERO WIDTH SPACE',
    0x200c: 'ZERO WIDTH NON-JOINER',
    0x200d: 'ZERO WIDTH JOINER',
    0x200e: 'LEFT-TO-RIGHT MARK',
    0x200f: 'RIGHT-TO-LEFT MARK',
    0x2060: 'WORD JOINER',
    0x2061: 'FUNCTION APPLICATION',
    0x2062: 'INVISIBLE TIMES',
    0x2063: 'INVISIBLE SEPARATOR',
    0x2064: 'INVISIBLE PLUS',
    0xfeff: 'ZERO WIDTH NO-BREAK SPACE'
};
const SCRIPTS = ['Cyrillic', 'Greek', 'Armenian', 'Cherokee', 'Coptic', 'Latin', 'Common'].map((s) => [s, new RegExp(`^\\p{Script=${s}}$`, 'u')]);
/** The value of a decimal digit of any script (Unicode keeps them in runs of ten, 0 to 9). */
function digitValue(c) {
    let cp = c.codePointAt(0);
    let k = 0;
    while (DIGIT.test(String.fromCodePoint(cp - 1)) && k < 100) {
        cp--;
        k++;
    }
    return String(k % 10);
}
/** What a character looks like in ASCII (`''` for an invisible one), or undefined. */
function asciiOf(c) {
    if (ASCII_ID_CHAR.test(c))
        return c;
    if (INVISIBLE.test(c))
        return '';
    if (DASH.test(c))
        return '-';
    const nfkc = c.normalize('NFKC');
    if (/^[A-Za-z0-9_-]+$/.test(nfkc))
        return nfkc;
    if (DIGIT.test(c))
        return digitValue(c);
    const skeleton = unhomoglyph(nfkc);
    return /^[A-Za-z0-9_-]+$/.test(skeleton) ? skeleton : undefined;
}
function hex(c) {
    return `U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}
/** `U+0410 (Cyrillic "А", like "A")`, `U+200B (invisible: ZERO WIDTH SPACE)`. */
function describeChar(c) {
    const ascii = asciiOf(c);
    if (ascii === '') {
        const name = INVISIBLE_NAMES[c.codePointAt(0)];
        return `${hex(c)} (invisible${name ? `: ${name}` : ' format character'})`;
    }
    const script = SCRIPTS.find(([, re]) => re.test(c))?.[0];
    const what = script && script !== 'Common' ? `${script} "${c}"` : `"${c}"`;
    return `${hex(c)} (${what}, like "${ascii ?? '?'}")`;
}
/**
 * The look-alike claim IDs in a text: index of each token and what it looks like. `claimId` is the
 * configured pattern (any flags); an ID must match it whole.
 */
function findLookalikes(text, claimId) {
    // pure-ASCII text has no look-alike: skip the work
    if (!/[^\t\n\r\x20-\x7e]/.test(text))
        return [];
    const whole = new RegExp(`^(?:${claimId.source})$`, claimId.flags.replace(/[gy]/g, ''));
    const out = [];
    for (const t of tokensWithNonAscii(text)) {
        let token = t.token;
        let index = t.index;
        // invisible characters around a token do not stop it being a citation: only those inside do
        const lead = /^[\p{Cf}\p{M}]+/u.exec(token)?.[0].length ?? 0;
        token = token.slice(lead).replace(/[\p{Cf}\p{M}]+$/u, '');
        index += lead;
        if (token === '' || /^[A-Za-z0-9_-]*$/.test(token))
            continue;
        let ascii = '';
        const chars = [];
        let offset = 0;
        let ok = true;
        for (const c of token) {
            const a = asciiOf(c);
            if (a === undefined) {
                ok = false;
                break;
            }
            if (a !== c)
                chars.push({ char: c, index: offset });
            ascii += a;
            offset += c.length;
        }
        if (!ok || chars.length === 0)
            continue;
        // the ID may stand inside a longer run (`see-XX-АRCH-001`): find it in the mapped text
        const inner = new RegExp(claimId.source, claimId.flags.replace(/[gy]/g, ''));
        const hit = whole.test(ascii) ? { start: 0, id: ascii } : idWithin(ascii, inner);
        if (!hit)
            continue;
        // report only characters inside the ID
        const spans = mapBack(token, hit.start, hit.id.length);
        const inside = chars.filter((x) => x.index >= spans.from && x.index < spans.to);
        if (inside.length === 0)
            continue;
        out.push({ token: token.slice(spans.from, spans.to), ascii: hit.id, chars: inside, index });
    }
    return out;
}
function idWithin(ascii, re) {
    const m = re.exec(ascii);
    return m ? { start: m.index, id: m[0] } : undefined;
}
/** UTF-16 span in the token of the mapped text's [start, start + length). */
function mapBack(token, start, length) {
    let mapped = 0;
    let from = -1;
    let to = token.length;
    let offset = 0;
    for (const c of token) {
        const a = asciiOf(c) ?? '';
        if (from < 0 && mapped + a.length > start)
            from = offset;
        mapped += a.length;
        offset += c.length;
        if (mapped >= start + length) {
            to = offset;
            break;
        }
    }
    return { from: Math.max(0, from), to };
}
/** `claim/lookalike-id` findings in files (tutorial chapters, registry files, committed drafts). */
function lookalikeDiagnostics(files, claimId) {
    const out = [];
    for (const f of files) {
        const found = findLookalikes(f.text, claimId);
        if (found.length === 0)
            continue;
        const starts = lineStarts(f.text);
        for (const l of found) {
            const first = l.chars[0];
            const at = locate$1(starts, f.path, l.index + first.index);
            const more = l.chars.length > 1 ? ` and ${l.chars.length - 1} more` : '';
            const shown = [...l.token].map((c) => (INVISIBLE.test(c) ? `<${hex(c)}>` : c)).join('');
            out.push(diagnostic(RULES.claimLookalikeId, at, `"${shown}" looks like the claim ID ${l.ascii} but is not one: it contains ${describeChar(first.char)}${more}, so it is no citation and its claim is never checked; write ${l.ascii} in ASCII`, l.ascii));
        }
    }
    return out;
}

// Word-level helpers of the section builders. Word counting lives with the channel contract
// (src/channels/measure.ts); Markdown is written from trees (./mdast.ts), never escaped by hand.
/** Ensures a sentence ends with terminal punctuation (a full stop is added when it has none). */
function withStop(sentence) {
    const s = sentence.trim();
    return /[.!?]["')\]]*$/.test(s) ? s : `${s}.`;
}

const TERMINAL = /([.!?]["')\]]*)$/;
function renderCited(text, cites = []) {
    let parts = [withStop(text)];
    const after = [];
    for (const id of cites) {
        if (!parts.some((p) => typeof p === 'string' && p.includes(id))) {
            after.push(id);
            continue;
        }
        parts = parts.flatMap((p) => typeof p === 'string' ? p.split(id).flatMap((s, i) => (i === 0 ? [s] : [strong(id), s])) : [p]);
    }
    if (after.length === 0)
        return inline(parts);
    const cite = inline('(claim: ', joinInline(after.map((id) => strong(id)), ', '), ')');
    const last = parts[parts.length - 1];
    const m = typeof last === 'string' ? TERMINAL.exec(last) : null;
    if (typeof last !== 'string' || !m)
        return inline(parts, ' ', cite);
    return inline(parts.slice(0, -1), last.slice(0, m.index), ' ', cite, m[1]);
}
/** A fact as one sentence (or phrase), with its citations. */
function renderFact(f) {
    if (f.role === 'component' && f.term && !f.text.startsWith(f.term)) {
        return renderCited(`${f.term}: ${f.text}`, f.cites);
    }
    return renderCited(f.text, f.cites);
}

/** How many items a list in the outline shows before "and N more". */
const MAX_ITEMS = 5;
function diagramLine(ctx) {
    const d = ctx.diagram;
    if (!d)
        return undefined;
    const alt = d.alt.trim() === '' ? '' : ` "${d.alt.trim()}"`;
    return d.inline
        ? inline(`Diagram${alt}: the Mermaid diagram at `, code(`${d.file}:${d.line}`))
        : inline(`Diagram${alt}: `, code(d.path));
}
/** At most five bullets, then `…and N more` as a last bullet. */
function capped(items) {
    if (items.length <= MAX_ITEMS)
        return items;
    return [...items.slice(0, MAX_ITEMS), `and ${items.length - MAX_ITEMS} more`];
}
function blogOutline(ctx) {
    const t = ctx.tutorial;
    const out = [paragraph(strong('Working title'), `: ${t.title}`)];
    const group = (title, bullets) => {
        const items = bullets.map((b) => inline(b)).filter((b) => b.length > 0);
        if (items.length === 0)
            return;
        out.push(heading(3, title), list(items));
    };
    const problem = fact(ctx, 'problem');
    const definition = fact(ctx, 'definition');
    const approach = fact(ctx, 'approach');
    const impact = fact(ctx, 'impact');
    const example = fact(ctx, 'example');
    const prereqs = facts(ctx, 'prerequisite').map((p) => p.text);
    group('Introduction', [
        problem && inline('Problem: ', renderFact(problem)),
        definition && inline(`What ${ctx.product} is: `, renderFact(definition)),
        approach && inline('Approach: ', renderFact(approach)),
        impact && inline('Why it matters: ', renderFact(impact)),
        example && inline('Running example (fiction, not the product): ', renderFact(example)),
        prereqs.length > 0 ? `Prerequisites: ${summariseItems(prereqs, MAX_ITEMS)}` : undefined
    ]);
    const table = ctx.table;
    const components = facts(ctx, 'component').filter((c) => c.section === undefined);
    const claims = facts(ctx, 'claim').filter((c) => c.status === 'verified' && /arch/i.test(c.section ?? ''));
    group('Architecture', [
        diagramLine(ctx),
        components.length > 0
            ? `Main components: ${summariseItems(components.map((c) => c.term ?? c.text), MAX_ITEMS, ', ')}`
            : undefined,
        table &&
            `Comparison table (${table.header.join(' | ')}): rows ${summariseItems(table.rowLabels, MAX_ITEMS)}`,
        ...claims.slice(0, 2).map((c) => inline('Backed by the registry: ', renderFact(c)))
    ]);
    const exercises = facts(ctx, 'exercise');
    group('Hands-on exercises', [
        ...exercises.map((f) => exerciseLabel$1(f)),
        untimedNote(ctx),
        ctx.derived.handsOn && derivedStatement('hands-on', ctx.derived.handsOn)
    ]);
    group('Path to production', capped(ctx.production.map((p) => p.text)));
    group('Limitations and trade-offs', capped(facts(ctx, 'limitation').map(renderFact)));
    group('Not covered / not suitable for', capped(facts(ctx, 'non-goal').map(renderFact)));
    const stated = fact(ctx, 'total-time');
    group('Wrap-up', [
        stated ? timeStatement(ctx) : undefined,
        ctx.derived.reading && derivedStatement('reading', ctx.derived.reading),
        inline('Link back: ', tutorialLink(ctx))
    ]);
    return { id: 'blog-outline', heading: 'Medium / Blog Outline', nodes: out };
}

// The Amplification Checklist's items, as data, and which guard findings count against which item:
// the writers compute the checklist of their drafts from the guard's findings (handed in by the
// engine), the guard judges the ticks of anyone's checklist. Pure data; imports nothing.
const CHECKLIST_ITEMS = [
    'Technical Accuracy',
    'Didactical Flow',
    'Simplification Visibility',
    'Tutorial Attribution',
    'No Overclaiming',
    'Terminology Consistency',
    'Claims Registry Compliance'
];
/** Rule ID → the checklist items its findings count against, and how badly. */
const CHECKLIST_RULE_MAP = {
    'claim/unknown': { 'Technical Accuracy': 'fail', 'Claims Registry Compliance': 'fail' },
    'claim/deprecated': { 'Technical Accuracy': 'fail', 'Claims Registry Compliance': 'fail' },
    'claim/draft': { 'Claims Registry Compliance': 'warn' },
    'draft/uncited-claim': { 'Claims Registry Compliance': 'fail' },
    'draft/untraced-figure': { 'Technical Accuracy': 'warn', 'No Overclaiming': 'warn' },
    'draft/absolute-language': { 'No Overclaiming': 'warn' },
    'draft/roadmap-promise': { 'No Overclaiming': 'warn' },
    'draft/uncited-figure': { 'No Overclaiming': 'warn', 'Claims Registry Compliance': 'warn' },
    'terminology/inconsistent': { 'Terminology Consistency': 'warn' }
};

/** Stands in for the checklist while the rest of the document is guarded. */
const CHECKLIST_PLACEHOLDER = [
    paragraph(emphasis('The checklist is computed from the sections above.'))
];
function item(name, status, ...reason) {
    const nodes = inline(...reason);
    return nodes.length > 0
        ? { item: name, status, reason: inlineMd(nodes), reasonNodes: nodes }
        : { item: name, status };
}
const ICONS = { pass: '✅', warn: '⚠️', fail: '❌' };
const RANK = { pass: 0, warn: 1, fail: 2 };
function worse(a, b) {
    return RANK[b] > RANK[a] ? b : a;
}
/** A guard finding's status for an item: the mapped one, raised to ❌ when the finding is an error. */
function statusOf(d, item) {
    const mapped = CHECKLIST_RULE_MAP[d.rule]?.[item];
    if (!mapped || d.severity === 'info')
        return undefined;
    return d.severity === 'error' ? 'fail' : mapped;
}
function describe(d, count) {
    return inline(code(d.rule), ' at ', code(at(d)), d.claim !== undefined && d.claim !== '' && [' (claim ', code(d.claim), ')'], `; findings: ${count}`);
}
function fromFindings(name, findings) {
    let status = 'pass';
    const hits = [];
    for (const d of findings) {
        const s = statusOf(d, name);
        if (!s)
            continue;
        hits.push(d);
        status = worse(status, s);
    }
    const first = hits[0];
    return item(name, status, first && describe(first, hits.length));
}
/** Every exercise appears in the blog outline, in tutorial order. */
function didacticalFlow(ctx, sections) {
    const name = 'Didactical Flow';
    const exercises = facts(ctx, 'exercise');
    if (exercises.length === 0) {
        return item(name, 'warn', 'the tutorial defines no exercises to follow');
    }
    const outline = plainText(sections.find((s) => s.id === 'blog-outline')?.nodes ?? []);
    let from = 0;
    for (const e of exercises) {
        const i = outline.indexOf(exerciseLabel$1(e), from);
        if (i < 0) {
            const missing = outline.includes(exerciseLabel$1(e)) ? 'out of order' : 'missing';
            return item(name, 'warn', 'exercise ', code(e.exercise?.id ?? e.text), ` is ${missing} in the blog outline`);
        }
        from = i + 1;
    }
    return item(name, 'pass');
}
/** At least one limitation or trade-off reaches the drafts. */
function simplificationVisibility(ctx, sections) {
    const name = 'Simplification Visibility';
    const limitations = facts(ctx, 'limitation');
    if (limitations.length === 0) {
        return item(name, 'warn', 'neither the tutorial nor its cited claims state a limitation or trade-off');
    }
    const text = sections.map((s) => plainText(s.nodes)).join('\n');
    return limitations.some((l) => text.includes(plainText(paragraph(renderFact(l)))))
        ? item(name, 'pass')
        : item(name, 'warn', 'no limitation or trade-off made it into the drafts');
}
function attribution(ctx) {
    const name = 'Tutorial Attribution';
    return ctx.url !== undefined
        ? item(name, 'pass')
        : item(name, 'warn', 'the tutorial link is a placeholder; set ', code('tutorialUrl'), ' in ', code(ctx.config.source ?? CONFIG_FILE));
}
/**
 * The guard's registry findings on the draft; and, when the draft is clean, a warning for Draft
 * claims the tutorial cites (the writer leaves them out until they are verified).
 */
function registryCompliance(ctx, findings) {
    const found = fromFindings('Claims Registry Compliance', findings);
    if (found.status !== 'pass')
        return found;
    const pending = facts(ctx, 'claim').filter((f) => f.status === 'draft');
    if (pending.length === 0)
        return found;
    const ids = joinInline(pending.map((f) => code(f.source.claim ?? '')), ', ');
    return item('Claims Registry Compliance', 'warn', `the tutorial cites Draft claim${pending.length > 1 ? 's' : ''} `, ids, `; the drafts leave ${pending.length > 1 ? 'them' : 'it'} out until verified`);
}
/** Computes the checklist from the guard's findings on the document and from the sections. */
function checklistItems(ctx, sections, findings) {
    return CHECKLIST_ITEMS.map((name) => {
        switch (name) {
            case 'Didactical Flow':
                return didacticalFlow(ctx, sections);
            case 'Simplification Visibility':
                return simplificationVisibility(ctx, sections);
            case 'Tutorial Attribution':
                return attribution(ctx);
            case 'Claims Registry Compliance':
                return registryCompliance(ctx, findings);
            default:
                return fromFindings(name, findings);
        }
    });
}
function renderChecklist(items) {
    return [
        list(items.map((i) => inline(`${ICONS[i.status]} `, strong(i.item), i.reasonNodes && [' — ', i.reasonNodes])))
    ];
}
function checklistSection(items) {
    return { id: 'checklist', heading: 'Amplification Checklist', nodes: renderChecklist(items) };
}

// A channel's limits as the writers hold them: read from the contract the config resolved
// (`ctx.channels`, overrides included), never from constants.
/** The `words`, `lines` or `points` range of a channel; unbounded when the contract sets none. */
function limitOf(ctx, id, key) {
    const r = channelById(id, ctx.channels)?.limits[key];
    return { min: r?.min ?? 0, max: r?.max ?? Number.MAX_SAFE_INTEGER };
}

/** How long one point may run (a list item a reader takes in at once). */
const MAX_POINT_CHARS = 280;
function exerciseFlow(ctx) {
    const time = timeStatement(ctx);
    const compose = (flow, withTime) => [`${flow}.`, untimedNote(ctx), withTime && time ? `${time}.` : undefined]
        .filter((x) => x !== undefined)
        .join(' ');
    const full = exerciseSummary(ctx);
    if (!full)
        return undefined;
    const short = exerciseSummary(ctx, ', ', true);
    const tries = [compose(full, true), compose(short, true), compose(short, false)];
    return tries.find((t) => t.length <= MAX_POINT_CHARS) ?? tries[2];
}
function productionPathText(ctx) {
    if (ctx.production.length === 0)
        return undefined;
    return `Later chapters: ${summariseItems(ctx.production.map((p) => p.text), 5, ' → ')}.`;
}
/** The length of a point as a reader sees it. */
const chars = (nodes) => plainText(paragraph(nodes)).length;
/** The simplification: the definition, then the first approach. */
function simplification(ctx) {
    const parts = [fact(ctx, 'definition'), fact(ctx, 'approach')].filter((f) => f !== undefined);
    if (parts.length === 0)
        return undefined;
    const rendered = parts.map(renderFact);
    const both = joinInline(rendered, ' ');
    if (chars(both) <= MAX_POINT_CHARS || parts.length === 1)
        return both;
    const shortest = [...rendered].sort((a, b) => chars(a) - chars(b))[0];
    const approach = rendered[1];
    return chars(approach) <= MAX_POINT_CHARS ? approach : shortest;
}
function coreStory(ctx) {
    const problem = fact(ctx, 'problem');
    const impact = fact(ctx, 'impact');
    const limitation = fact(ctx, 'limitation');
    const points = [
        ['Problem', problem && renderFact(problem)],
        ['Simplification', simplification(ctx)],
        impact ? ['Impact', renderFact(impact)] : ['Trade-off', limitation && renderFact(limitation)],
        ['Exercise flow', exerciseFlow(ctx)],
        ['Production path', productionPathText(ctx)]
    ];
    const items = points
        .filter((p) => p[1] !== undefined)
        .slice(0, limitOf(ctx, 'core-story', 'points').max)
        .map(([label, text]) => inline(strong(label), ': ', text));
    const nodes = items.length > 0
        ? [list(items, true)]
        : [paragraph(emphasis('The tutorial gives no text to summarise.'))];
    return { id: 'core-story', heading: 'Core Story Summary', nodes };
}

/** The claim backing the approach: the first cited Verified claim that is not a limitation or a figure. */
function backingClaim(ctx) {
    return facts(ctx, 'claim').find((f) => f.status === 'verified' &&
        !/limit|perf/i.test(f.section ?? '') &&
        !/-(?:LIMIT|PERF)-/i.test(f.source.claim ?? '') &&
        !facts(ctx, 'approach').some((a) => a.cites?.includes(f.source.claim ?? '')));
}
/** The insight, first to last: definition, approach, backing claim (in the registry's words). */
function insightFacts(ctx, skipDefinition = false) {
    return [
        skipDefinition ? undefined : fact(ctx, 'definition'),
        fact(ctx, 'approach'),
        backingClaim(ctx)
    ].filter((f) => f !== undefined);
}
/** Facts a post may add, in order, when it is under its floor: more approach, components, more limits. */
function extraFacts(ctx, used) {
    const pool = [
        ...facts(ctx, 'approach').slice(1),
        ...facts(ctx, 'component').filter((c) => c.section === undefined),
        ...facts(ctx, 'limitation').slice(1, 3),
        ...facts(ctx, 'non-goal')
            .filter((f) => !/:/.test(f.text))
            .slice(0, 2)
    ];
    return pool.filter((f) => !used.includes(f) && !used.some((u) => u.text === f.text));
}
/** `Try the hands-on tutorial "Title": <link>` (the product named when the title does not). */
function callToAction$1(ctx) {
    const lead = ctx.tutorial.title.includes(ctx.product)
        ? 'Try the hands-on tutorial'
        : `Try ${ctx.product} in the hands-on tutorial`;
    return inline(`${lead} "${ctx.tutorial.title}": `, tutorialLink(ctx));
}
/** One limitation, stated honestly: `One limitation to know: …`. */
function limitationSentence(ctx, lead = 'One limitation to know') {
    const l = fact(ctx, 'limitation');
    if (!l)
        return undefined;
    return inline(`${lead}: `, lowerFirst$1(renderFact(l), ctx));
}
/** Lower-cases a sentence's first letter unless it starts a name (the product, a glossary term, an acronym). */
function lowerFirst$1(nodes, ctx) {
    const first = nodes[0];
    if (first?.type !== 'text')
        return nodes;
    const text = first.value;
    const word = /^[\p{L}\p{N}'’-]+/u.exec(text)?.[0] ?? '';
    const names = [ctx.product, ...facts(ctx, 'component').map((c) => c.term ?? '')];
    if (text.charAt(0).toLowerCase() === text.charAt(0) ||
        word.length < 2 ||
        /\p{Lu}/u.test(word.slice(1)) ||
        names.some((n) => n !== '' && text.startsWith(n))) {
        return nodes;
    }
    return [{ type: 'text', value: text.charAt(0).toLowerCase() + text.slice(1) }, ...nodes.slice(1)];
}

/** Aim inside the band with a margin, so other word counters agree with ours. */
function softBand(band, margin = 10) {
    const span = band.max - band.min;
    const m = Math.min(margin, Math.floor(span / 4));
    return { min: band.min + m, max: band.max - m };
}
/** A layout's words as a reader sees them: Markdown text parsed, a tree counted as it stands. */
function wordsOf(x) {
    const n = typeof x === 'string' ? countWords(x) : countTreeWords(x);
    return { low: n, high: n };
}
/**
 * Renders a section within a word band. `render(pads, drops)` lays out the section (Markdown, or
 * its tree) with the chosen padding items and with its first `drops` droppable parts left out (the
 * section decides which parts go first). Padding is taken from `pool` in order, skipping items
 * that would overshoot. `measure` gives the count held against the floor and the count held
 * against the ceiling (they differ when some lines, such as a talk's metadata, may or may not be
 * counted).
 */
function fitWords(render, pool, maxDrops, band, measure = wordsOf) {
    const soft = softBand(band);
    const pads = [];
    let drops = 0;
    let layout = render(pads, drops);
    while (measure(layout).high > soft.max && drops < maxDrops) {
        drops++;
        layout = render(pads, drops);
    }
    for (const [floor, ceiling] of [
        [soft.min, soft.max],
        [band.min, band.max]
    ]) {
        for (const p of pool) {
            if (measure(layout).low >= floor)
                break;
            if (pads.includes(p))
                continue;
            const next = render([...pads, p], drops);
            if (measure(next).high <= ceiling) {
                pads.push(p);
                layout = next;
            }
        }
    }
    return layout;
}
/**
 * For a render that may leave out optional parts to get shorter: returns `keep(part)`, which drops
 * the first `drops` parts it is given (in call order, skipping absent ones) and passes the rest.
 */
function dropFirst(drops) {
    let left = drops;
    return (part) => {
        if (part === undefined)
            return undefined;
        if (left > 0) {
            left--;
            return undefined;
        }
        return part;
    };
}

function linkedin(ctx) {
    const problem = fact(ctx, 'problem');
    const hook = problem ?? fact(ctx, 'definition');
    const insight = insightFacts(ctx, hook !== undefined && hook.role === 'definition');
    const impact = fact(ctx, 'impact');
    const limitation = limitationSentence(ctx);
    const flow = exerciseSummary(ctx);
    const time = timeStatement(ctx);
    const path = flow ? `The hands-on path: ${flow}.${time ? ` ${time}.` : ''}` : undefined;
    const claim = insight.find((f) => f.role === 'claim');
    // parts that may be left out when the post runs long, first dropped first
    const optional = [claim, impact, path];
    const droppable = optional.filter((p) => p !== undefined).length;
    const render = (pads, drops) => {
        const keep = dropFirst(drops);
        const c = keep(claim);
        const i = keep(impact);
        const p = keep(path);
        const paragraphs = [
            hook && renderFact(hook),
            joinInline([...insight.filter((f) => f !== claim || c), ...pads].map(renderFact), ' '),
            joinInline([i && renderFact(i), limitation], ' '),
            p,
            callToAction$1(ctx),
            ctx.hashtags.join(' ')
        ];
        return paragraphs.map((x) => paragraph(x)).filter((x) => x.children.length > 0);
    };
    const used = [hook, ...insight, impact].filter((f) => f !== undefined);
    const nodes = fitWords(render, extraFacts(ctx, used), droppable, limitOf(ctx, 'linkedin', 'words'));
    return { id: 'linkedin', heading: 'LinkedIn Draft', nodes };
}

function newsletter(ctx) {
    const problem = fact(ctx, 'problem');
    const definition = fact(ctx, 'definition');
    const approach = fact(ctx, 'approach');
    const titles = ctx.sheet.facts
        .filter((f) => f.role === 'exercise')
        .map((f) => `${f.text}${f.exercise?.optional ? ' (optional)' : ''}`);
    const time = timeStatement(ctx);
    const path = titles.length > 0 ? `The hands-on exercises: ${summariseItems(titles, 5, ', ')}.` : undefined;
    const droppable = [approach, path].filter((p) => p !== undefined).length;
    const render = (pads, drops) => {
        const keep = dropFirst(drops);
        const a = keep(approach);
        const p = keep(path);
        const body = [problem, definition, a, ...pads]
            .filter((x) => x !== undefined)
            .map(renderFact);
        return [joinInline([...body, p, time && `${time}.`], ' '), callToAction$1(ctx)]
            .map((x) => paragraph(x))
            .filter((x) => x.children.length > 0);
    };
    const used = [problem, definition, approach].filter((f) => f !== undefined);
    const pool = extraFacts(ctx, used).filter((f) => f.role === 'approach');
    const nodes = fitWords(render, pool, droppable, limitOf(ctx, 'newsletter', 'words'));
    return { id: 'newsletter', heading: 'Newsletter Blurb', nodes };
}

const TALK_FIELDS = [
    { key: 'audience', label: 'Audience' },
    { key: 'level', label: 'Level' },
    { key: 'format', label: 'Format' }
];
/** The visible placeholder of a talk field that is not configured (shown as emphasis). */
function talkPlaceholder(key) {
    return `[${key}: set talk.${key} in ${CONFIG_FILE}]`;
}
/** `**Audience**: …`, `**Level**: …`, `**Format**: …`: the metadata list items. */
function talkFieldLines(ctx) {
    return TALK_FIELDS.map(({ key, label }) => {
        const value = ctx.config.talk[key]?.trim();
        return inline(strong(label), ': ', value ? value : emphasis(talkPlaceholder(key)));
    });
}
/** `The architecture has three main parts: Query node, Ingest node and Block, and 5 more.` */
function componentsSentence(ctx) {
    const terms = facts(ctx, 'component')
        .filter((c) => c.section === undefined && c.term)
        .map((c) => c.term);
    if (terms.length < 2)
        return undefined;
    const list = terms.length <= 5
        ? `${terms.slice(0, -1).join(', ')} and ${terms[terms.length - 1]}`
        : summariseItems(terms, 5, ', ');
    return `The main building blocks the talk names are ${list}.`;
}
function talkAbstract(ctx) {
    const t = ctx.tutorial;
    const problem = fact(ctx, 'problem');
    const insight = insightFacts(ctx);
    const claim = insight.find((f) => f.role === 'claim');
    const components = componentsSentence(ctx);
    const flow = exerciseSummary(ctx);
    const walk = flow ? `The talk follows the tutorial's hands-on path: ${flow}.` : undefined;
    const example = fact(ctx, 'example');
    const exampleLine = example
        ? inline("The running example is the tutorial's own fiction: ", renderFact(example))
        : undefined;
    const tradeOff = limitationSentence(ctx, 'The talk closes with one trade-off');
    const fields = talkFieldLines(ctx);
    // first dropped first
    const optional = [exampleLine, components, walk, claim];
    const droppable = optional.filter((p) => p !== undefined).length;
    const title = paragraph(strong('Title'), `: ${t.title}`);
    const meta = list(fields);
    // `abstractWords` on the tree: the title line and the field list are the metadata lines
    const measure = (nodes) => {
        const high = countTreeWords(nodes);
        return { low: high - countTreeWords(nodes.filter((n) => n === title || n === meta)), high };
    };
    const render = (pads, drops) => {
        const keep = dropFirst(drops);
        const e = keep(exampleLine);
        const co = keep(components);
        const w = keep(walk);
        const c = keep(claim);
        const framing = joinInline([problem, ...insight.filter((f) => f !== claim || c)]
            .filter((x) => x !== undefined)
            .map(renderFact), ' ');
        const body = joinInline([co, e, ...pads.map(renderFact), w, tradeOff], ' ');
        const prose = [framing, body].filter((x) => x.length > 0).map((x) => paragraph(x));
        return [title, ...prose, meta];
    };
    const used = [problem, ...insight].filter((f) => f !== undefined);
    const pool = [
        ...extraFacts(ctx, used).filter((f) => f.role !== 'component'),
        ...facts(ctx, 'component').filter((c) => c.section === undefined)
    ].filter((f, i, all) => all.indexOf(f) === i);
    const nodes = fitWords(render, pool, droppable, limitOf(ctx, 'talk-abstract', 'words'), measure);
    return { id: 'talk-abstract', heading: 'Talk Abstract', nodes };
}

/** The channels' names in contract order, then `General`. */
function openQuestionChannels(channels = CHANNELS) {
    return [...channels.map((c) => c.name), 'General'];
}
openQuestionChannels();
/**
 * A section's length in the unit its channel limits, counted as the guard counts it: posts read
 * from its tree; lines of its Markdown; words on its tree, or (for a channel whose metadata lines
 * do not count) of its Markdown without those lines.
 */
function measure(s, c, key) {
    if (key === 'posts')
        return threadPosts(s.nodes).length;
    const lines = s.markdown.split('\n');
    if (key === 'lines')
        return lines.filter((l) => l.trim() !== '' && !/^\s*(?:---|<!--)/.test(l)).length;
    const meta = c.metaLine;
    return meta ? countWords(lines.filter((l) => !meta.test(l)).join('\n')) : countTreeWords(s.nodes);
}
/**
 * Channels the tutorial's facts cannot fill to their floor (a tiny tutorial): said as an open
 * question, never padded with sentences of the wrong role.
 */
function lengthQuestions(ctx, sections) {
    const out = [];
    for (const s of sections) {
        const c = channelById(s.id, ctx.channels);
        if (!c)
            continue;
        for (const key of ['words', 'lines', 'posts']) {
            const r = c.limits[key];
            if (!r)
                continue;
            const n = measure(s, c, key);
            if (n >= r.min && n <= (r.max ?? Infinity))
                continue;
            const limit = describeLimits({ [key]: r }).join('');
            const unit = n === 1 ? key.replace(/s$/, '') : key;
            out.push({
                channel: c.name,
                kind: 'limits',
                nodes: phrase `${n < r.min
                    ? `The ${c.heading} has ${n} ${unit} (contract: ${limit}): the tutorial's facts give no more to say, and the writer does not pad. Add what is missing (the problem, the approach, a limitation) to the tutorial, or finish the post by hand.`
                    : `The ${c.heading} has ${n} ${unit} (contract: ${limit}) even with its optional parts left out. Shorten it by hand.`}`
            });
        }
    }
    return out;
}
const NO_OPEN_QUESTIONS = 'No open questions were found.';
function configFile(ctx) {
    return ctx.config.source ?? CONFIG_FILE;
}
function firstCitations(ctx) {
    const seen = new Set();
    return ctx.tutorial.citations.filter((c) => !seen.has(c.id) && seen.add(c.id));
}
/** Claims asked about one by one; past this many, one question counts the rest. */
const MAX_CLAIM_QUESTIONS = 50;
function claimQuestions(ctx) {
    const out = [];
    let rest = 0;
    for (const c of firstCitations(ctx)) {
        const claim = ctx.claims.get(c.id);
        if (!claim || claim.status === 'deprecated' || claim.status === 'draft') {
            if (out.length >= MAX_CLAIM_QUESTIONS) {
                // a chapter citing 20,000 unknown IDs asks one question about the rest, not 20,000
                rest++;
                continue;
            }
        }
        const where = code(at(c));
        if (!claim) {
            out.push({
                channel: 'General',
                kind: 'claims-verification',
                nodes: phrase `${code(c.id)}, cited at ${where}, is not in the claims registry; the drafts leave it out. Add the claim or correct the ID.`
            });
        }
        else if (claim.status === 'deprecated') {
            const by = claim.supersededBy ? phrase ` (superseded by ${code(claim.supersededBy)})` : '';
            out.push({
                channel: 'General',
                kind: 'claims-verification',
                nodes: phrase `${code(c.id)}, cited at ${where}, is Deprecated in the registry${by} at ${code(at(claim))}; the drafts leave it out. Update the tutorial.`
            });
        }
        else if (claim.status === 'draft') {
            out.push({
                channel: 'General',
                kind: 'claims-verification',
                nodes: phrase `${code(c.id)}, cited at ${where}, is still Draft in the registry (${code(at(claim))}). Verify it before publishing, or drop it from the drafts.`
            });
        }
    }
    if (rest > 0) {
        out.push({
            channel: 'General',
            kind: 'claims-verification',
            nodes: phrase `${rest} more cited claim ID${rest === 1 ? ' is' : 's are'} not in the registry, Draft or Deprecated (the check report lists each); the drafts do not cite them. Correct or verify them before publishing.`
        });
    }
    return out;
}
/** Figures asked about one by one; past this many, one question counts the rest. */
const MAX_FIGURE_QUESTIONS = 50;
function figureQuestions(ctx) {
    // figures by place, first one wins (a lookup per finding, not a search: linear overall)
    const byPlace = new Map();
    for (const f of ctx.tutorial.figures) {
        const key = `${f.file}:${f.line}:${f.column}`;
        if (!byPlace.has(key))
            byPlace.set(key, f);
    }
    const uncited = uncitedFigureDiagnostics(ctx.tutorial);
    const out = uncited.slice(0, MAX_FIGURE_QUESTIONS).map((d) => {
        const figure = byPlace.get(`${d.file}:${d.line}:${d.column}`);
        const what = figure ? phrase `The ${figure.kind} figure ${code(figure.text)}` : 'A figure';
        return {
            channel: 'General',
            kind: 'performance-figure',
            nodes: phrase `${what} at ${code(at(d))} cites no claim ID; the drafts do not repeat it. Which registry claim backs it?`
        };
    });
    const rest = uncited.length - MAX_FIGURE_QUESTIONS;
    if (rest > 0) {
        out.push({
            channel: 'General',
            kind: 'performance-figure',
            nodes: phrase `${rest} more figure${rest === 1 ? '' : 's'} cite no claim ID (the check report lists them); the drafts do not repeat them. Which registry claims back them?`
        });
    }
    return out;
}
/** Every open question, grouped by channel in contract order (`General` last). */
function openQuestions(ctx, sections = []) {
    const t = ctx.tutorial;
    const file = code(configFile(ctx));
    const out = [];
    if (ctx.url === undefined) {
        out.push({
            channel: 'LinkedIn',
            kind: 'placeholder',
            configKey: 'tutorialUrl',
            nodes: phrase `The call to action has no link: set ${code('tutorialUrl')} (one URL, ${code('{tutorial}')} replaced) or ${code(`tutorialUrl.${t.name}`)} in ${file}. The blog outline and README snippet use the same placeholder.`
        });
    }
    if (ctx.hashtags.length === 0) {
        out.push({
            channel: 'LinkedIn',
            kind: 'missing-input',
            configKey: 'hashtags',
            nodes: phrase `No hashtags are configured, so the post has none: set ${code('hashtags')} in ${file}.`
        });
    }
    const d = ctx.diagram;
    if (!d) {
        out.push({
            channel: 'Medium / Blog',
            kind: 'missing-input',
            nodes: phrase `The tutorial has no diagram, so the outline references none. Is there one to add?`
        });
    }
    else if (!d.inline) {
        const alt = d.alt ? ` ("${d.alt}")` : '';
        out.push({
            channel: 'Medium / Blog',
            kind: 'diagram-permission',
            nodes: phrase `May the diagram ${code(d.path)}${alt}, referenced at ${code(at(d))}, be reused outside the repository${d.remote ? ' (it is hosted elsewhere)' : ''}?`
        });
    }
    if (!ctx.sheet.facts.some((f) => f.role === 'non-goal')) {
        out.push({
            channel: 'GitHub README',
            kind: 'placeholder',
            nodes: phrase `The tutorial states no non-goals ("not covered", "not suitable for"), so the snippet has a placeholder. What is out of scope for ${code(t.dir)}?`
        });
    }
    for (const { key } of TALK_FIELDS) {
        if (ctx.config.talk[key]?.trim())
            continue;
        out.push({
            channel: 'Talk',
            kind: 'placeholder',
            configKey: `talk.${key}`,
            nodes: phrase `The talk ${key} is a placeholder: set ${code(`talk.${key}`)} in ${file}.`
        });
    }
    append(out, claimQuestions(ctx), figureQuestions(ctx));
    for (const h of ctx.roadmap) {
        out.push({
            channel: 'General',
            kind: 'roadmap',
            nodes: phrase `The section "${h.text}" at ${code(at(h))} describes future work; the drafts leave it out. Should any of it be mentioned, and is a claim planned for it?`
        });
    }
    out.push(...lengthQuestions(ctx, sections));
    return openQuestionChannels(ctx.channels).flatMap((ch) => out.filter((q) => q.channel === ch).map((q) => ({ ...q, text: inlineMd(q.nodes) })));
}
/** The section: one `### <channel>` list per channel with questions, in contract order. */
function renderOpenQuestions(questions, channels = CHANNELS) {
    if (questions.length === 0)
        return [paragraph(NO_OPEN_QUESTIONS)];
    const blocks = [];
    for (const channel of openQuestionChannels(channels)) {
        const group = questions.filter((q) => q.channel === channel);
        if (group.length === 0)
            continue;
        blocks.push(heading(3, channel), list(group.map((q) => q.nodes)));
    }
    return blocks;
}

const NON_GOALS_PLACEHOLDER = `[non-goals: the tutorial states none — add a "not covered" or "not suitable for" passage, or write them here]`;
/** The lines of the snippet in print order: the bold title, then each list item. */
function readmeLines$1(ctx) {
    const t = ctx.tutorial;
    const summary = fact(ctx, 'definition') ?? fact(ctx, 'approach') ?? fact(ctx, 'problem');
    const exercises = facts(ctx, 'exercise').map((f) => `${f.exercise?.id ?? ''} ${f.text}${f.exercise?.optional ? ' (optional)' : ''}`.trim());
    const scope = exercises.length > 0
        ? summariseItems(exercises, 5, ' · ')
        : summariseItems(t.chapters.map((c) => c.title), 5, ' · ');
    const nonGoal = fact(ctx, 'non-goal');
    const limitation = fact(ctx, 'limitation');
    const prereqs = facts(ctx, 'prerequisite').map((p) => p.text);
    const time = timeStatement(ctx);
    const candidates = [
        { text: inline(strong(t.title)) },
        summary && { text: inline(strong('What it is'), ': ', renderFact(summary)), rank: 5 },
        { text: inline(strong('Scope'), `: ${scope}`) },
        prereqs.length > 0
            ? { text: inline(strong('Prerequisites'), `: ${summariseItems(prereqs, 5)}`), rank: 4 }
            : undefined,
        time ? { text: inline(time), rank: 3 } : undefined,
        limitation
            ? { text: inline(strong('Limitation'), ': ', renderFact(limitation)), rank: 2 }
            : undefined,
        {
            text: inline(strong('Non-goals'), ': ', nonGoal ? renderFact(nonGoal) : emphasis(NON_GOALS_PLACEHOLDER))
        },
        { text: inline(strong('Start here'), ': ', tutorialLink(ctx)) }
    ];
    const lines = candidates.filter((l) => l !== undefined);
    const max = limitOf(ctx, 'readme-snippet', 'lines').max;
    while (lines.length > max) {
        let drop = -1;
        lines.forEach((l, i) => {
            const worst = lines[drop];
            if (l.rank !== undefined && (drop < 0 || (worst?.rank ?? Infinity) > l.rank))
                drop = i;
        });
        if (drop < 0)
            break;
        lines.splice(drop, 1);
    }
    return lines.map((l) => l.text);
}
function readmeSnippet(ctx) {
    const [title, ...items] = readmeLines$1(ctx);
    return {
        id: 'readme-snippet',
        heading: 'GitHub README Snippet',
        // one line per fact: the list follows the title without a blank line
        nodes: [
            { ...paragraph(title ?? []), data: { tightBelow: true } },
            ...(items.length > 0 ? [list(items)] : [])
        ]
    };
}

/** The seven sections, in contract order, with their exact headings (from the channel contract). */
const SECTIONS = documentSections();

function ordered(sections) {
    const rank = (id) => SECTIONS.findIndex((s) => s.id === id);
    return [...sections].sort((a, b) => rank(a.id) - rank(b.id));
}
const titleOf = (kind, title) => `${kind} — ${title.replace(/\s+/g, ' ').trim()}`;
/** `## <heading>` as written, once per heading (the contract's headings are the same in every draft). */
const headings = new Map();
function sectionHeading(text) {
    let out = headings.get(text);
    if (out === undefined) {
        out = toMd([heading(2, text)]);
        if (headings.size >= 256)
            headings.clear();
        headings.set(text, out);
    }
    return out;
}
/**
 * The document as Markdown (`\n` line endings, one final newline): `documentMd(draftTree(…))`
 * (./mdast.ts), written section by section so that a section written once (its `markdown`) is not
 * written again for the guard's pass and for the final document. The serializer separates flow content with one
 * blank line, and a `## ` heading always stands between two sections, so joining the parts with a
 * blank line is what writing the whole tree gives (__tests__/drafts/document.test.ts compares them).
 */
function renderDraft(sections, title, head = [], kind = 'Amplification drafts') {
    const parts = [toMd([heading(1, titleOf(kind, title)), ...head])];
    for (const s of ordered(sections)) {
        parts.push(sectionHeading(s.heading));
        const body = s.markdown ?? toMd(s.nodes);
        if (body !== '')
            parts.push(body);
    }
    return `${parts.join('\n\n').replace(/\r\n?/g, '\n')}\n`;
}

/** The thread's posts as paragraphs, each opened by its counter `i/n`. */
function render(posts) {
    return posts.map((p, i) => paragraph(`${i + 1}/${posts.length} `, p));
}
/**
 * Packs the sentences into posts: sentences of one plan share a post while it fits, each sentence
 * takes its longest alternative that fits a post of its own, sentences that fit no post are left
 * out. `total` is the post count the counters are written for (their width counts).
 */
function pack(sentences, max, total) {
    const counter = `${total}/${total} `;
    const fits = (text) => postNodesChars([paragraph(counter, text)]) <= max;
    const posts = [];
    for (const s of sentences) {
        const text = s.texts.find(fits);
        if (text === undefined)
            continue;
        const last = posts[posts.length - 1];
        const joined = last && inline(last.text, ' ', text);
        if (last && joined && last.plan === s.plan && fits(joined))
            last.text = joined;
        else
            posts.push({ plan: s.plan, text });
    }
    return posts.map((p) => p.text);
}
function xThread(ctx) {
    const channel = channelById('x-thread', ctx.channels);
    const maxChars = channel?.limits.chars?.max ?? Number.MAX_SAFE_INTEGER;
    const maxPosts = channel?.limits.posts?.max ?? Number.MAX_SAFE_INTEGER;
    const problem = fact(ctx, 'problem');
    const hook = problem ?? fact(ctx, 'definition');
    const insight = insightFacts(ctx, hook !== undefined && hook.role === 'definition');
    const impact = fact(ctx, 'impact');
    // one limitation: the first as the other channels say it, else a shorter one of the tutorial's
    const limits = facts(ctx, 'limitation');
    const limitation = [limitationSentence(ctx), ...limits.map(renderFact)].filter((t) => t !== undefined);
    const titles = ctx.sheet.facts
        .filter((f) => f.role === 'exercise')
        .map((f) => `${f.text}${f.exercise?.optional ? ' (optional)' : ''}`);
    const path = titles.length > 0
        ? [5, 3, 2, 1]
            .filter((n, i) => i === 0 || n < titles.length)
            .map((n) => inline(`The hands-on path: ${summariseItems(titles, n, ', ')}.`))
        : [];
    const time = timeStatement(ctx);
    const hashtags = ctx.hashtags.join(' ');
    const cta = callToAction$1(ctx);
    const dropOrder = (f) => f.role === 'claim' ? 0 : f.role === 'approach' ? 2 : undefined;
    const sentences = [
        // the hook: the problem, else another problem statement of the tutorial that fits a post
        ...(hook ? [{ texts: [hook, ...facts(ctx, 'problem')].map(renderFact), plan: 0 }] : []),
        ...insight.map((f) => {
            const d = dropOrder(f);
            return { texts: [renderFact(f)], plan: 1, ...(d !== undefined ? { drop: d } : {}) };
        }),
        ...(impact ? [{ texts: [renderFact(impact)], plan: 2, drop: 1 }] : []),
        ...(limitation.length > 0 ? [{ texts: limitation, plan: 2 }] : []),
        ...(path.length > 0 ? [{ texts: path, plan: 3, drop: 3 }] : []),
        ...(time ? [{ texts: [inline(`${time}.`)], plan: 3, drop: 4 }] : []),
        {
            texts: [
                ...(hashtags ? [inline(cta, ' ', hashtags)] : []),
                cta,
                inline('The hands-on tutorial: ', tutorialLink(ctx))
            ],
            plan: 4
        }
    ];
    // leave out optional sentences, first dropped first, until the thread has few enough posts
    const order = sentences
        .filter((s) => s.drop !== undefined)
        .sort((a, b) => (a.drop ?? 0) - (b.drop ?? 0));
    let kept = sentences;
    let posts = pack(kept, maxChars, kept.length);
    for (const s of order) {
        if (posts.length <= maxPosts)
            break;
        kept = kept.filter((k) => k !== s);
        posts = pack(kept, maxChars, kept.length);
    }
    return { id: 'x-thread', heading: 'X Thread', nodes: render(posts) };
}

/** The writer of each channel, by contract id; adding a channel = one module + one line here. */
const WRITERS = {
    'core-story': coreStory,
    linkedin,
    'blog-outline': blogOutline,
    'readme-snippet': readmeSnippet,
    'talk-abstract': talkAbstract,
    newsletter,
    'x-thread': xThread
};
/** The IDs the sections cite (as strong text, `**ID**`). */
function citedIn(sections) {
    const out = new Set();
    for (const s of sections) {
        for (const n of s.nodes) {
            walk(n, (node) => {
                if (node.type === 'strong')
                    out.add(toString(node));
            });
        }
    }
    return out;
}
/**
 * The provenance line: the tutorial folder and the registry claims the sections cite. No
 * timestamps, so the same input gives the same bytes. IDs are inline code: this line names the
 * claims, it does not cite them again.
 */
function provenance(ctx, sections) {
    const cited = citedIn(sections);
    const used = ctx.citedIds.filter((id) => cited.has(id));
    const claims = used.length > 0 ? joinInline(used.map(code), ', ') : 'none';
    return paragraph(emphasis('Generated from the tutorial ', code(ctx.tutorial.dir), '. Registry claims used: ', claims, '.'));
}
/** A section as the draft holds it: the tree written as Markdown. */
function written(s) {
    return { ...s, markdown: toMd(s.nodes) };
}
function postPath(draftPath, fileName) {
    const slash = draftPath.lastIndexOf('/');
    return slash < 0 ? fileName : `${draftPath.slice(0, slash + 1)}${fileName}`;
}
function buildDraft(t, registry, config, sheet, opts) {
    const ctx = buildContext(t, registry, config, sheet, opts);
    const channels = ctx.channels.filter((c) => WRITERS[c.id] !== undefined);
    const write = (id) => WRITERS[id](ctx);
    // a body written elsewhere (the model writer) is hostile text: parsed and confined to its section
    const own = (s) => {
        const text = opts.written?.get(s.id);
        return text === undefined ? s : { ...s, nodes: bodyNodes(text) };
    };
    const sections = channels.filter((c) => c.inCombinedDraft).map((c) => written(own(write(c.id))));
    const postSections = channels.filter((c) => !c.inCombinedDraft).map((c) => written(write(c.id)));
    const questions = openQuestions(ctx, [...sections, ...postSections]);
    sections.push(written({
        id: 'open-questions',
        heading: 'Open Questions / Clarifications Needed',
        nodes: renderOpenQuestions(questions, ctx.channels)
    }));
    const title = t.title;
    const head = [provenance(ctx, sections)];
    if (opts.record)
        head.push({ type: 'html', value: opts.record });
    const pending = {
        id: 'checklist',
        heading: 'Amplification Checklist',
        nodes: [...CHECKLIST_PLACEHOLDER]
    };
    // The guard runs once, on the document with a placeholder checklist: the checklist comes last,
    // holds only computed ticks and inline code, so the final document's findings are the same.
    const diagnostics = opts.guard({
        path: opts.path,
        text: renderDraft([...sections, pending], title, head)
    });
    const items = checklistItems(ctx, sections, diagnostics);
    const all = [...sections, written(checklistSection(items))];
    const markdown = renderDraft(all, title, head);
    const posts = postSections.map((s) => {
        const channel = channelById(s.id, ctx.channels);
        const fileName = channel ? channelFileName(channel, t.name) : `${s.id}__${t.name}.md`;
        const path = postPath(opts.path, fileName);
        const text = renderDraft([s], title, [provenance(ctx, [s])], s.heading);
        return {
            channel: s.id,
            fileName,
            path,
            markdown: text,
            diagnostics: opts.guard({ path, text }, { channel: s.id })
        };
    });
    return {
        tutorial: t.name,
        tutorialDir: t.dir,
        path: opts.path,
        markdown,
        // the public shapes: Markdown only (the trees stay here, they are not sent between threads)
        sections: all.map(({ id, heading, markdown }) => ({ id, heading, markdown })),
        openQuestions: questions.map(({ nodes: _nodes, ...q }) => q),
        checklist: items.map(({ reasonNodes: _nodes, ...i }) => i),
        diagnostics,
        facts: sheet,
        posts
    };
}

// The fact sheet of a tutorial: what a draft may say, each fact with its source and its role. Pure:
// built from the tutorial model (src/tutorial) and the registry (src/claims), read by every writer.
//
// Roles come from where a sentence stands (its section's role, given by the reader) and what it
// says (cue words), never from position alone: a line under "Not suitable for" is only ever a
// non-goal, a roadmap line only ever a roadmap item, a prerequisite only a tool and its version.
function isReadme(c) {
    return /(^|\/)readme\.md$/i.test(c.file);
}
/** README and the first chapter: where a tutorial says what it is about. */
function introChapters(t) {
    const readme = t.chapters.find(isReadme);
    const first = t.chapters.find((c) => !isReadme(c));
    return [first, readme].filter((c) => c !== undefined);
}
/** Section roles whose sentences are never about the product's problem, approach or impact. */
const NOT_STORY = new Set([
    'non-goal',
    'limitation',
    'roadmap',
    'prerequisites',
    'troubleshooting',
    'cleanup',
    'glossary',
    'exercise',
    'setup',
    'next-steps',
    'outcomes'
]);
/** Sentences that tell the reader to do something: tips and steps, never an impact. */
const IMPERATIVE = /^(?:set|use|configure|run|add|make sure|ensure|increase|decrease|raise|lower|enable|disable|install|open|click|create|copy|paste|type|edit|change|replace|remove|delete|check|start|stop|restart|keep|avoid|try|note|remember|do not|don't|never)\b/i;
/** Fiction used as a running example: "a fictional shop called X", "X, an invented company". */
const FICTION = /\b(?:fictional|fictitious|imaginary|invented|made-up|make-believe|hypothetical|pretend|sample|demo|example)\s+(?:online\s+|e-?commerce\s+|coffee\s+|pizza\s+|pet\s+)?(?:company|companies|shop|store|business|startup|start-up|retailer|bakery|restaurant|pizzeria|bank|organisation|organization|firm|brand|app|marketplace|cafe|café|airline|hotel|chain)\b|\brunning example\b/i;
/** Capitalised names a fiction sentence gives: `called Pizza Planet`, `Pizza Planet, a fictional …`. */
function fictionNames(text) {
    const out = [];
    const name = String.raw `((?:[A-Z][\w'’&-]*)(?:\s+(?:[A-Z][\w'’&-]*|&|of|and|the)){0,3})`;
    for (const re of [
        new RegExp(String.raw `\b(?:called|named)\s+${name}`, 'g'),
        new RegExp(String.raw `${name},?\s+(?:is\s+)?(?:an?|our)\s+(?:\w+\s+){0,2}?(?:fictional|fictitious|imaginary|invented|made-up|hypothetical)`, 'g'),
        new RegExp(String.raw `\b(?:meet|follow|help)\s+${name}`, 'g')
    ]) {
        for (const m of text.matchAll(re)) {
            const n = (m[1] ?? '').replace(/\s+(?:of|and|the|&)$/, '').trim();
            if (n && !/^(?:The|A|An|This|Our|We|You)$/.test(n))
                out.push(n);
        }
    }
    return out;
}
/** Words in titles that name the kind of document, not the product. */
const GENERIC = /^(?:quickstart|quick|start|started|getting|tutorial|workshop|guide|lab|labs|hands-on|hands|on|introduction|intro|to|with|and|the|a|an|your|first|building|build|deep|dive|course|course:|primer|basics|101|for|of|in|using|how|learn|learning|into|from|part|module|series|developer|developers|beginners?|advanced)$/i;
/** The product's name: a defined subject ("X is a …"), else the title's most used proper word. */
function productName$1(t, definitions, fiction, prose) {
    const notFiction = (n) => !fiction.some((f) => f.includes(n) || n.includes(f));
    const titleWords = t.title
        .split(/[\s:—–,()/]+/)
        .map((w) => w.replace(/[^\p{L}\p{N}.+#-]/gu, ''))
        .filter((w) => w !== '' && !GENERIC.test(w) && /^\p{Lu}/u.test(w));
    const fromDefinition = definitions.find((d) => notFiction(d.name) && titleWords.some((w) => d.name.includes(w)));
    if (fromDefinition)
        return fromDefinition.name;
    let best;
    for (const w of titleWords) {
        if (!notFiction(w))
            continue;
        // its uses as a word, counted (the word must be in the text as written: a literal scan first)
        let n = 0;
        if (prose.includes(w)) {
            const re = new RegExp(`(?<![\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
            while (re.exec(prose))
                n++;
        }
        if (!best || n > best.n)
            best = { word: w, n };
    }
    if (best && best.n >= 2)
        return best.word;
    const firstDef = definitions.find((d) => notFiction(d.name));
    return firstDef?.name ?? t.title.split(/\s*[:—–]\s*/)[0]?.trim() ?? t.title;
}
const DEFINITION = /^((?:[A-Z][\w.+#-]*)(?:\s+[A-Z][\w.+#-]*){0,2}) (?:is|are) (?:an?|the) ([^.;:]{3,140})[.]?$/;
const APPOSITIVE = /\b((?:[A-Z][\w.+#-]*)(?:\s+[A-Z][\w.+#-]*){0,2}), (an? (?!\w+ (?:fictional|fictitious|invented))[a-z][\w -]{3,80}?)(?=[.,;]|$)/g;
function sourceOf(s, claim) {
    const out = { file: s.file, line: s.line, column: s.column };
    if (claim)
        out.claim = claim;
    return out;
}
/** Plain text of a prerequisite reduced to its tool and version: first clause, no link or credential. */
function prerequisiteText(text) {
    const first = (text.split(/(?<=[.!?])\s+/)[0] ?? '')
        .replace(/\s+/g, ' ')
        .split(/,\s+(?:because|since|so|which|as|and on)\b|;\s|\s[—–]\s/)[0]
        .trim();
    const out = first
        .replace(/\s*\([^()]*\b(?:https?:|notes|docs|documentation|link|here)\b[^()]*\)/gi, '')
        .replace(/[.:;]$/, '')
        .trim();
    if (out === '' || credentialLike(text) || /https?:\/\//i.test(out))
        return undefined;
    if (countPlainWords(out) > 14 || out.length > 120)
        return undefined;
    return out;
}
function optionalExercise(e) {
    const flag = e.optional;
    if (typeof flag === 'boolean')
        return flag;
    return /\b(?:optional|bonus|add-?on|stretch|extra credit)\b/i.test(e.title);
}
/** An exercise title without the `(optional)` marker the flag already carries. */
function exerciseTitle(e, optional) {
    const t = e.title.replace(/\s+/g, ' ').trim();
    return optional
        ? t.replace(/\s*[([]\s*(?:optional|bonus|add-?on)\b[^)\]]*[)\]]\s*/gi, ' ').trim()
        : t;
}
function buildFactSheet(t, registry, opts) {
    const claims = indexRegistry(registry);
    const citedIds = [];
    for (const c of t.citations) {
        const claim = claims.get(c.id);
        if (claim && claim.status !== 'deprecated' && !citedIds.includes(c.id))
            citedIds.push(c.id);
    }
    // a Draft claim is not yet validated: the fact sheet lists it (role `claim`, status `draft`) so
    // an open question can ask for it, but no sentence citing it is quotable
    const verified = citedIds.filter((id) => claims.get(id)?.status === 'verified');
    const citable = new Map(verified.map((id) => [id, claims.get(id)]));
    const lookup = { claimId: () => claimIdRegExp(opts.claimIdPattern), citable };
    const facts = [];
    const seen = new Set();
    const add = (f) => {
        const key = `${f.role}\u0000${f.text}`;
        if (seen.has(key))
            return;
        seen.add(key);
        facts.push(f);
    };
    const fromSentence = (role, s) => {
        const f = { role, text: s.text, source: sourceOf(s) };
        const cites = [...s.claims, ...s.inline.filter((i) => !s.claims.includes(i))];
        if (cites.length > 0) {
            f.cites = cites;
            f.source.claim = cites[0];
        }
        if (s.section !== '')
            f.section = s.section;
        return f;
    };
    const intro = introChapters(t);
    // only the introduction's sentences are kept whole; the other chapters' are read one chapter at
    // a time below, keeping the few that can become limitations or non-goals (a chapter of 280,000
    // citations made 140,000 sentences that all stayed alive)
    const introSentencesOf = new Map(intro.map((c) => [c, chapterSentences(c, lookup)]));
    const introSentences = intro.flatMap((c) => introSentencesOf.get(c) ?? []);
    const allProse = t.chapters
        .flatMap((c) => c.blocks.filter((b) => b.kind !== 'code'))
        .map((b) => b.text)
        .join('\n');
    // fiction first: its names are never the product
    const fiction = [];
    for (const c of t.chapters) {
        for (const b of c.blocks) {
            if (b.kind !== 'paragraph' && b.kind !== 'list-item')
                continue;
            const flat = b.text.replace(/\s+/g, ' ');
            // a sentence of the block matches only if the block does (no match needs a sentence edge)
            if (!FICTION.test(flat))
                continue;
            for (const raw of flat.split(/(?<=[.!?])\s+/)) {
                if (!FICTION.test(raw))
                    continue;
                const names = fictionNames(raw);
                if (names.length === 0 && !/running example/i.test(raw))
                    continue;
                for (const n of names)
                    if (!fiction.includes(n))
                        fiction.push(n);
                const norm = normaliseCitations(raw.trim(), lookup);
                if (!norm || credentialLike(raw) || countPlainWords(norm.text) > 40)
                    continue;
                if (facts.some((f) => f.role === 'example'))
                    continue;
                add({
                    role: 'example',
                    text: norm.text,
                    source: sourceOf(b),
                    ...(names[0] ? { term: names[0] } : {}),
                    ...(b.section ? { section: b.section } : {})
                });
            }
        }
    }
    const isFiction = (text) => FICTION.test(text) ||
        fiction.some((n) => new RegExp(`^(?:\\W*)${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text));
    // definitions: "X is a …" sentences, then appositives ("Tidepool, a self-hosted metrics rollup store")
    const definitions = [];
    for (const s of introSentences) {
        const m = DEFINITION.exec(s.text);
        if (m &&
            !isFiction(s.text) &&
            !NOT_STORY.has(s.role ?? '') &&
            !CUES.nonGoal.test(s.section) &&
            !CUES.limitation.test(s.section)) {
            definitions.push({ name: m[1], text: s.text, at: s });
        }
    }
    for (const c of intro) {
        for (const b of c.blocks) {
            if (b.kind !== 'paragraph')
                continue;
            for (const m of b.text.replace(/\s+/g, ' ').matchAll(APPOSITIVE)) {
                const name = m[1];
                if (fiction.some((f) => f.includes(name)) || GENERIC.test(name))
                    continue;
                definitions.push({ name, text: `${name} is ${m[2].trim()}.`, at: b });
            }
        }
    }
    // the candidates for limitations and non-goals, in document order (each list is filtered again
    // where it is used, with what is known by then); a sentence's section counts by the reader's
    // role, or by the cue words of the nearest heading itself (a "When X is not suitable" heading
    // under a "Why X" chapter inherits the chapter's role but says what it is)
    const nonGoalSection = (s) => s.role === 'non-goal' || CUES.nonGoal.test(s.section);
    const limitationSection = (s) => s.role === 'limitation' || (CUES.limitation.test(s.section) && !CUES.nonGoal.test(s.section));
    const limitationCandidates = [];
    const nonGoalCandidates = [];
    for (const c of t.chapters) {
        for (const s of introSentencesOf.get(c) ?? chapterSentences(c, lookup)) {
            if (isFiction(s.text))
                continue;
            if (!dangling(s.text) &&
                !metaSentence(s.text) &&
                (limitationSection(s) || (CUES.limitation.test(s.text) && !nonGoalSection(s)))) {
                limitationCandidates.push(s);
            }
            if ((nonGoalSection(s) && (s.kind === 'paragraph' || (s.kind === 'list-item' && s.lead))) ||
                CUES.nonGoal.test(s.text)) {
                nonGoalCandidates.push(s);
            }
        }
    }
    const product = productName$1(t, definitions, fiction, allProse);
    add({
        role: 'product',
        text: product,
        source: { file: t.chapters[0]?.file ?? t.dir, line: 1, column: 1 }
    });
    const definition = definitions.find((d) => d.name === product) ??
        definitions.find((d) => d.text.startsWith(product));
    const used = [];
    if (definition) {
        add({ role: 'definition', text: definition.text, source: sourceOf(definition.at) });
        if ('kind' in definition.at && 'claims' in definition.at)
            used.push(definition.at);
    }
    // problem, approach, impact: from the introduction, by section role and cue
    const storyPool = introSentences.filter((s) => !NOT_STORY.has(s.role ?? '') &&
        !isFiction(s.text) &&
        !CUES.nonGoal.test(s.text) &&
        !CUES.nonGoal.test(s.section) &&
        !CUES.limitation.test(s.section));
    const pick = (pool, rank) => {
        let best;
        let bestRank = 0;
        for (const s of pool) {
            if (used.some((u) => sameSentence(u, s)))
                continue;
            const r = rank(s);
            if (r > bestRank) {
                best = s;
                bestRank = r;
            }
        }
        if (best)
            used.push(best);
        return best;
    };
    const cueRank = (cue, roles) => (s) => (roles.includes(s.role ?? '') ? 4 : 0) +
        (cue.test(s.section) ? 2 : 0) +
        (cue.test(s.text) ? 1 : 0);
    const problem = pick(storyPool, cueRank(CUES.problem, ['problem', 'why']));
    if (problem)
        add(fromSentence('problem', problem));
    const approaches = [];
    const covered = (s) => approaches.some((a) => a.text.includes(s.text.replace(/[.]$/, '')));
    const bySubject = new RegExp(`^(?:The )?${product.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b(?! is an? )`);
    const approachRank = (s) => cueRank(CUES.simplification, [])(s) + (bySubject.test(s.text) ? 2 : 0);
    for (let i = 0; i < 2; i++) {
        const a = pick(storyPool.filter((s) => !covered(s) && approachRank(s) > 0), approachRank);
        if (!a)
            break;
        approaches.push(a);
    }
    approaches.sort((a, b) => storyPool.indexOf(a) - storyPool.indexOf(b));
    for (const a of approaches)
        add(fromSentence('approach', a));
    const impactPool = storyPool.filter((s) => !IMPERATIVE.test(s.text) && s.kind === 'paragraph');
    const impact = pick(impactPool.filter((s) => CUES.impact.test(s.text) || CUES.impact.test(s.section)), cueRank(CUES.impact, ['why']));
    if (impact)
        add(fromSentence('impact', impact));
    // components: glossary entries, then rows of a comparison table
    for (const g of t.glossary) {
        if (credentialLike(g.definition))
            continue;
        const def = g.definition.replace(/\s+/g, ' ').trim();
        const norm = normaliseCitations(def, lookup);
        if (!norm || countPlainWords(norm.text) > 40)
            continue;
        add({
            role: 'component',
            term: g.term,
            text: norm.text,
            source: sourceOf(g),
            ...(norm.claims.length ? { cites: norm.claims } : {})
        });
    }
    const COMPARISON = /\b(vs\.?|versus|compar\w*|traditional|differences?)\b/i;
    const table = t.chapters
        .flatMap((c) => c.blocks)
        .find((b) => b.kind === 'table' &&
        b.table &&
        b.table.header.length >= 2 &&
        b.table.rows.length > 0 &&
        (COMPARISON.test(b.table.header.join(' ')) || COMPARISON.test(b.section)));
    if (table?.table) {
        const header = table.table.header.map((h) => h.trim());
        for (const row of table.table.rows) {
            const label = (row[0] ?? '').trim();
            if (label === '')
                continue;
            const cells = row.slice(1).map((cell, i) => {
                const norm = normaliseCitations(cell.trim(), lookup);
                return norm ? { col: header[i + 1] ?? '', text: norm.text, claims: norm.claims } : undefined;
            });
            if (cells.some((c) => c === undefined))
                continue;
            const ok = cells;
            const f = {
                role: 'component',
                term: label,
                text: `${label}: ${ok.map((c) => `${c.col} — ${c.text}`).join('; ')}`,
                source: sourceOf(table),
                section: table.section
            };
            const cites = ok.flatMap((c) => c.claims);
            if (cites.length)
                f.cites = [...new Set(cites)];
            add(f);
        }
    }
    // exercises and the stated total time
    for (const e of t.exercises) {
        const optional = optionalExercise(e);
        const f = {
            role: 'exercise',
            text: exerciseTitle(e, optional),
            source: sourceOf(e),
            exercise: { id: e.id, title: exerciseTitle(e, optional), optional }
        };
        if (e.estimatedTime && f.exercise) {
            f.exercise.minutes = { min: e.estimatedTime.minMinutes, max: e.estimatedTime.maxMinutes };
        }
        add(f);
    }
    if (t.timeCommitment && !credentialLike(t.timeCommitment.text)) {
        const text = t.timeCommitment.text.replace(/\s+/g, ' ').trim();
        if (text !== '' && (t.timeCommitment.estimate ?? parseTimeEstimate(text))) {
            add({ role: 'total-time', text, source: sourceOf(t.timeCommitment) });
        }
    }
    // prerequisites: tools and versions only
    for (const p of t.prerequisites) {
        if (p.text.trim().endsWith(':'))
            continue;
        if (t.exercises.some((e) => e.file === p.file && e.line < p.line))
            continue;
        const text = prerequisiteText(p.text);
        if (text)
            add({ role: 'prerequisite', text, source: sourceOf(p) });
    }
    // claims the tutorial cites, in the registry's wording
    for (const id of citedIds) {
        const c = claims.get(id);
        add({
            role: 'claim',
            text: c.claim.replace(/\s+/g, ' ').trim(),
            source: sourceOf(c, id),
            status: c.status,
            cites: [id],
            section: c.category
        });
    }
    // limitations: cited claims of a limitations category, the tutorial's own, the claims' fields
    for (const id of verified) {
        const c = claims.get(id);
        if ((/limit/i.test(c.category) || /-LIMIT-/i.test(id)) && !CUES.promise.test(c.claim)) {
            add({
                role: 'limitation',
                text: c.claim.replace(/\s+/g, ' ').trim(),
                source: sourceOf(c, id),
                cites: [id],
                status: c.status
            });
        }
    }
    const registryLimits = new Set(facts.filter((f) => f.role === 'limitation').flatMap((f) => f.cites ?? []));
    for (const s of limitationCandidates) {
        // the registry's wording of the same claim is already there: the better source
        const restates = s.claims.length > 0 && s.claims.every((id) => registryLimits.has(id));
        if (!restates)
            add(fromSentence('limitation', s));
    }
    for (const id of verified) {
        const c = claims.get(id);
        for (const l of c.limitations) {
            const text = l.replace(/\s+/g, ' ').trim();
            if (text && !CUES.promise.test(text) && !credentialLike(text) && !dangling(text)) {
                add({ role: 'limitation', text, source: sourceOf(c, id), cites: [id], status: c.status });
            }
        }
    }
    // non-goals: kept negative and only where the tutorial says what it is not for
    for (const s of nonGoalCandidates) {
        if ((nonGoalSection(s) && s.kind === 'paragraph') || CUES.nonGoal.test(s.text)) {
            add(fromSentence('non-goal', s));
        }
        else if (nonGoalSection(s) && s.kind === 'list-item' && s.lead) {
            const f = fromSentence('non-goal', s);
            f.text = `${s.section.replace(/[:.]\s*$/, '')}: ${s.text}`;
            add(f);
        }
    }
    // roadmap: headings (and their sentences are never quoted; see sentences.ts)
    for (const c of t.chapters) {
        for (const h of c.headings) {
            if (CUES.roadmap.test(h.text))
                add({
                    role: 'roadmap',
                    text: h.text,
                    source: sourceOf({ ...h, file: h.file || c.file }),
                    section: h.text
                });
        }
    }
    // the diagram: the tutorial's first image that is one
    const image = t.images.find((i) => i.diagram);
    if (image) {
        const inline = image.url.trim() === '' || /^(?:mermaid|plantuml|ascii)\b/i.test(image.url);
        const remote = !inline && /^[a-z][a-z0-9+.-]*:/i.test(image.url);
        const path = inline
            ? image.file
            : remote
                ? image.url
                : posix.normalize(posix.join(posix.dirname(image.file), image.url.replace(/[?#].*$/, '')));
        add({
            role: 'diagram',
            text: image.alt || image.title || path,
            source: sourceOf(image),
            term: path
        });
    }
    const sheet = {
        tutorial: t.name,
        dir: t.dir,
        title: t.title,
        facts: facts.map((f, i) => ({ id: `F${i + 1}`, ...f }))
    };
    if (opts.url !== undefined)
        sheet.url = opts.url;
    return sheet;
}

// Guarantees and promises a draft may only repeat when its tutorial makes them itself
// (`draft/absolute-language`). Plain data: one phrase per entry, matched case-insensitively on word
// boundaries, a space matching any run of spaces or hyphens (`zero downtime` = `zero-downtime`).
// List inflections separately: a tutorial that says "guarantees" does not license "guaranteed".
const ABSOLUTE_PHRASES = [
    // guarantees
    'guarantee',
    'guarantees',
    'guaranteed',
    'guaranteeing',
    'always',
    'never fails',
    'never fail',
    'never loses',
    'never lose',
    'zero data loss',
    'no data loss',
    'zero downtime',
    'no downtime',
    '100% uptime',
    '100% available',
    '100% reliable',
    '100% compatible',
    'fully compatible',
    'completely compatible',
    'drop in replacement',
    'no risk',
    'risk free',
    'bulletproof',
    'foolproof',
    // superlatives
    'the fastest',
    'the best',
    'best in class',
    'world class',
    'industry leading',
    'blazing fast',
    'lightning fast',
    'unmatched',
    'unbeatable',
    // effortlessness and scale
    'instantly',
    'instant',
    'effortless',
    'effortlessly',
    'seamless',
    'seamlessly',
    'infinitely scalable',
    'infinite scale',
    'unlimited scale',
    'scales infinitely',
    'limitless',
    // readiness
    'production ready',
    'enterprise grade',
    'battle tested',
    'perfect for'
];

// Reads any draft document (ours, or one a person or an LLM committed) into sections, keeping the
// mdast so every rule can point at the exact line:col.
//
// Two formats:
// - combined: our seven-section document, sections found by their `## ` headings;
// - channel: one post for one channel (`linkedin-draft__x.md`, `talk-abstract__x.md`): the whole
//   body is that channel's section, headings or not. The channel comes from the file name (the
//   tutorial's name taken out first), else from the first heading (`channelOfName`).
// In both, notes about the post are not the post: front matter, HTML comments and a "Publishing
// Notes" / "Notes" / "Checklist for publishing" block (from its heading or bold label to the next
// heading of the same or a higher level), and our writers' provenance line, are set aside in
// `notes` and never read by the rules that judge the post (length, figures, claims, promises,
// terminology).
// remark-gfm + front matter, leaving out what the text cannot use (the same tree: src/gfm.ts)
const parse = gfmParser({ frontmatter: true });
/**
 * Headings and labels that open notes about a post rather than the post: `Publishing Notes`,
 * `Notes`, `Editor's notes`, `Checklist for publishing`, `Pre-publication checklist`, `Before
 * posting`, `Metadata`. Compared with the heading's plain text, lower-cased, emoji and trailing
 * punctuation removed.
 */
const NOTES_TITLE = /^(?:(?:publishing|publication|posting|editor(?:['’]?s)?|author(?:['’]?s)?|writer(?:['’]?s)?|reviewer(?:['’]?s)?|internal|post|draft|usage)\s+)?notes?$|^(?:(?:pre[-\s]?publi(?:cation|shing)|publishing|publication|posting|review|final)\s+)?check-?list(?:\s+(?:for|before)\s+(?:publishing|publication|posting))?$|^before\s+(?:publishing|posting)$|^(?:publishing|posting)\s+(?:details|metadata|info)$|^metadata$/;
function titleText(s) {
    return s
        .replace(/[^\p{L}\p{N}\s'’-]+/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .toLowerCase();
}
/** The notes title a node opens a notes block with, if it does: a heading or a bold label line. */
function notesOpener(node) {
    if (node.type === 'heading') {
        const t = toString(node);
        return NOTES_TITLE.test(titleText(t)) ? { title: t.trim(), depth: node.depth } : undefined;
    }
    if (node.type === 'paragraph') {
        const first = node.children[0];
        const firstLine = toString(node).split('\n', 1)[0] ?? '';
        // `**Publishing Notes**`, `**Notes:** …`, `Publishing notes:`
        const label = first && (first.type === 'strong' || first.type === 'emphasis')
            ? toString(first)
            : /:\s*$/.test(firstLine)
                ? firstLine
                : undefined;
        if (label !== undefined && NOTES_TITLE.test(titleText(label))) {
            return { title: label.replace(/:\s*$/, '').trim(), depth: 7 };
        }
    }
    return undefined;
}
/** The writers' provenance line: `_Generated from the tutorial `dir`. Registry claims used: …._` */
function isProvenance(node) {
    return (node.type === 'paragraph' &&
        node.children.length === 1 &&
        node.children[0]?.type === 'emphasis' &&
        /^Generated from the tutorial \S+\. Registry claims used: /.test(toString(node)));
}
/** Splits top-level nodes into the post's and the notes blocks (front matter dropped from both). */
function setAsideNotes(children) {
    const kept = [];
    const notes = [];
    let open;
    for (const node of children) {
        if (node.type === 'yaml')
            continue;
        if (open) {
            // a heading of the same or a higher level ends the notes (a bold label runs to any heading)
            const ends = node.type === 'heading' && node.depth <= open.depth;
            if (!ends) {
                open.nodes.push(node);
                open.endLine = node.position?.end.line ?? open.endLine;
                continue;
            }
            open = undefined;
        }
        if (isProvenance(node)) {
            // our writer's provenance line, kept in a post someone committed: about the post, not in it
            const line = node.position?.start.line ?? 1;
            notes.push({
                title: 'Provenance',
                line,
                endLine: node.position?.end.line ?? line,
                nodes: [node]
            });
            continue;
        }
        const opener = notesOpener(node);
        if (opener) {
            const line = node.position?.start.line ?? 1;
            open = {
                title: opener.title,
                depth: opener.depth,
                line,
                endLine: node.position?.end.line ?? line,
                nodes: [node]
            };
            notes.push(open);
            // a thematic break just before the notes belongs to them
            const prev = kept[kept.length - 1];
            if (prev?.type === 'thematicBreak')
                kept.pop();
            continue;
        }
        kept.push(node);
    }
    return {
        kept,
        notes: notes.map(({ title, line, endLine, nodes }) => ({ title, line, endLine, nodes }))
    };
}
function sectionText(body) {
    return body
        .filter((n) => n.type !== 'code' && n.type !== 'html')
        .map((n) => toString(n))
        .join('\n\n');
}
const headingText = (node) => toString(node).replace(/\s+/g, ' ').trim();
// Networks the contract has no channel for. A name or heading that names one is that network's
// post, even when it also says `thread` or `post` (`mastodon-thread__x.md` is no X thread).
const OTHER_NETWORKS = ['mastodon', 'bluesky', 'threads', 'reddit', 'fediverse'];
// Channels teams write for that the contract may not (yet) know: checked for content only.
const OTHER_CHANNEL_WORDS = ['newsletter', ...OTHER_NETWORKS, 'email', 'announcement'];
/** True when a name or heading names a network the contract has no channel for. */
function namesOtherNetwork(text) {
    const joined = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
    return OTHER_NETWORKS.some((w) => joined.includes(` ${w} `));
}
function otherChannelWord(text) {
    const joined = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
    return OTHER_CHANNEL_WORDS.find((w) => joined.includes(` ${w.replace(/-/g, ' ')} `));
}
/** A text with the tutorial's name taken out (`talk-basics` must not read as the talk channel). */
function withoutTutorial(text, tutorial) {
    let stem = text;
    if (tutorial) {
        const i = stem.toLowerCase().indexOf(tutorial.toLowerCase());
        if (i >= 0)
            stem = `${stem.slice(0, i)} ${stem.slice(i + tutorial.length)}`;
    }
    return stem;
}
/** The file name without folder and extension, the tutorial's name taken out. */
function nameStem(file, tutorial) {
    return withoutTutorial(path.posix.basename(file).replace(/\.[^.]*$/, ''), tutorial);
}
function combinedSections(kept, channels) {
    // every channel's heading (per-channel posts included) and the combined draft's other sections
    const contract = [
        ...documentSections(channels),
        ...channels.filter((c) => !c.inCombinedDraft).map((c) => ({ id: c.id, heading: c.heading }))
    ];
    const preamble = [];
    const sections = [];
    let current;
    for (const node of kept) {
        if (node.type === 'heading' && node.depth === 2) {
            const heading = headingText(node);
            const line = node.position?.start.line ?? 1;
            const section = {
                heading,
                label: `"## ${heading}"`,
                node,
                line,
                column: node.position?.start.column ?? 1,
                body: [],
                text: '',
                bodyLine: line,
                endLine: node.position?.end.line ?? line
            };
            const id = contract.find((s) => s.heading === heading)?.id;
            if (id)
                section.id = id;
            sections.push(section);
            current = section;
            continue;
        }
        if (!current) {
            preamble.push(node);
            continue;
        }
        if (current.body.length === 0)
            current.bodyLine = node.position?.start.line ?? current.line;
        current.body.push(node);
        current.endLine = node.position?.end.line ?? current.endLine;
    }
    for (const s of sections)
        s.text = sectionText(s.body);
    return { preamble, sections };
}
/** A per-channel draft's one section: everything but a leading title heading is the body. */
function channelSection(kept, name, channel) {
    const first = kept[0];
    const title = first?.type === 'heading' ? first : undefined;
    const body = title ? kept.slice(1) : [...kept];
    const node = title ?? { type: 'heading', depth: 1, children: [] };
    const line = title?.position?.start.line ?? body[0]?.position?.start.line ?? 1;
    const section = {
        heading: title ? headingText(title) : name,
        label: `the ${channel ? channel.name : name} draft`,
        node,
        line,
        column: title?.position?.start.column ?? 1,
        body,
        text: sectionText(body),
        bodyLine: body[0]?.position?.start.line ?? line,
        endLine: body[body.length - 1]?.position?.end.line ?? title?.position?.end.line ?? line
    };
    if (channel)
        section.id = channel.id;
    return section;
}
/** Parses a draft document. Never throws: Markdown always parses. */
function parseDraftDocument(draft, opts = {}) {
    const channels = opts.channels ?? CHANNELS;
    const root = parseInPieces(parse, draft.text);
    const { kept, notes } = setAsideNotes(root.children);
    const base = {
        file: draft.path,
        source: draft.text,
        root,
        notes,
        lineStarts: lineStarts(draft.text)
    };
    const contract = documentSections(channels);
    const contractIds = new Set(kept
        .filter((n) => n.type === 'heading' && n.depth === 2)
        .map((n) => contract.find((s) => s.heading === headingText(n))?.id)
        .filter((id) => id !== undefined));
    if (!opts.detect || opts.combined || contractIds.size >= 2) {
        return { ...base, format: 'combined', ...combinedSections(kept, channels) };
    }
    const stem = nameStem(draft.path, opts.tutorial);
    const firstHeading = kept.find((n) => n.type === 'heading');
    const headingName = firstHeading ? withoutTutorial(headingText(firstHeading), opts.tutorial) : '';
    const only = [...contractIds][0];
    // drafts kept one folder per channel (`drafts/linkedin/<tutorial>.md`): the folder's name, when
    // neither the file's name nor its first heading names one
    const folder = path.posix.basename(path.posix.dirname(draft.path));
    const other = namesOtherNetwork(stem) || namesOtherNetwork(headingName);
    const channel = (other ? undefined : channelOfName(stem, channels)) ??
        (headingName && !other ? channelOfName(headingName, channels) : undefined) ??
        (only ? channels.find((c) => c.id === only) : undefined) ??
        (other || namesOtherNetwork(folder) ? undefined : channelOfName(folder, channels));
    const doc = { ...base, format: 'channel', preamble: [], sections: [] };
    if (channel)
        doc.channel = channel;
    else {
        const word = otherChannelWord(stem) ?? otherChannelWord(headingName) ?? otherChannelWord(folder);
        if (word)
            doc.channelWord = word;
    }
    doc.sections = [channelSection(kept, doc.channelWord ?? 'post', channel)];
    return doc;
}
/** The 1-based line and column of a character offset in the draft. */
function locateOffset(doc, offset) {
    return locate$1(doc.lineStarts, doc.file, offset);
}
/** The location a node starts at (1:1 when it has no position). */
function locateNode(doc, node) {
    return {
        file: doc.file,
        line: node.position?.start.line ?? 1,
        column: node.position?.start.column ?? 1
    };
}
/** Finds a contract section by id (the first, when a draft repeats it). */
function sectionById(doc, id) {
    return doc.sections.find((s) => s.id === id);
}
/** A short quotation of a text for messages: whitespace collapsed, cut at `max` characters. */
function quote(text, max = 60) {
    const t = text.replace(/\s+/g, ' ').trim();
    return `"${t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t}"`;
}

const URL_LIKE = /\b(?:https?:\/\/|www\.)[^\s)>\]]+/gi;
function isAutolink(node) {
    if (node.children.length !== 1)
        return false;
    const only = node.children[0];
    if (only?.type !== 'text')
        return false;
    const v = only.value.trim();
    return v.length > 0 && (node.url === v || node.url.endsWith(v) || v.startsWith('http'));
}
function readUnit(node, section) {
    const segments = [];
    let text = '';
    const pad = (s) => {
        text += s;
    };
    const walk = (n) => {
        switch (n.type) {
            case 'text':
                segments.push({ from: text.length, node: n });
                pad(n.value);
                return;
            case 'break':
                pad('\n');
                return;
            case 'inlineCode':
            case 'image':
            case 'imageReference':
            case 'html':
            case 'footnoteReference':
                pad(' ');
                return;
            case 'link':
                if (isAutolink(n))
                    pad(' ');
                else
                    n.children.forEach(walk);
                return;
            default:
                if ('children' in n)
                    n.children.forEach(walk);
        }
    };
    node.children.forEach(walk);
    text = text.replace(URL_LIKE, (m) => ' '.repeat(m.length));
    const unit = {
        kind: node.type === 'tableCell' ? 'cell' : node.type,
        text,
        node,
        segments
    };
    if (section)
        unit.section = section;
    return unit;
}
/** Reads the prose units of some top-level nodes (code blocks, HTML and front matter are skipped). */
function proseOf(nodes, section) {
    const units = [];
    for (const top of nodes) {
        walk(top, (n) => {
            if (n.type === 'code' || n.type === 'html' || n.type === 'yaml' || n.type === 'definition')
                return false;
            if (n.type === 'paragraph' || n.type === 'heading' || n.type === 'tableCell') {
                units.push(readUnit(n, section));
                return false;
            }
            return true;
        });
    }
    return units;
}
/** Every prose unit of the draft, preamble first, then section by section (headings included). */
function allProse(doc) {
    // every rule reads the same units: built once per document
    const known = proseUnits$1.get(doc);
    if (known)
        return known;
    const units = proseOf(doc.preamble);
    for (const s of doc.sections)
        append(units, proseOf([s.node, ...s.body], s));
    proseUnits$1.set(doc, units);
    return units;
}
const proseUnits$1 = new WeakMap();
/** Where the last `sourceOffset` walk of a text node stopped, so the next one resumes there. */
const walked = new WeakMap();
/**
 * Maps an index in `node.value` to an offset in the source: walks value and source side by side,
 * skipping source characters the value does not have (escapes, entities, continuation indent).
 * Rules ask in increasing order within a node, so a walk resumes where the last one stopped:
 * thousands of hits in one long paragraph cost one walk of it, not one each.
 */
function sourceOffset(source, node, index) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined)
        return undefined;
    const last = walked.get(node);
    let i = 0;
    let j = start;
    if (last && last.i <= index)
        ({ i, j } = last);
    for (; i < node.value.length; i++) {
        const c = node.value[i];
        while (j < end && source[j] !== c)
            j++;
        if (j >= end)
            return i === index ? Math.max(start, end - 1) : undefined;
        if (i === index) {
            walked.set(node, { i, j });
            return j;
        }
        j++;
    }
    return Math.min(j, Math.max(start, end - 1));
}
/** The segment holding `index` of a unit's text (binary search: segments are in text order). */
function segmentAt(unit, index) {
    const segs = unit.segments;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (segs[mid].from <= index)
            lo = mid;
        else
            hi = mid - 1;
    }
    const s = segs[lo];
    return s && s.from <= index && index < s.from + s.node.value.length ? s : undefined;
}
/** The draft location of the character at `index` of a unit's text. */
function locateIn(doc, unit, index) {
    const seg = segmentAt(unit, index);
    if (!seg) {
        // a blanked-out character: point at the next real text, else at the unit itself
        const next = unit.segments.find((s) => s.from >= index);
        return next ? locateNode(doc, next.node) : locateNode(doc, unit.node);
    }
    const off = sourceOffset(doc.source, seg.node, index - seg.from);
    return off === undefined ? locateNode(doc, seg.node) : locateOffset(doc, off);
}
/** True when `index` starts a sentence in the unit's text (unit start, line start, after `.!?:`). */
function atSentenceStart(text, index) {
    const before = text.slice(0, index);
    return (/(?:^|[.!?:;]\s+|\n\s*|^[\s"'“‘(*_-]+)$/.test(before) || /(?:[.!?:]["'”’)]?\s+)$/.test(before));
}
/** Replaces every match of the given patterns in `text` with spaces, keeping indices. */
function blank(text, patterns) {
    let out = text;
    for (const re of patterns) {
        const g = re.global ? re : new RegExp(re.source, re.flags + 'g');
        g.lastIndex = 0;
        out = out.replace(g, (m) => ' '.repeat(m.length));
    }
    return out;
}
/** Every claim ID in the draft's prose, in document order. */
function claimMentions(doc, claimId) {
    const out = [];
    for (const unit of allProse(doc)) {
        for (const m of unit.text.matchAll(claimId)) {
            // field by field: a spread copy got a hidden class of its own (see src/tutorial/chapter.ts)
            const at = locateIn(doc, unit, m.index);
            out.push({ id: m[0], index: m.index, unit, file: at.file, line: at.line, column: at.column });
        }
    }
    return out;
}
/**
 * The start of the line holding `index`, looked for at most `max` characters back; `from - 1`
 * (before the window) when the line starts earlier. Bounded, so a hit on a megabyte-long line
 * costs a window, not the line.
 */
function lineStartNear(text, index, max) {
    const from = Math.max(0, index - max);
    const nl = text.slice(from, index).lastIndexOf('\n');
    if (nl >= 0)
        return from + nl + 1;
    return from === 0 ? 0 : from - 1;
}
/** The end of the line holding `index + length`, looked for at most `max` characters on. */
function lineEndNear(text, end, max) {
    const to = Math.min(text.length, end + max);
    const nl = text.slice(end, to).indexOf('\n');
    if (nl >= 0)
        return end + nl;
    return to === text.length ? to : to + 1;
}
/**
 * A short quotation of the text around a hit, for messages: the hit's line, cut to about
 * `max` characters around the hit, with `…` where it was cut.
 */
function excerpt(text, index, length, max = 90) {
    const lineStart = lineStartNear(text, index, max + 1);
    const lineEnd = lineEndNear(text, index + length, max + 1);
    let from = lineStart;
    let to = lineEnd;
    if (to - from > max) {
        from = Math.max(lineStart, index - Math.floor((max - length) / 2));
        to = Math.min(lineEnd, from + max);
        from = Math.max(lineStart, to - max);
    }
    const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
    return `"${from > lineStart ? '…' : ''}${body}${to < lineEnd ? '…' : ''}"`;
}
/**
 * True when the channel of a unit's section forbids an element (the contract's `forbidden`, config
 * overrides applied). Sections that are no channel (preamble, open questions, an unknown
 * per-channel post) forbid everything.
 */
function forbids(ctx, section, element) {
    const channel = section?.id ? ctx.channels.find((c) => c.id === section.id) : undefined;
    return channel ? channel.forbidden.includes(element) : true;
}
const SEPARATOR = '\u0000';
function joinTexts(texts) {
    const starts = [];
    let at = 0;
    for (const t of texts) {
        starts.push(at);
        at += t.length + 1;
    }
    return {
        texts,
        joined: texts.join(SEPARATOR),
        starts,
        joinable: !texts.some((t) => t.includes(SEPARATOR))
    };
}
/**
 * Calls `fn` for every match of the global pattern `re` in each text, texts in order, matches in
 * order, with the match's index in its text: what `for (text) for (m of text.matchAll(re))` gives,
 * in one scan of the joined texts instead of one `matchAll` (a copy of the pattern and an
 * iterator) per text. Exact only for a pattern that can neither match NUL (the separator) nor
 * read it as anything a text's start or end would not be: the glossary term patterns, whose
 * lookarounds ask for letters, digits, `_` or `-` and whose terms (checked here) hold no NUL.
 */
function scanTexts(j, re, fn) {
    if (!j.joinable || re.source.includes(SEPARATOR) || re.source.includes('\\0')) {
        j.texts.forEach((text, i) => {
            for (const m of text.matchAll(re))
                fn(i, m.index, m);
        });
        return;
    }
    let k = 0;
    for (const m of j.joined.matchAll(re)) {
        while (k + 1 < j.starts.length && j.starts[k + 1] <= m.index)
            k++;
        fn(k, m.index - j.starts[k], m);
    }
}
/**
 * Lower case, and the long s as `s`: a text holding a match of a case-insensitive (`iu`) pattern
 * for a word of ASCII letters, digits and punctuation holds that word's fold as a substring. The
 * only other characters such a pattern matches are the Kelvin sign, which lower-cases to `k`, and
 * the long s, which `toLowerCase` keeps.
 */
function foldCase(text) {
    const lower = text.toLowerCase();
    return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}
/** The longest of some words (the first of equal length). */
function longestWord(words) {
    return words.reduce((a, b) => (b.length > a.length ? b : a), '');
}
/**
 * A word's fold (`foldCase`) for `includes` against a folded text, or '' when the word is not
 * printable ASCII: only such a word is known to fold as case-insensitive matching does ('' is in
 * every text, so it skips nothing).
 */
function foldedWord(word) {
    return /^[\x20-\x7e]*$/.test(word) ? foldCase(word) : '';
}

// Everything the guard rules need from a tutorial and a registry, computed once and reused for
// every draft guarded against the same pair (the guard may run on hundreds of drafts).
const escapeRe$1 = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Plain text of the tutorial outside code (and, with `quotes: false`, outside blockquotes). */
function tutorialProse(t, opts) {
    const out = [];
    for (const c of t.chapters) {
        for (const b of c.blocks) {
            if (b.kind === 'code')
                continue;
            if (!opts.quotes && b.kind === 'blockquote')
                continue;
            if (!opts.headings && b.kind === 'heading')
                continue;
            out.push(b.text);
        }
    }
    return out;
}
function addFiguresOf(set, text) {
    if (!text)
        return;
    for (const f of findFigures(text))
        set.add(normalizeFigure(f.text));
}
/** Figures anywhere in the registry's claims: one registry serves many tutorials, so once each. */
const registryFigures = new WeakMap();
function registryFigureSet(r) {
    let set = registryFigures.get(r);
    if (set)
        return set;
    set = new Set();
    for (const c of r.claims) {
        addFiguresOf(set, c.claim);
        addFiguresOf(set, c.scope);
        for (const list of [c.evidence, c.implications, c.limitations]) {
            for (const text of list)
                addFiguresOf(set, text);
        }
    }
    registryFigures.set(r, set);
    return set;
}
function figureSet(t, r) {
    const set = new Set();
    const fromRegistry = registryFigureSet(r);
    const add = (text) => addFiguresOf(set, text);
    for (const f of t.figures)
        set.add(normalizeFigure(f.text));
    // all chapter text, code included: a figure the reader sees anywhere in the tutorial is traced
    for (const c of t.chapters)
        for (const b of c.blocks)
            add(b.text);
    for (const e of t.exercises) {
        if (e.estimatedTime) {
            set.add(normalizeFigure(e.estimatedTime.text));
            add(e.estimatedTime.text);
        }
    }
    if (t.timeCommitment) {
        add(t.timeCommitment.text);
        if (t.timeCommitment.estimate)
            set.add(normalizeFigure(t.timeCommitment.estimate.text));
    }
    for (const p of t.prerequisites)
        add(p.text);
    return { has: (f) => set.has(f) || fromRegistry.has(f) };
}
const STOP$1 = new Set('this that with from into your they them their than then when what will have been about each also just more most only over such very which while would there these those'.split(' '));
/** Lower-case content words (4 letters or more, no stop words) of a text. */
function contentWords$1(text) {
    const out = new Set();
    for (const w of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
        if (w.length >= 4 && !STOP$1.has(w) && !/^\d+$/.test(w))
            out.add(w);
    }
    return out;
}
/** What a figure is stated for, read from its sentence: `for the core path`, else a quotation. */
function aboutOf(sentence, figure) {
    const flat = sentence.replace(/\s+/g, ' ').trim();
    const i = flat.indexOf(figure);
    if (i >= 0) {
        const after = /^\s+((?:for|of|in|on|per)\s+[^,.;:()\n]{2,40}?)(?=[,.;:()]|\s+(?:and|or|with|but)\s|$)/i.exec(flat.slice(i + figure.length));
        if (after?.[1])
            return after[1].trim();
        const label = /([\p{L}][\p{L} ]{2,30}?)\s*[:=]\s*$/u.exec(flat.slice(0, i));
        if (label?.[1])
            return `as the ${label[1].trim().toLowerCase()}`;
    }
    const cut = flat.length > 80 ? `${flat.slice(0, 79).trimEnd()}…` : flat;
    return `in "${cut}"`;
}
function statements(t) {
    const out = [];
    const seen = new Set();
    const push = (text, kind, at, about, sentence, cited) => {
        const key = `${at.file}:${at.line}:${normalizeFigure(text)}`;
        if (seen.has(key))
            return;
        seen.add(key);
        out.push({
            text,
            normalized: normalizeFigure(text),
            kind,
            about,
            words: contentWords$1(sentence),
            cited,
            file: at.file,
            line: at.line,
            column: at.column
        });
    };
    for (const e of t.exercises) {
        if (!e.estimatedTime)
            continue;
        const about = `for ${e.id}${e.title && e.title !== e.id ? ` (${e.title})` : ''}`;
        push(e.estimatedTime.text, 'duration', e, about, `${e.id} ${e.title} estimated time`, false);
    }
    if (t.timeCommitment?.estimate) {
        const tc = t.timeCommitment;
        push(tc.estimate.text, 'duration', tc, aboutOf(tc.text, tc.estimate.text), tc.text, false);
    }
    for (const f of t.figures) {
        if (f.kind === 'version')
            continue;
        push(f.text, f.kind, f, aboutOf(f.sentence, f.text), f.sentence, f.cited);
    }
    return out;
}
/** True for a block of the tutorial's roadmap section (the reader's section role, src/tutorial/roles.ts). */
function isRoadmap(b) {
    return b.role === 'roadmap';
}
function roadmapText(t) {
    const out = [];
    for (const c of t.chapters) {
        for (const b of c.blocks)
            if (b.kind !== 'code' && isRoadmap(b))
                out.push(b.text.toLowerCase());
    }
    return out;
}
/** True for figure kinds `claim/uncited-figure` reports (performance, durability, cost). */
function claimWorthy(kind) {
    return CLAIM_WORTHY_FIGURE_KINDS.includes(kind);
}
function derivedFigures(t) {
    const values = derivedValues(t);
    const out = [];
    const push = (kind, value) => {
        if (value === undefined)
            return;
        out.push({
            kind,
            label: DERIVED_LABELS[kind].toLowerCase().replace(/\s+/g, ' '),
            value,
            normalized: normalizeFigure(value)
        });
    };
    push('hands-on', values.handsOn);
    push('reading', values.reading);
    return out;
}
function figureMasks(t) {
    const masks = [
        // ordinals: `Part 1`, `Chapter 3`, `Step 2`, `Exercise 4`
        /\b(?:part|chapter|step|section|module|lesson|lab|exercise|phase|stage|day)\s+\d+(?:\.\d+)*\b/gi,
        // enumerations in prose: `(1)`, `(2)`
        /\(\d{1,2}\)/g,
        // notes on the draft's own shape: `(2-3 paragraphs)`, `5 bullets`
        /\b\d+(?:\s*[-–]\s*\d+)?\s+(?:paragraphs?|sentences?|words|bullets?|bullet points|slides?|lines)\b/gi,
        // Markdown file names, `01-introduction.md`
        /[\w./-]+\.mdx?\b/g
    ];
    const ids = [...new Set(t.exercises.map((e) => e.id).filter((id) => /\d/.test(id)))];
    if (ids.length) {
        masks.push(new RegExp(`(?<![\\p{L}\\p{N}_])(?:${ids.map(escapeRe$1).join('|')})(?![\\p{L}\\p{N}_])`, 'gu'));
    }
    if (/\d/.test(t.name))
        masks.push(new RegExp(escapeRe$1(t.name), 'g'));
    return masks;
}
/** A phrase as a word-bounded pattern in which a space stands for any run of spaces or hyphens. */
function phrasePattern(phrase) {
    const body = phrase
        .trim()
        .split(/[\s-]+/)
        .map(escapeRe$1)
        .join('[\\s\\u00a0-]+');
    return new RegExp(`(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])`, 'giu');
}
/** A phrase's pattern (`phrasePattern`) and its longest word (see `PhraseMatcher`). */
function phraseMatcher(phrase) {
    const longest = longestWord(phrase.trim().split(/[\s-]+/));
    return {
        phrase,
        re: phrasePattern(phrase),
        word: new RegExp(escapeRe$1(longest), 'iu'),
        folded: foldedWord(longest)
    };
}
// Quoted spans in tutorial prose: a phrase the tutorial quotes is not one it makes.
const QUOTED = /"[^"\n]*"|“[^”\n]*”|„[^“”\n]*[“”]/g;
/**
 * The absolute phrases, each marked when the tutorial says it — in its own prose, or in the
 * registry wording of a Verified claim it cites (a draft may quote the registry's own words:
 * "does not guarantee ordering across partitions").
 */
function absolutePhrases(t, r) {
    const cited = new Set(t.citations.map((c) => c.id));
    const verified = verifiedClaims(r);
    const claimWords = [];
    for (let i = 0; i < verified.ids.length; i++) {
        if (cited.has(verified.ids[i]))
            claimWords.push(verified.claims[i]);
    }
    const prose = [...tutorialProse(t, { quotes: false, headings: true }), ...claimWords]
        .map((s) => s.replace(QUOTED, ' '))
        .join('\n\n');
    const folded = foldCase(prose);
    return ABSOLUTE_PHRASES.map((phrase) => {
        const m = phraseMatcher(phrase);
        const inTutorial = folded.includes(m.folded) && m.re.test(prose);
        m.re.lastIndex = 0;
        return { ...m, inTutorial };
    });
}
/** The IDs and wording of the registry's Verified claims, in registry order: once per registry. */
const verifiedOf = new WeakMap();
function verifiedClaims(r) {
    let v = verifiedOf.get(r);
    if (!v) {
        v = { ids: [], claims: [] };
        for (const c of r.claims) {
            if (c.status !== 'verified')
                continue;
            v.ids.push(c.id);
            v.claims.push(c.claim);
        }
        verifiedOf.set(r, v);
    }
    return v;
}
const PLURAL = /(?:['’]s|es|s)$/;
/** The term of a glossary entry without any parenthetical part: `Query node (QN)` → `Query node`. */
function glossaryTerm(entry) {
    return entry.term
        .replace(/\([^)]*\)/g, ' ')
        .replace(/[*_`]/g, '')
        .replace(/\s+/g, ' ')
        .trim();
}
function termPattern(term) {
    const words = term.split(/[\s-]+/).filter(Boolean);
    const body = words.length > 1
        ? words.map(escapeRe$1).join('(?:[\\s\\u00a0]+|-)?')
        : // one word: also catch a hyphenated split, `roll-up` for `rollup`
            [...(words[0] ?? '')].map(escapeRe$1).join('-?');
    return new RegExp(`(?<![\\p{L}\\p{N}_-])${body}(?:['’]s|es|s)?(?![\\p{L}\\p{N}_])`, 'giu');
}
/** A matched spelling without its plural suffix, when the bare term matches without it. */
function stripPlural(form, term) {
    const letters = (s) => s.replace(/[^\p{L}\p{N}]/gu, '').length;
    const bare = form.replace(PLURAL, '');
    return letters(bare) >= letters(term) ? bare : form;
}
const lowerFirst = (s) => s.charAt(0).toLowerCase() + s.slice(1);
function glossaryMatchers(t) {
    const prose = joinTexts(tutorialProse(t, { quotes: true, headings: false }));
    const out = [];
    for (const entry of t.glossary) {
        const term = glossaryTerm(entry);
        if (!/\p{L}/u.test(term))
            continue;
        const re = termPattern(term);
        const accepted = new Set([term]);
        // spellings the tutorial itself uses mid-sentence are consistent with it
        let lowerUse = false;
        let upperUse = false;
        scanTexts(prose, re, (i, index, m) => {
            if (atSentenceStart(prose.texts[i], index))
                return;
            const form = stripPlural(m[0], term);
            accepted.add(form);
            if (/^\p{Ll}/u.test(form))
                lowerUse = true;
            else
                upperUse = true;
        });
        // a sentence-case headword (`Query node`) is an ordinary noun unless the tutorial only ever
        // writes it capitalised mid-sentence (then it is a name, like `Tidepool`)
        const headword = /^\p{Lu}[\p{Ll}\p{N}]*(?:[\s-]|$)/u.test(term);
        if (headword && (lowerUse || !upperUse))
            accepted.add(lowerFirst(term));
        // a multi-word term of plain words (`Claims Registry`, no `KafScale`, no `QN`) written in lower
        // case is the common noun, not a misspelling; spacing and hyphenation still have to match
        const parts = term.split(/\s+/);
        if (parts.length > 1 && parts.every((w) => /^\p{Lu}?[\p{Ll}\p{N}'’-]*$/u.test(w))) {
            accepted.add(term.toLowerCase());
        }
        out.push({ entry, term, re, accepted });
    }
    return out;
}
function buildGuardContext(tutorial, registry, opts) {
    return {
        tutorial,
        registry,
        strict: opts.strict,
        channels: opts.channels ?? CHANNELS,
        ...(opts.facts !== undefined ? { facts: opts.facts } : {}),
        ...(opts.tutorialUrl !== undefined ? { tutorialUrl: opts.tutorialUrl } : {}),
        claimId: new RegExp(opts.claimId.source, opts.claimId.flags.includes('g') ? opts.claimId.flags : opts.claimId.flags + 'g'),
        claimIndex: indexRegistry(registry),
        citedIds: new Set(tutorial.citations.map((c) => c.id)),
        figures: figureSet(tutorial, registry),
        registryFigures: registryFigureSet(registry),
        statements: statements(tutorial),
        roadmap: roadmapText(tutorial),
        derived: derivedFigures(tutorial),
        figureMasks: figureMasks(tutorial),
        absolute: absolutePhrases(tutorial, registry),
        glossary: glossaryMatchers(tutorial)
    };
}
// tutorial → registry → claim-ID source → context (strict is applied per call)
const cache = new WeakMap();
/** The context for a tutorial/registry pair, built on first use and then reused. */
function guardContext(tutorial, registry, opts) {
    let byRegistry = cache.get(tutorial);
    if (!byRegistry)
        cache.set(tutorial, (byRegistry = new WeakMap()));
    let byPattern = byRegistry.get(registry);
    if (!byPattern)
        byRegistry.set(registry, (byPattern = new Map()));
    const key = `${opts.claimId.source}/${opts.claimId.flags}`;
    let ctx = byPattern.get(key);
    if (!ctx) {
        // the cached context holds nothing of one call (channel, facts, URL: set below per call)
        const shared = { claimId: opts.claimId, strict: opts.strict };
        byPattern.set(key, (ctx = buildGuardContext(tutorial, registry, shared)));
    }
    const channels = opts.channels ?? CHANNELS;
    const perCall = opts.channel !== undefined || opts.facts !== undefined || opts.tutorialUrl !== undefined;
    if (ctx.strict === opts.strict && ctx.channels === channels && !perCall)
        return ctx;
    const out = { ...ctx, strict: opts.strict, channels };
    if (opts.channel !== undefined)
        out.channel = opts.channel;
    if (opts.facts !== undefined)
        out.facts = opts.facts;
    if (opts.tutorialUrl !== undefined)
        out.tutorialUrl = opts.tutorialUrl;
    return out;
}

const EXEMPT_SECTIONS$1 = new Set(['open-questions', 'checklist']);
function absoluteLanguage(doc, ctx) {
    const out = [];
    const phrases = ctx.absolute.filter((p) => !p.inTutorial);
    if (!phrases.length)
        return out;
    for (const unit of allProse(doc)) {
        if (unit.section?.id && EXEMPT_SECTIONS$1.has(unit.section.id))
            continue;
        if (!forbids(ctx, unit.section, 'absolute-language'))
            continue;
        const hits = [];
        for (const p of phrases) {
            if (!p.word.test(unit.text))
                continue;
            for (const m of unit.text.matchAll(p.re)) {
                hits.push({ index: m.index, end: m.index + m[0].length, text: m[0] });
            }
        }
        // one finding per span: `the fastest` wins over a shorter overlapping entry
        hits.sort((a, b) => a.index - b.index || b.end - a.end);
        let covered = -1;
        for (const h of hits) {
            if (h.index < covered)
                continue;
            covered = h.end;
            out.push(diagnostic(RULES.draftAbsoluteLanguage, locateIn(doc, unit, h.index), `${quote(h.text)} promises more than the tutorial, which never says it: ${excerpt(unit.text, h.index, h.end - h.index)}`));
        }
    }
    return out;
}

// `claim/unknown`, `claim/deprecated`, `claim/draft`: claim IDs a draft writes (outside code),
// checked against the registry exactly as the tutorial's own citations are.
function claimStatus(doc, ctx) {
    const out = [];
    for (const m of claimMentions(doc, ctx.claimId)) {
        const d = validateCitation({ id: m.id, file: m.file, line: m.line, column: m.column }, ctx.registry, ctx.claimIndex);
        if (d)
            out.push(d);
    }
    return out;
}

function bodySource(doc, s) {
    return s.body
        .filter((n) => n.type !== 'code')
        .map((n) => doc.source.slice(n.position?.start.offset ?? 0, n.position?.end.offset ?? 0))
        .join('\n\n');
}
function firstContent(s) {
    return s.body.find((n) => n.type !== 'thematicBreak' && n.type !== 'html');
}
function ordinal(n) {
    const tail = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
    return `${n}${tail}`;
}
function corePoints(doc, s, max) {
    const lists = s.body.filter((n) => n.type === 'list');
    const points = lists.length
        ? lists.flatMap((l) => l.children)
        : s.body.filter((n) => n.type === 'paragraph');
    if (points.length <= max)
        return [];
    const extra = points[max];
    return [
        diagnostic(RULES.draftLength, locateNode(doc, extra), `${s.label} has ${points.length} points (limit ${max}); the ${ordinal(max + 1)} is ${quote(toString(extra))}`)
    ];
}
function words$1(doc, s, limit, dropLines) {
    let source = bodySource(doc, s);
    if (dropLines)
        source = source
            .split('\n')
            .filter((l) => !dropLines.test(l))
            .join('\n');
    const n = countWords(source);
    const max = limit.max ?? Infinity;
    if (n >= limit.min && n <= max)
        return [];
    const first = firstContent(s);
    const at = first ? locateNode(doc, first) : { file: doc.file, line: s.line, column: s.column };
    const what = n < limit.min ? 'too short' : 'too long';
    return [
        diagnostic(RULES.draftLength, at, `${s.label} is ${what}: ${n} words (limit ${limit.min}–${limit.max ?? '…'}), starting ${quote(first ? toString(first) : '')}`)
    ];
}
function readmeLines(doc, s, limit) {
    const kept = s.body.filter((n) => n.type !== 'thematicBreak' && !(n.type === 'html' && /^\s*<!--/.test(n.value)));
    const lines = kept
        .flatMap((n) => doc.source.slice(n.position?.start.offset ?? 0, n.position?.end.offset ?? 0).split('\n'))
        .filter((l) => l.trim() !== '');
    const { min } = limit;
    const max = limit.max ?? Infinity;
    if (lines.length >= min && lines.length <= max)
        return [];
    const first = firstContent(s);
    const at = first ? locateNode(doc, first) : { file: doc.file, line: s.line, column: s.column };
    return [
        diagnostic(RULES.draftLength, at, `${s.label} has ${lines.length} non-empty lines (limit ${min}–${limit.max ?? '…'}), starting ${quote(lines[0] ?? '')}`)
    ];
}
function thread(doc, s, c) {
    const out = [];
    const posts = threadPosts(s.body);
    const count = c.limits.posts;
    const chars = c.limits.chars;
    const at = (line, column) => ({ file: doc.file, line, column });
    if (count) {
        const max = count.max ?? Infinity;
        if (posts.length > max || posts.length < count.min) {
            const past = posts[Math.max(0, Math.min(posts.length - 1, max))];
            const where = past ? at(past.line, past.column) : at(s.line, s.column);
            const limit = `${count.min}–${count.max ?? '…'}`;
            out.push(diagnostic(RULES.draftLength, where, posts.length > max
                ? `${s.label} has ${posts.length} posts (limit ${limit}); the ${ordinal(max + 1)} starts ${quote(past?.text ?? '')}`
                : posts.length === 1
                    ? `${s.label} has 1 post (limit ${limit}): split it into posts with \`---\` lines, post counters (\`1/4\`) or a numbered list`
                    : `${s.label} has ${posts.length} posts (limit ${limit})`));
        }
    }
    if (chars) {
        const max = chars.max ?? Infinity;
        posts.forEach((p, i) => {
            if (p.chars <= max && p.chars >= chars.min)
                return;
            out.push(diagnostic(RULES.draftLength, at(p.line, p.column), p.chars > max
                ? `${s.label}: post ${i + 1} has ${p.chars} characters (limit ${max}, each link counted as ${X_LINK_CHARS}), starting ${quote(p.text)}`
                : `${s.label}: post ${i + 1} has ${p.chars} characters (limit ${chars.min}–${chars.max ?? '…'})`));
        });
    }
    return out;
}
/** Checks one section against its channel's limits. */
function sectionLength(doc, s, c) {
    const out = [];
    if (c.limits.points?.max !== undefined)
        append(out, corePoints(doc, s, c.limits.points.max));
    if (c.limits.words)
        append(out, words$1(doc, s, c.limits.words, c.metaLine));
    if (c.limits.lines)
        append(out, readmeLines(doc, s, c.limits.lines));
    if (c.limits.posts || c.limits.chars)
        append(out, thread(doc, s, c));
    return out;
}
function length(doc, ctx) {
    const out = [];
    for (const c of ctx.channels) {
        const s = sectionById(doc, c.id);
        if (s)
            append(out, sectionLength(doc, s, c));
    }
    return out;
}

// Standard suffix manipulations.
/** @type {Record<string, string>} */
const step2list = {
  ational: 'ate',
  tional: 'tion',
  enci: 'ence',
  anci: 'ance',
  izer: 'ize',
  bli: 'ble',
  alli: 'al',
  entli: 'ent',
  eli: 'e',
  ousli: 'ous',
  ization: 'ize',
  ation: 'ate',
  ator: 'ate',
  alism: 'al',
  iveness: 'ive',
  fulness: 'ful',
  ousness: 'ous',
  aliti: 'al',
  iviti: 'ive',
  biliti: 'ble',
  logi: 'log'
};

/** @type {Record<string, string>} */
const step3list = {
  icate: 'ic',
  ative: '',
  alize: 'al',
  iciti: 'ic',
  ical: 'ic',
  ful: '',
  ness: ''
};

// Consonant-vowel sequences.
const consonant = '[^aeiou]';
const vowel = '[aeiouy]';
const consonants = '(' + consonant + '[^aeiouy]*)';
const vowels = '(' + vowel + '[aeiou]*)';

const gt0 = new RegExp('^' + consonants + '?' + vowels + consonants);
const eq1 = new RegExp(
  '^' + consonants + '?' + vowels + consonants + vowels + '?$'
);
const gt1 = new RegExp('^' + consonants + '?(' + vowels + consonants + '){2,}');
const vowelInStem = new RegExp('^' + consonants + '?' + vowel);
const consonantLike = new RegExp('^' + consonants + vowel + '[^aeiouwxy]$');

// Exception expressions.
const sfxLl = /ll$/;
const sfxE = /^(.+?)e$/;
const sfxY = /^(.+?)y$/;
const sfxIon = /^(.+?(s|t))(ion)$/;
const sfxEdOrIng = /^(.+?)(ed|ing)$/;
const sfxAtOrBlOrIz = /(at|bl|iz)$/;
const sfxEED = /^(.+?)eed$/;
const sfxS = /^.+?[^s]s$/;
const sfxSsesOrIes = /^.+?(ss|i)es$/;
const sfxMultiConsonantLike = /([^aeiouylsz])\1$/;
const step2 =
  /^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/;
const step3 = /^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$/;
const step4 =
  /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/;

/**
 * Get the stem from a given value.
 *
 * @param {string} value
 *   Value to stem.
 * @returns {string}
 *   Stem for `value`
 */
// eslint-disable-next-line complexity
function stemmer(value) {
  let result = String(value).toLowerCase();

  // Exit early.
  if (result.length < 3) {
    return result
  }

  /** @type {boolean} */
  let firstCharacterWasLowerCaseY = false;

  // Detect initial `y`, make sure it never matches.
  if (
    result.codePointAt(0) === 121 // Lowercase Y
  ) {
    firstCharacterWasLowerCaseY = true;
    result = 'Y' + result.slice(1);
  }

  // Step 1a.
  if (sfxSsesOrIes.test(result)) {
    // Remove last two characters.
    result = result.slice(0, -2);
  } else if (sfxS.test(result)) {
    // Remove last character.
    result = result.slice(0, -1);
  }

  /** @type {RegExpMatchArray|null} */
  let match;

  // Step 1b.
  if ((match = sfxEED.exec(result))) {
    if (gt0.test(match[1])) {
      // Remove last character.
      result = result.slice(0, -1);
    }
  } else if ((match = sfxEdOrIng.exec(result)) && vowelInStem.test(match[1])) {
    result = match[1];

    if (sfxAtOrBlOrIz.test(result)) {
      // Append `e`.
      result += 'e';
    } else if (sfxMultiConsonantLike.test(result)) {
      // Remove last character.
      result = result.slice(0, -1);
    } else if (consonantLike.test(result)) {
      // Append `e`.
      result += 'e';
    }
  }

  // Step 1c.
  if ((match = sfxY.exec(result)) && vowelInStem.test(match[1])) {
    // Remove suffixing `y` and append `i`.
    result = match[1] + 'i';
  }

  // Step 2.
  if ((match = step2.exec(result)) && gt0.test(match[1])) {
    result = match[1] + step2list[match[2]];
  }

  // Step 3.
  if ((match = step3.exec(result)) && gt0.test(match[1])) {
    result = match[1] + step3list[match[2]];
  }

  // Step 4.
  if ((match = step4.exec(result))) {
    if (gt1.test(match[1])) {
      result = match[1];
    }
  } else if ((match = sfxIon.exec(result)) && gt1.test(match[1])) {
    result = match[1];
  }

  // Step 5.
  if (
    (match = sfxE.exec(result)) &&
    (gt1.test(match[1]) ||
      (eq1.test(match[1]) && !consonantLike.test(match[1])))
  ) {
    result = match[1];
  }

  if (sfxLl.test(result) && gt1.test(result)) {
    result = result.slice(0, -1);
  }

  // Turn initial `Y` back to `y`.
  if (firstCharacterWasLowerCaseY) {
    result = 'y' + result.slice(1);
  }

  return result
}

/*
Copyright (c) 2011, Chris Umbel

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in
all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
THE SOFTWARE.
*/

const eng = [
  'about',
  'after',
  'all',
  'also',
  'am',
  'an',
  'and',
  'another',
  'any',
  'are',
  'as',
  'at',
  'be',
  'because',
  'been',
  'before',
  'being',
  'between',
  'both',
  'but',
  'by',
  'came',
  'can',
  'come',
  'could',
  'did',
  'do',
  'each',
  'for',
  'from',
  'get',
  'got',
  'has',
  'had',
  'he',
  'have',
  'her',
  'here',
  'him',
  'himself',
  'his',
  'how',
  'if',
  'in',
  'into',
  'is',
  'it',
  'like',
  'make',
  'many',
  'me',
  'might',
  'more',
  'most',
  'much',
  'must',
  'my',
  'never',
  'now',
  'of',
  'on',
  'only',
  'or',
  'other',
  'our',
  'out',
  'over',
  'said',
  'same',
  'should',
  'since',
  'some',
  'still',
  'such',
  'take',
  'than',
  'that',
  'the',
  'their',
  'them',
  'then',
  'there',
  'these',
  'they',
  'this',
  'those',
  'through',
  'to',
  'too',
  'under',
  'up',
  'very',
  'was',
  'way',
  'we',
  'well',
  'were',
  'what',
  'where',
  'which',
  'while',
  'who',
  'with',
  'would',
  'you',
  'your',
  'a',
  'i'
];

const STOP = new Set(eng);
/**
 * Words any channel may use without a fact saying them: what a post about a tutorial naturally
 * says about itself (the channel contract's own wording is added per channel).
 */
const FRAME_WORDS = [
    'tutorial',
    'guide',
    'workshop',
    'hands',
    'exercise',
    'step',
    'learn',
    'try',
    'walk',
    'show',
    'explore',
    'build',
    'start',
    'follow',
    'read',
    'link',
    'post',
    'matter',
    'why',
    'today',
    'minute',
    'time',
    'practical',
    'session',
    'talk',
    'audience',
    'level',
    'format',
    'developer',
    'engineer',
    'team',
    // the labels of an outline or a snippet
    'introduction',
    'overview',
    'summary',
    'architecture',
    'outline',
    'takeaway',
    'key',
    'wrap',
    'conclusion',
    'limitation',
    'trade',
    'off',
    'prerequisite',
    'title',
    'working',
    'back',
    'here'
];
const URL = /\b(?:https?:\/\/|www\.)\S+/gi;
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** The content words of a text (lower-case, each stem once) with their Porter stems. */
function contentWords(text) {
    const out = new Map();
    for (const m of text.replace(URL, ' ').matchAll(TOKEN)) {
        const token = m[0].toLowerCase().replace(/['’]s$/, '');
        for (const word of token.split(/[-'’]/)) {
            if (word.length < 2 || STOP.has(word))
                continue;
            // a figure or an ID (`45`, `E10`) is checked by the figure and claim rules, not here
            if (/\p{N}/u.test(word))
                continue;
            const stem = stemmer(word);
            if (!out.has(stem))
                out.set(stem, word);
        }
    }
    return [...out].map(([stem, word]) => ({ word, stem }));
}
/** The content stems of a text (see `contentWords`). */
function contentStems(text) {
    return contentWords(text).map((w) => w.stem);
}
/** Indexes a fact sheet once for checking many sentences (for one channel). */
function supportIndex(sheet, channel, allowed = '') {
    const facts = sheet.facts.map((fact) => {
        const stems = new Set(contentStems(fact.text));
        if (fact.exercise)
            for (const s of contentStems(fact.exercise.title))
                stems.add(s);
        return { fact, stems };
    });
    const title = {
        id: 'title',
        role: 'product',
        text: sheet.title,
        source: { file: sheet.dir }
    };
    facts.push({ fact: title, stems: new Set(contentStems(sheet.title)) });
    const frame = new Set(contentStems(`${FRAME_WORDS.join(' ')} ${allowed}`));
    if (channel) {
        for (const s of contentStems(`${channel.name} ${channel.heading} ${channel.purpose}`)) {
            frame.add(s);
        }
    }
    const vocabulary = new Set(frame);
    for (const f of facts)
        for (const s of f.stems)
            vocabulary.add(s);
    return { facts, vocabulary, frame };
}
/** How well one plain-text sentence rests on the sheet. */
function sentenceSupport(sentence, index, opts = {}) {
    const minWords = opts.minWords ?? 3;
    const minShared = opts.minShared ?? 2;
    const coverage = opts.coverage ?? 0.6;
    const words = contentWords(sentence);
    const stems = words.map((w) => w.stem);
    const claimWords = stems.filter((s) => !index.frame.has(s));
    let closest;
    let shared = 0;
    for (const f of index.facts) {
        let n = 0;
        for (const s of claimWords)
            if (f.stems.has(s))
                n++;
        if (n > shared) {
            shared = n;
            closest = f.fact;
        }
    }
    const unknown = words.filter((w) => !index.vocabulary.has(w.stem)).map((w) => w.word);
    const base = { stems, shared, unknown, ...(closest ? { closest } : {}) };
    if (claimWords.length < minWords)
        return { ...base, supported: true };
    const covered = (stems.length - unknown.length) / stems.length;
    const anchored = shared >= Math.min(minShared, claimWords.length);
    return { ...base, supported: anchored && covered >= coverage };
}
/** Where a fact comes from, for messages: `file:line`, the claim ID, or both. */
function factSource(f) {
    const at = f.source.file
        ? f.source.line
            ? `${f.source.file}:${f.source.line}`
            : f.source.file
        : undefined;
    const claim = f.source.claim ? `claim ${f.source.claim}` : undefined;
    return [at, claim].filter(Boolean).join(', ') || 'the fact sheet';
}
const SKIPPED = new Set(['code', 'html', 'thematicBreak', 'definition', 'image', 'imageReference']);
/**
 * Text blocks of a section whose sentences are checked: paragraphs, headings and table cells at any
 * depth (list items and quotes are looked into), never code or HTML.
 */
function leafBlocks(nodes) {
    const out = [];
    for (const n of nodes) {
        if (SKIPPED.has(n.type))
            continue;
        if (n.type === 'paragraph' || n.type === 'heading' || n.type === 'tableCell')
            out.push(n);
        else if ('children' in n)
            out.push(...leafBlocks(n.children));
    }
    return out;
}
/**
 * `draft/unsupported-sentence` findings for the given sections of a draft document (by section id),
 * each at the line of its sentence.
 */
function supportCheck(doc, sheet, sectionIds, opts = {}) {
    const out = [];
    for (const section of doc.sections) {
        if (!section.id || !sectionIds.includes(section.id))
            continue;
        const channel = opts.channels?.find((c) => c.id === section.id);
        const index = supportIndex(sheet, channel, opts.allowed);
        for (const block of leafBlocks(section.body)) {
            const text = toString(block);
            const start = block.position?.start;
            for (const s of splitSentences(text)) {
                if (channel?.metaLine?.test(s.text))
                    continue;
                // a heading is a label: it needs more words than a sentence before it says something
                const minWords = (opts.minWords ?? 3) + (block.type === 'heading' ? 2 : 0);
                const r = sentenceSupport(s.text, index, { ...opts, minWords });
                if (r.supported)
                    continue;
                const lineOffset = text.slice(0, s.index).split('\n').length - 1;
                const at = {
                    file: doc.file,
                    line: (start?.line ?? section.line) + lineOffset,
                    column: lineOffset === 0 ? (start?.column ?? 1) : 1
                };
                const closest = r.closest
                    ? `closest fact ${r.closest.id} (${factSource(r.closest)}) shares ${r.shared} of ${r.stems.length} content words`
                    : 'no fact shares a content word with it';
                const unknown = r.unknown.length > 0 ? `; not in any fact: ${r.unknown.slice(0, 6).join(', ')}` : '';
                out.push(diagnostic(RULES.draftUnsupportedSentence, at, `sentence not supported by the fact sheet: ${quote(s.text, 80)} (${closest}${unknown})`));
            }
        }
    }
    return out;
}

/** The fact sheet's facts, sorted for the detectors. */
function elementFacts(sheet, opts) {
    const of = (...roles) => sheet.facts.filter((f) => roles.includes(f.role));
    const product = sheet.facts.find((f) => f.role === 'product')?.text ?? sheet.title;
    const out = {
        product,
        title: sheet.title,
        tutorial: sheet.tutorial,
        problems: of('problem'),
        insights: [
            ...of('definition', 'approach', 'component'),
            // a Verified claim backs the insight, unless it states a limit or a figure (as the writers pick it)
            ...of('claim').filter((f) => f.status === 'verified' &&
                !/limit|perf/i.test(f.section ?? '') &&
                !/-(?:LIMIT|PERF)-/i.test(f.source.claim ?? ''))
        ],
        limitations: of('limitation', 'non-goal'),
        nonGoals: of('non-goal'),
        exercises: of('exercise'),
        diagrams: of('diagram'),
        cited: opts.cited
    };
    const url = opts.url ?? sheet.url;
    if (url !== undefined)
        out.url = url;
    return out;
}
// ---------------------------------------------------------------------------------------------
// Reading a post
function unitsOf(body) {
    const out = [];
    const walk = (n) => {
        switch (n.type) {
            case 'paragraph':
                out.push({ text: toString(n), node: n, kind: 'paragraph' });
                return;
            case 'heading':
                out.push({ text: toString(n), node: n, kind: 'heading' });
                return;
            case 'list':
                for (const item of n.children)
                    out.push({ text: toString(item), node: item, kind: 'item' });
                return;
            case 'table':
                for (const row of n.children) {
                    out.push({
                        text: row.children.map((c) => toString(c)).join(' | '),
                        node: row,
                        kind: 'row'
                    });
                }
                return;
            case 'blockquote':
                n.children.forEach(walk);
                return;
            case 'code':
                out.push({ text: n.value, node: n, kind: 'code' });
                return;
            default:
                return;
        }
    };
    body.forEach(walk);
    return out;
}
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>()[\]]+/gi;
const IMG_TAG = /<img\b/i;
/** The post of one section of a draft, as the detectors read it. */
function readPost(doc, section, channel) {
    const links = [];
    let images = 0;
    for (const n of section.body) {
        walk(n, (x) => {
            if (x.type === 'link' || x.type === 'definition')
                links.push(x.url);
            else if (x.type === 'image' || x.type === 'imageReference')
                images++;
            else if (x.type === 'html' && IMG_TAG.test(x.value))
                images++;
            else if (x.type === 'text')
                for (const m of x.value.matchAll(BARE_URL))
                    links.push(m[0]);
        });
    }
    const source = section.body
        .map((n) => doc.source.slice(n.position?.start.offset ?? 0, n.position?.end.offset ?? 0))
        .join('\n\n');
    return { doc, section, channel, units: unitsOf(section.body), links, images, source };
}
// ---------------------------------------------------------------------------------------------
// Shared measures
const stemSet = (text) => new Set(contentStems(text));
/** The stems of a fact, computed once per fact (facts are compared with every sentence). */
const factStemCache = new WeakMap();
function factStems(fact) {
    let stems = factStemCache.get(fact);
    if (!stems)
        factStemCache.set(fact, (stems = stemSet(fact.text)));
    return stems;
}
/** Content stems a text shares with a fact (the product's name counts as one). */
function shared(text, fact) {
    let n = 0;
    for (const s of factStems(fact))
        if (text.has(s))
            n++;
    return n;
}
/**
 * True when the text shares at least `min` content words with one of the facts, and at least
 * `ratio` of that fact's content words (a paraphrase of the fact, not a sentence on its topic).
 */
function echoes(text, facts, min = 2, ratio = 0) {
    if (facts.length === 0)
        return false;
    const stems = stemSet(text);
    return facts.some((f) => {
        const size = factStems(f).size;
        const n = shared(stems, f);
        return n >= Math.min(min, size) && n >= ratio * size;
    });
}
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A name as a word-bounded, case-insensitive pattern; spaces match any whitespace or hyphen. */
function namePattern(name) {
    const body = name.trim().split(/\s+/).map(escapeRe).join('[\\s\\u00a0-]*');
    return new RegExp(`(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])`, 'iu');
}
const words = (s) => (s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;
const withoutUrls = (s) => s.replace(BARE_URL, ' ');
/** Label lines that are metadata of the post, not its prose: `**Title**: …`, `Working title: …`. */
const META_UNIT = /^\s*(?:working\s+|post\s+|article\s+)?(?:title|subtitle|tags?|hashtags)\s*:/i;
/**
 * The draft's source line `line` (1-based), its ending included, found through the document's
 * line table: splitting the whole source per unit made a big draft quadratic in time and memory.
 */
function sourceLine(doc, line) {
    const start = doc.lineStarts[line - 1];
    return start === undefined
        ? ''
        : doc.source.slice(start, doc.lineStarts[line] ?? doc.source.length);
}
/** The post's prose units (not headings, code or metadata lines). */
function proseUnits(post) {
    return post.units.filter((u) => (u.kind === 'paragraph' || u.kind === 'item') &&
        !META_UNIT.test(u.text) &&
        !TALK_META_LINE.test(sourceLine(post.doc, u.node.position?.start.line ?? 1)));
}
/** Where the post starts: its first prose block (after a title or metadata lines), else its first block. */
function firstLocation(post) {
    const first = proseUnits(post)[0] ?? post.units[0];
    return first
        ? locateNode(post.doc, first.node)
        : { file: post.doc.file, line: post.section.line, column: post.section.column };
}
function lastLocation(post) {
    const last = post.units[post.units.length - 1];
    return last
        ? locateNode(post.doc, last.node)
        : { file: post.doc.file, line: post.section.line, column: post.section.column };
}
function factPlace(f) {
    if (f.source.file)
        return ` (${f.source.file}${f.source.line ? `:${f.source.line}` : ''})`;
    return f.source.claim ? ` (${f.source.claim})` : '';
}
/** `"…" (README.md:12)`: a fact, quoted, with its source. */
function example(f) {
    return f ? `${quote(f.text, 90)}${factPlace(f)}` : '';
}
// ---------------------------------------------------------------------------------------------
// The detectors
/** Words that state a problem: a cost, a wait, a failure, a difficulty, a question. */
const PROBLEM_WORDS = /\?|\b(?:problems?|pains?|painful|hard(?:er)?|slow(?:er|ly)?|costs?|costly|expensive|bills?|fail(?:s|ed|ing|ures?)?|struggl\w*|wast\w*|wait(?:s|ed|ing)?|manual(?:ly)?|complex\w*|complicated|tedious|error-prone|bottlenecks?|duplicat\w*|without|can['’]?t|cannot|couldn['’]t|too (?:many|much|slow|long|often)|every time|toil|headaches?|challeng\w*|difficult\w*|break(?:s|ing)?|broken|outages?|risk\w*|los(?:e|es|t|ing)|stuck|messy|fragile|brittle|flaky|friction|overhead|downtime|late(?:ncy)?|ever (?:wondered|tried|spent|had)|what if|tired of|instead of|no longer|still)\b/i;
/** An opening that only announces: "New tutorial!", "We just published …", "Check out …". */
const ANNOUNCEMENT = /^[^\p{L}\p{N}]*(?:new\b|just\b|we(?:['’]ve| have)?\s+(?:just\s+)?(?:published|released|launched|shipped|wrote|written|put together)|i(?:['’]ve| have)?\s+(?:just\s+)?(?:published|wrote|written|put together)|(?:so\s+)?(?:excited|happy|proud|thrilled)\b|check out|announcing|introducing|read (?:our|the|my)|try (?:our|the|it))/iu;
/** A sentence that sends the reader somewhere: the call to action, not content. */
const CTA_WORDS = /\b(?:try|start|read|follow|check out|get started|dive in|take|open|see|find|learn more|work through|walk through|link|here)\b/i;
function isProblemHook(text, f) {
    return PROBLEM_WORDS.test(text) || echoes(text, f.problems);
}
function hook(post, f) {
    const first = proseUnits(post)[0];
    const expected = f.problems.length > 0
        ? `open with the problem the tutorial addresses, e.g. ${example(f.problems[0])}`
        : 'open with a sentence stating the problem the tutorial addresses';
    if (!first) {
        return {
            element: 'hook',
            at: firstLocation(post),
            message: `has no opening sentence: ${expected}`
        };
    }
    const text = withoutUrls(first.text);
    const sentence = splitSentences(text)[0]?.text ?? text;
    const at = locateNode(post.doc, first.node);
    if (words(text.replace(/#[\p{L}\p{N}_]+/gu, ' ')) < 4) {
        return { element: 'hook', at, message: `opens with ${quote(first.text)}: ${expected}` };
    }
    const announces = ANNOUNCEMENT.test(sentence) || (first.text !== text && CTA_WORDS.test(sentence));
    // with a problem in the tutorial, the opening must state it; without one, any opening sentence
    // that is more than an announcement (our writer then opens with the definition)
    const ok = f.problems.length > 0
        ? isProblemHook(sentence, f) || (!announces && isProblemHook(text, f))
        : !announces || isProblemHook(sentence, f);
    if (ok)
        return undefined;
    return {
        element: 'hook',
        at,
        message: `opens with ${quote(sentence)}, which ${announces ? 'announces the post' : 'does not state a problem'}: ${expected}`
    };
}
/** The post's sentences, each with the unit it stands in; the problem hook and calls to action left out. */
function bodySentences(post, f) {
    const units = proseUnits(post);
    const out = [];
    units.forEach((u, i) => {
        // once per unit, not per sentence: a one-paragraph 3 MB post has 100,000 sentences
        const bare = withoutUrls(u.text);
        const hasUrl = u.text !== bare;
        const sentences = splitSentences(bare).map((s) => s.text);
        sentences.forEach((s, j) => {
            // the opening sentence, when it states the problem, is the hook, not the insight
            if (i === 0 && j === 0 && isProblemHook(s, f))
                return;
            if (hasUrl && CTA_WORDS.test(s) && words(s) <= 20)
                return;
            out.push({ text: s, unit: u });
        });
    });
    return out;
}
function insight(post, f, claimId) {
    // no definition, approach, component or verified claim: nothing to say without a claim of its own
    if (f.insights.length === 0)
        return 'n/a';
    const sentences = bodySentences(post, f);
    const cites = (s) => {
        claimId.lastIndex = 0;
        for (const m of s.matchAll(claimId))
            if (f.cited.has(m[0]))
                return true;
        return false;
    };
    // a sentence stating a limit is the limitation, not the insight
    const candidates = sentences.filter((s) => !LIMIT_WORDS.test(s.text));
    if (candidates.some((s) => echoes(s.text, f.insights) || cites(s.text)))
        return undefined;
    // an opening that states the problem is the hook; when it is also the tutorial's own definition
    // or approach ("Stork is a cache in front of a slow service"), it is the insight too
    const opening = splitSentences(withoutUrls(proseUnits(post)[0]?.text ?? ''))[0]?.text;
    const stated = f.insights.filter((x) => x.role === 'definition' || x.role === 'approach');
    // (nearly all of the fact's words: an opening about the problem shares a few with any fact)
    if (opening && !LIMIT_WORDS.test(opening) && echoes(opening, stated, 2, 0.8))
        return undefined;
    const def = f.insights.find((x) => x.role === 'definition') ?? f.insights[0];
    return {
        element: 'insight',
        at: firstLocation(post),
        message: `does not say what ${f.product} is or how it approaches the problem: add one insight from the tutorial, e.g. ${example(def)}`
    };
}
/** Words that state a limit: what the product does not do, a trade-off, a caveat. */
const LIMIT_WORDS = /\b(?:limitations?|limits?|limited|trade-?offs?|caveats?|downsides?|drawbacks?|constraints?|not (?:suitable|a fit|a good fit|designed|meant|intended|for|a replacement|yet|supported)|does(?: not|n['’]t)|do(?: not|n['’]t)|is(?: not|n['’]t)|are(?: not|n['’]t)|cannot|can['’]t|won['’]t|only (?:works|supports|runs|reads|handles|covers)|no support|unsupported|out of scope|when not to)\b/i;
function limitation(post, f) {
    if (f.limitations.length === 0)
        return 'n/a';
    const sentences = bodySentences(post, f);
    if (sentences.some((s) => LIMIT_WORDS.test(s.text) || echoes(s.text, f.limitations, 3, 0.6))) {
        return undefined;
    }
    return {
        element: 'limitation',
        at: lastLocation(post),
        message: `states no limitation: add one the tutorial states, e.g. ${example(f.limitations[0])}`
    };
}
/** A URL compared loosely: no scheme, `www.`, query, fragment or trailing slash; lower-case. */
function urlKey(u) {
    return u
        .trim()
        .toLowerCase()
        .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
        .replace(/^www\./, '')
        .replace(/[?#].*$/, '')
        .replace(/\/+$/, '');
}
const LINK_IN_COMMENTS = /\blinks?\s+(?:is\s+)?in\s+(?:the\s+)?(?:first\s+)?comments?\b/i;
function callToAction(post, f) {
    const text = post.units.map((u) => u.text).join('\n');
    if (text.includes(TUTORIAL_LINK_PLACEHOLDER) || LINK_IN_COMMENTS.test(text))
        return undefined;
    const name = f.tutorial.toLowerCase();
    const want = f.url !== undefined ? urlKey(f.url) : undefined;
    const toTutorial = (link) => {
        const k = urlKey(link);
        if (want !== undefined && (k === want || k.startsWith(`${want}/`)))
            return true;
        if (name !== '' && decodeURIComponent(k).split(/[/]/).includes(name))
            return true;
        // without a configured URL any link may be the tutorial's
        return want === undefined && k !== '';
    };
    if (post.links.some(toTutorial))
        return undefined;
    const target = f.url ?? `the tutorial (a link whose path holds its folder name \`${f.tutorial}\`)`;
    const found = post.links.length > 0 ? ` (its links go elsewhere: ${post.links[0]})` : '';
    return {
        element: 'call-to-action',
        at: lastLocation(post),
        message: `has no call to action linking back to the tutorial${found}: end with a link to ${target}`
    };
}
/** Where an exercise is first named in `text` (`lower`: the text lower-cased), or -1. */
function exerciseNamed(text, e, lower = text.toLowerCase()) {
    const id = e.exercise?.id;
    const at = [];
    if (id && /\d/.test(id)) {
        const m = new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRe(id).replace(/\\? /g, '\\s*')}(?![\\p{N}])`, 'iu').exec(text);
        if (m)
            at.push(m.index);
    }
    const title = (e.exercise?.title ?? e.text).trim();
    if (title !== '') {
        const i = lower.indexOf(title.toLowerCase());
        if (i >= 0)
            at.push(i);
    }
    return at.length ? Math.min(...at) : -1;
}
function exercisePath(post, f) {
    if (f.exercises.length === 0)
        return 'n/a';
    const text = post.units.map((u) => u.text).join('\n');
    const lower = text.toLowerCase();
    const named = f.exercises
        .map((e, i) => ({ e, i, at: exerciseNamed(text, e, lower) }))
        .filter((x) => x.at >= 0);
    const label = (e) => e.exercise?.id ?? e.text;
    if (named.length === 0) {
        const list = f.exercises
            .slice(0, 3)
            .map((e) => label(e))
            .join(', ');
        return {
            element: 'exercise-path',
            at: firstLocation(post),
            message: `names none of the tutorial's exercises: give the exercise path in order with the tutorial's times (${list}${f.exercises.length > 3 ? ', …' : ''})`
        };
    }
    const byPlace = [...named].sort((a, b) => a.at - b.at);
    for (let k = 1; k < byPlace.length; k++) {
        const prev = byPlace[k - 1];
        const cur = byPlace[k];
        if (cur.i < prev.i) {
            return {
                element: 'exercise-path',
                at: firstLocation(post),
                message: `names ${label(prev.e)} before ${label(cur.e)}: give the exercises in the tutorial's order`
            };
        }
    }
    return undefined;
}
const DIAGRAM_WORDS = /\b(?:diagrams?|figures?|illustrations?|sketch|drawing|schematic|screenshots?|flowchart)\b/i;
const DRAWN = /[┌┐└┘─│]|\+-{3,}\+|-->|->/;
function diagram(post, f) {
    if (f.diagrams.length === 0)
        return 'n/a';
    if (post.images > 0)
        return undefined;
    const code = post.units.filter((u) => u.kind === 'code');
    if (code.some((u) => /^(?:mermaid|plantuml)$/i.test(u.node.lang ?? '')))
        return undefined;
    if (code.some((u) => DRAWN.test(u.text)))
        return undefined;
    const text = post.units
        .filter((u) => u.kind !== 'code')
        .map((u) => u.text)
        .join('\n');
    const names = f.diagrams.flatMap((d) => [d.term, d.text].filter((s) => s !== undefined && s.trim().length > 3));
    const base = (s) => s.slice(s.lastIndexOf('/') + 1).toLowerCase();
    if (DIAGRAM_WORDS.test(text) || names.some((n) => text.toLowerCase().includes(base(n)))) {
        return undefined;
    }
    const d = f.diagrams[0];
    return {
        element: 'diagram',
        at: lastLocation(post),
        message: `references no diagram: include or reference the tutorial's diagram, e.g. ${quote(d.term ?? d.text)}${factPlace(d)}`
    };
}
function productName(post, f) {
    // a name inside a URL (`…/tidepool-quickstart`) is no mention
    const text = withoutUrls([post.section.heading, ...post.units.map((u) => u.text)].join('\n'));
    // every match holds the name's longest word: a text whose fold lacks it is not scanned
    const word = foldedWord(longestWord(f.product.trim().split(/\s+/)));
    if (foldCase(text).includes(word) && namePattern(f.product).test(text))
        return undefined;
    return {
        element: 'product-name',
        at: firstLocation(post),
        message: `never names the product: name ${quote(f.product)} in the post`
    };
}
const SCOPE_WORDS = /\b(?:scope|covers?|covered|cover(?:ing)?|what you(?:['’]ll| will) (?:learn|build|do)|you(?:['’]ll| will) (?:learn|build|set up|deploy)|includes?|topics|exercises?|labs?)\b/i;
function scope(post, f) {
    const text = post.units.map((u) => u.text).join('\n');
    if (SCOPE_WORDS.test(text))
        return undefined;
    const lower = text.toLowerCase();
    if (f.exercises.some((e) => exerciseNamed(text, e, lower) >= 0)) {
        return undefined;
    }
    return {
        element: 'scope',
        at: firstLocation(post),
        message: `does not say what the tutorial covers: add its scope (a "Scope:" line naming the exercises${f.exercises[0] ? `, e.g. ${f.exercises[0].exercise?.id ?? f.exercises[0].text}` : ''})`
    };
}
const NON_GOAL_WORDS = /\b(?:non-?goals?|not covered|out of scope|not (?:suitable|a fit|for|a replacement|meant|intended|designed)|does(?: not|n['’]t) cover|won['’]t cover|when not to|not included)\b/i;
function nonGoals(post, f) {
    if (f.nonGoals.length === 0)
        return 'n/a';
    const text = post.units.map((u) => u.text).join('\n');
    if (NON_GOAL_WORDS.test(text) || echoes(text, f.nonGoals, 3))
        return undefined;
    return {
        element: 'non-goals',
        at: lastLocation(post),
        message: `states no non-goal: add what the tutorial is not for (a "Non-goals:" line), e.g. ${example(f.nonGoals[0])}`
    };
}
const TALK_LABELS = {
    audience: {
        re: /\b(?:audience|who should (?:attend|come|watch)|who (?:it|this) is for|intended for|attendees)\b/i,
        hint: '"**Audience**: …" line (set talk.audience in the config for ours)'
    },
    level: {
        re: /\b(?:level|difficulty|beginners?|introductory|intermediate|advanced|expert)\b/i,
        hint: '"**Level**: …" line (set talk.level in the config for ours)'
    },
    format: {
        re: /\b(?:format|session type|lightning|keynote|workshop|panel|\d+\s*-?\s*min(?:ute)?s?\s+(?:talk|session|slot))\b/i,
        hint: '"**Format**: …" line, e.g. "25-minute talk" (set talk.format in the config for ours)'
    }
};
function talkField(post, element) {
    const { re, hint } = TALK_LABELS[element];
    if (re.test(post.source) || re.test(post.section.heading))
        return undefined;
    return {
        element,
        at: lastLocation(post),
        message: `does not state its ${element}: add a ${hint}`
    };
}
/**
 * The required elements a post lacks, in the channel's order. `claimId` is the global claim-ID
 * pattern (a cited claim backs the insight).
 */
function missingElements(post, required, f, claimId) {
    const out = [];
    for (const element of required) {
        let r;
        switch (element) {
            case 'hook':
                r = hook(post, f);
                break;
            case 'insight':
                r = insight(post, f, claimId);
                break;
            case 'limitation':
                r = limitation(post, f);
                break;
            case 'call-to-action':
                r = callToAction(post, f);
                break;
            case 'exercise-path':
                r = exercisePath(post, f);
                break;
            case 'diagram':
                r = diagram(post, f);
                break;
            case 'product-name':
                r = productName(post, f);
                break;
            case 'scope':
                r = scope(post, f);
                break;
            case 'non-goals':
                r = nonGoals(post, f);
                break;
            case 'audience':
            case 'level':
            case 'format':
                r = talkField(post, element);
                break;
        }
        if (r !== undefined && r !== 'n/a')
            out.push(r);
    }
    return out;
}

const sheets$1 = new WeakMap();
/** The tutorial's fact sheet: the one handed in, else built once per tutorial. */
function sheetOf(ctx) {
    if (ctx.facts !== undefined && typeof ctx.facts !== 'function')
        return ctx.facts;
    let sheet = sheets$1.get(ctx.tutorial);
    if (!sheet) {
        sheet =
            typeof ctx.facts === 'function'
                ? ctx.facts()
                : buildFactSheet(ctx.tutorial, ctx.registry, { claimIdPattern: ctx.claimId.source });
        sheets$1.set(ctx.tutorial, sheet);
    }
    return sheet;
}
function missingElement(doc, ctx) {
    const out = [];
    let facts;
    for (const c of ctx.channels) {
        if (c.required.length === 0)
            continue;
        const s = sectionById(doc, c.id);
        if (!s)
            continue;
        facts ??= elementFacts(sheetOf(ctx), {
            ...(ctx.tutorialUrl !== undefined ? { url: ctx.tutorialUrl } : {}),
            cited: ctx.citedIds
        });
        const post = readPost(doc, s, c);
        for (const m of missingElements(post, c.required, facts, ctx.claimId)) {
            out.push(diagnostic(RULES.draftMissingElement, m.at, `${s.label} lacks the ${m.element} the ${c.name} channel requires: it ${m.message}`));
        }
    }
    return out;
}

// `draft/missing-section`: every contract heading present as `## `, in contract order.
/** Indices (into `seq`) of one longest strictly increasing subsequence. */
function longestIncreasing(seq) {
    const len = [];
    const prev = [];
    let best = -1;
    for (let i = 0; i < seq.length; i++) {
        len[i] = 1;
        prev[i] = -1;
        for (let j = 0; j < i; j++) {
            if ((seq[j] ?? 0) < (seq[i] ?? 0) && (len[j] ?? 0) + 1 > (len[i] ?? 0)) {
                len[i] = (len[j] ?? 0) + 1;
                prev[i] = j;
            }
        }
        if (best < 0 || (len[i] ?? 0) > (len[best] ?? 0))
            best = i;
    }
    const keep = new Set();
    for (let i = best; i >= 0; i = prev[i] ?? -1)
        keep.add(i);
    return keep;
}
/** A non-contract `## ` heading that looks like a misspelt contract heading. */
function lookalike(sections, heading) {
    const want = heading.toLowerCase();
    return sections.find((s) => {
        if (s.id)
            return false;
        const got = s.heading.toLowerCase().replace(/[:.]+$/, '');
        return got === want || distance(got, want) <= Math.max(2, Math.floor(want.length / 6));
    });
}
function missingSection(doc, ctx) {
    // a one-channel post (a per-channel file) has no combined-draft sections to miss
    if (ctx.channel !== undefined)
        return [];
    const SECTIONS = documentSections(ctx.channels);
    const out = [];
    // a per-channel draft is one channel's post: never asked for the other sections
    if (doc.format === 'channel')
        return out;
    // first occurrence of each contract section, in document order
    const found = new Map();
    for (const s of doc.sections)
        if (s.id && !found.has(s.id))
            found.set(s.id, s);
    const present = doc.sections.filter((s) => s.id && found.get(s.id) === s);
    const order = present.map((s) => SECTIONS.findIndex((c) => c.id === s.id));
    const inOrder = longestIncreasing(order);
    present.forEach((s, i) => {
        if (inOrder.has(i))
            return;
        const k = order[i] ?? 0;
        const before = SECTIONS.slice(0, k).filter((c) => found.has(c.id));
        const after = SECTIONS.slice(k + 1).filter((c) => found.has(c.id));
        const should = [
            before.length ? `after "## ${before[before.length - 1]?.heading}"` : '',
            after.length ? `before "## ${after[0]?.heading}"` : ''
        ]
            .filter(Boolean)
            .join(' and ');
        out.push(diagnostic(RULES.draftMissingSection, { file: doc.file, line: s.line, column: s.column }, `section ${quote(`## ${s.heading}`)} is out of order: it belongs ${should}`));
    });
    SECTIONS.forEach((c, k) => {
        if (found.has(c.id))
            return;
        const similar = lookalike(doc.sections, c.heading);
        let at = { file: doc.file, line: 1, column: 1 };
        let where = 'the draft has none of the sections before it';
        if (similar) {
            at = { file: doc.file, line: similar.line, column: similar.column };
            where = `found ${quote(`## ${similar.heading}`)} instead; the heading must be exact`;
        }
        else {
            const prev = [...SECTIONS.slice(0, k)].reverse().find((p) => found.has(p.id));
            const prevSection = prev && found.get(prev.id);
            if (prev && prevSection) {
                const next = doc.sections.find((s) => s.line > prevSection.line);
                at = next
                    ? { file: doc.file, line: next.line, column: next.column }
                    : {
                        file: doc.file,
                        line: Math.min(prevSection.endLine + 1, doc.lineStarts.length),
                        column: 1
                    };
                where = `expected after "## ${prev.heading}"`;
            }
        }
        out.push(diagnostic(RULES.draftMissingSection, at, `missing section ${quote(`## ${c.heading}`)} (${where})`));
    });
    return out;
}

// Roadmap and future promises a draft may only repeat when the tutorial's own roadmap section says
// the same (`draft/roadmap-promise`). Plain data: one phrase per entry, matched case-insensitively
// on word boundaries, a space matching any run of spaces or hyphens. Phrases a blog outline uses
// for the reader's own steps ("you will add a consumer", "you will get a cluster") are left out.
const ROADMAP_PHRASES = [
    'coming soon',
    'coming next',
    'on the roadmap',
    'on our roadmap',
    'roadmap includes',
    'will support',
    'will soon support',
    'will soon',
    'will be supported',
    'will be available',
    'ships next',
    'shipping next',
    'lands next',
    'next quarter',
    'next release',
    'next version',
    'next month',
    'later this year',
    'later this quarter',
    'in a future release',
    'in a future version',
    'in an upcoming release',
    'upcoming release',
    'upcoming version',
    'planned for',
    'is planned',
    'are planned',
    'we plan to',
    'we are planning',
    "we're planning",
    'in the works',
    'stay tuned'
];

const EXEMPT_SECTIONS = new Set(['open-questions', 'checklist']);
const PATTERNS = ROADMAP_PHRASES.map(phraseMatcher);
function lineAround(text, index) {
    const start = text.lastIndexOf('\n', index - 1) + 1;
    const nl = text.indexOf('\n', index);
    return text.slice(start, nl < 0 ? text.length : nl);
}
/** True when a roadmap block of the tutorial makes the same promise. */
function inRoadmap(ctx, re, phrase, line) {
    const words = contentWords$1(line);
    for (const w of contentWords$1(phrase))
        words.delete(w);
    return ctx.roadmap.some((block) => {
        re.lastIndex = 0;
        if (!re.test(block))
            return false;
        const theirs = contentWords$1(block);
        return [...words].some((w) => theirs.has(w));
    });
}
function roadmapPromise(doc, ctx) {
    const out = [];
    for (const unit of allProse(doc)) {
        if (unit.section?.id && EXEMPT_SECTIONS.has(unit.section.id))
            continue;
        if (!forbids(ctx, unit.section, 'roadmap-promise'))
            continue;
        const hits = [];
        for (const p of PATTERNS) {
            if (!p.word.test(unit.text))
                continue;
            for (const m of unit.text.matchAll(p.re)) {
                hits.push({
                    index: m.index,
                    end: m.index + m[0].length,
                    text: m[0],
                    phrase: p.phrase,
                    re: p.re
                });
            }
        }
        // one finding per span: the longest phrase at a place wins
        hits.sort((a, b) => a.index - b.index || b.end - a.end);
        let covered = -1;
        for (const h of hits) {
            if (h.index < covered)
                continue;
            covered = h.end;
            if (inRoadmap(ctx, new RegExp(h.re.source, 'iu'), h.phrase, lineAround(unit.text, h.index)))
                continue;
            out.push(diagnostic(RULES.draftRoadmapPromise, locateIn(doc, unit, h.index), `${quote(h.text)} promises something the tutorial's roadmap does not: ${excerpt(unit.text, h.index, h.end - h.index)}`));
        }
    }
    return out;
}

// `terminology/inconsistent`: glossary terms written as the tutorial writes them.
//
// A spelling is consistent when it is the glossary's, or one the tutorial itself uses
// mid-sentence, give or take a plural (`query nodes`). Also accepted: a capital first letter at
// the start of a sentence, list item or label (`Query node` for `query node`), and Title Case in
// headings. Flagged: other case changes (`Query Node` mid-sentence, `QUERY NODE`, `Kafscale` for
// `KafScale`) and spacing/hyphenation variants (`query-node`, `querynode`, `roll-up` for `rollup`).
const upperFirst = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const titleCase = (s) => s.replace(/(^|[\s-])(\p{L})/gu, (_, a, b) => a + b.toUpperCase());
function consistent(g, form, sentenceStart, heading) {
    for (const a of g.accepted) {
        if (form === a)
            return true;
        if (sentenceStart && form === upperFirst(a))
            return true;
        if (heading && form === titleCase(a))
            return true;
    }
    return false;
}
function terminology(doc, ctx) {
    const out = [];
    if (!ctx.glossary.length)
        return out;
    const units = allProse(doc);
    const texts = joinTexts(units.map((u) => u.text));
    // findings unit by unit, then term by term, as a loop over units would give them
    const found = units.map(() => []);
    for (const g of ctx.glossary) {
        scanTexts(texts, g.re, (i, index, m) => {
            const unit = units[i];
            const form = stripPlural(m[0], g.term);
            const start = atSentenceStart(unit.text, index);
            if (consistent(g, form, start, unit.kind === 'heading'))
                return;
            const e = g.entry;
            found[i].push(diagnostic(RULES.terminologyInconsistent, locateIn(doc, unit, index), `${quote(m[0])} is written differently from the glossary term ${quote(g.term)} (${e.file}:${e.line})`));
        });
    }
    for (const f of found)
        append(out, f);
    return out;
}

function uncitedClaim(doc, ctx) {
    const out = [];
    for (const m of claimMentions(doc, ctx.claimId)) {
        if (!ctx.claimIndex.has(m.id) || ctx.citedIds.has(m.id))
            continue;
        if (!forbids(ctx, m.unit.section, 'new-claim'))
            continue;
        out.push(diagnostic(RULES.draftUncitedClaim, m, `claim ${m.id} is in the registry but the tutorial "${ctx.tutorial.title}" never cites it: ${excerpt(m.unit.text, m.index, m.id.length)}`, m.id));
    }
    return out;
}

// The figures a draft states, as the figure rules read them: outside code, URLs, claim and
// exercise IDs, list numbers, ordinals (`Part 2`, `(1)`), Markdown file names and the talk
// abstract's metadata lines (format, audience, level). Versions (`v1`, `2.3.1`), dates, counts of
// the tutorial's own parts (`4 exercises`, `6 labs`) and counts of the post itself (`280
// characters`, `3 hashtags`) are not figures. Notes blocks never reach here (see ./document.ts).
const HEADING_ORDINAL = /^\s*\d+(?:\.\d+)*[.:)]?(?=\s)/;
/** Plural nouns that make `<n> <noun>` a count of parts or of the post, not a claim. */
const NOT_FIGURE_NOUNS = new Set([
    'exercises',
    'labs',
    'chapters',
    'modules',
    'lessons',
    'steps',
    'parts',
    'sections',
    'units',
    'tasks',
    'challenges',
    'examples',
    'characters',
    'chars',
    'words',
    'hashtags',
    'emojis',
    'tweets',
    'posts',
    'slides',
    'paragraphs',
    'bullets',
    'sentences',
    'lines'
]);
/**
 * The text of the line before `index`, at most `max` characters of it (a label or a lead-in sits
 * right before its figure; a megabyte-long line must not be copied once per figure).
 */
function lineBefore(text, index, max = 400) {
    return text.slice(Math.max(0, index - max, lineStartNear(text, index, max)), index);
}
/** True for a talk-abstract metadata line such as `Format: 40-minute talk`. */
function isTalkMeta(unit, doc, index) {
    if (unit.section?.id !== 'talk-abstract')
        return false;
    const before = lineBefore(unit.text, index);
    // the unit text lost the `**`; look at the draft's own line instead
    const at = locateIn(doc, unit, index);
    const sourceLine = doc.source.slice(doc.lineStarts[at.line - 1] ?? 0).split('\n', 1)[0] ?? '';
    return TALK_META_LINE.test(sourceLine) || /^\s*(?:format|audience|level)\s*:/i.test(before);
}
/** Every figure of the draft's post, in document order. */
function draftFigures(doc, ctx) {
    // two rules read them: found once per document and tutorial context
    const known = found.get(doc);
    if (known && known.claimId === ctx.claimId && known.masks === ctx.figureMasks)
        return known.figures;
    const figures = findDraftFigures(doc, ctx);
    found.set(doc, { claimId: ctx.claimId, masks: ctx.figureMasks, figures });
    return figures;
}
const found = new WeakMap();
function findDraftFigures(doc, ctx) {
    const out = [];
    for (const unit of allProse(doc)) {
        if (!/\d|nines/i.test(unit.text))
            continue;
        let text = blank(unit.text, [ctx.claimId, ...ctx.figureMasks]);
        if (unit.kind === 'heading')
            text = blank(text, [HEADING_ORDINAL]);
        for (const f of findFigures(text)) {
            if (f.kind === 'version')
                continue;
            if (f.kind === 'count') {
                const noun = /([a-z][a-z-]*)$/i.exec(f.text)?.[1]?.toLowerCase();
                if (noun && NOT_FIGURE_NOUNS.has(noun))
                    continue;
            }
            if (isTalkMeta(unit, doc, f.index))
                continue;
            out.push({
                unit,
                index: f.index,
                text: f.text,
                normalized: normalizeFigure(f.text),
                kind: f.kind
            });
        }
    }
    return out;
}

// `draft/untraced-figure`: every figure in a draft is stated by the tutorial or the registry.
//
// Tracing is by exact canonical form (`normalizeFigure`): `45–60 min` traces to `45-60 minutes`,
// but a figure inside a stated range does not (`45 minutes` or `60 minutes` against `45-60
// minutes`), nor does a range that merely contains stated figures (`45-90 minutes`). A derived
// estimate is accepted only on a line that carries its label (`derivedLabel(kind)` from
// src/channels/derived-text.ts) and only when it equals the value derived from the tutorial.
// What counts as a figure: ../draft-figures.ts.
//
// The tutorial's words are the measure: when the tutorial states a figure for the same quantity
// (same kind, sharing a number or the words around it), the message quotes it with its place —
// `"60 minutes" is not in the tutorial; it states "45-60 minutes" for the core path (README.md:39)`.
const numbers = (normalized) => new Set(normalized.match(/\d+(?:\.\d+)?/g));
/** The tutorial's statement of the same quantity a draft figure speaks of, if one stands out. */
function counterpart(f, ctx) {
    const near = contentWords$1(excerptWindow(f.unit.text, f.index, f.text.length));
    const mine = numbers(f.normalized);
    let best;
    for (const s of ctx.statements) {
        if (s.kind !== f.kind)
            continue;
        let score = 0;
        let words = 0;
        for (const n of numbers(s.normalized))
            if (mine.has(n))
                score += 2;
        for (const w of near)
            if (s.words.has(w))
                words += 1;
        score += words;
        // on a tie, the statement about the same thing (shared words) beats a shared number alone:
        // "the core path takes 20 minutes" is about the core path's time, not an exercise's "15-20"
        const better = !best || score > best.score || (score === best.score && words > best.words);
        if (score > 0 && better)
            best = { s, score, words };
    }
    return best?.s;
}
const WINDOW = 200;
/** About eight words either side of a hit, on its line. */
function excerptWindow(text, index, length) {
    // eight words fit in WINDOW characters; a long line is not copied whole once per figure
    const start = Math.max(0, index - WINDOW, lineStartNear(text, index, WINDOW));
    const cut = Math.min(text.length, index + length + WINDOW);
    const nl = text.slice(index + length, cut).indexOf('\n');
    const end = nl < 0 ? cut : index + length + nl;
    const before = text.slice(start, index).split(/\s+/).slice(-8).join(' ');
    const after = text
        .slice(index + length, end)
        .split(/\s+/)
        .slice(0, 8)
        .join(' ');
    return `${before} ${after}`;
}
/** `README.md:39` for a file inside the tutorial's folder, else the display path. */
function tutorialPlace(ctx, at) {
    const dir = ctx.tutorial.dir;
    const rel = dir && dir !== '.' && at.file.startsWith(`${dir}/`)
        ? path.posix.relative(dir, at.file)
        : at.file;
    return `${rel}:${at.line}`;
}
function untracedFigure(doc, ctx) {
    const out = [];
    for (const f of draftFigures(doc, ctx)) {
        if (!forbids(ctx, f.unit.section, 'untraced-figure'))
            continue;
        if (ctx.figures.has(f.normalized))
            continue;
        const flat = lineBefore(f.unit.text, f.index).toLowerCase().replace(/\s+/g, ' ');
        const derived = ctx.derived.find((d) => flat.includes(d.label));
        if (derived && derived.normalized === f.normalized)
            continue;
        let why;
        if (derived) {
            why = `is labelled as the derived ${derived.kind} estimate, which is ${quote(derived.value)}`;
        }
        else {
            const s = counterpart(f, ctx);
            why = s
                ? `is not in the tutorial; it states ${quote(s.text)} ${s.about} (${tutorialPlace(ctx, s)})`
                : 'is stated in neither the tutorial nor the claims registry';
        }
        const d = diagnostic(RULES.draftUntracedFigure, locateIn(doc, f.unit, f.index), `${quote(f.text)} ${why}: ${excerpt(f.unit.text, f.index, f.text.length)}`);
        out.push(ctx.strict ? { ...d, severity: 'error' } : d);
    }
    return out;
}

function uncitedFigure(doc, ctx) {
    const out = [];
    for (const f of draftFigures(doc, ctx)) {
        if (!claimWorthy(f.kind) || ctx.registryFigures.has(f.normalized))
            continue;
        if (!forbids(ctx, f.unit.section, 'untraced-figure'))
            continue;
        const stated = ctx.statements.filter((s) => s.normalized === f.normalized);
        const first = stated[0];
        if (!first || stated.some((s) => s.cited))
            continue;
        out.push(diagnostic(RULES.draftUncitedFigure, locateIn(doc, f.unit, f.index), `${quote(f.text)} repeats a ${f.kind} figure the tutorial states without citing a claim (${tutorialPlace(ctx, first)}); cite the registry claim that backs it or leave it out: ${excerpt(f.unit.text, f.index, f.text.length)}`));
    }
    return out;
}

// `draft/unearned-tick`: the draft's own checklist ticks an item (✅) that the guard's findings on
// the same draft contradict — the hand-ticked "No Overclaiming" box over an overclaiming draft.
// It runs after the other rules, on their findings. Read in the combined draft's checklist section
// and in the notes blocks of any draft (a per-channel post's "Pre-publication checklist").
const TICK = /(✅|✔️|✔|☑️|\[x\])/iu;
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ITEM_LINE = new RegExp(`${TICK.source}[\\s*_]*(${CHECKLIST_ITEMS.map(escape).join('|')})\\b`, 'iu');
function unearnedTick(doc, findings) {
    const ranges = doc.notes.map((b) => [b.line, b.endLine]);
    const section = doc.sections.find((s) => s.id === 'checklist');
    if (section)
        ranges.unshift([section.bodyLine, section.endLine]);
    if (!ranges.length)
        return [];
    const lines = doc.source.split('\n');
    const out = [];
    for (const n of ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i))) {
        const m = ITEM_LINE.exec(lines[n - 1] ?? '');
        if (!m)
            continue;
        const item = CHECKLIST_ITEMS.find((i) => i.toLowerCase() === m[2].toLowerCase());
        const against = findings.filter((d) => d.severity !== 'info' && CHECKLIST_RULE_MAP[d.rule]?.[item] !== undefined);
        const first = against[0];
        if (!first)
            continue;
        const more = against.length > 1 ? ` and ${against.length - 1} more` : '';
        out.push(diagnostic(RULES.draftUnearnedTick, { file: doc.file, line: n, column: m.index + m[0].length - m[2].length + 1 }, `the checklist ticks "${item}", but the guard found ${first.rule} at line ${first.line}${more} against it`));
    }
    return out;
}

const GUARD_RULES = [
    missingSection,
    length,
    missingElement,
    untracedFigure,
    uncitedFigure,
    claimStatus,
    uncitedClaim,
    absoluteLanguage,
    roadmapPromise,
    terminology
];
/**
 * Runs every guard rule on one draft; diagnostics sorted worst first, then by place. `read` says
 * how to read a committed draft (its format and channel from its name or first heading); without
 * it the draft is read in our combined format.
 */
function guardDraft(draft, tutorial, registry, opts, read) {
    return guardDocument(parseDraftDocument(draft, { channels: opts.channels, ...read }), tutorial, registry, opts);
}
/** Runs every guard rule on a parsed draft (see `guardDraft`). */
function guardDocument(doc, tutorial, registry, opts) {
    const ctx = guardContext(tutorial, registry, opts);
    const findings = GUARD_RULES.flatMap((rule) => rule(doc, ctx));
    // The checklist's ticks are judged against what the rules above found in the same draft.
    return sortDiagnostics([...findings, ...unearnedTick(doc, findings)]);
}

function finish(result, config) {
    result.diagnostics = applyRuleConfig(result.diagnostics, config.rules);
    result.summary = countBySeverity(result.diagnostics);
    return result;
}
/** The registry of an input, parsed. */
function registryOf(input) {
    if (input.parsedRegistry)
        return input.parsedRegistry;
    const cache = input.cache;
    const pattern = input.config.claimIdPattern;
    // with a cache, each file's reading is stored too: a run after one file changed reads that one
    const reads = cache
        ? (f, read) => cached(cache, `registry-file\u0000${f.path}`, digest(pattern, [f]), read, (r) => r.file.path === f.path && Array.isArray(r.items) && Array.isArray(r.diagnostics))
        : undefined;
    const read = () => parseRegistry(input.registry, {
        claimId: claimIdRegExp(pattern),
        ...(reads ? { reads } : {})
    });
    if (!cache)
        return read();
    const key = digest(pattern, input.registry);
    // a stored registry is taken only if it is one of these files (an entry is workspace content)
    const paths = new Set(input.registry.map((f) => f.path));
    const fits = (r) => Array.isArray(r.claims) &&
        Array.isArray(r.diagnostics) &&
        Array.isArray(r.files) &&
        r.files.every((p) => paths.has(p));
    return cached(cache, 'registry', key, read, fits);
}
/** One tutorial of an input, parsed. */
function tutorialOf(input, t) {
    const cache = input.cache;
    // with a cache, each file's tree is stored too: a run after one chapter changed parses that one
    const trees = cache
        ? (f, parse) => cached(cache, `tree\u0000${f.path}`, digest('', [f]), parse, isRoot)
        : undefined;
    // and what the reader made of each: a run after one chapter changed reads that one again (and
    // those after it whose exercises or time commitment it changed)
    const readings = cache
        ? (f, context, read) => cached(cache, `reading\u0000${f.path}`, digest(context, [f]), read, (r) => isReadingOf(r, f.path))
        : undefined;
    const read = () => parseTutorial(t.dir, t.files, {
        claimId: claimIdRegExp(input.config.claimIdPattern),
        ...(t.skipped ? { skippedDirs: t.skipped } : {}),
        ...(t.name !== undefined ? { name: t.name } : {}),
        ...(trees ? { trees } : {}),
        ...(readings ? { readings } : {})
    });
    if (!cache)
        return read();
    const skipped = (t.skipped ?? []).map((s) => `${s.file}\u0000${s.reason}`).join('\u0000');
    const key = digest(`${input.config.claimIdPattern}\u0000${t.name ?? ''}\u0000${skipped}`, t.files);
    // a stored tutorial is taken only if it is this folder, read from these files
    const paths = new Set(t.files.map((f) => f.path));
    const fits = (r) => r.dir === t.dir &&
        Array.isArray(r.chapters) &&
        Array.isArray(r.diagnostics) &&
        r.chapters.every((c) => paths.has(c.file));
    return cached(cache, `tutorial\u0000${t.dir}`, key, read, fits);
}
const isRoot = (r) => r.type === 'root' && Array.isArray(r.children);
function fitting(value, fits) {
    try {
        return fits(value);
    }
    catch {
        return false;
    }
}
/** A digest of a setting and files (paths and texts, in order), as a cache key. */
function digest(setting, files) {
    const h = createHash('sha256').update(setting).update('\u0000');
    for (const f of files) {
        // lengths first: no two different file lists give the same stream
        h.update(`${f.path.length}:${f.path}${f.text.length}:`).update(f.text);
    }
    return h.digest('hex');
}
function cached(cache, slot, key, read, fits) {
    const hit = cache.get(slot, key);
    if (hit !== null && typeof hit === 'object' && fitting(hit, fits))
        return hit;
    const value = read();
    cache.set(slot, key, value);
    return value;
}
/** Fact sheets built in this run, per tutorial (the guard of committed drafts and the writer share one). */
const sheets = new WeakMap();
/** What a draft of this tutorial may say (src/facts); built once per tutorial, registry and settings. */
function factsOf(input, t, registry) {
    const url = tutorialUrl(t, input.config);
    const key = `${input.config.claimIdPattern}\u0000${url ?? ''}`;
    const known = sheets.get(t);
    if (known && known.registry === registry && known.key === key)
        return known.sheet;
    const sheet = buildFactSheet(t, registry, {
        claimIdPattern: input.config.claimIdPattern,
        ...(url !== undefined ? { url } : {})
    });
    sheets.set(t, { registry, key, sheet });
    return sheet;
}
/**
 * The draft of one parsed tutorial: facts → writer → guard. The engine hands the writer the guard
 * (the writer never imports it); its findings come back at configured severities.
 */
function draftOf(input, t, registry, path, 
/** the model writer's accepted channel texts, its record line, and the sheet it wrote from */
model) {
    const strict = input.strict ?? false;
    const sheet = model?.facts ?? factsOf(input, t, registry);
    const url = tutorialUrl(t, input.config);
    const guard = (file, opts) => guardDraft(file, t, registry, {
        claimId: claimIdRegExp(input.config.claimIdPattern),
        strict,
        channels: input.config.channels,
        facts: sheet,
        ...(url !== undefined ? { tutorialUrl: url } : {}),
        ...(opts?.channel !== undefined ? { channel: opts.channel } : {})
    });
    const d = buildDraft(t, registry, input.config, sheet, {
        path,
        strict,
        guard,
        ...(model ? { written: model.written, record: model.record } : {})
    });
    d.diagnostics = applyRuleConfig(d.diagnostics, input.config.rules);
    for (const p of d.posts)
        p.diagnostics = applyRuleConfig(p.diagnostics, input.config.rules);
    return d;
}
/** Guards one committed draft: its format and channel read from its name and first heading. */
function guardCommitted(input, d, tutorial, registry) {
    const url = tutorialUrl(tutorial, input.config);
    const opts = {
        claimId: claimIdRegExp(input.config.claimIdPattern),
        strict: input.strict ?? false,
        channels: input.config.channels,
        // the fact sheet is built only when a required element is checked (and once per tutorial)
        facts: () => factsOf(input, tutorial, registry),
        ...(url !== undefined ? { tutorialUrl: url } : {})
    };
    const ours = input.config.draftFileName.split('{tutorial}').join(tutorial.name);
    const doc = parseDraftDocument(d.file, {
        channels: input.config.channels,
        detect: true,
        combined: d.file.path.slice(d.file.path.lastIndexOf('/') + 1) === ours,
        tutorial: tutorial.name
    });
    const channel = doc.format === 'combined' ? 'combined' : (doc.channel?.id ?? doc.channelWord ?? 'unknown');
    return {
        diagnostics: guardDocument(doc, tutorial, registry, opts),
        guarded: { path: d.file.path, tutorial: d.tutorial, channel }
    };
}
/**
 * What a run keeps of a tutorial once its drafts are built and guarded: everything but the
 * chapters' blocks (the tutorial's whole text, several times its size in memory), which nothing
 * after that reads. Runs over many tutorials then hold one full tutorial at a time.
 */
function compactTutorial(t) {
    return { ...t, chapters: t.chapters.map((c) => ({ ...c, blocks: [] })) };
}
/**
 * For each tutorial (by index), the committed drafts it owns (indexes into `input.drafts`): a
 * draft belongs to the first tutorial of its name, as before.
 */
function draftOwners(input) {
    const owners = new Map();
    const firstByName = new Map();
    input.tutorials.forEach((t, i) => {
        const name = t.name ?? tutorialName(t.dir);
        if (!firstByName.has(name))
            firstByName.set(name, i);
    });
    (input.drafts ?? []).forEach((d, j) => {
        const i = firstByName.get(d.tutorial);
        if (i === undefined)
            return;
        const list = owners.get(i);
        if (list)
            list.push(j);
        else
            owners.set(i, [j]);
    });
    return owners;
}
/**
 * Everything one tutorial contributes to a run: parse it, find its own problems, guard the
 * committed drafts it owns (`owned`, indexes into `input.drafts`) and, given a path, build its
 * draft; then drop what nothing reads any more.
 */
function tutorialWork(input, t, registry, owned, draftPath) {
    return workOn(input, tutorialOf(input, t), registry, owned, draftPath);
}
/** `tutorialWork` for a tutorial already parsed (by `tutorialOf`). */
function workOn(input, tutorial, registry, owned, draftPath) {
    const diagnostics = append([], tutorial.diagnostics, uncitedFigureDiagnostics(tutorial));
    const guarded = owned.map((j) => {
        const g = guardCommitted(input, input.drafts[j], tutorial, registry);
        return [j, g.diagnostics, g.guarded];
    });
    const work = { tutorial: compactTutorial(tutorial), diagnostics, guarded };
    if (draftPath)
        work.draft = draftOf(input, tutorial, registry, draftPath(tutorial));
    return work;
}
/** Every tutorial's work, one at a time (only one full tutorial is alive at any moment). */
function allWork(input, registry, draftPath) {
    const owners = draftOwners(input);
    const total = input.tutorials.length;
    return input.tutorials.map((t, i) => {
        const work = tutorialWork(input, t, registry, owners.get(i) ?? [], draftPath);
        input.onProgress?.(i + 1, total);
        return work;
    });
}
function analyse(input, registry, works) {
    const tutorials = works.map((w) => w.tutorial);
    const diagnostics = append([], input.loadDiagnostics ?? [], registry.diagnostics);
    for (const w of works)
        append(diagnostics, w.diagnostics);
    append(diagnostics, validateCitations(tutorials, registry, { reportUnreferenced: input.coverage ?? false }));
    // committed drafts in input order, as guarded against the tutorial that owns them
    const byIndex = new Map();
    for (const w of works)
        for (const [j, found, g] of w.guarded)
            byIndex.set(j, [found, g]);
    const guarded = [];
    for (let j = 0; j < (input.drafts ?? []).length; j++) {
        const done = byIndex.get(j);
        if (!done)
            continue;
        append(diagnostics, done[0]);
        guarded.push(done[1]);
    }
    const files = [
        ...input.tutorials.flatMap((t) => t.files),
        ...input.registry,
        ...(input.drafts ?? []).map((d) => d.file)
    ];
    // claim IDs written with a look-alike or invisible character are no citations: say so
    append(diagnostics, lookalikeDiagnostics(files, claimIdRegExp(input.config.claimIdPattern)));
    return { registry, tutorials, diagnostics: applySuppressions(diagnostics, files), guarded };
}
/** Validates tutorials, registry and any committed drafts (`prepared`: see `generate`). */
function check(input, prepared) {
    const registry = prepared?.registry ?? registryOf(input);
    const works = prepared?.works ?? allWork(input, registry);
    const base = analyse(input, registry, works);
    return finish({ ...base, summary: { errors: 0, warnings: 0, infos: 0 } }, input.config);
}
/**
 * Like `check`, and also builds one draft per tutorial; `draftPath` says where each will be written.
 * `prepared` hands in the work already done (by worker threads). Tutorials are read, drafted and
 * compacted one at a time; the result's tutorials have no chapter blocks (`compactTutorial`).
 */
function generate(input, draftPath, prepared) {
    const registry = prepared?.registry ?? registryOf(input);
    const works = prepared?.works ?? allWork(input, registry, draftPath);
    const base = analyse(input, registry, works);
    const drafts = works.map((w) => w.draft);
    // the writer checks itself: the guard's findings on every draft it wrote are reported like any
    // other (a LinkedIn post under its floor is a real finding, not "no problems")
    // (per-channel posts are not written by generate: their findings stay with the post, in the JSON
    // report, and a post the tutorial cannot fill is an open question of the draft)
    for (const d of drafts)
        append(base.diagnostics, d.diagnostics);
    return finish({ ...base, drafts, summary: { errors: 0, warnings: 0, infos: 0 } }, input.config);
}

// Writing drafts atomically. Every file is first written in full (and flushed) to a temporary file
// beside its target, then all are renamed into place. A rename is atomic, so even a run killed
// outright (SIGKILL, power loss) leaves each draft either old or new, never half-written: the
// all-or-nothing promise holds per file under SIGKILL; across several drafts it holds for every
// failure the process lives through (a failed rename puts back what was renamed before it).
//
// Temporary names are unique (random, not the PID, which repeats: PID 1 in every container) and
// carry our suffix, so leftovers of a killed run are recognised and removed by a later one once
// they are older than STALE_TEMP_MS. Earlier drafts are kept as bytes, so a rollback restores them
// byte for byte whatever their encoding. Every error names the file.
/** Suffix of our temporary files: `.<draft name>.<12 hex digits>.ta.tmp`. */
const TEMP_SUFFIX = '.ta.tmp';
/** A temporary file of ours older than this belongs to a run that died; it is removed. */
const STALE_TEMP_MS = 10 * 60 * 1000;
const shown = (f) => f.display ?? f.path;
function fail(f, e) {
    if (e instanceof UsageError)
        throw e;
    const code = e.code ?? 'error';
    throw new UsageError(`cannot write the draft ${shown(f)} (${code})`);
}
function current(p) {
    try {
        return readFileSync(p);
    }
    catch {
        return undefined;
    }
}
/** Refuses targets that cannot take a file: a folder or special file there, a file on the way. */
function refuseUnwritable(f) {
    // every existing ancestor must be a folder (a file named `publication-drafts` is not)
    for (let dir = path.dirname(f.path);; dir = path.dirname(dir)) {
        let st;
        try {
            st = statSync(dir);
        }
        catch {
            if (path.dirname(dir) === dir)
                break;
            continue; // does not exist yet: made below
        }
        if (!st.isDirectory()) {
            throw new UsageError(`cannot write the draft ${shown(f)}: ${dir} is a file, not a folder`);
        }
        break;
    }
    let stat;
    try {
        stat = lstatSync(f.path);
    }
    catch {
        return; // nothing there yet
    }
    if (!stat.isFile()) {
        const what = stat.isDirectory() ? 'a folder' : 'not a regular file';
        throw new UsageError(`cannot write the draft: ${shown(f)} is ${what}`);
    }
}
/** Removes our temporary files for `target` that a killed run left behind. */
function removeStaleTemps(target, now) {
    const dir = path.dirname(target);
    const prefix = `.${path.basename(target)}.`;
    let names;
    try {
        names = readdirSync(dir);
    }
    catch {
        return;
    }
    for (const name of names) {
        if (!name.startsWith(prefix) || !name.endsWith(TEMP_SUFFIX))
            continue;
        if (!/^[0-9a-f]{12}$/.test(name.slice(prefix.length, -TEMP_SUFFIX.length)))
            continue;
        const p = path.join(dir, name);
        try {
            const st = lstatSync(p);
            if (st.isFile() && now - st.mtimeMs > STALE_TEMP_MS)
                rmSync(p, { force: true });
        }
        catch {
            // gone already, or not ours to remove
        }
    }
}
/** Writes `content` to a new temporary file beside `target`, flushed to disk; returns its path. */
function writeTemp(target, content) {
    const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
    const fd = openSync(tmp, 'wx', 0o644);
    try {
        const data = Buffer.from(content, 'utf8');
        let off = 0;
        while (off < data.length)
            off += writeSync(fd, data, off, data.length - off);
        fsyncSync(fd);
    }
    catch (e) {
        closeSync(fd);
        rmSync(tmp, { force: true }); // a full disk leaves no partial file
        throw e;
    }
    closeSync(fd);
    return tmp;
}
function writeFilesAtomically(files, now = Date.now()) {
    const outcome = { written: [], unchanged: [] };
    const changed = [];
    for (const f of files) {
        refuseUnwritable(f);
        const before = current(f.path);
        if (before !== undefined && before.equals(Buffer.from(f.content, 'utf8'))) {
            outcome.unchanged.push(f.path);
        }
        else
            changed.push({ file: f, before });
    }
    const staged = [];
    const renamed = [];
    let doing;
    try {
        for (const { file, before } of changed) {
            doing = file;
            mkdirSync(path.dirname(file.path), { recursive: true });
            removeStaleTemps(file.path, now);
            staged.push({ tmp: writeTemp(file.path, file.content), file, before });
        }
        for (const s of staged) {
            doing = s.file;
            renameSync(s.tmp, s.file.path);
            renamed.push(s);
        }
    }
    catch (e) {
        for (const s of staged)
            if (!renamed.includes(s))
                rmSync(s.tmp, { force: true });
        for (const s of renamed) {
            try {
                if (s.before === undefined)
                    rmSync(s.file.path, { force: true });
                else
                    writeFileSync(s.file.path, s.before);
            }
            catch {
                // best effort: the error below names the draft that failed
            }
        }
        fail(doing ?? files[0], e);
    }
    for (const s of renamed)
        outcome.written.push(s.file.path);
    return outcome;
}

/**
 * Layout of the shared Int32Array: [0] the next chunk to take (threads `Atomics.add` it), [1] how
 * many tutorials are done (every thread adds its chunks'; the CLI's progress line reads it), then
 * one state cell per worker.
 */
const NEXT_CHUNK = 0;
const TUTORIALS_DONE = 1;
const stateCell = (slot) => 2 + slot;
const STATE = {
    /** not started yet: the pool may still cancel it */
    idle: 0,
    running: 1,
    /** every result it owes has been posted */
    done: 2,
    /** cancelled by the pool before it started: takes nothing */
    cancelled: 3
};

// One chunk's work, the same in a worker and in the calling thread: parse its tutorials, then
// (once the registry is there) finish each with exactly the engine's per-tutorial helper.
const engineInput = (input, cache) => ({
    tutorials: input.tutorials,
    config: input.config,
    registry: [],
    ...(input.strict !== undefined ? { strict: input.strict } : {}),
    ...(input.drafts ? { drafts: input.drafts } : {}),
    ...(cache ? { cache } : {})
});
function parseChunk(input, [start, end], cache) {
    const e = engineInput(input, cache);
    return input.tutorials.slice(start, end).map((t) => tutorialOf(e, t));
}
/** Finishes the parsed tutorials of a chunk: diagnostics, guarded drafts, drafts (given paths). */
function finishChunk(input, [start], tutorials, registry, draftPaths) {
    const e = engineInput(input);
    const owners = new Map(input.owners);
    return tutorials.map((t, k) => {
        const i = start + k;
        const path = draftPaths?.[i];
        return workOn(e, t, registry, owners.get(i) ?? [], path === undefined ? undefined : () => path);
    });
}

export { CHAPTER_DIRS as C, DEFAULT_CLAIM_ID_PATTERN as D, MARKDOWN$1 as M, NEXT_CHUNK as N, STATE as S, TUTORIALS_DONE as T, TEMP_SUFFIX as a, parseRegistry as b, claimIdRegExp as c, scanRegistry as d, partialRegistry as e, finishChunk as f, parseDraftDocument as g, guardDraft as h, isRegistryFile as i, supportCheck as j, numberOf as k, notContent as l, draftOwners as m, normalizeDir as n, registryOf as o, parseChunk as p, check as q, relativeTo as r, stateCell as s, tutorialOf as t, draftOf as u, generate as v, writeFilesAtomically as w, expandedSize as x, yaml as y, defaultConfig as z };
//# sourceMappingURL=work.js.map
