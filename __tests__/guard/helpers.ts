// Small builders for hand-made tutorials, registries and drafts in the guard tests, and a loader
// for the sample tutorial and registry under examples/.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parseRegistry } from '../../src/claims/registry.js'
import { parseTutorial } from '../../src/tutorial/index.js'
import { claimIdRegExp, DEFAULT_CLAIM_ID_PATTERN } from '../../src/config/types.js'
import { SECTIONS, type SectionId } from '../../src/drafts/types.js'
import { buildGuardContext, type GuardContext } from '../../src/guard/context.js'
import { parseDraftDocument, type DraftDocument } from '../../src/guard/document.js'
import type {
  Block,
  BlockKind,
  Claim,
  ClaimStatus,
  Diagnostic,
  Exercise,
  GlossaryEntry,
  Registry,
  SourceFile,
  Tutorial
} from '../../src/model.js'

export const CLAIM_ID = claimIdRegExp(DEFAULT_CLAIM_ID_PATTERN)
export const DRAFT = 'drafts/demo.draft.md'
export const README = 'tut/README.md'

export function block(text: string, kind: BlockKind = 'paragraph', line = 1): Block {
  return { file: README, line, column: 1, kind, text, section: '' }
}

export function tutorial(over: Partial<Tutorial> & { blocks?: Block[] } = {}): Tutorial {
  const { blocks = [], ...rest } = over
  return {
    dir: 'tut',
    name: 'demo-tutorial',
    title: 'Demo Tutorial',
    chapters: [{ file: README, title: 'Demo Tutorial', headings: [], blocks }],
    order: 'single',
    skipped: [],
    diagrams: [],
    glossary: [],
    exercises: [],
    figures: [],
    images: [],
    links: [],
    citations: [],
    prerequisites: [],
    diagnostics: [],
    ...rest
  }
}

export function exercise(id: string, time?: string, min = 0, max = min): Exercise {
  const e: Exercise = {
    id,
    title: `Exercise ${id}`,
    chapter: README,
    file: README,
    line: 1,
    column: 1,
    optional: false
  }
  if (time) e.estimatedTime = { text: time, minMinutes: min, maxMinutes: max }
  return e
}

export function glossary(term: string, line: number): GlossaryEntry {
  return { term, definition: 'defined here', file: README, line, column: 3 }
}

export function claim(id: string, status: ClaimStatus = 'verified', text = 'A claim.'): Claim {
  return {
    id,
    claim: text,
    status,
    evidence: [],
    implications: [],
    limitations: [],
    category: 'architecture',
    file: 'claims/architecture.md',
    line: 1,
    column: 1
  }
}

export function registry(claims: Claim[] = []): Registry {
  return { claims, files: ['claims/architecture.md'], diagnostics: [] }
}

/** A draft with every contract section, `bodies` replacing the (empty) default bodies. */
export function draftText(bodies: Partial<Record<SectionId, string>> = {}): string {
  const parts = ['# Draft — demo-tutorial', '']
  for (const s of SECTIONS) parts.push(`## ${s.heading}`, '', bodies[s.id] ?? 'Text.', '')
  return parts.join('\n')
}

export function run(
  rule: (doc: DraftDocument, ctx: GuardContext) => Diagnostic[],
  text: string,
  t: Tutorial = tutorial(),
  r: Registry = registry(),
  strict = false
): Diagnostic[] {
  const doc = parseDraftDocument({ path: DRAFT, text })
  return rule(doc, buildGuardContext(t, r, { claimId: CLAIM_ID, strict }))
}

/** 1-based line of the first line of `text` containing `needle`, and the column where it starts. */
export function where(text: string, needle: string): { line: number; column: number } {
  const lines = text.split('\n')
  const i = lines.findIndex((l) => l.includes(needle))
  if (i < 0) throw new Error(`"${needle}" not in draft`)
  return { line: i + 1, column: (lines[i] ?? '').indexOf(needle) + 1 }
}

export function words(n: number, word = 'word'): string {
  return Array.from({ length: n }, () => word).join(' ')
}

function readTree(dir: string, keep: (p: string) => boolean): SourceFile[] {
  const out: SourceFile[] = []
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...readTree(path, keep))
    else if (keep(path)) out.push({ path, text: readFileSync(path, 'utf8') })
  }
  return out
}

/** The sample tutorial `examples/tidepool-quickstart` and registry `examples/claims`, parsed. */
export function sample(): { files: SourceFile[]; tutorial: Tutorial; registry: Registry } {
  const dir = 'examples/tidepool-quickstart'
  const files = readTree(dir, (p) => p.endsWith('.md'))
  return {
    files,
    tutorial: parseTutorial(dir, files, { claimId: CLAIM_ID }),
    registry: parseRegistry(
      readTree('examples/claims', (p) => /\.(?:md|ya?ml)$/.test(p)),
      { claimId: CLAIM_ID }
    )
  }
}
