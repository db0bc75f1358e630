// Preloaded with `node --import` into every process the bench measures: at exit it writes the
// process's peak resident set size (KiB, getrusage's ru_maxrss) and its user and system CPU time
// (µs) to file descriptor 3, which the bench opens as a pipe. Without fd 3 it stays silent.
import { writeSync } from 'node:fs'

process.on('exit', () => {
  const u = process.resourceUsage()
  try {
    writeSync(3, `${u.maxRSS} ${u.userCPUTime} ${u.systemCPUTime}\n`)
  } catch {
    // fd 3 not open: not run by the bench.
  }
})
