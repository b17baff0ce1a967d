// `claim/unknown`, `claim/deprecated`, `claim/draft`: claim IDs a draft writes (outside code),
// checked against the registry exactly as the tutorial's own citations are.
import { validateCitation } from '../../claims/validate.js'
import type { Diagnostic } from '../../model.js'
import type { GuardContext } from '../context.js'
import type { DraftDocument } from '../document.js'
import { claimMentions } from '../prose.js'

export function claimStatus(doc: DraftDocument, ctx: GuardContext): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const m of claimMentions(doc, ctx.claimId)) {
    const d = validateCitation(
      { id: m.id, file: m.file, line: m.line, column: m.column },
      ctx.registry,
      ctx.claimIndex
    )
    if (d) out.push(d)
  }
  return out
}
