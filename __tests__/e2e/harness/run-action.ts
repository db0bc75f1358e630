// Runs the action the way the runner does: `node dist/index.js` in GITHUB_WORKSPACE with the
// runner's environment (INPUT_* for every input of action.yml, defaults applied; GITHUB_*
// variables pointing at the fake; GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files), then reads back the
// outputs, the summary and the workflow commands, parsed as the runner parses them.

import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  REGISTERED_COMMANDS as REGISTERED,
  unescapeData,
  unescapeProperty
} from '../../reporters/support.js'
import type { FakeGitHub } from './fake-github.js'

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
/** The committed bundle the runner executes (action.yml `runs.main`). */
export const DIST_ENTRY = join(REPO_ROOT, 'dist', 'index.js')

export interface RunActionOptions {
  /** GITHUB_WORKSPACE, also the working directory. */
  workspace: string
  /** Inputs by their action.yml name (e.g. 'fail-on'); the others get action.yml's defaults. */
  inputs: Record<string, string>
  eventName: string
  eventPath: string
  api: FakeGitHub
  /** Extra or overriding environment variables. */
  env?: Record<string, string>
  /** Script to run instead of dist/index.js. */
  entry?: string
  /** Kill the process after this long (a guard, not an assertion); default 120 s. */
  timeoutMs?: number
}

export interface WorkflowCommand {
  command: string
  properties: Record<string, string>
  message: string
  /** Parsed from the legacy `##[command key=value;...]message` form. */
  legacy: boolean
  stream: 'stdout' | 'stderr'
}

export interface ActionRun {
  code: number | null
  signal: NodeJS.Signals | null
  timedOut: boolean
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** Workflow commands the runner would process (stdout first, then stderr). */
  commands: WorkflowCommand[]
  /** The environment the process got (RUNNER_TEMP and its files are removed afterwards). */
  env: Record<string, string>
}

/** A temporary directory holding the given files (paths relative, forward slashes). */
export function makeWorkspace(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-workspace-'))
  for (const [path, content] of Object.entries(files)) {
    const target = join(dir, ...path.split('/'))
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, content)
  }
  return dir
}

/**
 * Inputs declared in action.yml with their defaults. A small reader for the file's own layout
 * (`inputs:` then two-space names with four-space `default:`), not a YAML parser.
 */
export function actionInputDefaults(
  actionYml = join(REPO_ROOT, 'action.yml')
): Record<string, string> {
  const lines = readFileSync(actionYml, 'utf8').split(/\r?\n/)
  const defaults: Record<string, string> = {}
  let inInputs = false
  let current: string | undefined
  for (const line of lines) {
    if (/^\S/.test(line)) {
      inInputs = /^inputs:\s*$/.test(line)
      current = undefined
      continue
    }
    if (!inInputs) continue
    const name = /^ {2}([A-Za-z0-9_-]+):\s*$/.exec(line)
    if (name) {
      current = name[1]!
      defaults[current] = ''
      continue
    }
    const def = /^ {4}default:\s*(.*)$/.exec(line)
    if (def && current) defaults[current] = unquote(def[1]!.trim())
  }
  return defaults
}

function unquote(v: string): string {
  if (v.length >= 2 && v.startsWith("'") && v.endsWith("'"))
    return v.slice(1, -1).replace(/''/g, "'")
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) return JSON.parse(v) as string
  return v
}

/** The runner's name for an input's variable: spaces to `_`, upper case, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const { api, workspace } = options
  const runnerTemp = mkdtempSync(join(tmpdir(), 'e2e-runner-'))
  const files = {
    GITHUB_OUTPUT: join(runnerTemp, '_runner_file_commands', 'set_output'),
    GITHUB_STEP_SUMMARY: join(runnerTemp, '_runner_file_commands', 'step_summary'),
    GITHUB_ENV: join(runnerTemp, '_runner_file_commands', 'set_env'),
    GITHUB_PATH: join(runnerTemp, '_runner_file_commands', 'add_path'),
    GITHUB_STATE: join(runnerTemp, '_runner_file_commands', 'save_state')
  }
  mkdirSync(join(runnerTemp, '_runner_file_commands'))
  for (const f of Object.values(files)) writeFileSync(f, '')
  const home = join(runnerTemp, 'home')
  mkdirSync(home)

  const payload = JSON.parse(readFileSync(options.eventPath, 'utf8')) as {
    pull_request?: { number: number }
  }
  const isPr = options.eventName.startsWith('pull_request')
  const prNumber = payload.pull_request?.number ?? api.pullNumber
  const ref = isPr ? `refs/pull/${prNumber}/merge` : `refs/heads/${api.baseRef}`
  const sha = isPr ? api.mergeSha : api.headSha

  // Defaults as the runner evaluates them: `${{ github.token }}` is the job's token.
  const inputs: Record<string, string> = {}
  for (const [name, value] of Object.entries(actionInputDefaults())) {
    inputs[name] = value.replace(/\$\{\{\s*github\.token\s*\}\}/g, api.token)
  }
  Object.assign(inputs, options.inputs)

  // A scrubbed environment: nothing of this process's (no proxies, no tokens, no NODE_OPTIONS).
  const env: Record<string, string> = {
    PATH: [dirname(process.execPath), '/usr/local/bin', '/usr/bin', '/bin'].join(':'),
    HOME: home,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: '__self',
    GITHUB_ACTION_PATH: '',
    GITHUB_ACTION_REPOSITORY: '',
    GITHUB_ACTION_REF: '',
    GITHUB_ACTOR: api.prAuthor.login,
    GITHUB_ACTOR_ID: String(api.prAuthor.id),
    GITHUB_TRIGGERING_ACTOR: api.prAuthor.login,
    GITHUB_API_URL: api.apiUrl,
    GITHUB_GRAPHQL_URL: api.graphqlUrl,
    GITHUB_SERVER_URL: api.serverUrl,
    GITHUB_REPOSITORY: api.fullName,
    GITHUB_REPOSITORY_ID: String(api.repoId),
    GITHUB_REPOSITORY_OWNER: api.owner,
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: options.eventPath,
    GITHUB_WORKSPACE: workspace,
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: isPr ? `${prNumber}/merge` : api.baseRef,
    GITHUB_REF_TYPE: 'branch',
    GITHUB_REF_PROTECTED: 'false',
    GITHUB_HEAD_REF: isPr ? api.headRef : '',
    GITHUB_BASE_REF: isPr ? api.baseRef : '',
    GITHUB_WORKFLOW: 'exo-access-gate',
    GITHUB_WORKFLOW_REF: `${api.fullName}/.github/workflows/gate.yml@${ref}`,
    GITHUB_WORKFLOW_SHA: sha,
    GITHUB_JOB: 'gate',
    GITHUB_RUN_ID: '1000001',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_RETENTION_DAYS: '90',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 1',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: join(runnerTemp, 'tool-cache'),
    ...files
  }
  for (const [name, value] of Object.entries(inputs)) env[inputVariable(name)] = value
  Object.assign(env, options.env)

  const entry = options.entry ?? DIST_ENTRY
  const child = spawn(process.execPath, [entry], {
    cwd: workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const out: Buffer[] = []
  const err: Buffer[] = []
  child.stdout.on('data', (c: Buffer) => out.push(c))
  child.stderr.on('data', (c: Buffer) => err.push(c))
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    child.kill('SIGKILL')
  }, options.timeoutMs ?? 120_000)
  const { code, signal } = await new Promise<{
    code: number | null
    signal: NodeJS.Signals | null
  }>((resolveExit, reject) => {
    child.on('error', reject)
    child.on('close', (c, s) => resolveExit({ code: c, signal: s }))
  })
  clearTimeout(timer)
  const outputs = parseFileCommand(readFileSync(files.GITHUB_OUTPUT, 'utf8'))
  const summary = readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8')
  rmSync(runnerTemp, { recursive: true, force: true })
  const stdout = Buffer.concat(out).toString('utf8')
  const stderr = Buffer.concat(err).toString('utf8')
  const commands = parseWorkflowCommands(stdout, 'stdout')
  commands.push(...parseWorkflowCommands(stderr, 'stderr'))
  return {
    code,
    signal,
    timedOut,
    stdout,
    stderr,
    outputs,
    summary,
    commands,
    env
  }
}

// ---------------------------------------------------------------------------------------------
// The runner's parsers (actions/runner: src/Runner.Common/ActionCommand.cs,
// src/Runner.Worker/ActionCommandManager.cs, src/Runner.Worker/FileCommandManager.cs).

function replaceAll(s: string, pairs: [string, string][]): string {
  for (const [from, to] of pairs) s = s.split(from).join(to)
  return s
}

const unescapeLegacy = (s: string) =>
  replaceAll(s, [
    ['%3B', ';'],
    ['%0D', '\r'],
    ['%0A', '\n'],
    ['%5D', ']'],
    ['%25', '%']
  ])

function parseLine(
  line: string,
  registered: Set<string>
): Omit<WorkflowCommand, 'stream'> | undefined {
  if (line === '') return undefined
  // `::command k=v,k=v::data` after leading whitespace.
  const m = line.trimStart()
  if (m.startsWith('::')) {
    const end = m.indexOf('::', 2)
    if (end >= 0) {
      const info = m.slice(2, end)
      const space = info.indexOf(' ')
      const command = space < 0 ? info : info.slice(0, space)
      if (registered.has(command.toLowerCase())) {
        const properties: Record<string, string> = {}
        if (space > 0) {
          for (const part of info
            .slice(space + 1)
            .trim()
            .split(',')) {
            if (part === '') continue
            const pair = splitPair(part)
            if (pair) properties[pair[0]] = unescapeProperty(pair[1])
          }
        }
        return { command, properties, message: unescapeData(m.slice(end + 2)), legacy: false }
      }
    }
  }
  // Legacy `##[command k=v;k=v]data` anywhere in the line.
  const prefix = line.indexOf('##[')
  if (prefix < 0) return undefined
  const rb = line.indexOf(']', prefix)
  if (rb < 0) return undefined
  const info = line.slice(prefix + 3, rb)
  const space = info.indexOf(' ')
  const command = space < 0 ? info : info.slice(0, space)
  if (!registered.has(command.toLowerCase())) return undefined
  const properties: Record<string, string> = {}
  if (space > 0) {
    for (const part of info.slice(space + 1).split(';')) {
      if (part === '') continue
      const pair = splitPair(part)
      if (pair) properties[pair[0]] = unescapeLegacy(pair[1])
    }
  }
  return { command, properties, message: unescapeLegacy(line.slice(rb + 1)), legacy: true }
}

/** C#'s Split('=', 2, RemoveEmptyEntries) keeping only two-part results. */
function splitPair(part: string): [string, string] | undefined {
  const i = part.indexOf('=')
  if (i < 0) return undefined
  const pieces = [part.slice(0, i), part.slice(i + 1)].filter((p) => p !== '')
  return pieces.length === 2 ? [pieces[0]!, pieces[1]!] : undefined
}

/**
 * Workflow commands in a stream, as the runner processes them line by line, including
 * `stop-commands`: while stopped, only the resume token (`::TOKEN::`) is processed.
 */
export function parseWorkflowCommands(
  text: string,
  stream: 'stdout' | 'stderr' = 'stdout'
): WorkflowCommand[] {
  const registered = new Set(REGISTERED)
  const commands: WorkflowCommand[] = []
  let stopToken: string | undefined
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    const parsed = parseLine(line, registered)
    if (!parsed) continue
    if (stopToken !== undefined) {
      if (parsed.command.toLowerCase() === stopToken.toLowerCase()) {
        registered.delete(stopToken.toLowerCase())
        stopToken = undefined
      }
      continue
    }
    if (parsed.command.toLowerCase() === 'stop-commands') {
      stopToken = parsed.message
      registered.add(stopToken.toLowerCase())
      commands.push({ ...parsed, stream })
      continue
    }
    commands.push({ ...parsed, stream })
  }
  return commands
}

/**
 * A GITHUB_OUTPUT (or GITHUB_STATE / GITHUB_ENV) file: `name=value` lines and
 * `name<<DELIMITER` heredocs closed by a line equal to the delimiter.
 */
export function parseFileCommand(text: string): Record<string, string> {
  const result: Record<string, string> = {}
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l))
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line === '') continue
    const eq = line.indexOf('=')
    const heredoc = line.indexOf('<<')
    if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
      result[line.slice(0, eq)] = line.slice(eq + 1)
    } else if (heredoc >= 0) {
      const name = line.slice(0, heredoc)
      const delimiter = line.slice(heredoc + 2)
      if (name === '' || delimiter === '') throw new Error(`bad file command line: ${line}`)
      const value: string[] = []
      let closed = false
      for (i++; i < lines.length; i++) {
        if (lines[i] === delimiter) {
          closed = true
          break
        }
        value.push(lines[i]!)
      }
      if (!closed) throw new Error(`no closing delimiter ${delimiter} for ${name}`)
      result[name] = value.join('\n')
    } else {
      throw new Error(`bad file command line: ${line}`)
    }
  }
  return result
}
