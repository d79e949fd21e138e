export const id = 192;
export const ids = [192];
export const modules = {

/***/ 40788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ splitRepository)
/* harmony export */ });
function splitRepository(fullName) {
    const [owner, repo, ...rest] = fullName.split('/');
    if (!owner || !repo || rest.length > 0)
        throw new Error(`'${fullName}' is not a repository name of the form owner/name.`);
    return { owner, repo };
}


/***/ }),

/***/ 7192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPublishFromArtifact: () => (/* binding */ runPublishFromArtifact)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(77094);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/context.ts
var context = __webpack_require__(40788);
// EXTERNAL MODULE: ./src/publish.ts + 1 modules
var publish = __webpack_require__(65071);
// EXTERNAL MODULE: ./src/report/size-guard.ts
var size_guard = __webpack_require__(85377);
;// CONCATENATED MODULE: ./src/fork/pull-lookup.ts
/**
 * The one question the publish-from-artifact run asks GitHub about the pull request an artifact
 * names: which commit is its head, and from which repository. A port, so the check is the same
 * whoever answers it; GitHub's REST API (`GET /repos/{owner}/{repo}/pulls/{pull_number}`)
 * answers it here, through octokit with the retry plugin (5xx and network errors).
 */

/** The pull requests of `repository` on GitHub (or GitHub Enterprise Server, by `apiUrl`). */
function githubPullRequests(settings) {
    const { owner, repo } = (0,context/* splitRepository */.T)(settings.repository);
    return {
        async pullRequest(number) {
            const [{ getOctokit }, { retry }] = await Promise.all([__webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 61351)), Promise.all(/* import() */[__webpack_require__.e(735), __webpack_require__.e(15)]).then(__webpack_require__.bind(__webpack_require__, 49735))]);
            const octokit = getOctokit(settings.token, { baseUrl: settings.apiUrl.replace(/\/$/, ''), retry: { retries: 3, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] } }, retry);
            try {
                const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner, repo, pull_number: number });
                const pull = data;
                return { number: pull.number, headSha: pull.head.sha, headRepository: pull.head.repo?.full_name, baseRepository: pull.base.repo.full_name, state: pull.state };
            }
            catch (error) {
                if (error.status === 404)
                    return undefined;
                throw error;
            }
        },
    };
}

// EXTERNAL MODULE: ./src/fork/report-artifact.ts
var report_artifact = __webpack_require__(14363);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/fork/zip-reader.ts
/**
 * A strict reader for the one zip a fork's report artifact is: read into memory, never
 * extracted to disk, so a name like `../../.bashrc` or a symlink entry can write nothing. Only
 * what @actions/artifact's archiver writes is taken (stored or deflated entries, no encryption,
 * no zip64, no multi-disk); every size is checked against a limit before anything is inflated,
 * and inflating stops at the declared size, so a small archive cannot unpack into gigabytes.
 * Offsets and sizes come from the central directory (archiver streams with data descriptors, so
 * the local headers carry zeros) and each local header must agree with it.
 */

/** Why an archive was refused, in words for the person reading the log. */
class ZipError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ZipError';
    }
}
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const STORED = 0;
const DEFLATED = 8;
let crcTable;
/** CRC-32 (ISO 3309, the zip one): each entry's data must match the checksum its header carries. */
function crc32(data) {
    if (!crcTable) {
        crcTable = new Uint32Array(256);
        for (let n = 0; n < 256; n++) {
            let c = n;
            for (let k = 0; k < 8; k++)
                c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
            crcTable[n] = c >>> 0;
        }
    }
    let crc = 0xffffffff;
    for (const byte of data)
        crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
}
/** A name as a path inside the archive: relative, `/`-separated, printable ASCII, no `.` or `..` parts. */
function checkName(name) {
    if (!/^[\x21-\x7e]+( [\x21-\x7e]+)*$/.test(name))
        throw new ZipError(`the archive has an entry with a name outside printable ASCII (${JSON.stringify(name)})`);
    if (name.startsWith('/') || name.includes('\\') || /^[A-Za-z]:/.test(name))
        throw new ZipError(`the archive has an entry with an absolute path (${JSON.stringify(name)})`);
    const parts = name.replace(/\/$/, '').split('/');
    if (parts.some((part) => part === '' || part === '.' || part === '..'))
        throw new ZipError(`the archive has an entry whose path leaves its folder or is not plain (${JSON.stringify(name)})`);
}
function findEndOfCentralDirectory(zip) {
    // The comment that may follow the record is at most 65,535 bytes.
    const stop = Math.max(0, zip.length - EOCD_SIZE - 0xffff);
    for (let at = zip.length - EOCD_SIZE; at >= stop; at--) {
        if (zip.readUInt32LE(at) === EOCD && at + EOCD_SIZE + zip.readUInt16LE(at + 20) === zip.length)
            return at;
    }
    throw new ZipError('the artifact is not a zip archive (no end of central directory record)');
}
/**
 * Every file entry of `zip`, unpacked in memory. Throws ZipError for anything that is not a
 * plain archive within `limits`: an entry not wanted, a duplicate name, a size over its limit,
 * a checksum that does not match, an encrypted or zip64 entry, overlapping or truncated data.
 * Directory entries (a name ending in `/`, no data) are checked and skipped.
 */
function readZip(zip, limits) {
    if (zip.length < EOCD_SIZE)
        throw new ZipError('the artifact is not a zip archive (too short)');
    const end = findEndOfCentralDirectory(zip);
    const disk = zip.readUInt16LE(end + 4);
    const cdDisk = zip.readUInt16LE(end + 6);
    const onDisk = zip.readUInt16LE(end + 8);
    const count = zip.readUInt16LE(end + 10);
    const cdSize = zip.readUInt32LE(end + 12);
    const cdOffset = zip.readUInt32LE(end + 16);
    if (disk !== 0 || cdDisk !== 0 || onDisk !== count)
        throw new ZipError('the archive spans several disks');
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff)
        throw new ZipError('the archive is a zip64 archive, which a report never needs');
    if (count > limits.maxEntries)
        throw new ZipError(`the archive has ${count} entries; at most ${limits.maxEntries} are expected`);
    if (cdOffset + cdSize > end)
        throw new ZipError('the archive is truncated (its central directory lies outside it)');
    const entries = [];
    const names = new Set();
    const spans = [];
    let total = 0;
    let at = cdOffset;
    for (let index = 0; index < count; index++) {
        if (at + 46 > cdOffset + cdSize || zip.readUInt32LE(at) !== CENTRAL)
            throw new ZipError('the archive\'s central directory is damaged');
        const flags = zip.readUInt16LE(at + 8);
        const method = zip.readUInt16LE(at + 10);
        const crc = zip.readUInt32LE(at + 16);
        const compressedSize = zip.readUInt32LE(at + 20);
        const size = zip.readUInt32LE(at + 24);
        const nameLength = zip.readUInt16LE(at + 28);
        const extraLength = zip.readUInt16LE(at + 30);
        const commentLength = zip.readUInt16LE(at + 32);
        const startDisk = zip.readUInt16LE(at + 34);
        const localOffset = zip.readUInt32LE(at + 42);
        const next = at + 46 + nameLength + extraLength + commentLength;
        if (next > cdOffset + cdSize)
            throw new ZipError('the archive\'s central directory is damaged');
        const name = zip.subarray(at + 46, at + 46 + nameLength).toString('latin1');
        at = next;
        checkName(name);
        if (names.has(name))
            throw new ZipError(`the archive has two entries named ${name}`);
        names.add(name);
        if (flags & 0x0001)
            throw new ZipError(`${name} is encrypted`);
        if (startDisk !== 0 || compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff)
            throw new ZipError(`${name} is a zip64 entry, which a report never needs`);
        if (name.endsWith('/')) {
            if (size !== 0 || compressedSize > 2)
                throw new ZipError(`the directory entry ${name} carries data`);
            continue;
        }
        if (method !== STORED && method !== DEFLATED)
            throw new ZipError(`${name} uses compression method ${method}; only stored and deflated entries are read`);
        const limit = limits.maxEntryBytes(name);
        if (limit === 0)
            throw new ZipError(`the archive holds ${name}, which is not part of a report`);
        if (size > limit)
            throw new ZipError(`${name} unpacks to ${size} bytes; at most ${limit} are taken`);
        total += size;
        if (total > limits.maxTotalBytes)
            throw new ZipError(`the archive unpacks to more than ${limits.maxTotalBytes} bytes`);
        if (localOffset + 30 > cdOffset || zip.readUInt32LE(localOffset) !== LOCAL)
            throw new ZipError(`the local header of ${name} is missing`);
        const localNameLength = zip.readUInt16LE(localOffset + 26);
        const localExtraLength = zip.readUInt16LE(localOffset + 28);
        const localName = zip.subarray(localOffset + 30, localOffset + 30 + localNameLength).toString('latin1');
        if (localName !== name)
            throw new ZipError(`the local header of ${name} names ${JSON.stringify(localName)}`);
        const dataStart = localOffset + 30 + localNameLength + localExtraLength;
        const dataEnd = dataStart + compressedSize;
        if (dataEnd > cdOffset)
            throw new ZipError(`the data of ${name} runs past the end of the archive's entries`);
        // Entries that share bytes are how small archives claim to hold a lot: each has its own span.
        if (spans.some((span) => localOffset < span.end && span.start < dataEnd))
            throw new ZipError(`the data of ${name} overlaps another entry`);
        spans.push({ start: localOffset, end: dataEnd });
        const raw = zip.subarray(dataStart, dataEnd);
        let data;
        if (method === STORED) {
            if (compressedSize !== size)
                throw new ZipError(`the stored entry ${name} has two different sizes`);
            data = Buffer.from(raw);
        }
        else {
            try {
                // One byte over the declared size is enough to know the header lied.
                data = (0,external_node_zlib_.inflateRawSync)(raw, { maxOutputLength: Math.max(1, size + 1) });
            }
            catch (error) {
                throw new ZipError(`${name} does not inflate to its declared ${size} bytes (${error.message})`);
            }
        }
        if (data.length !== size)
            throw new ZipError(`${name} unpacks to ${data.length} bytes, not the ${size} its header declares`);
        if (crc32(data) !== crc)
            throw new ZipError(`${name} does not match its checksum`);
        entries.push({ name, data });
    }
    return entries;
}

;// CONCATENATED MODULE: ./src/fork/publish-from-artifact.ts









const SHA = /^[0-9a-f]{40}$/;
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The `workflow_run` facts from the event payload, or why the payload is not a workflow_run event. */
function workflowRunFacts(payload) {
    const run = isObject(payload) ? payload.workflow_run : undefined;
    if (!isObject(run))
        return { invalid: 'the event payload has no workflow_run: run this mode from a workflow triggered by `on: workflow_run`' };
    const id = run.id;
    if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1)
        return { invalid: 'workflow_run.id is not a run id' };
    const headSha = run.head_sha;
    if (typeof headSha !== 'string' || !SHA.test(headSha))
        return { invalid: 'workflow_run.head_sha is not a commit sha' };
    const fullName = (value) => (isObject(value) && typeof value.full_name === 'string' ? value.full_name : undefined);
    const repository = fullName(run.repository) ?? fullName(isObject(payload) ? payload.repository : undefined);
    if (!repository)
        return { invalid: 'workflow_run.repository.full_name is missing' };
    const pulls = Array.isArray(run.pull_requests) ? run.pull_requests : [];
    return {
        id,
        event: typeof run.event === 'string' ? run.event : '',
        conclusion: typeof run.conclusion === 'string' ? run.conclusion : null,
        headSha,
        headRepository: fullName(run.head_repository),
        repository,
        htmlUrl: typeof run.html_url === 'string' && /^https?:\/\/[^\s()<>[\]]+$/.test(run.html_url) ? run.html_url : undefined,
        pullRequests: pulls.flatMap((pull) => (isObject(pull) && typeof pull.number === 'number' ? [pull.number] : [])),
    };
}
const sameName = (a, b) => a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
function statusOf(error) {
    const status = error.status;
    return typeof status === 'number' ? status : undefined;
}
/** `text` cut at a line so that it and `note` fit `limit`. */
function cutToFit(text, limit, note) {
    if (text.length <= limit)
        return text;
    const cut = text.slice(0, Math.max(0, limit - note.length));
    return cut.slice(0, Math.max(0, cut.lastIndexOf('\n'))) + note;
}
function provenance(run) {
    const theRun = run.htmlUrl ? `[the pull request's run](${run.htmlUrl})` : `the pull request's run ${run.id}`;
    return `Posted from the artifact ${theRun} left for commit ${run.headSha.slice(0, 7)}${run.headRepository ? ` of ${run.headRepository}` : ''}: a pull request from a fork gets a read-only token. This is that run's report, posted as data; none of the fork's code ran with write access.`;
}
/** The comment as posted: our marker first, the fork's sanitized body, a line saying where it came from. */
function commentBody(report, body, run, limit) {
    const marker = (0,report_artifact/* forkReportMarker */.nh)(report);
    const footer = `\n\n<sub>${provenance(run)}</sub>\n`;
    return `${marker}\n${cutToFit(body.trim(), limit - marker.length - 1 - footer.length, '\n\n_… cut to fit the comment size limit._')}${footer}`;
}
/** The artifact's zip, read and checked against the run it came from; throws ForkReportError or ZipError. */
function checkArtifact(zip, name, repository, run) {
    const entries = readZip(zip, {
        maxEntries: report_artifact/* FORK_LIMITS */.EA.images + 2,
        maxEntryBytes: (entry) => (entry === report_artifact/* FORK_REPORT_FILE */.Nh ? report_artifact/* FORK_LIMITS */.EA.jsonBytes : entry.startsWith(`${report_artifact/* IMAGES_FOLDER */.GS}/`) && !entry.slice(report_artifact/* IMAGES_FOLDER */.GS.length + 1).includes('/') ? report_artifact/* FORK_LIMITS */.EA.imageBytes : 0),
        maxTotalBytes: report_artifact/* FORK_LIMITS */.EA.totalBytes,
    });
    const json = entries.find((entry) => entry.name === report_artifact/* FORK_REPORT_FILE */.Nh);
    if (!json)
        throw new report_artifact/* ForkReportError */.fe(`the artifact holds no ${report_artifact/* FORK_REPORT_FILE */.Nh}`);
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
    let source;
    try {
        source = text.decode(json.data);
    }
    catch {
        throw new report_artifact/* ForkReportError */.fe(`${report_artifact/* FORK_REPORT_FILE */.Nh} is not UTF-8 text`);
    }
    const report = (0,report_artifact/* parseForkReport */.sw)(source);
    if (!sameName(report.repository, repository))
        throw new report_artifact/* ForkReportError */.fe(`it is a report for ${report.repository}, not for ${repository}`);
    const expected = (0,report_artifact/* forkReportName */.mS)(report.pullRequest, report.reportId);
    if (expected !== name)
        throw new report_artifact/* ForkReportError */.fe(`its name ${name} does not match the report inside, which is for pull request #${report.pullRequest} (report id '${report.reportId}', artifact ${expected})`);
    if (report.headSha !== run.headSha)
        throw new report_artifact/* ForkReportError */.fe(`it is a report for commit ${report.headSha}, but the run was for ${run.headSha}`);
    if (run.pullRequests.length > 0 && !run.pullRequests.includes(report.pullRequest)) {
        throw new report_artifact/* ForkReportError */.fe(`it names pull request #${report.pullRequest}, but the run was for ${run.pullRequests.map((n) => `#${n}`).join(', ')}`);
    }
    const listed = new Set(report.images.map((image) => image.file));
    for (const entry of entries) {
        if (entry.name !== report_artifact/* FORK_REPORT_FILE */.Nh && !listed.has(entry.name))
            throw new report_artifact/* ForkReportError */.fe(`the artifact holds ${entry.name}, which the report does not list`);
    }
    const images = report.images.map((image) => {
        const entry = entries.find((candidate) => candidate.name === image.file);
        if (!entry)
            throw new report_artifact/* ForkReportError */.fe(`the report lists ${image.file}, which the artifact does not hold`);
        (0,report_artifact/* checkImageBytes */.tV)(image.file, image.mediaType, entry.data);
        return { file: image.file, mediaType: image.mediaType, bytes: entry.data };
    });
    return { report, images };
}
async function post(forge, name, checked, run) {
    const { report } = checked;
    const sanitized = [];
    let comment = { kind: 'skipped', reason: 'the run posted its comment itself, or had none' };
    if (report.comment) {
        const clean = (0,report_artifact/* sanitizeForkText */.tw)(report.comment.body);
        sanitized.push(...clean.changes);
        const target = { kind: 'pr', number: report.pullRequest };
        const marker = (0,report_artifact/* forkReportMarker */.nh)(report);
        comment = await forge.upsertComment(target, marker, commentBody(report, clean.text, run, size_guard/* COMMENT_LIMIT */.W$));
        // GitHub counted differently from us: cut well inside the limit, as publish() does.
        if (comment.kind === 'too-long')
            comment = await forge.upsertComment(target, marker, commentBody(report, clean.text, run, size_guard/* COMMENT_LIMIT */.W$ / 2));
    }
    let check = { kind: 'skipped', reason: 'the run created its check run itself, or had no gates' };
    if (report.check) {
        const title = (0,report_artifact/* sanitizeForkText */.tw)(report.check.title);
        const summary = (0,report_artifact/* sanitizeForkText */.tw)(report.check.summary);
        const text = report.check.text === undefined ? undefined : (0,report_artifact/* sanitizeForkText */.tw)(report.check.text);
        sanitized.push(...title.changes, ...summary.changes, ...(text?.changes ?? []));
        const footer = `\n\n${provenance(run)}`;
        check = await forge.createCheckRun({
            name: publish/* CHECK_NAME */.$c,
            headSha: run.headSha,
            conclusion: report.check.conclusion,
            title: title.text.trim() || publish/* CHECK_NAME */.$c,
            summary: cutToFit(summary.text, report_artifact/* FORK_LIMITS */.EA.checkSummaryChars - footer.length, '\n…') + footer,
            ...(text ? { text: text.text } : {}),
        });
    }
    return { kind: 'published', artifact: name, pullRequest: report.pullRequest, reportId: report.reportId, comment, check, images: checked.images, sanitized: [...new Set(sanitized)] };
}
async function defaultClient() {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(735), __webpack_require__.e(737), __webpack_require__.e(252)]).then(__webpack_require__.bind(__webpack_require__, 91252));
    return new DefaultArtifactClient();
}
/** Download, check and post every report artifact of the finished run the event names. */
async function publishFromArtifact(input) {
    const run = workflowRunFacts(input.payload);
    if ('invalid' in run)
        return { kind: 'refused', reason: run.invalid };
    if (!sameName(run.repository, input.repository))
        return { kind: 'refused', reason: `the finished run belongs to ${run.repository}, not to ${input.repository}` };
    if (run.event !== 'pull_request')
        return { kind: 'none', reason: `the finished run was for a ${run.event || 'unnamed'} event, not a pull request` };
    const { owner, repo } = (0,context/* splitRepository */.T)(input.repository);
    const findBy = { token: input.token, workflowRunId: run.id, repositoryOwner: owner, repositoryName: repo };
    const client = input.client ?? (await defaultClient());
    let listed;
    try {
        listed = await client.listArtifacts({ latest: true, findBy });
    }
    catch (error) {
        if (statusOf(error) === 403)
            return { kind: 'forbidden', permission: 'actions: read', message: error instanceof Error ? error.message.split('\n')[0] : String(error) };
        throw error;
    }
    const reports = listed.artifacts.filter((artifact) => report_artifact/* FORK_REPORT_NAME */.cu.test(artifact.name)).sort((a, b) => a.name.localeCompare(b.name));
    if (reports.length === 0)
        return { kind: 'none', reason: `run ${run.id} left no report artifact (its pull request is not from a fork, or its report was posted by the run itself)` };
    if (reports.length > report_artifact/* FORK_LIMITS */.EA.artifactsPerRun)
        return { kind: 'refused', reason: `run ${run.id} left ${reports.length} report artifacts; at most ${report_artifact/* FORK_LIMITS */.EA.artifactsPerRun} are read` };
    const pulls = input.pulls ?? githubPullRequests(input);
    const results = [];
    for (const artifact of reports) {
        const name = artifact.name;
        if (artifact.size > report_artifact/* FORK_LIMITS */.EA.artifactBytes) {
            results.push({ kind: 'refused', artifact: name, reason: `it is ${artifact.size} bytes; at most ${report_artifact/* FORK_LIMITS */.EA.artifactBytes} are read` });
            continue;
        }
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(input.tempDir ?? (0,external_node_os_.tmpdir)(), 'mlops-fork-artifact-'));
        try {
            let zip;
            try {
                // As a file, not extracted: the zip is read in memory, so none of its names reach the disk.
                const downloaded = await client.downloadArtifact(artifact.id, { path: dir, findBy, skipDecompress: true, ...(artifact.digest ? { expectedHash: artifact.digest } : {}) });
                if (downloaded.digestMismatch) {
                    results.push({ kind: 'refused', artifact: name, reason: `its content does not match the digest GitHub recorded at upload (${artifact.digest})` });
                    continue;
                }
                const files = await (0,promises_.readdir)(dir);
                if (files.length !== 1)
                    throw new Error(`the download left ${files.length} files, not one zip`);
                const size = (await (0,promises_.stat)((0,external_node_path_.join)(dir, files[0]))).size;
                if (size > report_artifact/* FORK_LIMITS */.EA.artifactBytes) {
                    results.push({ kind: 'refused', artifact: name, reason: `it downloaded as ${size} bytes; at most ${report_artifact/* FORK_LIMITS */.EA.artifactBytes} are read` });
                    continue;
                }
                zip = await (0,promises_.readFile)((0,external_node_path_.join)(dir, files[0]));
            }
            catch (error) {
                results.push({ kind: 'failed', artifact: name, reason: error instanceof Error ? error.message : String(error) });
                continue;
            }
            let checked;
            try {
                checked = checkArtifact(zip, name, input.repository, run);
            }
            catch (error) {
                if (error instanceof report_artifact/* ForkReportError */.fe || error instanceof ZipError) {
                    results.push({ kind: 'refused', artifact: name, reason: error.message });
                    continue;
                }
                throw error;
            }
            const number = checked.report.pullRequest;
            const pull = await pulls.pullRequest(number);
            if (!pull) {
                results.push({ kind: 'refused', artifact: name, reason: `it names pull request #${number}, which ${input.repository} does not have` });
                continue;
            }
            if (!sameName(pull.baseRepository, input.repository)) {
                results.push({ kind: 'refused', artifact: name, reason: `pull request #${number} is not a pull request into ${input.repository}` });
                continue;
            }
            if (pull.headSha !== run.headSha) {
                const from = (repository) => repository ?? 'a deleted repository';
                if (sameName(pull.headRepository, run.headRepository)) {
                    results.push({ kind: 'stale', artifact: name, pullRequest: number, reason: `pull request #${number} has moved on to ${pull.headSha.slice(0, 7)} since the run for ${run.headSha.slice(0, 7)}; the newer run reports` });
                }
                else {
                    results.push({
                        kind: 'refused',
                        artifact: name,
                        reason: `it names pull request #${number}, whose head is ${pull.headSha.slice(0, 7)} from ${from(pull.headRepository)}, not the run's commit ${run.headSha.slice(0, 7)} from ${from(run.headRepository)}`,
                    });
                }
                continue;
            }
            if (run.headRepository !== undefined && !sameName(pull.headRepository, run.headRepository)) {
                results.push({ kind: 'refused', artifact: name, reason: `pull request #${number} comes from ${pull.headRepository ?? 'a deleted repository'}, not from ${run.headRepository}, where the run's commit came from` });
                continue;
            }
            results.push(await post(input.forge, name, checked, run));
        }
        finally {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
    }
    return { kind: 'done', run, results };
}
/** What the step says and whether it fails: a refused or undownloadable artifact, or a refused post, fails it. */
function publishFromArtifactVerdict(outcome, grant) {
    const info = [];
    const warnings = [];
    const failures = [];
    switch (outcome.kind) {
        case 'none':
            info.push(`No fork report to publish: ${outcome.reason}.`);
            break;
        case 'refused':
            failures.push(`Not publishing: ${outcome.reason}.`);
            break;
        case 'forbidden':
            failures.push(`Could not list the run's artifacts: ${outcome.message}. Grant ${grant(outcome.permission)}.`);
            break;
        case 'done':
            for (const result of outcome.results) {
                switch (result.kind) {
                    case 'published': {
                        const { comment, check } = result;
                        if (comment.kind === 'created' || comment.kind === 'updated')
                            info.push(`${result.artifact}: report comment ${comment.kind} on pull request #${result.pullRequest}: ${comment.url}`);
                        else if (comment.kind === 'forbidden')
                            failures.push(`${result.artifact}: could not comment on pull request #${result.pullRequest}: ${comment.message}. Grant ${grant(comment.permission)}.`);
                        else if (comment.kind === 'not-found' || comment.kind === 'too-long')
                            failures.push(`${result.artifact}: could not comment on pull request #${result.pullRequest}: ${comment.message}.`);
                        if (check.kind === 'created')
                            info.push(`${result.artifact}: check run "${publish/* CHECK_NAME */.$c}" created: ${check.url}`);
                        else if (check.kind === 'forbidden')
                            failures.push(`${result.artifact}: could not create the "${publish/* CHECK_NAME */.$c}" check run: ${check.message}. Grant ${grant(check.permission)}.`);
                        if (result.sanitized.length > 0)
                            warnings.push(`${result.artifact}: removed from the fork's text before posting: ${result.sanitized.join(', ')}.`);
                        break;
                    }
                    case 'stale':
                        info.push(`${result.artifact}: not posted: ${result.reason}.`);
                        break;
                    case 'refused':
                        failures.push(`${result.artifact}: refused, nothing posted: ${result.reason}.`);
                        break;
                    case 'failed':
                        failures.push(`${result.artifact}: could not be downloaded, nothing posted: ${result.reason}.`);
                        break;
                }
            }
            break;
    }
    return failures.length > 0 ? { exitCode: 1, failure: failures.join('\n'), info, warnings } : { exitCode: 0, info, warnings };
}

// EXTERNAL MODULE: ./src/platform/github-actions.ts + 3 modules
var github_actions = __webpack_require__(42484);
// EXTERNAL MODULE: ./src/platform/github-context.ts
var github_context = __webpack_require__(10838);
;// CONCATENATED MODULE: ./src/platform/artifact-publish.ts
/**
 * The GitHub Actions step for `mode: publish-from-artifact`: the runner's environment (the
 * workflow_run event payload, GITHUB_REPOSITORY, the API URLs, the github-token input) → the
 * forge → publishFromArtifact → log lines and the step's status. Nothing is trained, checked out
 * or run: this step only reads the finished run's report artifact as data and posts it.
 */




const grant = (permission) => `\`permissions: ${permission}\` in the workflow_run workflow`;
/** Run the mode in the job `env` describes; `ports` are for tests (default: GitHub's). */
async function runPublishFromArtifact(env, ports = {}) {
    const token = (0,github_actions/* input */.h)(env, 'github-token');
    if (token)
        core/* setSecret */.Pq(token);
    if (env.GITHUB_EVENT_NAME !== 'workflow_run') {
        return { exitCode: 1, failure: `mode: publish-from-artifact runs in a workflow triggered by \`on: workflow_run\` (this one was triggered by ${env.GITHUB_EVENT_NAME || 'an unknown event'}).` };
    }
    if (!token)
        return { exitCode: 1, failure: 'mode: publish-from-artifact needs github-token (with pull-requests: write, checks: write and actions: read).' };
    const repository = env.GITHUB_REPOSITORY;
    if (!repository)
        return { exitCode: 1, failure: 'GITHUB_REPOSITORY is not set.' };
    const { payload, warning } = await (0,github_context/* readEventPayload */.N5)(env.GITHUB_EVENT_PATH);
    if (warning)
        return { exitCode: 1, failure: warning };
    const urls = (0,github_context/* apiUrls */.zd)(env);
    const { createForge } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(735), __webpack_require__.e(259)]).then(__webpack_require__.bind(__webpack_require__, 99640));
    const forge = createForge({ token, repository, ...urls, onWait: (message) => core/* info */.pq(message) });
    const outcome = await core/* group */.Os('publish from artifact', () => publishFromArtifact({ forge, payload, token, repository, apiUrl: urls.apiUrl, ...ports }));
    const verdict = publishFromArtifactVerdict(outcome, grant);
    for (const line of verdict.info)
        core/* info */.pq(line);
    for (const line of verdict.warnings)
        core/* warning */.$e(line);
    return { exitCode: verdict.exitCode, failure: verdict.failure, outcome };
}


/***/ })

};
