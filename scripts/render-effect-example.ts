// The worked example of docs/effect-of-a-change.md, from the code itself: the two versions are the
// page's ```json file=… blocks; every ```text block that starts with `$ exo-access-gate …` gets
// what the CLI prints for that command, run in a folder holding those files; and the picture
// docs/images/effect-section.png is the summary comment the action writes for that change
// (src/reporters/markdown.ts with the "Effect of this change" section of src/reporters/effect.ts),
// rendered with micromark + GFM as GitHub renders Markdown, styled like GitHub, and taken by
// headless Chromium. Run by scripts/render-effect-example.mjs; `--check` only compares the page.

import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import { main } from '../src/cli/main.js'
import { defaultConfig } from '../src/engine/config.js'
import { diffFiles } from '../src/engine/diff.js'
import { DOCS_BASE } from '../src/engine/findings.js'
import { runGate } from '../src/engine/run.js'
import { effectMarkdown } from '../src/reporters/effect.js'
import { COMMENT_MAX_CHARS, markdown } from '../src/reporters/markdown.js'
import { SUMMARY_MARKER } from '../src/reporters/review.js'

const PAGE = 'docs/effect-of-a-change.md'
const PICTURE = 'docs/images/effect-section.png'
/** The path the pull request of the picture changes. */
const PR_FILE = 'rules/admins.exo.json'

interface Block {
  lang: string
  file?: string
  text: string
}

/** The fenced code blocks of a page, as __tests__/docs-pages.ts reads them. */
function blocks(page: string): Block[] {
  const out: Block[] = []
  for (const m of page.matchAll(/^```(\w*)([^\n]*)\n([\s\S]*?)^```$/gm)) {
    const file = /file=(\S+)/.exec(m[2] ?? '')?.[1]
    out.push({ lang: m[1] ?? '', ...(file ? { file } : {}), text: m[3] ?? '' })
  }
  return out
}

/** Runs the CLI in-process in `cwd`: its standard output. */
async function cli(args: string[], cwd: string): Promise<string> {
  let stdout = ''
  let stderr = ''
  const code = await main(args, {
    cwd,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    isTty: false,
    env: {}
  })
  if (code !== 0) throw new Error(`exo-access-gate ${args.join(' ')} exited ${code}: ${stderr}`)
  return stdout
}

/** The page with each command block's output replaced by what the command prints now. */
async function withOutputs(page: string, files: Block[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'effect-example-'))
  try {
    for (const f of files) writeFileSync(join(dir, f.file!), f.text)
    let out = ''
    let last = 0
    for (const m of page.matchAll(/^```text\n(\$ exo-access-gate [^\n]*)\n[\s\S]*?^```$/gm)) {
      const command = m[1]!
      const args = command.slice('$ exo-access-gate '.length).split(/\s+/).filter(Boolean)
      const printed = await cli(args, dir)
      out += page.slice(last, m.index) + '```text\n' + command + '\n' + printed + '```'
      last = m.index + m[0].length
    }
    return out + page.slice(last)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The summary comment the action writes for the example's pull request. */
async function summaryComment(base: string, head: string): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'effect-workspace-'))
  try {
    mkdirSync(join(root, 'rules'))
    writeFileSync(join(root, PR_FILE), head)
    const outcome = await runGate({ root, paths: ['rules'] })
    const encode = (s: string) => new TextEncoder().encode(s)
    const diff = diffFiles(PR_FILE, encode(base), encode(head), defaultConfig())
    return markdown(outcome.result, {
      docsBase: DOCS_BASE,
      maxChars: COMMENT_MAX_CHARS,
      marker: SUMMARY_MARKER,
      verdict: outcome.verdict,
      failOn: outcome.failOn,
      extraSections: [effectMarkdown([diff])],
      moreIn: 'the log and the job summary of this run'
    })
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

/** GitHub's look for Markdown, closely enough for a picture: fonts, code, tables, headings. */
const STYLE = `
  body { margin: 0; background: #ffffff; font-family: -apple-system, BlinkMacSystemFont, "Segoe UI",
    "Noto Sans", Helvetica, Arial, sans-serif, "Noto Color Emoji"; font-size: 14px; line-height: 1.5;
    color: #1f2328; }
  .comment { margin: 16px; border: 1px solid #d1d9e0; border-radius: 6px; width: 860px; }
  .header { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px;
    border-radius: 6px 6px 0 0; color: #59636e; }
  .header strong { color: #1f2328; }
  .body { padding: 16px; }
  .body > :first-child { margin-top: 0; }
  h2 { font-size: 1.5em; font-weight: 600; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0b3;
    margin: 24px 0 16px; }
  h3 { font-size: 1.25em; font-weight: 600; margin: 24px 0 16px; }
  p, ul, table { margin: 0 0 16px; }
  ul { padding-left: 2em; }
  li + li { margin-top: .25em; }
  code { font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono",
    "DejaVu Sans Mono", monospace; font-size: 85%; padding: .2em .4em; border-radius: 6px;
    background: #818b981f; }
  a { color: #0969da; text-decoration: none; }
  table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; }
  th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
  th { font-weight: 600; }
  tr:nth-child(2n) { background: #f6f8fa; }
`

function page(markdownText: string): string {
  const html = micromark(markdownText, {
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
    allowDangerousHtml: true
  })
  return `<!doctype html><html><head><meta charset="utf-8"><style>${STYLE}</style></head><body>
<div class="comment"><div class="header"><strong>github-actions</strong> bot commented</div>
<div class="body">${html}</div></div>
<script>document.title = String(document.documentElement.scrollHeight)</script></body></html>`
}

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--hide-scrollbars',
  '--force-device-scale-factor=2'
]

/** Screenshots the page at its own height: one run reads the height, a second takes the picture. */
function screenshot(chromium: string, html: string, out: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'effect-picture-'))
  try {
    const file = join(dir, 'summary.html')
    writeFileSync(file, html)
    const url = `file://${file}`
    const profile = (n: number) => `--user-data-dir=${join(dir, `profile-${n}`)}`
    const run = (args: string[]) =>
      execFileSync(chromium, [...CHROMIUM_FLAGS, ...args], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore']
      })
    const dom = run([profile(1), '--window-size=900,600', '--dump-dom', url])
    const height = Number(/<title>(\d+)<\/title>/.exec(dom)?.[1])
    if (!Number.isSafeInteger(height) || height <= 0) throw new Error('could not read the height')
    mkdirSync(dirname(out), { recursive: true })
    run([
      profile(2),
      `--window-size=900,${height}`,
      `--screenshot=${join(process.cwd(), out)}`,
      url
    ])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export async function render(args: string[]): Promise<number> {
  const check = args.includes('--check')
  const text = readFileSync(PAGE, 'utf8')
  const files = blocks(text).filter((b) => b.lang === 'json' && b.file)
  const base = files.find((b) => b.file === 'base.exo.json')
  const head = files.find((b) => b.file === 'head.exo.json')
  if (!base || !head) throw new Error(`${PAGE} needs a base.exo.json and a head.exo.json block`)
  const updated = await withOutputs(text, files)
  if (check) {
    if (updated === text) return 0
    console.error(`${PAGE} is out of date: run node scripts/render-effect-example.mjs`)
    return 1
  }
  if (updated !== text) writeFileSync(PAGE, updated)
  const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium'
  if (!existsSync(chromium)) {
    console.error(`No Chromium at ${chromium} (apt-get install chromium): ${PICTURE} not updated.`)
    return 1
  }
  screenshot(chromium, page(await summaryComment(base.text, head.text)), PICTURE)
  console.log(`${PAGE} and ${PICTURE} written.`)
  return 0
}
