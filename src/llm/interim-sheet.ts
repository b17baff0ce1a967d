// A fact sheet (src/facts/types.ts) from what the deterministic writer already selects from a
// tutorial (src/drafts/context.ts). Pure.
//
// Interim: the fact-sheet builder proper is being written in src/facts (issue 9); once it is on
// main, the model writer takes its sheet from there and this file goes. It gives the model the same
// material the deterministic sections are made of, each fact with its place in the tutorial.
import type { Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Config } from '../config/types.js'
import { buildContext } from '../drafts/context.js'
import type { Fact, FactRole, FactSheet, FactSource } from '../facts/types.js'
import type { Location, Registry, Tutorial } from '../model.js'

/** More facts than this make a prompt long without telling the model more. */
const MAX_FACTS = 80

const parser = unified().use(remarkParse)
const plain = (markdown: string): string =>
  toString(parser.parse(markdown) as Root)
    .replace(/\s+/g, ' ')
    .trim()

export function interimFactSheet(t: Tutorial, registry: Registry, config: Config): FactSheet {
  const ctx = buildContext(t, registry, config, { path: '', strict: false })
  const facts: Fact[] = []
  const seen = new Set<string>()
  const add = (
    role: FactRole,
    text: string,
    at: Partial<Location> | undefined,
    extra: Partial<Fact> = {},
    claim?: string
  ): void => {
    const clean = text.replace(/\s+/g, ' ').trim()
    if (clean === '' || seen.has(`${role}\u0000${clean}`) || facts.length >= MAX_FACTS) return
    seen.add(`${role}\u0000${clean}`)
    const source: FactSource = {}
    if (at?.file) source.file = at.file
    if (at?.line) source.line = at.line
    if (claim) source.claim = claim
    facts.push({ id: `F${facts.length + 1}`, role, text: clean, source, ...extra })
  }
  add('product', t.title, { file: t.chapters[0]?.file ?? t.dir, line: 1 })
  const s = ctx.story
  if (s.problem) add('problem', s.problem.text, s.problem, { section: s.problem.section })
  if (s.simplification) {
    add('approach', s.simplification.text, s.simplification, {
      section: s.simplification.section
    })
  }
  if (s.impact) add('impact', s.impact.text, s.impact, { section: s.impact.section })
  for (const id of ctx.citedIds) {
    const c = ctx.claims.get(id)
    if (!c) continue
    add('claim', c.claim, c, { status: c.status }, id)
  }
  for (const g of t.glossary) add('component', `${g.term}: ${g.definition}`, g)
  for (const e of t.exercises) {
    const minutes = e.estimatedTime
      ? { min: e.estimatedTime.minMinutes, max: e.estimatedTime.maxMinutes }
      : undefined
    const time = e.estimatedTime ? ` (${e.estimatedTime.text})` : ''
    add('exercise', `${e.id}: ${e.title}${time}`, e, {
      exercise: {
        id: e.id,
        title: e.title,
        optional: /optional/i.test(e.title),
        ...(minutes ? { minutes } : {})
      }
    })
  }
  if (t.timeCommitment) add('total-time', t.timeCommitment.text, t.timeCommitment)
  for (const p of ctx.prerequisites) add('prerequisite', p.text, p)
  for (const l of ctx.limitations) add('limitation', plain(l.markdown), l.at)
  for (const n of ctx.nonGoals) add('non-goal', n.text, n, { section: n.section })
  for (const r of ctx.roadmap) add('roadmap', r.text, r)
  if (ctx.diagram) {
    add('diagram', ctx.diagram.alt || ctx.diagram.path, ctx.diagram)
  }
  for (const p of ctx.production) add('approach', p.text, p)
  for (const p of ctx.padding) add('approach', p.text, p, { section: p.section })
  const sheet: FactSheet = { tutorial: t.name, dir: t.dir, title: t.title, facts }
  if (ctx.url) sheet.url = ctx.url
  return sheet
}
