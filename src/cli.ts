// Entry of the `tutorial-amplifier` command (bundled to dist/cli.js).
import { main } from './cli-main.js'

process.exitCode = await main(process.argv.slice(2), undefined, undefined, undefined, {
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true
})
