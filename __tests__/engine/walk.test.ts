// src/walk.ts stands in for unist-util-visit on hot paths: it must visit the same nodes in the
// same order, and skip what SKIP skips.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import type { Nodes } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { SKIP, visit } from 'unist-util-visit'
import { walk } from '../../src/walk.js'

const parser = unified().use(remarkParse).use(remarkGfm)

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n)
    return statSync(p).isDirectory() ? markdownFiles(p) : /\.md$/i.test(n) ? [p] : []
  })
}

describe('walk', () => {
  const files = [...markdownFiles('examples'), ...markdownFiles('__tests__/fixtures/layouts')]

  it('visits what unist-util-visit visits, in its order', () => {
    expect(files.length).toBeGreaterThan(20)
    for (const f of files) {
      const tree = parser.parse(readFileSync(f, 'utf8'))
      const theirs: Nodes[] = []
      visit(tree, (n) => {
        theirs.push(n as Nodes)
      })
      const ours: Nodes[] = []
      walk(tree, (n) => {
        ours.push(n)
      })
      expect(ours.length).toBe(theirs.length)
      expect(ours.every((n, i) => n === theirs[i])).toBe(true)
    }
  })

  it('skips the children of a node its callback answers false for, as SKIP does', () => {
    const skip = (n: Nodes): boolean => n.type === 'paragraph' || n.type === 'listItem'
    for (const f of files) {
      const tree = parser.parse(readFileSync(f, 'utf8'))
      const theirs: Nodes[] = []
      visit(tree, (n) => {
        theirs.push(n as Nodes)
        return skip(n as Nodes) ? SKIP : undefined
      })
      const ours: Nodes[] = []
      walk(tree, (n) => {
        ours.push(n)
        return !skip(n)
      })
      expect(ours.every((n, i) => n === theirs[i]) && ours.length === theirs.length).toBe(true)
    }
  })
})
