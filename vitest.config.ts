import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    // Vitest's default on a 2-core machine is one worker. The action's end-to-end tests mostly wait
    // (GitHub's write pacing, child processes) and the SARIF test waits on the .NET validator, so
    // three workers let that waiting overlap with the CPU-bound files.
    maxWorkers: 3,
    testTimeout: 60_000,
    hookTimeout: 120_000
  }
})
