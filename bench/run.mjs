// `npm run bench`: generates synthetic corpora (bench/corpus.mjs) and measures the bundled tool
// (dist/) side by side with its baselines, in one run, printing ratios and writing
// bench/out/results.json. Every measurement spawns a fresh Node process (as a user or a runner
// would run it) preloaded with bench/probe.mjs, which reports peak RSS and CPU time; runs of the
// things compared are interleaved (A, B, A, B, …) and medians taken.
//
//   node bench/run.mjs [--quick] [--reps N] [--dist DIR] [--out DIR] [--only a,b,c,d,e,cold] [-v]
//
// --quick: a small corpus and fewer repetitions (the smoke test uses it).
import { spawn } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import yaml from 'js-yaml'
import { generateCorpus } from './corpus.mjs'
import { startServer } from './server.mjs'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const ROOT = path.resolve(HERE, '..')
const PROBE = path.join(HERE, 'probe.mjs')

const TARGETS = {
  generateVsParse: 1.25,
  actionScale: 1.5,
  checkVsMarkdownlint: 0.5,
  peakRssMb: 400,
  slopeRatio: 1.25,
  requestsPerRun: 3
}

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    reps: { type: 'string' },
    dist: { type: 'string', default: path.join(ROOT, 'dist') },
    out: { type: 'string', default: path.join(HERE, 'out') },
    only: { type: 'string' },
    verbose: { type: 'boolean', short: 'v', default: false },
    help: { type: 'boolean', short: 'h', default: false }
  }
})
if (args.help) {
  process.stdout.write(
    'node bench/run.mjs [--quick] [--reps N] [--dist DIR] [--out DIR] [--only a,b,c,d,e,cold] [--verbose]\n'
  )
  process.exit(0)
}

const QUICK = args.quick
const VERBOSE = args.verbose
const SIZE = QUICK
  ? { tutorials: 24, megabytes: 1, claims: 400 }
  : { tutorials: 500, megabytes: 20, claims: 5000 }
const REPS = Number(args.reps ?? (QUICK ? 2 : 3))
const FAST_REPS = args.reps ? REPS : QUICK ? 3 : 7 // for runs of about a second
const DIST = path.resolve(args.dist)
const OUT = path.resolve(args.out)
const only = args.only ? new Set(args.only.split(',')) : undefined
const want = (k) => !only || only.has(k)

for (const f of ['cli.js', 'index.js']) {
  if (!existsSync(path.join(DIST, f))) {
    process.stderr.write(
      `bench: ${path.join(DIST, f)} is missing; build it first (npm run package)\n`
    )
    process.exit(2)
  }
}

// ---------------------------------------------------------------------------------------------
// Measuring one process

let seq = 0
/**
 * Runs `node [--import probe] ...argv` in `cwd` and resolves with wall time (ms), exit code, peak
 * RSS (MB) and CPU time (ms). Exit codes 0 and 1 (findings) are fine; anything else throws.
 */
function measure(argv, { cwd = ROOT, env = {}, ok = [0, 1], probe = true } = {}) {
  const probeFile = path.join(OUT, `.probe-${process.pid}-${seq++}.json`)
  const nodeArgs = probe ? ['--import', PROBE, ...argv] : argv
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint()
    const child = spawn(process.execPath, nodeArgs, {
      cwd,
      env: { ...process.env, ...env, ...(probe ? { BENCH_PROBE_FILE: probeFile } : {}) },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6
      if (!ok.includes(code)) {
        reject(new Error(`node ${argv.join(' ')} exited ${code}\n${stderr.slice(0, 2000)}`))
        return
      }
      let p = {}
      if (probe && existsSync(probeFile)) {
        p = JSON.parse(readFileSync(probeFile, 'utf8'))
        rmSync(probeFile)
      }
      resolve({
        ms,
        code,
        stdout,
        stderr,
        rssMb: p.maxRssKb !== undefined ? p.maxRssKb / 1024 : undefined,
        cpuMs: p.userMs !== undefined ? p.userMs + p.systemMs : undefined
      })
    })
  })
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
const round = (x, d = 2) => (x === undefined ? undefined : Math.round(x * 10 ** d) / 10 ** d)

/**
 * Interleaves the named runs `reps` times (A, B, C, A, B, C, …) and returns per name the median
 * wall time, median CPU time, max peak RSS and every sample.
 */
async function interleave(runs, reps, before = async () => {}) {
  const samples = Object.fromEntries(Object.keys(runs).map((k) => [k, []]))
  for (let i = 0; i < reps; i++) {
    for (const [name, run] of Object.entries(runs)) {
      await before(name)
      const s = await run()
      samples[name].push(s)
      if (VERBOSE)
        log(`    ${name}: ${round(s.ms, 1)} ms${s.rssMb ? `, ${round(s.rssMb, 1)} MB` : ''}`)
    }
  }
  const out = {}
  for (const [name, ss] of Object.entries(samples)) {
    out[name] = {
      medianMs: round(median(ss.map((s) => s.ms)), 1),
      medianCpuMs: ss[0].cpuMs === undefined ? undefined : round(median(ss.map((s) => s.cpuMs)), 1),
      peakRssMb:
        ss[0].rssMb === undefined ? undefined : round(Math.max(...ss.map((s) => s.rssMb)), 1),
      samplesMs: ss.map((s) => round(s.ms, 1))
    }
  }
  return out
}

const log = (s) => process.stdout.write(`${s}\n`)
const load = () => os.loadavg().map((x) => round(x, 2))

// ---------------------------------------------------------------------------------------------
// Corpora

mkdirSync(OUT, { recursive: true })
const results = {
  date: new Date().toISOString(),
  quick: QUICK,
  reps: REPS,
  machine: {
    cpus: os.availableParallelism(),
    model: os.cpus()[0]?.model,
    memoryGb: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAtStart: load()
  },
  dist: path.relative(ROOT, DIST) || '.',
  corpus: {},
  figures: {},
  targets: TARGETS
}

const corpusDir = (name) => path.join(OUT, QUICK ? `quick-${name}` : name)
const t0 = Date.now()
log(`bench: generating corpora (${QUICK ? 'quick' : 'full'}) in ${path.relative(ROOT, OUT)}/`)
const full = generateCorpus(corpusDir('corpus-100'), SIZE)
const mb = (bytes) => bytes / 1024 / 1024
results.corpus = {
  tutorials: full.tutorialDirs.length,
  files: full.markdownFiles.length + full.registryFiles.length,
  tutorialMb: round(mb(full.tutorialBytes)),
  registryMb: round(mb(full.registryBytes)),
  claims: full.claims,
  generateSeconds: round((Date.now() - t0) / 1000, 1)
}
log(
  `  ${full.tutorialDirs.length} tutorials, ${round(mb(full.tutorialBytes), 1)} MB; ${full.claims} claims, ${round(mb(full.registryBytes), 1)} MB registry`
)

const CLI = path.join(DIST, 'cli.js')
const ACTION = path.join(DIST, 'index.js')
const clearDrafts = (root) =>
  rmSync(path.join(root, 'publication-drafts'), { recursive: true, force: true })

const generateRun = (root, jobs) => () =>
  measure([CLI, 'generate', '--format', 'json'], {
    cwd: root,
    env: jobs ? { TUTORIAL_AMPLIFIER_JOBS: String(jobs) } : {}
  })
const bareRun = (root) => () => measure([path.join(HERE, 'bare-parse.mjs'), root], { cwd: root })

// ---------------------------------------------------------------------------------------------
// (a) generate vs bare remark-parse, and (d) peak RSS on the full corpus

if (want('a') || want('d')) {
  log(`(a) generate vs bare remark-parse, ${REPS} interleaved repetitions…`)
  const before = (name) => (name.startsWith('generate') ? clearDrafts(full.root) : undefined)
  const r = await interleave(
    {
      generate: generateRun(full.root),
      'generate --jobs 1': generateRun(full.root, 1),
      'bare remark-parse': bareRun(full.root)
    },
    REPS,
    before
  )
  const ratio = r.generate.medianMs / r['bare remark-parse'].medianMs
  results.figures.generateVsParse = {
    how: 'node dist/cli.js generate --format json (a fresh process, drafts written) vs node bench/bare-parse.mjs (reads the same .md files and calls unified().use(remarkParse).parse() on each)',
    runs: r,
    ratio: round(ratio),
    ratioOneThread: round(r['generate --jobs 1'].medianMs / r['bare remark-parse'].medianMs),
    ratioCpu: round(r.generate.medianCpuMs / r['bare remark-parse'].medianCpuMs),
    parallelSpeedup: round(r['generate --jobs 1'].medianMs / r.generate.medianMs),
    target: TARGETS.generateVsParse,
    load: load()
  }
  log(
    `  generate ${r.generate.medianMs} ms (1 thread ${r['generate --jobs 1'].medianMs} ms), bare parse ${r['bare remark-parse'].medianMs} ms → ${round(ratio)}× (target ≤ ${TARGETS.generateVsParse}×)`
  )
  results.figures.peakRss = {
    corpusMb: round(mb(full.tutorialBytes + full.registryBytes), 1),
    generateMb: r.generate.peakRssMb,
    generateOneThreadMb: r['generate --jobs 1'].peakRssMb,
    bareParseMb: r['bare remark-parse'].peakRssMb,
    target: TARGETS.peakRssMb
  }
  log(
    `(d) peak RSS: generate ${r.generate.peakRssMb} MB (1 thread ${r['generate --jobs 1'].peakRssMb} MB), bare parse ${r['bare remark-parse'].peakRssMb} MB (target ≤ ${TARGETS.peakRssMb} MB)`
  )
}

// ---------------------------------------------------------------------------------------------
// (d) linear in corpus size: the same generator at 25 % and 50 % (same size per tutorial)

if (want('d')) {
  log('(d) scaling at 25/50/100 %…')
  const points = []
  for (const pct of [25, 50, 100]) {
    const c =
      pct === 100
        ? full
        : generateCorpus(corpusDir(`corpus-${pct}`), {
            ...SIZE,
            tutorials: Math.round((SIZE.tutorials * pct) / 100),
            megabytes: (SIZE.megabytes * pct) / 100
          })
    const r = await interleave({ generate: generateRun(c.root) }, REPS, () => clearDrafts(c.root))
    points.push({
      pct,
      tutorials: c.tutorialDirs.length,
      tutorialMb: round(mb(c.tutorialBytes), 2),
      medianMs: r.generate.medianMs,
      medianCpuMs: r.generate.medianCpuMs,
      peakRssMb: r.generate.peakRssMb
    })
    log(
      `  ${pct}%: ${round(mb(c.tutorialBytes), 1)} MB → ${r.generate.medianMs} ms, ${r.generate.peakRssMb} MB RSS`
    )
  }
  // marginal cost per MB of tutorials: second half vs first quarter step; 1.0 is perfectly linear
  const slope = (a, b, key) => (b[key] - a[key]) / (b.tutorialMb - a.tutorialMb)
  const [p25, p50, p100] = points
  results.figures.scaling = {
    points,
    msPerMb25to50: round(slope(p25, p50, 'medianMs'), 1),
    msPerMb50to100: round(slope(p50, p100, 'medianMs'), 1),
    slopeRatio: round(slope(p50, p100, 'medianMs') / slope(p25, p50, 'medianMs')),
    cpuSlopeRatio: round(slope(p50, p100, 'medianCpuMs') / slope(p25, p50, 'medianCpuMs')),
    target: TARGETS.slopeRatio
  }
  log(
    `  per-MB slope 50→100 % / 25→50 %: ${results.figures.scaling.slopeRatio} (CPU ${results.figures.scaling.cpuSlopeRatio}; 1.0 = linear)`
  )
}

// ---------------------------------------------------------------------------------------------
// (b) the action on a one-tutorial PR: 500-tutorial repo vs 1-tutorial repo; (e) REST requests

function actionDefaults() {
  const doc = yaml.load(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'))
  const out = {}
  for (const [name, def] of Object.entries(doc.inputs ?? {})) {
    const v = def.default ?? ''
    out[name] = v === '${{ github.token }}' ? 'ghs_benchinstallationtoken00000000000000' : String(v)
  }
  return out
}

function pullRequestEvent(dir) {
  const payload = JSON.parse(
    readFileSync(path.join(ROOT, '__fixtures__/events/pull_request.opened.json'), 'utf8')
  )
  const file = path.join(dir, 'event.json')
  writeFileSync(file, JSON.stringify(payload))
  return { file, number: payload.pull_request?.number ?? payload.number }
}

/** Runs dist/index.js as a runner would, against `server`, in workspace `ws`. */
function actionRun(ws, server, event) {
  const files = mkdtempSync(path.join(os.tmpdir(), 'ta-bench-runner-'))
  const outputFile = path.join(files, 'output')
  const summaryFile = path.join(files, 'summary')
  const env = {
    HOME: files,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event.file,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_WORKSPACE: ws,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_API_URL: server.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: files
  }
  for (const [name, value] of Object.entries(actionDefaults())) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  return async () => {
    writeFileSync(outputFile, '')
    writeFileSync(summaryFile, '')
    server.reset()
    const r = await measure([ACTION], { cwd: ws, env })
    r.requests = server.log.map(
      (l) => `${l.method} ${l.path.replace(/\/\d+(?=\/|$)/g, '/{n}')} ${l.status}`
    )
    if (!/::|drafts/.test(r.stdout) && r.code !== 0)
      throw new Error(`action failed:\n${r.stdout}\n${r.stderr}`)
    return r
  }
}

/** The PR changes one chapter of the first tutorial. */
function prFiles(corpus) {
  const dir = corpus.tutorialDirs[0]
  const chapter = corpus.markdownFiles.find((f) => f.startsWith(dir) && /\/0[2-9]-/.test(f))
  return [
    {
      filename: chapter,
      status: 'modified',
      patch: '@@ -3,1 +3,1 @@\n-The old sentence.\n+The new sentence.'
    }
  ]
}

if (want('b') || want('e')) {
  log(`(b) the action on a one-tutorial PR, ${REPS} interleaved repetitions…`)
  const one = generateCorpus(corpusDir('repo-1'), {
    ...SIZE,
    tutorials: 1,
    megabytes: SIZE.megabytes / SIZE.tutorials
  })
  for (const c of [full, one]) clearDrafts(c.root)
  const eventDir = mkdtempSync(path.join(os.tmpdir(), 'ta-bench-event-'))
  const event = pullRequestEvent(eventDir)
  const bigServer = await startServer({ files: prFiles(full) })
  const smallServer = await startServer({ files: prFiles(one) })
  try {
    const big = actionRun(full.root, bigServer, event)
    const small = actionRun(one.root, smallServer, event)
    const samples = { big: [], small: [] }
    const runs = {
      [`${full.tutorialDirs.length}-tutorial repo`]: async () => {
        const r = await big()
        samples.big.push(r)
        return r
      },
      '1-tutorial repo': async () => {
        const r = await small()
        samples.small.push(r)
        return r
      }
    }
    const r = await interleave(runs, REPS)
    const [bigName, smallName] = Object.keys(runs)
    results.figures.actionScale = {
      how: 'node dist/index.js with a pull_request payload and runner env, against a loopback API (bench/server.mjs); the PR changes one chapter of one tutorial; same registry in both repos',
      runs: r,
      ratio: round(r[bigName].medianMs / r[smallName].medianMs),
      target: TARGETS.actionScale,
      load: load()
    }
    log(
      `  ${bigName} ${r[bigName].medianMs} ms vs ${smallName} ${r[smallName].medianMs} ms → ${results.figures.actionScale.ratio}× (target ≤ ${TARGETS.actionScale}×)`
    )

    // (e) requests: the first run creates the comment, the later ones update it
    const first = samples.big[0].requests
    const later = samples.big.at(-1).requests
    // and with 250 earlier comments by others (3 pages of 100) the comment search pages through
    const paged = await startServer({
      files: prFiles(full),
      comments: Array.from({ length: 250 }, (_, i) => ({
        body: `an unrelated comment ${i}`,
        user: { login: `someone-${i}`, id: 9000 + i, type: 'User' }
      }))
    })
    let pagedRequests
    try {
      pagedRequests = (await actionRun(one.root, paged, event)()).requests
    } finally {
      await paged.close()
    }
    const commentPages = pagedRequests.filter(
      (q) => q.includes('/issues/{n}/comments') && q.startsWith('GET')
    ).length
    results.figures.requests = {
      firstRun: { count: first.length, requests: first },
      laterRun: { count: later.length, requests: later },
      with250Comments: { count: pagedRequests.length, commentPages, requests: pagedRequests },
      target: `≤ ${TARGETS.requestsPerRun} plus one per extra page of comments`
    }
    log(
      `(e) REST requests per PR run: first ${first.length}, later ${later.length}, with 250 comments ${pagedRequests.length} (${commentPages} comment pages)`
    )
  } finally {
    await bigServer.close()
    await smallServer.close()
    rmSync(eventDir, { recursive: true, force: true })
  }
}

// ---------------------------------------------------------------------------------------------
// (c) check on the example vs markdownlint-cli2 on the same files

if (want('c')) {
  log(`(c) check on examples/ vs markdownlint-cli2, ${FAST_REPS} interleaved repetitions…`)
  const ex = path.join(OUT, 'example')
  rmSync(ex, { recursive: true, force: true })
  cpSync(path.join(ROOT, 'examples'), path.join(ex, 'examples'), { recursive: true })
  cpSync(
    path.join(ROOT, '.github/tutorial-amplifier.yml'),
    path.join(ex, '.github/tutorial-amplifier.yml')
  )
  const lint = path.join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs')
  const r = await interleave(
    {
      check: () => measure([CLI, 'check'], { cwd: ex }),
      'markdownlint-cli2': () => measure([lint, 'examples/**/*.md'], { cwd: ex })
    },
    FAST_REPS
  )
  results.figures.checkVsMarkdownlint = {
    how: 'node dist/cli.js check vs node markdownlint-cli2-bin.mjs "examples/**/*.md", both in a copy of examples/ with the repository config',
    runs: r,
    ratio: round(r.check.medianMs / r['markdownlint-cli2'].medianMs),
    target: TARGETS.checkVsMarkdownlint,
    load: load()
  }
  log(
    `  check ${r.check.medianMs} ms vs markdownlint-cli2 ${r['markdownlint-cli2'].medianMs} ms → ${results.figures.checkVsMarkdownlint.ratio}× (target ≤ ${TARGETS.checkVsMarkdownlint}×)`
  )
}

// ---------------------------------------------------------------------------------------------
// Cold start: the bundles against bare Node, and what their heaviest imports cost on their own

if (want('cold')) {
  log(`cold start, ${FAST_REPS} interleaved repetitions…`)
  const empty = path.join(OUT, 'empty.mjs')
  writeFileSync(empty, '')
  const importOnly = (spec) => () =>
    measure(['--input-type=module', '-e', `await import(${JSON.stringify(spec)})`], {
      probe: false
    })
  const r = await interleave(
    {
      'node (empty script)': () => measure([empty], { probe: false }),
      'dist/cli.js --version': () => measure([CLI, '--version'], { probe: false }),
      'dist/index.js (no event: fails fast)': () =>
        measure([ACTION], {
          probe: false,
          ok: [0, 1],
          env: { GITHUB_EVENT_PATH: '', GITHUB_REPOSITORY: '' }
        }),
      'import unified + remark-parse + remark-gfm + remark-frontmatter': () =>
        measure(
          [
            '--input-type=module',
            '-e',
            "await Promise.all(['unified','remark-parse','remark-gfm','remark-frontmatter'].map((m) => import(m)))"
          ],
          { probe: false }
        ),
      'import js-yaml': importOnly('js-yaml'),
      'import ajv': importOnly('ajv'),
      'import @actions/core': importOnly('@actions/core'),
      'import @octokit/rest + retry + throttling': () =>
        measure(
          [
            '--input-type=module',
            '-e',
            "await Promise.all(['@octokit/rest','@octokit/plugin-retry','@octokit/plugin-throttling'].map((m) => import(m)))"
          ],
          { probe: false }
        )
    },
    FAST_REPS
  )
  const base = r['node (empty script)'].medianMs
  results.figures.coldStart = {
    runs: r,
    overNodeMs: Object.fromEntries(
      Object.entries(r).map(([k, v]) => [k, round(v.medianMs - base, 1)])
    )
  }
  for (const [k, v] of Object.entries(r))
    log(`  ${k}: ${v.medianMs} ms (+${round(v.medianMs - base, 1)} over node)`)
}

// ---------------------------------------------------------------------------------------------

results.machine.loadAtEnd = load()
results.seconds = round((Date.now() - t0) / 1000, 1)
const f = results.figures
results.summary = [
  f.generateVsParse && {
    figure: '(a) generate ÷ bare remark-parse',
    value: f.generateVsParse.ratio,
    target: `≤ ${TARGETS.generateVsParse}`
  },
  f.actionScale && {
    figure: `(b) action, ${results.corpus.tutorials}- ÷ 1-tutorial repo`,
    value: f.actionScale.ratio,
    target: `≤ ${TARGETS.actionScale}`
  },
  f.checkVsMarkdownlint && {
    figure: '(c) check ÷ markdownlint-cli2',
    value: f.checkVsMarkdownlint.ratio,
    target: `≤ ${TARGETS.checkVsMarkdownlint}`
  },
  f.peakRss && {
    figure: '(d) peak RSS, MB',
    value: f.peakRss.generateMb,
    target: `≤ ${TARGETS.peakRssMb}`
  },
  f.scaling && {
    // CPU time: wall time on a shared machine swings with its load more than with corpus size
    figure: '(d) per-MB CPU slope, 50→100 % ÷ 25→50 %',
    value: f.scaling.cpuSlopeRatio,
    target: `≈ 1 (≤ ${TARGETS.slopeRatio})`
  },
  f.requests && {
    figure: '(e) REST requests: first / unchanged / 3 comment pages',
    value: `${f.requests.firstRun.count} / ${f.requests.laterRun.count} / ${f.requests.with250Comments.count}`,
    target: `≤ ${TARGETS.requestsPerRun} + extra comment pages`
  }
].filter(Boolean)
const file = path.join(OUT, QUICK ? 'results-quick.json' : 'results.json')
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
log('')
for (const s of results.summary)
  log(`${s.figure.padEnd(48)} ${String(s.value).padStart(8)}   target ${s.target}`)
log(
  `\nload average ${results.machine.loadAtStart.join(' ')} → ${results.machine.loadAtEnd.join(' ')} on ${results.machine.cpus} CPUs; wrote ${path.relative(ROOT, file)} (${results.seconds} s)`
)
