// Runs the CLI in-process and captures what it prints.
import { main } from '../../src/cli-main.js'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

export function runCli(argv: string[], cwd: string = process.cwd()): CliRun {
  let stdout = ''
  let stderr = ''
  const code = main(
    argv,
    (s) => (stdout += s),
    (s) => (stderr += s),
    cwd
  )
  if (typeof code !== 'number') throw new Error('asynchronous run (--writer llm): use runCliAsync')
  return { code, stdout, stderr }
}

/** Like `runCli`, for runs that may be asynchronous (the model writer), with their own environment. */
export async function runCliAsync(
  argv: string[],
  cwd: string,
  env: Record<string, string | undefined>
): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await main(
    argv,
    (s) => (stdout += s),
    (s) => (stderr += s),
    cwd,
    { env }
  )
  return { code, stdout, stderr }
}
