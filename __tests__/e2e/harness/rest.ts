import { createHash } from 'node:crypto'

// REST objects in the shapes GitHub returns (checked against the extracted OpenAPI response
// schemas on every response the fake sends). URL templates follow api.github.com's.

export type AccountType = 'Bot' | 'User' | 'Organization'
export type AuthorAssociation =
  | 'COLLABORATOR'
  | 'CONTRIBUTOR'
  | 'FIRST_TIMER'
  | 'FIRST_TIME_CONTRIBUTOR'
  | 'MANNEQUIN'
  | 'MEMBER'
  | 'NONE'
  | 'OWNER'

export interface Account {
  /** REST login: bots end in `[bot]`. */
  login: string
  id: number
  type: AccountType
  nodeId: string
  /** GraphQL `Actor.login` (and `viewer.login`): a bot's login without `[bot]`. */
  graphqlLogin: string
  /** author_association on what this account writes. */
  association: AuthorAssociation
}

/** The identity of the default `GITHUB_TOKEN` (user id 41898282, the GitHub Actions app's bot). */
export const GITHUB_ACTIONS_BOT: Account = {
  login: 'github-actions[bot]',
  id: 41898282,
  type: 'Bot',
  nodeId: 'MDM6Qm90NDE4OTgyODI=',
  graphqlLogin: 'github-actions',
  association: 'NONE'
}

/** A user (or bot: a login ending in `[bot]`) account. */
export function account(login: string, options: Partial<Omit<Account, 'login'>> = {}): Account {
  const isBot = login.endsWith('[bot]')
  const type = options.type ?? (isBot ? 'Bot' : 'User')
  const id =
    options.id ?? 1000 + [...login].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 9_000_000, 7)
  const prefix = type === 'Bot' ? 'BOT' : type === 'Organization' ? 'O' : 'U'
  return {
    login,
    id,
    type,
    nodeId: options.nodeId ?? `${prefix}_kgDO${Buffer.from(String(id)).toString('base64url')}`,
    graphqlLogin: options.graphqlLogin ?? (isBot ? login.slice(0, -5) : login),
    association: options.association ?? (type === 'Bot' ? 'NONE' : 'CONTRIBUTOR')
  }
}

export interface Site {
  /** Absolute REST base, e.g. http://127.0.0.1:PORT/api/v3 */
  api: string
  /** Web base for html_url, e.g. http://ghes.example */
  server: string
}

export function simpleUser(site: Site, a: Account) {
  const u = `${site.api}/users/${encodeURIComponent(a.login)}`
  return {
    login: a.login,
    id: a.id,
    node_id: a.nodeId,
    avatar_url:
      a.type === 'Bot'
        ? `${site.server}/avatars/in/${a.id}?v=4`
        : `${site.server}/avatars/u/${a.id}?v=4`,
    gravatar_id: '',
    url: u,
    html_url:
      a.type === 'Bot' ? `${site.server}/apps/${a.graphqlLogin}` : `${site.server}/${a.login}`,
    followers_url: `${u}/followers`,
    following_url: `${u}/following{/other_user}`,
    gists_url: `${u}/gists{/gist_id}`,
    starred_url: `${u}/starred{/owner}{/repo}`,
    subscriptions_url: `${u}/subscriptions`,
    organizations_url: `${u}/orgs`,
    repos_url: `${u}/repos`,
    events_url: `${u}/events{/privacy}`,
    received_events_url: `${u}/received_events`,
    type: a.type,
    user_view_type: 'public',
    site_admin: false
  }
}

/** GET /user for a user token (the private-user shape). */
export function privateUser(site: Site, a: Account, at: string) {
  return {
    ...simpleUser(site, a),
    name: a.login,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    twitter_username: null,
    notification_email: null,
    public_repos: 1,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: at,
    updated_at: at,
    private_gists: 0,
    total_private_repos: 0,
    owned_private_repos: 0,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
    plan: { name: 'free', space: 976562499, collaborators: 0, private_repos: 10000 }
  }
}

export interface RepoInfo {
  id: number
  nodeId: string
  owner: Account
  name: string
  fork: boolean
  defaultBranch: string
  private: boolean
  createdAt: string
}

export function repository(site: Site, r: RepoInfo) {
  const full = `${r.owner.login}/${r.name}`
  const u = `${site.api}/repos/${full}`
  const host = new URL(site.server).host
  return {
    id: r.id,
    node_id: r.nodeId,
    name: r.name,
    full_name: full,
    private: r.private,
    owner: simpleUser(site, r.owner),
    html_url: `${site.server}/${full}`,
    description: null,
    fork: r.fork,
    url: u,
    forks_url: `${u}/forks`,
    keys_url: `${u}/keys{/key_id}`,
    collaborators_url: `${u}/collaborators{/collaborator}`,
    teams_url: `${u}/teams`,
    hooks_url: `${u}/hooks`,
    issue_events_url: `${u}/issues/events{/number}`,
    events_url: `${u}/events`,
    assignees_url: `${u}/assignees{/user}`,
    branches_url: `${u}/branches{/branch}`,
    tags_url: `${u}/tags`,
    blobs_url: `${u}/git/blobs{/sha}`,
    git_tags_url: `${u}/git/tags{/sha}`,
    git_refs_url: `${u}/git/refs{/sha}`,
    trees_url: `${u}/git/trees{/sha}`,
    statuses_url: `${u}/statuses/{sha}`,
    languages_url: `${u}/languages`,
    stargazers_url: `${u}/stargazers`,
    contributors_url: `${u}/contributors`,
    subscribers_url: `${u}/subscribers`,
    subscription_url: `${u}/subscription`,
    commits_url: `${u}/commits{/sha}`,
    git_commits_url: `${u}/git/commits{/sha}`,
    comments_url: `${u}/comments{/number}`,
    issue_comment_url: `${u}/issues/comments{/number}`,
    contents_url: `${u}/contents/{+path}`,
    compare_url: `${u}/compare/{base}...{head}`,
    merges_url: `${u}/merges`,
    archive_url: `${u}/{archive_format}{/ref}`,
    downloads_url: `${u}/downloads`,
    issues_url: `${u}/issues{/number}`,
    pulls_url: `${u}/pulls{/number}`,
    milestones_url: `${u}/milestones{/number}`,
    notifications_url: `${u}/notifications{?since,all,participating}`,
    labels_url: `${u}/labels{/name}`,
    releases_url: `${u}/releases{/id}`,
    deployments_url: `${u}/deployments`,
    created_at: r.createdAt,
    updated_at: r.createdAt,
    pushed_at: r.createdAt,
    git_url: `git://${host}/${full}.git`,
    ssh_url: `git@${host}:${full}.git`,
    clone_url: `${site.server}/${full}.git`,
    svn_url: `${site.server}/${full}`,
    homepage: null,
    size: 1,
    stargazers_count: 0,
    watchers_count: 0,
    language: null,
    has_issues: true,
    has_projects: true,
    has_downloads: true,
    has_wiki: true,
    has_pages: false,
    has_discussions: false,
    forks_count: 0,
    mirror_url: null,
    archived: false,
    disabled: false,
    open_issues_count: 1,
    license: null,
    allow_forking: true,
    is_template: false,
    web_commit_signoff_required: false,
    topics: [],
    visibility: r.private ? 'private' : 'public',
    forks: 0,
    open_issues: 1,
    watchers: 0,
    default_branch: r.defaultBranch
  }
}

export function reactions(url: string) {
  return {
    url: `${url}/reactions`,
    total_count: 0,
    '+1': 0,
    '-1': 0,
    laugh: 0,
    hooray: 0,
    confused: 0,
    heart: 0,
    rocket: 0,
    eyes: 0
  }
}

/** The message and documentation URL of one of GitHub's error bodies (with `status`). */
export function errorBody(status: number, message: string, doc: string, extra: object = {}) {
  return {
    message,
    ...extra,
    documentation_url: doc.startsWith('http') ? doc : `https://docs.github.com/rest/${doc}`,
    status: String(status)
  }
}

/** Rails' Array#to_sentence, which GitHub uses to join a record's error messages. */
export function toSentence(parts: string[]): string {
  if (parts.length <= 1) return parts.join('')
  if (parts.length === 2) return `${parts[0]} and ${parts[1]}`
  return `${parts.slice(0, -1).join(', ')}, and ${parts.at(-1)}`
}

/** Git's blob id of a text (what GitHub returns as a file's `sha`). */
export function blobSha(text: string): string {
  const bytes = Buffer.from(text, 'utf8')
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
}
