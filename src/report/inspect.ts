// `tutorial-amplifier inspect`: what the reader made of each tutorial, as a readable outline —
// the reading order and where it came from, exercises with times, diagrams, glossary, stated time,
// skipped files and the reader's findings. Pure; content is untrusted (terminalSafe).
import type { Diagnostic, OrderSource, Tutorial } from '../model.js'
import { formatMinutes } from '../tutorial/time.js'
import { relativeTo, normalizeDir } from '../tutorial/order.js'
import { locationText, plural } from './common.js'
import { terminalSafe } from './text.js'

const ORDER_TEXT: Record<OrderSource, string> = {
  summary: 'SUMMARY.md',
  mkdocs: 'mkdocs.yml nav:',
  'front-matter': 'front matter order keys (sidebar_position, nav_order, weight)',
  'readme-links': "the README's links",
  numbered: 'numbers in file and folder names',
  docs: 'README.md, then the chapters in docs/',
  single: 'a single file',
  alphabetical: 'none found: path order'
}

/** The outline of one tutorial; `diagnostics` are the findings about it (reader and load). */
export function renderInspect(t: Tutorial, diagnostics: readonly Diagnostic[]): string {
  const root = normalizeDir(t.dir)
  const rel = (file: string): string => terminalSafe(relativeTo(root, file) ?? file)
  const at = (l: { file: string; line: number }): string => `${rel(l.file)}:${l.line}`
  const safe = terminalSafe
  const lines: string[] = []
  const chapterFiles = t.chapters.length
  const skippedFiles = t.skipped.filter((s) => !s.file.endsWith('/')).length
  lines.push(`${safe(t.title)}`)
  lines.push(`  folder: ${safe(t.dir)}`)
  // a Hugo site's chapters are in content/, not docs/: name the folder the second chapter is in
  const siteFolder = t.chapters[1] ? rel(t.chapters[1].file).split('/')[0] : undefined
  const order =
    t.order === 'docs' && siteFolder && siteFolder !== 'docs'
      ? `README.md, then the chapters in ${siteFolder}/`
      : ORDER_TEXT[t.order]
  lines.push(`  order:  ${order}`)
  lines.push(
    `  files:  ${plural(chapterFiles + skippedFiles, 'Markdown file')}: ${plural(chapterFiles, 'chapter')}, ${skippedFiles} skipped`
  )
  if (t.time) {
    const e = { text: t.time.text, minMinutes: t.time.min, maxMinutes: t.time.max }
    lines.push(`  time:   ${formatMinutes(e)} (stated at ${at(t.time)})`)
  }

  lines.push('', `Chapters (${t.chapters.length})`)
  t.chapters.forEach((c, i) => lines.push(`  ${i + 1}. ${rel(c.file)} — ${safe(c.title)}`))

  const optional = t.exercises.filter((e) => e.optional).length
  lines.push('', `Exercises (${t.exercises.length}${optional > 0 ? `, ${optional} optional` : ''})`)
  if (t.exercises.length === 0) lines.push('  none found')
  for (const e of t.exercises) {
    const time = e.estimatedTime ? formatMinutes(e.estimatedTime) : 'no time given'
    const title = e.title ? ` ${safe(e.title)}` : ''
    lines.push(`  ${safe(e.id)}${title} — ${time}${e.optional ? ', optional' : ''} (${at(e)})`)
  }

  lines.push('', `Diagrams (${t.diagrams.length})`)
  if (t.diagrams.length === 0) lines.push('  none found')
  for (const d of t.diagrams) lines.push(`  ${d.kind}: ${safe(d.caption)} (${at(d)})`)

  lines.push('', `Glossary (${t.glossary.length})`)
  if (t.glossary.length === 0) lines.push('  none found')
  else lines.push(`  ${t.glossary.map((g) => safe(g.term)).join(', ')}`)

  if (t.skipped.length > 0) {
    lines.push('', `Skipped (${t.skipped.length})`)
    for (const s of t.skipped) lines.push(`  ${rel(s.file)} — ${safe(s.reason)}`)
  }

  if (diagnostics.length > 0) {
    lines.push('', `Findings (${diagnostics.length})`)
    for (const d of diagnostics) {
      lines.push(`  ${safe(locationText(d))}: ${d.severity} ${d.rule}: ${safe(d.message)}`)
    }
  }
  return `${lines.join('\n')}\n`
}
