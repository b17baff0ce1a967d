// The sticky comment under the races the end-to-end fault tests provoke, without a bundle: a run
// creating a comment between our listing and our create, a create answered twice, a duplicate
// another run already deleted.
import { describe, expect, it } from '@jest/globals'
import { FakePlatform } from '../../__fixtures__/platform.js'
import { ACTIONS_BOT, upsertSticky } from '../../src/github/comment.js'
import type { IssueComment } from '../../src/github/platform.js'

const MARKER = '<!-- tutorial-amplifier:default -->'
const opts = (body: string) => ({
  issue: 5,
  marker: MARKER,
  author: ACTIONS_BOT,
  body,
  create: true
})

/** A platform where another run's comment appears the moment we create ours. */
class Raced extends FakePlatform {
  racerBody = `${MARKER}\nthe other run`
  override async createComment(issue: number, body: string): Promise<IssueComment> {
    this.add(issue, ACTIONS_BOT, this.racerBody)
    return super.createComment(issue, body)
  }
}

describe('upsertSticky under races', () => {
  it('keeps the racing run’s older comment, with our body, and deletes ours', async () => {
    const p = new Raced()
    const r = await upsertSticky(p, opts(`${MARKER}\nours`))
    const left = p.comments.filter((c) => c.issue === 5)
    expect(left).toHaveLength(1)
    expect(left[0]!.body).toBe(`${MARKER}\nours`)
    expect(r.action).toBe('updated')
    expect(r.url).toBe(left[0]!.url)
    expect(p.writes).toEqual(['create #5', `delete ${r.deleted[0]}`, `update ${left[0]!.id}`])
    expect(r.deleted).not.toContain(left[0]!.id)
  })

  it('does not write again when the racing run wrote the same body', async () => {
    const p = new Raced()
    p.racerBody = `${MARKER}\nsame`
    const r = await upsertSticky(p, opts(`${MARKER}\nsame`))
    expect(r.action).toBe('unchanged')
    expect(p.comments).toHaveLength(1)
    expect(p.writes.filter((w) => w.startsWith('update'))).toEqual([])
  })

  it('keeps its own comment when it is the oldest', async () => {
    const p = new FakePlatform()
    const r = await upsertSticky(p, opts(`${MARKER}\nours`))
    expect(r).toEqual({ action: 'created', url: p.comments[0]!.url, deleted: [] })
    expect(p.writes).toEqual(['create #5'])
  })

  it('takes a duplicate already deleted by someone else (404) as deleted', async () => {
    const p = new FakePlatform()
    const keep = p.add(5, ACTIONS_BOT, `${MARKER}\nours`)
    const dup = p.add(5, ACTIONS_BOT, `${MARKER}\nold`)
    p.deleteComment = async (id: number) => {
      p.writes.push(`delete ${id}`)
      p.comments = p.comments.filter((c) => c.id !== id)
      throw Object.assign(new Error('Not Found'), { status: 404 })
    }
    const r = await upsertSticky(p, opts(`${MARKER}\nours`))
    expect(r).toEqual({ action: 'unchanged', url: keep.url, deleted: [dup.id] })
  })

  it('still fails on any other error while deleting', async () => {
    const p = new FakePlatform()
    p.add(5, ACTIONS_BOT, `${MARKER}\nours`)
    p.add(5, ACTIONS_BOT, `${MARKER}\nold`)
    p.deleteComment = async () => {
      throw Object.assign(new Error('Must have admin rights to Repository.'), { status: 403 })
    }
    await expect(upsertSticky(p, opts(`${MARKER}\nours`))).rejects.toThrow('admin rights')
  })
})
