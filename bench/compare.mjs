// Same output before and after: runs two builds of the CLI (a base dist/ and the current one) on
// the same workspaces and compares, byte for byte, what each prints (check and generate, text and
// JSON, comment) and every file it writes. Used to prove a speed change changes no output.
//
//   node bench/compare.mjs --base DIR [--dist DIR] [--quick] [--keep] [--no-corpus]
//
// Workspaces: a copy of examples/ with the repository config, the test fixture tutorials, and a
// bench corpus (bench/corpus.mjs; --quick: 24 tutorials, else 120 tutorials and 5,000 claims).
// The action (dist/index.js) runs on pull requests against the loopback API (bench/server.mjs):
// one changing a chapter and one changing a claim's registry entry, on the example and the bench
// corpus; its outputs, annotations, job summary and sticky comment are compared.
// Exit code 0 when every output is identical, 1 when any differs (the first differences printed).
import { spawn, spawnSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { generateCorpus } from './corpus.mjs'
import { pullRequestEnv, pullRequestEvent } from './runner.mjs'
import { startServer } from './server.mjs'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const ROOT = path.resolve(HERE, '..')
const { values: args } = parseArgs({
  options: {
    base: { type: 'string' },
    dist: { type: 'string', default: path.join(ROOT, 'dist') },
    quick: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'no-corpus': { type: 'boolean', default: false }
  }
})
if (!args.base) {
  process.stderr.write('node bench/compare.mjs --base DIR [--dist DIR] [--quick] [--keep]\n')
  process.exit(2)
}
const builds = { base: path.resolve(args.base), new: path.resolve(args.dist) }
const tmp = mkdtempSync(path.join(os.tmpdir(), 'ta-compare-'))

/** Every file under `dir` (relative path → content). */
function snapshot(dir) {
  const out = new Map()
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const abs = path.join(d, name)
      if (statSync(abs).isDirectory()) walk(abs)
      else out.set(path.relative(dir, abs), readFileSync(abs, 'utf8'))
    }
  }
  walk(dir)
  return out
}

const HEAVY = [
  ['check', '--format', 'json'],
  ['generate', '--format', 'json'],
  ['generate', '--jobs-1'],
  ['generate', '--jobs-2']
]
const RUNS = [
  ['check'],
  ['check', '--format', 'json'],
  ['check', '--strict', '--format', 'json'],
  ['generate'],
  ['generate', '--format', 'json'],
  ['comment'],
  ['generate', '--jobs-1'], // the single-thread path (TUTORIAL_AMPLIFIER_JOBS=1)
  ['generate', '--jobs-2'] // the worker-thread path, forced (TUTORIAL_AMPLIFIER_JOBS=2)
]

// name → { source folder, runs (argv lists, each run in a fresh copy of the workspace) }
const workspaces = []
{
  const ex = path.join(tmp, 'src-example')
  cpSync(path.join(ROOT, 'examples'), path.join(ex, 'examples'), { recursive: true })
  cpSync(
    path.join(ROOT, '.github/tutorial-amplifier.yml'),
    path.join(ex, '.github/tutorial-amplifier.yml')
  )
  workspaces.push({ name: 'examples', dir: ex })
  const fx = path.join(tmp, 'src-fixtures')
  cpSync(path.join(ROOT, '__tests__/fixtures/tutorials'), fx, { recursive: true })
  workspaces.push({ name: 'fixtures/wavelet', dir: fx, extra: ['--config', 'wavelet.config.yml'] })
  const layouts = path.join(tmp, 'src-layouts')
  cpSync(path.join(ROOT, '__tests__/tutorial/fixtures'), path.join(layouts, 'tutorials'), {
    recursive: true
  })
  cpSync(path.join(ROOT, 'examples/claims'), path.join(layouts, 'claims'), { recursive: true })
  workspaces.push({ name: 'layouts', dir: layouts })
}
if (!args['no-corpus']) {
  const corpus = path.join(tmp, 'src-corpus')
  generateCorpus(
    corpus,
    args.quick
      ? { tutorials: 24, megabytes: 1, claims: 400 }
      : { tutorials: 120, megabytes: 5, claims: 5000 }
  )
  workspaces.push({ name: 'bench corpus', dir: corpus, runs: HEAVY })
}

function run(build, ws, argv) {
  const dir = path.join(tmp, `${build}-${ws.name.replace(/\W/g, '_')}-${argv.join('_')}`)
  rmSync(dir, { recursive: true, force: true })
  cpSync(ws.dir, dir, { recursive: true })
  const jobs = argv.includes('--jobs-1') ? '1' : argv.includes('--jobs-2') ? '2' : undefined
  const cli = argv.filter((a) => a !== '--jobs-1' && a !== '--jobs-2')
  const r = spawnSync(
    process.execPath,
    [path.join(builds[build], 'cli.js'), ...cli, ...(ws.extra ?? [])],
    {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      env: { ...process.env, ...(jobs ? { TUTORIAL_AMPLIFIER_JOBS: jobs } : {}) }
    }
  )
  const files = snapshot(dir)
  if (!args.keep) rmSync(dir, { recursive: true, force: true })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, files }
}

function firstDiff(a, b) {
  let i = 0
  while (i < a.length && a[i] === b[i]) i++
  const line = a.slice(0, i).split('\n').length
  const show = (s) => JSON.stringify(s.slice(Math.max(0, i - 80), i + 120))
  return `at line ${line}:\n      base: ${show(a)}\n      new:  ${show(b)}`
}

/** The action on a pull request changing `prFiles` in a fresh copy of `ws`: what it reports. */
async function actionRun(build, ws, pr) {
  const dir = path.join(tmp, `${build}-${ws.name.replace(/\W/g, '_')}-pr-${pr.name}`)
  rmSync(dir, { recursive: true, force: true })
  cpSync(ws.dir, dir, { recursive: true })
  const runner = path.join(tmp, `${build}-runner`)
  rmSync(runner, { recursive: true, force: true })
  mkdirSync(runner, { recursive: true })
  const event = pullRequestEvent(runner)
  const server = await startServer({ files: pr.files })
  const env = {
    PATH: process.env.PATH,
    ...pullRequestEnv({ workspace: dir, runner, eventFile: event.file, apiUrl: server.url })
  }
  writeFileSync(env.GITHUB_STEP_SUMMARY, '')
  writeFileSync(env.GITHUB_OUTPUT, '')
  try {
    const r = await new Promise((resolve) => {
      const child = spawn(process.execPath, [path.join(builds[build], 'index.js')], {
        cwd: dir,
        env
      })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (d) => (stdout += d))
      child.stderr.on('data', (d) => (stderr += d))
      child.on('close', (status) => resolve({ status, stdout, stderr }))
    })
    // the GITHUB_OUTPUT file separates values with random delimiters: keep names and values
    const output = readFileSync(env.GITHUB_OUTPUT, 'utf8').replace(
      /ghadelimiter_[0-9a-f-]+/g,
      'EOF'
    )
    const files = new Map([
      ['(job summary)', readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8')],
      ['(outputs)', output],
      ['(comment)', server.state.comments.map((c) => c.body).join('\n----\n')],
      ...snapshot(dir)
    ])
    return { ...r, files }
  } finally {
    await server.close()
    if (!args.keep) rmSync(dir, { recursive: true, force: true })
  }
}

/** Pull requests on a workspace: one chapter of its first tutorial, and one claim's entry. */
function pullRequests(ws) {
  const all = [...snapshot(ws.dir).keys()].sort()
  const chapter = all.find((f) => /\/0[2-9]-[^/]*\.md$/.test(f) && !/claims\//.test(f))
  const registry = all.find((f) => /claims\/(?!readme)[^/]*\.md$/i.test(f))
  const out = []
  if (chapter)
    out.push({
      name: 'chapter',
      files: [
        {
          filename: chapter,
          status: 'modified',
          patch: '@@ -3,1 +3,1 @@\n-The old sentence.\n+The new sentence.'
        }
      ]
    })
  if (registry) {
    // a change on the line after the file's first claim heading
    const lines = readFileSync(path.join(ws.dir, registry), 'utf8').split('\n')
    const at = lines.findIndex((l) => /^## /.test(l)) + 2
    out.push({
      name: 'registry',
      files: [
        {
          filename: registry,
          status: 'modified',
          patch: `@@ -${at},1 +${at},1 @@\n-${lines[at - 1]}x\n+${lines[at - 1]}`
        }
      ]
    })
  }
  return out
}

let differences = 0
function judge(label, a, b) {
  const problems = []
  if (a.status !== b.status) problems.push(`exit code ${a.status} vs ${b.status}`)
  if (a.stdout !== b.stdout) problems.push(`stdout differs ${firstDiff(a.stdout, b.stdout)}`)
  if (a.stderr !== b.stderr) problems.push(`stderr differs ${firstDiff(a.stderr, b.stderr)}`)
  for (const f of new Set([...a.files.keys(), ...b.files.keys()])) {
    const x = a.files.get(f)
    const y = b.files.get(f)
    if (x === y) continue
    if (x === undefined || y === undefined)
      problems.push(`${f}: only in ${x === undefined ? 'new' : 'base'}`)
    else problems.push(`${f} differs ${firstDiff(x, y)}`)
  }
  if (problems.length === 0) {
    const comment = a.files.get('(comment)')
    const said = comment === undefined ? '' : `, a ${comment.length}-character comment`
    process.stdout.write(`same     ${label} (exit ${a.status}, ${a.files.size} files${said})\n`)
  } else {
    differences++
    process.stdout.write(
      `DIFFERS  ${label}\n${problems
        .slice(0, 5)
        .map((p) => `    ${p}`)
        .join('\n')}\n`
    )
  }
}

for (const ws of workspaces.filter((w) => w.name === 'examples' || w.name === 'bench corpus')) {
  for (const pr of pullRequests(ws)) {
    judge(
      `${ws.name}: action on a pull request (${pr.name})`,
      await actionRun('base', ws, pr),
      await actionRun('new', ws, pr)
    )
  }
}

for (const ws of workspaces) {
  for (const argv of ws.runs ?? RUNS) {
    judge(`${ws.name}: ${argv.join(' ')}`, run('base', ws, argv), run('new', ws, argv))
  }
}
if (!args.keep) rmSync(tmp, { recursive: true, force: true })
else process.stdout.write(`kept ${tmp}\n`)
process.stdout.write(
  differences === 0 ? 'all outputs identical\n' : `${differences} run(s) differ\n`
)
process.exit(differences === 0 ? 0 : 1)
