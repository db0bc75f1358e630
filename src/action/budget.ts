import { InputError } from './inputs.js'

// The run's deadline for GitHub API calls. Apart from Octokit (github.ts), so that a run that makes
// no API call still checks the setting without loading @actions/github.

/** How long all the action's API calls of one run may take together, unless overridden. */
export const DEFAULT_BUDGET_SECONDS = 120

/** The environment variable that overrides {@link DEFAULT_BUDGET_SECONDS} (whole seconds, 1–3600). */
export const BUDGET_VARIABLE = 'EXO_ACCESS_GATE_API_BUDGET_SECONDS'

/** A deadline shared by every request of a run: past it, requests are aborted and none is retried. */
export interface Budget {
  signal: AbortSignal
  /** Milliseconds left. */
  remaining(): number
  seconds: number
}

/** The budget from the environment: a bad value is a configuration error, not a silent default. */
export function budgetSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[BUDGET_VARIABLE]
  if (raw === undefined || raw.trim() === '') return DEFAULT_BUDGET_SECONDS
  const n = Number(raw.trim())
  if (!Number.isInteger(n) || n < 1 || n > 3600) {
    throw new InputError(
      `${BUDGET_VARIABLE} must be a whole number of seconds from 1 to 3600, not ${JSON.stringify(raw)}.`
    )
  }
  return n
}

export function startBudget(seconds: number): Budget {
  const deadline = Date.now() + seconds * 1000
  return {
    signal: AbortSignal.timeout(seconds * 1000),
    remaining: () => Math.max(0, deadline - Date.now()),
    seconds
  }
}
