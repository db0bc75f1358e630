import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from './helpers.js'

/** One code block of a docs page: its language, its file name (`file=…`) and its text. */
export interface Block {
  lang: string
  file: string
  text: string
}

/** The sections of a check page, by `## ` heading. */
export function sections(page: string): Map<string, string> {
  const out = new Map<string, string>()
  const parts = page.split(/^## /m).slice(1)
  for (const p of parts) {
    const nl = p.indexOf('\n')
    out.set(p.slice(0, nl).trim(), p.slice(nl + 1))
  }
  return out
}

/** The fenced code blocks of a section; a block's `file=NAME` names the file it is written to. */
export function blocks(section: string): Block[] {
  const out: Block[] = []
  const re = /^```(\w*)([^\n]*)\n([\s\S]*?)^```$/gm
  for (const m of section.matchAll(re)) {
    const file = /file=(\S+)/.exec(m[2] ?? '')?.[1] ?? 'example.exo.json'
    out.push({ lang: m[1] ?? '', file, text: m[3] ?? '' })
  }
  return out
}

/** Writes the blocks into a fresh folder and runs the CLI there; returns its output and exit code. */
export async function runExample(
  files: Block[],
  args: string[]
): Promise<{ stdout: string; stderr: string; code: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'exo-docs-'))
  try {
    for (const b of files) writeFileSync(join(dir, b.file), b.text)
    return await runCli(args, dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Splits a shell-like command line of a docs page (`$ exo-access-gate check a.json`) into arguments. */
export function commandArgs(line: string): string[] {
  const m = /^\$ exo-access-gate (.*)$/.exec(line.trim())
  if (!m)
    throw new Error(
      `an Output block must start with "$ exo-access-gate …", not ${JSON.stringify(line)}`
    )
  return (m[1] ?? '').split(/\s+/).filter(Boolean)
}
