// The model writer: for each channel of a draft, ask the model (through a `ModelPort` the shell
// provides), guard the answer, send the findings back for repair, and keep the deterministic text
// when the model does not comply within `maxRounds` repairs or a request fails. Nothing the guard
// rejects reaches a draft.
//
// No I/O here: requests go through the port; everything else (prompts, answer checking, cache
// keys) is pure. Channels are written one after another, so requests go out in a fixed order.
import type { Channel } from '../channels/contract.js'
import type { FactSheet } from '../facts/types.js'
import { RULES } from '../rules.js'
import { extractAnswer, MAX_ANSWER_CHARS } from './answer.js'
import { cacheKey, type ChannelRecord, hash, lookup, type WriterRecord } from './cache.js'
import { checkAnswer, type CheckEnv } from './check.js'
import { channelMessages, repairMessages } from './prompt.js'
import type {
  ChannelReport,
  ChatMessage,
  Fault,
  Finding,
  ModelPort,
  WriterConfig,
  WriterReport
} from './types.js'

/**
 * State shared by every draft of one run: after a fault that will not go away by asking again
 * (no connection, a refused key, a rate limit or timeout that outlasted the retries), no further
 * request is sent; the remaining channels fall back at once, naming that fault.
 */
export class Session {
  stopped: Fault | undefined
}

export interface DraftJob {
  sheet: FactSheet
  /** the channels of the combined draft, in order (config overrides applied) */
  channels: readonly Channel[]
  /** the deterministic writer's body per channel id */
  deterministic: ReadonlyMap<string, string>
  /** the committed draft at the same path, when there is one with a writer record */
  committed?: { markdown: string; record: WriterRecord }
  env: CheckEnv
}

export interface WrittenDraft {
  /** channel id → body written by the model (channels not listed keep the deterministic text) */
  sections: Map<string, string>
  report: WriterReport
  record: WriterRecord
}

/** Faults after which asking again in the same run is pointless. */
const STOPS: ReadonlySet<Fault['kind']> = new Set([
  'unreachable',
  'refused',
  'rate-limit',
  'timeout'
])

interface Outcome {
  report: ChannelReport
  record: ChannelRecord
  markdown?: string
}

function noAnswer(reason: string, tooLong: boolean): Finding {
  return {
    rule: tooLong ? RULES.draftLength.id : RULES.draftMissingSection.id,
    severity: 'error',
    message: reason,
    line: 1
  }
}

async function ask(
  channel: Channel,
  job: DraftJob,
  port: ModelPort,
  session: Session,
  cfg: Pick<WriterConfig, 'maxRounds'>,
  key: string
): Promise<Outcome> {
  let messages: ChatMessage[] = channelMessages(channel, job.sheet)
  let findings: Finding[] = []
  for (let round = 0; round <= cfg.maxRounds; round++) {
    const r = await port.complete(messages)
    if (!r.ok) {
      if (STOPS.has(r.fault.kind)) session.stopped = r.fault
      const rounds = round
      return {
        report: { name: channel.id, source: 'fallback', rounds, findings, fault: r.fault },
        record: { name: channel.id, source: 'fallback', rounds, fault: r.fault.kind }
      }
    }
    const answer = extractAnswer(r.content, channel)
    findings = answer.ok
      ? checkAnswer(answer.markdown, channel, job.env)
      : [noAnswer(answer.reason, r.content.length > MAX_ANSWER_CHARS)]
    if (answer.ok && findings.length === 0) {
      return {
        report: { name: channel.id, source: 'llm', rounds: round, findings: [] },
        record: {
          name: channel.id,
          source: 'llm',
          rounds: round,
          key,
          text: hash(answer.markdown)
        },
        markdown: answer.markdown
      }
    }
    if (round < cfg.maxRounds) messages = repairMessages(messages, r.content, findings)
  }
  const rules = [...new Set(findings.map((f) => f.rule))]
  return {
    report: { name: channel.id, source: 'fallback', rounds: cfg.maxRounds, findings },
    record: { name: channel.id, source: 'fallback', rounds: cfg.maxRounds, key, rules }
  }
}

async function writeChannel(
  channel: Channel,
  job: DraftJob,
  port: ModelPort,
  session: Session,
  cfg: Pick<WriterConfig, 'model' | 'maxRounds' | 'channels'>
): Promise<Outcome> {
  const name = channel.id
  if (!cfg.channels.includes(name)) {
    return {
      report: { name, source: 'deterministic', rounds: 0, findings: [] },
      record: { name, source: 'deterministic', rounds: 0 }
    }
  }
  const key = cacheKey(channel, job.sheet, cfg.model)
  const cached = lookup(job.committed, channel, key, cfg.model)
  if (cached.kind === 'text' && checkAnswer(cached.markdown, channel, job.env).length === 0) {
    return {
      report: { name, source: 'llm', rounds: cached.rounds, findings: [], cached: true },
      record: { name, source: 'llm', rounds: cached.rounds, key, text: hash(cached.markdown) },
      markdown: cached.markdown
    }
  }
  if (cached.kind === 'fallback') {
    const findings: Finding[] = cached.rules.map((rule) => ({
      rule,
      severity: 'warning',
      message: 'found on the last answer of an earlier run with the same inputs',
      line: 0
    }))
    return {
      report: { name, source: 'fallback', rounds: cached.rounds, findings, cached: true },
      record: { name, source: 'fallback', rounds: cached.rounds, key, rules: cached.rules }
    }
  }
  if (session.stopped) {
    const fault: Fault = {
      kind: session.stopped.kind,
      message: `not asked: ${session.stopped.message}`
    }
    return {
      report: { name, source: 'fallback', rounds: 0, findings: [], fault },
      record: { name, source: 'fallback', rounds: 0, fault: fault.kind }
    }
  }
  return ask(channel, job, port, session, cfg, key)
}

/** Writes the model's channels of one draft (see the file header). */
export async function writeDraft(
  job: DraftJob,
  port: ModelPort,
  session: Session,
  cfg: Pick<WriterConfig, 'model' | 'maxRounds' | 'channels'>
): Promise<WrittenDraft> {
  const before = port.requests
  const sections = new Map<string, string>()
  const reports: ChannelReport[] = []
  const records: ChannelRecord[] = []
  for (const channel of job.channels) {
    if (!job.deterministic.has(channel.id)) continue
    const o = await writeChannel(channel, job, port, session, cfg)
    if (o.markdown !== undefined) sections.set(channel.id, o.markdown)
    reports.push(o.report)
    records.push(o.record)
  }
  return {
    sections,
    report: { kind: 'llm', model: cfg.model, requests: port.requests - before, channels: reports },
    record: { model: cfg.model, channels: records }
  }
}

/** The deterministic writer's report for a draft: every channel its own. */
export function deterministicReport(channels: readonly string[]): WriterReport {
  return {
    kind: 'deterministic',
    model: null,
    requests: 0,
    channels: channels.map((name) => ({ name, source: 'deterministic', rounds: 0, findings: [] }))
  }
}

/** One line for a channel that fell back: the channel and why (findings or the fault). */
export function fallbackLine(tutorial: string, channel: Channel, r: ChannelReport): string {
  const why = r.fault
    ? r.fault.message
    : r.findings
        .slice(0, 5)
        .map((f) => (f.line > 0 ? `${f.rule} (line ${f.line}: ${f.message})` : f.rule))
        .join('; ') + (r.findings.length > 5 ? `; and ${r.findings.length - 5} more` : '')
  const tries = r.fault ? '' : ` after ${r.rounds} repair${r.rounds === 1 ? '' : 's'}`
  return `${tutorial}: ${channel.name} uses the deterministic text${tries}: ${why}`
}
