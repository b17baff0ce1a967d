// `draft/untraced-figure`: every figure in a draft is stated by the tutorial or the registry.
//
// Tracing is by exact canonical form (`normalizeFigure`): `45–60 min` traces to `45-60 minutes`,
// but a figure inside a stated range does not (`45 minutes` or `60 minutes` against `45-60
// minutes`), nor does a range that merely contains stated figures (`45-90 minutes`). A derived
// estimate is accepted only on a line that carries its label (`derivedLabel(kind)` from
// src/channels/derived-text.ts) and only when it equals the value derived from the tutorial.
// What counts as a figure: ../draft-figures.ts.
//
// The tutorial's words are the measure: when the tutorial states a figure for the same quantity
// (same kind, sharing a number or the words around it), the message quotes it with its place —
// `"60 minutes" is not in the tutorial; it states "45-60 minutes" for the core path (README.md:39)`.
import path from 'node:path'
import type { Diagnostic } from '../../model.js'
import { diagnostic, RULES } from '../../rules.js'
import { contentWords, type GuardContext, type TutorialStatement } from '../context.js'
import { type DraftDocument, quote } from '../document.js'
import { type DraftFigure, draftFigures, lineBefore } from '../draft-figures.js'
import { excerpt, forbids, lineStartNear, locateIn } from '../prose.js'

const numbers = (normalized: string): Set<string> => new Set(normalized.match(/\d+(?:\.\d+)?/g))

/** The tutorial's statement of the same quantity a draft figure speaks of, if one stands out. */
export function counterpart(f: DraftFigure, ctx: GuardContext): TutorialStatement | undefined {
  const near = contentWords(excerptWindow(f.unit.text, f.index, f.text.length))
  const mine = numbers(f.normalized)
  let best: { s: TutorialStatement; score: number; words: number } | undefined
  for (const s of ctx.statements) {
    if (s.kind !== f.kind) continue
    let score = 0
    let words = 0
    for (const n of numbers(s.normalized)) if (mine.has(n)) score += 2
    for (const w of near) if (s.words.has(w)) words += 1
    score += words
    // on a tie, the statement about the same thing (shared words) beats a shared number alone:
    // "the core path takes 20 minutes" is about the core path's time, not an exercise's "15-20"
    const better = !best || score > best.score || (score === best.score && words > best.words)
    if (score > 0 && better) best = { s, score, words }
  }
  return best?.s
}

const WINDOW = 200

/** About eight words either side of a hit, on its line. */
function excerptWindow(text: string, index: number, length: number): string {
  // eight words fit in WINDOW characters; a long line is not copied whole once per figure
  const start = Math.max(0, index - WINDOW, lineStartNear(text, index, WINDOW))
  const cut = Math.min(text.length, index + length + WINDOW)
  const nl = text.slice(index + length, cut).indexOf('\n')
  const end = nl < 0 ? cut : index + length + nl
  const before = text.slice(start, index).split(/\s+/).slice(-8).join(' ')
  const after = text
    .slice(index + length, end)
    .split(/\s+/)
    .slice(0, 8)
    .join(' ')
  return `${before} ${after}`
}

/** `README.md:39` for a file inside the tutorial's folder, else the display path. */
export function tutorialPlace(ctx: GuardContext, at: { file: string; line: number }): string {
  const dir = ctx.tutorial.dir
  const rel =
    dir && dir !== '.' && at.file.startsWith(`${dir}/`)
      ? path.posix.relative(dir, at.file)
      : at.file
  return `${rel}:${at.line}`
}

export function untracedFigure(doc: DraftDocument, ctx: GuardContext): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const f of draftFigures(doc, ctx)) {
    if (!forbids(ctx, f.unit.section, 'untraced-figure')) continue
    if (ctx.figures.has(f.normalized)) continue
    const flat = lineBefore(f.unit.text, f.index).toLowerCase().replace(/\s+/g, ' ')
    const derived = ctx.derived.find((d) => flat.includes(d.label))
    if (derived && derived.normalized === f.normalized) continue
    let why: string
    if (derived) {
      why = `is labelled as the derived ${derived.kind} estimate, which is ${quote(derived.value)}`
    } else {
      const s = counterpart(f, ctx)
      why = s
        ? `is not in the tutorial; it states ${quote(s.text)} ${s.about} (${tutorialPlace(ctx, s)})`
        : 'is stated in neither the tutorial nor the claims registry'
    }
    const d = diagnostic(
      RULES.draftUntracedFigure,
      locateIn(doc, f.unit, f.index),
      `${quote(f.text)} ${why}: ${excerpt(f.unit.text, f.index, f.text.length)}`
    )
    out.push(ctx.strict ? { ...d, severity: 'error' } : d)
  }
  return out
}
