// The hostile-input table. Each row starts from a fresh copy of the base workspace (see
// workspace.ts), applies one hostile change, runs the real CLI and states what must come out:
// the exit code, and either the one usage line on stderr (exit 2) or one diagnostic line in the
// report. `where` is the exact `file:line:col` (or `file` / `file:line`) that line must start with.
import { chmodSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { expect } from '@jest/globals'
import {
  CONFIG_FILE,
  DRAFT,
  SEED,
  TUTORIAL,
  cannotMakeDevices,
  cannotMakeFifos,
  isCompleteDraft as isCompleteDraftText,
  type Run,
  type Ws
} from './workspace.js'
import {
  bigChapter,
  bigDraftParagraphs,
  bigMarkdownRegistry,
  bigSummary,
  manyCitations
} from './big-inputs.js'

export interface HostileCase {
  name: string
  /** applies the hostile change to the workspace (a copy of the base) */
  setup?: (ws: Ws) => void
  args: string[]
  /** the exit code, or the codes that are all acceptable */
  exit: 0 | 1 | 2 | readonly (0 | 1)[]
  /** exit 2: the single stderr line, after the `tutorial-amplifier: ` prefix */
  usage?: { message: RegExp; where?: string }
  /** exit 0/1: a report line for this rule whose location is `where` and text matches `message` */
  finding?: { rule: string; message: RegExp; where?: string }
  /** the run must end within this many milliseconds (wall clock, includes Node's start-up) */
  maxMs?: number
  /** further checks on the workspace after the run */
  after?: (ws: Ws, run: Run) => void
  /** reason the case cannot run here (evaluated once, before the run) */
  skip?: () => string | undefined
  /** a big input: run alone after the others, so it neither starves nor is starved by them */
  heavy?: boolean
  /**
   * the CLI's peak resident set size must stay below this many MB (measured with the benchmark's
   * probe, bench/probe.mjs; a limit on memory, never on time)
   */
  maxRssMb?: number
  /** a known bug in the engine or shell: the case runs as `it.failing` (see the report) */
  bug?: string
}

const REG = 'claims/hostile.yaml'
const MDREG = 'claims/hostile.md'
const CHAPTER = `${TUTORIAL}/06-next-steps.md`
const MB = 1024 * 1024

const yamlClaim = (...lines: string[]): string =>
  ['claims:', '  - id: TP-HOST-001', ...lines, ''].join('\n')

const config = (...lines: string[]): string => [...lines, ''].join('\n')

const outsideEmpty = (dir: string) => (ws: Ws) => {
  expect(readdirSync(path.join(ws.outside, dir))).toEqual([])
}

/** A deep chapter must be read (its unknown ID reported) or refused with a located error. */
const deepResult = (_ws: Ws, run: Run) =>
  expect(run.stdout).toMatch(/TP-DEEP-999|^tidepool-quickstart\/06-next-steps\.md:\d+:\d+ +error/m)

const isRoot = (): string | undefined =>
  typeof process.getuid === 'function' && process.getuid() === 0
    ? 'running as root: permissions do not stop root'
    : undefined

/**
 * The seeded draft with `paragraph` as the first paragraph of its LinkedIn section: a complete
 * draft (every heading in place) carrying a hostile paragraph, which starts at `LINKEDIN_BODY`.
 */
const intoLinkedIn = (paragraph: string): string =>
  SEED.replace('\n## LinkedIn Draft\n\n', `\n## LinkedIn Draft\n\n${paragraph}\n\n`)
const LINKEDIN_BODY = SEED.split('\n').indexOf('## LinkedIn Draft') + 3

// The nesting cases are refused before any parser runs, so they take an ordinary run's time (about
// 3 s here); their 15 s budget leaves room for a shared 2-core machine running six cases at once,
// and is still far below a parse (10,000 levels overflow the stack; 15,000 nested emphasis take
// minutes).
export const CASES: HostileCase[] = [
  // --- control: the untouched base is clean, so every exit 1 / 2 below is the hostile change's
  {
    name: 'control: the untouched base workspace exits 0',
    args: ['check'],
    exit: 0,
    finding: {
      rule: 'claim/draft',
      message: /TP-LIMIT-003 is still Draft/,
      where: `${TUTORIAL}/05-production-path.md:42:30`
    }
  },

  // --- YAML registry: syntax
  {
    name: 'YAML registry: bad indentation',
    setup: (ws) => ws.write(REG, yamlClaim('    claim: Hostile.', '   status: Verified')),
    args: ['check'],
    exit: 1,
    finding: { rule: 'registry/parse', message: /YAML syntax error.*indentation/, where: `${REG}:4:4` }
  },
  {
    name: 'YAML registry: unclosed flow bracket',
    setup: (ws) =>
      ws.write(
        REG,
        yamlClaim('    claim: Hostile.', '    status: Verified', '    evidence: [a, b')
      ),
    args: ['check'],
    exit: 1,
    finding: { rule: 'registry/parse', message: /YAML syntax error/, where: `${REG}:6:1` }
  },
  {
    name: 'YAML registry: tab indentation',
    setup: (ws) => ws.write(REG, 'claims:\n\t- id: TP-HOST-001\n\t  claim: Hostile.\n'),
    args: ['check'],
    exit: 1,
    finding: { rule: 'registry/parse', message: /YAML syntax error.*tab/i, where: `${REG}:2:1` }
  },
  {
    name: 'YAML registry: duplicate mapping key',
    setup: (ws) =>
      ws.write(REG, yamlClaim('    claim: Hostile.', '    status: Verified', '    status: Draft')),
    args: ['check'],
    exit: 1,
    finding: { rule: 'registry/parse', message: /YAML syntax error.*duplicat/i, where: `${REG}:5:5` }
  },

  // --- YAML registry: wrong shapes and values
  {
    name: 'YAML registry: evidence is a string, not a list',
    setup: (ws) =>
      ws.write(
        REG,
        yamlClaim('    claim: Hostile.', '    status: Verified', '    evidence: https://x.example')
      ),
    args: ['check'],
    exit: 1,
    finding: { rule: 'registry/invalid', message: /evidence must be array/, where: `${REG}:2:5` }
  },
  {
    name: 'YAML registry: status is a number',
    setup: (ws) => ws.write(REG, yamlClaim('    claim: Hostile.', '    status: 3')),
    args: ['check'],
    exit: 1,
    finding: { rule: 'registry/invalid', message: /status/, where: `${REG}:2:5` }
  },
  {
    name: 'YAML registry: claims is not a list',
    setup: (ws) => ws.write(REG, 'claims:\n  id: TP-HOST-001\n  claim: Hostile.\n'),
    args: ['check'],
    exit: 1,
    finding: { rule: 'registry/invalid', message: /claims must be array/, where: `${REG}:1:1` }
  },
  {
    name: 'YAML registry: unknown status',
    setup: (ws) => ws.write(REG, yamlClaim('    claim: Hostile.', '    status: Approved')),
    args: ['check'],
    exit: 1,
    finding: { rule: 'registry/invalid', message: /"Approved"/, where: `${REG}:2:5` }
  },
  {
    name: 'YAML registry: claim without claim text',
    setup: (ws) => ws.write(REG, yamlClaim('    status: Verified')),
    args: ['check'],
    exit: 1,
    finding: { rule: 'registry/invalid', message: /"claim"/, where: `${REG}:2:5` }
  },
  {
    name: 'YAML registry: claim without status',
    setup: (ws) => ws.write(REG, yamlClaim('    claim: Hostile.')),
    args: ['check'],
    exit: 1,
    finding: { rule: 'registry/invalid', message: /"status"/, where: `${REG}:2:5` }
  },

  // --- issue 14, item 4: YAML alias expansion is measured before anything walks the document
  {
    name: 'YAML registry: alias amplification (billion laughs) is refused at the file',
    setup: (ws) => {
      const levels = [`l0: &l0 [${Array(10).fill('"lol"').join(', ')}]`]
      for (let i = 1; i <= 12; i++) {
        levels.push(`l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(', ')}]`)
      }
      ws.write(
        REG,
        [...levels, 'claims:', '  - id: TP-HOST-001', '    claim: Hostile.', '    status: Verified', '    evidence: *l12', ''].join('\n')
      )
    },
    args: ['check'],
    exit: 1,
    maxMs: 30000,
    finding: { rule: 'registry/parse', message: /aliases expand to more than/, where: `${REG}:1:1` }
  },
  {
    name: 'YAML registry: an alias inside its own anchor (a cycle) is refused',
    setup: (ws) =>
      ws.write(REG, 'claims: &c\n  - id: TP-HOST-001\n    claim: Hostile.\n    status: Verified\n    evidence: *c\n'),
    args: ['check'],
    exit: 1,
    maxMs: 30000,
    finding: { rule: 'registry/parse', message: /cycle|YAML syntax error/, where: `${REG}:1:1` }
  },
  {
    name: 'config: alias amplification in the config is refused',
    setup: (ws) => {
      const levels = [`x0: &x0 [${Array(10).fill('"lol"').join(', ')}]`]
      for (let i = 1; i <= 9; i++) levels.push(`x${i}: &x${i} [${Array(10).fill(`*x${i - 1}`).join(', ')}]`)
      ws.write(CONFIG_FILE, config(...levels))
    },
    args: ['check'],
    exit: 2,
    maxMs: 30000,
    usage: { message: /aliases expand to more than/, where: CONFIG_FILE }
  },

  // --- Markdown registry: broken fields
  {
    name: 'Markdown registry: claim heading without a Claim field',
    setup: (ws) => ws.write(MDREG, '# Hostile\n\n## TP-HOST-001\n\n**Status:** Verified\n'),
    args: ['check'],
    exit: 1,
    finding: { rule: 'registry/invalid', message: /no claim text/, where: `${MDREG}:3:1` }
  },
  {
    name: 'Markdown registry: empty Status',
    setup: (ws) =>
      ws.write(MDREG, '# Hostile\n\n## TP-HOST-001\n\n**Claim:** Hostile.\n**Status:**\n'),
    args: ['check'],
    exit: 1,
    finding: { rule: 'registry/invalid', message: /no status/, where: `${MDREG}:3:1` }
  },
  {
    name: 'Markdown registry: unknown status',
    setup: (ws) =>
      ws.write(
        MDREG,
        '# Hostile\n\n## TP-HOST-001\n\n**Claim:** Hostile.\n**Status:** Approved-ish\n'
      ),
    args: ['check'],
    exit: 1,
    finding: { rule: 'registry/invalid', message: /unknown status/, where: `${MDREG}:3:1` }
  },
  {
    name: 'Markdown registry: fields outside any claim are not a claim',
    setup: (ws) =>
      ws.write(MDREG, '# Notes\n\n**Claim:** Floating text.\n**Status:** Verified\n'),
    args: ['check'],
    exit: 0,
    after: (_ws, run) => expect(run.stdout).toMatch(/in 1 tutorial, 12 claims/)
  },
  {
    name: 'Markdown registry: one ID defined in two files',
    setup: (ws) =>
      ws.write(MDREG, '# Hostile\n\n## TP-ARCH-001\n\n**Claim:** Again.\n**Status:** Verified\n'),
    args: ['check'],
    exit: 1,
    finding: {
      rule: 'registry/duplicate-id',
      message: /TP-ARCH-001 is defined twice: claims\/architecture\.md:5 and claims\/hostile\.md:3/,
      where: `${MDREG}:3:1`
    }
  },
  {
    name: 'Markdown registry: heading with an ID plus text is no claim',
    setup: (ws) =>
      ws.edit('claims/architecture.md', '## TP-ARCH-001\n', '## TP-ARCH-001 Stateless queries\n'),
    args: ['check'],
    exit: 1,
    finding: {
      rule: 'claim/unknown',
      message: /TP-ARCH-001/,
      where: `${TUTORIAL}/01-introduction.md:18:50`
    }
  },
  {
    name: 'Markdown registry: 10,000-deep nested list',
    setup: (ws) =>
      ws.write(MDREG, `# Hostile\n\n## TP-HOST-001\n\n**Claim:** Deep.\n**Status:** Verified\n\n**Evidence:**\n${'- '.repeat(10000)}x\n`),
    args: ['check'],
    exit: [0, 1],
    maxMs: 15000,
  },

  // --- encodings, binaries, sizes
  {
    name: 'tutorial: chapter is not UTF-8 (Latin-1 byte)',
    setup: (ws) =>
      ws.write(
        CHAPTER,
        Buffer.concat([Buffer.from('# Next steps\n\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait\n')])
      ),
    args: ['check'],
    exit: 1,
    finding: { rule: 'tutorial/structure', message: /not valid UTF-8/, where: `${CHAPTER}:3:4` }
  },
  {
    name: 'tutorial: chapter is binary (NUL byte)',
    setup: (ws) => ws.write(CHAPTER, Buffer.from('# Next steps\n\nab\u0000cd\n')),
    args: ['check'],
    exit: 1,
    finding: { rule: 'tutorial/structure', message: /binary file/, where: `${CHAPTER}:3:3` }
  },
  {
    name: 'tutorial: a PNG named like a chapter',
    setup: (ws) =>
      ws.write(CHAPTER, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
    args: ['generate'],
    exit: 1,
    finding: { rule: 'tutorial/structure', message: /not valid UTF-8/, where: `${CHAPTER}:1:1` }
  },
  {
    name: 'registry: YAML file is not UTF-8',
    setup: (ws) =>
      ws.write(
        REG,
        Buffer.concat([Buffer.from('claims:\n  - id: TP-HOST-001\n    claim: Caf'), Buffer.from([0xe9, 0x0a])])
      ),
    args: ['check'],
    exit: 1,
    finding: { rule: 'registry/parse', message: /not valid UTF-8/, where: `${REG}:3:15` }
  },
  {
    name: 'registry: Markdown file is binary (NUL byte)',
    setup: (ws) => ws.write(MDREG, Buffer.from('# Hostile\n\u0000\u0001\u0002')),
    args: ['check'],
    exit: 1,
    finding: { rule: 'registry/parse', message: /binary file/, where: `${MDREG}:2:1` }
  },
  {
    name: 'tutorial: a 50 MB chapter is refused unread',
    setup: (ws) => ws.sparse(CHAPTER, 50 * MB),
    args: ['check'],
    exit: 1,
    maxMs: 15000,
    finding: { rule: 'tutorial/structure', message: /too large.*50\.0 MB/, where: `${CHAPTER}:1:1` }
  },
  {
    name: 'registry: a 50 MB registry file is refused unread',
    setup: (ws) => ws.sparse(REG, 50 * MB),
    args: ['check'],
    exit: 1,
    maxMs: 15000,
    finding: { rule: 'registry/parse', message: /too large.*50\.0 MB/, where: `${REG}:1:1` }
  },
  {
    // 9 MiB, just over the cap of every other file: at 50 MB the current shell takes ~25 s and
    // ~3 GB of memory to reject the file (reproduction in the report)
    name: 'config: a config file over the size cap is refused unread',
    setup: (ws) => ws.sparse(CONFIG_FILE, 9 * MB),
    args: ['check'],
    exit: 2,
    maxMs: 15000,
    usage: { message: /too large/, where: CONFIG_FILE }
  },
  {
    name: 'tutorial: 10,000-deep nested list',
    setup: (ws) => ws.append(CHAPTER, `\n${'- '.repeat(10000)}deep TP-DEEP-999\n`),
    args: ['check'],
    exit: 1,
    after: deepResult,
    maxMs: 15000,
  },
  {
    name: 'tutorial: 10,000-deep blockquote',
    setup: (ws) => ws.append(CHAPTER, `\n${'>'.repeat(10000)} deep TP-DEEP-999\n`),
    args: ['generate'],
    exit: 1,
    after: deepResult,
    maxMs: 15000,
  },

  // --- issue 14, item 6: nesting past 100 levels, of any kind, is refused at its line before parsing
  {
    name: 'tutorial: footnote definitions nested 10,000 deep are refused at the line',
    setup: (ws) =>
      ws.append(CHAPTER, `\n${Array.from({ length: 10000 }, (_, i) => `[^a${i}]: `).join('')}TP-DEEP-999\n`),
    args: ['check'],
    exit: 1,
    maxMs: 15000,
    finding: {
      rule: 'tutorial/structure',
      message: /footnote definitions nest deeper than 100 levels; not read/,
      where: `${CHAPTER}:34:1`
    },
    after: (_ws, run) => expect(run.stdout).not.toMatch(/TP-DEEP-999/)
  },
  {
    name: 'tutorial: emphasis nested 15,000 deep is refused at the line, not parsed for minutes',
    setup: (ws) => ws.append(CHAPTER, `\n${'*a '.repeat(15000)}TP-DEEP-999${' a*'.repeat(15000)}\n`),
    args: ['check'],
    exit: 1,
    maxMs: 15000,
    finding: {
      rule: 'tutorial/structure',
      message: /emphasis or link brackets nest deeper than 100 levels; not read/,
      // the first closing `*`, where 15,000 are open
      where: `${CHAPTER}:34:${3 * 15000 + 'TP-DEEP-999'.length + 3}`
    }
  },
  {
    name: 'tutorial: link brackets nested 15,000 deep are refused',
    setup: (ws) => ws.append(CHAPTER, `\n${'['.repeat(15000)}x${'](u)'.repeat(15000)}\n`),
    args: ['check'],
    exit: 1,
    maxMs: 15000,
    finding: {
      rule: 'tutorial/structure',
      message: /emphasis or link brackets nest deeper than 100 levels/,
      where: `${CHAPTER}:34:15002`
    }
  },
  {
    name: 'Markdown registry: footnote definitions nested 10,000 deep are refused at the line',
    setup: (ws) =>
      ws.write(MDREG, `# Hostile\n\n## TP-HOST-001\n\n**Claim:** Deep.\n**Status:** Verified\n\n${Array.from({ length: 10000 }, (_, i) => `[^a${i}]: `).join('')}x\n`),
    args: ['check'],
    exit: 1,
    maxMs: 15000,
    finding: { rule: 'registry/parse', message: /footnote definitions nest deeper/, where: `${MDREG}:8:1` }
  },
  {
    name: 'committed draft: emphasis nested 15,000 deep is refused at the line',
    setup: (ws) => ws.write(DRAFT, intoLinkedIn(`${'_a '.repeat(15000)}x${' a_'.repeat(15000)}`)),
    args: ['check', '--drafts', 'publication-drafts'],
    exit: 1,
    maxMs: 15000,
    finding: { rule: 'tutorial/structure', message: /emphasis or link brackets nest deeper/, where: `${DRAFT}:${LINKEDIN_BODY}:45004` }
  },

  // --- issue 14, item 14: lines are counted alike for \n, \r\n and a lone \r
  {
    name: 'CR-only line endings: a chapter reports the right line',
    setup: (ws) =>
      ws.write(CHAPTER, ['# Next steps', '', 'Some text.', '', 'Cited here (see claim: **TP-NOPE-001**).', ''].join('\r')),
    args: ['check'],
    exit: 1,
    finding: { rule: 'claim/unknown', message: /TP-NOPE-001 is not in the claims registry/, where: `${CHAPTER}:5:26` }
  },
  {
    name: 'CR-only line endings: a Markdown registry reports the right line',
    setup: (ws) => ws.write(MDREG, ['# Hostile', '', 'Notes.', '', '## TP-HOST-001', '', '**Status:** Verified', ''].join('\r')),
    args: ['check'],
    exit: 1,
    finding: { rule: 'registry/invalid', message: /no claim text/, where: `${MDREG}:5:1` }
  },
  {
    name: 'CR-only line endings: a YAML registry reports the right line',
    setup: (ws) => ws.write(REG, ['claims:', '  - id: TP-HOST-001', '    claim: Hostile.', '    status: Verified', '  - id: TP-HOST-002', '    claim: Hostile.', '    status: 3', ''].join('\r')),
    args: ['check'],
    exit: 1,
    finding: { rule: 'registry/invalid', message: /status/, where: `${REG}:5:5` }
  },

  // --- quadratic paths: 20,000 labelled tasks under one timed lab; listing one level of nested
  // exercises compared every exercise with every other (about 11 minutes; now linear)
  {
    name: 'exercises: 20,000 tasks nested under one lab',
    heavy: true,
    setup: (ws) =>
      ws.append(
        CHAPTER,
        `\n# Lab 9: many tasks (30 min)\n\n${Array.from({ length: 20000 }, (_, i) => `## Task ${i + 1}: step\n\nDo it.\n\n**Estimated time:** 5 minutes\n`).join('\n')}`
      ),
    // (which level is listed is the layout corpus's nested-labs case; here: it finishes)
    args: ['check'],
    exit: [0, 1],
    maxMs: 120000
  },

  // --- issue 14, item 14: a 100,000-claim registry and 5,000 unknown IDs stay fast
  {
    name: 'registry: 100,000 claims sharing one number, 5,000 unknown IDs cited',
    heavy: true,
    setup: (ws) => {
      // YAML: the case is about suggestion search, not Markdown parsing speed
      for (let f = 0; f < 10; f++) {
        const parts = ['claims:']
        for (let i = 0; i < 10000; i++) {
          parts.push(`  - id: TP-C${f * 10000 + i}-001\n    claim: Generated claim.\n    status: Verified`)
        }
        ws.write(`claims/generated-${f}.yaml`, `${parts.join('\n')}\n`)
      }
      const ids = Array.from({ length: 5000 }, (_, i) => `TP-D${i}-001`).join(' ')
      ws.append(CHAPTER, `\nCited: ${ids}\n`)
    },
    args: ['check'],
    exit: 1,
    maxMs: 60000,
    finding: { rule: 'claim/unknown', message: /TP-D0-001 is not in the claims registry/, where: `${CHAPTER}:34:8` },
    after: (_ws, run) => expect(run.stdout).toMatch(/in 1 tutorial, 100012 claims/)
  },

  // --- issue 14, item 15: memory per file. A big but ordinary file of each kind keeps the CLI's
  // peak resident set size under 300 MB (measured with the benchmark's probe); they parsed whole
  // to 0.5-1 GB. `maxMs` here only stops a run that hangs (a heavy case on a busy machine takes
  // one to two minutes).
  {
    name: 'memory: a 5 MB chapter of prose, lists, tables and code (check)',
    heavy: true,
    setup: (ws) => ws.append(CHAPTER, bigChapter(5 * MB)),
    args: ['check'],
    exit: [0, 1],
    maxMs: 300000,
    maxRssMb: 300,
    // the whole chapter was read: one uncited figure per generated step, every step counted
    finding: {
      rule: 'claim/uncited-figure',
      message: /and 4457 more claim\/uncited-figure findings in this file/,
      where: `${CHAPTER}:2840:49`
    }
  },
  {
    name: 'memory: a 5 MB chapter of prose, lists, tables and code (generate)',
    heavy: true,
    setup: (ws) => ws.append(CHAPTER, bigChapter(5 * MB)),
    args: ['generate'],
    exit: [0, 1],
    maxMs: 300000,
    maxRssMb: 300,
    after: (ws) => expect(isCompleteDraftText(ws.read(DRAFT))).toBe(true)
  },
  {
    name: 'memory: a 5 MB Markdown registry file',
    heavy: true,
    setup: (ws) => ws.write('claims/generated.md', bigMarkdownRegistry(5 * MB)),
    args: ['check'],
    exit: [0, 1],
    maxMs: 300000,
    maxRssMb: 300,
    finding: { rule: 'claim/unreferenced', message: /TP-S0-001 is cited by no tutorial/, where: 'claims/generated.md:5:1' },
    after: (_ws, run) => expect(run.stdout).toMatch(/in 1 tutorial, 11371 claims$/m)
  },
  {
    name: 'memory: a 5 MB committed draft',
    heavy: true,
    setup: (ws) => ws.write(DRAFT, intoLinkedIn(bigDraftParagraphs(5 * MB))),
    args: ['check', '--drafts', 'publication-drafts'],
    exit: [0, 1],
    maxMs: 300000,
    maxRssMb: 300,
    // the draft was read to its end: its post is far over the LinkedIn word limit
    finding: { rule: 'draft/length', message: /LinkedIn Draft" is too long/, where: `${DRAFT}:${LINKEDIN_BODY}:1` }
  },
  {
    name: 'memory: a 6 MB chapter of citations',
    heavy: true,
    setup: (ws) => ws.append(CHAPTER, `\n${manyCitations(6 * MB)}`),
    args: ['check'],
    exit: 1,
    maxMs: 300000,
    maxRssMb: 300,
    finding: { rule: 'claim/unknown', message: /TP-U0-001 is not in the claims registry/, where: `${CHAPTER}:34:61` }
  },
  {
    // 280,000 citations, 40,000 of them unknown IDs: the draft asks about the first 50 unknown
    // IDs and counts the rest in one question (it asked 40,000 questions and peaked near 600 MB)
    name: 'memory: a 6 MB chapter of citations (generate)',
    heavy: true,
    setup: (ws) => ws.append(CHAPTER, `\n${manyCitations(6 * MB)}`),
    // --force: the unknown IDs are errors, and a tutorial with errors keeps its old draft
    args: ['generate', '--force'],
    exit: 1,
    maxMs: 300000,
    maxRssMb: 300,
    after: (ws) => {
      const draft = ws.read(DRAFT)
      expect(isCompleteDraftText(draft)).toBe(true)
      expect(draft).toMatch(/\d{5} more cited claim IDs are not in the registry, Draft or Deprecated/)
      expect(draft.match(/, cited at `/g)).toHaveLength(50)
    }
  },
  {
    name: 'memory: a 6 MB SUMMARY.md',
    heavy: true,
    setup: (ws) => ws.append(`${TUTORIAL}/SUMMARY.md`, bigSummary(6 * MB)),
    args: ['check'],
    exit: 1,
    maxMs: 300000,
    maxRssMb: 300,
    finding: {
      rule: 'tutorial/structure',
      message: /and 122129 more tutorial\/structure findings in this file/,
      where: `${TUTORIAL}/SUMMARY.md:123:3`
    }
  },

  // --- issue 14, item 5: huge finding counts are capped per file and rule, never crash
  {
    name: 'findings: 130,000 uncited figures in one chapter are capped, not a crash',
    heavy: true,
    setup: (ws) => ws.append(CHAPTER, `\n${'Reads take 5 ms. '.repeat(130000)}\n`),
    args: ['check'],
    exit: [0, 1],
    maxMs: 90000,
    finding: {
      rule: 'claim/uncited-figure',
      message: /and 129900 more claim\/uncited-figure findings in this file/,
      // the "and N more" line stands where the first unlisted finding is (the 101st figure)
      where: `${CHAPTER}:34:1712`
    },
    after: (_ws, run) => expect(run.stdout.split('\n').length).toBeLessThan(2000)
  },
  {
    name: 'findings: a 3 MB committed draft full of guarantees is capped, not a crash',
    heavy: true,
    setup: (ws) =>
      ws.write(DRAFT, intoLinkedIn('It is guaranteed to never lose data and 100% reliable. '.repeat(55000))),
    args: ['check', '--drafts', 'publication-drafts'],
    exit: [0, 1],
    maxMs: 90000,
    // the "and N more" line stands where the first unlisted finding is (the 101st)
    finding: { rule: 'draft/absolute-language', message: /and \d+ more draft\/absolute-language findings/, where: `${DRAFT}:${LINKEDIN_BODY}:1836` }
  },

  // --- symbolic links leaving the workspace
  {
    name: 'symlink: chapter points outside',
    setup: (ws) => ws.link(CHAPTER, path.join(ws.outside, 'secret.md')),
    args: ['check'],
    exit: 1,
    finding: {
      rule: 'tutorial/structure',
      message: /symbolic link leads outside the workspace/,
      where: `${CHAPTER}:1:1`
    }
  },
  {
    name: 'symlink: registry file points outside',
    setup: (ws) => ws.link('claims/secret.md', path.join(ws.outside, 'secret-claims.md')),
    args: ['check'],
    exit: 1,
    finding: {
      rule: 'registry/parse',
      message: /symbolic link leads outside the workspace/,
      where: 'claims/secret.md:1:1'
    },
    after: (_ws, run) => expect(run.stdout).not.toMatch(/TP-SECRET-001/)
  },
  {
    name: 'symlink: tutorial folder (argument) points outside',
    setup: (ws) => ws.link('linked', path.join(ws.outside, 'tut')),
    args: ['generate', 'linked'],
    exit: 2,
    usage: { message: /tutorial path "linked" leads outside the workspace through a symbolic link/ },
    after: outsideEmpty('drafts')
  },
  {
    name: 'symlink: tutorial folder (config) points outside',
    setup: (ws) => {
      ws.link('linked', path.join(ws.outside, 'tut'))
      ws.write(CONFIG_FILE, config('tutorials: [linked]'))
    },
    args: ['check'],
    exit: 2,
    usage: { message: /tutorial path "linked" leads outside the workspace/ }
  },
  {
    name: 'symlink: drafts folder points outside',
    setup: (ws) => ws.link('publication-drafts', path.join(ws.outside, 'drafts')),
    args: ['generate'],
    exit: 2,
    usage: { message: /outside the workspace/ },
    after: outsideEmpty('drafts')
  },
  {
    name: 'symlink: --out points outside',
    setup: (ws) => ws.link('out', path.join(ws.outside, 'drafts')),
    args: ['generate', '--out', 'out'],
    exit: 2,
    usage: { message: /output path "out" leads outside the workspace through a symbolic link/ },
    after: outsideEmpty('drafts')
  },

  // --- issue 14, item 1: symbolic link cycles are walked once and reported once, at the link
  {
    name: 'symlink cycle: two links to "." inside a tutorial',
    setup: (ws) => {
      ws.link(`${TUTORIAL}/a`, '.')
      ws.link(`${TUTORIAL}/b`, '.')
    },
    args: ['check'],
    exit: 1,
    maxMs: 30000,
    finding: {
      rule: 'tutorial/structure',
      message: /symbolic link cycle: leads back to tidepool-quickstart/,
      where: `${TUTORIAL}/a:1:1`
    },
    after: (_ws, run) => {
      expect(run.stdout.match(/symbolic link cycle/g)).toHaveLength(2)
      expect(run.stdout).toMatch(new RegExp(`^${TUTORIAL}/b:1:1 .*symbolic link cycle`, 'm'))
    }
  },
  {
    name: 'symlink cycle: claims/a -> . yields no duplicate IDs',
    setup: (ws) => ws.link('claims/a', '.'),
    args: ['check'],
    exit: 1,
    maxMs: 30000,
    finding: { rule: 'registry/parse', message: /symbolic link cycle/, where: 'claims/a:1:1' },
    after: (_ws, run) => {
      expect(run.stdout).not.toMatch(/registry\/duplicate-id/)
      expect(run.stdout).toMatch(/in 1 tutorial, 12 claims/)
    }
  },
  {
    name: 'symlink: a second way into a registry folder is read once',
    setup: (ws) => {
      ws.write('claims/sub/extra.md', '# Extra\n\n## TP-EXTRA-001\n\n**Claim:** Extra.\n**Status:** Verified\n')
      ws.link('claims/again', 'sub')
    },
    args: ['check'],
    exit: 1,
    finding: { rule: 'registry/parse', message: /a folder already read/, where: 'claims/again:1:1' },
    after: (_ws, run) => expect(run.stdout).not.toMatch(/registry\/duplicate-id/)
  },

  // --- issue 14, item 2: every file read passes one workspace gate after resolving links
  {
    name: 'symlink: the default config file points outside (secret keys never echoed)',
    setup: (ws) => {
      ws.write('../outside/aws.yml', 'aws_secret_access_key: not-a-real-key-0000\n')
      ws.link(CONFIG_FILE, path.join(ws.outside, 'aws.yml'))
    },
    args: ['check'],
    exit: 2,
    usage: { message: /symbolic link leads outside the workspace; not read/, where: CONFIG_FILE },
    after: (_ws, run) => expect(run.stderr + run.stdout).not.toMatch(/aws_secret|not-a-real-key/)
  },
  {
    name: 'symlink: a committed draft points outside',
    setup: (ws) => ws.link(DRAFT, path.join(ws.outside, 'secret.md')),
    args: ['check', '--drafts', 'publication-drafts'],
    // the draft's own path leads out: refused as unusable input, the outside file never read
    exit: 2,
    usage: { message: /leads outside the workspace through a symbolic link/ },
    after: (_ws, run) => expect(run.stdout).not.toMatch(/Not part of any workspace/)
  },
  {
    name: 'symlink: SUMMARY.md points outside',
    setup: (ws) => ws.link(`${TUTORIAL}/SUMMARY.md`, path.join(ws.outside, 'secret.md')),
    args: ['check'],
    exit: 1,
    finding: {
      rule: 'tutorial/structure',
      message: /symbolic link leads outside the workspace/,
      where: `${TUTORIAL}/SUMMARY.md:1:1`
    }
  },

  // --- issue 14, item 9: regular files only; FIFOs and devices are refused with a finding
  {
    name: 'FIFO: a chapter that is a named pipe',
    skip: cannotMakeFifos,
    setup: (ws) => ws.fifo(CHAPTER),
    args: ['check'],
    exit: 1,
    maxMs: 30000,
    finding: { rule: 'tutorial/structure', message: /FIFO.*not a regular file/, where: `${CHAPTER}:1:1` }
  },
  {
    name: 'FIFO: a registry file that is a named pipe',
    skip: cannotMakeFifos,
    setup: (ws) => ws.fifo(REG),
    args: ['check'],
    exit: 1,
    maxMs: 30000,
    finding: { rule: 'registry/parse', message: /FIFO/, where: `${REG}:1:1` }
  },
  {
    name: 'FIFO: the config file is a named pipe',
    skip: cannotMakeFifos,
    setup: (ws) => ws.fifo(CONFIG_FILE),
    args: ['check'],
    exit: 2,
    maxMs: 30000,
    usage: { message: /FIFO.*not a regular file/, where: CONFIG_FILE }
  },
  {
    name: 'FIFO: a committed draft that is a named pipe',
    skip: cannotMakeFifos,
    setup: (ws) => ws.fifo(DRAFT),
    args: ['check', '--drafts', 'publication-drafts'],
    exit: 1,
    maxMs: 30000,
    finding: { rule: 'tutorial/structure', message: /FIFO/, where: `${DRAFT}:1:1` }
  },
  {
    name: 'FIFO: generate refuses to write over a named pipe',
    skip: cannotMakeFifos,
    setup: (ws) => ws.fifo(DRAFT),
    args: ['generate'],
    exit: 2,
    maxMs: 30000,
    usage: { message: /tidepool-quickstart\.draft\.md is not a regular file/ }
  },
  {
    name: 'device: a character device named like a chapter is not read',
    skip: cannotMakeDevices,
    setup: (ws) => ws.device(CHAPTER),
    args: ['check'],
    exit: 1,
    maxMs: 30000,
    finding: {
      rule: 'tutorial/structure',
      message: /character device, not a regular file/,
      where: `${CHAPTER}:1:1`
    }
  },
  {
    name: 'device: a character device as the config file',
    skip: cannotMakeDevices,
    setup: (ws) => ws.device(CONFIG_FILE),
    args: ['check'],
    exit: 2,
    maxMs: 30000,
    usage: { message: /character device/, where: CONFIG_FILE }
  },

  // --- issue 14, item 10: every path or name we print goes through one escaping function
  {
    name: 'names: a folder name with a line break cannot forge a workflow command via "wrote"',
    setup: (ws) => {
      const evil = 'x\n::warning file=README.md::forged'
      for (const f of ['README.md', '01-introduction.md']) ws.write(`${evil}/${f}`, ws.read(`${TUTORIAL}/${f}`))
    },
    args: ['generate', 'x\n::warning file=README.md::forged'],
    exit: [0, 1],
    after: (_ws, run) => {
      expect(run.stdout).not.toMatch(/^\s*::/m)
      expect(run.stdout).toMatch(/^wrote publication-drafts\/x ::warning file=README\.md::forged\.draft\.md$/m)
    }
  },
  {
    name: 'names: a tutorial folder named like a workflow command is escaped in the report',
    setup: (ws) => {
      const evil = '::warning file=README.md::forged'
      ws.write(`${evil}/README.md`, '# Forged\n\nA tutorial.\n')
      ws.write(`${evil}/01-a.md`, Buffer.from([0x23, 0x20, 0xe9, 0x0a]))
    },
    args: ['check', '::warning file=README.md::forged'],
    exit: 1,
    after: (_ws, run) => {
      expect(run.stdout).not.toMatch(/^\s*::/m)
      expect(run.stdout).toMatch(/^\?:warning file=README\.md::forged\/01-a\.md:1:3 +error +file is not valid UTF-8/m)
    }
  },

  // --- `../` escapes
  {
    name: '../ in a tutorial argument',
    args: ['check', '../outside/tut'],
    exit: 2,
    usage: { message: /tutorial path "\.\.\/outside\/tut" is outside the workspace/ }
  },
  {
    name: '../ in --claims',
    args: ['check', '--claims', '../outside'],
    exit: 2,
    usage: { message: /claims path "\.\.\/outside" is outside the workspace/ }
  },
  {
    name: '../ in --config',
    args: ['check', '--config', '../outside/config.yml'],
    exit: 2,
    usage: { message: /config path "\.\.\/outside\/config\.yml" is outside the workspace/ }
  },
  {
    name: '../ in --drafts',
    args: ['check', '--drafts', '../outside/drafts'],
    exit: 2,
    usage: { message: /drafts path "\.\.\/outside\/drafts" is outside the workspace/ }
  },
  {
    name: '../ in --out',
    args: ['generate', '--out', '../outside/drafts'],
    exit: 2,
    usage: { message: /output path "\.\.\/outside\/drafts" is outside the workspace/ },
    after: outsideEmpty('drafts')
  },
  {
    name: '../ in config tutorials:',
    setup: (ws) => ws.write(CONFIG_FILE, config('tutorials:', '  - ../outside/tut')),
    args: ['check'],
    exit: 2,
    usage: { message: /tutorial path "\.\.\/outside\/tut" is outside the workspace/ }
  },
  {
    name: '../ in config claims:',
    setup: (ws) =>
      ws.write(CONFIG_FILE, config(`tutorials: [${TUTORIAL}]`, 'claims: [../outside]')),
    args: ['check'],
    exit: 2,
    usage: { message: /claims path "\.\.\/outside" is outside the workspace/ }
  },
  {
    name: '../ in config drafts.dir',
    setup: (ws) =>
      ws.write(CONFIG_FILE, config(`tutorials: [${TUTORIAL}]`, 'drafts:', '  dir: ../outside/drafts')),
    args: ['generate'],
    exit: 2,
    usage: { message: /drafts path "\.\.\/outside\/drafts" is outside the workspace/ },
    after: outsideEmpty('drafts')
  },

  // --- tutorial structure
  {
    name: 'tutorial: an empty folder',
    setup: (ws) => ws.write('empty/.keep', ''),
    args: ['generate', 'empty'],
    exit: 1,
    finding: { rule: 'tutorial/structure', message: /empty tutorial/, where: 'empty:1:1' }
  },
  {
    name: 'tutorial: SUMMARY.md lists only missing chapters',
    setup: (ws) => {
      ws.write('only-summary/README.md', '# Only a summary\n\nNothing else here.\n')
      ws.write(
        'only-summary/SUMMARY.md',
        '# Summary\n\n- [Intro](01-intro.md)\n- [Setup](02-setup.md)\n'
      )
    },
    args: ['check', 'only-summary'],
    exit: 1,
    finding: {
      rule: 'tutorial/structure',
      message: /01-intro\.md/,
      where: 'only-summary/SUMMARY.md:3:3'
    }
  },

  // --- issue 14, item 14: table-of-contents entries that leave the tutorial are reported
  {
    name: 'tutorial: a SUMMARY.md entry leaving by file: URL is reported at its line',
    setup: (ws) => ws.append(`${TUTORIAL}/SUMMARY.md`, '- [Passwords](file:///etc/passwd)\n'),
    args: ['check'],
    exit: 1,
    finding: {
      rule: 'tutorial/structure',
      message: /SUMMARY\.md lists "file:\/\/\/etc\/passwd", which leaves the tutorial folder; not read/,
      where: `${TUTORIAL}/SUMMARY.md:10:3`
    },
    after: (_ws, run) => expect(run.stdout).not.toMatch(/root:/)
  },
  {
    name: 'tutorial: a SUMMARY.md entry leaving by ../ is reported at its line',
    setup: (ws) => ws.append(`${TUTORIAL}/SUMMARY.md`, '- [Secret](../../outside/secret.md)\n'),
    args: ['check'],
    exit: 1,
    finding: { rule: 'tutorial/structure', message: /outside the tutorial folder; not read/, where: `${TUTORIAL}/SUMMARY.md:10:3` },
    after: (_ws, run) => expect(run.stdout).not.toMatch(/Not part of any workspace/)
  },

  // --- config errors
  {
    name: 'config: YAML syntax error',
    setup: (ws) => ws.write(CONFIG_FILE, config('tutorials:', '  - a', ' claims: [b')),
    args: ['generate'],
    exit: 2,
    usage: { message: /invalid YAML/, where: `${CONFIG_FILE}:3:2` }
  },
  {
    name: 'config: unknown key',
    setup: (ws) => ws.write(CONFIG_FILE, config(`tutorials: [${TUTORIAL}]`, 'tutorals: [x]')),
    args: ['check'],
    exit: 2,
    usage: { message: /unknown setting "tutorals"/, where: `${CONFIG_FILE}:2:1` }
  },
  {
    name: 'config: bad severity',
    setup: (ws) => ws.write(CONFIG_FILE, config('rules:', '  claim/draft: fatal')),
    args: ['check'],
    exit: 2,
    usage: { message: /invalid config/, where: `${CONFIG_FILE}:2:1` }
  },
  {
    name: 'config: unknown rule',
    setup: (ws) => ws.write(CONFIG_FILE, config('rules:', '  claim/nonsense: off')),
    args: ['check'],
    exit: 2,
    usage: { message: /unknown rule "claim\/nonsense"/, where: `${CONFIG_FILE}:2:1` }
  },
  {
    name: 'config: claimIdPattern is not a regular expression',
    setup: (ws) => ws.write(CONFIG_FILE, config('hashtags: [x]', 'claimIdPattern: "[A-"')),
    args: ['check'],
    exit: 2,
    usage: { message: /claimIdPattern is not a usable regular expression/, where: `${CONFIG_FILE}:2:1` }
  },
  {
    name: 'config: claimIdPattern matches the empty string',
    setup: (ws) => ws.write(CONFIG_FILE, config('claimIdPattern: ".*"')),
    args: ['check'],
    exit: 2,
    usage: { message: /matches the empty string/, where: `${CONFIG_FILE}:1:1` }
  },
  {
    name: 'config: claimIdPattern matching every word still yields a result',
    setup: (ws) => ws.write(CONFIG_FILE, config(`tutorials: [${TUTORIAL}]`, 'claimIdPattern: "\\\\S+"')),
    args: ['generate'],
    exit: 1,
    maxMs: 20000,
    finding: { rule: 'claim/unknown', message: /.+/ }
  },
  // --- issue 14, item 3: user patterns are checked for catastrophic backtracking and bounded
  {
    name: 'ReDoS: claimIdPattern "(a+)+b" is refused at its line',
    setup: (ws) => {
      ws.write(CONFIG_FILE, config(`tutorials: [${TUTORIAL}]`, 'claimIdPattern: "(a+)+b"'))
      ws.append(CHAPTER, `\n${'a'.repeat(40)}\n`)
    },
    args: ['check'],
    exit: 2,
    maxMs: 30000,
    usage: { message: /claimIdPattern .*backtrack catastrophically/, where: `${CONFIG_FILE}:2:1` }
  },
  {
    name: 'ReDoS: claimIdPattern "(a|a)*b" (overlapping alternatives) is refused',
    setup: (ws) => ws.write(CONFIG_FILE, config('claimIdPattern: "(a|a)*b"')),
    args: ['check'],
    exit: 2,
    maxMs: 30000,
    usage: { message: /backtrack catastrophically/, where: `${CONFIG_FILE}:1:1` }
  },
  {
    name: 'ReDoS: an open-ended pattern over a 1 MB line stays linear',
    heavy: true,
    setup: (ws) => {
      ws.write(CONFIG_FILE, config(`tutorials: [${TUTORIAL}]`, 'claims: [claims]', 'claimIdPattern: "[A-Z]+-\\\\S+"'))
      ws.append(CHAPTER, `\n${'A-a.'.repeat(256 * 1024)}\n`)
    },
    args: ['check'],
    exit: 1,
    maxMs: 20000,
    finding: { rule: 'claim/unknown', message: /.+/ }
  },
  // --- issue 14, item 11: config strings that reach drafts are single-line, URLs http(s) only
  {
    name: 'config: tutorialUrl with a line break (forging a draft section) is refused',
    setup: (ws) =>
      ws.write(CONFIG_FILE, config(`tutorials: [${TUTORIAL}]`, 'tutorialUrl: "https://x.example/t\\n\\n## Talk Abstract\\n\\nforged"')),
    args: ['generate'],
    exit: 2,
    usage: { message: /\/tutorialUrl must match pattern/, where: `${CONFIG_FILE}:2:1` }
  },
  {
    name: 'config: a javascript: tutorialUrl is refused',
    setup: (ws) => ws.write(CONFIG_FILE, config('tutorialUrl: "javascript:alert(1)"')),
    args: ['generate'],
    exit: 2,
    usage: { message: /\/tutorialUrl must match pattern/, where: `${CONFIG_FILE}:1:1` }
  },
  {
    name: 'config: a talk field with a line break is refused',
    setup: (ws) =>
      ws.write(CONFIG_FILE, config('talk:', '  audience: "SREs\\n## Amplification Checklist"')),
    args: ['generate'],
    exit: 2,
    usage: { message: /\/talk\/audience must match pattern/, where: `${CONFIG_FILE}:2:1` }
  },

  // --- issue 14, item 16: drafts of a tutorial whose inputs have errors are not rewritten
  {
    name: 'generate: a registry file that does not parse keeps the earlier draft',
    setup: (ws) => ws.write(REG, 'claims:\n\t- id: TP-HOST-001\n'),
    args: ['generate'],
    exit: 1,
    finding: { rule: 'registry/parse', message: /YAML syntax error/, where: `${REG}:2:1` },
    after: (ws, run) => {
      expect(ws.read(DRAFT)).toBe(SEED)
      expect(run.stdout).toMatch(/^kept publication-drafts\/tidepool-quickstart\.draft\.md as it was: its inputs have 1 error \(--force writes it anyway\)$/m)
      expect(run.stdout).not.toMatch(/^wrote /m)
    }
  },
  {
    // 150 unknown IDs: the report lists 100 and one "and 50 more" finding; the note counts 150
    name: 'generate: the kept-draft note counts every error, listed or not',
    setup: (ws) =>
      ws.append(
        CHAPTER,
        `\n${Array.from({ length: 150 }, (_, i) => `Step ${i} cites TP-GONE-${String(i).padStart(3, '0')}.`).join('\n\n')}\n`
      ),
    args: ['generate'],
    exit: 1,
    finding: { rule: 'claim/unknown', message: /and 50 more claim\/unknown findings in this file/ },
    after: (ws, run) => {
      expect(ws.read(DRAFT)).toBe(SEED)
      expect(run.stdout).toMatch(/as it was: its inputs have 150 errors \(--force writes it anyway\)$/m)
    }
  },
  {
    name: 'generate --force: writes the draft despite input errors',
    setup: (ws) => ws.write(REG, 'claims:\n\t- id: TP-HOST-001\n'),
    args: ['generate', '--force'],
    exit: 1,
    after: (ws, run) => {
      expect(isCompleteDraftText(ws.read(DRAFT))).toBe(true)
      expect(run.stdout).toMatch(/^wrote publication-drafts\/tidepool-quickstart\.draft\.md$/m)
    }
  },
  {
    name: 'config: wrong type (tutorials is a string)',
    setup: (ws) => ws.write(CONFIG_FILE, config('claims: [claims]', `tutorials: ${TUTORIAL}`)),
    args: ['check'],
    exit: 2,
    usage: { message: /\/tutorials must be array/, where: `${CONFIG_FILE}:2:1` }
  },
  {
    name: 'config: a wrong item inside a list is reported at the item',
    setup: (ws) => ws.write(CONFIG_FILE, config('tutorials:', `  - ${TUTORIAL}`, '  - 3', 'claims: [claims]')),
    args: ['check'],
    exit: 2,
    usage: { message: /\/tutorials\/1 must be string/, where: `${CONFIG_FILE}:3:5` }
  },
  {
    name: 'config: a drafts.paths item leaving the workspace is reported at the item',
    setup: (ws) => ws.write(CONFIG_FILE, config('drafts:', '  paths:', '    - ok/*.md', '    - ../x/*.md')),
    args: ['check'],
    exit: 2,
    usage: { message: /drafts\.paths\[1\]/, where: `${CONFIG_FILE}:4:7` }
  },
  {
    name: 'config: draft file name without {tutorial}',
    setup: (ws) => ws.write(CONFIG_FILE, config('drafts:', '  fileName: draft.md')),
    args: ['generate'],
    exit: 2,
    usage: { message: /fileName/, where: `${CONFIG_FILE}:2:1` }
  },
  {
    name: 'config: the config path is a folder',
    setup: (ws) => {
      ws.remove(CONFIG_FILE)
      ws.write(`${CONFIG_FILE}/x`, '')
    },
    args: ['generate'],
    exit: 2,
    usage: { message: /cannot read config file \(EISDIR\)/, where: CONFIG_FILE }
  },
  {
    name: 'config: unreadable config file (mode 000)',
    skip: isRoot,
    setup: (ws) => {
      ws.write(CONFIG_FILE, config('claims: [claims]'))
      chmodSync(ws.abs(CONFIG_FILE), 0o000)
    },
    args: ['generate'],
    exit: 2,
    usage: { message: /cannot read config file \(EACCES\)/, where: CONFIG_FILE }
  },
  {
    name: 'config: --config names a missing file',
    args: ['check', '--config', 'nope.yml'],
    exit: 2,
    usage: { message: /config file "nope\.yml" does not exist/ }
  },

  // --- command line
  {
    name: 'CLI: unknown command',
    args: ['frobnicate'],
    exit: 2,
    usage: { message: /unknown command "frobnicate"/ }
  },
  {
    name: 'CLI: unknown option',
    args: ['generate', '--frobnicate'],
    exit: 2,
    usage: { message: /--frobnicate/ }
  },
  {
    name: 'CLI: --format xml',
    args: ['generate', '--format', 'xml'],
    exit: 2,
    usage: { message: /--format must be one of text, json, sarif, github/ }
  },
  {
    name: 'CLI: --fail-on with an unknown level',
    args: ['check', '--fail-on', 'sometimes'],
    exit: 2,
    usage: { message: /--fail-on must be one of error, warning, never/ }
  },
  {
    name: 'CLI: a tutorial argument that does not exist',
    args: ['generate', 'no-such-tutorial'],
    exit: 2,
    usage: { message: /tutorial path "no-such-tutorial" does not exist/ }
  },

  // --- writing drafts
  {
    name: 'drafts: read-only drafts folder',
    skip: isRoot,
    setup: (ws) => chmodSync(ws.abs('publication-drafts'), 0o555),
    after: (ws) => expect(ws.read(DRAFT)).toBe(SEED),
    args: ['generate'],
    exit: 2,
    usage: { message: /EACCES/ }
  },
  {
    name: 'drafts: the draft path is a folder',
    setup: (ws) => {
      ws.remove(DRAFT)
      ws.write(`${DRAFT}/keep.txt`, 'a folder where the draft should be\n')
    },
    args: ['generate'],
    exit: 2,
    usage: { message: /tidepool-quickstart\.draft\.md is a folder/ },
    after: (ws) => expect(ws.read(`${DRAFT}/keep.txt`)).toBe('a folder where the draft should be\n')
  },
  {
    name: 'drafts: second draft cannot be written, first stays as it was',
    setup: (ws) => {
      ws.write(CONFIG_FILE, config(`tutorials: [${TUTORIAL}, zz-second]`, 'claims: [claims]'))
      for (const f of ['README.md', '01-introduction.md']) {
        ws.write(`zz-second/${f}`, ws.read(`${TUTORIAL}/${f}`))
      }
      ws.write('publication-drafts/zz-second.draft.md/keep.txt', 'occupied\n')
    },
    args: ['generate'],
    exit: 2,
    usage: { message: /zz-second\.draft\.md is a folder/ }
  },

  // --- look-alike claim IDs: confusable or invisible characters inside an ID are no citation
  {
    name: 'look-alike ID: Cyrillic А in a chapter citation',
    setup: (ws) =>
      ws.write(CHAPTER, '# Next steps\n\nQuery nodes keep no state (see claim: **TP-\u0410RCH-001**).\n'),
    args: ['check'],
    exit: 1,
    finding: {
      rule: 'claim/lookalike-id',
      message: /"TP-АRCH-001" looks like the claim ID TP-ARCH-001 .*U\+0410 \(Cyrillic "А", like "A"\)/,
      where: `${CHAPTER}:3:44`
    }
  },
  {
    name: 'look-alike ID: zero-width space inside a registry heading',
    setup: (ws) =>
      ws.write(MDREG, '# Hostile\n\n## TP-HOST\u200b-001\n\n**Claim:** Hidden.\n**Status:** Verified\n'),
    args: ['check'],
    exit: 1,
    finding: {
      rule: 'claim/lookalike-id',
      message: /"TP-HOST<U\+200B>-001" looks like the claim ID TP-HOST-001 .*U\+200B \(invisible: ZERO WIDTH SPACE\)/,
      where: `${MDREG}:3:11`
    }
  },
  {
    name: 'look-alike ID: fullwidth letters in a committed draft',
    setup: (ws) =>
      ws.write(
        'publication-drafts/linkedin-draft__tidepool-quickstart.md',
        '# LinkedIn post\n\nQuery nodes keep no state (claim: \uff34\uff30-ARCH-001).\n'
      ),
    args: ['check'],
    exit: 1,
    finding: {
      rule: 'claim/lookalike-id',
      message: /looks like the claim ID TP-ARCH-001 .*U\+FF34/,
      where: 'publication-drafts/linkedin-draft__tidepool-quickstart.md:3:35'
    }
  }
]

