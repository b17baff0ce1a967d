// How a channel's limits are measured. The writers fit their text with these counts and the guard
// checks drafts with the same ones, so a draft the writer calls fitting is one the guard accepts.
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import { visit } from 'unist-util-visit'
import { parseInPieces } from '../sections.js'

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
  const known = counted.get(markdown)
  if (known !== undefined) return known
  const n = countParsed(markdown)
  // The writers measure the same text again and again while fitting a section (and the guard
  // measures the finished section once more): keep the last few counts instead of re-parsing.
  if (counted.size >= 256) counted.clear()
  counted.set(markdown, n)
  return n
}

const counted = new Map<string, number>()

function countParsed(markdown: string): number {
  // a big draft section is parsed a stretch at a time; the words are counted node by node (the
  // same count as joining the texts with spaces, without a copy of the whole text)
  const tree = parseInPieces((t) => parser.parse(t), markdown)
  let n = 0
  visit(tree, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
      n += countPlainWords(node.value)
    } else if (node.type === 'image') {
      n += countPlainWords(node.alt ?? '')
    }
  })
  return n
}
