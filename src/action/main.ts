import * as core from '@actions/core'
import { runGate } from '../engine/run.js'
import { stylish } from '../reporters/stylish.js'

/** The action's entry: checks the workspace and fails the step when the gate fails. */
export async function run(): Promise<void> {
  try {
    const root = process.env.GITHUB_WORKSPACE ?? process.cwd()
    const paths = core.getMultilineInput('paths')
    const outcome = await runGate({ root, paths })
    core.info(stylish(outcome.result))
    core.setOutput('result', outcome.verdict)
    if (outcome.verdict === 'fail') core.setFailed('exo-access-gate: the rule sets did not pass.')
  } catch (e) {
    core.setFailed(`exo-access-gate: internal error: ${e instanceof Error ? e.message : String(e)}`)
  }
}
