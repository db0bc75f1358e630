#!/usr/bin/env node
import { main } from './main.js'

const code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTty: process.stderr.isTTY === true,
  env: process.env
})
process.exitCode = code
