export const id = 68;
export const ids = [68];
export const modules = {

/***/ 3068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_PR_FILES: () => (/* reexport */ MAX_PR_FILES),
  changedFiles: () => (/* reexport */ changedFiles),
  context: () => (/* reexport */ github/* context */._),
  makeClient: () => (/* reexport */ makeClient),
  review: () => (/* reexport */ review)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 17 modules
var core = __webpack_require__(8298);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/action/github.ts




/**
 * Octokit for `GITHUB_API_URL` (GitHub Enterprise Server included; `@actions/github` reads it),
 * with the retry plugin (5xx and network errors, exponential back-off) and the throttling plugin
 * (GitHub's pacing of writes; primary and secondary rate limits). A rate-limited request is retried
 * at most twice, and only when the wait GitHub asks for (`retry-after`, else the plugin's fallback
 * of 60 s, else `x-ratelimit-reset`) still fits in the budget; otherwise it fails and the caller
 * falls back to annotations and the job summary. Requests carry the budget's abort signal through
 * {@link within} (per request: a client-wide `request` option would replace the proxy-aware fetch
 * `@actions/github` sets there). 5xx answers are retried twice (after 1 s and 4 s).
 */
function makeClient(token, budget) {
    const limited = (kind) => (retryAfter, options, _o, retryCount) => {
        const fits = retryAfter * 1000 < budget.remaining();
        const again = retryCount < 2 && fits;
        core.info(`exo-access-gate: GitHub answered ${options.method ?? ''} ${options.url ?? ''} with a ${kind} rate limit ` +
            `(retry after ${retryAfter} s); ${again ? 'retrying' : 'giving up on it'}.`);
        return again;
    };
    return github/* getOctokit */.Q(token, {
        throttle: {
            onRateLimit: limited('primary'),
            onSecondaryRateLimit: limited('secondary')
        },
        retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451], retries: 2 },
        log: {
            debug: () => { },
            info: () => { },
            warn: (m) => core.debug(m),
            error: (m) => core.debug(m)
        }
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}
/** The HTTP status of an Octokit error, if it has one. */
function statusOf(e) {
    if (typeof e === 'object' && e !== null && 'status' in e) {
        const s = e.status;
        if (typeof s === 'number')
            return s;
    }
    return undefined;
}
/** A secondary or primary rate limit that was not (or no longer) retried. */
function isRateLimit(e) {
    const status = statusOf(e);
    if (status === 429)
        return true;
    if (status !== 403)
        return false;
    const message = e instanceof Error ? e.message : '';
    return /\brate limit\b/i.test(message);
}
/** Request options that bind a request to the budget: `client.request(route, within(budget, {...}))`. */
function within(budget, params) {
    if (budget.remaining() <= 0)
        throw new BudgetExceeded(budget.seconds);
    return { ...params, request: { ...params.request, signal: budget.signal } };
}
/** The run's API budget ran out; the review is left as it is and the findings stay in the summary. */
class BudgetExceeded extends Error {
    name = 'BudgetExceeded';
    constructor(seconds) {
        super(`the ${seconds}-second budget for GitHub API calls ran out`);
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/engine/digits.ts
var digits = __webpack_require__(918);
// EXTERNAL MODULE: ./src/reporters/escape.ts
var reporters_escape = __webpack_require__(2875);
;// CONCATENATED MODULE: ./src/reporters/review.ts



/*
 * The plan of the pull request review: which findings get an inline comment, which are already
 * there, which go to the summary comment and which of our old comments are stale. Pure: the
 * caller (src/action/) lists the PR's files and comments, and posts what this module plans.
 *
 * GitHub's rules (reference/github-actions-platform.md §2.3; security-and-robustness.md §5.3):
 * a review comment's `line` (RIGHT side) must be inside a hunk of the PR diff, `start_line` must
 * precede `line` in the same hunk, and one bad comment makes GitHub refuse the whole review (422).
 * About 30 comments per review is where secondary rate limits and 502s start (reviewdog's
 * `maxCommentsPerRequest = 30`).
 */
/** The hidden marker that starts the one summary comment of the pull request. */
const SUMMARY_MARKER = '<!-- exo-access-gate:summary -->';
/** Inline comments per run; the other findings go to the summary comment. */
const INLINE_LIMIT = 30;
const FINGERPRINT = /^[0-9a-f]{16}$/;
const MARKER_PREFIX = '<!-- exo-access-gate:finding ';
const MARKER_SUFFIX = ' -->';
/** Literal prefix, fixed-length body, no alternation: one linear scan whatever the body holds. */
const MARKER = /<!-- exo-access-gate:finding ([0-9a-f]{16}) -->/g;
/** Line numbers inside message data: keys named `line`/`…Line`, and "line 12" inside texts. */
const LINE_KEY = /(?:line|column)$/i;
const LINE_REF = /\bline \d+/g;
/**
 * The stable identity of a finding, so a later run knows it is already posted: 16 hex digits of
 * SHA-256 over file, check ID, JSON Pointer, message template and its values (keys sorted). Line
 * and column are left out, and so are line numbers inside the values (`otherLine`, "line 12"), so
 * inserting lines above a finding, or above the item its message names, does not post it again.
 * Severity and suppression are left out too: changing either is not a new finding.
 */
function fingerprint(f) {
    const values = f.data ?? {};
    const data = Object.keys(values)
        .filter((k) => !LINE_KEY.test(k))
        .sort()
        .map((k) => {
        const v = values[k];
        return [k, typeof v === 'string' ? v.replace(LINE_REF, 'line') : v];
    });
    const identity = JSON.stringify([f.file, f.id, f.pointer, f.messageId, data]);
    return (0,external_node_crypto_.createHash)('sha256').update(identity, 'utf8').digest('hex').slice(0, 16);
}
/** The hidden marker that carries a finding's fingerprint at the end of its inline comment. */
function fingerprintMarker(fp) {
    if (!FINGERPRINT.test(fp)) {
        throw new RangeError(`A fingerprint is 16 lower-case hex digits, not ${JSON.stringify(fp)}.`);
    }
    return MARKER_PREFIX + fp + MARKER_SUFFIX;
}
/** The fingerprints of every finding marker in a comment body, each once, in order of appearance. */
function fingerprintsIn(body) {
    if (typeof body !== 'string' || !body.includes(MARKER_PREFIX))
        return [];
    const found = new Set();
    for (const m of body.matchAll(MARKER))
        found.add(m[1]);
    return [...found];
}
/** `@@ -a[,b] +c[,d] @@`: digits only, anchored, so a hostile header costs one scan. */
const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
/**
 * The lines of the new version that a review comment may point at: every RIGHT-side line inside a
 * hunk of the file's unified-diff `patch` (added `+` and context ` ` lines, not removed `-` ones),
 * mapped to the index of its hunk (the ordinal of its `@@` header in the patch), so the caller can
 * tell whether two lines share a hunk. A hunk whose lines do not add up to its header's counts, or
 * whose numbers are absurd, is skipped whole; `\ No newline at end of file` is not a line. As
 * `git apply` does, an empty line inside a hunk is read as an empty context line (some tools strip
 * the trailing space). No patch (binary, or too large for GitHub to send) → no lines.
 */
function commentableLines(patch) {
    const lines = new Map();
    if (typeof patch !== 'string' || patch === '')
        return lines;
    let index = -1;
    // the hunk being read: old and new lines still expected, the next new line, its lines so far
    let oldLeft = 0;
    let newLeft = 0;
    let next = 0;
    let pending = [];
    let open = false;
    const close = () => {
        if (open && oldLeft === 0 && newLeft === 0) {
            for (const n of pending)
                if (!lines.has(n))
                    lines.set(n, index);
        }
        open = false;
        pending = [];
    };
    let start = 0;
    // the empty text after a final line break is not a line
    while (start < patch.length) {
        let end = patch.indexOf('\n', start);
        if (end === -1)
            end = patch.length;
        const line = patch.slice(start, end);
        start = end + 1;
        if (line.startsWith('@@')) {
            close();
            index++;
            const m = HUNK.exec(line);
            if (!m)
                continue;
            const oldCount = m[2] === undefined ? 1 : Number(m[2]);
            const newStart = Number(m[3]);
            const newCount = m[4] === undefined ? 1 : Number(m[4]);
            const sane = Number.isSafeInteger(Number(m[1])) &&
                Number.isSafeInteger(oldCount) &&
                Number.isSafeInteger(newStart) &&
                Number.isSafeInteger(newCount) &&
                Number.isSafeInteger(newStart + newCount) &&
                // a hunk with new lines starts at line 1 or later; an empty one may say `+0,0`
                (newCount === 0 || newStart >= 1);
            if (!sane)
                continue;
            open = true;
            oldLeft = oldCount;
            newLeft = newCount;
            next = newStart;
            continue;
        }
        if (!open)
            continue;
        if (oldLeft === 0 && newLeft === 0) {
            // the hunk is complete; what follows until the next header is not part of any hunk
            close();
            continue;
        }
        const c = line === '' || line === '\r' ? ' ' : line[0];
        if (c === '\\')
            continue;
        if (c === ' ' && oldLeft > 0 && newLeft > 0) {
            oldLeft--;
            newLeft--;
            pending.push(next++);
        }
        else if (c === '+' && newLeft > 0) {
            newLeft--;
            pending.push(next++);
        }
        else if (c === '-' && oldLeft > 0) {
            oldLeft--;
        }
        else {
            // a line the header leaves no room for, or one that is no diff line: the hunk is malformed
            open = false;
            pending = [];
        }
    }
    close();
    return lines;
}
const RANK = { error: 3, warning: 2, notice: 1 };
const rank = (s) => (Object.hasOwn(RANK, s) ? RANK[s] : 0);
const ordinal = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** A number that sorts: NaN and other junk last, so the comparator stays consistent. */
const num = (n) => (Number.isFinite(n) ? n : Number.MAX_VALUE);
/** Most severe first, then file, line, column (then ID and message, so order never depends on input). */
function compare(a, b) {
    return (rank(b.severity) - rank(a.severity) ||
        ordinal(String(a.file), String(b.file)) ||
        num(a.line) - num(b.line) ||
        num(a.column) - num(b.column) ||
        ordinal(String(a.id), String(b.id)) ||
        ordinal(String(a.message), String(b.message)));
}
/** The last line a finding covers: an end at column 1 of a later line ends on the line before. */
function lastLine(f) {
    if (!Number.isSafeInteger(f.endLine) || f.endLine <= f.line)
        return f.line;
    return Math.max(f.line, f.endColumn === 1 ? f.endLine - 1 : f.endLine);
}
/**
 * Where the comment goes, or undefined when the finding's start line is not in the diff. A finding
 * that spans lines of one hunk gets the whole range (`start_line` < `line`, as GitHub requires);
 * otherwise the comment sits on its start line alone.
 */
function review_anchor(f, lines) {
    if (!lines || !Number.isSafeInteger(f.line))
        return undefined;
    const hunk = lines.get(f.line);
    if (hunk === undefined)
        return undefined;
    const last = lastLine(f);
    if (last > f.line && lines.get(last) === hunk)
        return { line: last, start_line: f.line };
    return { line: f.line };
}
/**
 * Plans the review. Findings go, most severe first, to exactly one of `post` (a new comment on a
 * diff line, at most `limit`), `alreadyPosted` (an unresolved comment of ours carries the
 * fingerprint) or `outsideDiff` (the summary lists them); suppressed findings to none. Copies of a
 * finding (same fingerprint) get one comment: a copy of a finding planned now goes to the summary,
 * a copy of one already posted is already posted.
 *
 * Only comments of ours (`isOurs`) count, and only top-level ones (not replies). A comment in a
 * resolved thread does not count as posted (someone resolved it, yet the finding is back: post it
 * again), nor does an outdated one (`line: null`: its line left the diff, so it no longer shows on
 * the code). `stale` lists our unresolved top-level comments with a fingerprint of which every
 * fingerprint is gone, or, for an outdated comment, gone or carried by a comment posted or planned
 * now. A comment of the same bot without any of our markers (another workflow's) is never stale.
 */
function planReview(input) {
    const limit = input.limit ?? INLINE_LIMIT;
    if (!Number.isSafeInteger(limit) || limit < 0) {
        throw new RangeError(`limit must be a whole number of at least 0, not ${limit}.`);
    }
    // Our top-level comments that may count: fingerprint → the first current, unresolved one.
    const ours = [];
    const posted = new Map();
    for (const c of input.existing) {
        if (c.inReplyToId !== undefined && c.inReplyToId !== null)
            continue;
        if (c.resolved === true)
            continue;
        if (!input.isOurs(c))
            continue;
        const fps = fingerprintsIn(c.body);
        if (fps.length === 0)
            continue;
        ours.push({ comment: c, fps });
        if (c.line === null)
            continue;
        for (const fp of fps)
            if (!posted.has(fp))
                posted.set(fp, c);
    }
    const plan = { post: [], alreadyPosted: [], outsideDiff: [], stale: [] };
    // fingerprint → where its first finding went: a comment of ours, 'post', or 'summary'
    const placed = new Map();
    const active = input.findings.filter((f) => !f.suppressed).sort(compare);
    for (const f of active) {
        const fp = fingerprint(f);
        const before = placed.get(fp);
        if (before !== undefined) {
            if (typeof before === 'object')
                plan.alreadyPosted.push({ finding: f, comment: before });
            else
                plan.outsideDiff.push(f);
            continue;
        }
        const comment = posted.get(fp);
        if (comment) {
            plan.alreadyPosted.push({ finding: f, comment });
            placed.set(fp, comment);
            continue;
        }
        const at = plan.post.length < limit ? review_anchor(f, input.files.get(f.file)) : undefined;
        if (!at) {
            plan.outsideDiff.push(f);
            placed.set(fp, 'summary');
            continue;
        }
        const inline = { path: f.file, line: at.line, side: 'RIGHT', body: '' };
        if (at.start_line !== undefined) {
            inline.start_line = at.start_line;
            inline.start_side = 'RIGHT';
        }
        inline.body = inlineBody(f, fp, input.docsBase);
        plan.post.push({ finding: f, fingerprint: fp, comment: inline });
        placed.set(fp, 'post');
    }
    for (const { comment, fps } of ours) {
        const outdated = comment.line === null;
        // an outdated comment is superseded when its finding has a current comment (posted or planned)
        const gone = fps.every((fp) => {
            const where = placed.get(fp);
            return where === undefined || (outdated && where !== 'summary');
        });
        if (gone)
            plan.stale.push(comment);
    }
    return plan;
}
/** A link destination needs no `<…>` when it has no space, control, parenthesis or angle bracket. */
function href(url) {
    return url.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0020\u007f()<>\\`|[\]]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}
/** A check ID of the registry's shape is linked to its page; anything else is shown as text. */
function checkLink(id, docsBase) {
    return /^[A-Z]{2,10}\d{1,6}$/.test(id)
        ? `[${id}](${href(`${docsBase}${id}.md`)})`
        : (0,reporters_escape/* markdownText */.p7)(String(id));
}
/** Text longer than `max` UTF-16 code units, cut there (never inside a surrogate pair). */
function cut(text, max) {
    if (text.length <= max)
        return text;
    let end = max;
    const c = text.charCodeAt(end - 1);
    if (c >= 0xd800 && c <= 0xdbff)
        end--;
    return `${text.slice(0, end)}… (${(0,digits/* groupDigits */.K)(text.length)} characters)`;
}
/** Untrusted text shown in an inline comment is cut to this many characters before escaping. */
const MAX_MESSAGE = 2000;
const MAX_POINTER = 200;
/**
 * The body of a finding's inline comment: `**EXO201** missing-safeguard (error): message`, the ID
 * linked to the check's page, then the JSON Pointer as code, then the hidden fingerprint marker
 * last. Untrusted text is escaped (no HTML, mentions, references, links) and cut, so the body
 * stays far below GitHub's 65,536 characters; there is no code block, so never a `suggestion`.
 */
function inlineBody(f, fp, docsBase) {
    const marker = fingerprintMarker(fp);
    const severity = Object.hasOwn(RANK, f.severity) ? f.severity : (0,reporters_escape/* markdownText */.p7)(String(f.severity));
    const head = `**${checkLink(String(f.id), docsBase)}** ${(0,reporters_escape/* markdownText */.p7)(String(f.slug))} (${severity}): ` +
        (0,reporters_escape/* markdownText */.p7)(cut(String(f.message), MAX_MESSAGE));
    const pointer = typeof f.pointer === 'string' && f.pointer !== ''
        ? `\n\nAt ${(0,reporters_escape/* codeSpan */.SS)(cut(f.pointer, MAX_POINTER))}.`
        : '';
    return `${head}${pointer}\n\n${marker}`;
}
/** The review's one-line body: how many comments it adds, and where every finding is. */
function reviewBody(summaryUrl, count) {
    if (!Number.isSafeInteger(count) || count < 0) {
        throw new RangeError(`count must be a whole number of at least 0, not ${count}.`);
    }
    const n = `${(0,digits/* groupDigits */.K)(count)} new inline ${count === 1 ? 'comment' : 'comments'}`;
    const url = summaryUrl !== undefined && /^https?:\/\//i.test(summaryUrl) ? summaryUrl : undefined;
    const where = url
        ? `[the summary comment](${href(url)})`
        : 'the summary comment of this pull request';
    return `**exo-access-gate**: ${n}; every finding, including those outside the diff, is in ${where}.`;
}

;// CONCATENATED MODULE: ./src/action/pull-request.ts


/** GitHub lists at most 3,000 files of a pull request (REST "List pull requests files"). */
const MAX_PR_FILES = 3000;
/** The PR's files with the RIGHT-side lines of their hunks. Reading needs no write permission. */
async function changedFiles(client, pr, budget) {
    const files = [];
    for await (const page of client.paginate.iterator('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', within(budget, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 }))) {
        for (const f of page.data) {
            files.push({ path: f.filename, status: f.status, lines: commentableLines(f.patch) });
        }
        if (files.length >= MAX_PR_FILES)
            break;
    }
    return files;
}
/**
 * Who the action's token is, as a test on comment authors. `GET /user` answers for a personal
 * token; the default `GITHUB_TOKEN` (an installation token) gets 403 there, and GraphQL's `viewer`
 * answers `github-actions` for it, whose REST login is `github-actions[bot]`. When neither answers,
 * the token is taken to be the default one.
 */
async function identity(client, budget) {
    try {
        const { data } = await client.request('GET /user', within(budget, {}));
        const login = data.login;
        return (l) => l === login;
    }
    catch (e) {
        if (e instanceof BudgetExceeded)
            throw e;
    }
    try {
        const data = await client.graphql('query { viewer { login } }', within(budget, {}));
        const login = data.viewer.login;
        return (l) => l === login || l === `${login}[bot]`;
    }
    catch (e) {
        if (e instanceof BudgetExceeded)
            throw e;
    }
    return (l) => l === 'github-actions[bot]';
}
const THREADS = `query ($owner: String!, $repo: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $after) {
        nodes { id isResolved comments(first: 1) { nodes { databaseId } } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
}`;
/** Every review comment of the PR, with its thread and whether the thread is resolved. */
async function reviewComments(client, pr, budget, withThreads) {
    const comments = [];
    for await (const page of client.paginate.iterator('GET /repos/{owner}/{repo}/pulls/{pull_number}/comments', within(budget, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 }))) {
        for (const c of page.data) {
            const existing = {
                id: c.id,
                nodeId: c.node_id,
                path: c.path,
                body: c.body,
                author: c.user?.login ?? '',
                line: c.line ?? null,
                htmlUrl: c.html_url
            };
            if (c.in_reply_to_id !== undefined)
                existing.inReplyToId = c.in_reply_to_id;
            comments.push(existing);
        }
    }
    if (!withThreads(comments))
        return comments;
    const byId = new Map(comments.map((c) => [c.id, c]));
    let after = null;
    for (let page = 0; page < 50; page++) {
        const data = await client.graphql(THREADS, within(budget, { owner: pr.owner, repo: pr.repo, number: pr.number, after }));
        const threads = data.repository?.pullRequest?.reviewThreads;
        if (!threads)
            break;
        for (const t of threads.nodes) {
            const first = t.comments.nodes[0]?.databaseId;
            const c = first == null ? undefined : byId.get(first);
            if (c) {
                c.threadId = t.id;
                c.resolved = t.isResolved;
            }
        }
        if (!threads.pageInfo.hasNextPage)
            break;
        after = threads.pageInfo.endCursor;
    }
    return comments;
}
async function summaryComments(client, pr, budget, isOurs) {
    const found = [];
    for await (const page of client.paginate.iterator('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', within(budget, { owner: pr.owner, repo: pr.repo, issue_number: pr.number, per_page: 100 }))) {
        for (const c of page.data) {
            const body = c.body ?? '';
            const author = c.user?.login ?? '';
            if (body.startsWith(SUMMARY_MARKER) && isOurs(author)) {
                found.push({ id: c.id, body, author, htmlUrl: c.html_url });
            }
        }
    }
    return found;
}
/** A write that answered 5xx may still have happened: the caller lists before trying again. */
function isServerError(e) {
    const s = statusOf(e);
    return s !== undefined && s >= 500 && !(e instanceof BudgetExceeded);
}
/**
 * Creates or updates the one summary comment of ours on the PR. A comment is ours only when it
 * starts with the marker AND its author is the token's identity: someone else's comment carrying
 * the marker is never touched. Extra summaries of ours (left by an interrupted run) are deleted.
 * The create is sent without retries; after a 5xx the comments are listed again and the one that
 * the failed request created, if any, is updated instead of creating another. After a create the
 * comments are listed once more: two runs racing on one pull request both keep the oldest summary
 * and delete the other, so one remains.
 */
async function upsertSummary(client, pr, budget, isOurs, body, create) {
    const base = { owner: pr.owner, repo: pr.repo };
    let created;
    for (let attempt = 0;; attempt++) {
        // oldest first: when two runs raced and both created one, both keep the oldest
        const ours = (await summaryComments(client, pr, budget, isOurs)).sort((a, b) => a.id - b.id);
        const [first, ...extra] = ours;
        if (first) {
            for (const e of extra) {
                try {
                    await client.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', within(budget, { ...base, comment_id: e.id }));
                }
                catch (err) {
                    if (statusOf(err) !== 404)
                        throw err; // 404: the racing run deleted it first
                }
            }
            if (first.body === body)
                return first.htmlUrl;
            const { data } = await client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', within(budget, { ...base, comment_id: first.id, body }));
            return data.html_url;
        }
        if (created !== undefined)
            return created;
        if (!create)
            return undefined;
        try {
            const { data } = await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', within(budget, { ...base, issue_number: pr.number, body, request: { retries: 0 } }));
            // listed once more, so that a run racing this one for the same pull request ends with one
            created = data.html_url;
        }
        catch (e) {
            if (attempt === 0 && isServerError(e))
                continue;
            throw e;
        }
    }
}
/**
 * Posts the planned inline comments as one review (event COMMENT) whose body points at the
 * summary. On 422 (a line GitHub does not accept) nothing is retried inline: the caller moves those
 * findings into the summary. After a 5xx the review comments are listed again, and the review is
 * sent again only when none of its fingerprints arrived.
 */
async function postReview(client, pr, budget, plan, summaryUrl, isOurs) {
    if (plan.post.length === 0)
        return [];
    const wanted = new Set(plan.post.map((p) => p.fingerprint));
    const request = {
        owner: pr.owner,
        repo: pr.repo,
        pull_number: pr.number,
        commit_id: pr.headSha,
        event: 'COMMENT',
        body: reviewBody(summaryUrl, plan.post.length),
        comments: plan.post.map((p) => p.comment)
    };
    for (let attempt = 0;; attempt++) {
        try {
            await client.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', within(budget, { ...request, request: { retries: 0 } }));
            return [];
        }
        catch (e) {
            if (statusOf(e) === 422)
                return plan.post.map((p) => p.finding);
            if (attempt > 0 || !isServerError(e))
                throw e;
            const now = await reviewComments(client, pr, budget, () => false);
            const arrived = now.some((c) => isOurs(c.author) && fingerprintsIn(c.body).some((fp) => wanted.has(fp)));
            if (arrived)
                return [];
        }
    }
}
const RESOLVE = `mutation ($threadId: ID!) {
  resolveReviewThread(input: { threadId: $threadId }) { thread { id isResolved } }
}`;
const MINIMIZE = `mutation ($subjectId: ID!) {
  minimizeComment(input: { subjectId: $subjectId, classifier: OUTDATED }) { minimizedComment { isMinimized } }
}`;
/** Resolves the threads of our comments whose finding is gone (minimises the comment when it has no thread). */
async function resolveStale(client, budget, stale) {
    let done = 0;
    for (const c of stale) {
        if (c.threadId) {
            await client.graphql(RESOLVE, within(budget, { threadId: c.threadId }));
        }
        else {
            await client.graphql(MINIMIZE, within(budget, { subjectId: c.nodeId }));
        }
        done++;
    }
    return done;
}


// EXTERNAL MODULE: ./src/reporters/markdown.ts
var markdown = __webpack_require__(4369);
;// CONCATENATED MODULE: ./src/action/review.ts






/** The one notice of a token that may not write to the pull request (fork PRs, read-only tokens). */
const FORBIDDEN_NOTICE = 'exo-access-gate: the token cannot write to this pull request (fork pull requests and read-only tokens ' +
    'get 403 "Resource not accessible by integration"), so there is no review comment; every finding is in ' +
    'the annotations and the job summary, and the verdict is unchanged.';
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/**
 * The pull request review: the summary comment (created when there is something to say, updated
 * in place whenever it exists), inline comments for new findings on diff lines, stale threads
 * resolved. Every failure ends here as a notice or warning and a note for the job summary; none
 * changes the verdict, and the job summary still lists every finding.
 */
async function review(input) {
    const { client, pr, budget, result, outcome } = input;
    const notes = [];
    const inline = new Map();
    try {
        const isOurs = await identity(client, budget);
        const findings = result.files.flatMap((f) => f.findings);
        const existing = await reviewComments(client, pr, budget, (cs) => cs.some((c) => isOurs(c.author)));
        const plan = planReview({
            findings,
            files: new Map(input.files.map((f) => [f.path, f.lines])),
            existing,
            isOurs: (c) => isOurs(c.author),
            docsBase: input.docsBase
        });
        // Rows of findings with an inline comment link to the PR's changed files: the same link before
        // and after the comment exists, so an unchanged result leaves the summary byte for byte alone.
        const filesUrl = pr.htmlUrl ? `${pr.htmlUrl}/files` : undefined;
        if (filesUrl)
            for (const { finding } of plan.alreadyPosted)
                inline.set(finding, filesUrl);
        const body = (extra) => (0,markdown/* markdown */.wD)(result, {
            docsBase: input.docsBase,
            maxChars: markdown/* COMMENT_MAX_CHARS */.dq,
            marker: SUMMARY_MARKER,
            verdict: outcome.verdict,
            failOn: outcome.failOn,
            configChanged: input.configChanged,
            configFile: input.configFile,
            notes: extra,
            moreIn: 'the log and the job summary of this run',
            inlineUrl: (f) => inline.get(f)
        });
        // Optimistic: rows of the findings about to be posted inline already say so; when the review
        // fails, the summary is written again without that and with a note.
        if (filesUrl)
            for (const p of plan.post)
                inline.set(p.finding, filesUrl);
        const worthSaying = findings.length > 0 || input.configChanged;
        let summaryUrl = await upsertSummary(client, pr, budget, isOurs, body([]), worthSaying);
        let moved = [];
        let failure;
        try {
            moved = await postReview(client, pr, budget, plan, summaryUrl, isOurs);
            if (moved.length > 0)
                failure = 'GitHub refused their lines (422)';
        }
        catch (e) {
            if (isForbidden(e))
                throw e;
            moved = plan.post.map((p) => p.finding);
            failure = why(e);
        }
        if (moved.length > 0) {
            for (const f of moved)
                inline.delete(f);
            const note = `${plural(moved.length, 'finding')} could not be posted as inline comments (${(0,reporters_escape/* markdownText */.p7)(failure ?? '')}) and ${moved.length === 1 ? 'is' : 'are'} listed here.`;
            core.info(`exo-access-gate: ${note}`);
            notes.push(note);
            summaryUrl = await upsertSummary(client, pr, budget, isOurs, body([note]), true);
        }
        const resolved = await resolveStale(client, budget, plan.stale);
        core.info(`exo-access-gate: summary comment ${summaryUrl ?? 'not needed'}; ${plural(plan.post.length - moved.length, 'new inline comment')}, ` +
            `${plan.alreadyPosted.length} already posted, ${plural(resolved, 'stale thread')} resolved.`);
    }
    catch (e) {
        inline.clear();
        if (isForbidden(e)) {
            core.notice(FORBIDDEN_NOTICE);
            notes.push('The token cannot write to this pull request (403), so this summary and the annotations are the whole report.');
        }
        else {
            core.warning(`exo-access-gate: the pull request review was not completed (${why(e)}); every finding is in the job summary and the annotations, and the verdict is unchanged.`);
            notes.push(`The pull request review was not completed (${(0,reporters_escape/* markdownText */.p7)(why(e))}); this summary lists every finding.`);
        }
    }
    return { notes, inline };
}
/** 403 that is not a rate limit, or 404 (a token that cannot see the pull request). */
function isForbidden(e) {
    const s = statusOf(e);
    return (s === 403 && !isRateLimit(e)) || s === 404;
}
function why(e) {
    if (e instanceof BudgetExceeded)
        return e.message;
    const s = statusOf(e);
    if (isRateLimit(e))
        return 'GitHub rate limit';
    const message = e instanceof Error ? e.message.split('\n')[0].slice(0, 200) : String(e);
    return s !== undefined ? `HTTP ${s}: ${message}` : message;
}

;// CONCATENATED MODULE: ./src/action/api.ts
// Everything of the action that talks to GitHub's API: @actions/github, Octokit and its plugins,
// and the modules built on them (about 250 ms to load). main.ts imports this module dynamically,
// and only when a run can call the API (a token and a pull request event); ncc bundles it as a
// chunk of its own next to dist/index.js.






/***/ })

};
