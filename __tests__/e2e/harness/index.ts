// The e2e harness: a fake GitHub (REST + GraphQL), event payloads, and a runner-like launcher.
export {
  account,
  FakeGitHub,
  GITHUB_ACTIONS_BOT,
  githubResponses,
  makePatch,
  type Account,
  type Fault,
  type FaultMatch,
  type FaultResponse,
  type FakeGitHubOptions,
  type FileStatus,
  type IssueCommentRecord,
  type PullFileInput,
  type RecordedGraphQL,
  type RecordedRequest,
  type ReviewCommentRecord,
  type ReviewRecord,
  type ThreadRecord
} from './fake-github.js'
export {
  pullRequestPayload,
  pushPayload,
  writeEvent,
  type EventKind,
  type WrittenEvent
} from './events.js'
export {
  actionInputDefaults,
  DIST_ENTRY,
  inputVariable,
  makeWorkspace,
  parseFileCommand,
  parseWorkflowCommands,
  REPO_ROOT,
  runAction,
  type ActionRun,
  type RunActionOptions,
  type WorkflowCommand
} from './run-action.js'
export { githubSchema, parseAndValidate } from './graphql.js'
export { loadOperations, SCHEMA_SUPPLEMENTS } from './openapi.js'
