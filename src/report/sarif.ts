// `--format sarif`: a SARIF 2.1.0 log (types from @types/sarif) for code scanning
// (github/codeql-action/upload-sarif), which shows every finding, beyond the annotation caps.
import type { Log, ReportingDescriptor, Result } from 'sarif'
import type { CheckResult } from '../engine.js'
import type { Severity } from '../model.js'
import { RULE_LIST, type SeverityOverride } from '../rules.js'
import { allDiagnostics } from './common.js'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' }

export interface SarifOptions {
  /** tool version (package.json) */
  version: string
  /** maps a display path to a path relative to the repository root (POSIX separators) */
  repoPath?: (file: string) => string
  /** per-rule overrides from the config: the default level each rule has in this run */
  rules?: Readonly<Record<string, SeverityOverride>>
}

/** A relative URI reference: each path segment percent-encoded, `/` kept. */
function uri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}

export function renderSarif(result: CheckResult, opts: SarifOptions): Log {
  const repoPath = opts.repoPath ?? ((f: string) => f)
  const rules: ReportingDescriptor[] = RULE_LIST.map((r) => {
    const o = opts.rules?.[r.id]
    const d: ReportingDescriptor = {
      id: r.id,
      shortDescription: { text: r.description },
      defaultConfiguration:
        o === 'off'
          ? { enabled: false, level: LEVEL[r.severity] }
          : { level: LEVEL[o ?? r.severity] }
    }
    return d
  })
  const index = new Map(rules.map((r, i) => [r.id, i]))
  const results: Result[] = allDiagnostics(result).map((d) => {
    const startLine = Math.max(1, Math.trunc(d.line) || 1)
    const startColumn = Math.max(1, Math.trunc(d.column) || 1)
    const region: NonNullable<Result['locations']>[number]['physicalLocation'] = {
      artifactLocation: { uri: uri(repoPath(d.file)) },
      region: { startLine, startColumn }
    }
    if (d.endLine !== undefined && d.endColumn !== undefined && d.endLine >= startLine) {
      region.region!.endLine = d.endLine
      region.region!.endColumn = d.endColumn
    }
    const r: Result = {
      ruleId: d.rule,
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [{ physicalLocation: region }]
    }
    const i = index.get(d.rule)
    if (i !== undefined) r.ruleIndex = i
    if (d.claim !== undefined) r.properties = { claim: d.claim }
    return r
  })
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'tutorial-amplifier',
            version: opts.version,
            semanticVersion: opts.version,
            rules
          }
        },
        results
      }
    ]
  }
}
