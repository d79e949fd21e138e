export const id = 9378;
export const ids = [9378];
export const modules = {

/***/ 6997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createForge: () => (/* binding */ createForge)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(11758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
;// CONCATENATED MODULE: ./src/context.ts
function splitRepository(fullName) {
    const [owner, repo, ...rest] = fullName.split('/');
    if (!owner || !repo || rest.length > 0)
        throw new Error(`'${fullName}' is not a repository name of the form owner/name.`);
    return { owner, repo };
}

// EXTERNAL MODULE: ./src/forge/forge.ts
var forge = __webpack_require__(76576);
;// CONCATENATED MODULE: ./src/forge/request-queue.ts
/** GitHub: "Otherwise, wait for at least one minute before retrying." */
const SECONDARY_FALLBACK_SECONDS = 60;
const SECONDARY = /secondary rate limit/i;
/** When the next request may leave after `answer`, received at `now`; undefined if GitHub did not say stop. */
function holdAfter(answer, now) {
    const header = (name) => {
        const value = answer.headers[name];
        return value === undefined ? undefined : String(value);
    };
    const holds = [];
    const retryAfter = header('retry-after');
    if (retryAfter !== undefined) {
        // Seconds, as GitHub sends it; an HTTP date is the header's other legal form.
        const seconds = Number(retryAfter);
        const until = retryAfter.trim() !== '' && Number.isFinite(seconds) ? now + seconds * 1000 : Date.parse(retryAfter);
        if (Number.isFinite(until))
            holds.push({ until, reason: `retry-after: ${retryAfter}` });
    }
    const reset = Number(header('x-ratelimit-reset'));
    if (header('x-ratelimit-remaining') === '0' && Number.isFinite(reset) && reset > 0) {
        // Epoch seconds: one more second so that we come *after* the reset, as plugin-throttling does.
        holds.push({ until: (reset + 1) * 1000, reason: `x-ratelimit-remaining: 0 until x-ratelimit-reset ${reset}` });
    }
    const secondary = answer.status === 429 || ((answer.status === 403 || answer.status === 200) && SECONDARY.test(answer.message ?? ''));
    if (holds.length === 0 && secondary) {
        holds.push({ until: now + SECONDARY_FALLBACK_SECONDS * 1000, reason: `a secondary rate limit without retry-after (at least ${SECONDARY_FALLBACK_SECONDS}s)` });
    }
    return holds.reduce((latest, hold) => (latest === undefined || hold.until > latest.until ? hold : latest), undefined);
}
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
/** Serial (concurrency 1), first come first served, and held while any answer says to wait. */
class RequestQueue {
    clock;
    onHold;
    tail = Promise.resolve();
    hold;
    reported;
    /** `onHold` is told once per hold that makes a request wait, with how long (ms). */
    constructor(clock = systemClock, onHold) {
        this.clock = clock;
        this.onHold = onHold;
    }
    /** Run `send` after everything queued before it has settled, and not before the hold ends. */
    run(send) {
        const turn = this.tail.then(() => this.waitOut()).then(send);
        this.tail = turn.catch(() => undefined);
        return turn;
    }
    /** Stop every request until `hold.until`; a later hold wins, an earlier one changes nothing. */
    holdUntil(hold) {
        if (hold && (this.hold === undefined || hold.until > this.hold.until))
            this.hold = hold;
    }
    async waitOut() {
        for (;;) {
            const hold = this.hold;
            const waitMs = hold === undefined ? 0 : hold.until - this.clock.now();
            if (hold === undefined || waitMs <= 0)
                return;
            if (this.reported !== hold) {
                this.reported = hold;
                this.onHold?.(hold, waitMs);
            }
            await this.clock.sleep(waitMs);
        }
    }
}
/** GraphQL speaks in 200s: its limits are in `errors`. */
function graphqlMessages(data) {
    const errors = data?.errors;
    return Array.isArray(errors) ? errors.map((error) => error.message ?? '').join('\n') : undefined;
}
/**
 * Every attempt of every request through `queue`, and each answer's verdict into its hold.
 * List it first among getOctokit's plugins: the first one wraps the request innermost, under the
 * retry and throttling plugins, so their retries queue too. Holds name the method and route
 * (`options.url` is the route template or a Link URL), never a header: no token.
 */
function queueRequests(queue, clock = systemClock) {
    return (octokit) => {
        octokit.hook.wrap('request', (request, options) => queue.run(async () => {
            const on = (hold) => queue.holdUntil(hold && { ...hold, reason: `${hold.reason} on ${options.method} ${options.url}` });
            try {
                const response = await request(options);
                on(holdAfter({ status: response.status, headers: response.headers, message: graphqlMessages(response.data) }, clock.now()));
                return response;
            }
            catch (error) {
                const failure = error;
                if (failure.response?.headers)
                    on(holdAfter({ status: failure.status ?? failure.response.status ?? 0, headers: failure.response.headers, message: failure.message }, clock.now()));
                throw error;
            }
        }));
    };
}

;// CONCATENATED MODULE: ./src/forge/github.ts
/**
 * The Forge on GitHub: @actions/github's octokit with the retry plugin (5xx, network errors), the
 * throttling plugin (whether a rate-limited request is tried again) and, under both, one queue
 * (./request-queue.ts): requests one at a time, all of them held while a rate limit says wait.
 * The sticky comment is found with GraphQL, newest comments first, 100 at a time, so a report
 * among the newest comments costs one query whatever the size of the thread, and one buried
 * under thousands is still found.
 */






/**
 * plugin-retry's list plus 429: a 429 is a rate limit, to be waited out as its headers say and
 * tried again as rateLimitRetries allows (plugin-throttling), not retried after 1, 4 and 9 s.
 */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
const PAGE_SIZE = 100;
function commentsQuery(owner) {
    return `query mlopsStickyComment($owner: String!, $repo: String!, $number: Int!, $before: String) {
  repository(owner: $owner, name: $repo) {
    thread: ${owner}(number: $number) {
      comments(last: ${PAGE_SIZE}, before: $before) {
        nodes { fullDatabaseId body url isMinimized viewerDidAuthor }
        pageInfo { hasPreviousPage startCursor }
      }
    }
  }
}`;
}
function statusOf(error) {
    return error.status;
}
function isNotFound(error) {
    const failure = error;
    return failure.status === 404 || (failure.errors ?? []).some((item) => item.type === 'NOT_FOUND');
}
function isForbidden(error) {
    const failure = error;
    return failure.status === 403 && !/rate limit/i.test(failure.message ?? '');
}
function permissionFor(target) {
    return target.kind === 'pr' ? 'pull-requests: write' : target.kind === 'issue' ? 'issues: write' : 'contents: write';
}
/** The GitHub API's own words, without request details (which never carry the token anyway). */
function messageOf(error) {
    const failure = error;
    return (failure.message ?? String(error)).split('\n')[0].replace(/ - https:\/\/docs\.github\.com\S*/, '');
}
class GitHubForge {
    options;
    octokit;
    owner;
    repo;
    viewerLogin;
    /** Requests made, retries and waits not counted: the cost of a publication. */
    calls = 0;
    constructor(options) {
        this.options = options;
        ({ owner: this.owner, repo: this.repo } = splitRepository(options.repository));
        const retries = options.rateLimitRetries ?? 3;
        const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
            if (retryCount >= retries)
                return false;
            options.onWait?.(`GitHub ${kind} rate limit on ${request.method} ${request.url}: waiting ${retryAfter}s, then trying again (${retryCount + 1}/${retries}).`);
            return true;
        };
        const clock = options.clock ?? systemClock;
        const queue = new RequestQueue(clock, (hold, waitMs) => options.onWait?.(`GitHub rate limit: holding all requests for ${Math.ceil(waitMs / 1000)}s (${hold.reason}).`));
        // No `request` option: it would replace @actions/github's proxy-aware `request.fetch`, and
        // `request.retries` made plugin-retry retry every failure (403, 404, 422 too) at once.
        this.octokit = (0,github/* getOctokit */.Q)(options.token, {
            baseUrl: options.apiUrl.replace(/\/$/, ''),
            throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
            retry: { retries: 3, doNotRetry: DO_NOT_RETRY },
        }, 
        // First, so that it wraps innermost: every attempt, retries included, takes its turn.
        queueRequests(queue, clock), dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
    }
    async graphql(query, variables) {
        this.calls++;
        // One options object: `url` (GITHUB_GRAPHQL_URL) is refused next to a query string.
        return this.octokit.graphql({ query, url: this.options.graphqlUrl, ...variables });
    }
    async rest(route, parameters) {
        this.calls++;
        const response = await this.octokit.request(route, { owner: this.owner, repo: this.repo, ...parameters });
        return response.data;
    }
    async openPullRequestsFor(sha) {
        this.calls++;
        try {
            const pulls = await this.octokit.paginate('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { owner: this.owner, repo: this.repo, commit_sha: sha, per_page: 100 });
            return pulls.filter((pull) => pull.state === 'open').map((pull) => pull.number);
        }
        catch (error) {
            // a commit GitHub does not know (422), an empty repository (409): no pull request to find
            if ([404, 409, 422].includes(error.status ?? 0))
                return [];
            throw error;
        }
    }
    async upsertComment(target, marker, body) {
        const before = this.calls;
        try {
            const found = target.kind === 'commit' ? await this.findCommitComments(target.sha, marker) : await this.findThreadComments(target, marker);
            const [keep, ...duplicates] = found;
            let result;
            let kind;
            if (keep === undefined) {
                result = target.kind === 'commit'
                    ? await this.rest('POST /repos/{owner}/{repo}/commits/{commit_sha}/comments', { commit_sha: target.sha, body })
                    : await this.rest('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { issue_number: target.number, body });
                kind = 'created';
            }
            else {
                result = keep.body === body
                    ? { id: keep.id, html_url: keep.url } // unchanged: no edit, no notification
                    : target.kind === 'commit'
                        ? await this.rest('PATCH /repos/{owner}/{repo}/comments/{comment_id}', { comment_id: keep.id, body })
                        : await this.rest('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { comment_id: keep.id, body });
                kind = 'updated';
            }
            // Two reports for one key (from a race between runs): the newest stays, the rest go.
            for (const duplicate of duplicates) {
                await this.rest(target.kind === 'commit' ? 'DELETE /repos/{owner}/{repo}/comments/{comment_id}' : 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { comment_id: duplicate.id });
            }
            return { kind, id: result.id, url: result.html_url, apiCalls: this.calls - before, removedDuplicates: duplicates.length };
        }
        catch (error) {
            if (isForbidden(error))
                return { kind: 'forbidden', permission: permissionFor(target), message: messageOf(error) };
            if (isNotFound(error))
                return { kind: 'not-found', message: `${(0,forge/* describeTarget */.f)(target)} was not found (deleted, or not visible to this token)` };
            if (statusOf(error) === 422 && /too long/i.test(JSON.stringify(error.response?.data ?? ''))) {
                return { kind: 'too-long', message: messageOf(error) };
            }
            throw error;
        }
    }
    /** Own, visible comments carrying the marker, newest first, from the newest page that has any. */
    async findThreadComments(target, marker) {
        const query = commentsQuery(target.kind === 'pr' ? 'pullRequest' : 'issue');
        let before = null;
        for (;;) {
            const data = await this.graphql(query, {
                owner: this.owner,
                repo: this.repo,
                number: target.number,
                before,
            });
            const page = data.repository?.thread?.comments;
            if (!page)
                throw Object.assign(new Error(`${(0,forge/* describeTarget */.f)(target)} not found`), { status: 404 });
            const mine = page.nodes
                .filter((node) => node.viewerDidAuthor && !node.isMinimized && node.body.includes(marker))
                .reverse()
                .map((node) => ({ id: Number(node.fullDatabaseId), body: node.body, url: node.url }));
            if (mine.length > 0)
                return mine;
            if (!page.pageInfo.hasPreviousPage || !page.pageInfo.startCursor)
                return [];
            before = page.pageInfo.startCursor;
        }
    }
    async viewer() {
        if (this.viewerLogin === undefined) {
            const data = await this.graphql('query mlopsViewer { viewer { login } }', {});
            this.viewerLogin = data.viewer.login;
        }
        return this.viewerLogin;
    }
    /** Commit comments are few: REST, all pages; "own" is the token's login (REST adds `[bot]` for apps). */
    async findCommitComments(sha, marker) {
        const login = await this.viewer();
        this.calls++;
        const comments = await this.octokit.paginate('GET /repos/{owner}/{repo}/commits/{commit_sha}/comments', { owner: this.owner, repo: this.repo, commit_sha: sha, per_page: 100 });
        return comments
            .filter((comment) => (comment.user?.login === login || comment.user?.login === `${login}[bot]`) && (comment.body ?? '').includes(marker))
            .reverse()
            .map((comment) => ({ id: comment.id, body: comment.body ?? '', url: comment.html_url }));
    }
    /** Open issues with the alert's label, its marker and this token's author: at most one is ours. */
    async findAlertIssue(marker, label) {
        const login = await this.viewer();
        this.calls++;
        const issues = await this.octokit.paginate('GET /repos/{owner}/{repo}/issues', { owner: this.owner, repo: this.repo, state: 'open', labels: label, per_page: 100 });
        const mine = issues.find((issue) => !issue.pull_request && (issue.body ?? '').includes(marker) && (issue.user?.login === login || issue.user?.login === `${login}[bot]`));
        return mine ? { number: mine.number, url: mine.html_url, body: mine.body ?? '' } : undefined;
    }
    async upsertAlertIssue(marker, title, body, labels) {
        try {
            const found = await this.findAlertIssue(marker, labels[0] ?? 'mlops-alert');
            if (found) {
                if (found.body !== body)
                    await this.rest('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { issue_number: found.number, body });
                return { kind: 'updated', number: found.number, url: found.url };
            }
            const created = await this.rest('POST /repos/{owner}/{repo}/issues', { title, body, labels });
            return { kind: 'created', number: created.number, url: created.html_url };
        }
        catch (error) {
            if (isForbidden(error))
                return { kind: 'forbidden', permission: 'issues: write', message: messageOf(error) };
            throw error;
        }
    }
    async closeAlertIssue(marker, comment, label = 'mlops-alert') {
        try {
            const found = await this.findAlertIssue(marker, label);
            if (!found)
                return { kind: 'none' };
            await this.rest('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { issue_number: found.number, body: comment });
            await this.rest('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { issue_number: found.number, state: 'closed', state_reason: 'completed' });
            return { kind: 'closed', number: found.number, url: found.url };
        }
        catch (error) {
            if (isForbidden(error))
                return { kind: 'forbidden', permission: 'issues: write', message: messageOf(error) };
            throw error;
        }
    }
    async createCheckRun(check) {
        try {
            const result = await this.rest('POST /repos/{owner}/{repo}/check-runs', {
                name: check.name,
                head_sha: check.headSha,
                status: 'completed',
                conclusion: check.conclusion,
                output: { title: check.title, summary: check.summary, ...(check.text ? { text: check.text } : {}) },
            });
            return { kind: 'created', id: result.id, url: result.html_url };
        }
        catch (error) {
            if (isForbidden(error))
                return { kind: 'forbidden', permission: 'checks: write', message: messageOf(error) };
            throw error;
        }
    }
}

;// CONCATENATED MODULE: ./src/forge/factory.ts

function createForge(settings) {
    return new GitHubForge(settings);
}


/***/ })

};
