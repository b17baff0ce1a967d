#!/usr/bin/env node
import path from 'node:path';
import { O as OPTIONS, C as COMMAND_NAMES, a as OPTION_NAMES, o as optionApplies, b as COMMANDS, E as EXIT_CODES_HELP, c as autodetect, r as resolveInside, d as displayPath, e as allDiagnostics, l as locationText, f as countsOf, s as summarySentence, p as plural, w as writerOf, g as repositoryRoot, h as runInspect, i as runCheckWithStale, j as writeDrafts, k as renderComment, m as markerFor, n as runGenerate, q as writeWithModel, t as findConfigUpwards, u as loadConfig, D as DEFAULT_CACHE_DIR } from './chunks/comment.js';
import { parseArgs, styleText } from 'node:util';
import { d as distance, c as claimCount, f as formatMinutes, R as RULE_LIST } from './chunks/context.js';
import { U as UsageError, p as printable, E as EXIT, M as MODEL_NAME } from './chunks/errors.js';
import { existsSync } from 'node:fs';
import { y as yaml, w as writeFilesAtomically, n as normalizeDir, r as relativeTo } from './chunks/work.js';
import { g as getDefaultExportFromCjs } from './chunks/_commonjsHelpers.js';
import require$$0 from 'node:diagnostics_channel';
import require$$0$1 from 'url';
import { o as openCache } from './chunks/cache.js';
import './chunks/prompt.js';
import 'node:os';
import 'node:url';
import 'node:worker_threads';
import 'node:v8';
import 'node:crypto';
import 'node:process';

var version = "0.1.0";
var repository = {
	type: "git",
	url: "git+https://github.com/tutorial-amplifier/tutorial-amplifier.git"
};
var pkg = {
	version: version,
	repository: repository};

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
const PROGRESS_ENV = 'TUTORIAL_AMPLIFIER_PROGRESS';
const NO_PROGRESS = { tick: () => undefined, end: () => undefined };
/** A progress line drawn through `write`, throttled (see the module comment). */
function progressLine(o) {
    const start = o.now();
    const delay = o.delayMs ?? 1000;
    const interval = o.intervalMs ?? 100;
    let last = -Infinity;
    let width = 0;
    return {
        tick(done, total) {
            const t = o.now();
            if (t - start < delay || t - last < interval)
                return;
            last = t;
            const text = `tutorial-amplifier: ${done}/${total} tutorials`;
            o.write(`\r${text}${' '.repeat(Math.max(0, width - text.length))}`);
            width = Math.max(width, text.length);
        },
        end() {
            if (width > 0)
                o.write(`\r${' '.repeat(width)}\r`);
            width = 0;
        }
    };
}
/** Where a report written with `-o` would land on stderr itself. */
const STDERR_PATHS = /^\/(?:dev\/stderr|dev\/fd\/2|proc\/self\/fd\/2)$/;
/** Whether to show progress, and from when (see the module comment). */
function progressMode(c) {
    const forced = c.env[PROGRESS_ENV];
    if (forced === '0')
        return undefined;
    if (c.quiet)
        return undefined;
    if (c.outputFile !== undefined && STDERR_PATHS.test(c.outputFile))
        return undefined;
    if (forced === 'now')
        return { delayMs: 0 };
    if (forced === '1' || c.stderrIsTTY)
        return { delayMs: 1000 };
    return undefined;
}

var index_min = {};

var hasRequiredIndex_min;

function requireIndex_min () {
	if (hasRequiredIndex_min) return index_min;
	hasRequiredIndex_min = 1;
var j=(u,t)=>()=>(t||u((t={exports:{}}).exports,t),t.exports);var I=j(O=>{Object.defineProperty(O,"__esModule",{value:true});O.tracing=O.metrics=void 0;var U=require$$0;O.metrics=(0, U.channel)("lru-cache:metrics");O.tracing=(0, U.tracingChannel)("lru-cache");});var P=j(R=>{Object.defineProperty(R,"__esModule",{value:true});R.defaultPerf=void 0;R.defaultPerf=typeof performance=="object"&&performance&&typeof performance.now=="function"?performance:Date;});Object.defineProperty(index_min,"__esModule",{value:true});index_min.LRUCache=void 0;var g=I(),N=P(),C=()=>g.metrics.hasSubscribers||g.tracing.hasSubscribers,k=new Set,G=typeof process=="object"&&process?process:{},V=(u,t,e,i)=>{typeof G.emitWarning=="function"?G.emitWarning(u,t,e,i):console.error(`[${e}] ${t}: ${u}`);},q=u=>!k.has(u);var T=u=>!!u&&u===Math.floor(u)&&u>0&&isFinite(u),H=u=>T(u)?u<=Math.pow(2,8)?Uint8Array:u<=Math.pow(2,16)?Uint16Array:u<=Math.pow(2,32)?Uint32Array:u<=Number.MAX_SAFE_INTEGER?W:null:null,W=class extends Array{constructor(t){super(t),this.fill(0);}},L=class u{heap;length;static#o=false;static create(t){let e=H(t);if(!e)return [];u.#o=true;let i=new u(t,e);return u.#o=false,i}constructor(t,e){if(!u.#o)throw new TypeError("instantiate Stack using Stack.create(n)");this.heap=new e(t),this.length=0;}push(t){this.heap[this.length++]=t;}pop(){return this.heap[--this.length]}},M=class u{#o;#c;#m;#W;#S;#x;#j;#w;get perf(){return this.#w}ttl;ttlResolution;ttlAutopurge;updateAgeOnGet;updateAgeOnHas;allowStale;noDisposeOnSet;noUpdateTTL;maxEntrySize;sizeCalculation;noDeleteOnFetchRejection;noDeleteOnStaleGet;allowStaleOnFetchAbort;allowStaleOnFetchRejection;ignoreFetchAbort;backgroundFetchSize;#n;#b;#s;#i;#t;#l;#u;#a;#h;#_;#r;#y;#F;#d;#g;#T;#U;#f;#R;static unsafeExposeInternals(t){return {starts:t.#F,ttls:t.#d,autopurgeTimers:t.#g,sizes:t.#y,keyMap:t.#s,keyList:t.#i,valList:t.#t,next:t.#l,prev:t.#u,get head(){return t.#a},get tail(){return t.#h},free:t.#_,isBackgroundFetch:e=>t.#e(e),backgroundFetch:(e,i,s,n)=>t.#G(e,i,s,n),moveToTail:e=>t.#M(e),indexes:e=>t.#A(e),rindexes:e=>t.#z(e),isStale:e=>t.#p(e)}}get max(){return this.#o}get maxSize(){return this.#c}get calculatedSize(){return this.#b}get size(){return this.#n}get fetchMethod(){return this.#x}get memoMethod(){return this.#j}get dispose(){return this.#m}get onInsert(){return this.#W}get disposeAfter(){return this.#S}constructor(t){let{max:e=0,ttl:i,ttlResolution:s=1,ttlAutopurge:n,updateAgeOnGet:o,updateAgeOnHas:l,allowStale:h,dispose:r,onInsert:c,disposeAfter:w,noDisposeOnSet:y,noUpdateTTL:d,maxSize:p=0,maxEntrySize:f=0,sizeCalculation:_,fetchMethod:a,memoMethod:S,noDeleteOnFetchRejection:F,noDeleteOnStaleGet:b,allowStaleOnFetchRejection:m,allowStaleOnFetchAbort:A,ignoreFetchAbort:z,backgroundFetchSize:x=1,perf:v}=t;if(this.backgroundFetchSize=x,v!==void 0&&typeof v?.now!="function")throw new TypeError("perf option must have a now() method if specified");if(this.#w=v??N.defaultPerf,e!==0&&!T(e))throw new TypeError("max option must be a nonnegative integer");let E=e?H(e):Array;if(!E)throw new Error("invalid max value: "+e);if(this.#o=e,this.#c=p,this.maxEntrySize=f||this.#c,this.sizeCalculation=_,this.sizeCalculation){if(!this.#c&&!this.maxEntrySize)throw new TypeError("cannot set sizeCalculation without setting maxSize or maxEntrySize");if(typeof this.sizeCalculation!="function")throw new TypeError("sizeCalculation set to non-function")}if(S!==void 0&&typeof S!="function")throw new TypeError("memoMethod must be a function if defined");if(this.#j=S,a!==void 0&&typeof a!="function")throw new TypeError("fetchMethod must be a function if specified");if(this.#x=a,this.#U=!!a,this.#s=new Map,this.#i=Array.from({length:e}).fill(void 0),this.#t=Array.from({length:e}).fill(void 0),this.#l=new E(e),this.#u=new E(e),this.#a=0,this.#h=0,this.#_=L.create(e),this.#n=0,this.#b=0,typeof r=="function"&&(this.#m=r),typeof c=="function"&&(this.#W=c),typeof w=="function"?(this.#S=w,this.#r=[]):(this.#S=void 0,this.#r=void 0),this.#T=!!this.#m,this.#R=!!this.#W,this.#f=!!this.#S,this.noDisposeOnSet=!!y,this.noUpdateTTL=!!d,this.noDeleteOnFetchRejection=!!F,this.allowStaleOnFetchRejection=!!m,this.allowStaleOnFetchAbort=!!A,this.ignoreFetchAbort=!!z,this.maxEntrySize!==0){if(this.#c!==0&&!T(this.#c))throw new TypeError("maxSize must be a positive integer if specified");if(!T(this.maxEntrySize))throw new TypeError("maxEntrySize must be a positive integer if specified");this.#X();}if(this.allowStale=!!h,this.noDeleteOnStaleGet=!!b,this.updateAgeOnGet=!!o,this.updateAgeOnHas=!!l,this.ttlResolution=T(s)||s===0?s:1,this.ttlAutopurge=!!n,this.ttl=i||0,this.ttl){if(!T(this.ttl))throw new TypeError("ttl must be a positive integer if specified");this.#k();}if(this.#o===0&&this.ttl===0&&this.#c===0)throw new TypeError("At least one of max, maxSize, or ttl is required");if(!this.ttlAutopurge&&!this.#o&&!this.#c){let D="LRU_CACHE_UNBOUNDED";q(D)&&(k.add(D),V("TTL caching without ttlAutopurge, max, or maxSize can result in unbounded memory consumption.","UnboundedCacheWarning",D,u));}}getRemainingTTL(t){return this.#s.has(t)?1/0:0}#k(){let t=new W(this.#o),e=new W(this.#o);this.#d=t,this.#F=e;let i=this.ttlAutopurge?Array.from({length:this.#o}):void 0;this.#g=i,this.#H=(h,r,c=this.#w.now())=>{e[h]=r!==0?c:0,t[h]=r,s(h,r);},this.#D=h=>{e[h]=t[h]!==0?this.#w.now():0,s(h,t[h]);};let s=this.ttlAutopurge?(h,r)=>{if(i?.[h]&&(clearTimeout(i[h]),i[h]=void 0),r&&r!==0&&i){let c=setTimeout(()=>{this.#p(h)?(this.#v(this.#i[h],"expire"),i[h]=void 0):s(h,l(h));},r+1);c.unref&&c.unref(),i[h]=c;}}:()=>{};this.#E=(h,r)=>{if(t[r]){let c=t[r],w=e[r];if(!c||!w)return;h.ttl=c,h.start=w,h.now=n||o();let y=h.now-w;h.remainingTTL=c-y;}};let n=0,o=()=>{let h=this.#w.now();if(this.ttlResolution>0){n=h;let r=setTimeout(()=>n=0,this.ttlResolution);r.unref&&r.unref();}return h};this.getRemainingTTL=h=>{let r=this.#s.get(h);return r===void 0?0:l(r)};let l=h=>{let r=t[h],c=e[h];if(!r||!c)return 1/0;let w=(n||o())-c;return r-w};this.#p=h=>{let r=e[h],c=t[h];return !!c&&!!r&&(n||o())-r>c};}#D=()=>{};#E=()=>{};#H=()=>{};#p=()=>false;#X(){let t=new W(this.#o);this.#b=0,this.#y=t,this.#C=e=>{this.#b-=t[e],t[e]=0;},this.#N=(e,i,s,n)=>{if(!T(s)){if(this.#e(i))return this.backgroundFetchSize;if(n){if(typeof n!="function")throw new TypeError("sizeCalculation must be a function");if(s=n(i,e),!T(s))throw new TypeError("sizeCalculation return invalid (expect positive integer)")}else throw new TypeError("invalid size value (must be positive integer). When maxSize or maxEntrySize is used, sizeCalculation or size must be set.")}return s},this.#I=(e,i,s)=>{if(t[e]=i,this.#c){let n=this.#c-t[e];for(;this.#b>n;)this.#P(true);}this.#b+=t[e],s&&(s.entrySize=i,s.totalCalculatedSize=this.#b);};}#C=t=>{};#I=(t,e,i)=>{};#N=(t,e,i,s)=>{if(i||s)throw new TypeError("cannot set size without setting maxSize or maxEntrySize on cache");return 0};*#A({allowStale:t=this.allowStale}={}){if(this.#n)for(let e=this.#h;this.#V(e)&&((t||!this.#p(e))&&(yield e),e!==this.#a);)e=this.#u[e];}*#z({allowStale:t=this.allowStale}={}){if(this.#n)for(let e=this.#a;this.#V(e)&&((t||!this.#p(e))&&(yield e),e!==this.#h);)e=this.#l[e];}#V(t){return t!==void 0&&this.#s.get(this.#i[t])===t}*entries(){for(let t of this.#A())this.#t[t]!==void 0&&this.#i[t]!==void 0&&!this.#e(this.#t[t])&&(yield [this.#i[t],this.#t[t]]);}*rentries(){for(let t of this.#z())this.#t[t]!==void 0&&this.#i[t]!==void 0&&!this.#e(this.#t[t])&&(yield [this.#i[t],this.#t[t]]);}*keys(){for(let t of this.#A()){let e=this.#i[t];e!==void 0&&!this.#e(this.#t[t])&&(yield e);}}*rkeys(){for(let t of this.#z()){let e=this.#i[t];e!==void 0&&!this.#e(this.#t[t])&&(yield e);}}*values(){for(let t of this.#A())this.#t[t]!==void 0&&!this.#e(this.#t[t])&&(yield this.#t[t]);}*rvalues(){for(let t of this.#z())this.#t[t]!==void 0&&!this.#e(this.#t[t])&&(yield this.#t[t]);}[Symbol.iterator](){return this.entries()}[Symbol.toStringTag]="LRUCache";find(t,e={}){for(let i of this.#A()){let s=this.#t[i],n=this.#e(s)?s.__staleWhileFetching:s;if(n!==void 0&&t(n,this.#i[i],this))return this.#L(this.#i[i],e)}}forEach(t,e=this){for(let i of this.#A()){let s=this.#t[i],n=this.#e(s)?s.__staleWhileFetching:s;n!==void 0&&t.call(e,n,this.#i[i],this);}}rforEach(t,e=this){for(let i of this.#z()){let s=this.#t[i],n=this.#e(s)?s.__staleWhileFetching:s;n!==void 0&&t.call(e,n,this.#i[i],this);}}purgeStale(){let t=false;for(let e of this.#z({allowStale:true}))this.#p(e)&&(this.#v(this.#i[e],"expire"),t=true);return t}info(t){let e=this.#s.get(t);if(e===void 0)return;let i=this.#t[e],s=this.#e(i)?i.__staleWhileFetching:i;if(s===void 0)return;let n={value:s};if(this.#d&&this.#F){let o=this.#d[e],l=this.#F[e];if(o&&l){let h=o-(this.#w.now()-l);n.ttl=h,n.start=Date.now();}}return this.#y&&(n.size=this.#y[e]),n}dump(){let t=[];for(let e of this.#A({allowStale:true})){let i=this.#i[e],s=this.#t[e],n=this.#e(s)?s.__staleWhileFetching:s;if(n===void 0||i===void 0)continue;let o={value:n};if(this.#d&&this.#F){o.ttl=this.#d[e];let l=this.#w.now()-this.#F[e];o.start=Math.floor(Date.now()-l);}this.#y&&(o.size=this.#y[e]),t.unshift([i,o]);}return t}load(t){this.clear();for(let[e,i]of t){if(i.start){let s=Date.now()-i.start;i.start=this.#w.now()-s;}this.#O(e,i.value,i);}}set(t,e,i={}){let{status:s=g.metrics.hasSubscribers?{}:void 0}=i;i.status=s,s&&(s.op="set",s.key=t,e!==void 0&&(s.value=e),s.cache=this);let n=this.#O(t,e,i);return s&&g.metrics.hasSubscribers&&g.metrics.publish(s),n}#O(t,e,i,s){let{ttl:n=this.ttl,start:o,noDisposeOnSet:l=this.noDisposeOnSet,sizeCalculation:h=this.sizeCalculation,status:r}=i,c=this.#e(e);if(e===void 0)return r&&(r.set="deleted"),this.delete(t),this;let{noUpdateTTL:w=this.noUpdateTTL}=i;r&&!c&&(r.value=e);let y=this.#N(t,e,i.size||0,h,r);if(this.maxEntrySize&&y>this.maxEntrySize)return this.#v(t,"set"),r&&(r.set="miss",r.maxEntrySizeExceeded=true),this;let d=this.#n===0?void 0:this.#s.get(t);if(d===void 0)d=this.#n===0?this.#h:this.#_.length!==0?this.#_.pop():this.#n===this.#o?this.#P(false):this.#n,this.#i[d]=t,this.#t[d]=e,this.#s.set(t,d),this.#l[this.#h]=d,this.#u[d]=this.#h,this.#h=d,this.#n++,this.#I(d,y,r),r&&(r.set="add"),w=false,this.#R&&!c&&this.#W?.(e,t,"add");else {this.#M(d);let p=this.#t[d];if(e!==p){if(!l)if(this.#e(p)){p!==s&&p.__abortController.abort(new Error("replaced"));let{__staleWhileFetching:f}=p;f!==void 0&&f!==e&&(this.#T&&this.#m?.(f,t,"set"),this.#f&&this.#r?.push([f,t,"set"]));}else this.#T&&this.#m?.(p,t,"set"),this.#f&&this.#r?.push([p,t,"set"]);if(this.#C(d),this.#I(d,y,r),this.#t[d]=e,!c){let f=p&&this.#e(p)?p.__staleWhileFetching:p,_=f===void 0?"add":e!==f?"replace":"update";r&&(r.set=_,f!==void 0&&(r.oldValue=f)),this.#R&&this.onInsert?.(e,t,_);}}else c||(r&&(r.set="update"),this.#R&&this.onInsert?.(e,t,"update"));}if(n!==0&&!this.#d&&this.#k(),this.#d&&(w||this.#H(d,n,o),r&&this.#E(r,d)),!l&&this.#f&&this.#r){let p=this.#r,f;for(;f=p?.shift();)this.#S?.(...f);}return this}pop(){try{for(;this.#n;){let t=this.#t[this.#a];if(this.#P(!0),this.#e(t)){if(t.__staleWhileFetching)return t.__staleWhileFetching}else if(t!==void 0)return t}}finally{if(this.#f&&this.#r){let t=this.#r,e;for(;e=t?.shift();)this.#S?.(...e);}}}#P(t){let e=this.#a,i=this.#i[e],s=this.#t[e],n=this.#e(s);n&&s.__abortController.abort(new Error("evicted"));let o=n?s.__staleWhileFetching:s;return (this.#T||this.#f)&&o!==void 0&&(this.#T&&this.#m?.(o,i,"evict"),this.#f&&this.#r?.push([o,i,"evict"])),this.#C(e),this.#g?.[e]&&(clearTimeout(this.#g[e]),this.#g[e]=void 0),t&&(this.#i[e]=void 0,this.#t[e]=void 0,this.#_.push(e)),this.#n===1?(this.#a=this.#h=0,this.#_.length=0):this.#a=this.#l[e],this.#s.delete(i),this.#n--,e}has(t,e={}){let{status:i=g.metrics.hasSubscribers?{}:void 0}=e;e.status=i,i&&(i.op="has",i.key=t,i.cache=this);let s=this.#Y(t,e);return g.metrics.hasSubscribers&&g.metrics.publish(i),s}#Y(t,e={}){let{updateAgeOnHas:i=this.updateAgeOnHas,status:s}=e,n=this.#s.get(t);if(n!==void 0){let o=this.#t[n];if(this.#e(o)&&o.__staleWhileFetching===void 0)return  false;if(this.#p(n))s&&(s.has="stale",this.#E(s,n));else return i&&this.#D(n),s&&(s.has="hit",this.#E(s,n)),true}else s&&(s.has="miss");return  false}peek(t,e={}){let{status:i=C()?{}:void 0}=e;i&&(i.op="peek",i.key=t,i.cache=this),e.status=i;let s=this.#J(t,e);return g.metrics.hasSubscribers&&g.metrics.publish(i),s}#J(t,e){let{status:i,allowStale:s=this.allowStale}=e,n=this.#s.get(t);if(n===void 0||!s&&this.#p(n)){i&&(i.peek=n===void 0?"miss":"stale");return}let o=this.#t[n],l=this.#e(o)?o.__staleWhileFetching:o;return i&&(l!==void 0?(i.peek="hit",i.value=l):i.peek="miss"),l}#G(t,e,i,s){let n=e===void 0?void 0:this.#t[e];if(this.#e(n))return n;let o=new AbortController,{signal:l}=i;l?.addEventListener("abort",()=>o.abort(l.reason),{signal:o.signal});let h={signal:o.signal,options:i,context:s},r=(f,_=false)=>{let{aborted:a}=o.signal,S=i.ignoreFetchAbort&&f!==void 0,F=i.ignoreFetchAbort||!!(i.allowStaleOnFetchAbort&&f!==void 0);if(i.status&&(a&&!_?(i.status.fetchAborted=true,i.status.fetchError=o.signal.reason,S&&(i.status.fetchAbortIgnored=true)):i.status.fetchResolved=true),a&&!S&&!_)return w(o.signal.reason,F);let b=d,m=this.#t[e];return (m===d||m===void 0&&S&&_)&&(f===void 0?b.__staleWhileFetching!==void 0?this.#t[e]=b.__staleWhileFetching:this.#v(t,"fetch"):(i.status&&(i.status.fetchUpdated=true),this.#O(t,f,h.options,b))),f},c=f=>(i.status&&(i.status.fetchRejected=true,i.status.fetchError=f),w(f,false)),w=(f,_)=>{let{aborted:a}=o.signal,S=a&&i.allowStaleOnFetchAbort,F=S||i.allowStaleOnFetchRejection,b=F||i.noDeleteOnFetchRejection,m=d;if(this.#t[e]===d&&(!b||!_&&m.__staleWhileFetching===void 0?this.#v(t,"fetch"):S||(this.#t[e]=m.__staleWhileFetching)),F)return i.status&&m.__staleWhileFetching!==void 0&&(i.status.returnedStale=true),m.__staleWhileFetching;if(m.__returned===m)throw f},y=(f,_)=>{let a=this.#x?.(t,n,h);o.signal.addEventListener("abort",()=>{(!i.ignoreFetchAbort||i.allowStaleOnFetchAbort)&&(f(void 0),i.allowStaleOnFetchAbort&&(f=S=>r(S,true)));}),a&&a instanceof Promise?a.then(S=>f(S===void 0?void 0:S),_):a!==void 0&&f(a);};i.status&&(i.status.fetchDispatched=true);let d=new Promise(y).then(r,c),p=Object.assign(d,{__abortController:o,__staleWhileFetching:n,__returned:void 0});return e===void 0?(this.#O(t,p,{...h.options,status:void 0}),e=this.#s.get(t)):this.#t[e]=p,p}#e(t){if(!this.#U)return  false;let e=t;return !!e&&e instanceof Promise&&e.hasOwnProperty("__staleWhileFetching")&&e.__abortController instanceof AbortController}fetch(t,e={}){let i=g.tracing.hasSubscribers,{status:s=C()?{}:void 0}=e;e.status=s,s&&e.context&&(s.context=e.context);let n=this.#q(t,e);return s&&i&&(s.trace=true,g.tracing.tracePromise(()=>n,s).catch(()=>{})),n}async#q(t,e={}){let{allowStale:i=this.allowStale,updateAgeOnGet:s=this.updateAgeOnGet,noDeleteOnStaleGet:n=this.noDeleteOnStaleGet,ttl:o=this.ttl,noDisposeOnSet:l=this.noDisposeOnSet,size:h=0,sizeCalculation:r=this.sizeCalculation,noUpdateTTL:c=this.noUpdateTTL,noDeleteOnFetchRejection:w=this.noDeleteOnFetchRejection,allowStaleOnFetchRejection:y=this.allowStaleOnFetchRejection,ignoreFetchAbort:d=this.ignoreFetchAbort,allowStaleOnFetchAbort:p=this.allowStaleOnFetchAbort,context:f,forceRefresh:_=false,status:a,signal:S}=e;if(a&&(a.op="fetch",a.key=t,_&&(a.forceRefresh=true),a.cache=this),!this.#U)return a&&(a.fetch="get"),this.#L(t,{allowStale:i,updateAgeOnGet:s,noDeleteOnStaleGet:n,status:a});let F={allowStale:i,updateAgeOnGet:s,noDeleteOnStaleGet:n,ttl:o,noDisposeOnSet:l,size:h,sizeCalculation:r,noUpdateTTL:c,noDeleteOnFetchRejection:w,allowStaleOnFetchRejection:y,allowStaleOnFetchAbort:p,ignoreFetchAbort:d,status:a,signal:S},b=this.#s.get(t);if(b===void 0){a&&(a.fetch="miss");let m=this.#G(t,b,F,f);return m.__returned=m}else {let m=this.#t[b];if(this.#e(m)){let E=i&&m.__staleWhileFetching!==void 0;return a&&(a.fetch="inflight",E&&(a.returnedStale=true)),E?m.__staleWhileFetching:m.__returned=m}let A=this.#p(b);if(!_&&!A)return a&&(a.fetch="hit"),this.#M(b),s&&this.#D(b),a&&this.#E(a,b),m;let z=this.#G(t,b,F,f),v=z.__staleWhileFetching!==void 0&&i;return a&&(a.fetch=A?"stale":"refresh",v&&A&&(a.returnedStale=true)),v?z.__staleWhileFetching:z.__returned=z}}forceFetch(t,e={}){let i=g.tracing.hasSubscribers,{status:s=C()?{}:void 0}=e;e.status=s,s&&e.context&&(s.context=e.context);let n=this.#K(t,e);return s&&i&&(s.trace=true,g.tracing.tracePromise(()=>n,s).catch(()=>{})),n}async#K(t,e={}){let i=await this.#q(t,e);if(i===void 0)throw new Error("fetch() returned undefined");return i}memo(t,e={}){let{status:i=g.metrics.hasSubscribers?{}:void 0}=e;e.status=i,i&&(i.op="memo",i.key=t,e.context&&(i.context=e.context),i.cache=this);let s=this.#Q(t,e);return i&&(i.value=s),g.metrics.hasSubscribers&&g.metrics.publish(i),s}#Q(t,e={}){let i=this.#j;if(!i)throw new Error("no memoMethod provided to constructor");let{context:s,status:n,forceRefresh:o,...l}=e;n&&o&&(n.forceRefresh=true);let h=this.#L(t,l),r=o||h===void 0;if(n&&(n.memo=r?"miss":"hit",r||(n.value=h)),!r)return h;let c=i(t,h,{options:l,context:s});return n&&(n.value=c),this.#O(t,c,l),c}get(t,e={}){let{status:i=g.metrics.hasSubscribers?{}:void 0}=e;e.status=i,i&&(i.op="get",i.key=t,i.cache=this);let s=this.#L(t,e);return i&&(s!==void 0&&(i.value=s),g.metrics.hasSubscribers&&g.metrics.publish(i)),s}#L(t,e={}){let{allowStale:i=this.allowStale,updateAgeOnGet:s=this.updateAgeOnGet,noDeleteOnStaleGet:n=this.noDeleteOnStaleGet,status:o}=e,l=this.#s.get(t);if(l===void 0){o&&(o.get="miss");return}let h=this.#t[l],r=this.#e(h);return o&&this.#E(o,l),this.#p(l)?r?(o&&(o.get="stale-fetching"),i&&h.__staleWhileFetching!==void 0?(o&&(o.returnedStale=true),h.__staleWhileFetching):void 0):(n||this.#v(t,"expire"),o&&(o.get="stale"),i?(o&&(o.returnedStale=true),h):void 0):(o&&(o.get=r?"fetching":"hit"),this.#M(l),s&&this.#D(l),r?h.__staleWhileFetching:h)}#B(t,e){this.#u[e]=t,this.#l[t]=e;}#M(t){t!==this.#h&&(t===this.#a?this.#a=this.#l[t]:this.#B(this.#u[t],this.#l[t]),this.#B(this.#h,t),this.#h=t);}delete(t){return this.#v(t,"delete")}#v(t,e){g.metrics.hasSubscribers&&g.metrics.publish({op:"delete",delete:e,key:t,cache:this});let i=false;if(this.#n!==0){let s=this.#s.get(t);if(s!==void 0)if(this.#g?.[s]&&(clearTimeout(this.#g[s]),this.#g[s]=void 0),i=true,this.#n===1)this.#$(e);else {this.#C(s);let n=this.#t[s];if(this.#e(n)?n.__abortController.abort(new Error("deleted")):(this.#T||this.#f)&&(this.#T&&this.#m?.(n,t,e),this.#f&&this.#r?.push([n,t,e])),this.#s.delete(t),this.#i[s]=void 0,this.#t[s]=void 0,s===this.#h)this.#h=this.#u[s];else if(s===this.#a)this.#a=this.#l[s];else {let o=this.#u[s];this.#l[o]=this.#l[s];let l=this.#l[s];this.#u[l]=this.#u[s];}this.#n--,this.#_.push(s);}}if(this.#f&&this.#r?.length){let s=this.#r,n;for(;n=s?.shift();)this.#S?.(...n);}return i}clear(){return this.#$("delete")}#$(t){for(let e of this.#z({allowStale:true})){let i=this.#t[e];if(this.#e(i))i.__abortController.abort(new Error("deleted"));else {let s=this.#i[e];this.#T&&this.#m?.(i,s,t),this.#f&&this.#r?.push([i,s,t]);}}if(this.#s.clear(),this.#t.fill(void 0),this.#i.fill(void 0),this.#d&&this.#F){this.#d.fill(0),this.#F.fill(0);for(let e of this.#g??[])e!==void 0&&clearTimeout(e);this.#g?.fill(void 0);}if(this.#y&&this.#y.fill(0),this.#a=0,this.#h=0,this.#_.length=0,this.#b=0,this.#n=0,this.#f&&this.#r){let e=this.#r,i;for(;i=e?.shift();)this.#S?.(...i);}}};index_min.LRUCache=M;
	
	return index_min;
}

/* eslint-disable max-len */

var hosts_1;
var hasRequiredHosts;

function requireHosts () {
	if (hasRequiredHosts) return hosts_1;
	hasRequiredHosts = 1;

	const maybeJoin = (...args) => args.every(arg => arg) ? args.join('') : '';
	const maybeEncode = (arg) => arg ? encodeURIComponent(arg) : '';
	const formatHashFragment = (f) => f.toLowerCase()
	  .replace(/^\W+/g, '') // strip leading non-characters
	  .replace(/(?<!\W)\W+$/, '') // strip trailing non-characters
	  .replace(/\//g, '') // strip all slashes
	  .replace(/\W+/g, '-'); // replace remaining non-characters with '-'

	const defaults = {
	  sshtemplate: ({ domain, user, project, committish }) =>
	    `git@${domain}:${user}/${project}.git${maybeJoin('#', committish)}`,
	  sshurltemplate: ({ domain, user, project, committish }) =>
	    `git+ssh://git@${domain}/${user}/${project}.git${maybeJoin('#', committish)}`,
	  edittemplate: ({ domain, user, project, committish, editpath, path }) =>
	    `https://${domain}/${user}/${project}${maybeJoin('/', editpath, '/', maybeEncode(committish || 'HEAD'), '/', path)}`,
	  browsetemplate: ({ domain, user, project, committish, treepath }) =>
	    `https://${domain}/${user}/${project}${maybeJoin('/', treepath, '/', maybeEncode(committish))}`,
	  browsetreetemplate: ({ domain, user, project, committish, treepath, path, fragment, hashformat }) =>
	    `https://${domain}/${user}/${project}/${treepath}/${maybeEncode(committish || 'HEAD')}/${path}${maybeJoin('#', hashformat(fragment || ''))}`,
	  browseblobtemplate: ({ domain, user, project, committish, blobpath, path, fragment, hashformat }) =>
	    `https://${domain}/${user}/${project}/${blobpath}/${maybeEncode(committish || 'HEAD')}/${path}${maybeJoin('#', hashformat(fragment || ''))}`,
	  docstemplate: ({ domain, user, project, treepath, committish }) =>
	    `https://${domain}/${user}/${project}${maybeJoin('/', treepath, '/', maybeEncode(committish))}#readme`,
	  httpstemplate: ({ auth, domain, user, project, committish }) =>
	    `git+https://${maybeJoin(auth, '@')}${domain}/${user}/${project}.git${maybeJoin('#', committish)}`,
	  filetemplate: ({ domain, user, project, committish, path }) =>
	    `https://${domain}/${user}/${project}/raw/${maybeEncode(committish || 'HEAD')}/${path}`,
	  shortcuttemplate: ({ type, user, project, committish }) =>
	    `${type}:${user}/${project}${maybeJoin('#', committish)}`,
	  pathtemplate: ({ user, project, committish }) =>
	    `${user}/${project}${maybeJoin('#', committish)}`,
	  bugstemplate: ({ domain, user, project }) =>
	    `https://${domain}/${user}/${project}/issues`,
	  hashformat: formatHashFragment,
	};

	const hosts = {};
	hosts.github = {
	  // First two are insecure and generally shouldn't be used any more, but
	  // they are still supported.
	  protocols: ['git:', 'http:', 'git+ssh:', 'git+https:', 'ssh:', 'https:'],
	  domain: 'github.com',
	  treepath: 'tree',
	  blobpath: 'blob',
	  editpath: 'edit',
	  filetemplate: ({ auth, user, project, committish, path }) =>
	    `https://${maybeJoin(auth, '@')}raw.githubusercontent.com/${user}/${project}/${maybeEncode(committish || 'HEAD')}/${path}`,
	  gittemplate: ({ auth, domain, user, project, committish }) =>
	    `git://${maybeJoin(auth, '@')}${domain}/${user}/${project}.git${maybeJoin('#', committish)}`,
	  tarballtemplate: ({ domain, user, project, committish }) =>
	    `https://codeload.${domain}/${user}/${project}/tar.gz/${maybeEncode(committish || 'HEAD')}`,
	  extract: (url) => {
	    let [, user, project, type, committish] = url.pathname.split('/', 5);
	    if (type && type !== 'tree') {
	      return
	    }

	    if (!type) {
	      committish = url.hash.slice(1);
	    }

	    if (project && project.endsWith('.git')) {
	      project = project.slice(0, -4);
	    }

	    if (!user || !project) {
	      return
	    }

	    return { user, project, committish }
	  },
	};

	hosts.bitbucket = {
	  protocols: ['git+ssh:', 'git+https:', 'ssh:', 'https:'],
	  domain: 'bitbucket.org',
	  treepath: 'src',
	  blobpath: 'src',
	  editpath: '?mode=edit',
	  edittemplate: ({ domain, user, project, committish, treepath, path, editpath }) =>
	    `https://${domain}/${user}/${project}${maybeJoin('/', treepath, '/', maybeEncode(committish || 'HEAD'), '/', path, editpath)}`,
	  tarballtemplate: ({ domain, user, project, committish }) =>
	    `https://${domain}/${user}/${project}/get/${maybeEncode(committish || 'HEAD')}.tar.gz`,
	  extract: (url) => {
	    let [, user, project, aux] = url.pathname.split('/', 4);
	    if (['get'].includes(aux)) {
	      return
	    }

	    if (project && project.endsWith('.git')) {
	      project = project.slice(0, -4);
	    }

	    if (!user || !project) {
	      return
	    }

	    return { user, project, committish: url.hash.slice(1) }
	  },
	};

	hosts.gitlab = {
	  protocols: ['git+ssh:', 'git+https:', 'ssh:', 'https:'],
	  domain: 'gitlab.com',
	  treepath: 'tree',
	  blobpath: 'tree',
	  editpath: '-/edit',
	  tarballtemplate: ({ domain, user, project, committish }) =>
	    `https://${domain}/api/v4/projects/${maybeEncode(user + '/' + project)}/repository/archive.tar.gz?sha=${maybeEncode(committish || 'HEAD')}`,
	  extract: (url) => {
	    const path = url.pathname.slice(1);
	    if (path.includes('/-/') || path.includes('/archive.tar.gz')) {
	      return
	    }

	    const segments = path.split('/');
	    let project = segments.pop();
	    if (project.endsWith('.git')) {
	      project = project.slice(0, -4);
	    }

	    const user = segments.join('/');
	    if (!user || !project) {
	      return
	    }

	    return { user, project, committish: url.hash.slice(1) }
	  },
	};

	hosts.gist = {
	  protocols: ['git:', 'git+ssh:', 'git+https:', 'ssh:', 'https:'],
	  domain: 'gist.github.com',
	  editpath: 'edit',
	  sshtemplate: ({ domain, project, committish }) =>
	    `git@${domain}:${project}.git${maybeJoin('#', committish)}`,
	  sshurltemplate: ({ domain, project, committish }) =>
	    `git+ssh://git@${domain}/${project}.git${maybeJoin('#', committish)}`,
	  edittemplate: ({ domain, user, project, committish, editpath }) =>
	    `https://${domain}/${user}/${project}${maybeJoin('/', maybeEncode(committish))}/${editpath}`,
	  browsetemplate: ({ domain, project, committish }) =>
	    `https://${domain}/${project}${maybeJoin('/', maybeEncode(committish))}`,
	  browsetreetemplate: ({ domain, project, committish, path, hashformat }) =>
	    `https://${domain}/${project}${maybeJoin('/', maybeEncode(committish))}${maybeJoin('#', hashformat(path))}`,
	  browseblobtemplate: ({ domain, project, committish, path, hashformat }) =>
	    `https://${domain}/${project}${maybeJoin('/', maybeEncode(committish))}${maybeJoin('#', hashformat(path))}`,
	  docstemplate: ({ domain, project, committish }) =>
	    `https://${domain}/${project}${maybeJoin('/', maybeEncode(committish))}`,
	  httpstemplate: ({ domain, project, committish }) =>
	    `git+https://${domain}/${project}.git${maybeJoin('#', committish)}`,
	  filetemplate: ({ user, project, committish, path }) =>
	    `https://gist.githubusercontent.com/${user}/${project}/raw${maybeJoin('/', maybeEncode(committish))}/${path}`,
	  shortcuttemplate: ({ type, project, committish }) =>
	    `${type}:${project}${maybeJoin('#', committish)}`,
	  pathtemplate: ({ project, committish }) =>
	    `${project}${maybeJoin('#', committish)}`,
	  bugstemplate: ({ domain, project }) =>
	    `https://${domain}/${project}`,
	  gittemplate: ({ domain, project, committish }) =>
	    `git://${domain}/${project}.git${maybeJoin('#', committish)}`,
	  tarballtemplate: ({ project, committish }) =>
	    `https://codeload.github.com/gist/${project}/tar.gz/${maybeEncode(committish || 'HEAD')}`,
	  extract: (url) => {
	    let [, user, project, aux] = url.pathname.split('/', 4);
	    if (aux === 'raw') {
	      return
	    }

	    if (!project) {
	      if (!user) {
	        return
	      }

	      project = user;
	      user = null;
	    }

	    if (project.endsWith('.git')) {
	      project = project.slice(0, -4);
	    }

	    return { user, project, committish: url.hash.slice(1) }
	  },
	  hashformat: function (fragment) {
	    return fragment && 'file-' + formatHashFragment(fragment)
	  },
	};

	hosts.sourcehut = {
	  protocols: ['git+ssh:', 'https:'],
	  domain: 'git.sr.ht',
	  treepath: 'tree',
	  blobpath: 'tree',
	  filetemplate: ({ domain, user, project, committish, path }) =>
	    `https://${domain}/${user}/${project}/blob/${maybeEncode(committish) || 'HEAD'}/${path}`,
	  httpstemplate: ({ domain, user, project, committish }) =>
	    `https://${domain}/${user}/${project}${maybeJoin('#', committish)}`,
	  tarballtemplate: ({ domain, user, project, committish }) =>
	    `https://${domain}/${user}/${project}/archive/${maybeEncode(committish) || 'HEAD'}.tar.gz`,
	  bugstemplate: () => null,
	  extract: (url) => {
	    let [, user, project, aux] = url.pathname.split('/', 4);

	    // tarball url
	    if (['archive'].includes(aux)) {
	      return
	    }

	    if (project && project.endsWith('.git')) {
	      project = project.slice(0, -4);
	    }

	    if (!user || !project) {
	      return
	    }

	    return { user, project, committish: url.hash.slice(1) }
	  },
	};

	for (const [name, host] of Object.entries(hosts)) {
	  hosts[name] = Object.assign({}, defaults, host);
	}

	hosts_1 = hosts;
	return hosts_1;
}

var parseUrl;
var hasRequiredParseUrl;

function requireParseUrl () {
	if (hasRequiredParseUrl) return parseUrl;
	hasRequiredParseUrl = 1;
	const url = require$$0$1;

	const lastIndexOfBefore = (str, char, beforeChar) => {
	  const startPosition = str.indexOf(beforeChar);
	  return str.lastIndexOf(char, startPosition > -1 ? startPosition : Infinity)
	};

	const safeUrl = (u) => {
	  try {
	    return new url.URL(u)
	  } catch {
	    // this fn should never throw
	  }
	};

	// accepts input like git:github.com:user/repo and inserts the // after the first :
	const correctProtocol = (arg, protocols) => {
	  const firstColon = arg.indexOf(':');
	  const proto = arg.slice(0, firstColon + 1);
	  if (Object.prototype.hasOwnProperty.call(protocols, proto)) {
	    return arg
	  }

	  if (arg.substr(firstColon, 3) === '://') {
	    // If arg is given as <foo>://<bar>, then this is already a valid URL.
	    return arg
	  }

	  const firstAt = arg.indexOf('@');
	  if (firstAt > -1) {
	    if (firstAt > firstColon) {
	      // URL has the form of <foo>:<bar>@<baz>. Assume this is a git+ssh URL.
	      return `git+ssh://${arg}`
	    } else {
	      // URL has the form 'git@github.com:npm/hosted-git-info.git'.
	      return arg
	    }
	  }

	  // Correct <foo>:<bar> to <foo>://<bar>
	  return `${arg.slice(0, firstColon + 1)}//${arg.slice(firstColon + 1)}`
	};

	// attempt to correct an scp style url so that it will parse with `new URL()`
	const correctUrl = (giturl) => {
	  // ignore @ that come after the first hash since the denotes the start
	  // of a committish which can contain @ characters
	  const firstAt = lastIndexOfBefore(giturl, '@', '#');
	  // ignore colons that come after the hash since that could include colons such as:
	  // git@github.com:user/package-2#semver:^1.0.0
	  const lastColonBeforeHash = lastIndexOfBefore(giturl, ':', '#');

	  if (lastColonBeforeHash > firstAt) {
	    // the last : comes after the first @ (or there is no @)
	    // like it would in:
	    // proto://hostname.com:user/repo
	    // username@hostname.com:user/repo
	    // :password@hostname.com:user/repo
	    // username:password@hostname.com:user/repo
	    // proto://username@hostname.com:user/repo
	    // proto://:password@hostname.com:user/repo
	    // proto://username:password@hostname.com:user/repo
	    // then we replace the last : with a / to create a valid path
	    giturl = giturl.slice(0, lastColonBeforeHash) + '/' + giturl.slice(lastColonBeforeHash + 1);
	  }

	  if (lastIndexOfBefore(giturl, ':', '#') === -1 && giturl.indexOf('//') === -1) {
	    // we have no : at all
	    // as it would be in:
	    // username@hostname.com/user/repo
	    // then we prepend a protocol
	    giturl = `git+ssh://${giturl}`;
	  }

	  return giturl
	};

	parseUrl = (giturl, protocols) => {
	  const withProtocol = protocols ? correctProtocol(giturl, protocols) : giturl;
	  return safeUrl(withProtocol) || safeUrl(correctUrl(withProtocol))
	};
	return parseUrl;
}

var fromUrl;
var hasRequiredFromUrl;

function requireFromUrl () {
	if (hasRequiredFromUrl) return fromUrl;
	hasRequiredFromUrl = 1;

	const parseUrl = requireParseUrl();

	// look for github shorthand inputs, such as npm/cli
	const isGitHubShorthand = (arg) => {
	  // it cannot contain whitespace before the first #
	  // it cannot start with a / because that's probably an absolute file path
	  // but it must include a slash since repos are username/repository
	  // it cannot start with a . because that's probably a relative file path
	  // it cannot start with an @ because that's a scoped package if it passes the other tests
	  // it cannot contain a : before a # because that tells us that there's a protocol
	  // a second / may not exist before a #
	  const firstHash = arg.indexOf('#');
	  const firstSlash = arg.indexOf('/');
	  const secondSlash = arg.indexOf('/', firstSlash + 1);
	  const firstColon = arg.indexOf(':');
	  const firstSpace = /\s/.exec(arg);
	  const firstAt = arg.indexOf('@');

	  const spaceOnlyAfterHash = !firstSpace || (firstHash > -1 && firstSpace.index > firstHash);
	  const atOnlyAfterHash = firstAt === -1 || (firstHash > -1 && firstAt > firstHash);
	  const colonOnlyAfterHash = firstColon === -1 || (firstHash > -1 && firstColon > firstHash);
	  const secondSlashOnlyAfterHash = secondSlash === -1 || (firstHash > -1 && secondSlash > firstHash);
	  const hasSlash = firstSlash > 0;
	  // if a # is found, what we really want to know is that the character
	  // immediately before # is not a /
	  const doesNotEndWithSlash = firstHash > -1 ? arg[firstHash - 1] !== '/' : !arg.endsWith('/');
	  const doesNotStartWithDot = !arg.startsWith('.');

	  return spaceOnlyAfterHash && hasSlash && doesNotEndWithSlash &&
	    doesNotStartWithDot && atOnlyAfterHash && colonOnlyAfterHash &&
	    secondSlashOnlyAfterHash
	};

	fromUrl = (giturl, opts, { gitHosts, protocols }) => {
	  if (!giturl) {
	    return
	  }

	  const correctedUrl = isGitHubShorthand(giturl) ? `github:${giturl}` : giturl;
	  const parsed = parseUrl(correctedUrl, protocols);
	  if (!parsed) {
	    return
	  }

	  const gitHostShortcut = gitHosts.byShortcut[parsed.protocol];
	  const gitHostDomain = gitHosts.byDomain[parsed.hostname.startsWith('www.')
	    ? parsed.hostname.slice(4)
	    : parsed.hostname];
	  const gitHostName = gitHostShortcut || gitHostDomain;
	  if (!gitHostName) {
	    return
	  }

	  const gitHostInfo = gitHosts[gitHostShortcut || gitHostDomain];
	  let auth = null;
	  if (protocols[parsed.protocol]?.auth && (parsed.username || parsed.password)) {
	    auth = `${parsed.username}${parsed.password ? ':' + parsed.password : ''}`;
	  }

	  let committish = null;
	  let user = null;
	  let project = null;
	  let defaultRepresentation = null;

	  try {
	    if (gitHostShortcut) {
	      let pathname = parsed.pathname.startsWith('/') ? parsed.pathname.slice(1) : parsed.pathname;
	      const firstAt = pathname.indexOf('@');
	      // we ignore auth for shortcuts, so just trim it out
	      if (firstAt > -1) {
	        pathname = pathname.slice(firstAt + 1);
	      }

	      const lastSlash = pathname.lastIndexOf('/');
	      if (lastSlash > -1) {
	        user = decodeURIComponent(pathname.slice(0, lastSlash));
	        // we want nulls only, never empty strings
	        if (!user) {
	          user = null;
	        }
	        project = decodeURIComponent(pathname.slice(lastSlash + 1));
	      } else {
	        project = decodeURIComponent(pathname);
	      }

	      if (project.endsWith('.git')) {
	        project = project.slice(0, -4);
	      }

	      if (parsed.hash) {
	        committish = decodeURIComponent(parsed.hash.slice(1));
	      }

	      defaultRepresentation = 'shortcut';
	    } else {
	      if (!gitHostInfo.protocols.includes(parsed.protocol)) {
	        return
	      }

	      const segments = gitHostInfo.extract(parsed);
	      if (!segments) {
	        return
	      }

	      user = segments.user && decodeURIComponent(segments.user);
	      project = decodeURIComponent(segments.project);
	      committish = decodeURIComponent(segments.committish);
	      defaultRepresentation = protocols[parsed.protocol]?.name || parsed.protocol.slice(0, -1);
	    }
	  } catch (err) {
	    /* istanbul ignore else */
	    if (err instanceof URIError) {
	      return
	    } else {
	      throw err
	    }
	  }

	  return [gitHostName, user, auth, project, committish, defaultRepresentation, opts]
	};
	return fromUrl;
}

var lib;
var hasRequiredLib;

function requireLib () {
	if (hasRequiredLib) return lib;
	hasRequiredLib = 1;

	const { LRUCache } = /*@__PURE__*/ requireIndex_min();
	const hosts = requireHosts();
	const fromUrl = requireFromUrl();
	const parseUrl = requireParseUrl();

	const cache = new LRUCache({ max: 1000 });

	function unknownHostedUrl (url) {
	  try {
	    const {
	      protocol,
	      hostname,
	      pathname,
	    } = new URL(url);

	    if (!hostname) {
	      return null
	    }

	    const proto = /(?:git\+)http:$/.test(protocol) ? 'http:' : 'https:';
	    const path = pathname.replace(/\.git$/, '');
	    return `${proto}//${hostname}${path}`
	  } catch {
	    return null
	  }
	}

	class GitHost {
	  constructor (type, user, auth, project, committish, defaultRepresentation, opts = {}) {
	    Object.assign(this, GitHost.#gitHosts[type], {
	      type,
	      user,
	      auth,
	      project,
	      committish,
	      default: defaultRepresentation,
	      opts,
	    });
	  }

	  static #gitHosts = { byShortcut: {}, byDomain: {} }
	  static #protocols = {
	    'git+ssh:': { name: 'sshurl' },
	    'ssh:': { name: 'sshurl' },
	    'git+https:': { name: 'https', auth: true },
	    'git:': { auth: true },
	    'http:': { auth: true },
	    'https:': { auth: true },
	    'git+http:': { auth: true },
	  }

	  static addHost (name, host) {
	    GitHost.#gitHosts[name] = host;
	    GitHost.#gitHosts.byDomain[host.domain] = name;
	    GitHost.#gitHosts.byShortcut[`${name}:`] = name;
	    GitHost.#protocols[`${name}:`] = { name };
	  }

	  static fromUrl (giturl, opts) {
	    if (typeof giturl !== 'string') {
	      return
	    }

	    const key = giturl + JSON.stringify(opts || {});

	    if (!cache.has(key)) {
	      const hostArgs = fromUrl(giturl, opts, {
	        gitHosts: GitHost.#gitHosts,
	        protocols: GitHost.#protocols,
	      });
	      cache.set(key, hostArgs ? new GitHost(...hostArgs) : undefined);
	    }

	    return cache.get(key)
	  }

	  static fromManifest (manifest, opts = {}) {
	    if (!manifest || typeof manifest !== 'object') {
	      return
	    }

	    const r = manifest.repository;
	    // TODO: look into also checking the `bugs`/`homepage` URLs

	    const rurl = r && (
	      typeof r === 'string'
	        ? r
	        : typeof r === 'object' && typeof r.url === 'string'
	          ? r.url
	          : null
	    );

	    if (!rurl) {
	      throw new Error('no repository')
	    }

	    const info = (rurl && GitHost.fromUrl(rurl.replace(/^git\+/, ''), opts)) || null;
	    if (info) {
	      return info
	    }
	    const unk = unknownHostedUrl(rurl);
	    return GitHost.fromUrl(unk, opts) || unk
	  }

	  static parseUrl (url) {
	    return parseUrl(url)
	  }

	  #fill (template, opts) {
	    if (typeof template !== 'function') {
	      return null
	    }

	    const options = { ...this, ...this.opts, ...opts };

	    // the path should always be set so we don't end up with 'undefined' in urls
	    if (!options.path) {
	      options.path = '';
	    }

	    // template functions will insert the leading slash themselves
	    if (options.path.startsWith('/')) {
	      options.path = options.path.slice(1);
	    }

	    if (options.noCommittish) {
	      options.committish = null;
	    }

	    const result = template(options);
	    return options.noGitPlus && result.startsWith('git+') ? result.slice(4) : result
	  }

	  hash () {
	    return this.committish ? `#${this.committish}` : ''
	  }

	  ssh (opts) {
	    return this.#fill(this.sshtemplate, opts)
	  }

	  sshurl (opts) {
	    return this.#fill(this.sshurltemplate, opts)
	  }

	  browse (path, ...args) {
	    // not a string, treat path as opts
	    if (typeof path !== 'string') {
	      return this.#fill(this.browsetemplate, path)
	    }

	    if (typeof args[0] !== 'string') {
	      return this.#fill(this.browsetreetemplate, { ...args[0], path })
	    }

	    return this.#fill(this.browsetreetemplate, { ...args[1], fragment: args[0], path })
	  }

	  // If the path is known to be a file, then browseFile should be used. For some hosts
	  // the url is the same as browse, but for others like GitHub a file can use both `/tree/`
	  // and `/blob/` in the path. When using a default committish of `HEAD` then the `/tree/`
	  // path will redirect to a specific commit. Using the `/blob/` path avoids this and
	  // does not redirect to a different commit.
	  browseFile (path, ...args) {
	    if (typeof args[0] !== 'string') {
	      return this.#fill(this.browseblobtemplate, { ...args[0], path })
	    }

	    return this.#fill(this.browseblobtemplate, { ...args[1], fragment: args[0], path })
	  }

	  docs (opts) {
	    return this.#fill(this.docstemplate, opts)
	  }

	  bugs (opts) {
	    return this.#fill(this.bugstemplate, opts)
	  }

	  https (opts) {
	    return this.#fill(this.httpstemplate, opts)
	  }

	  git (opts) {
	    return this.#fill(this.gittemplate, opts)
	  }

	  shortcut (opts) {
	    return this.#fill(this.shortcuttemplate, opts)
	  }

	  path (opts) {
	    return this.#fill(this.pathtemplate, opts)
	  }

	  tarball (opts) {
	    return this.#fill(this.tarballtemplate, { ...opts, noCommittish: false })
	  }

	  file (path, opts) {
	    return this.#fill(this.filetemplate, { ...opts, path })
	  }

	  edit (path, opts) {
	    return this.#fill(this.edittemplate, { ...opts, path })
	  }

	  getDefaultRepresentation () {
	    return this.default
	  }

	  toString (opts) {
	    if (this.default && typeof this[this.default] === 'function') {
	      return this[this.default](opts)
	    }

	    return this.sshurl(opts)
	  }
	}

	for (const [name, host] of Object.entries(hosts)) {
	  GitHost.addHost(name, host);
	}

	lib = GitHost;
	return lib;
}

var libExports = requireLib();
var hostedGitInfo = /*@__PURE__*/getDefaultExportFromCjs(libExports);

// The files `tutorial-amplifier init` writes, from the layout it detected (pure). YAML values are
// written with js-yaml (never by hand), comments around them are ours.
/**
 * `owner/name` of a GitHub repository from a package.json `repository` field, in any form npm
 * accepts (`owner/name`, `github:owner/name`, `git+https://github.com/owner/name.git`,
 * `git@github.com:owner/name.git`, `{ "url": … }`), read with npm's own `hosted-git-info`.
 */
function githubRepository(repository) {
    const raw = typeof repository === 'string'
        ? repository
        : repository && typeof repository === 'object' && 'url' in repository
            ? String(repository.url)
            : undefined;
    const info = raw === undefined ? undefined : hostedGitInfo.fromUrl(raw.trim());
    return info?.type === 'github' && info.user && info.project
        ? `${info.user}/${info.project}`
        : undefined;
}
/**
 * The action's `uses:` reference without the version: the package's own repository (package.json
 * `repository`), which the README's examples and `npm run release` (script/release) name too.
 */
const ACTION_REF = githubRepository(pkg.repository) ?? 'OWNER/tutorial-amplifier';
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
    const sentence = summarySentence(counts, result.tutorials.length, claimCount(result.registry));
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
    // a Hugo site's chapters are in content/, not docs/: name the folder the second chapter is in
    const siteFolder = t.chapters[1] ? rel(t.chapters[1].file).split('/')[0] : undefined;
    const order = t.order === 'docs' && siteFolder && siteFolder !== 'docs'
        ? `README.md, then the chapters in ${siteFolder}/`
        : ORDER_TEXT[t.order];
    lines.push(`  order:  ${order}`);
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
        const cache = cacheOf(values, ws, cwd);
        const cacheOpt = cache ? { cache } : {};
        // a cache folder that could not take the entries is said once, after the run
        const keep = () => {
            const warning = cache?.close();
            if (warning)
                err(`tutorial-amplifier: warning: ${printable(warning)}\n`);
        };
        // tutorials done / total on stderr, for check and generate runs over a second
        const mode = command === 'check' || command === 'generate'
            ? progressMode({
                env,
                stderrIsTTY: io.stderrIsTTY ?? false,
                quiet,
                ...(outputFile !== undefined ? { outputFile } : {})
            })
            : undefined;
        const progress = mode
            ? progressLine({ write: err, now: io.now ?? (() => performance.now()), ...mode })
            : NO_PROGRESS;
        const tracked = (f) => {
            try {
                return f();
            }
            finally {
                progress.end();
            }
        };
        const progressOpt = mode ? { progress: progress.tick } : {};
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
            const { result } = tracked(() => runCheckWithStale({ ws, config, strict, selection: sel, ...progressOpt, ...cacheOpt }));
            keep();
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
        const run = tracked(() => runGenerate({
            ws,
            config,
            strict,
            selection,
            writes: command === 'generate',
            ...progressOpt,
            ...cacheOpt
        }));
        keep();
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
/** The parse cache of `--cache` / `--cache-location DIR` (a folder inside the workspace). */
function cacheOf(values, ws, cwd) {
    const location = str(values['cache-location']);
    if (values.cache !== true && location === undefined)
        return undefined;
    const dir = location === undefined
        ? path.join(ws.root, DEFAULT_CACHE_DIR)
        : resolveInside(ws.root, cwd, location, 'cache');
    return openCache(dir, { display: displayPath(dir, cwd) });
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
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true
});
//# sourceMappingURL=cli.js.map
