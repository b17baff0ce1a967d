// Guarding one model answer for one channel: the draft guard's rules on that channel's section plus
// the support check (`draft/unsupported-sentence`). Pure.
//
// The answer is put into the combined draft's form (`# title`, `## <channel heading>`, body) and
// guarded as a draft; only findings inside that section count (the other sections are absent on
// purpose). Severities follow the config (`rules:`); rules set to `off` and infos do not block.
import type { Channel } from '../channels/contract.js'
import type { FactSheet } from '../facts/types.js'
import { guardDraft, parseDraftDocument } from '../guard/index.js'
import type { GuardOptions } from '../guard/context.js'
import { supportCheck } from '../guard/support.js'
import type { Registry, Tutorial } from '../model.js'
import { applyRuleConfig, RULES, type SeverityOverride } from '../rules.js'
import type { Finding } from './types.js'

/** Rules about the whole document, not about one channel's text. */
const DOCUMENT_RULES = new Set([RULES.draftMissingSection.id, RULES.draftUnearnedTick.id])

export interface CheckEnv {
  tutorial: Tutorial
  registry: Registry
  sheet: FactSheet
  guard: GuardOptions
  rules: Readonly<Record<string, SeverityOverride>>
  /** display path used in the guard's messages (the draft's path) */
  path: string
  /** words any sentence may use besides the facts' (link placeholder, hashtags) */
  allowed?: string
}

/** The guard's and the support check's blocking findings on a channel body, lines within the body. */
export function checkAnswer(body: string, channel: Channel, env: CheckEnv): Finding[] {
  const head = `# ${env.sheet.title.replace(/\s+/g, ' ').trim() || env.sheet.tutorial}\n\n## ${channel.heading}\n\n`
  const text = `${head}${body.trim()}\n`
  const offset = head.split('\n').length - 1 // lines before the body
  const file = { path: env.path, text }
  const doc = parseDraftDocument(file)
  const section = doc.sections.find((s) => s.heading === channel.heading)
  const first = section?.line ?? 1
  const raw = [
    ...guardDraft(file, env.tutorial, env.registry, env.guard),
    ...supportCheck(doc, env.sheet, [channel.id], {
      channels: env.guard.channels ?? [channel],
      ...(env.allowed ? { allowed: env.allowed } : {})
    })
  ]
  const out: Finding[] = []
  for (const d of applyRuleConfig(raw, env.rules)) {
    // the other sections are missing on purpose; there is no checklist to tick
    if (DOCUMENT_RULES.has(d.rule)) continue
    if (d.line < first || d.severity === 'info') continue
    out.push({
      rule: d.rule,
      severity: d.severity,
      message: d.message,
      line: Math.max(1, d.line - offset)
    })
  }
  if (section && section.body.length === 0) {
    out.unshift({
      rule: 'draft/missing-section',
      severity: 'error',
      message: `the answer holds no text for "## ${channel.heading}"`,
      line: 1
    })
  }
  return out
}
