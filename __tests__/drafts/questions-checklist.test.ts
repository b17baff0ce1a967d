// Open questions come from real gaps only; checklist statuses follow real checks.
import { describe, expect, it } from '@jest/globals'
import { claimIdRegExp, defaultConfig, type Config } from '../../src/config/types.js'
import { URL_PLACEHOLDER } from '../../src/drafts/context.js'
import { NO_OPEN_QUESTIONS } from '../../src/drafts/open-questions.js'
import { NON_GOALS_PLACEHOLDER } from '../../src/drafts/readme-snippet.js'
import { talkPlaceholder } from '../../src/drafts/talk-abstract.js'
import type { ChecklistItemName, Draft } from '../../src/drafts/types.js'
import type { Registry, Tutorial } from '../../src/model.js'
import { parseRegistry } from '../../src/claims/registry.js'
import { parseTutorial } from '../../src/tutorial/index.js'
import { draftFor, tidepool, wavelet } from './load.js'
import { resolveChannels } from '../../src/channels/contract.js'

const full: Partial<Config> = {
  hashtags: ['Webhooks'],
  tutorialUrls: { '*': 'https://docs.example.com/{tutorial}/' },
  talk: { audience: 'Backend developers', level: 'Beginner', format: 'Lightning talk' }
}

function build(t: Tutorial, r: Registry, c: Config): Draft {
  return draftFor(t, r, c, { path: 'drafts/x.draft.md', strict: false })
}

function status(d: Draft, item: ChecklistItemName): string | undefined {
  return d.checklist.find((c) => c.item === item)?.status
}

// A small tutorial with no gaps: a Mermaid diagram (no reuse question), a stated non-goal, only
// Verified claims, no claim-worthy figure without a claim, no roadmap.
const CLEAN_FILES = [
  {
    path: 'tut/clean-lab/README.md',
    text: `# Clean lab

This lab shows how a relay forwards messages between two services.

## Prerequisites

- Docker
`
  },
  {
    path: 'tut/clean-lab/01-intro.md',
    text: `# Introduction

## The problem

Calling each service directly is a traditional source of tight coupling between teams.

## The simplification

Instead of direct calls, the relay stores each message and forwards it when the target is ready (see claim: **CL-ARCH-001**).

\`\`\`mermaid
flowchart LR
  a --> b
\`\`\`

## The impact

As a result, a target can restart without the sender noticing anything at all.

## Limitations

The relay does not support ordering guarantees across targets (see claim: **CL-LIMIT-001**).
Multi-region setups are not covered in this lab.
`
  },
  {
    path: 'tut/clean-lab/02-exercise.md',
    text: `# Hands-on

## E10: Forward a message

**Estimated time**: 10-15 minutes

1. Start the relay.
2. Send a message and watch it arrive at the target service.

## E20: Restart the target

**Estimated time**: 5 minutes

1. Stop the target, send a message, start the target again.
`
  },
  {
    path: 'tut/clean-lab/03-production.md',
    text: `# Running in production

## Monitoring

Watch the queue length of the relay and alert when it keeps growing for a long time.
`
  }
]

const CLEAN_ARCHITECTURE = `
## CL-ARCH-001
**Claim:** The relay stores each message before forwarding it.
**Status:** Verified
`

const CLEAN_LIMITATIONS = `
## CL-LIMIT-001
**Claim:** Ordering is kept per target only.
**Status:** Verified
`

// The clean lab is small: its posts hold the contract as the config overrides it (`channels:`),
// which the writers read like the guard does.
const smallPosts = resolveChannels({
  linkedin: { words: [40, 180] },
  'talk-abstract': { words: [40, 180] },
  newsletter: { words: [30, 120] }
})

function clean(config: Partial<Config> = full): { t: Tutorial; r: Registry; c: Config } {
  const c = { ...defaultConfig(), channels: smallPosts, ...config }
  const claimId = claimIdRegExp(c.claimIdPattern)
  return {
    t: parseTutorial('tut/clean-lab', CLEAN_FILES, { claimId }),
    r: parseRegistry(
      [
        { path: 'claims/architecture.md', text: CLEAN_ARCHITECTURE },
        { path: 'claims/limitations.md', text: CLEAN_LIMITATIONS }
      ],
      { claimId }
    ),
    c
  }
}

describe('open questions', () => {
  it('a tutorial without gaps gets no invented questions', () => {
    const { t, r, c } = clean()
    const d = build(t, r, c)
    expect(d.openQuestions).toEqual([])
    expect(d.sections.find((s) => s.id === 'open-questions')?.markdown).toBe(NO_OPEN_QUESTIONS)
    expect(d.checklist.every((i) => i.status === 'pass')).toBe(true)
    expect(d.diagnostics).toEqual([])
    expect(d.markdown).toContain('https://docs.example.com/clean-lab/')
    expect(d.markdown).toContain('#Webhooks')
  })

  it('every placeholder left in the draft has an open question naming the setting', () => {
    const { t, r, c } = clean({})
    const d = build(t, r, c)
    expect(d.markdown).toContain(URL_PLACEHOLDER)
    for (const key of ['audience', 'level', 'format'] as const) {
      expect(d.markdown).toContain(talkPlaceholder(key))
      expect(
        d.openQuestions.some((q) => q.channel === 'Talk' && q.text.includes(`talk.${key}`))
      ).toBe(true)
    }
    const li = d.openQuestions.filter((q) => q.channel === 'LinkedIn').map((q) => q.kind)
    expect(li).toEqual(['placeholder', 'missing-input'])
    expect(d.sections.find((s) => s.id === 'linkedin')?.markdown).not.toMatch(/(^|\s)#\w/)
    const oq = d.sections.find((s) => s.id === 'open-questions')?.markdown ?? ''
    expect(oq.indexOf('### LinkedIn')).toBeLessThan(oq.indexOf('### Talk'))
    expect(oq).not.toContain('### General')
  })

  it('a tutorial without non-goals gets the README placeholder and a question', () => {
    const wv = wavelet(full)
    const d = build(wv.tutorial, wv.registry, wv.config)
    expect(d.sections.find((s) => s.id === 'readme-snippet')?.markdown).toContain(
      NON_GOALS_PLACEHOLDER
    )
    expect(d.openQuestions.filter((q) => q.channel === 'GitHub README')).toHaveLength(1)
  })

  it('names Draft and Deprecated claims, uncited figures, the diagram and roadmap sections', () => {
    const tp = tidepool(full)
    const d = build(tp.tutorial, tp.registry, tp.config)
    const general = d.openQuestions.filter((q) => q.channel === 'General')
    expect(general.map((q) => q.kind)).toEqual([
      'claims-verification',
      'performance-figure',
      'roadmap'
    ])
    expect(general[0]?.text).toContain('`TP-LIMIT-003`')
    expect(general[0]?.text).toContain('05-production-path.md:')
    expect(general[1]?.text).toContain('`4x`')
    expect(general[2]?.text).toContain('06-next-steps.md:')
    const blog = d.openQuestions.filter((q) => q.channel === 'Medium / Blog')
    expect(blog.map((q) => q.kind)).toEqual(['diagram-permission'])
    expect(blog[0]?.text).toContain('images/architecture.svg')

    const wv = wavelet(full)
    const w = build(wv.tutorial, wv.registry, wv.config)
    const texts = w.openQuestions.map((q) => q.text).join('\n')
    expect(texts).toContain('`WV-0002`')
    expect(texts).toContain('superseded by `WV-0003`')
    expect(texts).toContain('`WV-0006`')
    // a Mermaid diagram is the tutorial's own text: no permission question
    expect(w.openQuestions.some((q) => q.kind === 'diagram-permission')).toBe(false)
  })
})

describe('checklist', () => {
  it('renders the seven items in order with icons and reasons', () => {
    const tp = tidepool()
    const d = build(tp.tutorial, tp.registry, tp.config)
    const lines = (d.sections.find((s) => s.id === 'checklist')?.markdown ?? '').split('\n')
    expect(lines).toHaveLength(7)
    expect(lines[0]).toBe('- ✅ **Technical Accuracy**')
    expect(lines[3]).toMatch(/^- ⚠️ \*\*Tutorial Attribution\*\* — .*tutorialUrl`/)
    expect(lines[6]).toBe(
      '- ⚠️ **Claims Registry Compliance** — the tutorial cites Draft claim `TP-LIMIT-003`; the drafts leave it out until verified'
    )
  })

  it('Claims Registry Compliance flips, and the claim reaches the drafts, when the cited Draft claim is verified', () => {
    const tp = tidepool(full)
    const before = build(tp.tutorial, tp.registry, tp.config)
    expect(status(before, 'Claims Registry Compliance')).toBe('warn')
    expect(before.markdown).not.toContain('**TP-LIMIT-003**')
    expect(status(before, 'Tutorial Attribution')).toBe('pass')
    const verified: Registry = {
      ...tp.registry,
      claims: tp.registry.claims.map((c) =>
        c.id === 'TP-LIMIT-003' ? { ...c, status: 'verified' } : c
      )
    }
    const after = build(tp.tutorial, verified, tp.config)
    expect(status(after, 'Claims Registry Compliance')).toBe('pass')
    expect(after.diagnostics.filter((x) => x.rule === 'claim/draft')).toEqual([])
    expect(after.markdown).toContain('**TP-LIMIT-003**')
  })

  it('Simplification Visibility warns when no limitation exists anywhere', () => {
    const { t, r, c } = clean()
    const noLimits: Tutorial = {
      ...t,
      chapters: t.chapters.map((ch) => ({
        ...ch,
        blocks: ch.blocks.filter((b) => b.section !== 'Limitations')
      })),
      citations: t.citations.filter((x) => x.id !== 'CL-LIMIT-001')
    }
    const d = build(noLimits, r, c)
    expect(status(d, 'Simplification Visibility')).toBe('warn')
    expect(status(build(t, r, c), 'Simplification Visibility')).toBe('pass')
  })

  it('Didactical Flow warns when the tutorial has no exercises', () => {
    const { t, r, c } = clean()
    const d = build({ ...t, exercises: [] }, r, c)
    expect(status(d, 'Didactical Flow')).toBe('warn')
  })

  it('fills Draft.diagnostics with the guard findings on the final document', () => {
    // a LinkedIn floor the tutorial cannot reach: the writer does not pad, the guard says so
    const { t, r, c } = clean({
      ...full,
      channels: resolveChannels({
        linkedin: { words: [400, 500] },
        'talk-abstract': { words: [40, 180] },
        newsletter: { words: [30, 120] }
      })
    })
    const d = build(t, r, c)
    const length = d.diagnostics.filter((x) => x.rule === 'draft/length')
    expect(length.map((x) => x.message)).toEqual([
      expect.stringContaining('"## LinkedIn Draft" is too short')
    ])
    for (const x of d.diagnostics) expect(x.file).toBe('drafts/x.draft.md')
    expect(d.markdown.split('\n')[(length[0]?.line ?? 0) - 3]).toBe('## LinkedIn Draft')
    expect(d.openQuestions).toContainEqual(
      expect.objectContaining({ channel: 'LinkedIn', kind: 'limits' })
    )
  })
})
