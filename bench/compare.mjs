// Same output before and after: runs two builds of the CLI (a base dist/ and the current one) on
// the same workspaces and compares, byte for byte, what each prints (check and generate, text and
// JSON, comment) and every file it writes. Used to prove a speed change changes no output.
//
//   node bench/compare.mjs --base DIR [--dist DIR] [--quick] [--keep]
//
// Workspaces: a copy of examples/ with the repository config, the test fixture tutorials, and a
// bench corpus (bench/corpus.mjs; --quick: 24 tutorials, else 120 tutorials and 5,000 claims).
// Exit code 0 when every output is identical, 1 when any differs (the first differences printed).
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { generateCorpus } from './corpus.mjs'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const ROOT = path.resolve(HERE, '..')
const { values: args } = parseArgs({
  options: {
    base: { type: 'string' },
    dist: { type: 'string', default: path.join(ROOT, 'dist') },
    quick: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false }
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
  ['generate', '--jobs-1']
]
const RUNS = [
  ['check'],
  ['check', '--format', 'json'],
  ['check', '--strict', '--format', 'json'],
  ['generate'],
  ['generate', '--format', 'json'],
  ['comment'],
  ['generate', '--jobs-1'] // the single-thread path (TUTORIAL_AMPLIFIER_JOBS=1)
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
  const one = argv.includes('--jobs-1')
  const cli = argv.filter((a) => a !== '--jobs-1')
  const r = spawnSync(
    process.execPath,
    [path.join(builds[build], 'cli.js'), ...cli, ...(ws.extra ?? [])],
    {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      env: { ...process.env, ...(one ? { TUTORIAL_AMPLIFIER_JOBS: '1' } : {}) }
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

let differences = 0
for (const ws of workspaces) {
  for (const argv of ws.runs ?? RUNS) {
    const a = run('base', ws, argv)
    const b = run('new', ws, argv)
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
    const label = `${ws.name}: ${argv.join(' ')}`
    if (problems.length === 0) {
      process.stdout.write(`same     ${label} (exit ${a.status}, ${a.files.size} files)\n`)
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
}
if (!args.keep) rmSync(tmp, { recursive: true, force: true })
else process.stdout.write(`kept ${tmp}\n`)
process.stdout.write(
  differences === 0 ? 'all outputs identical\n' : `${differences} run(s) differ\n`
)
process.exit(differences === 0 ? 0 : 1)
