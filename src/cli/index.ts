#!/usr/bin/env node
import { isLintWorker, serveLintWorker, useWorkerEntry } from '../engine/parallel.js'
import { main } from './main.js'

if (isLintWorker()) serveLintWorker()
else {
  // the bundle (dist/cli/index.js) starts copies of itself to check large runs on every core
  if (import.meta.url.endsWith('.js')) useWorkerEntry(import.meta.url)
  const code = await main(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTty: process.stderr.isTTY === true,
    env: process.env
  })
  process.exitCode = code
}
