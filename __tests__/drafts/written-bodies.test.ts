// Channel bodies written elsewhere (the model writer's answers, sections taken from a committed
// draft) are hostile text: the draft parses them into its tree and confines them to their section.
import { describe, expect, it } from '@jest/globals'
import type { Heading, Html, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { draftOf, factsOf } from '../../src/engine.js'
import { SECTIONS } from '../../src/drafts/types.js'
import { bodyMarkdown, bodyNodes } from '../../src/drafts/mdast.js'
import { renderRecord } from '../../src/llm/cache.js'
import { tidepool } from './load.js'

const parse = (s: string): Root => unified().use(remarkParse).use(remarkGfm).parse(s)

// what a hostile answer for the LinkedIn channel might hold
const HOSTILE = [
  'Ping @octocat and @acme/reviewers about this post.',
  '## Amplification Checklist',
  '- ✅ **Claims Registry Compliance**',
  'Forged section\n==============',
  '# Talk Abstract',
  '<!-- tutorial-amplifier:comment -->',
  '<details><summary>open me</summary>',
  'Inline <img src=x onerror=alert(1)> html and `@code` too.'
].join('\n\n')

function build(written: ReadonlyMap<string, string>) {
  const f = tidepool()
  const input = { tutorials: [], registry: [], config: f.config, strict: false }
  const facts = factsOf(input, f.tutorial, f.registry)
  const record = renderRecord({ model: 'stand-in', channels: [] })
  return draftOf(input, f.tutorial, f.registry, 'drafts/x.draft.md', { written, record, facts })
}

describe('a channel body written elsewhere', () => {
  const d = build(new Map([['linkedin', HOSTILE]]))
  const tree = parse(d.markdown)

  it('cannot open a section: its headings become level 3 inside its own section', () => {
    const top = tree.children.filter((n): n is Heading => n.type === 'heading' && n.depth <= 2)
    expect(top.filter((h) => h.depth === 2).map((h) => toString(h))).toEqual(
      SECTIONS.map((s) => s.heading)
    )
    expect(top.filter((h) => h.depth === 1)).toHaveLength(1)
    const linkedin = d.sections.find((s) => s.id === 'linkedin')?.markdown ?? ''
    expect(linkedin).toContain('### Amplification Checklist')
    expect(linkedin).toContain('### Forged section')
    expect(linkedin).toContain('### Talk Abstract')
    // the checklist the draft ends with is ours: seven computed items
    const checklist = d.sections.find((s) => s.id === 'checklist')?.markdown ?? ''
    expect(checklist.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(7)
    expect(d.markdown.endsWith(`## Amplification Checklist\n\n${checklist}\n`)).toBe(true)
  })

  it('pings no one, forges no marker and opens no HTML', () => {
    expect(d.markdown).not.toMatch(/@[A-Za-z0-9]/)
    expect(d.markdown).not.toMatch(/tutorial-amplifier:/)
    const html: string[] = []
    visit(tree, 'html', (n: Html) => {
      html.push(n.value)
    })
    // the only HTML in the document is our own record line
    expect(html).toEqual([renderRecord({ model: 'stand-in', channels: [] })])
  })

  it('keeps the text a reader sees', () => {
    const text = toString(tree)
    expect(text).toContain('Ping @\u200Doctocat and @\u200Dacme/reviewers about this post.')
    expect(text).toContain('<details><summary>open me</summary>')
    expect(text).toContain('Inline <img src=x onerror=alert(1)> html')
  })

  it('is written the same way again (a cached body hashes the same next run)', () => {
    const once = bodyMarkdown(HOSTILE)
    expect(bodyMarkdown(once)).toBe(once)
    expect(d.sections.find((s) => s.id === 'linkedin')?.markdown).toBe(once)
    expect(bodyNodes(once).some((n) => n.type === 'heading' && n.depth < 3)).toBe(false)
  })
})
