// Word-level helpers of the section builders: escaping tutorial text for inline use in Markdown.
// Word counting lives with the channel contract (src/channels/measure.ts).
export { countPlainWords, countWords } from '../channels/measure.js'

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
