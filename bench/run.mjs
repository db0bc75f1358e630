// npm run bench: generates the corpus (in the temp folder, reused while current), then measures the
// built bundles (dist/) as whole processes against DESIGN.md's targets ("Measured, not guessed"):
//
//   - `check` of the 5,000-file corpus and a floor program (read + JSON.parse + ajv, the same
//     schema) over the same files: wall time, CPU time, files/s, MB/s, peak RSS, and the ratio;
//   - each large file: 1,000 and 5,000 rules, 1,000 device rules;
//   - start-up: `check` of one small file, and the action bundle on a tiny workspace, no API;
//   - cost growth in rules per file (10 → 5,000) and in files (500 → 50,000 small ones).
//
// Every process runs with bench/maxrss.mjs preloaded, which reports its peak RSS and CPU time at
// exit. Wall time is the median of a few runs where a run is cheap (< 2 s: 7, < 15 s: 3, else 1).
// Timings share the machine with whatever else runs: the load average is printed with them, and
// the share of CPU time the hypervisor took (steal) while the bench ran. Every file set is read
// once, untimed, before it is measured, so no timed process pays for a cold page cache.
// To see where the time goes: node --cpu-prof dist/cli/index.js check <file>, then
// node bench/hot.mjs <the .cpuprofile> [top] [function] (self and inclusive time by function).
import { spawnSync } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath, pathToFileURL } from 'node:url'
import {
  ensureCorpus,
  MAIN_FILES,
  MAIN_PER_DIR,
  RULE_SIZES,
  SMALL_FILES,
  SMALL_PER_DIR
} from './corpus.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
// ~250 MB of generated files, outside the checkout (a `check` at the repository root must not
// find 55,000 rule sets); EXO_BENCH_CORPUS puts it elsewhere
const CORPUS = process.env.EXO_BENCH_CORPUS
  ? resolve(process.env.EXO_BENCH_CORPUS)
  : join(tmpdir(), 'exo-access-gate-bench-corpus')
const CLI = join(ROOT, 'dist', 'cli', 'index.js')
const ACTION = join(ROOT, 'dist', 'index.js')
const FLOOR = join(ROOT, 'bench', 'floor.mjs')
const HOOK = pathToFileURL(join(ROOT, 'bench', 'maxrss.mjs')).href
const TIMEOUT_MS = 15 * 60 * 1000
const SCRATCH = mkdtempSync(join(tmpdir(), 'exo-bench-'))

/** The environment of every measured process: none of a CI runner's GITHUB_* / INPUT_* leaks in. */
function cleanEnv(extra = {}) {
  const env = {}
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/.test(k)) env[k] = v
  }
  return { ...env, NO_COLOR: '1', ...extra }
}

/** One run of `node <args>` as a whole process: wall ms, CPU ms, peak RSS KiB, exit code, output. */
function once(args, { cwd, env = cleanEnv(), ok = [0, 1] }) {
  const outFile = join(SCRATCH, 'stdout.txt')
  const out = openSync(outFile, 'w')
  const started = performance.now()
  const r = spawnSync(process.execPath, ['--import', HOOK, ...args], {
    cwd,
    env,
    stdio: ['ignore', out, 'pipe', 'pipe'],
    timeout: TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024
  })
  const ms = performance.now() - started
  closeSync(out)
  const stdout = readFileSync(outFile, 'utf8')
  if (r.error || !ok.includes(r.status)) {
    const why = r.error ? r.error.message : `exit ${r.status ?? r.signal}`
    throw new Error(
      `node ${args.join(' ')} (in ${cwd}): ${why}\n${String(r.stderr).slice(0, 2000)}\n${stdout.slice(-2000)}`
    )
  }
  const [rss, user, system] = String(r.output[3] ?? '')
    .trim()
    .split(' ')
    .map(Number)
  return {
    ms,
    cpuMs: (user + system) / 1000,
    rssKiB: rss,
    status: r.status,
    stdout,
    stderr: String(r.stderr)
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

/** Runs a process a few times (fewer the slower it is); medians of time, the largest peak RSS. */
function measure(args, options = {}) {
  const first = once(args, options)
  const runs = options.runs ?? (first.ms < 2000 ? 7 : first.ms < 15_000 ? 3 : 1)
  const all = [first]
  for (let i = 1; i < runs; i++) all.push(once(args, options))
  return {
    ms: median(all.map((r) => r.ms)),
    cpuMs: median(all.map((r) => r.cpuMs)),
    min: Math.min(...all.map((r) => r.ms)),
    rssKiB: Math.max(...all.map((r) => r.rssKiB)),
    runs,
    status: first.status,
    stdout: first.stdout,
    stderr: first.stderr
  }
}

// ── formatting ───────────────────────────────────────────────────────────────────────────────
const fmtMs = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`)
const fmtMB = (kib) => `${(kib / 1024).toFixed(0)} MB`
const fmtN = (n) => n.toLocaleString('en-US', { maximumFractionDigits: 1 })
const pad = (s, n) => String(s).padStart(n)
const padEnd = (s, n) => String(s).padEnd(n)
const verdict = (ok) => (ok ? 'met' : 'MISSED')
const lastLine = (text) => text.trim().split('\n').pop() ?? ''
const out = (line = '') => process.stdout.write(line + '\n')

const LABEL = 40
function row(label, m, extra = '') {
  return `${padEnd(label, LABEL)}${pad(fmtMs(m.ms), 9)}${pad(fmtMs(m.cpuMs), 9)}${pad(fmtMB(m.rssKiB), 8)}  ${extra}`.trimEnd()
}
const HEADER = `${padEnd('', LABEL)}${pad('wall', 9)}${pad('cpu', 9)}${pad('peak', 8)}`

/** The machine's CPU counters (Linux /proc/stat): total and steal; undefined elsewhere. */
function cpuTicks() {
  try {
    const fields = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number)
    return { total: fields.reduce((a, b) => a + b, 0), steal: fields[7] ?? 0 }
  } catch {
    return undefined
  }
}
const ticksAtStart = cpuTicks()

// ── the run ──────────────────────────────────────────────────────────────────────────────────
const benchStarted = performance.now()
out('exo-access-gate bench')
out(
  `node ${process.version} · ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'} · load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`
)
const corpus = ensureCorpus(CORPUS, (msg) => process.stderr.write(`bench: ${msg}\n`))
out(`corpus ${CORPUS} (${corpus.reused ? 'reused; it took' : 'generated in'} ${corpus.seconds} s)`)
const mainMB = corpus.mainBytes / 1e6
out(
  `  ${fmtN(MAIN_FILES)} files, ${fmtN(corpus.mainRules)} rules (5–50 a file), ${mainMB.toFixed(1)} MB, ${(corpus.mainBytes / MAIN_FILES / 1024).toFixed(1)} KiB a file`
)
out('  wall: whole process, median of up to 7 runs; cpu: user + system of the process (median);')
out('  peak: the largest peak RSS of those runs (getrusage maxrss)')
out()

const bare = measure(['-e', '0'], { cwd: ROOT })
out(HEADER)
out(row('node -e 0 (reference)', bare))
out()

// The corpus: check against the floor.
out(`Corpus: ${fmtN(MAIN_FILES)} files, ${mainMB.toFixed(1)} MB`)
out(HEADER)
const mainDir = join(CORPUS, 'main')
// one untimed read of every file first: the first timed process must not be the one that pays
// for the disk (the page cache may have dropped a corpus generated or read long ago)
once([FLOOR, '.'], { cwd: mainDir })
const check = measure([CLI, 'check', '.'], {
  cwd: mainDir,
  env: cleanEnv({ EXO_ACCESS_GATE_DEBUG: 'threads' })
})
const checkOne = measure([CLI, 'check', '.'], {
  cwd: mainDir,
  env: cleanEnv({ EXO_ACCESS_GATE_THREADS: '1' })
})
const floor = measure([FLOOR, '.'], { cwd: mainDir })
const threadsUsed = /on (\d+) threads?/.exec(check.stderr)?.[1] ?? '?'
const rate = (m) =>
  `${pad(fmtN(Math.round(MAIN_FILES / (m.ms / 1000))), 7)} files/s ${pad((mainMB / (m.ms / 1000)).toFixed(1), 6)} MB/s`
out(row(`check (${threadsUsed} threads)`, check, `${rate(check)}  (${check.runs} runs)`))
out(row('check (1 thread)', checkOne, `${rate(checkOne)}  (${checkOne.runs} runs)`))
out(row('floor (read + JSON.parse + ajv)', floor, `${rate(floor)}  (${floor.runs} runs)`))
const ratio = check.ms / floor.ms
out(
  `check / floor: ${ratio.toFixed(1)}× wall, ${(check.cpuMs / floor.cpuMs).toFixed(1)}× cpu   target ≤ 2× wall: ${verdict(ratio <= 2)}`
)
out(`  check: ${lastLine(check.stdout)}`)
out(`  floor: ${lastLine(floor.stdout)}`)
out()

// Start-up.
out('Start-up (whole process)')
out(HEADER)
const startCli = measure([CLI, 'check', 'one.exo.json'], { cwd: join(CORPUS, 'startup') })
out(row('check of one small file', startCli, `target < 150 ms: ${verdict(startCli.ms < 150)}`))
const actionDir = join(CORPUS, 'action')
const startAction = measure([ACTION], {
  cwd: actionDir,
  env: cleanEnv({ GITHUB_WORKSPACE: actionDir }),
  ok: [0, 1]
})
out(
  row(
    'action bundle, tiny workspace, no API',
    startAction,
    `target < 250 ms: ${verdict(startAction.ms < 250)}`
  )
)
out()

// Large single files; the rules series reuses them.
const singleDir = join(CORPUS, 'single')
const single = {}
// Files within the published caps (1,000 items a list, 1 MiB) run with them, as a user's would:
// the raised caps of single/.exo-access-gate.json (which rules-5000 needs) make the gate compile
// its schema at run time instead of using the prebuilt validator.
writeFileSync(join(singleDir, 'default-caps.json'), '{}\n')
const WITHIN_CAPS = new Set(['rules-10', 'rules-100', 'rules-1000', 'devices-1000'])
const singleRow = (name) => {
  const config = WITHIN_CAPS.has(name) ? ['--config', 'default-caps.json'] : []
  single[name] = measure([CLI, 'check', `${name}.exo.json`, ...config], { cwd: singleDir })
}
out(
  'Large files (whole process; the published caps, raised by single/.exo-access-gate.json for rules-5000)'
)
out(HEADER)
once([FLOOR, '--max-items', '100000', '.'], { cwd: singleDir })
for (const n of RULE_SIZES) singleRow(`rules-${n}`)
singleRow('devices-1000')
for (const name of ['rules-1000', 'rules-5000', 'devices-1000']) {
  const m = single[name]
  const target = name === 'rules-1000' ? `target < 250 ms: ${verdict(m.ms < 250)}` : ''
  out(row(`${name} (${(corpus.singleBytes[name] / 1024).toFixed(0)} KiB)`, m, target))
  out(`  ${lastLine(m.stdout)}`)
}
const floorBig = measure([FLOOR, '--max-items', '100000', 'rules-5000.exo.json'], {
  cwd: singleDir
})
out(row('floor of rules-5000', floorBig))
out()

// Growth in rules per file: time net of start-up, against n log n.
out(
  'Growth in rules per file (one file each; net = cpu − the cpu of a small file above: steadier than wall on a busy machine)'
)
out(
  `${padEnd('rules', 8)}${pad('wall', 9)}${pad('cpu', 9)}${pad('net', 9)}${pad('µs/rule', 9)}${pad('× prev', 8)}${pad('n log n ×', 11)}${pad('peak', 8)}`
)
let prev
const worse = []
for (const n of RULE_SIZES) {
  const m = single[`rules-${n}`]
  const net = Math.max(m.cpuMs - startCli.cpuMs, 0.5)
  const grow = prev ? net / prev.net : undefined
  const nlogn = prev ? (n * Math.log(n)) / (prev.n * Math.log(prev.n)) : undefined
  if (grow !== undefined && grow > nlogn * 1.25) worse.push(fmtN(n))
  out(
    `${padEnd(fmtN(n), 8)}${pad(fmtMs(m.ms), 9)}${pad(fmtMs(m.cpuMs), 9)}${pad(fmtMs(net), 9)}${pad(((net * 1000) / n).toFixed(0), 9)}${pad(grow?.toFixed(1) ?? '–', 8)}${pad(nlogn?.toFixed(1) ?? '–', 11)}${pad(fmtMB(m.rssKiB), 8)}`
  )
  prev = { n, net }
}
out(
  `no worse than n log n (within 25%): ${worse.length ? `MISSED at ${worse.join(', ')} rules` : 'met'}`
)
out()

// Growth in files: small files (5 rules each), 500 / 5,000 / 50,000.
out(
  `Growth in files (small files of 5 rules, ${(corpus.smallBytes / SMALL_FILES / 1024).toFixed(1)} KiB each; the floor over the same files; net as above)`
)
out(
  `${padEnd('files', 8)}${pad('wall', 9)}${pad('cpu', 9)}${pad('net', 9)}${pad('files/s', 9)}${pad('× prev', 8)}${pad('peak', 8)}${pad('floor', 9)}${pad('ratio', 7)}`
)
const smallDir = join(CORPUS, 'small')
prev = undefined
const superlinear = []
const peaks = []
let lastSummary = ''
for (const n of [500, 5000, 50_000]) {
  const dirs = Array.from({ length: n / SMALL_PER_DIR }, (_, d) => `d${String(d).padStart(3, '0')}`)
  once([FLOOR, ...dirs], { cwd: smallDir })
  const m = measure([CLI, 'check', ...dirs], { cwd: smallDir })
  const f = measure([FLOOR, ...dirs], { cwd: smallDir })
  const net = Math.max(m.cpuMs - startCli.cpuMs, 0.5)
  const grow = prev ? net / prev.net : undefined
  if (grow !== undefined && grow > (n / prev.n) * 1.25) superlinear.push(fmtN(n))
  peaks.push(m.rssKiB)
  lastSummary = lastLine(m.stdout)
  out(
    `${padEnd(fmtN(n), 8)}${pad(fmtMs(m.ms), 9)}${pad(fmtMs(m.cpuMs), 9)}${pad(fmtMs(net), 9)}${pad(fmtN(Math.round(n / (m.ms / 1000))), 9)}${pad(grow?.toFixed(1) ?? '–', 8)}${pad(fmtMB(m.rssKiB), 8)}${pad(fmtMs(f.ms), 9)}${pad((m.ms / f.ms).toFixed(1) + '×', 7)}`
  )
  prev = { n, net }
}
out(`  50,000: ${lastSummary}`)
out(
  `linear in files (within 25%): ${superlinear.length ? `MISSED at ${superlinear.join(', ')} files` : 'met'}`
)
const bounded = peaks.at(-1) <= Math.max(peaks[0], single['rules-5000'].rssKiB) * 1.25
out(
  `peak memory bounded by the largest file, not the corpus: ${verdict(bounded)} (${peaks.map(fmtMB).join(' → ')} for 500 → 50,000 files; corpus ${fmtMB(check.rssKiB)}; rules-5000 alone ${fmtMB(single['rules-5000'].rssKiB)})`
)
out()
const ticksAtEnd = cpuTicks()
const steal =
  ticksAtStart && ticksAtEnd && ticksAtEnd.total > ticksAtStart.total
    ? ` · steal ${(((ticksAtEnd.steal - ticksAtStart.steal) / (ticksAtEnd.total - ticksAtStart.total)) * 100).toFixed(0)}% of the machine's CPU time`
    : ''
out(
  `bench took ${((performance.now() - benchStarted) / 1000).toFixed(0)} s${steal} · load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} · corpus per folder: ${MAIN_PER_DIR} (main), ${SMALL_PER_DIR} (small)`
)
rmSync(SCRATCH, { recursive: true, force: true })
