import { isLintWorker, serveLintWorker, useWorkerEntry } from './engine/parallel.js'
import { run } from './action/main.js'

if (isLintWorker()) serveLintWorker()
else {
  // the bundle (dist/index.js) starts copies of itself to check large runs on every core
  if (import.meta.url.endsWith('.js')) useWorkerEntry(import.meta.url)
  await run()
}
