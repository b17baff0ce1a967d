// The tutorial reader: a folder's Markdown files in, the `Tutorial` model out. Pure.
import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { SourceFile, Tutorial } from '../model.js'
import { emptyCollected, readChapter } from './chapter.js'
import { remarkGfmWithoutAutolinks } from './gfm.js'
import { normalizeDir, orderChapters, relativeTo } from './order.js'

export { findFigures, normalizeFigure, uncitedFigureDiagnostics } from './figures.js'
export { formatMinutes, parseTimeEstimate } from './time.js'
export { readingTimeMinutes, totalHandsOnTime } from './derived.js'
export { splitSentences } from './sentences.js'

const processor = unified()
  .use(remarkParse)
  .use(remarkGfmWithoutAutolinks)
  .use(remarkFrontmatter, ['yaml'])

/** Parses Markdown into an mdast tree (GFM without literal autolinks, see gfm.ts, + YAML frontmatter). */
export function parseMarkdown(text: string): Root {
  return processor.parse(text)
}

/** A fresh global copy of the claim-ID pattern, so callers' `lastIndex` is never shared. */
function ownRegExp(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g')
}

/** The name of a tutorial folder (its last path segment), as `parseTutorial` sets `name`. */
export function tutorialName(dir: string): string {
  return normalizeDir(dir).split('/').pop() || dir
}

/**
 * Reads a tutorial folder. `dir` is its display path, `files` every `.md` file under it
 * (display paths), `opts.claimId` the global claim-ID pattern from `claimIdRegExp()`.
 */
export function parseTutorial(
  dir: string,
  files: SourceFile[],
  opts: { claimId: RegExp }
): Tutorial {
  const root = normalizeDir(dir)
  const name = tutorialName(dir)
  const claimId = ownRegExp(opts.claimId)
  const order = orderChapters(dir, files, parseMarkdown)
  const out = emptyCollected()
  const exerciseIds = new Set<string>()

  let readmeTitle: string | undefined
  const chapters = order.chapters.map((file) => {
    const isReadme = relativeTo(root, file.path)?.toLowerCase() === 'readme.md'
    const chapter = readChapter(file, parseMarkdown(file.text), {
      isReadme,
      claimId,
      out,
      exerciseIds
    })
    if (isReadme && readmeTitle === undefined) {
      readmeTitle = chapter.headings.find((h) => h.depth === 1)?.text
    }
    return chapter
  })

  const firstHeading = chapters.find((c) => c.headings.length > 0)?.headings[0]?.text
  const tutorial: Tutorial = {
    dir,
    name,
    title: readmeTitle ?? firstHeading ?? name,
    chapters,
    glossary: out.glossary,
    exercises: out.exercises,
    figures: out.figures,
    images: out.images,
    links: out.links,
    citations: out.citations,
    prerequisites: out.prerequisites,
    diagnostics: order.diagnostics
  }
  if (out.timeCommitment) tutorial.timeCommitment = out.timeCommitment
  return tutorial
}
