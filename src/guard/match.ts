// Which tutorial a committed draft belongs to, from its file name or its first lines. Pure: the
// shell (src/io/project.ts) reads the files and hands in their names and text.
//
// - By name: the file's base name contains the tutorial's folder name between separators (start or
//   end of the name, `_`, `-`, `.`, space): `2026-01-04__101_getting-started__draft.md`,
//   `linkedin-draft__101_getting-started.md`, `101_getting-started-talk.md`. Case is ignored.
//   When folder names nest (`kafka` and `kafka-streams`), the longest that matches wins.
// - By content: the front matter or the first lines name the tutorial's path
//   (`tutorial: tutorials/101_getting-started`, `Source: tutorials/101_getting-started/README.md`).

/** A tutorial a draft may belong to. */
export interface TutorialRef {
  /** folder name */
  name: string
  /** the folder's paths as a draft may write them: workspace-relative, POSIX separators */
  paths: readonly string[]
}

export interface DraftMatch {
  tutorial: TutorialRef
  by: 'name' | 'content'
}

/** Lines of the file read for a tutorial path (front matter included). */
export const HEAD_LINES = 20

const SEP = '[\\s._-]'
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function nameRe(name: string): RegExp {
  return new RegExp(`(?:^|${SEP})${escapeRe(name)}(?:${SEP}|$)`, 'i')
}

function pathRe(p: string): RegExp {
  // a path token: not glued to more path characters on either side (a trailing `/…` is fine)
  return new RegExp(`(?<![\\w./-])(?:\\./)?${escapeRe(p)}(?=/|[^\\w.-]|\\.(?:\\s|$)|$)`, 'm')
}

function longest(refs: readonly TutorialRef[]): TutorialRef | undefined {
  let best: TutorialRef | undefined
  for (const r of refs) if (!best || r.name.length > best.name.length) best = r
  return best
}

/** The tutorial a draft belongs to, or undefined when its name and first lines name none. */
export function matchDraft(
  file: string,
  text: string,
  tutorials: readonly TutorialRef[]
): DraftMatch | undefined {
  const base = file.slice(file.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '')
  const byName = longest(tutorials.filter((t) => t.name !== '' && nameRe(t.name).test(base)))
  if (byName) return { tutorial: byName, by: 'name' }
  const head = text.split('\n', HEAD_LINES).join('\n')
  let best: { ref: TutorialRef; len: number } | undefined
  for (const t of tutorials) {
    for (const p of t.paths) {
      const clean = p.replace(/\/+$/, '')
      if (clean === '' || clean === '.') continue
      if (pathRe(clean).test(head) && (!best || clean.length > best.len)) {
        best = { ref: t, len: clean.length }
      }
    }
  }
  return best ? { tutorial: best.ref, by: 'content' } : undefined
}
