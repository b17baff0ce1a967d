// Does a folder look like a tutorial? Decided from names only (the shell lists, this decides), so
// autodetection recognises the same layouts the reader orders (src/tutorial/order.ts). Pure.
import { CHAPTER_DIRS, MARKDOWN, notContent, numberOf } from './order.js'

export interface FolderListing {
  /** file names directly in the folder */
  files: string[]
  /** its subfolders: name and the file names directly in each */
  folders: { name: string; files: string[] }[]
}

const INTRO = /^(?:readme|index|_index)\.(?:md|markdown|mdx)$/i
/** A Docusaurus site's config: its `docs/` holds the chapters, possibly only in category folders. */
const DOCUSAURUS = /^docusaurus\.config\.(?:js|cjs|mjs|ts)$/i
/** A Hugo site's config: its `content/` holds the chapters. */
const HUGO = /^(?:hugo|config)\.(?:toml|ya?ml|json)$/i

const chapterFiles = (files: string[]): string[] =>
  files.filter((f) => MARKDOWN.test(f) && notContent(f) === undefined)

/** Numbered Markdown files or a SUMMARY.md: a tutorial of its own. */
function selfContained(files: string[]): boolean {
  const md = chapterFiles(files)
  return md.some((f) => /^summary\.md$/i.test(f)) || md.some((f) => numberOf(f) !== undefined)
}

/**
 * A SUMMARY.md, a mkdocs.yml, numbered chapter files (`01-x.md`, `lab-3-x.md`), a README beside
 * numbered chapter folders (`01-x/README.md`, `Lab3/README.md`), or a README beside `docs/` (with
 * chapters in it, or a Docusaurus config beside it: its chapters may all be in category folders),
 * or beside a Hugo site's `content/` (a `hugo.toml` / `config.toml` beside it), or beside one folder
 * of numbered lessons, labs or chapters (`lessons/01-x.md`).
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
  const docusaurus = l.files.some((f) => DOCUSAURUS.test(f))
  const hugo = l.files.some((f) => HUGO.test(f))
  const lessons = l.folders.filter(
    (d) => CHAPTER_DIRS.has(d.name.toLowerCase()) && selfContained(d.files)
  )
  return (
    lessons.length === 1 ||
    l.folders.some(
      (d) =>
        (d.name.toLowerCase() === 'docs' && (docusaurus || chapterFiles(d.files).length > 0)) ||
        (d.name.toLowerCase() === 'content' && hugo)
    )
  )
}

const LOCAL_MD_LINK = /\]\(\s*<?([^)\s>]+\.(?:md|markdown))(?:#[^)\s]*)?>?(?:\s+"[^"]*")?\s*\)/giu

/**
 * For a folder whose names say nothing: its README links two or more local chapter files (a list
 * or a table of labs), or two or more of its pages carry a front matter order key. `intro` is the
 * README's text, `pages` the other Markdown texts of the folder.
 */
export function looksLikeTutorialByContent(intro: string | undefined, pages: string[]): boolean {
  if (intro !== undefined) {
    const targets = new Set<string>()
    for (const m of intro.matchAll(LOCAL_MD_LINK)) {
      const url = m[1] ?? ''
      if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('../')) continue
      if (notContent(url) === undefined) targets.add(url)
    }
    if (targets.size >= 2) return true
  }
  const keyed = pages.filter((p) =>
    /^---\r?\n(?:[^\n]*\r?\n)*?(?:sidebar_position|nav_order|weight)\s*:\s*\d/u.test(p)
  )
  return keyed.length >= 2
}
