import { describe, expect, it } from '@jest/globals'
import { sectionRole } from '../../src/tutorial/roles.js'
import { fromText } from './helpers.js'

describe('sectionRole', () => {
  it.each([
    ['Not suitable for', 'non-goal'],
    ['When not to use Quillstore', 'non-goal'],
    ['Non-goals', 'non-goal'],
    ['Not covered here', 'non-goal'],
    ['Out of scope', 'non-goal'],
    ['Known limitations', 'limitation'],
    ['Limitations', 'limitation'],
    ['Roadmap', 'roadmap'],
    ['Future work', 'roadmap'],
    ['Prerequisites', 'prerequisites'],
    ['1. Prerequisites', 'prerequisites'],
    ['📋 Before you begin', 'prerequisites'],
    ["What you'll learn", 'outcomes'],
    ['What You’ll Build', 'outcomes'],
    ['Learning objectives', 'outcomes'],
    ['Why a queue per tenant?', 'why'],
    ['The problem', 'problem'],
    ['Problem statement', 'problem'],
    ['Troubleshooting', 'troubleshooting'],
    ['Common issues', 'troubleshooting'],
    ['Clean up', 'cleanup'],
    ['Cleanup', 'cleanup'],
    ['Teardown', 'cleanup'],
    ['Glossary', 'glossary'],
    ['Key terms', 'glossary'],
    ['Exercise 3: Replaying the log', 'exercise'],
    ['Exercise: Deploying the relay', 'exercise'],
    ['Exerice 2 - Scaling out', 'exercise'],
    ['E20 — Break a broker', 'exercise'],
    ['Lab 0: Setup', 'exercise'],
    ['Challenge 1', 'exercise'],
    ['Hands-on', 'exercise'],
    ['Summary', 'summary'],
    ['What You Should Know Now', 'summary'],
    ['Key takeaways', 'summary'],
    ['Introduction', 'intro'],
    ['Overview', 'intro'],
    ['Part 2: Overview', 'intro'],
    ['Setup', 'setup'],
    ['Next steps', 'next-steps']
  ])('%s → %s', (heading, role) => {
    expect(sectionRole(heading)).toBe(role)
  })

  it.each([
    'Configuring the relay',
    'Labels and selectors',
    'Tasking the scheduler',
    'Exercises of judgement in partition design',
    'Whyte’s algorithm',
    'Summarising logs with jq',
    'Problematic defaults',
    ''
  ])('%s has no role', (heading) => {
    expect(sectionRole(heading)).toBeUndefined()
  })
})

describe('blocks carry the role of the nearest heading that has one', () => {
  const t = fromText({
    'README.md': [
      '# Quillstore in an afternoon',
      '',
      'Opening words.',
      '',
      '## Not suitable for',
      '',
      '- Multi-region writes',
      '',
      '### Storage details',
      '',
      'Deeper text under a plain heading.',
      '',
      '## Configuring the relay',
      '',
      'Plain section again.',
      ''
    ].join('\n')
  })
  const blocks = t.chapters[0]?.blocks ?? []
  const roleOf = (text: string) => blocks.find((b) => b.text === text)?.role

  it('tags the heading, its items and sub-sections', () => {
    expect(roleOf('Not suitable for')).toBe('non-goal')
    expect(roleOf('Multi-region writes')).toBe('non-goal')
    expect(roleOf('Storage details')).toBe('non-goal')
    expect(roleOf('Deeper text under a plain heading.')).toBe('non-goal')
  })

  it('ends the role at the next heading of the same depth', () => {
    expect(roleOf('Opening words.')).toBeUndefined()
    expect(roleOf('Plain section again.')).toBeUndefined()
    expect(blocks.find((b) => b.text === 'Plain section again.')).not.toHaveProperty('role')
  })
})
