// `draft/uncited-claim`: a draft may only cite claims its tutorial cites; a registry claim the
// tutorial never mentions is new material for the draft. (IDs not in the registry at all are
// `claim/unknown`'s business.)
import type { Diagnostic } from '../../model.js'
import { diagnostic, RULES } from '../../rules.js'
import type { GuardContext } from '../context.js'
import type { DraftDocument } from '../document.js'
import { claimMentions, excerpt, forbids } from '../prose.js'

export function uncitedClaim(doc: DraftDocument, ctx: GuardContext): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const m of claimMentions(doc, ctx.claimId)) {
    if (!ctx.claimIndex.has(m.id) || ctx.citedIds.has(m.id)) continue
    if (!forbids(ctx, m.unit.section, 'new-claim')) continue
    out.push(
      diagnostic(
        RULES.draftUncitedClaim,
        m,
        `claim ${m.id} is in the registry but the tutorial "${ctx.tutorial.title}" never cites it: ${excerpt(m.unit.text, m.index, m.id.length)}`,
        m.id
      )
    )
  }
  return out
}
