// Runs the CLI in-process and captures what it prints.
import { main } from '../../src/cli-main.js'

export function runCli(
  argv: string[],
  cwd: string = process.cwd()
): { code: number; stdout: string; stderr: string } {
  let stdout = ''
  let stderr = ''
  const code = main(
    argv,
    (s) => (stdout += s),
    (s) => (stderr += s),
    cwd
  )
  return { code, stdout, stderr }
}
