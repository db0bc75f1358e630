import * as core from '@actions/core'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { UsageError } from '../engine/errors.js'
import { runGate } from '../engine/run.js'
import { stylish } from '../reporters/stylish.js'
import { InputError, readInputs } from './inputs.js'

const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/**
 * The action's entry: checks the workspace, sets the outputs and fails the step exactly when the
 * gate fails. Annotations, the job summary and the pull request review are the GitHub channels.
 */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs()
    const root = process.env.GITHUB_WORKSPACE ?? process.cwd()
    // The default config file is optional; a config named explicitly must exist.
    const config =
      inputs.config === '.exo-access-gate.json' && !existsSync(resolve(root, inputs.config))
        ? undefined
        : inputs.config
    const outcome = await runGate({
      root,
      paths: inputs.paths,
      ...(config !== undefined ? { config } : {}),
      ...(inputs.failOn ? { failOn: inputs.failOn } : {})
    })
    const s = outcome.result.summary
    core.info(stylish(outcome.result))
    core.setOutput('result', outcome.verdict)
    core.setOutput('errors', s.errors)
    core.setOutput('warnings', s.warnings)
    core.setOutput('notices', s.notices)
    core.setOutput('files', s.files)
    core.setOutput('sarif-file', '')
    if (outcome.configInvalid) {
      core.setFailed(
        `exo-access-gate: the config file ${JSON.stringify(outcome.configFile)} is not valid (EXO902); the built-in defaults were used.`
      )
    } else if (outcome.verdict === 'fail') {
      core.setFailed(
        `exo-access-gate: ${count(s.errors, 'error')}, ${count(s.warnings, 'warning')}, ${count(s.notices, 'notice')}; the gate fails on ${outcome.failOn}.`
      )
    }
  } catch (e) {
    if (e instanceof InputError || e instanceof UsageError) {
      core.setFailed(`exo-access-gate: ${e.message}`)
      return
    }
    core.setFailed(`exo-access-gate: internal error: ${e instanceof Error ? e.message : String(e)}`)
  }
}
