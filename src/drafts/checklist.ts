// Amplification Checklist: seven items, each ✅/⚠️/❌ from a real check — the draft guard run on
// the document so far (mapped rule by rule) and a few structural checks of our own.
import { claimIdRegExp } from '../config/types.js'
import type { Diagnostic } from '../model.js'
import { guardDraft } from '../guard/index.js'
import { CHECKLIST_RULE_MAP } from '../guard/checklist-map.js'
import type { ChecklistItem, ChecklistItemName, ChecklistStatus, DraftSection } from './types.js'
import { CHECKLIST_ITEMS } from './types.js'
import type { DraftContext } from './context.js'
import { CONFIG_FILE, at, exerciseLabel } from './context.js'

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
  if (ctx.exercises.length === 0) {
    return { item, status: 'warn', reason: 'the tutorial defines no exercises to follow' }
  }
  const outline = sections.find((s) => s.id === 'blog-outline')?.markdown ?? ''
  let from = 0
  for (const e of ctx.exercises) {
    const i = outline.indexOf(exerciseLabel(e), from)
    if (i < 0) {
      const missing = outline.includes(exerciseLabel(e)) ? 'out of order' : 'missing'
      return {
        item,
        status: 'warn',
        reason: `exercise \`${e.id}\` is ${missing} in the blog outline`
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
  if (ctx.limitations.length === 0) {
    return {
      item,
      status: 'warn',
      reason: 'neither the tutorial nor its cited claims state a limitation or trade-off'
    }
  }
  const text = sections.map((s) => s.markdown).join('\n')
  return ctx.limitations.some((l) => text.includes(l.markdown))
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

/** Guards a document and computes the checklist from the findings and the sections. */
export function checklistItems(
  ctx: DraftContext,
  sections: readonly DraftSection[],
  document: string
): { items: ChecklistItem[]; findings: Diagnostic[] } {
  const findings = guardDraft({ path: ctx.path, text: document }, ctx.tutorial, ctx.registry, {
    claimId: claimIdRegExp(ctx.config.claimIdPattern),
    strict: ctx.strict,
    channels: ctx.config.channels
  })
  const items = CHECKLIST_ITEMS.map((name): ChecklistItem => {
    switch (name) {
      case 'Didactical Flow':
        return didacticalFlow(ctx, sections)
      case 'Simplification Visibility':
        return simplificationVisibility(ctx, sections)
      case 'Tutorial Attribution':
        return attribution(ctx)
      default:
        return fromFindings(name, findings)
    }
  })
  return { items, findings }
}

export function renderChecklist(items: readonly ChecklistItem[]): string {
  return items
    .map((i) => `- ${ICONS[i.status]} **${i.item}**${i.reason ? ` — ${i.reason}` : ''}`)
    .join('\n')
}

export function checklistSection(items: readonly ChecklistItem[]): DraftSection {
  return { id: 'checklist', heading: 'Amplification Checklist', markdown: renderChecklist(items) }
}
