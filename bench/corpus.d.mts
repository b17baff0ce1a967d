// Types for bench/corpus.mjs, so TypeScript tests can build corpora in memory.
export interface Rng {
  next(): number
  int(lo: number, hi: number): number
  pick<T>(xs: readonly T[]): T
  chance(p: number): boolean
}
export function rng(seed: number): Rng
export const PREFIX: string
export const CATEGORIES: readonly { code: string; file: string; title: string }[]
export const CLAIM_ID_PATTERN: string
export function claimId(cat: { code: string }, n: number): string
export function registryIds(claims: number): string[][]
/** [path relative to the tutorial folder, text] */
export function tutorialFiles(
  seed: number,
  index: number,
  bytes: number,
  ids: string[][],
  opts?: { chapters?: number }
): [string, string][]
export function registryFiles(
  seed: number,
  claims: number
): { files: [string, string][]; ids: string[][] }
export function configText(claimsDir?: string): string
export interface Corpus {
  root: string
  tutorialDirs: string[]
  markdownFiles: string[]
  registryFiles: string[]
  claims: number
  tutorialBytes: number
  registryBytes: number
}
export function generateCorpus(
  out: string,
  opts?: {
    tutorials?: number
    megabytes?: number
    claims?: number
    seed?: number
    chapters?: number
  }
): Corpus
