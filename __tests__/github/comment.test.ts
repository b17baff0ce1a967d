import { describe, expect, it } from '@jest/globals'
import { ACTIONS_BOT, commentAuthor, isOurs, upsertSticky } from '../../src/github/comment.js'
import { FakePlatform } from '../../__fixtures__/platform.js'

const MARKER = '<!-- tutorial-amplifier:default -->'
const opts = (body: string, create = true) => ({
  issue: 5,
  marker: MARKER,
  author: ACTIONS_BOT,
  body,
  create
})

describe('isOurs', () => {
  const c = (author: string, body: string) => ({ id: 1, author, body, createdAt: '', url: '' })

  it('needs the marker as the first line and our login', () => {
    expect(isOurs(c(ACTIONS_BOT, `${MARKER}\nreport`), MARKER, ACTIONS_BOT)).toBe(true)
    expect(isOurs(c('GitHub-Actions[bot]', `${MARKER}\r\nreport`), MARKER, ACTIONS_BOT)).toBe(true)
    expect(isOurs(c('mallory', `${MARKER}\nreport`), MARKER, ACTIONS_BOT)).toBe(false)
    expect(isOurs(c(ACTIONS_BOT, `quote:\n${MARKER}`), MARKER, ACTIONS_BOT)).toBe(false)
    expect(isOurs(c(ACTIONS_BOT, '<!-- tutorial-amplifier:blog -->\nx'), MARKER, ACTIONS_BOT)).toBe(
      false
    )
  })
})

describe('upsertSticky', () => {
  it('creates a comment when none of ours exists', async () => {
    const p = new FakePlatform()
    p.add(5, 'mallory', `${MARKER}\nforged`)
    p.add(6, ACTIONS_BOT, `${MARKER}\nanother PR`)
    const r = await upsertSticky(p, opts(`${MARKER}\nnew`))
    expect(r.action).toBe('created')
    expect(p.writes).toEqual(['create #5'])
    expect(p.comments.filter((c) => c.issue === 5).map((c) => c.body)).toEqual([
      `${MARKER}\nforged`,
      `${MARKER}\nnew`
    ])
  })

  it('does not create when told there is nothing to report', async () => {
    const p = new FakePlatform()
    const r = await upsertSticky(p, opts(`${MARKER}\nnothing`, false))
    expect(r).toEqual({ action: 'none', deleted: [] })
    expect(p.writes).toEqual([])
  })

  it('updates in place only when the body changed', async () => {
    const p = new FakePlatform()
    const mine = p.add(5, ACTIONS_BOT, `${MARKER}\nold`)
    expect((await upsertSticky(p, opts(`${MARKER}\nold`))).action).toBe('unchanged')
    expect(p.writes).toEqual([])
    const r = await upsertSticky(p, opts(`${MARKER}\nnew`))
    expect(r).toEqual({ action: 'updated', url: mine.url, deleted: [] })
    expect(p.writes).toEqual([`update ${mine.id}`])
  })

  it('keeps the oldest of several and deletes the rest, never another user’s', async () => {
    const p = new FakePlatform()
    const oldest = p.add(5, ACTIONS_BOT, `${MARKER}\na`)
    const forged = p.add(5, 'mallory', `${MARKER}\nb`)
    const dup1 = p.add(5, ACTIONS_BOT, `${MARKER}\nc`)
    const dup2 = p.add(5, ACTIONS_BOT, `${MARKER}\nd`)
    const r = await upsertSticky(p, opts(`${MARKER}\na`))
    expect(r.action).toBe('unchanged')
    expect(r.deleted).toEqual([dup1.id, dup2.id])
    expect(p.comments.map((c) => c.id)).toEqual([oldest.id, forged.id])
  })

  it('works with the identity GET /user reports for personal tokens', async () => {
    const p = new FakePlatform()
    p.login = 'docs-bot'
    p.actingAs = 'docs-bot'
    p.add(5, ACTIONS_BOT, `${MARKER}\nby the default token`)
    const author = await commentAuthor(p, 'ghp_abc')
    expect(author).toBe('docs-bot')
    const r = await upsertSticky(p, { ...opts(`${MARKER}\nx`), author })
    expect(r.action).toBe('created')
  })
})

describe('commentAuthor', () => {
  it('does not ask GET /user for installation tokens', async () => {
    const p = new FakePlatform() // refuses GET /user
    await expect(commentAuthor(p, 'ghs_123')).resolves.toBe(ACTIONS_BOT)
    await expect(commentAuthor(p, 'ghs_123', 'my-app[bot]')).resolves.toBe('my-app[bot]')
    await expect(commentAuthor(p, 'ghp_123')).rejects.toThrow('not accessible')
  })
})
