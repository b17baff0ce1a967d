// Loads the claims registry: every `.md`, `.yml` and `.yaml` file of the registry folder(s),
// both formats mixed. Files are read in path order and claims in file order, so the output is
// deterministic. README files describe the rules and are skipped, even when they mention IDs.
//
// When one ID is defined twice, the first definition (in that order) is kept and the second is
// reported as `registry/duplicate-id`. Invalid entries that have an ID are kept (see entry.ts).
import type { Claim, Diagnostic, Registry, SourceFile } from '../model.js'
import { RULES, diagnostic } from '../rules.js'
import { toClaim, type RawEntry } from './entry.js'
import { idMatcher } from './ids.js'
import { readMarkdownEntries } from './markdown.js'
import { categoryOf, encodingProblem, extensionOf, isReadme } from './source.js'
import { readYamlEntries } from './yaml.js'
import { append } from '../append.js'

export interface RegistryOptions {
  /** the claim-ID RegExp (`claimIdRegExp()` from src/config/types.ts) */
  claimId: RegExp
}

const MARKDOWN = new Set(['md', 'markdown'])
const YAML = new Set(['yml', 'yaml'])

/** Whether a file of the registry folder is read as registry content. */
export function isRegistryFile(path: string): boolean {
  const ext = extensionOf(path)
  return (MARKDOWN.has(ext) || YAML.has(ext)) && !isReadme(path)
}

export function parseRegistry(files: SourceFile[], opts: RegistryOptions): Registry {
  const ids = idMatcher(opts.claimId)
  const sorted = files
    .filter((f) => isRegistryFile(f.path))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const claims: Claim[] = []
  const diagnostics: Diagnostic[] = []
  const byId = new Map<string, Claim>()

  for (const file of sorted) {
    const bad = encodingProblem(file.path, file.text)
    if (bad) {
      diagnostics.push(bad)
      continue
    }
    const category = categoryOf(file.path)
    let entries: { raw: RawEntry; report: boolean }[]
    try {
      if (YAML.has(extensionOf(file.path))) {
        const result = readYamlEntries(file.path, file.text, ids)
        append(diagnostics, result.diagnostics)
        entries = result.entries
      } else {
        entries = readMarkdownEntries(file.path, file.text, ids).map((raw) => ({
          raw,
          report: true
        }))
      }
    } catch (e) {
      // A parser giving up on a pathological file (nesting deep enough to exhaust the stack)
      // costs that file, not the run.
      if (!(e instanceof RangeError)) throw e
      const at = { file: file.path, line: 1, column: 1 }
      diagnostics.push(diagnostic(RULES.registryParse, at, `cannot parse: ${e.message}`))
      continue
    }
    for (const { raw, report } of entries) {
      const { claim, diagnostics: found } = toClaim(raw, { category, ids, report })
      append(diagnostics, found)
      const first = byId.get(claim.id)
      if (first) {
        diagnostics.push(
          diagnostic(
            RULES.registryDuplicateId,
            claim,
            `${claim.id} is defined twice: ${first.file}:${first.line} and ${claim.file}:${claim.line} (the first is used)`,
            claim.id
          )
        )
        continue
      }
      byId.set(claim.id, claim)
      claims.push(claim)
    }
  }
  return { claims, files: sorted.map((f) => f.path), diagnostics }
}
