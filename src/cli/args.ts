// Command-line arguments → a typed invocation, or a UsageError in our own words (never the message
// of node's parser). Pure: node:util parseArgs tokenizes; the tables in spec.ts say what is valid.
import { parseArgs } from 'node:util'
import { distance } from 'fastest-levenshtein'
import { UsageError } from '../errors.js'
import {
  COMMANDS,
  COMMAND_NAMES,
  OPTIONS,
  OPTION_NAMES,
  optionApplies,
  type CommandName,
  type OptionName,
  type OptionSpec
} from './spec.js'

export type OptionValues = { [K in OptionName]?: string | string[] | boolean }

export interface Invocation {
  command?: CommandName
  positionals: string[]
  values: OptionValues
}

/** The closest candidate to `word` when it is a plausible typo, else undefined. */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase())
    if (d < bestDistance || (d === bestDistance && best !== undefined && c < best)) {
      best = c
      bestDistance = d
    }
  }
  if (best === undefined) return undefined
  const allowed = Math.max(2, Math.ceil(Math.max(word.length, best.length) / 3))
  const prefix = word.length >= 2 && best.startsWith(word)
  return bestDistance <= allowed || prefix ? best : undefined
}

const suggest = (hint: string | undefined): string => (hint ? `; did you mean ${hint}?` : '')

const flag = (name: string): string => (name.length === 1 ? `-${name}` : `--${name}`)

/** The long name of an option given by its short letter. */
function longName(name: string): OptionName | undefined {
  if ((OPTION_NAMES as string[]).includes(name)) return name as OptionName
  const spec = Object.entries(OPTIONS).find(([, s]) => (s as OptionSpec).short === name)
  return spec ? (spec[0] as OptionName) : undefined
}

function checkValue(name: OptionName, value: string): void {
  const spec: OptionSpec = OPTIONS[name]
  if (spec.choices && !spec.choices.includes(value)) {
    const list = spec.choices.join(', ')
    throw new UsageError(
      `--${name} must be one of ${list}, not "${value}"${suggest(didYouMean(value, spec.choices))}`
    )
  }
  if (spec.integer && !/^[0-9]{1,9}$/.test(value)) {
    throw new UsageError(`--${name} must be a whole number of 0 or more, not "${value}"`)
  }
}

export function parseCommandLine(argv: readonly string[]): Invocation {
  const options = Object.fromEntries(
    Object.entries(OPTIONS).map(([name, s]) => {
      const spec = s as OptionSpec
      const o: { type: 'string' | 'boolean'; short?: string; multiple?: boolean } = {
        type: spec.type
      }
      if (spec.short) o.short = spec.short
      if (spec.multiple) o.multiple = true
      return [name, o]
    })
  )
  const { tokens } = parseArgs({
    args: [...argv],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true
  })
  const positionals: string[] = []
  let command: CommandName | undefined
  for (const t of tokens) {
    if (t.kind !== 'positional') continue
    if (command === undefined && positionals.length === 0) {
      if (!(COMMAND_NAMES as string[]).includes(t.value)) {
        // `--help`/`--version` answer even after a wrong command
        if (tokens.some((x) => x.kind === 'option' && (x.name === 'help' || x.name === 'version')))
          break
        throw new UsageError(
          `unknown command "${t.value}"${suggest(didYouMean(t.value, COMMAND_NAMES))} (commands: ${COMMAND_NAMES.join(', ')})`
        )
      }
      command = t.value as CommandName
      continue
    }
    positionals.push(t.value)
  }

  const values: OptionValues = {}
  for (const t of tokens) {
    if (t.kind !== 'option') continue
    const name = longName(t.name)
    const given = t.rawName
    if (name === undefined) {
      const known = OPTION_NAMES.filter((n) => optionApplies(n, command)).map((n) => `--${n}`)
      const hint = given.startsWith('--') ? didYouMean(given, known) : undefined
      throw new UsageError(
        `unknown option ${given}${suggest(hint)}${command ? ` (see ${command} --help)` : ' (see --help)'}`
      )
    }
    if (!optionApplies(name, command)) {
      const spec: OptionSpec = OPTIONS[name]
      const owners = spec.commands === '*' ? [] : spec.commands
      throw new UsageError(
        command
          ? `option --${name} does not apply to ${command} (it is an option of ${owners.join(', ')})`
          : `option --${name} needs a command: ${owners.join(', ')}`
      )
    }
    const spec: OptionSpec = OPTIONS[name]
    if (spec.type === 'boolean') {
      if (t.inlineValue) throw new UsageError(`option --${name} takes no value`)
      values[name] = true
      continue
    }
    const value = t.value
    // a value that looks like an option was most likely a forgotten argument
    if (value === undefined || (!t.inlineValue && value.startsWith('-') && value !== '-')) {
      const a = spec.arg ?? 'VALUE'
      throw new UsageError(
        `option ${flag(t.name)} needs a value (${a})${value ? `; to pass "${value}", write --${name}=${value}` : ''}`
      )
    }
    checkValue(name, value)
    if (spec.multiple) values[name] = [...((values[name] as string[] | undefined) ?? []), value]
    else values[name] = value
  }
  const invocation: Invocation = { positionals, values }
  if (command !== undefined) invocation.command = command
  return invocation
}

/** The commands a `help` topic may name, with did-you-mean. */
export function helpTopic(word: string): CommandName {
  if ((COMMAND_NAMES as string[]).includes(word)) return word as CommandName
  throw new UsageError(
    `unknown command "${word}"${suggest(didYouMean(word, COMMAND_NAMES))} (commands: ${COMMAND_NAMES.join(', ')})`
  )
}

export const commandArgs = (c: CommandName): string => COMMANDS[c].args
