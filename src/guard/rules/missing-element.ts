// `draft/missing-element`: each channel's post carries the elements its channel contract requires
// (`required` in src/channels/contract.ts, config overrides under `channels:` included): a hook, an
// insight, a limitation, a call to action back to the tutorial, the exercise path, a diagram, the
// product's name, scope and non-goals, a talk's audience, level and format. What counts as each is
// read from the post and measured against the tutorial's fact sheet (./../elements.ts); an element
// the tutorial gives nothing to satisfy with (no limitation stated, no exercise, no diagram) is
// not asked for. Checked on every channel section of a combined draft and on per-channel posts;
// notes blocks are not the post, so a link in "Publishing Notes" is no call to action.
import type { FactSheet } from '../../facts/types.js'
import { buildFactSheet } from '../../facts/build.js'
import type { Diagnostic, Tutorial } from '../../model.js'
import { diagnostic, RULES } from '../../rules.js'
import type { GuardContext } from '../context.js'
import type { DraftDocument } from '../document.js'
import { sectionById } from '../document.js'
import { elementFacts, missingElements, readPost } from '../elements.js'

const sheets = new WeakMap<Tutorial, FactSheet>()

/** The tutorial's fact sheet: the one handed in, else built once per tutorial. */
function sheetOf(ctx: GuardContext): FactSheet {
  if (ctx.facts !== undefined && typeof ctx.facts !== 'function') return ctx.facts
  let sheet = sheets.get(ctx.tutorial)
  if (!sheet) {
    sheet =
      typeof ctx.facts === 'function'
        ? ctx.facts()
        : buildFactSheet(ctx.tutorial, ctx.registry, { claimIdPattern: ctx.claimId.source })
    sheets.set(ctx.tutorial, sheet)
  }
  return sheet
}

export function missingElement(doc: DraftDocument, ctx: GuardContext): Diagnostic[] {
  const out: Diagnostic[] = []
  let facts: ReturnType<typeof elementFacts> | undefined
  for (const c of ctx.channels) {
    if (c.required.length === 0) continue
    const s = sectionById(doc, c.id)
    if (!s) continue
    facts ??= elementFacts(sheetOf(ctx), {
      ...(ctx.tutorialUrl !== undefined ? { url: ctx.tutorialUrl } : {}),
      cited: ctx.citedIds
    })
    const post = readPost(doc, s, c)
    for (const m of missingElements(post, c.required, facts, ctx.claimId)) {
      out.push(
        diagnostic(
          RULES.draftMissingElement,
          m.at,
          `${s.label} lacks the ${m.element} the ${c.name} channel requires: it ${m.message}`
        )
      )
    }
  }
  return out
}
