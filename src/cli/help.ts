// Help texts, built from the tables in spec.ts (pure).
import {
  COMMANDS,
  COMMAND_NAMES,
  EXIT_CODES_HELP,
  OPTIONS,
  OPTION_NAMES,
  type CommandName,
  type OptionName,
  type OptionSpec
} from './spec.js'

const BIN = 'tutorial-amplifier'

function optionLine(name: OptionName): [string, string] {
  const spec: OptionSpec = OPTIONS[name]
  const short = spec.short ? `-${spec.short}, ` : '    '
  const arg = spec.arg ? ` ${spec.arg}` : ''
  return [`${short}--${name}${arg}`, spec.description]
}

function table(rows: [string, string][]): string[] {
  const width = Math.max(0, ...rows.map(([a]) => a.length))
  return rows.map(([a, b]) => `  ${a.padEnd(width)}  ${b}`)
}

/** `tutorial-amplifier --help`: every command, and the global options. */
export function mainHelp(): string {
  const commands = table(
    COMMAND_NAMES.map((c) => [`${c} ${COMMANDS[c].args}`.trim(), COMMANDS[c].summary])
  )
  const globals = OPTION_NAMES.filter((n) => (OPTIONS[n] as OptionSpec).commands === '*')
  return [
    `${BIN} — validate claim citations in tutorials and regenerate traced drafts`,
    '',
    `Usage: ${BIN} COMMAND [options]`,
    '',
    'Commands:',
    ...commands,
    '',
    'Options:',
    ...table(globals.map(optionLine)),
    '',
    `Run "${BIN} help COMMAND" or "${BIN} COMMAND --help" for a command's options.`,
    EXIT_CODES_HELP,
    ''
  ].join('\n')
}

/** `tutorial-amplifier COMMAND --help`: that command's options only. */
export function commandHelp(command: CommandName): string {
  const c = COMMANDS[command]
  const own = OPTION_NAMES.filter((n) => {
    const spec: OptionSpec = OPTIONS[n]
    return spec.commands === '*' || spec.commands.includes(command)
  })
  return [
    `Usage: ${BIN} ${command}${own.length > 0 ? ' [options]' : ''}${c.args ? ` ${c.args}` : ''}`,
    '',
    `${c.summary[0]!.toUpperCase()}${c.summary.slice(1)}.${c.details ? ` ${c.details}` : ''}`,
    '',
    'Options:',
    ...table(own.map(optionLine)),
    '',
    EXIT_CODES_HELP,
    ''
  ].join('\n')
}
