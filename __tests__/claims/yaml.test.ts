import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import yaml from 'js-yaml'
import { DEFAULT_CLAIM_ID_PATTERN, claimIdRegExp } from '../../src/config/types.js'
import { parseRegistry } from '../../src/claims/registry.js'
import { conformsToSchema } from '../../src/claims/schema.js'

const claimId = claimIdRegExp(DEFAULT_CLAIM_ID_PATTERN)
const yml = (text: string, path = 'claims/ops.yaml') => parseRegistry([{ path, text }], { claimId })
const brief = (r: ReturnType<typeof yml>) =>
  r.diagnostics.map((d) => `${d.rule} ${d.line}:${d.column} ${d.message}`)

describe('YAML registry: valid files', () => {
  it('reads a claims: list with every field, and each entry at its own line', () => {
    const r = yml(
      [
        '# ops claims',
        'claims:',
        '  - id: TP-OPS-001',
        '    claim: Workers are stateless.',
        '    scope: Tidepool 2.x',
        '    status: Verified',
        '    last_reviewed: 2025-03-14',
        '    evidence:',
        '      - https://docs.example/storage',
        '    implications: [Replace workers freely]',
        '    limitations:',
        '      - Cache is lost',
        '',
        '  # a deprecated one',
        '  -',
        '    status: deprecated',
        '    id: TP-OPS-002',
        '    claim: Workers need volumes.',
        '    superseded_by: TP-OPS-001'
      ].join('\n')
    )
    expect(r.diagnostics).toEqual([])
    expect(r.claims).toEqual([
      {
        id: 'TP-OPS-001',
        claim: 'Workers are stateless.',
        scope: 'Tidepool 2.x',
        status: 'verified',
        lastReviewed: '2025-03-14',
        evidence: ['https://docs.example/storage'],
        implications: ['Replace workers freely'],
        limitations: ['Cache is lost'],
        category: 'ops',
        file: 'claims/ops.yaml',
        line: 3,
        column: 5
      },
      {
        id: 'TP-OPS-002',
        claim: 'Workers need volumes.',
        status: 'deprecated',
        supersededBy: 'TP-OPS-001',
        evidence: [],
        implications: [],
        limitations: [],
        category: 'ops',
        file: 'claims/ops.yaml',
        line: 16,
        column: 5
      }
    ])
  })

  it('accepts a top-level list and a single-claim document', () => {
    const list = yml(
      '- id: TP-OPS-001\n  claim: a\n  status: Draft\n- {id: TP-OPS-002, claim: b, status: Verified}\n'
    )
    expect(list.diagnostics).toEqual([])
    expect(list.claims.map((c) => [c.id, c.status, c.line, c.column])).toEqual([
      ['TP-OPS-001', 'draft', 1, 3],
      ['TP-OPS-002', 'verified', 4, 3]
    ])
    const single = yml('\n\nid: TP-OPS-003\nclaim: c\nstatus: verified\n', 'claims/one.yml')
    expect(single.diagnostics).toEqual([])
    expect(single.claims.map((c) => [c.id, c.category, c.line])).toEqual([['TP-OPS-003', 'one', 3]])
  })

  it('treats an empty file or an empty claims list as no claims', () => {
    expect(yml('# nothing yet\n').claims).toEqual([])
    expect(yml('claims: []\n')).toEqual({ claims: [], files: ['claims/ops.yaml'], diagnostics: [] })
  })
})

describe('YAML registry: problems', () => {
  it('reports a syntax error at its 1-based line:column and reads nothing from the file', () => {
    const r = yml('claims:\n  - id: TP-OPS-001\n   claim: [unclosed\n')
    expect(r.claims).toEqual([])
    expect(r.diagnostics).toHaveLength(1)
    expect(r.diagnostics[0]).toMatchObject({
      rule: 'registry/parse',
      severity: 'error',
      line: 3,
      column: 4
    })
    expect(r.diagnostics[0]?.message).toContain('bad indentation')
  })

  it('reports a duplicate key as a parse error', () => {
    const r = yml('claims:\n  - id: TP-OPS-001\n    claim: a\n    claim: b\n    status: Draft\n')
    expect(brief(r)).toEqual([
      'registry/parse 4:5 YAML syntax error in claims/ops.yaml: duplicated mapping key'
    ])
  })

  it('names the field of wrong types at the line of the entry or the value', () => {
    const r = yml(
      [
        'claims:',
        '  - id: TP-OPS-001',
        '    claim: ok',
        '    status: Verified',
        '  - id: TP-OPS-002',
        '    claim: ok',
        '    status: Verified',
        '  - id: TP-OPS-003',
        '    claim: 42',
        '    status: Verified',
        '    evidence: https://docs.example/not-a-list',
        '    limitations:',
        '      - {text: nested}'
      ].join('\n')
    )
    expect(brief(r)).toEqual([
      'registry/invalid 8:5 claims[2].claim must be string',
      'registry/invalid 8:5 claims[2].evidence must be array',
      'registry/invalid 13:9 claims[2].limitations[0] must be string'
    ])
    expect(r.diagnostics.every((d) => d.claim === 'TP-OPS-003')).toBe(true)
    // still in the registry (so citations are not "unknown")
    expect(r.claims.map((c) => c.id)).toEqual(['TP-OPS-001', 'TP-OPS-002', 'TP-OPS-003'])
  })

  it('locates an error inside a flow or block list at the list itself', () => {
    const r = yml(
      [
        'claims:',
        '  - id: TP-OPS-001',
        '    claim: ok',
        '    status: Draft',
        '    implications:   [1, two]',
        '    limitations:',
        '',
        '      # a comment before the list',
        '      - 3'
      ].join('\n')
    )
    expect(brief(r)).toEqual([
      'registry/invalid 5:21 claims[0].implications[0] must be string',
      'registry/invalid 9:7 claims[0].limitations[0] must be string'
    ])
  })

  it('reports an unknown status with the allowed values, missing fields and unknown fields', () => {
    const r = yml(
      [
        'claims:',
        '  - id: TP-OPS-001',
        '    claim: a',
        '    status: Verifed',
        '  - id: TP-OPS-002',
        '    status: Draft',
        '  - id: TP-OPS-003',
        '    claim: c',
        '    evidense: [x]',
        '  - claim: no id at all',
        '    status: Draft'
      ].join('\n')
    )
    expect(brief(r)).toEqual([
      'registry/invalid 2:5 claims[0].status is "Verifed", must be one of Draft, Verified, Deprecated',
      'registry/invalid 5:5 claims[1] is missing required field "claim"',
      'registry/invalid 7:5 claims[2] is missing required field "status"',
      'registry/invalid 7:5 claims[2] has unknown field "evidense"',
      'registry/invalid 10:5 claims[3] is missing required field "id"'
    ])
    expect(r.claims.map((c) => [c.id, c.status])).toEqual([
      ['TP-OPS-001', 'draft'],
      ['TP-OPS-002', 'draft'],
      ['TP-OPS-003', 'draft']
    ])
  })

  it('reports a document of the wrong shape and an ID that does not fit the pattern', () => {
    expect(brief(yml('just a string\n'))).toEqual([
      'registry/invalid 1:1 claims/ops.yaml must hold a "claims:" list, a list of claims, or one claim'
    ])
    expect(brief(yml('claims:\n  id: TP-OPS-001\n'))).toEqual([
      'registry/invalid 1:1 claims must be array'
    ])
    const r = yml('claims:\n  - id: tp-ops-1\n    claim: a\n    status: Draft\n')
    expect(r.diagnostics.map((d) => [d.rule, d.line, d.claim])).toEqual([
      ['registry/invalid', 2, 'tp-ops-1']
    ])
    expect(r.diagnostics[0]?.message).toContain('does not match the claim-ID pattern')
  })
})

describe('the shipped schema and example', () => {
  const example = readFileSync(
    new URL('../../claims/example-registry.yaml', import.meta.url),
    'utf8'
  )

  it('the example registry conforms to the schema and loads without diagnostics', () => {
    expect(conformsToSchema(yaml.load(example, { schema: yaml.CORE_SCHEMA }))).toBe(true)
    const r = yml(example, 'claims/example-registry.yaml')
    expect(r.diagnostics).toEqual([])
    expect(r.claims.map((c) => c.id)).toEqual([
      'TP-OPS-001',
      'TP-OPS-002',
      'TP-OPS-003',
      'TP-OPS-004'
    ])
    expect(r.claims.find((c) => c.status === 'deprecated')?.supersededBy).toBe('TP-OPS-001')
    for (const c of r.claims) {
      expect(example.split('\n')[c.line - 1]?.trim()).toBe(`- id: ${c.id}`)
    }
  })

  it('the schema accepts the three shapes and rejects the wrong ones', () => {
    const one = { id: 'X-Y-001', claim: 'c', status: 'Draft' }
    expect(conformsToSchema({ claims: [one] })).toBe(true)
    expect(conformsToSchema([one])).toBe(true)
    expect(conformsToSchema(one)).toBe(true)
    expect(conformsToSchema({ claims: [{ ...one, status: 'Done' }] })).toBe(false)
    expect(conformsToSchema({ claims: [{ ...one, evidence: 'x' }] })).toBe(false)
    expect(conformsToSchema({ claims: [one], extra: 1 })).toBe(false)
  })
})
