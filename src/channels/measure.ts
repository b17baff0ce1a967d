// How a channel's limits are measured. The writers fit their text with these counts and the guard
// checks drafts with the same ones, so a draft the writer calls fitting is one the guard accepts.
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
