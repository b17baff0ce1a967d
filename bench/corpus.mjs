// Deterministic synthetic corpus for the benchmark: tutorials of realistic shape, a Markdown claims
// registry split over category files, and a config. Plain Node ESM so `npm run bench` needs no build.
//
//   import { generateCorpus } from './corpus.mjs'
//   generateCorpus('/tmp/c', { tutorials: 500, megabytes: 20, claims: 5000, seed: 7 })
//
// or from a shell: node bench/corpus.mjs OUT_DIR [--tutorials N] [--mb N] [--claims N] [--seed N]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'

/** mulberry32: a tiny seeded PRNG, so the same seed always writes the same bytes. */
export function rng(seed) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1))
  const pick = (xs) => xs[Math.floor(next() * xs.length)]
  const chance = (p) => next() < p
  return { next, int, pick, chance }
}

export const PREFIX = 'BX'
export const CATEGORIES = [
  { code: 'ARCH', file: 'architecture', title: 'Architecture' },
  { code: 'COMP', file: 'compatibility', title: 'Compatibility' },
  { code: 'LIMIT', file: 'limitations', title: 'Limitations' },
  { code: 'PERF', file: 'performance', title: 'Performance' },
  { code: 'SEC', file: 'security', title: 'Security' },
  { code: 'OPS', file: 'operations', title: 'Operations' },
  { code: 'DATA', file: 'data-model', title: 'Data model' },
  { code: 'COST', file: 'cost', title: 'Cost' }
]
/** Matches the generated IDs (four-digit sequence numbers), e.g. `BX-PERF-0001`. */
export const CLAIM_ID_PATTERN = `${PREFIX}-(?:${CATEGORIES.map((c) => c.code).join('|')})-[0-9]{4}`

const PRODUCTS = ['Brookline', 'Ferrowave', 'Quillstack', 'Harborlight', 'Tessel', 'Marrowgate']
const NOUNS = [
  'broker',
  'partition',
  'segment',
  'consumer group',
  'object store',
  'write-ahead log',
  'catalog',
  'compaction job',
  'query node',
  'ingest node',
  'tenant',
  'retention tier',
  'snapshot',
  'replica',
  'index',
  'cache',
  'scheduler',
  'gateway',
  'control plane',
  'schema registry'
]
const VERBS = [
  'stores',
  'replicates',
  'compacts',
  'uploads',
  'reads',
  'buffers',
  'routes',
  'validates',
  'rebalances',
  'indexes',
  'evicts',
  'snapshots'
]
const ADJS = [
  'stateless',
  'immutable',
  'durable',
  'local',
  'remote',
  'cold',
  'warm',
  'small',
  'large',
  'isolated',
  'shared',
  'ordered'
]
const OPENERS = [
  'In this step',
  'Under the hood',
  'By default',
  'When the cluster starts',
  'After a restart',
  'During compaction',
  'For each tenant',
  'On the read path',
  'On the write path',
  'In production'
]
const TOOLS = ['kubectl', 'helm', 'docker compose', 'bxctl', 'curl', 'jq', 'kind', 'terraform']
const LANGS = ['bash', 'yaml', 'python', 'go', 'json', 'text']

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1)
/** `indexes` → `index`, `stores` → `store` */
const base = (verb) => verb.replace(/(x|ch|sh)es$/, '$1').replace(/s$/, '')
const pad = (n, w) => String(n).padStart(w, '0')

export function claimId(cat, n) {
  return `${PREFIX}-${cat.code}-${pad(n, 4)}`
}

/** The IDs the registry defines, in file order: `claims` spread round-robin over the categories. */
export function registryIds(claims) {
  const perCat = CATEGORIES.map(() => [])
  for (let i = 0; i < claims; i++) {
    const c = i % CATEGORIES.length
    perCat[c].push(claimId(CATEGORIES[c], perCat[c].length + 1))
  }
  return perCat
}

function sentence(r) {
  const n = r.pick(NOUNS)
  const m = r.pick(NOUNS)
  const words = [
    `${r.pick(OPENERS)}, the ${r.pick(ADJS)} ${n} ${r.pick(VERBS)} every ${m}`,
    r.chance(0.5)
      ? `before the ${r.pick(NOUNS)} ${r.pick(VERBS)} it`
      : `through the ${r.pick(NOUNS)}`,
    r.chance(0.3) ? `so that no ${r.pick(ADJS)} ${r.pick(NOUNS)} is lost` : ''
  ]
  return cap(words.filter(Boolean).join(' ')) + '.'
}

function figureSentence(r, ids) {
  const forms = [
    () => `reads complete in ${r.int(2, 40)}-${r.int(41, 120)} ms at p99`,
    () => `one node sustains ${r.int(10, 900)},000 messages per second`,
    () => `storage cost drops by ${r.int(20, 80)}%`,
    () => `the ${r.pick(NOUNS)} is ${r.int(2, 9)}x faster than a full rebuild`,
    () => `durability is 11 9's for stored segments`,
    () => `a node costs about $${r.int(20, 400)} per month`
  ]
  const body = `${cap(r.pick(NOUNS))} ${r.pick(forms)()}`
  // Most figures are cited; a few are not (the validator should flag those).
  if (ids && r.chance(0.85)) return `${body} (see claim: **${r.pick(ids)}**).`
  return `${body}.`
}

function paragraph(r, cite) {
  const out = []
  const k = r.int(3, 6)
  for (let i = 0; i < k; i++) out.push(sentence(r))
  if (cite.length && r.chance(0.6)) {
    out.push(
      `${cap(r.pick(ADJS))} ${r.pick(NOUNS)}s are expected here (see claim: **${r.pick(cite)}**).`
    )
  }
  if (r.chance(0.25)) out.push(figureSentence(r, cite))
  // wrap at about 100 columns, as a human would
  const words = out.join(' ').split(' ')
  const lines = []
  let line = ''
  for (const w of words) {
    if (line && line.length + w.length + 1 > 98) {
      lines.push(line)
      line = w
    } else line = line ? `${line} ${w}` : w
  }
  if (line) lines.push(line)
  return lines.join('\n')
}

function codeBlock(r, product) {
  const lang = r.pick(LANGS)
  const lines = []
  const k = r.int(3, 12)
  for (let i = 0; i < k; i++) {
    switch (lang) {
      case 'bash':
        lines.push(
          `${r.pick(TOOLS)} ${r.pick(VERBS)} --${r.pick(ADJS)} ${product.toLowerCase()}-${i}`
        )
        break
      case 'yaml':
        lines.push(`${'  '.repeat(i % 3)}${r.pick(ADJS)}_${i}: ${r.int(1, 500)}`)
        break
      case 'python':
        lines.push(`client.${r.pick(VERBS)}("${r.pick(NOUNS)}", retries=${r.int(1, 9)})`)
        break
      case 'go':
        lines.push(`if err := c.${cap(r.pick(VERBS))}(ctx, ${i}); err != nil { return err }`)
        break
      case 'json':
        lines.push(`${i ? ',' : '{'} "${r.pick(ADJS)}": ${r.int(0, 99)}`)
        break
      default:
        lines.push(
          `${r.pick(NOUNS).padEnd(18)} ${r.pick(ADJS).padEnd(10)} ready  v${r.int(1, 4)}.${r.int(0, 9)}`
        )
    }
  }
  if (lang === 'json') lines.push('}')
  // an ID inside a fence is not a citation; put one in now and then
  if (r.chance(0.1)) lines.push(`# ${PREFIX}-ARCH-9999 is only an example here`)
  return `\`\`\`${lang}\n${lines.join('\n')}\n\`\`\``
}

function table(r) {
  const cols = r.int(2, 4)
  const head = Array.from({ length: cols }, () => cap(r.pick(NOUNS)))
  const rows = Array.from({ length: r.int(2, 6) }, () =>
    Array.from({ length: cols }, () => (r.chance(0.5) ? `${r.int(1, 999)}` : r.pick(ADJS)))
  )
  const line = (cells) => `| ${cells.join(' | ')} |`
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n')
}

function list(r, ordered) {
  return Array.from({ length: r.int(3, 6) }, (_, i) => {
    const item = `${cap(base(r.pick(VERBS)))} the ${r.pick(ADJS)} ${r.pick(NOUNS)} with \`${r.pick(TOOLS)}\``
    return `${ordered ? `${i + 1}.` : '-'} ${item}`
  }).join('\n')
}

function section(r, ctx, level) {
  const parts = [`${'#'.repeat(level)} ${cap(base(r.pick(VERBS)))} the ${r.pick(NOUNS)}`]
  const k = r.int(2, 5)
  for (let i = 0; i < k; i++) {
    const x = r.next()
    if (x < 0.45) parts.push(paragraph(r, ctx.cite))
    else if (x < 0.6) parts.push(codeBlock(r, ctx.product))
    else if (x < 0.72) parts.push(list(r, r.chance(0.5)))
    else if (x < 0.82) parts.push(table(r))
    else if (x < 0.9) parts.push(`> **Note**: ${sentence(r)}`)
    else {
      const diagram = r.chance(0.5)
      const name = diagram ? `architecture-${ctx.images++}.svg` : `screenshot-${ctx.images++}.png`
      parts.push(
        `![${diagram ? 'Architecture diagram' : 'Console screenshot'} of the ${r.pick(NOUNS)}](images/${name})`
      )
    }
  }
  return parts.join('\n\n')
}

function exercise(r, ctx) {
  ctx.exercise += 10
  const lo = r.int(1, 4) * 5
  const parts = [
    `## E${ctx.exercise}: ${cap(base(r.pick(VERBS)))} the ${r.pick(NOUNS)}`,
    `**Estimated time**: ${lo}-${lo + 5 * r.int(1, 2)} minutes`,
    list(r, true),
    codeBlock(r, ctx.product),
    '### Success check',
    list(r, false)
  ]
  return parts.join('\n\n')
}

function chapter(r, ctx, index, title, budget) {
  const parts = [`# ${title}`, paragraph(r, ctx.cite)]
  let size = parts.join('\n\n').length
  let exercises = 0
  while (size < budget) {
    const s = exercises < 2 && r.chance(0.35) ? (exercises++, exercise(r, ctx)) : section(r, ctx, 2)
    parts.push(s)
    size += s.length + 2
  }
  parts.push('## What You Should Know Now', list(r, false))
  return parts.join('\n\n') + '\n'
}

function readme(r, ctx, chapters) {
  const terms = r.int(4, 8)
  const used = new Set()
  const glossary = []
  while (glossary.length < terms) {
    const t = r.pick(NOUNS)
    if (used.has(t)) continue
    used.add(t)
    glossary.push(`- **${cap(t)}**: ${sentence(r)}`)
  }
  const lo = r.int(3, 9) * 5
  return (
    [
      `# ${ctx.product} ${ctx.topic}`,
      `This hands-on tutorial walks you through **${ctx.product}**. ${paragraph(r, ctx.cite)}`,
      "## What you'll learn",
      list(r, false),
      '## Prerequisites',
      `- Docker with the Compose plugin (v2.${r.int(10, 30)} or later)\n- \`bxctl\` v${r.int(1, 4)}.${r.int(0, 9)}.${r.int(0, 9)}\n- \`kubectl\` and \`helm\` v3`,
      `**Time commitment**: ${lo} minutes (core path), ${lo + 15}-${lo + 30} minutes with the optional exercise`,
      '## Chapters',
      chapters.map((c, i) => `${i + 1}. [${c.title}](${c.file})`).join('\n'),
      '## Glossary',
      glossary.join('\n')
    ].join('\n\n') + '\n'
  )
}

/**
 * Writes one tutorial folder (README, 5–8 chapters or `opts.chapters`, SUMMARY.md for every
 * third) of about `bytes` bytes; returns the files as [relative path, text].
 */
export function tutorialFiles(seed, index, bytes, ids, opts = {}) {
  const r = rng(seed * 7919 + index)
  const flat = ids.flat()
  const cite = Array.from({ length: r.int(4, 10) }, () => r.pick(flat))
  if (r.chance(0.1)) cite.push(`${PREFIX}-PERF-9${pad(r.int(0, 999), 3)}`) // an unknown ID
  const ctx = {
    product: r.pick(PRODUCTS),
    topic: `${cap(r.pick(ADJS))} ${cap(r.pick(NOUNS))}s`,
    cite,
    exercise: 0,
    images: 0
  }
  const drawn = r.int(5, 8)
  const n = opts.chapters ?? drawn
  const chapters = Array.from({ length: n }, (_, i) => {
    const title = i === 0 ? 'Introduction' : `${cap(base(r.pick(VERBS)))} the ${r.pick(NOUNS)}`
    const slug = title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
    return { title, file: `${pad(i + 1, 2)}-${slug}.md` }
  })
  const files = [['README.md', readme(r, ctx, chapters)]]
  const per = Math.max(600, Math.floor((bytes - files[0][1].length) / n))
  chapters.forEach((c, i) => files.push([c.file, chapter(r, ctx, i, c.title, per)]))
  if (index % 3 === 0) {
    const summary = ['# Summary', '', '- [Overview](README.md)']
    for (const c of chapters) summary.push(`- [${c.title}](${c.file})`)
    files.push(['SUMMARY.md', summary.join('\n') + '\n'])
  }
  return files
}

function claimEntry(r, id) {
  const status = r.chance(0.85) ? 'Verified' : r.chance(0.6) ? 'Draft' : 'Deprecated'
  const gap = r.chance(0.5) ? '\n' : '' // registries are written with and without blank lines
  const trail = r.chance(0.2) ? '  ' : ''
  const lines = [
    `## ${id}`,
    '',
    `**Claim:** ${sentence(r)}${trail}`,
    gap +
      `**Scope:** ${PRODUCTS[0]} v${r.int(1, 4)}.${r.int(0, 9)}, ${r.pick(ADJS)} deployments.${trail}`,
    gap + `**Status:** ${status}${trail}`,
    gap + `**Last reviewed:** 202${r.int(4, 6)}-${pad(r.int(1, 12), 2)}-${pad(r.int(1, 28), 2)}`,
    '',
    '**Evidence:**',
    `- Design note: https://example.com/design/${id.toLowerCase()}`,
    ...(r.chance(0.4) ? [`- Benchmark run: https://example.com/bench/${r.int(100, 999)}`] : [])
  ]
  if (r.chance(0.5)) lines.push('', '**Implications:**', `- ${sentence(r)}`)
  if (r.chance(0.4)) lines.push('', '**Limitations:**', `- ${sentence(r)}`)
  return lines.join('\n')
}

/** The registry: README (rules, not claims) + one Markdown file per category. */
export function registryFiles(seed, claims) {
  const ids = registryIds(claims)
  const files = [
    [
      'README.md',
      [
        `# ${PRODUCTS[0]} claims registry`,
        'The single source of truth for every technical claim our tutorials make.',
        '## Rules',
        '1. One claim states one thing.\n2. Every claim names its scope and evidence.',
        '## Naming Convention',
        `IDs look like \`${PREFIX}-ARCH-0001\`: prefix, category, four-digit number.`
      ].join('\n\n') + '\n'
    ]
  ]
  CATEGORIES.forEach((cat, c) => {
    const r = rng(seed * 104729 + c)
    const body = [`# ${cat.title} claims`, '', `Claims of the ${cat.code} category.`, '']
    for (const id of ids[c]) body.push(claimEntry(r, id), '')
    files.push([`${cat.file}.md`, body.join('\n')])
  })
  return { files, ids }
}

/** The config: registry folder, claim-ID pattern, one drafts folder; tutorials are autodetected. */
export function configText(claimsDir = 'claims') {
  return [
    '# generated by bench/corpus.mjs; tutorials are autodetected (folders with numbered chapters)',
    'claims:',
    `  - ${claimsDir}`,
    `claimIdPattern: '${CLAIM_ID_PATTERN}'`,
    'drafts:',
    '  dir: publication-drafts',
    'rules:',
    '  claim/unreferenced: off',
    ''
  ].join('\n')
}

/**
 * Writes a corpus into `out` (emptied first). Returns the layout and byte counts.
 * `megabytes` is the approximate total size of the tutorials' Markdown.
 */
export function generateCorpus(out, opts = {}) {
  const { tutorials = 500, megabytes = 20, claims = 5000, seed = 7, chapters } = opts
  rmSync(out, { recursive: true, force: true })
  const write = (rel, text) => {
    const abs = path.join(out, rel)
    mkdirSync(path.dirname(abs), { recursive: true })
    writeFileSync(abs, text)
    return Buffer.byteLength(text)
  }
  const reg = registryFiles(seed, claims)
  let registryBytes = 0
  for (const [name, text] of reg.files) registryBytes += write(path.join('claims', name), text)
  write('.github/tutorial-amplifier.yml', configText())
  const per = Math.floor((megabytes * 1024 * 1024) / tutorials)
  const tutorialDirs = []
  const markdownFiles = []
  let tutorialBytes = 0
  for (let i = 0; i < tutorials; i++) {
    const dir = `tutorials/t${pad(i + 1, 4)}-${rng(seed + i)
      .pick(PRODUCTS)
      .toLowerCase()}`
    tutorialDirs.push(dir)
    for (const [name, text] of tutorialFiles(seed, i, per, reg.ids, chapters ? { chapters } : {})) {
      tutorialBytes += write(path.join(dir, name), text)
      markdownFiles.push(path.join(dir, name))
    }
  }
  return {
    root: out,
    tutorialDirs,
    markdownFiles,
    registryFiles: reg.files.map(([n]) => path.join('claims', n)),
    claims: reg.ids.flat().length,
    tutorialBytes,
    registryBytes
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      tutorials: { type: 'string', default: '500' },
      mb: { type: 'string', default: '20' },
      claims: { type: 'string', default: '5000' },
      seed: { type: 'string', default: '7' }
    }
  })
  const out = positionals[0] ?? 'bench/out/corpus'
  const c = generateCorpus(out, {
    tutorials: Number(values.tutorials),
    megabytes: Number(values.mb),
    claims: Number(values.claims),
    seed: Number(values.seed)
  })
  const mb = (n) => (n / 1024 / 1024).toFixed(1)
  process.stdout.write(
    `${out}: ${c.tutorialDirs.length} tutorials, ${c.markdownFiles.length} files, ${mb(c.tutorialBytes)} MB; ${c.claims} claims, ${mb(c.registryBytes)} MB registry\n`
  )
}
