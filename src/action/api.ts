// Everything of the action that talks to GitHub's API: @actions/github, Octokit and its plugins,
// and the modules built on them (about 250 ms to load). main.ts imports this module dynamically,
// and only when a run can call the API (a token and a pull request event); ncc bundles it as a
// chunk of its own next to dist/index.js.
export { context } from '@actions/github'
export { effectOfChange } from './effect.js'
export { makeClient } from './github.js'
export { MAX_PR_FILES, changedFiles } from './pull-request.js'
export { review } from './review.js'
