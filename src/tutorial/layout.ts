// Does a folder look like a tutorial? Decided from names only (the shell lists, this decides), so
// autodetection recognises the same layouts the reader orders (src/tutorial/order.ts). Pure.
import { notContent, numberOf } from './order.js'

export interface FolderListing {
  /** file names directly in the folder */
  files: string[]
  /** its subfolders: name and the file names directly in each */
  folders: { name: string; files: string[] }[]
}

const MD = /\.(?:md|markdown)$/i
const INTRO = /^(?:readme|index|_index)\.(?:md|markdown)$/i

const chapterFiles = (files: string[]): string[] =>
  files.filter((f) => MD.test(f) && notContent(f) === undefined)

/** Numbered Markdown files or a SUMMARY.md: a tutorial of its own. */
function selfContained(files: string[]): boolean {
  const md = chapterFiles(files)
  return md.some((f) => /^summary\.md$/i.test(f)) || md.some((f) => numberOf(f) !== undefined)
}

/**
 * A SUMMARY.md, a mkdocs.yml, numbered chapter files (`01-x.md`, `lab-3-x.md`), a README beside
 * numbered chapter folders (`01-x/README.md`, `Lab3/README.md`), or a README beside `docs/`.
 * A folder whose numbered subfolders are tutorials themselves is a collection, not a tutorial.
 */
export function looksLikeTutorial(l: FolderListing): boolean {
  if (selfContained(l.files)) return true
  if (l.files.some((f) => /^mkdocs\.ya?ml$/i.test(f))) return true
  const intro = l.files.some((f) => INTRO.test(f))
  if (!intro) return false
  const numbered = l.folders.filter(
    (d) => numberOf(d.name) !== undefined && notContent(`${d.name}/x.md`) === undefined
  )
  if (
    numbered.length > 0 &&
    numbered.some((d) => chapterFiles(d.files).length > 0) &&
    !numbered.some((d) => selfContained(d.files))
  ) {
    return true
  }
  return l.folders.some((d) => d.name.toLowerCase() === 'docs' && chapterFiles(d.files).length > 0)
}
