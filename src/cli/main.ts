import { UsageError } from '../engine/errors.js'
import { display } from '../engine/display.js'
import { check } from './check.js'
import { diff } from './diff.js'
import { explain } from './explain.js'
import { test } from './test.js'
import { toPowershell } from './to-powershell.js'
import { importCommand } from './import.js'
import { EXIT, type Io } from './io.js'
import pkg from '../../package.json' with { type: 'json' }

export const HELP = `Usage: exo-access-gate <command> [options]

Gates changes to Exchange client access rules and ActiveSync device access rules kept as code.

Commands:
  check [paths…]     check rule-set files (default command)
  explain [EXONNN]   show a check's page, or list every check
  test <file> --protocol <name> [options]
                     which rule decides a connection (the offline Test-ClientAccessRule)
  diff <base.exo.json> <head.exo.json> [--format text|json|markdown]
                     who gains or loses access between two versions of a rule set
                     ("none" for a version that does not exist)
  to-powershell <file> [--output <file>]
                     print the PowerShell that creates a rule set
  import <export.json> [--activesync <export.json>] [--target <name>] [--output <file>]
                     turn Get-ClientAccessRule | ConvertTo-Json output into a rule set
  help               show this help

Run "exo-access-gate <command> --help" for a command's options.
`

/** Runs the CLI; resolves to the exit code. Never throws: usage errors exit 2, anything else 3. */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const [command, ...rest] = argv
    switch (command) {
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(HELP)
        return EXIT.pass
      case '--version':
      case '-v':
        io.stdout(`${pkg.version}\n`)
        return EXIT.pass
      case 'check':
        return await check(rest, io)
      case 'test':
        return await test(rest, io)
      case 'diff':
        return await diff(rest, io)
      case 'to-powershell':
        return await toPowershell(rest, io)
      case 'import':
        return await importCommand(rest, io)
      case 'explain':
        if (rest.includes('--help') || rest.includes('-h')) {
          io.stdout('Usage: exo-access-gate explain [EXONNN]\n')
          return EXIT.pass
        }
        return explain(rest, io)
      default:
        throw new UsageError(
          `Unknown command ${JSON.stringify(command)}; run "exo-access-gate help".`
        )
    }
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string })?.code?.startsWith?.('ERR_PARSE_ARGS')) {
      io.stderr(`exo-access-gate: ${display((e as Error).message, 500)}\n`)
      if (argv[0] === 'check' || argv[0] === 'test' || argv[0] === 'import' || argv[0] === 'diff')
        io.stderr(`Run "exo-access-gate ${argv[0]} --help" for the options.\n`)
      return EXIT.usage
    }
    const detail = e instanceof Error ? e.message : String(e)
    io.stderr(
      `exo-access-gate: internal error: ${display(detail, 500)}\nThis is a bug in exo-access-gate; please report it with the input that caused it.\n`
    )
    if (io.env.EXO_ACCESS_GATE_DEBUG && e instanceof Error && e.stack) io.stderr(e.stack + '\n')
    return EXIT.internal
  }
}
