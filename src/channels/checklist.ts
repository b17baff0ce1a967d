// The Amplification Checklist's items, as data, and which guard findings count against which item:
// the writers compute the checklist of their drafts from the guard's findings (handed in by the
// engine), the guard judges the ticks of anyone's checklist. Pure data; imports nothing.

export type ChecklistStatus = 'pass' | 'warn' | 'fail'

export const CHECKLIST_ITEMS = [
  'Technical Accuracy',
  'Didactical Flow',
  'Simplification Visibility',
  'Tutorial Attribution',
  'No Overclaiming',
  'Terminology Consistency',
  'Claims Registry Compliance'
] as const

export type ChecklistItemName = (typeof CHECKLIST_ITEMS)[number]

/** Rule ID → the checklist items its findings count against, and how badly. */

export const CHECKLIST_RULE_MAP: Readonly<
  Record<string, Partial<Record<ChecklistItemName, ChecklistStatus>>>
> = {
  'claim/unknown': { 'Technical Accuracy': 'fail', 'Claims Registry Compliance': 'fail' },
  'claim/deprecated': { 'Technical Accuracy': 'fail', 'Claims Registry Compliance': 'fail' },
  'claim/draft': { 'Claims Registry Compliance': 'warn' },
  'draft/uncited-claim': { 'Claims Registry Compliance': 'fail' },
  'draft/untraced-figure': { 'Technical Accuracy': 'warn', 'No Overclaiming': 'warn' },
  'draft/absolute-language': { 'No Overclaiming': 'warn' },
  'draft/roadmap-promise': { 'No Overclaiming': 'warn' },
  'draft/uncited-figure': { 'No Overclaiming': 'warn', 'Claims Registry Compliance': 'warn' },
  'terminology/inconsistent': { 'Terminology Consistency': 'warn' }
}
