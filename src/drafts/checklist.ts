// Amplification Checklist: seven items, each ✅/⚠️/❌ from a real check — the guard's findings on
// the document so far (handed in by the engine; mapped rule by rule with the contract's map) and a
// few structural checks of our own. This module never runs the guard itself.
import type { Diagnostic } from '../model.js'
import { CHECKLIST_ITEMS, CHECKLIST_RULE_MAP } from '../channels/checklist.js'
import type { RootContent } from 'mdast'
import type { ChecklistItem, ChecklistItemName, ChecklistStatus, SectionTree } from './types.js'
import type { DraftContext } from './context.js'
import { CONFIG_FILE, at, exerciseLabel, facts } from './context.js'
import {
  code,
  emphasis,
  inline,
  type Inline,
  inlineMd,
  joinInline,
  list,
  paragraph,
  plainText,
  strong
} from './mdast.js'
import { renderFact } from './render-fact.js'

/** Stands in for the checklist while the rest of the document is guarded. */
export const CHECKLIST_PLACEHOLDER: readonly RootContent[] = [
  paragraph(emphasis('The checklist is computed from the sections above.'))
]

/** A checklist item as the draft shows it: its reason as inline nodes (`reason` is their Markdown). */
export interface DraftChecklistItem extends ChecklistItem {
  reasonNodes?: Inline
}

function item(
  name: ChecklistItemName,
  status: ChecklistStatus,
  ...reason: Parameters<typeof inline>
): DraftChecklistItem {
  const nodes = inline(...reason)
  return nodes.length > 0
    ? { item: name, status, reason: inlineMd(nodes), reasonNodes: nodes }
    : { item: name, status }
}

const ICONS: Record<ChecklistStatus, string> = { pass: '✅', warn: '⚠️', fail: '❌' }

const RANK: Record<ChecklistStatus, number> = { pass: 0, warn: 1, fail: 2 }

function worse(a: ChecklistStatus, b: ChecklistStatus): ChecklistStatus {
  return RANK[b] > RANK[a] ? b : a
}

/** A guard finding's status for an item: the mapped one, raised to ❌ when the finding is an error. */
function statusOf(d: Diagnostic, item: ChecklistItemName): ChecklistStatus | undefined {
  const mapped = CHECKLIST_RULE_MAP[d.rule]?.[item]
  if (!mapped || d.severity === 'info') return undefined
  return d.severity === 'error' ? 'fail' : mapped
}

function describe(d: Diagnostic, count: number): Inline {
  return inline(
    code(d.rule),
    ' at ',
    code(at(d)),
    d.claim !== undefined && d.claim !== '' && [' (claim ', code(d.claim), ')'],
    `; findings: ${count}`
  )
}

function fromFindings(
  name: ChecklistItemName,
  findings: readonly Diagnostic[]
): DraftChecklistItem {
  let status: ChecklistStatus = 'pass'
  const hits: Diagnostic[] = []
  for (const d of findings) {
    const s = statusOf(d, name)
    if (!s) continue
    hits.push(d)
    status = worse(status, s)
  }
  const first = hits[0]
  return item(name, status, first && describe(first, hits.length))
}

/** Every exercise appears in the blog outline, in tutorial order. */
function didacticalFlow(ctx: DraftContext, sections: readonly SectionTree[]): DraftChecklistItem {
  const name = 'Didactical Flow'
  const exercises = facts(ctx, 'exercise')
  if (exercises.length === 0) {
    return item(name, 'warn', 'the tutorial defines no exercises to follow')
  }
  const outline = plainText(sections.find((s) => s.id === 'blog-outline')?.nodes ?? [])
  let from = 0
  for (const e of exercises) {
    const i = outline.indexOf(exerciseLabel(e), from)
    if (i < 0) {
      const missing = outline.includes(exerciseLabel(e)) ? 'out of order' : 'missing'
      return item(
        name,
        'warn',
        'exercise ',
        code(e.exercise?.id ?? e.text),
        ` is ${missing} in the blog outline`
      )
    }
    from = i + 1
  }
  return item(name, 'pass')
}

/** At least one limitation or trade-off reaches the drafts. */
function simplificationVisibility(
  ctx: DraftContext,
  sections: readonly SectionTree[]
): DraftChecklistItem {
  const name = 'Simplification Visibility'
  const limitations = facts(ctx, 'limitation')
  if (limitations.length === 0) {
    return item(
      name,
      'warn',
      'neither the tutorial nor its cited claims state a limitation or trade-off'
    )
  }
  const text = sections.map((s) => plainText(s.nodes)).join('\n')
  return limitations.some((l) => text.includes(plainText(paragraph(renderFact(l)))))
    ? item(name, 'pass')
    : item(name, 'warn', 'no limitation or trade-off made it into the drafts')
}

function attribution(ctx: DraftContext): DraftChecklistItem {
  const name = 'Tutorial Attribution'
  return ctx.url !== undefined
    ? item(name, 'pass')
    : item(
        name,
        'warn',
        'the tutorial link is a placeholder; set ',
        code('tutorialUrl'),
        ' in ',
        code(ctx.config.source ?? CONFIG_FILE)
      )
}

/**
 * The guard's registry findings on the draft; and, when the draft is clean, a warning for Draft
 * claims the tutorial cites (the writer leaves them out until they are verified).
 */
function registryCompliance(
  ctx: DraftContext,
  findings: readonly Diagnostic[]
): DraftChecklistItem {
  const found = fromFindings('Claims Registry Compliance', findings)
  if (found.status !== 'pass') return found
  const pending = facts(ctx, 'claim').filter((f) => f.status === 'draft')
  if (pending.length === 0) return found
  const ids = joinInline(
    pending.map((f) => code(f.source.claim ?? '')),
    ', '
  )
  return item(
    'Claims Registry Compliance',
    'warn',
    `the tutorial cites Draft claim${pending.length > 1 ? 's' : ''} `,
    ids,
    `; the drafts leave ${pending.length > 1 ? 'them' : 'it'} out until verified`
  )
}

/** Computes the checklist from the guard's findings on the document and from the sections. */
export function checklistItems(
  ctx: DraftContext,
  sections: readonly SectionTree[],
  findings: readonly Diagnostic[]
): DraftChecklistItem[] {
  return CHECKLIST_ITEMS.map((name): DraftChecklistItem => {
    switch (name) {
      case 'Didactical Flow':
        return didacticalFlow(ctx, sections)
      case 'Simplification Visibility':
        return simplificationVisibility(ctx, sections)
      case 'Tutorial Attribution':
        return attribution(ctx)
      case 'Claims Registry Compliance':
        return registryCompliance(ctx, findings)
      default:
        return fromFindings(name, findings)
    }
  })
}

export function renderChecklist(items: readonly DraftChecklistItem[]): RootContent[] {
  return [
    list(
      items.map((i) =>
        inline(`${ICONS[i.status]} `, strong(i.item), i.reasonNodes && [' — ', i.reasonNodes])
      )
    )
  ]
}

export function checklistSection(items: readonly DraftChecklistItem[]): SectionTree {
  return { id: 'checklist', heading: 'Amplification Checklist', nodes: renderChecklist(items) }
}
