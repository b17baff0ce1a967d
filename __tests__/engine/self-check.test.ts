// The writer checks itself: `generate` reports the guard's findings on every draft it writes, and
// data flows one way (the guard never imports a writer, the writers never import the guard).
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { posix } from 'node:path'
import { defaultConfig } from '../../src/config/types.js'
import { resolveChannels } from '../../src/channels/contract.js'
import { generate } from '../../src/engine.js'
import { readFiles } from '../drafts/load.js'

function input(dir: string, claims: string, channels = defaultConfig().channels) {
  return {
    tutorials: [{ dir, files: readFiles(dir, ['.md']) }],
    registry: readFiles(claims, ['.md']),
    config: { ...defaultConfig(), channels }
  }
}

describe('generate reports its own drafts’ guard findings', () => {
  it('a tiny tutorial: draft/length on its own LinkedIn post is a finding of the run, with an open question', () => {
    const r = generate(
      input('__tests__/fixtures/quality/tiny-hello', '__tests__/fixtures/quality/claims'),
      () => 'out/tiny-hello.draft.md'
    )
    const own = r.diagnostics.filter((d) => d.file === 'out/tiny-hello.draft.md')
    expect(own.map((d) => d.rule)).toContain('draft/length')
    expect(own.some((d) => d.message.includes('"## LinkedIn Draft" is too short'))).toBe(true)
    expect(r.summary.warnings).toBeGreaterThanOrEqual(own.length)
    // the per-channel post is guarded as that channel's post; it is not written, so its findings
    // stay with it (JSON `posts`) and its gap is an open question of the draft
    const post = r.drafts[0]?.posts.find((p) => p.channel === 'newsletter')
    expect(post?.path).toBe('out/newsletter-draft__tiny-hello.md')
    expect(post?.diagnostics.map((d) => d.rule)).toContain('draft/length')
    expect(r.diagnostics.some((d) => d.file === post?.path)).toBe(false)
    const q = r.drafts[0]?.openQuestions.filter((x) => x.kind === 'limits') ?? []
    expect(q.map((x) => x.channel)).toEqual(expect.arrayContaining(['LinkedIn', 'Newsletter']))
  })

  it('the example: no findings on its own drafts under the default contract', () => {
    const r = generate(
      input('examples/tidepool-quickstart', 'examples/claims'),
      () => 'out/x.draft.md'
    )
    expect(r.diagnostics.filter((d) => d.file.startsWith('out/'))).toEqual([])
    // the per-channel posts, newsletter and X thread, beside the draft and clean
    const posts = r.drafts[0]?.posts ?? []
    expect(posts.map((p) => [p.channel, p.path])).toEqual([
      ['newsletter', 'out/newsletter-draft__tidepool-quickstart.md'],
      ['x-thread', 'out/x-thread-draft__tidepool-quickstart.md']
    ])
    for (const p of posts) expect(p.diagnostics).toEqual([])
  })

  it('a thread the tutorial cannot fill: a finding of the post and an open question, not of the run', () => {
    const channels = resolveChannels({ 'x-thread': { posts: [9, 12] } })
    const r = generate(
      input('examples/tidepool-quickstart', 'examples/claims', channels),
      () => 'out/x.draft.md'
    )
    const post = r.drafts[0]?.posts.find((p) => p.channel === 'x-thread')
    expect(post?.diagnostics.map((d) => d.rule)).toContain('draft/length')
    expect(r.diagnostics.some((d) => d.file === post?.path)).toBe(false)
    const q = r.drafts[0]?.openQuestions.filter((x) => x.kind === 'limits') ?? []
    expect(q).toContainEqual(
      expect.objectContaining({ channel: 'X / Twitter', text: expect.stringContaining('X Thread') })
    )
  })

  it('a contract override the facts cannot meet becomes a finding, not padding', () => {
    const channels = resolveChannels({ linkedin: { words: [600, 700] } })
    const r = generate(
      input('examples/tidepool-quickstart', 'examples/claims', channels),
      () => 'out/x.draft.md'
    )
    const length = r.diagnostics.filter((d) => d.rule === 'draft/length')
    expect(length).toHaveLength(1)
    expect(length[0]?.message).toContain('LinkedIn Draft')
  })
})

function importsOf(dir: string): { file: string; from: string }[] {
  const out: { file: string; from: string }[] = []
  for (const name of readdirSync(dir)) {
    const p = posix.join(dir, name)
    if (statSync(p).isDirectory()) out.push(...importsOf(p))
    else if (name.endsWith('.ts')) {
      for (const m of readFileSync(p, 'utf8').matchAll(
        /^\s*(?:import|export)\b[^'"]*from\s+['"]([^'"]+)['"]/gm
      )) {
        out.push({ file: p, from: posix.normalize(posix.join(posix.dirname(p), m[1] ?? '')) })
      }
    }
  }
  return out
}

describe('data flows down: reader → facts → writers → guard → reports', () => {
  it('the guard imports no writer', () => {
    expect(importsOf('src/guard').filter((i) => i.from.startsWith('src/drafts/'))).toEqual([])
  })
  it('the writers do not import the guard', () => {
    expect(importsOf('src/drafts').filter((i) => i.from.startsWith('src/guard/'))).toEqual([])
  })
  it('the channel contract and the fact sheet import neither', () => {
    for (const dir of ['src/channels', 'src/facts']) {
      const bad = importsOf(dir).filter(
        (i) => i.from.startsWith('src/drafts/') || i.from.startsWith('src/guard/')
      )
      expect(bad).toEqual([])
    }
  })
})
