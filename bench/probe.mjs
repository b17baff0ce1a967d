// Preloaded into measured child processes (`node --import ./bench/probe.mjs …`): on exit, writes
// the process's peak resident set size (worker threads included) and CPU time to the file named
// by BENCH_PROBE_FILE. Does nothing without that variable.
import { writeFileSync } from 'node:fs'

const file = process.env.BENCH_PROBE_FILE
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage()
    writeFileSync(
      file,
      JSON.stringify({
        maxRssKb: u.maxRSS,
        userMs: u.userCPUTime / 1000,
        systemMs: u.systemCPUTime / 1000
      })
    )
  })
}
