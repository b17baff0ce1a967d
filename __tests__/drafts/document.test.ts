// The whole document on the two real fixtures: contract shape, channel limits, determinism and
// traceability of every figure.
import { describe, expect, it } from '@jest/globals'
import { SECTIONS, type Draft } from '../../src/drafts/types.js'
import { channelById } from '../../src/channels/contract.js'
import { countWords } from '../../src/drafts/words.js'
import { WRITERS, provenance } from '../../src/drafts/index.js'
import { buildContext } from '../../src/drafts/context.js'
import { draftTree, renderDraft } from '../../src/drafts/render.js'
import { bodyNodes, documentMd } from '../../src/drafts/mdast.js'
import { factsOf } from '../../src/engine.js'
import { exerciseLabel } from '../../src/drafts/context.js'
import { abstractWords } from '../../src/drafts/talk-abstract.js'
import { derivedValues } from '../../src/channels/derived-text.js'
import { findFigures, normalizeFigure } from '../../src/tutorial/figures.js'
import { type Fixture, draftFor, tidepool, wavelet } from './load.js'

const limit = (id: string, key: 'words' | 'lines' | 'points') => {
  const r = channelById(id)?.limits[key]
  return { min: r?.min ?? 0, max: r?.max ?? Infinity }
}
const LIMITS = {
  coreStoryMaxPoints: limit('core-story', 'points').max,
  linkedinWords: limit('linkedin', 'words'),
  readmeLines: limit('readme-snippet', 'lines'),
  talkWords: limit('talk-abstract', 'words')
}

const configured = {
  hashtags: ['Observability', 'Metrics'],
  tutorialUrls: { '*': 'https://docs.example.com/tutorials/{tutorial}' },
  talk: { audience: 'Platform engineers', level: 'Intermediate', format: 'Conference talk' }
}

const fixtures: [string, () => Fixture][] = [
  ['tidepool (no config)', () => tidepool()],
  ['tidepool (configured)', () => tidepool(configured)],
  ['wavelet (no config)', () => wavelet()],
  ['wavelet (configured)', () => wavelet(configured)]
]

function build(f: Fixture, strict = false): Draft {
  return draftFor(f.tutorial, f.registry, f.config, { path: 'drafts/out.draft.md', strict })
}

function section(d: Draft, id: string): string {
  const s = d.sections.find((x) => x.id === id)
  if (!s) throw new Error(`no section ${id}`)
  return s.markdown
}

/** Normalized figures the tutorial and the registry state (all block text, code included). */
function sourceFigures(f: Fixture): Set<string> {
  const out = new Set<string>()
  const add = (text: string | undefined): void => {
    for (const fig of findFigures(text ?? '')) out.add(normalizeFigure(fig.text))
  }
  for (const c of f.tutorial.chapters) for (const b of c.blocks) add(b.text)
  for (const p of f.tutorial.prerequisites) add(p.text)
  add(f.tutorial.timeCommitment?.text)
  for (const e of f.tutorial.exercises) add(e.estimatedTime?.text)
  for (const c of f.registry.claims) [c.claim, ...c.limitations, ...c.implications].forEach(add)
  const derived = derivedValues(f.tutorial)
  add(derived.handsOn)
  add(derived.reading)
  return out
}

describe.each(fixtures)('draft for %s', (_name, load) => {
  const f = load()
  const d = build(f)

  it('has the title, a provenance line and the seven sections in contract order', () => {
    const lines = d.markdown.split('\n')
    expect(lines[0]).toBe(`# Amplification drafts — ${f.tutorial.title}`)
    expect(lines[2]).toContain(f.tutorial.dir)
    const headings = lines.filter((l) => l.startsWith('## ')).map((l) => l.slice(3))
    expect(headings).toEqual(SECTIONS.map((s) => s.heading))
    expect(d.sections.map((s) => s.id)).toEqual(SECTIONS.map((s) => s.id))
  })

  it('uses \\n line endings and ends with exactly one newline', () => {
    expect(d.markdown).not.toContain('\r')
    expect(d.markdown.endsWith('\n')).toBe(true)
    expect(d.markdown.endsWith('\n\n')).toBe(false)
  })

  it('is byte-identical when built twice from freshly read files', () => {
    expect(build(load()).markdown).toBe(d.markdown)
    // each section's Markdown is the document's text under its heading
    for (const s of d.sections) expect(d.markdown).toContain(`## ${s.heading}\n\n${s.markdown}\n`)
  })

  it('holds every channel limit', () => {
    const points = section(d, 'core-story')
      .split('\n')
      .filter((l) => /^\d+\. /.test(l))
    expect(points.length).toBeGreaterThan(0)
    expect(points.length).toBeLessThanOrEqual(LIMITS.coreStoryMaxPoints)

    const li = countWords(section(d, 'linkedin'))
    expect(li).toBeGreaterThanOrEqual(LIMITS.linkedinWords.min)
    expect(li).toBeLessThanOrEqual(LIMITS.linkedinWords.max)

    const talk = abstractWords(section(d, 'talk-abstract'))
    expect(talk.low).toBeGreaterThanOrEqual(LIMITS.talkWords.min)
    expect(talk.high).toBeLessThanOrEqual(LIMITS.talkWords.max)

    const readme = section(d, 'readme-snippet')
      .split('\n')
      .filter((l) => l.trim() !== '')
    expect(readme.length).toBeGreaterThanOrEqual(LIMITS.readmeLines.min)
    expect(readme.length).toBeLessThanOrEqual(LIMITS.readmeLines.max)
    expect(readme.some((l) => l.includes('**Scope**'))).toBe(true)
    expect(readme.some((l) => l.includes('**Non-goals**'))).toBe(true)

    expect(d.diagnostics.filter((x) => x.rule === 'draft/length')).toEqual([])
  })

  it('never cuts a sentence: every LinkedIn prose paragraph ends with punctuation', () => {
    const paragraphs = section(d, 'linkedin').split('\n\n')
    const prose = paragraphs.filter((p) => !p.startsWith('Try ') && !p.startsWith('#'))
    for (const p of prose) expect(p).toMatch(/[.!?]["')\]]*$/)
  })

  it('maps every exercise in order, with its estimate, and references exactly one diagram', () => {
    const outline = section(d, 'blog-outline')
    let from = -1
    for (const e of d.facts.facts.filter((x) => x.role === 'exercise')) {
      const at = outline.indexOf(`- ${exerciseLabel(e)}`)
      expect(at).toBeGreaterThan(from)
      from = at
    }
    expect(outline.split('\n').filter((l) => /^- Diagram\b/.test(l))).toHaveLength(1)
    const diagram = f.tutorial.images.find((i) => i.diagram)
    expect(diagram).toBeDefined()
    expect(outline).toContain(
      diagram?.url.startsWith('mermaid:') ? diagram.file : 'architecture.svg'
    )
  })

  it('states no figure that is absent from the tutorial and the registry', () => {
    const known = sourceFigures(f)
    const prose = d.markdown.replace(/`[^`]*`/g, ' ')
    const untraced = findFigures(prose)
      .map((x) => normalizeFigure(x.text))
      .filter((n) => !known.has(n))
    expect(untraced).toEqual([])
    expect(d.diagnostics.filter((x) => x.rule === 'draft/untraced-figure')).toEqual([])
  })

  it('cites only claims the tutorial cites that exist and are not deprecated', () => {
    const cited = new Set(f.tutorial.citations.map((c) => c.id))
    const ids = [...d.markdown.matchAll(/\*\*([A-Z]+-[A-Z0-9-]+)\*\*/g)].map((m) => m[1] ?? '')
    const claims = ids.filter((id) => f.registry.claims.some((c) => c.id === id))
    expect(claims.length).toBeGreaterThan(0)
    for (const id of claims) {
      expect(cited.has(id)).toBe(true)
      expect(f.registry.claims.find((c) => c.id === id)?.status).not.toBe('deprecated')
    }
    const bad = ['claim/unknown', 'claim/deprecated', 'draft/uncited-claim']
    expect(d.diagnostics.filter((x) => bad.includes(x.rule))).toEqual([])
  })

  it('never repeats a roadmap statement', () => {
    expect(d.markdown).not.toMatch(/Planned for v2|configurable later|Under discussion/)
  })
})

describe('fixture-specific content', () => {
  it('tidepool: summarises the comparison table and keeps the tutorial estimates', () => {
    const d = build(tidepool())
    const outline = section(d, 'blog-outline')
    expect(outline).toContain('Comparison table (Concern | Traditional setup | Tidepool)')
    expect(outline).toContain('Where data lives; Query servers')
    expect(outline).toContain('E10 — Run the local demo (5–10 minutes)')
    expect(outline).toContain(
      // E10 + E20 + E30; the optional E40 is left out of the sum
      'Estimated hands-on time (sum of the exercise estimates): 25–35 minutes'
    )
    // the uncited `4x` compaction figure is not amplified
    expect(d.markdown).not.toMatch(/\b4x\b[^`]/)
  })

  it('wavelet: leaves out sentences that cite the deprecated claim, uses the Lab labels', () => {
    const d = build(wavelet())
    expect(d.markdown).not.toContain('**WV-0002**')
    expect(d.markdown).not.toContain('fixed number of attempts')
    expect(section(d, 'core-story')).toContain('Lab 1 — Forward your first webhook (20 minutes)')
    expect(section(d, 'readme-snippet')).not.toContain('throwaway target')
  })
})

describe('the diagnostics a draft carries', () => {
  it('are exactly what the guard finds on the final document (it runs once, before the checklist)', async () => {
    const { guardDraft } = await import('../../src/guard/index.js')
    const { claimIdRegExp } = await import('../../src/config/types.js')
    const { parseRegistry } = await import('../../src/claims/registry.js')
    const { parseTutorial } = await import('../../src/tutorial/index.js')
    const { defaultConfig } = await import('../../src/config/types.js')
    const { readdirSync, readFileSync } = await import('node:fs')
    const claimId = claimIdRegExp(defaultConfig().claimIdPattern)
    const read = (dir: string) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.md'))
        .map((f) => ({ path: `${dir}/${f}`, text: readFileSync(`${dir}/${f}`, 'utf8') }))
    const t = parseTutorial('examples/tidepool-quickstart', read('examples/tidepool-quickstart'), {
      claimId
    })
    const r = parseRegistry(read('examples/claims'), { claimId })
    const { resolveChannels } = await import('../../src/channels/contract.js')
    // a LinkedIn floor no tutorial fact can reach, so the guard has something to find
    const channels = resolveChannels({ linkedin: { words: [900, 1000] } })
    const d = draftFor(
      t,
      r,
      { ...defaultConfig(), channels },
      { path: 'x.draft.md', strict: false }
    )
    const again = guardDraft({ path: 'x.draft.md', text: d.markdown }, t, r, {
      claimId,
      strict: false,
      channels
    })
    expect(d.diagnostics.length).toBeGreaterThan(0)
    expect(d.diagnostics).toEqual(again)
  })
})

describe('the document written section by section', () => {
  it('is the whole tree written at once, byte for byte', () => {
    for (const load of [() => tidepool(), () => wavelet(configured)]) {
      const f = load()
      const input = { tutorials: [], registry: [], config: f.config, strict: false }
      const sheet = factsOf(input, f.tutorial, f.registry)
      const ctx = buildContext(f.tutorial, f.registry, f.config, sheet, {
        path: 'drafts/out.draft.md',
        strict: false
      })
      const sections = Object.values(WRITERS).map((w) => w(ctx))
      // a section written elsewhere that ends in a list and holds a table and a fence
      sections.push({
        id: 'checklist',
        heading: 'Amplification Checklist',
        nodes: bodyNodes('| a | b |\n| - | - |\n| 1 | 2 |\n\n```sh\nls\n```\n\n- one\n- two')
      })
      const head = [provenance(ctx, sections)]
      const whole = documentMd(draftTree(sections, f.tutorial.title, head))
      expect(renderDraft(sections, f.tutorial.title, head)).toBe(whole)
      expect(whole).toContain('| a | b |')
      expect(whole).toContain('```sh\nls\n```')
    }
  })
})
