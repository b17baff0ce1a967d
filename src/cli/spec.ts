// The CLI's commands and options as data. Parsing (args.ts), help (help.ts) and the did-you-mean
// answers all read these tables: adding an option is one entry here (plus its use in cli-main.ts).

/** Where `--cache` keeps its entries, from the workspace root (src/io/cache.ts reads it here). */
export const DEFAULT_CACHE_DIR = '.tutorial-amplifier-cache'

export const COMMANDS = {
  check: {
    args: '[TUTORIAL_DIR...]',
    summary: 'validate tutorials, registry and committed drafts',
    details:
      'Without TUTORIAL_DIR, tutorials come from the config file, else every folder with numbered chapters. Committed drafts that differ from the regenerated ones are reported as draft/stale.'
  },
  generate: {
    args: '[TUTORIAL_DIR...]',
    summary: 'write one amplification draft per tutorial',
    details: 'Drafts are written all or nothing, each only when its content changed.'
  },
  comment: {
    args: '[TUTORIAL_DIR...]',
    summary: 'print the PR comment the action would post',
    details: 'Prints the sticky comment (Markdown) for the selected tutorials.'
  },
  inspect: {
    args: '[DIR...]',
    summary: 'show what the reader made of each tutorial',
    details:
      'Prints each tutorial as an outline: chapters in reading order, skipped files with the reason, exercises with their times, diagrams, glossary and stated time. A DIR that is not a tutorial stands for the tutorials under it. Exits 0 whatever it finds.'
  },
  init: {
    args: '',
    summary: 'write a commented config and a workflow for this repository',
    details:
      'Writes .github/tutorial-amplifier.yml and .github/workflows/tutorial-amplifier.yml for the tutorials and registry found here. Existing files are kept unless --force is given.'
  },
  help: {
    args: '[COMMAND]',
    summary: 'show help for a command',
    details: ''
  }
} as const satisfies Record<string, { args: string; summary: string; details: string }>

export type CommandName = keyof typeof COMMANDS

export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[]

export interface OptionSpec {
  type: 'string' | 'boolean'
  short?: string
  multiple?: boolean
  /** placeholder of the value in help, e.g. `DIR` */
  arg?: string
  /** accepted values (checked with a did-you-mean answer) */
  choices?: readonly string[]
  /** a string that must be a whole number ≥ 0 */
  integer?: boolean
  description: string
  /** commands the option belongs to; `'*'` = every command (global) */
  commands: readonly CommandName[] | '*'
}

const REPORTING: readonly CommandName[] = ['check', 'generate', 'comment']
const LINTING: readonly CommandName[] = ['check', 'generate']

export const OPTIONS = {
  claims: {
    type: 'string',
    multiple: true,
    arg: 'DIR',
    description:
      'claims registry folder (repeatable; default: config, else folders named "claims")',
    commands: [...REPORTING, 'inspect', 'init']
  },
  config: {
    type: 'string',
    arg: 'FILE',
    description:
      'config file (default: .github/tutorial-amplifier.yml, searched upwards from the current folder)',
    commands: [...REPORTING, 'inspect']
  },
  drafts: {
    type: 'string',
    arg: 'DIR',
    description:
      'also guard the committed drafts in DIR (always searched: publication-drafts/ beside each tutorial, drafts.dir, drafts.paths)',
    commands: ['check']
  },
  out: {
    type: 'string',
    arg: 'DIR',
    description:
      'write drafts into DIR (default: config, else publication-drafts/ beside each tutorial)',
    commands: ['generate']
  },
  format: {
    type: 'string',
    arg: 'FMT',
    choices: ['text', 'json', 'sarif', 'github'],
    description:
      'text (default), json, sarif (SARIF 2.1.0) or github (workflow commands for run: steps); inspect: text or json',
    commands: [...LINTING, 'inspect']
  },
  output: {
    type: 'string',
    short: 'o',
    arg: 'FILE',
    description: 'write the report to FILE instead of standard output',
    commands: [...REPORTING, 'inspect']
  },
  'fail-on': {
    type: 'string',
    arg: 'LEVEL',
    choices: ['error', 'warning', 'never'],
    description: 'error (default), warning or never: which findings make the exit code 1',
    commands: REPORTING
  },
  'max-warnings': {
    type: 'string',
    arg: 'N',
    integer: true,
    description: 'exit code 1 when there are more than N warnings (like eslint)',
    commands: LINTING
  },
  quiet: {
    type: 'boolean',
    short: 'q',
    description: 'report errors only',
    commands: LINTING
  },
  strict: {
    type: 'boolean',
    description: 'untraced figures in drafts are errors',
    commands: REPORTING
  },
  header: {
    type: 'string',
    arg: 'NAME',
    description: "the sticky comment's header (default: default)",
    commands: ['comment']
  },
  force: {
    type: 'boolean',
    description:
      'init: overwrite files that exist; generate: write drafts even when their tutorial, the registry or the config has errors',
    commands: ['init', 'generate']
  },
  writer: {
    type: 'string',
    arg: 'KIND',
    choices: ['deterministic', 'llm'],
    description:
      'deterministic (default: config) or llm: a model writes each channel, every answer guarded, repaired or replaced by the deterministic text; key from TUTORIAL_AMPLIFIER_LLM_KEY, else GITHUB_TOKEN',
    commands: ['generate', 'comment']
  },
  'llm-endpoint': {
    type: 'string',
    arg: 'URL',
    description:
      'OpenAI-compatible API base URL for --writer llm (default: config, else https://models.github.ai/inference)',
    commands: ['generate', 'comment']
  },
  'llm-model': {
    type: 'string',
    arg: 'NAME',
    description: 'model for --writer llm (default: config, else openai/gpt-4.1-mini)',
    commands: ['generate', 'comment']
  },
  cache: {
    type: 'boolean',
    description: `keep what was read (registry, each tutorial) in ${DEFAULT_CACHE_DIR}/ of the workspace; a later run parses only what changed`,
    commands: REPORTING
  },
  'cache-location': {
    type: 'string',
    arg: 'DIR',
    description: `where --cache keeps its entries, inside the workspace (default: ${DEFAULT_CACHE_DIR}; implies --cache)`,
    commands: REPORTING
  },
  root: {
    type: 'string',
    arg: 'DIR',
    description:
      "workspace root; nothing outside it is read or written (default: the config file's repository, else the current folder)",
    commands: [...REPORTING, 'inspect', 'init']
  },
  help: { type: 'boolean', short: 'h', description: 'show help', commands: '*' },
  version: { type: 'boolean', short: 'v', description: 'show the version', commands: '*' }
} as const satisfies Record<string, OptionSpec>

export type OptionName = keyof typeof OPTIONS

export const OPTION_NAMES = Object.keys(OPTIONS) as OptionName[]

export function optionApplies(name: OptionName, command: CommandName | undefined): boolean {
  const spec: OptionSpec = OPTIONS[name]
  if (spec.commands === '*') return true
  return command !== undefined && spec.commands.includes(command)
}

export const EXIT_CODES_HELP =
  'Exit codes: 0 no failing findings, 1 failing findings (or more warnings than --max-warnings), 2 unusable input (unknown command or option, missing path, bad config).'
