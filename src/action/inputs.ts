import * as core from '@actions/core'
import type { FailOn } from '../engine/types.js'
import { FAIL_ON_VALUES } from '../engine/verdict.js'

/** The action's inputs, validated. */
export interface ActionInputs {
  paths: string[]
  config: string
  failOn?: FailOn
  onlyChanged: boolean
  annotations: boolean
  review: boolean
  sarifFile?: string
  token: string
}

/** A bad input: a clear configuration error, never a stack trace. */
export class InputError extends Error {
  override name = 'InputError'
}

function bool(name: string): boolean {
  const raw = core.getInput(name).trim().toLowerCase()
  if (raw === '' || raw === 'false') return false
  if (raw === 'true') return true
  throw new InputError(`Input "${name}" must be "true" or "false", not ${JSON.stringify(raw)}.`)
}

/** Reads and validates every input of action.yml. */
export function readInputs(): ActionInputs {
  const failOn = core.getInput('fail-on').trim()
  if (failOn !== '' && !(FAIL_ON_VALUES as readonly string[]).includes(failOn)) {
    throw new InputError(
      `Input "fail-on" must be one of ${FAIL_ON_VALUES.join(', ')}, not ${JSON.stringify(failOn)}.`
    )
  }
  const sarif = core.getInput('sarif-file').trim()
  const inputs: ActionInputs = {
    paths: core
      .getMultilineInput('paths')
      .map((p) => p.trim())
      .filter(Boolean),
    config: core.getInput('config').trim() || '.exo-access-gate.json',
    onlyChanged: bool('only-changed'),
    annotations: core.getInput('annotations') === '' ? true : bool('annotations'),
    review: core.getInput('review') === '' ? true : bool('review'),
    token: core.getInput('github-token')
  }
  if (failOn !== '') inputs.failOn = failOn as FailOn
  if (sarif !== '') inputs.sarifFile = sarif
  return inputs
}
