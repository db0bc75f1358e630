// The hottest functions of a V8 CPU profile (node --cpu-prof): self and total time per function,
// by name and bundle line, so a cost can be traced back to src/ by the function's name.
//
//   node bench/hot.mjs <file.cpuprofile> [top=25] [name]
//
// With a function name, also prints where the time under that function goes: the inclusive time
// of each function it calls directly.
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'

const [file, topArg, under] = process.argv.slice(2)
if (!file) {
  console.error('usage: node bench/hot.mjs <file.cpuprofile> [top] [function name]')
  process.exit(2)
}
const top = Number(topArg ?? 25)
const profile = JSON.parse(readFileSync(file, 'utf8'))
const { nodes, samples, timeDeltas } = profile

const byId = new Map(nodes.map((n) => [n.id, n]))
const parent = new Map()
for (const n of nodes) for (const c of n.children ?? []) parent.set(c, n.id)

// Time per sample: the delta to the next sample.
const selfUs = new Map()
for (let i = 0; i < samples.length; i++) {
  const dt = timeDeltas[i + 1] ?? 0
  selfUs.set(samples[i], (selfUs.get(samples[i]) ?? 0) + dt)
}
// A check's `run` is named by the check: the nearest `id: 'EXOnnn'` above it in the bundle.
const sources = new Map()
const checkOf = (url, line) => {
  if (!url.startsWith('file:')) return ''
  if (!sources.has(url)) {
    try {
      sources.set(url, readFileSync(new URL(url), 'utf8').split('\n'))
    } catch {
      sources.set(url, [])
    }
  }
  const lines = sources.get(url)
  for (let i = line; i >= 0 && i > line - 30; i--) {
    const m = /^\s*id: ['"](EXO\d{3})['"]/.exec(lines[i] ?? '')
    if (m) return ` [${m[1]}]`
  }
  return ''
}
const keyOf = (n) => {
  const f = n.callFrame
  const where = f.url ? `${basename(f.url)}:${f.lineNumber + 1}` : ''
  const check = f.functionName === 'run' ? checkOf(f.url, f.lineNumber) : ''
  return `${f.functionName || '(anonymous)'}${check} ${where}`.trim()
}
const self = new Map()
const total = new Map()
let all = 0
for (const [id, us] of selfUs) {
  all += us
  const n = byId.get(id)
  self.set(keyOf(n), (self.get(keyOf(n)) ?? 0) + us)
  // Inclusive time: once per distinct function on the stack (recursion counted once).
  const seen = new Set()
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const k = keyOf(byId.get(cur))
    if (seen.has(k)) continue
    seen.add(k)
    total.set(k, (total.get(k) ?? 0) + us)
  }
}
const ms = (us) => (us / 1000).toFixed(1).padStart(8)
const pct = (us) => `${((100 * us) / all).toFixed(1).padStart(5)}%`
const show = (title, map) => {
  console.log(`\n${title}`)
  for (const [k, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${ms(us)} ms ${pct(us)}  ${k}`)
}
console.log(`${file}: ${(all / 1000).toFixed(0)} ms sampled`)
show('self time', self)
show('total time (inclusive)', total)

if (under) {
  // Time below each call of `under`, by the direct callee it went through.
  const callee = new Map()
  let inside = 0
  for (const [id, us] of selfUs) {
    let child
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur)
      if (n.callFrame.functionName === under) {
        inside += us
        const k = child === undefined ? '(self)' : keyOf(byId.get(child))
        callee.set(k, (callee.get(k) ?? 0) + us)
        break
      }
      child = cur
    }
  }
  console.log(`\nunder ${under}: ${(inside / 1000).toFixed(1)} ms`)
  for (const [k, us] of [...callee].sort((a, b) => b[1] - a[1]).slice(0, 40))
    console.log(`${ms(us)} ms ${pct(us)}  ${k}`)
}
