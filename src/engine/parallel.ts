import { availableParallelism } from 'node:os'
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads'
import type { Config } from './config.js'
import { lintBytes, unreadableFinding } from './lint.js'
import { readChecked } from './load.js'
import type { Finding } from './types.js'

/**
 * Checking many files on every core. The bundled CLI and action start copies of themselves as
 * worker threads (the entry registers itself with `useWorkerEntry`); each worker reads and checks
 * the files it is handed and sends back their findings, which are plain data. The main thread
 * checks files too, hands out work in small batches as workers finish theirs, and applies the
 * config's suppressions itself, so which suppressions were used is known in one place. If a
 * worker cannot start or fails, its batch is checked on the main thread: no file is ever lost.
 */

/**
 * Below this many files one thread is as fast: a worker costs its start-up and its own JIT warm-up,
 * and V8's GC and compiler threads already keep a second core busy. Measured on a 2-core runner
 * (bench corpus, 7 KB files): 1,000 files 3.3 s on one thread and 3.7 s on two; 2,000 files 7.8 s
 * and 6.2 s; 5,000 files 19.1 s and 11.2 s.
 */
export const PARALLEL_MIN_FILES = 1500
/** Files per message: small enough to balance, large enough that messages cost little. */
const BATCH = 25
/** `EXO_ACCESS_GATE_THREADS`: how many threads to check with (1 = no workers). */
export const THREADS_ENV = 'EXO_ACCESS_GATE_THREADS'
/** The marker in `workerData` that tells an entry it was started as a worker. */
const MARKER = 'exoAccessGateWorker'

let entry: URL | undefined

/**
 * Called by a bundled entry point with its own `import.meta.url`: from then on, large runs may
 * start workers from that file. Entries run from TypeScript sources (tests) never call it.
 */
export function useWorkerEntry(url: string): void {
  entry = new URL(url)
}

/** True when this thread was started as a worker by `lintFiles`. */
export function isLintWorker(): boolean {
  return !isMainThread && (workerData as Record<string, unknown> | null)?.[MARKER] === true
}

interface Job {
  root: string
  config: Config
}

interface Batch {
  id: number
  files: string[]
}

interface BatchResult {
  id: number
  findings: Finding[][]
}

/** The worker's side: check every batch the main thread sends, until it closes the port. */
export function serveLintWorker(): void {
  const { root, config } = (workerData as { job: Job }).job
  parentPort!.on('message', (batch: Batch) => {
    const result: BatchResult = {
      id: batch.id,
      findings: batch.files.map((f) => lintOne(root, f, config))
    }
    parentPort!.postMessage(result)
  })
}

/** Reads and checks one file (never throws). */
export function lintOne(root: string, file: string, config: Config): Finding[] {
  const read = readChecked(root, file, config.limits.maxFileBytes)
  return 'bytes' in read ? lintBytes(file, read.bytes, config) : unreadableFinding(read, config)
}

/**
 * How many threads a run of `files` files uses: `EXO_ACCESS_GATE_THREADS` when set (at most one
 * thread per batch of files), else every core from PARALLEL_MIN_FILES files on. Always one where
 * no bundle registered itself as the worker entry (the TypeScript sources under test).
 */
export function threadsFor(files: number, env: NodeJS.ProcessEnv = process.env): number {
  if (!entry) return 1
  const asked = Number.parseInt(env[THREADS_ENV] ?? '', 10)
  if (Number.isInteger(asked) && asked >= 1) {
    return Math.max(1, Math.min(asked, 16, Math.ceil(files / BATCH)))
  }
  if (files < PARALLEL_MIN_FILES) return 1
  return Math.max(1, Math.min(availableParallelism(), 16, Math.ceil(files / PARALLEL_MIN_FILES)))
}

/**
 * Every file's findings, in the order of `files`, before suppressions (`config.suppressions` is
 * not sent to workers; the caller applies it). `progress` is called as files complete.
 */
export async function lintFiles(
  root: string,
  files: readonly string[],
  config: Config,
  progress?: (done: number) => void
): Promise<{ findings: Finding[][]; threads: number }> {
  const results: (Finding[] | undefined)[] = new Array(files.length)
  let done = 0
  const complete = (index: number, findings: Finding[]): void => {
    results[index] = findings
    progress?.(++done)
  }
  const bare: Config = { ...config, suppressions: [] }
  const threads = threadsFor(files.length)
  if (threads <= 1) {
    files.forEach((f, i) => complete(i, lintOne(root, f, bare)))
    return { findings: results as Finding[][], threads }
  }
  const batches: number[][] = []
  for (let i = 0; i < files.length; i += BATCH) {
    batches.push(Array.from({ length: Math.min(BATCH, files.length - i) }, (_, k) => i + k))
  }
  let next = 0
  const take = (): number[] | undefined => batches[next++]
  const workers = Array.from({ length: threads - 1 }, () =>
    startWorker(root, bare, files, take, complete)
  )
  // the main thread works too, yielding between batches so workers' results are taken in
  for (let batch = take(); batch; batch = take()) {
    for (const i of batch) complete(i, lintOne(root, files[i]!, bare))
    await new Promise<void>((resolve) => setImmediate(resolve))
  }
  // a batch a worker failed on comes back here
  const orphans = await Promise.all(workers)
  for (const batch of orphans.flat()) {
    for (const i of batch) if (!results[i]) complete(i, lintOne(root, files[i]!, bare))
  }
  return { findings: results as Finding[][], threads }
}

/**
 * Starts one worker and keeps it busy until the batches run out. Resolves with the batches it did
 * not finish (empty unless it failed), once it has stopped.
 */
function startWorker(
  root: string,
  config: Config,
  files: readonly string[],
  take: () => number[] | undefined,
  complete: (index: number, findings: Finding[]) => void
): Promise<number[][]> {
  return new Promise<number[][]>((resolve) => {
    const pending = new Map<number, number[]>()
    let ended = false
    const end = (): void => {
      if (ended) return
      ended = true
      resolve([...pending.values()])
    }
    let worker: Worker
    try {
      worker = new Worker(entry!, {
        workerData: { [MARKER]: true, job: { root, config } satisfies Job },
        stdout: false,
        stderr: false
      })
    } catch {
      end()
      return
    }
    let id = 0
    const send = (): void => {
      const batch = take()
      if (!batch) {
        if (pending.size === 0) void worker.terminate().then(end, end)
        return
      }
      pending.set(++id, batch)
      worker.postMessage({ id, files: batch.map((i) => files[i]!) } satisfies Batch)
    }
    worker.on('message', (result: BatchResult) => {
      const batch = pending.get(result.id)
      if (!batch) return
      pending.delete(result.id)
      batch.forEach((index, k) => complete(index, result.findings[k]!))
      send()
    })
    worker.on('error', () => {
      void worker.terminate().then(end, end)
    })
    worker.on('exit', end)
    // two batches in flight, so a worker never waits for the main thread to answer
    send()
    send()
  })
}
