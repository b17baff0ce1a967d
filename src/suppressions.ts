// Inline suppressions in Markdown (pure), as linters offer them:
//   <!-- tutorial-amplifier-disable-next-line RULE[, RULE] -->   the line after the comment
//   <!-- tutorial-amplifier-disable RULE[, RULE] -->            from here …
//   <!-- tutorial-amplifier-enable RULE[, RULE] -->             … to here (or to the end of the file)
// Without a RULE the comment applies to every rule. remark finds the HTML comments (never a
// hand-made Markdown scan); only the comment's own text is read with a regular expression.
import type { Html, Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import type { Diagnostic, SourceFile } from './model.js'

const DIRECTIVE = /^<!--\s*tutorial-amplifier-(disable-next-line|disable|enable)\b([^]*?)-->$/

const ALL = '*'

interface Span {
  rule: string
  from: number
  /** inclusive; Infinity = to the end of the file */
  to: number
}

export interface Directive {
  kind: 'disable-next-line' | 'disable' | 'enable'
  rules: string[]
  /** first and last line of the comment */
  line: number
  endLine: number
}

const parser = unified().use(remarkParse)

/** The suppression comments of a Markdown text, in order. */
export function directives(text: string): Directive[] {
  if (!text.includes('tutorial-amplifier-')) return []
  const out: Directive[] = []
  visit(parser.parse(text) as Root, 'html', (node: Html) => {
    // an HTML node may hold several comments (an HTML block, or inline HTML in a paragraph)
    for (const m of node.value.matchAll(/<!--[^]*?-->/g)) {
      const d = DIRECTIVE.exec(m[0])
      if (!d || !node.position) continue
      const before = node.value.slice(0, m.index)
      const line = node.position.start.line + (before.match(/\n/g)?.length ?? 0)
      const endLine = line + (m[0].match(/\n/g)?.length ?? 0)
      const rules = (d[2] ?? '')
        .split(/[\s,]+/)
        .map((r) => r.trim())
        .filter((r) => r !== '')
      out.push({
        kind: d[1] as Directive['kind'],
        rules: rules.length > 0 ? rules : [ALL],
        line,
        endLine
      })
    }
  })
  return out
}

function spans(list: readonly Directive[]): Span[] {
  const out: Span[] = []
  const open = new Map<string, number>()
  for (const d of list) {
    for (const rule of d.rules) {
      if (d.kind === 'disable-next-line') out.push({ rule, from: d.endLine + 1, to: d.endLine + 1 })
      else if (d.kind === 'disable') {
        if (!open.has(rule)) open.set(rule, d.line)
      } else {
        // `enable` ends the block of the same rule; `enable` without a rule ends every block
        for (const [r, from] of [...open]) {
          if (rule !== ALL && r !== rule) continue
          out.push({ rule: r, from, to: d.line })
          open.delete(r)
        }
      }
    }
  }
  for (const [rule, from] of open) out.push({ rule, from, to: Infinity })
  return out
}

function suppressed(d: Diagnostic, list: readonly Span[]): boolean {
  return list.some(
    (s) => (s.rule === d.rule || s.rule === ALL) && d.line >= s.from && d.line <= s.to
  )
}

/**
 * Drops the diagnostics that a suppression comment in their own Markdown file covers. Files are
 * only parsed when they mention a directive at all.
 */
export function applySuppressions(
  diagnostics: readonly Diagnostic[],
  files: readonly SourceFile[]
): Diagnostic[] {
  const byFile = new Map<string, Span[]>()
  for (const f of files) {
    if (!/\.(md|markdown)$/i.test(f.path)) continue
    const s = spans(directives(f.text))
    if (s.length > 0) byFile.set(f.path, s)
  }
  if (byFile.size === 0) return [...diagnostics]
  return diagnostics.filter((d) => {
    const s = byFile.get(d.file)
    return !s || !suppressed(d, s)
  })
}
