// The action's work once inputs and event are known: choose the tutorials, run the engine, write
// drafts, report (outputs, job summary, annotations, sticky comment) and upload release assets.
// Imported lazily by main.ts, so a failing input check never loads the engine or the HTTP client.
import type { ListItem, Paragraph } from 'mdast'
import path from 'node:path'
import * as core from '@actions/core'
import {
  runGenerate,
  staleDiagnostics,
  staleDrafts,
  withDiagnostics,
  writeDrafts,
  writeWithModel,
  type GenerateRun
} from '../app.js'
import { isRegistryFile, parseRegistry, partialRegistry, scanRegistry } from '../claims/registry.js'
import { DEFAULT_CONFIG_FILES, loadConfig } from '../config/load.js'
import { claimIdRegExp, type Config } from '../config/types.js'
import type { CheckResult, CommittedDraft, GenerateResult } from '../engine.js'
import { UsageError, printable } from '../errors.js'
import type { ActionInputs, FailOn } from '../inputs.js'
import { displayPath, resolveInside } from '../io/paths.js'
import {
  discoverDrafts,
  draftPathFor,
  readRegistry,
  readTutorial,
  resolveFolders,
  type ReadRegistry,
  type Workspace
} from '../io/project.js'
import type { Diagnostic, Registry } from '../model.js'
import { DEFAULT_ENDPOINT, DEFAULT_MODEL } from '../llm/types.js'
import { selectAnnotations } from '../report/annotations.js'
import { markerFor, renderComment } from '../report/comment.js'
import { allDiagnostics, countsOf } from '../report/common.js'
import { md, text } from '../report/mdast.js'
import { outsideFilterSection, renderJobSummary } from '../report/summary.js'
import { applyRuleConfig, RULES } from '../rules.js'
import { citationScanner, idsIn, isInside, planAffected, type PullFile } from './affected.js'
import { createOctokit, retryScale } from './client.js'
import { commentAuthor, removeSticky, upsertSticky } from './comment.js'
import { filterFindings } from './filter.js'
import type { ActionContext } from './context.js'
import { shouldWriteDrafts, type Mode, type ReleaseInfo } from './events.js'
import { GitHubPlatform, type Platform } from './platform.js'
import { assetNames, releaseUploadUrl } from './release.js'

export interface ActionRun {
  inputs: ActionInputs
  ctx: ActionContext
  mode: Mode
  env?: Record<string, string | undefined>
  /** injected in tests; default: the REST API at ctx.apiUrl */
  platform?: Platform
}

const FORK_HINT =
  'The token may not comment here ("Resource not accessible by integration"). Pull requests from forks get a read-only GITHUB_TOKEN under pull_request; the report is in the job summary and outputs. To comment on fork PRs, use the workflow_run recipe in the README (never pull_request_target). For same-repository PRs, grant "pull-requests: write".'

/** A 403 the token's permissions cause (as opposed to a rate limit, which is retried). */
function isReadOnly(e: unknown): boolean {
  const err = e as { status?: number; message?: string }
  return err.status === 403 && /not accessible by integration/i.test(err.message ?? '')
}

function failing(errors: number, warnings: number, failOn: FailOn): boolean {
  if (failOn === 'never') return false
  return errors > 0 || (failOn === 'warning' && warnings > 0)
}

const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`

function workspace(env: Record<string, string | undefined>): Workspace {
  const root = path.resolve(env.GITHUB_WORKSPACE || process.cwd())
  return { root, cwd: root }
}

function configure(ws: Workspace, inputs: ActionInputs): Config {
  const config = loadConfig(ws, inputs.config)
  // an input left at its default keeps the config's choice; any other value wins
  const w = inputs.writer
  if (w.kind !== 'deterministic') config.writer.kind = w.kind
  if (w.model !== DEFAULT_MODEL) config.writer.model = w.model
  if (w.endpoint !== DEFAULT_ENDPOINT) config.writer.endpoint = w.endpoint
  if (inputs.draftsDir) {
    config.draftsDir = displayPath(
      resolveInside(ws.root, ws.root, inputs.draftsDir, 'drafts-dir'),
      ws.root
    )
  }
  return config
}

interface Affected {
  /** absolute tutorial folders to regenerate */
  dirs: string[]
  /** display paths of the above, for the comment */
  shown: string[]
  /** registry diagnostics for the changed registry files (reported even when no tutorial is affected) */
  registryDiagnostics: Diagnostic[]
  /** the registry as read and parsed for planning; the engine reuses it */
  registry: ReadRegistry
  /** claim IDs whose registry entries the PR changes */
  claimIds: string[]
}

/**
 * Tutorials a PR affects: by folder, by draft, and by citing a claim whose entry changed. The
 * registry is indexed line by line for planning (`scanRegistry`), and then only part of it is
 * parsed (`partialRegistry`): the files the PR changes, and the claims the affected tutorials and
 * their committed drafts mention. `whole`: parse all of it (the model writer, whose drafts may
 * cite any claim); so does a PR that affects every tutorial.
 */
function affectedBy(
  files: readonly PullFile[],
  ws: Workspace,
  config: Config,
  inputs: ActionInputs,
  whole: boolean
): Affected {
  const folders = resolveFolders(ws, config, { tutorials: inputs.tutorials, claims: inputs.claims })
  const show = (abs: string): string => displayPath(abs, ws.root)
  const byShown = new Map(folders.tutorialDirs.map((d) => [show(d), d]))
  const claimDirs = folders.claimDirs.map(show)
  const claimId = claimIdRegExp(config.claimIdPattern)
  const reg = readRegistry(ws, folders.claimDirs)
  const scan = scanRegistry(reg.files, { claimId })
  const configFiles = [
    ...DEFAULT_CONFIG_FILES,
    ...(inputs.config ? [show(resolveInside(ws.root, ws.root, inputs.config, 'config'))] : [])
  ]
  const committed = discoverDrafts(ws, config, folders.tutorialDirs).drafts
  const plan = planAffected({
    files,
    tutorialDirs: [...byShown.keys()],
    draftPaths: draftsByTutorial(ws, config, folders.tutorialDirs, committed),
    configFiles,
    isRegistry: (p) => isRegistryFile(p) && claimDirs.some((d) => isInside(p, d)),
    claims: scan.claims,
    claimId
  })
  const texts = new Map<string, string[]>()
  const textsOf = (abs: string): string[] => {
    let t = texts.get(abs)
    if (!t) texts.set(abs, (t = readTutorial(ws, abs).files.map((f) => f.text)))
    return t
  }
  let chosen: string[]
  if (plan.all) chosen = [...byShown.keys()]
  else {
    const set = new Set(plan.direct)
    const cites = citationScanner(plan.claimIds)
    for (const [shown, abs] of byShown) {
      if (set.has(shown) || plan.claimIds.length === 0) continue
      // raw text only: tutorials that never mention a changed ID are not parsed at all
      if (textsOf(abs).some(cites)) set.add(shown)
    }
    chosen = [...byShown.keys()].filter((s) => set.has(s))
  }
  const dirs = chosen.map((s) => byShown.get(s)!)
  let registry: Registry
  // every tutorial affected (the config changed, or an unreadable registry change): a full run
  if (whole || plan.all) registry = parseRegistry(reg.files, { claimId })
  else {
    // every ID the affected tutorials and their committed drafts mention anywhere (raw text, a
    // superset of what they cite), and the claims the PR changes
    const ids = new Set(plan.claimIds)
    const names = new Set(dirs.map((d) => path.basename(d)))
    const mentioned = [
      ...dirs.flatMap(textsOf),
      ...committed.filter((d) => names.has(d.tutorial)).map((d) => d.file.text)
    ]
    for (const text of mentioned) for (const id of idsIn(text, claimId)) ids.add(id)
    registry = partialRegistry(scan, { ids, files: new Set(plan.registryFiles) })
  }
  const registryDiagnostics = applyRuleConfig(
    [...reg.diagnostics, ...registry.diagnostics].filter((d) =>
      plan.registryFiles.includes(d.file)
    ),
    config.rules
  )
  return {
    dirs,
    shown: [...chosen, ...plan.registryFiles],
    registryDiagnostics,
    registry: { ...reg, parsed: registry },
    claimIds: plan.claimIds
  }
}

/**
 * Whether a run on part of the registry met a claim it did not parse: a tutorial cites, or a
 * draft names, an ID the registry defines but the raw-text scan of `affectedBy` did not see (an
 * ID written with Markdown inside it, `KS\-001`). The run is then done again on the whole
 * registry, so a partial read never reports a known claim as unknown.
 */
export function missedClaims(result: CheckResult, registry: Registry): boolean {
  if (!registry.index) return false
  const parsed = new Set(registry.claims.map((c) => c.id))
  const known = new Set(registry.index.map((c) => c.id))
  const missed = (id: string | undefined): boolean =>
    id !== undefined && known.has(id) && !parsed.has(id)
  return (
    result.tutorials.some((t) => t.citations.some((c) => missed(c.id))) ||
    result.diagnostics.some((d) => d.rule === RULES.claimUnknown.id && missed(d.claim))
  )
}

/** Every draft path of each tutorial (display paths): ours, and every committed one discovered. */
function draftsByTutorial(
  ws: Workspace,
  config: Config,
  dirs: readonly string[],
  committed: readonly CommittedDraft[]
): Map<string, string[]> {
  const show = (abs: string): string => displayPath(abs, ws.root)
  const byName = new Map<string, string[]>()
  for (const d of committed) {
    const list = byName.get(d.tutorial) ?? []
    list.push(show(path.resolve(ws.cwd, d.file.path)))
    byName.set(d.tutorial, list)
  }
  return new Map(
    dirs.map((d) => [
      show(d),
      [show(draftPathFor(ws, config, d)), ...(byName.get(path.basename(d)) ?? [])]
    ])
  )
}

async function writeSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown).write()
  } catch (e) {
    core.warning(`could not write the job summary: ${(e as Error).message}`)
  }
}

function annotate(diagnostics: readonly Diagnostic[]): void {
  const { annotations, omitted } = selectAnnotations(diagnostics)
  for (const a of annotations) {
    const props = {
      file: a.file,
      startLine: a.startLine,
      startColumn: a.startColumn,
      title: a.title
    }
    if (a.level === 'error') core.error(a.message, props)
    else if (a.level === 'warning') core.warning(a.message, props)
    else core.notice(a.message, props)
  }
  if (omitted > 0) {
    core.notice(
      `${plural(omitted, 'more finding')} not shown as annotations; the job summary lists them all.`
    )
  }
}

function fileList(title: string, paths: readonly string[]): string {
  if (paths.length === 0) return ''
  const items: ListItem[] = paths.map((p) => ({
    type: 'listItem',
    spread: false,
    children: [{ type: 'paragraph', children: [text(p.replace(/\s+/g, ' '))] }]
  }))
  const label: Paragraph = {
    type: 'paragraph',
    children: [{ type: 'strong', children: [text(`${title}:`)] }]
  }
  return `\n\n${md([label, { type: 'list', ordered: false, spread: false, children: items }])}\n`
}

async function uploadAssets(
  platform: Platform,
  ctx: ActionContext,
  release: ReleaseInfo,
  run: GenerateRun
): Promise<void> {
  const url = releaseUploadUrl({
    apiUrl: ctx.apiUrl,
    owner: ctx.repo.owner,
    repo: ctx.repo.repo,
    releaseId: release.id,
    ...(release.uploadUrl ? { uploadUrl: release.uploadUrl } : {})
  })
  const names = assetNames(run.result.drafts.map((d) => d.path))
  const existing = await platform.listReleaseAssets(release.id)
  for (const [i, d] of run.result.drafts.entries()) {
    const name = names[i]!
    // a re-run replaces the asset it uploaded before (GitHub refuses a second asset of one name)
    for (const old of existing.filter((a) => a.name === name)) {
      await platform.deleteReleaseAsset(old.id)
    }
    await platform.uploadReleaseAsset(url, name, d.markdown, 'text/markdown; charset=utf-8')
    core.info(
      `uploaded ${printable(name)} to release ${printable(release.tag || String(release.id))}`
    )
  }
}

function emptyResult(registry: CheckResult['registry'], diagnostics: Diagnostic[]): GenerateResult {
  return { registry, tutorials: [], diagnostics, summary: countsOf(diagnostics), drafts: [] }
}

export async function runAction(a: ActionRun): Promise<void> {
  const { inputs, ctx, mode } = a
  const env = a.env ?? process.env
  const ws = workspace(env)
  const config = configure(ws, inputs)
  ws.ignore = config.ignore
  let platform = a.platform
  const api = (): Platform => {
    if (!platform) {
      if (inputs.token === '') throw new UsageError('input "github-token" is empty')
      const octokit = createOctokit(inputs.token, {
        baseUrl: ctx.apiUrl,
        log: { info: (m) => core.info(m), warning: (m) => core.warning(m) },
        scale: retryScale(env)
      })
      platform = new GitHubPlatform(octokit, ctx.repo)
    }
    return platform
  }
  const marker = markerFor(inputs.commentHeader)
  const summaryUrl = Number.isFinite(ctx.runId)
    ? `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/actions/runs/${ctx.runId}`
    : undefined

  let tutorials: string[] | undefined = inputs.tutorials
  let affected: Affected | undefined
  let files: PullFile[] = []
  if (mode.kind === 'pull-request') {
    if (mode.expectHeadSha) {
      const head = await api().pullHeadSha(mode.number)
      if (head !== mode.expectHeadSha) {
        throw new UsageError(
          `pull request #${mode.number} is at ${head.slice(0, 12)}, not at ${mode.expectHeadSha.slice(0, 12)} the workflow run checked; not reporting on it`
        )
      }
    }
    files = await api().listPullFiles(mode.number)
    affected = affectedBy(files, ws, config, inputs, config.writer.kind === 'llm')
    core.info(
      `pull request #${mode.number}: ${plural(files.length, 'changed file')}, ${plural(affected.dirs.length, 'affected tutorial')}`
    )
    if (affected.dirs.length === 0) {
      await reportNothing(a, affected, files, marker, summaryUrl, api)
      return
    }
    tutorials = affected.dirs
  } else if (mode.kind === 'one') {
    tutorials = [resolveInside(ws.root, ws.root, mode.tutorial, 'tutorial')]
  }

  // the same committed drafts `check` guards (discoverDrafts), less those this run overwrites
  const write = shouldWriteDrafts(mode, inputs)
  const generateWith = (registry?: ReadRegistry): GenerateRun =>
    runGenerate({
      ws,
      config,
      selection: { tutorials, claims: inputs.claims },
      writes: write,
      // the planner read and parsed the registry already: the engine does not do it again
      ...(registry ? { registry } : {})
    })
  let run = generateWith(affected?.registry)
  if (affected && missedClaims(run.result, affected.registry.parsed)) {
    core.info('a claim was cited that the partial registry read did not parse: reading it whole')
    const reg = affected.registry
    const parsed = parseRegistry(reg.files, { claimId: claimIdRegExp(config.claimIdPattern) })
    run = generateWith({ ...reg, parsed })
  }
  if (config.writer.kind === 'llm') {
    core.info(`llm writer: ${config.writer.model} at ${config.writer.endpoint}`)
    run = await writeWithModel(run, {
      ws,
      config,
      env,
      ...(inputs.token !== '' ? { keyFallback: inputs.token } : {}),
      warn: (line) => core.warning(line)
    })
    const requests = run.result.drafts.reduce((n, d) => n + (d.writer?.requests ?? 0), 0)
    core.info(`llm writer: ${requests} request${requests === 1 ? '' : 's'}`)
  }
  const stale = staleDrafts(run, ws)
  // drafts not written here (pull requests): a stale committed draft is a finding, as in `check`
  const result = write ? run.result : withDiagnostics(run.result, staleDiagnostics(run, ws), config)
  let written: string[] = []
  if (write) {
    const outcome = writeDrafts(run, { cwd: ws.cwd })
    const kept = new Set(outcome.kept.map((k) => k.path))
    written = result.drafts.map((d) => d.path).filter((p) => !kept.has(p))
    core.info(
      `drafts: ${outcome.written.length} written, ${outcome.unchanged.length} already up to date, ${outcome.kept.length} kept`
    )
    for (const k of outcome.kept) {
      core.warning(
        `kept ${printable(k.path)} as it was: its inputs have ${plural(k.errors, 'error')}`
      )
    }
  }
  const all = allDiagnostics(result)
  const filtered =
    mode.kind === 'pull-request'
      ? filterFindings(all, {
          mode: inputs.filterMode,
          files,
          changedClaims: affected?.claimIds ?? []
        })
      : { kept: all, outside: [] }
  const diagnostics = filtered.kept
  const counts = countsOf(diagnostics)
  const openQuestions = result.drafts.reduce((n, d) => n + d.openQuestions.length, 0)
  core.setOutput('drafts', JSON.stringify(written))
  core.setOutput('errors', counts.errors)
  core.setOutput('warnings', counts.warnings)
  core.setOutput('open-questions', openQuestions)
  core.setOutput('stale-drafts', JSON.stringify(stale))
  core.setOutput('comment-url', '')

  await writeSummary(
    renderJobSummary(result) +
      outsideFilterSection(filtered.outside, inputs.filterMode) +
      fileList('Drafts written', written) +
      fileList('Committed drafts that differ from the regenerated ones', stale)
  )
  annotate(diagnostics)
  if (filtered.outside.length > 0) {
    core.info(
      `${plural(filtered.outside.length, 'finding')} outside this pull request's changes (filter-mode: ${inputs.filterMode}) are listed in the job summary only`
    )
  }

  if (mode.kind === 'pull-request' && inputs.comment) {
    const shown = { ...result, diagnostics, summary: counts }
    const clean = diagnostics.length === 0
    const body = renderComment(shown, {
      marker,
      header: inputs.commentHeader,
      ...(summaryUrl ? { summaryUrl } : {}),
      affected: affected?.shown ?? [],
      ...linkOptions(ctx),
      ...(filtered.outside.length > 0 ? { outside: filtered.outside.length } : {})
    })
    await comment(a, mode.number, marker, body, true, api, clean)
  }

  if (mode.kind === 'all' && mode.release && inputs.uploadReleaseAssets) {
    await uploadAssets(api(), ctx, mode.release, run)
  }

  if (failing(counts.errors, counts.warnings, inputs.failOn)) {
    core.setFailed(
      `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')} (fail-on: ${inputs.failOn})`
    )
  }
}

/** The head commit a pull request run reports on (for links into the PR's files). */
function headSha(ctx: ActionContext): string | undefined {
  const p = ctx.payload
  const sha: unknown = p['pull_request']?.head?.sha ?? p['workflow_run']?.head_sha
  return typeof sha === 'string' && /^[0-9a-f]{40}$/.test(sha) ? sha : undefined
}

/** Locations in the comment link to `blob/<head sha>/path#L<line>`. */
function linkOptions(ctx: ActionContext): { blobBase?: string } {
  const sha = headSha(ctx)
  if (!sha) return {}
  const repo = `${encodeURIComponent(ctx.repo.owner)}/${encodeURIComponent(ctx.repo.repo)}`
  return { blobBase: `${ctx.serverUrl}/${repo}/blob/${sha}/` }
}

async function comment(
  a: ActionRun,
  issue: number,
  marker: string,
  body: string,
  create: boolean,
  api: () => Platform,
  clean = false
): Promise<void> {
  try {
    const platform = api()
    const author = await commentAuthor(platform, a.inputs.token, a.inputs.commentAuthor)
    if (clean && a.inputs.cleanComment !== 'update') {
      const how = a.inputs.cleanComment
      const r = await removeSticky(platform, { issue, marker, author, body, create: false }, how)
      core.info(
        `no findings: ${r.length === 0 ? 'no comment to' : plural(r.length, 'comment')} ${how === 'delete' ? 'delete' : 'hide'}${r.length === 0 ? '' : how === 'delete' ? ' deleted' : ' hidden'}`
      )
      return
    }
    const r = await upsertSticky(platform, { issue, marker, author, body, create })
    if (r.deleted.length > 0) core.info(`deleted ${plural(r.deleted.length, 'duplicate comment')}`)
    core.info(`comment on #${issue}: ${r.action}`)
    core.setOutput('comment-url', r.url ?? '')
  } catch (e) {
    if (!isReadOnly(e)) throw e
    core.warning(FORK_HINT)
  }
}

async function reportNothing(
  a: ActionRun,
  affected: Affected,
  files: readonly PullFile[],
  marker: string,
  summaryUrl: string | undefined,
  api: () => Platform
): Promise<void> {
  const filtered = filterFindings(affected.registryDiagnostics, {
    mode: a.inputs.filterMode,
    files,
    changedClaims: affected.claimIds
  })
  const diagnostics = filtered.kept
  const counts = countsOf(diagnostics)
  const result = emptyResult(affected.registry.parsed, diagnostics)
  core.setOutput('drafts', '[]')
  core.setOutput('errors', counts.errors)
  core.setOutput('warnings', counts.warnings)
  core.setOutput('open-questions', 0)
  core.setOutput('stale-drafts', '[]')
  core.setOutput('comment-url', '')
  await writeSummary(
    `${renderJobSummary({ ...result, diagnostics: affected.registryDiagnostics })}\n\nNo tutorial is affected by this pull request.\n${outsideFilterSection(filtered.outside, a.inputs.filterMode)}`
  )
  annotate(diagnostics)
  if (a.inputs.comment && a.mode.kind === 'pull-request') {
    const body = renderComment(result, {
      marker,
      header: a.inputs.commentHeader,
      ...(summaryUrl ? { summaryUrl } : {}),
      nothing: true
    })
    await comment(a, a.mode.number, marker, body, false, api, diagnostics.length === 0)
  }
  if (failing(counts.errors, counts.warnings, a.inputs.failOn)) {
    core.setFailed(
      `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')} (fail-on: ${a.inputs.failOn})`
    )
  }
}
