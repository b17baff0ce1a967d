// fast-check generators for the property tests: Markdown-ish tutorials (headings, lists, tables,
// fences, claim IDs, figures, HTML, @mentions, HTML comments, our own marker), registries in both
// formats (well-formed, broken and random), committed drafts, and the engine input around them.
import fc from 'fast-check'
import { defaultConfig, type Config } from '../../src/config/types.js'
import { SECTIONS } from '../../src/drafts/types.js'
import type { CommittedDraft, EngineInput, TutorialInput } from '../../src/engine.js'
import type { SourceFile } from '../../src/model.js'

const pick = <T>(...values: T[]): fc.Arbitrary<T> => fc.constantFrom(...values)

const word = pick(
  'Tidepool',
  'query',
  'nodes',
  'stateless',
  'ingest',
  'the',
  'a',
  'latency',
  'cache',
  'object',
  'storage',
  'guaranteed',
  'always',
  'never',
  'will',
  'roadmap',
  'planned',
  'Glossary',
  'diagram'
)

/** Free text: mostly words, sometimes arbitrary strings (ASCII with control characters, Unicode). */
export const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' ')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 12 }) }
)

/** IDs from a small pool (so tutorials and registries overlap) or made up. */
export const claimId: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: pick('KS-ARCH-001', 'KS-LIMIT-001', 'TP-PERF-001', 'KS-COMP-002') },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        pick('KS', 'TP', 'X'),
        pick('ARCH', 'PERF', 'LIMIT', 'Q1'),
        fc.integer({ min: 0, max: 999 })
      )
      .map(([p, c, n]) => `${p}-${c}-${String(n).padStart(3, '0')}`)
  }
)

const figure = pick(
  '10-50ms',
  '20-80 ms',
  '99.9%',
  '99.999999999%',
  "11 9's",
  '3x',
  '10×',
  '$1,200',
  '€0.02 per GB',
  '45-60 minutes',
  '15-20 minutes',
  '1 hour',
  '500 MB/s',
  '1,000,000 messages/s',
  'v2.3.1',
  '8 GiB'
)

export const MARKER_TEXT = '<!-- tutorial-amplifier:default -->'

const hostileInline = pick(
  '@octocat',
  '@github/security',
  'cc @a1',
  'mail me: dev@example.com',
  '(@x)',
  '`@inside-code`',
  MARKER_TEXT,
  '<!-- tutorial-amplifier:other -->',
  '<!-- a comment -->',
  '<!--',
  '-->',
  '<script>alert(1)</script>',
  '</details>',
  '<img src=x onerror=alert(1)>',
  '<https://example.com/@user>',
  '[link](https://example.com/@user)',
  '![Architecture diagram](images/arch.svg)',
  '![flow](https://example.com/@x.png "data flow")',
  '\\',
  '|',
  '```',
  '*',
  '_',
  '[^1]',
  '&lt;!--',
  '\u202e',
  '\u200d'
)

/** One piece of inline content. */
export const inline: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: text },
  { weight: 2, arbitrary: claimId },
  { weight: 1, arbitrary: claimId.map((id) => `**${id}**`) },
  { weight: 2, arbitrary: claimId.map((id) => `(see claim: **${id}**)`) },
  { weight: 2, arbitrary: figure },
  { weight: 3, arbitrary: hostileInline },
  { weight: 1, arbitrary: text.map((t) => `\`${t}\``) },
  { weight: 1, arbitrary: text.map((t) => `**${t}**`) },
  { weight: 1, arbitrary: text.map((t) => `[${t}](https://example.com/${encodeURIComponent(t)})`) }
)

export const line: fc.Arbitrary<string> = fc
  .array(inline, { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(' '))

const lines = (max: number): fc.Arbitrary<string[]> =>
  fc.array(line, { minLength: 1, maxLength: max })

/** One Markdown block (or something that only looks like one). */
export const block: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 7 }), line)
      .map(([d, t]) => `${'#'.repeat(d)} ${t}`)
  },
  { weight: 4, arbitrary: lines(3).map((l) => l.join('\n')) },
  {
    weight: 2,
    arbitrary: lines(4).map((l) => l.map((x, i) => `${'  '.repeat(i % 3)}- ${x}`).join('\n'))
  },
  { weight: 1, arbitrary: lines(4).map((l) => l.map((x, i) => `${i + 1}. ${x}`).join('\n')) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(line, line, fc.array(fc.tuple(line, line), { maxLength: 3 }))
      .map(([a, b, rows]) =>
        [`| ${a} | ${b} |`, '| --- | --- |', ...rows.map(([c, d]) => `| ${c} | ${d} |`)].join('\n')
      )
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(pick('', 'bash', 'mermaid', 'yaml'), lines(3), fc.boolean())
      .map(([lang, l, closed]) => `\`\`\`${lang}\n${l.join('\n')}${closed ? '\n```' : ''}`)
  },
  { weight: 1, arbitrary: lines(3).map((l) => l.map((x) => `> ${x}`).join('\n')) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        pick('E10', 'E20', 'E30', 'E40', 'Lab 1'),
        text,
        pick('15-20 minutes', '1 hour', 'ten minutes', '')
      )
      .map(([id, t, time]) => `## Exercise ${id}: ${t}\n\n**Estimated time**: ${time}`)
  },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.tuple(text, line), { minLength: 1, maxLength: 3 })
      .map((entries) => `## Glossary\n\n${entries.map(([t, d]) => `- **${t}**: ${d}`).join('\n')}`)
  },
  { weight: 1, arbitrary: figure.map((f) => `**Time commitment**: ${f}`) },
  {
    weight: 1,
    arbitrary: lines(2).map(
      (l) => `## Roadmap\n\n${l.map((x) => `- Planned for v2.4: ${x}`).join('\n')}`
    )
  },
  {
    weight: 1,
    arbitrary: lines(2).map(
      (l) => `<details>\n<summary>${l[0]}</summary>\n\n${l.join('\n')}\n\n</details>`
    )
  },
  { weight: 1, arbitrary: text.map((t) => `---\ntitle: ${t}\n---`) },
  { weight: 1, arbitrary: pick(...SECTIONS.map((s) => `## ${s.heading}`)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) }
)

/** A Markdown document of up to `maxBlocks` blocks, separated by one to three line breaks. */
export const markdownOf = (maxBlocks: number): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(block, pick('\n', '\n\n', '\n\n\n')), { maxLength: maxBlocks })
    .map((parts) => parts.map(([b, sep]) => b + sep).join(''))

export const markdown: fc.Arbitrary<string> = markdownOf(8)

// ---------------------------------------------------------------------------- registries

const status = pick(
  'Verified',
  'Draft',
  'Deprecated',
  'Deprecated (superseded by KS-ARCH-001)',
  '✅ Verified',
  'verified',
  '',
  'Maybe',
  '3'
)

const field = fc.oneof(
  line.map((l) => `**Claim:** ${l}`),
  status.map((s) => `**Status:** ${s}`),
  line.map((l) => `**Scope:** ${l}`),
  pick('**Last reviewed:** 2026-09-14', '**Last reviewed:**'),
  lines(2).map((l) => `**Evidence:**\n${l.map((x) => `- ${x}`).join('\n')}`),
  lines(2).map((l) => `**Limitations:**\n${l.map((x) => `- ${x}`).join('\n')}`),
  claimId.map((id) => `**Superseded by:** ${id}`),
  line
)

const markdownClaim = fc
  .tuple(
    claimId,
    pick('', ' Extra heading text'),
    fc.array(fc.tuple(field, pick('\n', '\n\n', '  \n')), { maxLength: 6 })
  )
  .map(([id, extra, fields]) => `## ${id}${extra}\n\n${fields.map(([f, s]) => f + s).join('')}`)

/** A Markdown registry file: claims mixed with other blocks. */
export const markdownRegistry: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 3, arbitrary: markdownClaim }, { weight: 1, arbitrary: block }), {
    maxLength: 5
  })
  .map((parts) => `# Claims\n\n${parts.join('\n\n')}\n`)

const yamlScalar = fc.oneof(
  text,
  pick('"quoted: text"', "'single'", '[a, b', '{x: 1}', '3', 'null', '~', '|', '>-')
)

const yamlLine = fc.oneof(
  pick('claims:', 'claims: []', 'claims: {}', '---', '- ', 'evidence:', '  - ', '\t- id: X'),
  claimId.map((id) => `  - id: ${id}`),
  yamlScalar.map((s) => `    claim: ${s}`),
  status.map((s) => `    status: ${s}`),
  yamlScalar.map((s) => `    scope: ${s}`),
  yamlScalar.map((s) => `    evidence: ${s}`),
  lines(2).map((l) => `    evidence:\n${l.map((x) => `      - ${JSON.stringify(x)}`).join('\n')}`),
  claimId.map((id) => `    superseded_by: ${id}`),
  yamlScalar.map((s) => `    ${s}: ${s}`),
  fc.string({ maxLength: 20 })
)

/** YAML-ish registry text: mostly the right lines, sometimes in the wrong places. */
export const yamlRegistry: fc.Arbitrary<string> = fc
  .array(yamlLine, { maxLength: 12 })
  .map((l) => `${l.join('\n')}\n`)

/** Registry files (paths under `claims/`), mixed formats, plus a README that is never a claim. */
export const registryFiles: fc.Arbitrary<SourceFile[]> = fc
  .array(
    fc.oneof(
      markdownRegistry.map((t) => ['md', t] as const),
      yamlRegistry.map((t) => ['yaml', t] as const),
      fc.tuple(pick('md', 'yml'), fc.string({ maxLength: 60 })),
      markdown.map((t) => ['README.md', t] as const)
    ),
    { maxLength: 3 }
  )
  .map((files) =>
    files.map(([ext, t], i) => ({
      path: ext === 'README.md' ? 'claims/README.md' : `claims/file-${i}.${ext}`,
      text: t
    }))
  )

// ---------------------------------------------------------------------------- tutorials, input

const tutorialDir = pick(
  'tut',
  'tutorials/101_kafscale-dev-guide',
  'docs/@octocat',
  'a b',
  MARKER_TEXT,
  'x|y'
)

/** One tutorial folder: README, numbered chapters, sometimes a SUMMARY.md (entries may be missing). */
export const tutorial: fc.Arbitrary<TutorialInput> = fc
  .record({
    dir: tutorialDir,
    readme: fc.option(markdownOf(6), { nil: undefined }),
    chapters: fc.array(markdownOf(6), { maxLength: 2 }),
    summary: fc.option(
      fc.array(pick('README.md', '01-chapter.md', '02-chapter.md', '09-missing.md', '../x.md')),
      {
        nil: undefined
      }
    )
  })
  .map(({ dir, readme, chapters, summary }) => {
    const files: SourceFile[] = []
    if (readme !== undefined) files.push({ path: `${dir}/README.md`, text: readme })
    chapters.forEach((c, i) => files.push({ path: `${dir}/0${i + 1}-chapter.md`, text: c }))
    if (summary) {
      const entries = summary.map((f, i) => `- [Part ${i}](${f})`).join('\n')
      files.push({ path: `${dir}/SUMMARY.md`, text: `# Summary\n\n${entries}\n` })
    }
    return { dir, files }
  })

const configArb: fc.Arbitrary<Config> = fc
  .record({
    pattern: fc.option(pick('KS-[A-Z]+-[0-9]{3}', '[A-Z]+-[A-Z0-9]+-\\d+', 'E\\d+'), {
      nil: undefined
    }),
    url: fc.option(pick('https://example.com/{tutorial}', 'https://example.com/@user/{tutorial}'), {
      nil: undefined
    }),
    hashtags: fc.array(pick('#tidepool', '#kafka', '#a1'), { maxLength: 2 })
  })
  .map(({ pattern, url, hashtags }) => {
    const c = defaultConfig()
    if (pattern) c.claimIdPattern = pattern
    if (url) c.tutorialUrls = { '*': url }
    c.hashtags = hashtags
    return c
  })

/** A committed draft: Markdown that sometimes has the contract's sections. */
const committedDraft = (name: string): fc.Arbitrary<CommittedDraft> =>
  markdown.map((text) => ({
    tutorial: name,
    file: { path: `publication-drafts/${name}.draft.md`, text }
  }))

/** A whole engine input: one or two tutorials, a registry, a config, maybe committed drafts. */
export const engineInput: fc.Arbitrary<EngineInput> = fc
  .tuple(
    fc.array(tutorial, { minLength: 1, maxLength: 2 }),
    registryFiles,
    configArb,
    fc.boolean(),
    fc.boolean()
  )
  .chain(([tutorials, registry, config, coverage, withDrafts]) => {
    // two tutorials with the same folder would be one folder
    const unique = tutorials.filter((t, i) => tutorials.findIndex((u) => u.dir === t.dir) === i)
    const name = (unique[0]?.dir ?? 'tut').split('/').pop() ?? 'tut'
    const drafts: fc.Arbitrary<CommittedDraft[]> = withDrafts
      ? fc.array(committedDraft(name), { maxLength: 1 })
      : fc.constant([])
    return drafts.map((d) => ({ tutorials: unique, registry, config, coverage, drafts: d }))
  })

/** Where a tutorial's draft would be written (display path). */
export const draftPath = (t: { name: string }): string => `publication-drafts/${t.name}.draft.md`
