// GFM for reading tutorials: tables, strikethrough, footnotes and task lists, as remark-gfm
// reads them, but without literal autolinks (bare `https://…`, `www.…` and e-mail addresses
// turned into link nodes). The reader takes a link's text as prose either way and nothing reads
// the links it collects for bare URLs, while that pass (a tokenizer hook on every word plus a
// find-and-replace over every text node) costs about three quarters of a tutorial's parse.
// Drafts and PR comments still use remark-gfm in full: there, links matter.
import type { Processor } from 'unified'
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote'
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { gfmTable } from 'micromark-extension-gfm-table'
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item'

/**
 * A unified plugin: remark-gfm's syntax minus literal autolinks, parsing only (no serializer).
 * `tables: false` leaves tables out too, for text that can hold none (src/tutorial/index.ts):
 * micromark tries the table construct at the start of every line, the costliest GFM extension.
 */
export function remarkGfmWithoutAutolinks(
  this: Processor,
  options: { tables?: boolean } = {}
): void {
  const tables = options.tables !== false
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(
    gfmFootnote(),
    gfmStrikethrough(),
    ...(tables ? [gfmTable()] : []),
    gfmTaskListItem()
  )
  ;(data.fromMarkdownExtensions ??= []).push([
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    ...(tables ? [gfmTableFromMarkdown()] : []),
    gfmTaskListItemFromMarkdown()
  ])
}
