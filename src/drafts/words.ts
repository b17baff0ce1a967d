// Word-level helpers shared by the section builders (and the guard): word counting of a
// rendered Markdown section, and escaping tutorial text for inline use in Markdown.
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import { visit } from 'unist-util-visit'
import type { Root } from 'mdast'

/** Counts the words of plain text: whitespace-separated tokens holding a letter or a digit. */
export function countPlainWords(text: string): number {
  let n = 0
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) n++
  return n
}

const parser = unified().use(remarkParse).use(remarkGfm)

/**
 * Counts the words a reader sees in a Markdown fragment: the text of every text and inline-code
 * node (markup, link targets and image URLs do not count).
 */
export function countWords(markdown: string): number {
  const tree = parser.parse(markdown) as Root
  const parts: string[] = []
  visit(tree, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
      parts.push(node.value)
    } else if (node.type === 'image') {
      parts.push(node.alt ?? '')
    }
  })
  return countPlainWords(parts.join(' '))
}

/**
 * Escapes plain tutorial text for use inside a Markdown paragraph or list item, so that it renders
 * as the same text. Underscores inside words are left alone (they never start emphasis).
 */
export function escapeInline(text: string): string {
  return text
    .replace(/[\\`*[\]<>]/g, (c) => `\\${c}`)
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
}

/** Ensures a sentence ends with terminal punctuation (a full stop is added when it has none). */
export function withStop(sentence: string): string {
  const s = sentence.trim()
  return /[.!?]["')\]]*$/.test(s) ? s : `${s}.`
}

/** Joins items as `a, b and c`. */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}
