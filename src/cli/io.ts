/** What a command may touch: the streams and the working directory. Tests pass their own. */
export interface Io {
  cwd: string
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** True when stderr is a terminal (a progress line is shown only then). */
  isTty: boolean
  env: Record<string, string | undefined>
}

/** Exit codes of every command. */
export const EXIT = { pass: 0, fail: 1, usage: 2, internal: 3 } as const
