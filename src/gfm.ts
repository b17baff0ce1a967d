// GFM parsing in parts: remark-gfm's syntax with literal autolinks (bare `https://…`, `www.…` and
// e-mail addresses turned into link nodes) and tables as separate switches, so a parse pays only
// for the extensions its text can use. micromark tries the table construct at the start of every
// line (a file holding a table parsed 40–70 % slower with it than without, bench/README.md), and
// literal autolinks cost a tokenizer hook at every word plus a find-and-replace over every text
// node (about three quarters of a tutorial's parse again). Leaving one out is exact when the text
// cannot hold what it would find (`MAY_HOLD_TABLE`, `mayHoldAutolinkLiteral`); the tutorial reader
// leaves literal autolinks out always, since nothing it reads depends on them.
import type { Root } from 'mdast'
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote'
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { gfmTable } from 'micromark-extension-gfm-table'
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { type Processor, unified } from 'unified'

/**
 * A unified plugin: remark-gfm's syntax minus literal autolinks, parsing only (no serializer).
 * `tables: false` leaves tables out too.
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

/**
 * Text that may hold a GFM table: a delimiter row has a `|`, or (one column) a colon at a run of
 * dashes, `:--` or `--:` (micromark reads `a` over `:--` as a table).
 */
export const MAY_HOLD_TABLE = /\||:-|-:/

/** True unless the text cannot hold a GFM table (see `MAY_HOLD_TABLE`). */
export function mayHoldTable(text: string): boolean {
  return MAY_HOLD_TABLE.test(text)
}

// What a literal autolink needs: an `@` (e-mail, `mailto:`, `xmpp:`), `www.`, or `http://` /
// `https://`, in any case. The syntax sees them only as written; the find-and-replace pass sees
// text node values, where escapes are gone (`www\.a.b`) and character references decoded
// (`&#64;`): so any `&` counts, and so does a match once every backslash is taken out.
const AUTOLINK_LITERAL = /[@&]|www\.|https?:\/\//i

/** True unless the text cannot hold a GFM literal autolink (see `AUTOLINK_LITERAL`). */
export function mayHoldAutolinkLiteral(text: string): boolean {
  return AUTOLINK_LITERAL.test(text.includes('\\') ? text.replaceAll('\\', '') : text)
}

export interface GfmParserOptions {
  /** YAML front matter (`---` … `---`) as remark-frontmatter reads it */
  frontmatter?: boolean
  /** literal autolinks as remark-gfm reads them (default true); false: never */
  autolinks?: boolean
}

/**
 * A parse function giving, for every text, the tree `unified().use(remarkParse).use(remarkGfm)`
 * (+ remark-frontmatter) gives — without literal autolinks when `autolinks` is false — while
 * leaving out the extensions the text cannot use. Processors are built on first use.
 */
export function gfmParser(opts: GfmParserOptions = {}): (text: string) => Root {
  const autolinks = opts.autolinks !== false
  const made = new Map<string, Processor>()
  const processor = (kind: 'full' | 'tables' | 'plain'): Processor => {
    let p = made.get(kind)
    if (!p) {
      const base = unified().use(remarkParse)
      const gfm =
        kind === 'full'
          ? base.use(remarkGfm)
          : base.use(remarkGfmWithoutAutolinks, { tables: kind === 'tables' })
      p = (opts.frontmatter ? gfm.use(remarkFrontmatter, ['yaml']) : gfm) as unknown as Processor
      made.set(kind, p)
    }
    return p
  }
  return (text) => {
    const kind =
      autolinks && mayHoldAutolinkLiteral(text) ? 'full' : mayHoldTable(text) ? 'tables' : 'plain'
    return processor(kind).parse(text) as Root
  }
}
