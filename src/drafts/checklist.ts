// Amplification Checklist: seven items, each ✅/⚠️/❌ from a real check — the guard's findings on
// the document so far (handed in by the engine; mapped rule by rule with the contract's map) and a
// few structural checks of our own. This module never runs the guard itself.
import type { Diagnostic } from '../model.js'
import { CHECKLIST_ITEMS, CHECKLIST_RULE_MAP } from '../channels/checklist.js'
import type { ChecklistItem, ChecklistItemName, ChecklistStatus, DraftSection } from './types.js'
import type { DraftContext } from './context.js'
import { CONFIG_FILE, at, exerciseLabel, facts } from './context.js'
import { renderFact } from './render-fact.js'

/** Stands in for the checklist while the rest of the document is guarded. */
export const CHECKLIST_PLACEHOLDER = '_The checklist is computed from the sections above._'

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

function describe(d: Diagnostic, count: number): string {
  const claim = d.claim ? ` (claim \`${d.claim}\`)` : ''
  return `\`${d.rule}\` at \`${at(d)}\`${claim}; findings: ${count}`
}

function fromFindings(item: ChecklistItemName, findings: readonly Diagnostic[]): ChecklistItem {
  let status: ChecklistStatus = 'pass'
  const hits: Diagnostic[] = []
  for (const d of findings) {
    const s = statusOf(d, item)
    if (!s) continue
    hits.push(d)
    status = worse(status, s)
  }
  const first = hits[0]
  return first ? { item, status, reason: describe(first, hits.length) } : { item, status }
}

/** Every exercise appears in the blog outline, in tutorial order. */
function didacticalFlow(ctx: DraftContext, sections: readonly DraftSection[]): ChecklistItem {
  const item = 'Didactical Flow'
  const exercises = facts(ctx, 'exercise')
  if (exercises.length === 0) {
    return { item, status: 'warn', reason: 'the tutorial defines no exercises to follow' }
  }
  const outline = sections.find((s) => s.id === 'blog-outline')?.markdown ?? ''
  let from = 0
  for (const e of exercises) {
    const i = outline.indexOf(exerciseLabel(e), from)
    if (i < 0) {
      const missing = outline.includes(exerciseLabel(e)) ? 'out of order' : 'missing'
      return {
        item,
        status: 'warn',
        reason: `exercise \`${e.exercise?.id ?? e.text}\` is ${missing} in the blog outline`
      }
    }
    from = i + 1
  }
  return { item, status: 'pass' }
}

/** At least one limitation or trade-off reaches the drafts. */
function simplificationVisibility(
  ctx: DraftContext,
  sections: readonly DraftSection[]
): ChecklistItem {
  const item = 'Simplification Visibility'
  const limitations = facts(ctx, 'limitation')
  if (limitations.length === 0) {
    return {
      item,
      status: 'warn',
      reason: 'neither the tutorial nor its cited claims state a limitation or trade-off'
    }
  }
  const text = sections.map((s) => s.markdown).join('\n')
  return limitations.some((l) => text.includes(renderFact(l)))
    ? { item, status: 'pass' }
    : { item, status: 'warn', reason: 'no limitation or trade-off made it into the drafts' }
}

function attribution(ctx: DraftContext): ChecklistItem {
  const item = 'Tutorial Attribution'
  return ctx.url !== undefined
    ? { item, status: 'pass' }
    : {
        item,
        status: 'warn',
        reason: `the tutorial link is a placeholder; set \`tutorialUrl\` in \`${ctx.config.source ?? CONFIG_FILE}\``
      }
}

/**
 * The guard's registry findings on the draft; and, when the draft is clean, a warning for Draft
 * claims the tutorial cites (the writer leaves them out until they are verified).
 */
function registryCompliance(ctx: DraftContext, findings: readonly Diagnostic[]): ChecklistItem {
  const item = fromFindings('Claims Registry Compliance', findings)
  if (item.status !== 'pass') return item
  const pending = facts(ctx, 'claim').filter((f) => f.status === 'draft')
  if (pending.length === 0) return item
  const ids = pending.map((f) => `\`${f.source.claim ?? ''}\``).join(', ')
  return {
    item: 'Claims Registry Compliance',
    status: 'warn',
    reason: `the tutorial cites Draft claim${pending.length > 1 ? 's' : ''} ${ids}; the drafts leave ${pending.length > 1 ? 'them' : 'it'} out until verified`
  }
}

/** Computes the checklist from the guard's findings on the document and from the sections. */
export function checklistItems(
  ctx: DraftContext,
  sections: readonly DraftSection[],
  findings: readonly Diagnostic[]
): ChecklistItem[] {
  return CHECKLIST_ITEMS.map((name): ChecklistItem => {
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

export function renderChecklist(items: readonly ChecklistItem[]): string {
  return items
    .map((i) => `- ${ICONS[i.status]} **${i.item}**${i.reason ? ` — ${i.reason}` : ''}`)
    .join('\n')
}

export function checklistSection(items: readonly ChecklistItem[]): DraftSection {
  return { id: 'checklist', heading: 'Amplification Checklist', markdown: renderChecklist(items) }
}
