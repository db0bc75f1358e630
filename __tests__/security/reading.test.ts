// Checklist §7.1 of reference/security-and-robustness.md (rows R1–R10): reading and decoding
// hostile files. Every test reads real fixture files (__tests__/fixtures/security/reading/) from a
// temporary workspace through the whole gate (`runGate`, or the CLI's `main()` for exit codes and
// reports); symbolic links, FIFOs, device links and very large files are made here, never committed.
//
// "Never opened / never read" is proven without spies:
// - a FIFO holding unread data, with its write end kept open: a naive read (readFileSync) would
//   block for ever (no EOF while a writer is open) and a read would consume the data, so the data
//   still being there after the run proves the gate did not read it;
// - a regular file holding a secret: the gate quotes the first characters of an invalid token
//   ("Unexpected \"INPUT_GITHUB_TOKEN=ghs_…\""), so a read would put the secret into the report.

import { execFileSync } from 'node:child_process'
import {
  closeSync,
  constants,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
  writeSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/engine/config.js'
import { lintBytes } from '../../src/engine/lint.js'
import { visibleLines } from '../../src/reporters/escape.js'
import { runGate, type RunOutcome } from '../../src/engine/run.js'
import type { Finding } from '../../src/engine/types.js'
import {
  FakeGitHub,
  makeWorkspace,
  parseWorkflowCommands,
  runAction,
  writeEvent,
  type PullFileInput
} from '../e2e/harness/index.js'
import { runCli } from '../helpers.js'

const FIXTURES = fileURLToPath(new URL('../fixtures/security/reading/', import.meta.url))
const fixture = (name: string): Buffer => readFileSync(join(FIXTURES, name))

/** The secret in fixtures/security/reading/secret.txt: it must never appear in any output. */
const SECRET = 'ghs_R1R2fakeSecretNeverShown'
/** Its start: what a 40-character quote of the file's first token would show of it. */
const LEAK = 'ghs_R1R2'
const FORMATS = ['stylish', 'json', 'sarif', 'markdown', 'github'] as const

const cleanup: (() => void)[] = []
afterEach(() => {
  for (const f of cleanup.splice(0).reverse()) f()
})

/** A temporary directory, removed after the test. */
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/** A temporary workspace holding fixture files: `{ 'rules/x.exo.json': 'valid.exo.json' }`. */
function workspace(files: Record<string, string> = {}): string {
  const root = tempDir('exo-sec-reading-')
  for (const [path, name] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    copyFileSync(join(FIXTURES, name), join(root, path))
  }
  return root
}

/**
 * A FIFO at `path` holding `data` that nobody has read, its write end kept open until the test
 * ends. `unread()` returns what is still in it (read through our own non-blocking read end).
 */
function loadedFifo(path: string, data: string): { unread: () => string } {
  mkdirSync(dirname(path), { recursive: true })
  execFileSync('mkfifo', [path])
  const reader = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  const writer = openSync(path, constants.O_WRONLY | constants.O_NONBLOCK)
  cleanup.push(() => {
    closeSync(writer)
    closeSync(reader)
  })
  writeSync(writer, data)
  return {
    unread: () => {
      const buf = Buffer.alloc(4096)
      try {
        return buf.subarray(0, readSync(reader, buf, 0, buf.length, null)).toString()
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') return '' // someone read it all
        throw e
      }
    }
  }
}

/** A finding reduced to what the rows assert. */
const brief = (f: Finding) => [f.id, f.severity, f.line, f.column, f.messageId, f.data]

/** The files of a `--format json` report, each finding as ID, severity, line, column, message. */
function jsonReport(stdout: string) {
  const doc = JSON.parse(stdout) as { files: { file: string; findings: Finding[] }[] }
  return doc.files.map((f) => [
    f.file,
    f.findings.map((x) => [x.id, x.severity, x.line, x.column, x.message])
  ])
}

/** Every file of a run with its findings, reduced. */
const byFile = (o: RunOutcome) =>
  Object.fromEntries(o.result.files.map((r) => [r.file, r.findings.map(brief)]))

/** Runs `check` with every report format; returns the exit code and all the text written. */
async function allReports(root: string, ...args: string[]) {
  const runs = []
  for (const format of FORMATS)
    runs.push(await runCli(['check', '--format', format, ...args], root))
  const codes = [...new Set(runs.map((r) => r.code))]
  return { codes, text: runs.map((r) => r.stdout + r.stderr).join('\n'), runs }
}

const NOT_READ = 'The path is a symbolic link, not a regular file; it was not read.'

describe('§7.1 reading and decoding', () => {
  describe('R1 symbolic links and special files', () => {
    it('R1: a symlink to a FIFO outside the workspace is reported (EXO001 notRegular) and never opened', async () => {
      const outside = tempDir('exo-sec-outside-')
      const pipe = loadedFifo(join(outside, 'environ'), `INPUT_GITHUB_TOKEN=${SECRET}`)
      const root = workspace({ 'rules/ok.exo.json': 'valid.exo.json' })
      symlinkSync(join(outside, 'environ'), join(root, 'rules/x.exo.json'))
      const outcome = await runGate({ root })
      expect(byFile(outcome)).toEqual({
        'rules/ok.exo.json': [],
        'rules/x.exo.json': [['EXO001', 'error', 1, 1, 'notRegular', { kind: 'symbolic link' }]]
      })
      expect(outcome.result.files[1]!.findings[0]!.message).toBe(NOT_READ)
      expect(outcome.verdict).toBe('fail')
      // a read would have consumed the data (and readFileSync would still be waiting for EOF)
      expect(pipe.unread()).toBe(`INPUT_GITHUB_TOKEN=${SECRET}`)
    })

    it('R1: a symlink to a secret file, /proc/self/environ or /dev/zero is refused by the CLI (exit 1); no fragment of a target in any report', async () => {
      const outside = tempDir('exo-sec-outside-')
      copyFileSync(join(FIXTURES, 'secret.txt'), join(outside, 'event.json'))
      const root = workspace()
      mkdirSync(join(root, 'rules'))
      symlinkSync(join(outside, 'event.json'), join(root, 'rules/event.exo.json'))
      symlinkSync('/proc/self/environ', join(root, 'rules/environ.exo.json'))
      symlinkSync('/dev/zero', join(root, 'rules/zero.exo.json'))
      const { codes, text, runs } = await allReports(root)
      expect(codes).toEqual([1])
      expect(runs[0]!.stdout).toBe(
        [
          'rules/environ.exo.json',
          `  1:1  error  ${NOT_READ}  EXO001`,
          '',
          'rules/event.exo.json',
          `  1:1  error  ${NOT_READ}  EXO001`,
          '',
          'rules/zero.exo.json',
          `  1:1  error  ${NOT_READ}  EXO001`,
          '',
          '✖ 3 problems (3 errors, 0 warnings, 0 notices) in 3 files checked.',
          ''
        ].join('\n')
      )
      // control: read as a rule set, the secret file's own text would be quoted in the message
      const [leaked] = lintBytes('event.exo.json', fixture('secret.txt'), defaultConfig())
      expect(leaked!.message).toContain(LEAK)
      const environ = readFileSync('/proc/self/environ', 'latin1')
      for (const leak of [LEAK, 'INPUT_GITHUB_TOKEN', outside, '/proc/', '/dev/zero', '\0'])
        expect(text).not.toContain(leak)
      // the message V8 would build from the environment: its first 10 characters
      if (environ.length >= 10) expect(text).not.toContain(environ.slice(0, 10))
    })

    it('R1: a FIFO in the workspace is never read: the glob lists no special file, and named it is refused as a named pipe (EXO001 notRegular)', async () => {
      const root = workspace({ 'rules/ok.exo.json': 'valid.exo.json' })
      const pipe = loadedFifo(join(root, 'rules/pipe.exo.json'), '{"Target": "ExchangeServer"}')
      const globbed = await runGate({ root })
      expect(byFile(globbed)).toEqual({ 'rules/ok.exo.json': [] })
      const named = await runGate({ root, paths: ['rules/pipe.exo.json'] })
      expect(byFile(named)).toEqual({
        'rules/pipe.exo.json': [['EXO001', 'error', 1, 1, 'notRegular', { kind: 'named pipe' }]]
      })
      expect(named.result.files[0]!.findings[0]!.message).toBe(
        'The path is a named pipe, not a regular file; it was not read.'
      )
      expect(named.verdict).toBe('fail')
      expect(pipe.unread()).toBe('{"Target": "ExchangeServer"}')
    })
  })

  describe('R2 escaping the workspace', () => {
    it('R2: a file reached through a symlinked directory is refused by the realpath check (EXO001 outsideWorkspace), its content not read', async () => {
      const outside = tempDir('exo-sec-outside-')
      copyFileSync(join(FIXTURES, 'secret.txt'), join(outside, 'evil.exo.json'))
      const root = workspace()
      symlinkSync(outside, join(root, 'rules'))
      const r = await runCli(['check', '--format', 'json', 'rules/evil.exo.json'], root)
      expect(r.code).toBe(1)
      expect(jsonReport(r.stdout)).toEqual([
        [
          'rules/evil.exo.json',
          [
            [
              'EXO001',
              'error',
              1,
              1,
              'The path resolves outside the workspace "."; it was not read.'
            ]
          ]
        ]
      ])
      const { text } = await allReports(root, 'rules/evil.exo.json')
      for (const leak of [LEAK, 'INPUT_GITHUB_TOKEN', outside]) expect(text).not.toContain(leak)
    })

    it('R2: a path that climbs out with ".." is refused (EXO001 outsideWorkspace), not read', async () => {
      const base = tempDir('exo-sec-base-')
      mkdirSync(join(base, 'ws'))
      copyFileSync(join(FIXTURES, 'secret.txt'), join(base, 'evil.exo.json'))
      const outcome = await runGate({ root: join(base, 'ws'), paths: ['../evil.exo.json'] })
      expect(byFile(outcome)).toEqual({
        '../evil.exo.json': [['EXO001', 'error', 1, 1, 'outsideWorkspace', { root: '.' }]]
      })
      expect(JSON.stringify(outcome)).not.toContain(LEAK)
    })

    it('R2: a symlinked directory is neither walked by the default glob nor read when named (EXO001 notRegular)', async () => {
      const outside = tempDir('exo-sec-outside-')
      const pipe = loadedFifo(join(outside, 'x.exo.json'), 'unread')
      const root = workspace({ 'local.exo.json': 'valid.exo.json' })
      symlinkSync(outside, join(root, 'linked'))
      // the default **/*.exo.json does not follow the link: only the real file is checked
      const walked = await runGate({ root })
      expect(byFile(walked)).toEqual({ 'local.exo.json': [] })
      expect(walked.verdict).toBe('pass')
      // named as a directory, the link itself is refused
      const named = await runGate({ root, paths: ['linked'] })
      expect(byFile(named)).toEqual({
        linked: [['EXO001', 'error', 1, 1, 'notRegular', { kind: 'symbolic link' }]]
      })
      expect(named.verdict).toBe('fail')
      expect(pipe.unread()).toBe('unread')
    })
  })

  describe('R3 size and count caps', () => {
    it('R3: a 50 MB file is refused by size before decoding (EXO001 tooLarge, 1:1), the other files still checked, the gate fails', async () => {
      const root = workspace({ 'big.exo.json': 'valid.exo.json', 'ok.exo.json': 'valid.exo.json' })
      truncateSync(join(root, 'big.exo.json'), 50 * 1024 * 1024) // sparse: NULs after the JSON
      const outcome = await runGate({ root })
      expect(byFile(outcome)).toEqual({
        'big.exo.json': [
          ['EXO001', 'error', 1, 1, 'tooLarge', { size: 52_428_800, cap: 1_048_576 }]
        ],
        'ok.exo.json': []
      })
      expect(outcome.result.files[0]!.findings[0]!.message).toBe(
        'The file is 52,428,800 bytes, over the cap of 1,048,576 bytes (limits.maxFileBytes).'
      )
      expect(outcome.verdict).toBe('fail')
      const r = await runCli(['check'], root)
      expect(r.code).toBe(1)
    })

    it('R3: 10,001 files are refused by the file cap before any is read: usage error, exit 2, nothing checked', async () => {
      const root = workspace()
      mkdirSync(join(root, 'rules'))
      const valid = fixture('valid.exo.json')
      for (let i = 1; i <= 10_001; i++)
        writeFileSync(join(root, `rules/${String(i).padStart(5, '0')}.exo.json`), valid)
      const r = await runCli(['check'], root)
      expect(r).toEqual({
        code: 2,
        stdout: '',
        stderr:
          'exo-access-gate: 10001 files match, over the cap of 10000 (limits.maxFiles); nothing was checked.\n' +
          'Run "exo-access-gate check --help" for the options.\n'
      })
      // the engine refuses before its first read: its per-file progress hook never runs
      let done = 0
      await expect(runGate({ root, progress: () => done++ })).rejects.toThrow(
        '10001 files match, over the cap of 10000 (limits.maxFiles); nothing was checked.'
      )
      expect(done).toBe(0)
    })
  })

  describe('R4 empty documents', () => {
    it('R4: an empty file and a whitespace-only file are each EXO001 "empty" at 1:1; the gate fails', async () => {
      const root = workspace({
        'empty.exo.json': 'empty.exo.json',
        'whitespace.exo.json': 'whitespace.exo.json'
      })
      const outcome = await runGate({ root })
      const empty = ['EXO001', 'error', 1, 1, 'empty', {}]
      expect(byFile(outcome)).toEqual({
        'empty.exo.json': [empty],
        'whitespace.exo.json': [empty]
      })
      expect(outcome.result.files[1]!.findings[0]!.message).toBe(
        'The file is empty; a rule set is one JSON object.'
      )
      expect(outcome.verdict).toBe('fail')
    })
  })

  describe('R5 UTF-8 byte-order mark', () => {
    it('R5: a UTF-8 BOM is a notice (EXO007, 1:1), stripped once: later findings keep the columns of the file without it', async () => {
      const root = workspace({ 'bom.exo.json': 'bom.exo.json' })
      writeFileSync(join(root, 'plain.exo.json'), fixture('bom.exo.json').subarray(3))
      const outcome = await runGate({ root })
      const enumTarget = [
        'EXO003',
        'error',
        1,
        12,
        'enum',
        {
          value: 'Exchange',
          property: 'Target',
          allowed: '"ExchangeOnline" or "ExchangeServer"'
        }
      ]
      const typo = [
        'EXO003',
        'error',
        3,
        28,
        'unknownPropertySuggest',
        { property: 'Acton', where: 'client access rule "Block OWA"', suggestion: 'Action' }
      ]
      expect(byFile(outcome)).toEqual({
        'bom.exo.json': [['EXO007', 'notice', 1, 1, 'bom', {}], enumTarget, typo],
        'plain.exo.json': [enumTarget, typo]
      })
    })

    it('R5: only one BOM is stripped: a second one is EXO001 invalidSymbol "\\uFEFF" at 1:1', async () => {
      const outcome = await runGate({ root: workspace({ 'x.exo.json': 'bom-twice.exo.json' }) })
      expect(byFile(outcome)).toEqual({
        'x.exo.json': [['EXO001', 'error', 1, 1, 'invalidSymbol', { token: '\\uFEFF' }]]
      })
    })
  })

  describe('R6 UTF-16', () => {
    it('R6: UTF-16LE and UTF-16BE files with a BOM are EXO001 wrongEncoding "save it as UTF-8" at 1:1, nothing else', async () => {
      const root = workspace({
        'le.exo.json': 'utf16le-bom.exo.json',
        'be.exo.json': 'utf16be-bom.exo.json'
      })
      const outcome = await runGate({ root })
      expect(byFile(outcome)).toEqual({
        'be.exo.json': [['EXO001', 'error', 1, 1, 'wrongEncoding', { encoding: 'UTF-16BE' }]],
        'le.exo.json': [['EXO001', 'error', 1, 1, 'wrongEncoding', { encoding: 'UTF-16LE' }]]
      })
      expect(outcome.result.files.map((f) => f.findings[0]!.message)).toEqual([
        'The file is encoded as "UTF-16BE"; save it as UTF-8.',
        'The file is encoded as "UTF-16LE"; save it as UTF-8.'
      ])
    })
  })

  describe('R7 invalid UTF-8', () => {
    it('R7: FF FE inside a string and a CESU-8 surrogate are EXO001 invalidUtf8 at the byte (4:21); no U+FFFD in any report', async () => {
      const root = workspace({
        'fffe.exo.json': 'invalid-utf8.exo.json',
        'cesu.exo.json': 'cesu8-surrogate.exo.json'
      })
      const outcome = await runGate({ root })
      expect(byFile(outcome)).toEqual({
        'cesu.exo.json': [['EXO001', 'error', 4, 21, 'invalidUtf8', { byte: '0xED' }]],
        'fffe.exo.json': [['EXO001', 'error', 4, 21, 'invalidUtf8', { byte: '0xFF' }]]
      })
      expect(outcome.result.files[1]!.findings[0]!.message).toBe(
        'The file is not valid UTF-8: byte "0xFF" is not part of a UTF-8 character; save it as UTF-8.'
      )
      const { codes, text } = await allReports(root)
      expect(codes).toEqual([1])
      expect(text).not.toContain('\uFFFD')
    })
  })

  describe('R8 binary files and NUL bytes', () => {
    it('R8: a PNG named .exo.json (invalidUtf8 "0x89", 1:1) and a NUL between tokens (invalidSymbol "\\u0000", 2:12) are rejected; no raw byte in any report', async () => {
      const root = workspace({
        'image.exo.json': 'binary.exo.json',
        'nul.exo.json': 'nul-outside-string.exo.json'
      })
      const outcome = await runGate({ root })
      expect(byFile(outcome)).toEqual({
        'image.exo.json': [['EXO001', 'error', 1, 1, 'invalidUtf8', { byte: '0x89' }]],
        'nul.exo.json': [['EXO001', 'error', 2, 12, 'invalidSymbol', { token: '\\u0000' }]]
      })
      const { codes, text } = await allReports(root)
      expect(codes).toEqual([1])
      // only the escape "\u0000" is shown, never the byte; nothing of the PNG's bytes or text
      for (const raw of ['\0', '\x1a', '\uFFFD', 'PNG', 'IHDR']) expect(text).not.toContain(raw)
      // eslint-disable-next-line no-control-regex
      expect(text).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/)
    })
  })

  describe('R9 the pull request’s changed files (the action, end to end)', () => {
    const BROKEN = fixture('hostile-name.exo.json').toString() // EXO003 at 2:13
    const VALID = fixture('valid.exo.json').toString()
    const fakes: FakeGitHub[] = []
    afterEach(async () => {
      await Promise.all(fakes.splice(0).map((f) => f.stop()))
    })

    async function onlyChanged(files: PullFileInput[], workspaceFiles: Record<string, string>) {
      const api = await FakeGitHub.start()
      fakes.push(api)
      api.setFiles(files)
      const ws = makeWorkspace(workspaceFiles)
      cleanup.push(() => rmSync(ws, { recursive: true, force: true }))
      const event = writeEvent(api, 'pull_request.opened', { dir: tempDir('exo-sec-event-') })
      const r = await runAction({
        workspace: ws,
        inputs: { paths: 'rules', 'only-changed': 'true', review: 'false' },
        eventName: event.eventName,
        eventPath: event.eventPath,
        api
      })
      expect(r.timedOut).toBe(false)
      expect(api.violations).toEqual([])
      return r
    }

    it('R9: only-changed skips a deleted file and checks a renamed file under its new name', async () => {
      const r = await onlyChanged(
        [
          { filename: 'rules/gone.exo.json', status: 'removed' },
          {
            filename: 'rules/new-name.exo.json',
            status: 'renamed',
            previous_filename: 'rules/old-name.exo.json'
          }
        ],
        { 'rules/new-name.exo.json': BROKEN, 'rules/untouched.exo.json': BROKEN }
      )
      expect(r.code).toBe(1)
      expect(r.outputs).toMatchObject({ result: 'fail', files: '1', errors: '1' })
      const annotated = r.commands.filter((c) => c.command === 'error' && c.properties.file)
      expect(
        annotated.map((c) => [c.properties.file, c.properties.line, c.properties.col])
      ).toEqual([['rules/new-name.exo.json', '2', '13']])
      expect(r.stdout).not.toContain('gone.exo.json')
      // the old name is never read from the workspace: only the effect section names it, as the
      // place the base version came from
      expect(r.stdout.split('\n').filter((l) => l.includes('old-name.exo.json'))).toEqual([
        '  renamed from rules/old-name.exo.json'
      ])
    })

    it('R9: a pull request past the 3,000-file cap of pulls.listFiles fails closed and says so (only-changed)', async () => {
      // 3,000 listed files, then a broken rule set that GitHub no longer lists
      const files: PullFileInput[] = []
      for (let i = 0; i < 3000; i++) files.push({ filename: `docs/${i}.md`, status: 'added' })
      files.push({ filename: 'rules/late.exo.json', status: 'added' })
      const r = await onlyChanged(files, {
        'rules/late.exo.json': BROKEN,
        'rules/ok.exo.json': VALID
      })
      // fails closed: the unlisted rule set is checked (or the run refuses), and the cap is named
      expect({ code: r.code, result: r.outputs.result }).toEqual({ code: 1, result: 'fail' })
      expect(r.summary).toMatch(/3,000/)
    })
  })

  describe('R10 hostile file names', () => {
    const NAMES = [
      'rules/new\nline.exo.json',
      'rules/100%0A::error::forged.exo.json',
      'rules/a:b,c=d.exo.json',
      'rules/-rf.exo.json',
      'rules/\u202Egnp.exo.json',
      'rules/##[error]x.exo.json'
    ]

    function hostileWorkspace(): string {
      return workspace(Object.fromEntries(NAMES.map((n) => [n, 'hostile-name.exo.json'])))
    }

    it('R10: annotations carry each hostile name escaped: one ::error line per file, the runner reads back the exact (visible) name', async () => {
      const root = hostileWorkspace()
      const r = await runCli(['check', '--format', 'github'], root)
      expect(r.code).toBe(1)
      const lines = r.stdout.split('\n').slice(0, -1)
      expect(lines).toHaveLength(NAMES.length)
      for (const line of lines) expect(line).toMatch(/^::error file=rules\//)
      // eslint-disable-next-line no-control-regex
      expect(r.stdout).not.toMatch(/[\r\u2028\u2029\u0085\u202E]|[\x00-\x09\x0b-\x1f]/)
      const commands = parseWorkflowCommands(r.stdout)
      expect(commands.map((c) => [c.command, c.properties.file, c.properties.line])).toEqual(
        [...NAMES].sort().map((n) => ['error', visibleLines(n), '2'])
      )
      // the bidi override arrives as the visible text \u202E, not as the character
      expect(commands.map((c) => c.properties.file)).toContain('rules/\\u202Egnp.exo.json')
    })

    it('R10: the stylish and Markdown reports show each name escaped on one line', async () => {
      const root = hostileWorkspace()
      const stylish = await runCli(['check'], root)
      expect(stylish.code).toBe(1)
      const heads = stylish.stdout.split('\n').filter((l) => l.startsWith('rules/'))
      expect(heads).toEqual([
        'rules/##[error]x.exo.json',
        'rules/-rf.exo.json',
        'rules/100%0A::error::forged.exo.json',
        'rules/a:b,c=d.exo.json',
        'rules/new\\u000Aline.exo.json',
        'rules/\\u202Egnp.exo.json'
      ])
      const md = await runCli(['check', '--format', 'markdown'], root)
      expect(md.stdout).toContain('rules/new\\u000Aline.exo.json')
      expect(md.stdout).toContain('rules/\\u202Egnp.exo.json')
      expect(md.stdout).not.toContain('\u202E')
      expect(md.stdout).not.toContain('new\nline')
    })

    it('R10: a leading "-" name is a path only after "--"; before it, a usage error (exit 2) that checks nothing', async () => {
      const root = workspace({ '-rf.exo.json': 'hostile-name.exo.json' })
      const after = await runCli(['check', '--format', 'json', '--', '-rf.exo.json'], root)
      expect(after.code).toBe(1)
      expect(jsonReport(after.stdout)).toEqual([
        [
          '-rf.exo.json',
          [
            [
              'EXO003',
              'error',
              2,
              13,
              'Value "Exchange" of "Target" is not one of "ExchangeOnline" or "ExchangeServer".'
            ]
          ]
        ]
      ])
      const before = await runCli(['check', '-rf.exo.json'], root)
      expect(before.code).toBe(2)
      expect(before.stdout).toBe('')
    })
  })
})
