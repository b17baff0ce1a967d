// Which guard findings count against which checklist item. Shared by the generator (which computes
// the checklist of our drafts from it) and the guard (which checks the ticks of anyone's draft).
import type { ChecklistItemName, ChecklistStatus } from '../drafts/types.js'

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
