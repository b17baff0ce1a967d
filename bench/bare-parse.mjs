// The baseline of the generate figure: read the same Markdown files and parse each with
// unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter), nothing else (`--plain`:
// remark-parse alone). Usage: node bench/bare-parse.mjs ROOT [--plain] (every .md under ROOT,
// skipping dot-folders and publication-drafts, in sorted order).
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const root = path.resolve(process.argv[2] ?? '.')
const processor = process.argv.includes('--plain')
  ? unified().use(remarkParse)
  : unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter)
let files = 0
let bytes = 0
let nodes = 0
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : 1
  )) {
    if (e.name.startsWith('.') || e.name === 'publication-drafts' || e.name === 'node_modules')
      continue
    const abs = path.join(dir, e.name)
    if (e.isDirectory()) walk(abs)
    else if (e.name.endsWith('.md')) {
      const text = readFileSync(abs, 'utf8')
      const tree = processor.parse(text)
      files++
      bytes += text.length
      nodes += tree.children.length
    }
  }
}
walk(root)
process.stdout.write(`${JSON.stringify({ files, bytes, nodes })}\n`)
