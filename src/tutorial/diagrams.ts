// Diagrams drawn in code blocks: Mermaid, PlantUML, and ASCII / box-drawing art. Pure.
import type { DiagramKind } from '../model.js'

/** Languages whose blocks are text rather than code. */
const TEXTISH = new Set([
  '',
  'text',
  'txt',
  'plain',
  'plaintext',
  'ascii',
  'diagram',
  'art',
  'svgbob',
  'goat',
  'none',
  'nohighlight'
])
const BOX_CORNER = /[┌┐└┘╔╗╚╝╭╮╰╯┏┓┗┛]/u
const BOX_EDGE = /[─━═│┃║]{2,}|[─━═]/u
const PLUS_BOX = /\+[-=]{2,}\+|\+[-=]{3,}|[-=]{3,}\+/
const ARROW = /<-+|-+>|<=+|=+>|[→←↑↓⇒⇐⇄⟶⟵▶◀▲▼►◄]|(?:^|\s)[v^V](?:\s|$)/u
const TREE_LINE = /^[\s│|]*[├└`|][-─]{2}/u
/** `Client -> Relay -> Bucket`: three or more names joined by arrows on one line */
const ARROW_CHAIN =
  /^\s*[\p{L}\p{N}[(<'"][^\n]*?(?:\s*(?:-+>|=+>|→|⟶|⇒)\s*[\p{L}\p{N}[(<'"][^\n]*?){2,}\s*$/u

/** The diagram kind of a fenced code block, or undefined when it is ordinary code or output. */
export function codeDiagram(
  lang: string | null | undefined,
  value: string
): DiagramKind | undefined {
  const l = (lang ?? '').toLowerCase()
  if (l === 'mermaid') return 'mermaid'
  if (l === 'plantuml' || l === 'puml' || /^\s*@startuml\b/.test(value)) return 'plantuml'
  return asciiDiagram(l, value) ? 'ascii' : undefined
}

/**
 * ASCII art: boxes (box-drawing corners or `+---+`) with at least one arrow, or — in a text
 * block — arrows on two lines, or one chain of three names joined by arrows. Directory trees
 * (`├──`) and result tables (`+----+----+` without arrows) are not diagrams.
 */
export function asciiDiagram(lang: string, value: string): boolean {
  const lines = value.split('\n').filter((l) => l.trim() !== '')
  if (lines.length === 0) return false
  const tree = lines.filter((l) => TREE_LINE.test(l)).length
  if (tree * 2 >= lines.length) return false
  const boxLines = lines.filter(
    (l) => BOX_CORNER.test(l) || PLUS_BOX.test(l) || BOX_EDGE.test(l)
  ).length
  const arrowLines = lines.filter((l) => ARROW.test(l)).length
  if (boxLines >= 2 && arrowLines >= 1) return true
  if (!TEXTISH.has(lang)) return false
  if (lines.some((l) => /^\s*[$#>]\s/.test(l))) return false // a shell session
  if (arrowLines >= 2 && lines.length >= 2) return true
  return lines.length <= 3 && lines.some((l) => ARROW_CHAIN.test(l))
}
