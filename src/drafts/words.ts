// Word-level helpers of the section builders. Word counting lives with the channel contract
// (src/channels/measure.ts); Markdown is written from trees (./mdast.ts), never escaped by hand.
export { countPlainWords, countWords } from '../channels/measure.js'

/** Ensures a sentence ends with terminal punctuation (a full stop is added when it has none). */
export function withStop(sentence: string): string {
  const s = sentence.trim()
  return /[.!?]["')\]]*$/.test(s) ? s : `${s}.`
}
