export const id = 9092;
export const ids = [9092];
export const modules = {

/***/ 53113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseImages: () => (/* binding */ parseImages)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92143);
/**
 * metadata-action's `images:` input: one image per line (`ghcr.io/acme/app`), or
 * `name=…,enable=false` to switch one off; a single line may also list several names with commas.
 */


const EXPECTED = 'ghcr.io/owner/app, or name=ghcr.io/owner/app[,enable=true|false]';
function fieldsOf(entry) {
    try {
        return (0,_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFields */ .L5)(entry);
    }
    catch (error) {
        if (error instanceof _csv_js__WEBPACK_IMPORTED_MODULE_1__/* .CsvError */ .J$)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`images: '${entry}' ${error.message}.`, `Expected: ${EXPECTED}`);
        throw error;
    }
}
/** The `images:` input, line by line as written. Names keep their case here; tags lower-case them. */
function parseImages(lines) {
    const entries = (0,_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .readInput */ .R5)('images', lines);
    // the old form: one line of comma-separated names, none with `=`
    const only = entries.length === 1 ? fieldsOf(entries[0]) : undefined;
    if (only && only.every((field) => !field.includes('='))) {
        return only.map((field) => ({ name: field.trim(), enable: true }));
    }
    return entries.map((entry) => {
        const image = { name: '', enable: true };
        for (const field of fieldsOf(entry)) {
            const parts = field.split('=').map((part) => part.trim());
            if (parts.length === 1) {
                image.name = parts[0];
                continue;
            }
            const key = parts[0].toLowerCase();
            const value = parts[1];
            if (key === 'name') {
                image.name = value;
            }
            else if (key === 'enable') {
                if (value !== 'true' && value !== 'false')
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`images: '${entry}' has enable=${value}; it is true or false.`, `Expected: ${EXPECTED}`);
                image.enable = value === 'true';
            }
            else {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`images: '${entry}' has the unknown key '${key}'.`, `Expected: ${EXPECTED}`);
            }
        }
        if (image.name === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`images: '${entry}' has no image name.`, `Expected: ${EXPECTED}`);
        return image;
    });
}


/***/ }),

/***/ 99092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t7: () => (/* binding */ computeMeta),
  eventContextFromGitHub: () => (/* reexport */ eventContextFromGitHub),
  nullEventContext: () => (/* reexport */ nullEventContext)
});

// UNUSED EXPORTS: DEFAULT_PRIORITIES, DEFAULT_TAG_RULES, parseFlavor, parseImages, parseTagRule, parseTagRules, sanitizeTag

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/image/meta/csv.ts
var csv = __webpack_require__(92143);
;// CONCATENATED MODULE: ./src/image/meta/context.ts
/**
 * The facts about the triggering event that metadata-action (`context: workflow`) reads: event
 * name, ref, sha, and a few payload fields. {@link eventContextFromGitHub} reads them from the
 * runner's environment and event payload the way the action does, without its API calls.
 */
/**
 * metadata-action's "null" event (its tests' event_null.env and event_empty.env): no event name,
 * ref or sha, as when nothing says what triggered the build. Rules that need a ref or a sha
 * (ref, edge, semver without value=, sha, `{{branch}}`) give nothing; `type=raw` still gives its
 * value, and the revision and version labels are empty.
 */
function nullEventContext() {
    return { eventName: '', ref: '', sha: '' };
}
const HEADS = /^refs\/heads\//;
const TAGS = /^refs\/tags\//;
const PULLS = /^refs\/pull\//;
/** The branch a ref names, or '' for tags and pull requests. */
function branchOf(ref) {
    return HEADS.test(ref) ? ref.replace(HEADS, '') : '';
}
/** The tag a ref names, or ''. */
function tagOf(ref) {
    return TAGS.test(ref) ? ref.replace(TAGS, '') : '';
}
/**
 * metadata-action's `{{is_default_branch}}`: the ref (minus refs/heads/) is the default branch,
 * or the event is one GitHub only runs on the default branch (create, discussion, issues,
 * schedule — matched as substrings, as the action does). Tag refs are never the default branch.
 */
function isDefaultBranch(context) {
    const branch = context.ref.replace(HEADS, '');
    if (branch === '')
        return false;
    if (context.defaultBranch === branch)
        return true;
    return /create|discussion|issues|schedule/.test(context.eventName);
}
/** `{{base_ref}}`: only tag and pull request refs have one. */
function baseRefOf(context) {
    if (TAGS.test(context.ref) && context.baseRef !== undefined)
        return context.baseRef.replace(HEADS, '');
    if (PULLS.test(context.ref) && context.baseRef !== undefined)
        return context.baseRef;
    return '';
}
/**
 * The context metadata-action builds for `context: workflow`: pull_request_target runs get the
 * PR's merge ref (GitHub gives them the base branch's), the commit date comes from the push
 * payload's commits. The repository facts come from the payload rather than the API call the
 * action makes, which carries the same fields.
 */
function eventContextFromGitHub(facts) {
    const { payload } = facts;
    let { ref, sha } = facts;
    if (/pull_request_target/.test(facts.eventName))
        ref = `refs/pull/${payload.number}/merge`;
    if (facts.prHeadSha && /pull_request/.test(facts.eventName) && payload.pull_request?.head?.sha !== undefined) {
        sha = payload.pull_request.head.sha;
    }
    let baseRef;
    if (TAGS.test(ref) && typeof payload.base_ref === 'string')
        baseRef = payload.base_ref;
    else if (PULLS.test(ref) && payload.pull_request?.base?.ref !== undefined)
        baseRef = payload.pull_request.base.ref;
    const timestamp = payload.commits?.find((commit) => commit.id === sha)?.timestamp ?? (payload.head_commit?.id === sha ? payload.head_commit.timestamp : undefined);
    const repo = payload.repository;
    return {
        eventName: facts.eventName,
        ref,
        sha,
        defaultBranch: repo?.default_branch,
        baseRef,
        commitDate: timestamp ? new Date(timestamp) : undefined,
        repository: repo ? { htmlUrl: repo.html_url, description: repo.description ?? undefined, license: repo.license?.spdx_id, name: repo.name } : undefined,
    };
}

;// CONCATENATED MODULE: ./src/image/meta/dateformat.ts
/**
 * moment-timezone's `moment(date).tz(tz).format(format)` in the English locale, which is what
 * `{{date 'YYYYMMDD' tz='Asia/Tokyo'}}` runs in metadata-action. Time zones come from Intl
 * (the same IANA database). Tokens for eras (`N`, `y`) and zone abbreviations other than UTC's
 * (`z`) are refused: Intl has no exact equivalent, and a silently different tag is worse.
 * Kept instead of moment-timezone (its zone data would weigh on the bundle) because
 * test/unit/image-meta-dateformat-moment.test.ts holds it to moment-timezone over every token.
 */
class DateFormatError extends Error {
}
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const LONG_FORMATS = {
    LTS: 'h:mm:ss A', LT: 'h:mm A', L: 'MM/DD/YYYY', LL: 'MMMM D, YYYY', LLL: 'MMMM D, YYYY h:mm A', LLLL: 'dddd, MMMM D, YYYY h:mm A',
    l: 'M/D/YYYY', ll: 'MMM D, YYYY', lll: 'MMM D, YYYY h:mm A', llll: 'ddd, MMM D, YYYY h:mm A',
};
const LOCAL_TOKENS = /(\[[^[]*\])|(\\)?(LTS|LT|LL?L?L?|l{1,4})/g;
const FORMAT_TOKENS = /(\[[^[]*\])|(\\)?([Hh]mm(ss)?|Mo|MM?M?M?|Do|DDDo|DD?D?D?|ddd?d?|do?|w[o|w]?|W[o|W]?|Qo?|N{1,5}|YYYYYY|YYYYY|YYYY|YY|y{2,4}|yo?|gg(ggg?)?|GG(GGG?)?|e|E|a|A|hh?|HH?|kk?|mm?|ss?|S{1,9}|x|X|zz?|ZZ?|.)/g;
function zeroFill(value, length, forceSign = false) {
    const digits = String(Math.abs(value)).padStart(length, '0');
    return (value >= 0 ? (forceSign ? '+' : '') : '-') + digits;
}
function ordinal(value) {
    const last = value % 10;
    const suffix = Math.trunc((value % 100) / 10) === 1 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
    return `${value}${suffix}`;
}
function daysInYear(year) {
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365;
}
/** moment's week-of-year: weeks start on `dow`; the week holding Jan `7 + dow - doy` is week 1. */
function firstWeekOffset(year, dow, doy) {
    const firstWeekDay = 7 + dow - doy;
    const weekdayOfIt = (7 + new Date(Date.UTC(year, 0, firstWeekDay)).getUTCDay() - dow) % 7;
    return -weekdayOfIt + firstWeekDay - 1;
}
function weeksInYear(year, dow, doy) {
    return (daysInYear(year) - firstWeekOffset(year, dow, doy) + firstWeekOffset(year + 1, dow, doy)) / 7;
}
function weekOfYear(t, dow, doy) {
    const week = Math.floor((t.dayOfYear - firstWeekOffset(t.year, dow, doy) - 1) / 7) + 1;
    if (week < 1)
        return { week: week + weeksInYear(t.year - 1, dow, doy), year: t.year - 1 };
    if (week > weeksInYear(t.year, dow, doy))
        return { week: week - weeksInYear(t.year, dow, doy), year: t.year + 1 };
    return { week, year: t.year };
}
// English locale weeks start on Sunday, week 1 holds Jan 1; ISO weeks start Monday and hold Jan 4.
const localeWeek = (t) => weekOfYear(t, 0, 6);
const isoWeek = (t) => weekOfYear(t, 1, 4);
const hour12 = (t) => t.hour % 12 || 12;
function offset(t, separator) {
    const minutes = Math.abs(t.offsetMinutes);
    return `${t.offsetMinutes < 0 ? '-' : '+'}${zeroFill(Math.trunc(minutes / 60), 2)}${separator}${zeroFill(minutes % 60, 2)}`;
}
const TOKENS = {
    M: (t) => String(t.month + 1),
    MM: (t) => zeroFill(t.month + 1, 2),
    Mo: (t) => ordinal(t.month + 1),
    MMM: (t) => MONTHS[t.month].slice(0, 3),
    MMMM: (t) => MONTHS[t.month],
    Q: (t) => String(Math.ceil((t.month + 1) / 3)),
    Qo: (t) => ordinal(Math.ceil((t.month + 1) / 3)),
    D: (t) => String(t.day),
    DD: (t) => zeroFill(t.day, 2),
    Do: (t) => ordinal(t.day),
    DDD: (t) => String(t.dayOfYear),
    DDDD: (t) => zeroFill(t.dayOfYear, 3),
    DDDo: (t) => ordinal(t.dayOfYear),
    d: (t) => String(t.weekday),
    do: (t) => ordinal(t.weekday),
    dd: (t) => WEEKDAYS[t.weekday].slice(0, 2),
    ddd: (t) => WEEKDAYS[t.weekday].slice(0, 3),
    dddd: (t) => WEEKDAYS[t.weekday],
    e: (t) => String(t.weekday),
    E: (t) => String(t.weekday || 7),
    w: (t) => String(localeWeek(t).week),
    ww: (t) => zeroFill(localeWeek(t).week, 2),
    wo: (t) => ordinal(localeWeek(t).week),
    W: (t) => String(isoWeek(t).week),
    WW: (t) => zeroFill(isoWeek(t).week, 2),
    Wo: (t) => ordinal(isoWeek(t).week),
    gg: (t) => zeroFill(localeWeek(t).year % 100, 2),
    gggg: (t) => zeroFill(localeWeek(t).year, 4),
    ggggg: (t) => zeroFill(localeWeek(t).year, 5),
    GG: (t) => zeroFill(isoWeek(t).year % 100, 2),
    GGGG: (t) => zeroFill(isoWeek(t).year, 4),
    GGGGG: (t) => zeroFill(isoWeek(t).year, 5),
    Y: (t) => (t.year <= 9999 ? zeroFill(t.year, 4) : `+${t.year}`),
    YY: (t) => zeroFill(t.year % 100, 2),
    YYYY: (t) => zeroFill(t.year, 4),
    YYYYY: (t) => zeroFill(t.year, 5),
    YYYYYY: (t) => zeroFill(t.year, 6, true),
    H: (t) => String(t.hour),
    HH: (t) => zeroFill(t.hour, 2),
    h: (t) => String(hour12(t)),
    hh: (t) => zeroFill(hour12(t), 2),
    k: (t) => String(t.hour || 24),
    kk: (t) => zeroFill(t.hour || 24, 2),
    hmm: (t) => `${hour12(t)}${zeroFill(t.minute, 2)}`,
    hmmss: (t) => `${hour12(t)}${zeroFill(t.minute, 2)}${zeroFill(t.second, 2)}`,
    Hmm: (t) => `${t.hour}${zeroFill(t.minute, 2)}`,
    Hmmss: (t) => `${t.hour}${zeroFill(t.minute, 2)}${zeroFill(t.second, 2)}`,
    m: (t) => String(t.minute),
    mm: (t) => zeroFill(t.minute, 2),
    s: (t) => String(t.second),
    ss: (t) => zeroFill(t.second, 2),
    S: (t) => String(Math.trunc(t.ms / 100)),
    SS: (t) => zeroFill(Math.trunc(t.ms / 10), 2),
    a: (t) => (t.hour > 11 ? 'pm' : 'am'),
    A: (t) => (t.hour > 11 ? 'PM' : 'AM'),
    Z: (t) => offset(t, ':'),
    ZZ: (t) => offset(t, ''),
    X: (t) => String(Math.floor(t.epochMs / 1000)),
    x: (t) => String(t.epochMs),
};
for (let length = 3; length <= 9; length++) {
    TOKENS['S'.repeat(length)] = (t) => zeroFill(t.ms * 10 ** (length - 3), length);
}
const utcZones = new Set(['utc', 'etc/utc']);
function zoned(date, zone) {
    let parts;
    try {
        parts = new Intl.DateTimeFormat('en-US', {
            timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
        }).formatToParts(date);
    }
    catch {
        return undefined;
    }
    const part = (type) => Number(parts.find((p) => p.type === type)?.value);
    const epochMs = date.getTime();
    const ms = ((epochMs % 1000) + 1000) % 1000;
    const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'), ms);
    const offsetMinutes = Math.round((wall - epochMs) / 60000);
    return fields(epochMs, offsetMinutes, offsetMinutes === 0, zone);
}
function fields(epochMs, offsetMinutes, isUtc, zone) {
    const wall = new Date(epochMs + offsetMinutes * 60000);
    const year = wall.getUTCFullYear();
    return {
        epochMs, year, month: wall.getUTCMonth(), day: wall.getUTCDate(), hour: wall.getUTCHours(), minute: wall.getUTCMinutes(),
        second: wall.getUTCSeconds(), ms: wall.getUTCMilliseconds(), weekday: wall.getUTCDay(),
        dayOfYear: Math.round((Date.UTC(year, wall.getUTCMonth(), wall.getUTCDate()) - Date.UTC(year, 0, 1)) / 86400000) + 1,
        offsetMinutes, isUtc, zone,
    };
}
function expandLongFormats(format) {
    let expanded = format;
    // moment expands at most six times, so formats that expand into themselves stop
    for (let i = 5; i >= 0 && new RegExp(LOCAL_TOKENS.source).test(expanded); i--) {
        expanded = expanded.replace(LOCAL_TOKENS, (token) => LONG_FORMATS[token] ?? token);
    }
    return expanded;
}
function formatZoned(t, format) {
    const pattern = expandLongFormats(format || (t.isUtc ? 'YYYY-MM-DDTHH:mm:ss[Z]' : 'YYYY-MM-DDTHH:mm:ssZ'));
    return (pattern.match(FORMAT_TOKENS) ?? [])
        .map((token) => {
        const formatter = TOKENS[token];
        if (formatter)
            return formatter(t);
        if (/^(z|zz)$/.test(token)) {
            if (utcZones.has(t.zone.toLowerCase()))
                return 'UTC';
            throw new DateFormatError(`the format token ${token} (time zone abbreviation) is only supported for tz='UTC'`);
        }
        if (/^(N{1,5}|y{1,4}|yo)$/.test(token))
            throw new DateFormatError(`the era format token ${token} is not supported`);
        // literal text: [brackets] lose their brackets, backslashes escape
        return /\[[\s\S]/.test(token) ? token.replace(/^\[|\]$/g, '') : token.replace(/\\/g, '');
    })
        .join('');
}
/**
 * `date` formatted with a moment.js `format` (its default ISO form when undefined) in the IANA
 * zone `tz`. An unknown zone is formatted as the runner's local time, which is UTC on GitHub's
 * runners, as moment-timezone does after logging an error; `onUnknownZone` hears about it.
 */
function formatDate(date, format, tz, onUnknownZone) {
    let t = zoned(date, tz);
    if (!t) {
        onUnknownZone(tz);
        t = fields(date.getTime(), 0, false, tz);
    }
    return formatZoned(t, format);
}

// EXTERNAL MODULE: ./node_modules/handlebars/lib/index.js
var lib = __webpack_require__(88508);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
;// CONCATENATED MODULE: ./src/image/meta/template.ts
/**
 * metadata-action's values, patterns and labels are Handlebars templates, rendered with
 * `handlebars.compile(source)(context)` — and so they are here. Before rendering, the parsed
 * template is checked for what the action's contexts cannot give a sensible tag: blocks, partials,
 * sub-expressions, `@data`, `../`, the built-in helpers, and `{{name arg}}` where `name` is not a
 * helper (Handlebars would print the value, `0` or `[object Object]`, into a tag). Those are
 * refused with an error naming what was written instead of rendering something surprising.
 */

class TemplateError extends Error {
}
const BUILTIN_HELPERS = new Set(['if', 'unless', 'each', 'with', 'lookup', 'log', 'helperMissing', 'blockHelperMissing']);
/** A Handlebars parse error in plain words; the library's own message is kept for the rest. */
function parseErrorMessage(error) {
    const message = error instanceof Error ? error.message : String(error);
    const got = /got '([A-Z_]+)'\s*$/.exec(message)?.[1];
    if (got === 'EOF' || got === 'INVALID')
        return 'has a {{ that is never closed';
    if (got === 'CLOSE_UNESCAPED')
        return 'has a } too many after }}';
    if (/^Lexical error/.test(message))
        return 'has a comment or {{ that is never closed';
    const expecting = /Expecting [^\n]*$/.exec(message)?.[0];
    return `is not valid Handlebars${expecting ? ` (${expecting})` : ''}`;
}
function parse(source) {
    try {
        return lib_default().parseWithoutProcessing(source);
    }
    catch (error) {
        throw new TemplateError(parseErrorMessage(error));
    }
}
/** How the statement at `node` starts in `source` (`{{#`, `{{~>`), for messages. */
function opening(source, node) {
    const lines = source.split('\n');
    const { line, column } = node.loc.start;
    const offset = lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) + column;
    return /^\{\{~?./.exec(source.slice(offset))?.[0] ?? '{{';
}
/** Handlebars' simpleId: one segment, no `this.`/`./`, no `../`. */
function isSimple(path) {
    return path.parts.length === 1 && !/^\.|this\b/.test(path.original) && path.depth === 0;
}
function checkExpression(node) {
    if (node.type === 'SubExpression')
        throw new TemplateError('uses a sub-expression (…), which is not supported here');
    if (node.type !== 'PathExpression')
        return;
    const path = node;
    if (path.data)
        throw new TemplateError('uses @data, which is not supported here');
    if (path.depth > 0)
        throw new TemplateError('uses ../, which is not supported here');
}
/** Own properties only, as Handlebars (4.6+) reads them. */
function lookup(root, parts) {
    let current = root;
    for (const part of parts) {
        if (current === null || current === undefined)
            return current;
        current = Object.hasOwn(Object(current), part) ? current[part] : undefined;
    }
    return current;
}
function checkMustache(node, context) {
    const { path } = node;
    const params = [...node.params, ...(node.hash?.pairs ?? []).map((pair) => pair.value)];
    [path, ...params].forEach(checkExpression);
    const isPath = path.type === 'PathExpression';
    const parts = isPath ? path.parts : [String(path.original)];
    const name = isPath ? path.original : parts[0];
    if (isPath && isSimple(path) && BUILTIN_HELPERS.has(name)) {
        throw new TemplateError(`uses the Handlebars helper {{${name}}}, which is not supported here`);
    }
    if (params.length === 0)
        return;
    const target = lookup(context, parts);
    if (!target)
        throw new TemplateError(`calls {{${name} …}}, but there is no helper called ${name} here`);
    if (typeof target !== 'function')
        throw new TemplateError(`calls {{${name} …}}, but ${name} is not a helper`);
}
function check(program, source, context) {
    for (const node of program.body) {
        switch (node.type) {
            case 'ContentStatement':
            case 'CommentStatement':
                break;
            case 'MustacheStatement':
                checkMustache(node, context);
                break;
            default:
                // BlockStatement, PartialStatement, PartialBlockStatement, Decorator, DecoratorBlock
                throw new TemplateError(`uses ${opening(source, node)}…, a Handlebars block or partial, which is not supported here`);
        }
    }
}
/** `source` rendered against `context` by `handlebars.compile(source)(context)`, once checked. */
function renderTemplate(source, context) {
    check(parse(source), source, context);
    try {
        return lib_default().compile(source)(context);
    }
    catch (error) {
        if (error instanceof (lib_default()).Exception)
            throw new TemplateError(`cannot be rendered: ${error.message}`);
        throw error;
    }
}
/**
 * metadata-action's `Meta.isRawStatement`: whether `pattern` is only `{{raw}}` (spaces inside
 * allowed), the one pattern a pre-release keeps instead of falling back to its full version.
 */
function isRawStatement(pattern) {
    try {
        const body = lib_default().parseWithoutProcessing(pattern).body;
        const only = body[0];
        if (body.length !== 1 || only?.type !== 'MustacheStatement')
            return false;
        const path = only.path;
        // a literal (`{{"raw"}}`) has no parts: the action's lookup throws there and answers false
        return path.parts?.length === 1 && path.parts[0] === 'raw';
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/image/meta/expressions.ts
/**
 * metadata-action's global expressions — `{{branch}}`, `{{tag}}`, `{{sha}}`, `{{base_ref}}`,
 * `{{is_default_branch}}`, `{{is_not_default_branch}}`, `{{date '…' tz='…'}}` and
 * `{{commit_date '…'}}` — usable in values, prefixes, suffixes, `enable=` and labels.
 */




/** The first `length` characters of a sha (all of it when shorter). */
function shortSha(sha, length) {
    return length >= sha.length ? sha : sha.substring(0, length);
}
/** `{{date 'YYYYMMDD' tz='Asia/Tokyo'}}` over a fixed instant. */
function dateHelper(name, date, warn) {
    return (...args) => {
        const options = args.at(-1);
        if (args.length !== 2 || typeof options !== 'object' || options === null) {
            throw new TemplateError(`uses {{${name}}} without a format; write e.g. {{${name} 'YYYYMMDD'}}`);
        }
        const format = args[0];
        if (format !== undefined && typeof format !== 'string')
            throw new TemplateError(`gives {{${name}}} a format that is not a string`);
        let tz = 'UTC';
        for (const [key, value] of Object.entries(options.hash ?? {})) {
            if (key !== 'tz')
                throw new TemplateError(`gives {{${name}}} the unknown attribute ${key}=; only tz= is known`);
            if (typeof value !== 'string')
                throw new TemplateError(`gives {{${name}}} a tz that is not a quoted zone name`);
            tz = value;
        }
        return formatDate(date, format, tz, (zone) => warn(`Moment Timezone has no data for ${zone}; {{${name}}} used UTC.`));
    };
}
/** The helpers `{{ }}` can call in values, prefixes, suffixes, `enable=` and labels. */
function globalExpressions(env) {
    const { context } = env;
    return {
        branch: () => branchOf(context.ref),
        tag: () => tagOf(context.ref),
        sha: () => shortSha(context.sha, env.shortShaLength),
        base_ref: () => baseRefOf(context),
        commit_date: dateHelper('commit_date', env.commitDate, env.warn),
        is_default_branch: () => String(isDefaultBranch(context)),
        is_not_default_branch: () => String(!isDefaultBranch(context)),
        date: dateHelper('date', env.now, env.warn),
    };
}
/** Only `{{date}}` and `{{commit_date}}` are known inside a `type=schedule` pattern. */
function scheduleExpressions(env) {
    return { date: dateHelper('date', env.now, env.warn), commit_date: dateHelper('commit_date', env.commitDate, env.warn) };
}
/** A template rendered, its errors turned into a usage error naming `where`. */
function render(template, context, where) {
    try {
        return renderTemplate(template, context);
    }
    catch (error) {
        if (error instanceof TemplateError || error instanceof DateFormatError) {
            throw new errors/* UsageError */.eb(`${where}: '${template}' ${error.message}.`, "Expressions are Handlebars, e.g. {{branch}}, {{sha}}, {{date 'YYYYMMDD' tz='UTC'}}.");
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/image/meta/flavor.ts
/**
 * metadata-action's `flavor:` input: whether to add `latest` (auto: only for tag-like rules,
 * never for pre-releases) and a prefix/suffix for every tag, also on `latest` with `onlatest=true`.
 */


const EXPECTED = 'latest=auto|true|false, prefix=<text>[,onlatest=true], suffix=<text>[,onlatest=true]';
function refuse(entry, problem) {
    throw new errors/* UsageError */.eb(`flavor: '${entry}' ${problem}.`, `Expected one of: ${EXPECTED}`);
}
/** The `flavor:` input, line by line as written. */
function parseFlavor(lines) {
    const flavor = { latest: 'auto', prefix: '', prefixLatest: false, suffix: '', suffixLatest: false };
    for (const entry of (0,csv/* readInput */.R5)('flavor', lines)) {
        let fields;
        try {
            fields = (0,csv/* parseFields */.L5)(entry);
        }
        catch (error) {
            if (error instanceof csv/* CsvError */.J$)
                refuse(entry, error.message);
            throw error;
        }
        // `onlatest=` applies to the prefix or suffix written before it on the same line
        let onLatestFor;
        for (const field of fields) {
            // every `=` splits, so `prefix=a=b` is the prefix `a`, as in metadata-action
            const parts = field.split('=').map((part) => part.trim());
            if (parts.length === 1)
                refuse(entry, `has '${field}', which is not key=value`);
            const key = parts[0].toLowerCase();
            const value = parts[1];
            switch (key) {
                case 'latest':
                    if (value !== 'auto' && value !== 'true' && value !== 'false')
                        refuse(entry, `has latest=${value}; it is auto, true or false`);
                    flavor.latest = value;
                    break;
                case 'prefix':
                case 'suffix':
                    flavor[key] = value;
                    onLatestFor = key;
                    break;
                case 'onlatest':
                    if (value !== 'true' && value !== 'false')
                        refuse(entry, `has onlatest=${value}; it is true or false`);
                    if (onLatestFor === 'prefix')
                        flavor.prefixLatest = value === 'true';
                    if (onLatestFor === 'suffix')
                        flavor.suffixLatest = value === 'true';
                    break;
                default:
                    refuse(entry, `has the unknown key '${key}'`);
            }
        }
    }
    return flavor;
}

// EXTERNAL MODULE: ./src/image/meta/images.ts
var meta_images = __webpack_require__(53113);
;// CONCATENATED MODULE: ./src/image/meta/labels.ts

/** The OCI labels the action computes, as `key=value` lines. */
function ociLabels({ context, version, now }) {
    const repo = context.repository ?? {};
    return [
        `org.opencontainers.image.title=${repo.name || ''}`,
        `org.opencontainers.image.description=${repo.description || ''}`,
        `org.opencontainers.image.url=${repo.htmlUrl || ''}`,
        // the action points source at the web page too, not the clone URL
        `org.opencontainers.image.source=${repo.htmlUrl || ''}`,
        `org.opencontainers.image.version=${version}`,
        `org.opencontainers.image.created=${now.toISOString()}`,
        `org.opencontainers.image.revision=${context.sha || ''}`,
        `org.opencontainers.image.licenses=${repo.license || ''}`,
    ];
}
/**
 * `computed` then `extra` (each rendered with `expressions`) merged into sorted `key=value`
 * lines. The key is everything before the first `=`; an empty value is kept (`foo=`).
 */
function mergeLabels(computed, extra, expressions) {
    const merged = new Map();
    for (const line of [...computed, ...extra.map((label) => render(label, expressions, 'labels'))]) {
        const [key, ...values] = line.split('=');
        if (values.length > 0)
            merged.set(key, values.join('='));
    }
    return [...merged].sort((a, b) => a[0].localeCompare(b[0])).map(([key, value]) => `${key}=${value}`);
}
/** `key=value` lines as an object, splitting at the first `=` (the action's JSON output). */
function labelRecord(lines) {
    const record = {};
    for (const line of lines) {
        const match = /([^=]*)=(.*)/.exec(line);
        if (match)
            record[match[1]] = match[2];
    }
    return record;
}

;// CONCATENATED MODULE: ./src/image/meta/rules.ts
/**
 * metadata-action's `tags:` rules (`type=semver,pattern={{version}}`, `type=raw,foo`, …) parsed
 * into a type and string attributes, with its per-type defaults filled in and sorted by priority,
 * highest first, as the action evaluates them. Attributes stay strings because the action
 * treats them as templates (`enable={{is_default_branch}}`) until a tag is computed.
 */


/** Higher runs first; the first tag produced becomes the version. */
const DEFAULT_PRIORITIES = {
    schedule: '1000', semver: '900', pep440: '900', match: '800', edge: '700', ref: '600', raw: '200', sha: '100',
};
/** The rules used when `tags:` is empty. */
const DEFAULT_TAG_RULES = ['type=schedule', 'type=ref,event=branch', 'type=ref,event=tag', 'type=ref,event=pr'];
const rules_EXPECTED = {
    schedule: "type=schedule[,pattern={{date 'YYYYMMDD'}}]",
    semver: 'type=semver,pattern={{version}}[,value=v1.2.3][,match=v(.*)]',
    pep440: 'type=pep440,pattern={{version}}[,value=1.2.3][,match=v(.*)]',
    match: 'type=match,pattern=v(\\d.\\d.\\d)[,group=1][,value=…]',
    edge: 'type=edge[,branch=main]',
    ref: 'type=ref,event=branch|tag|pr',
    raw: 'type=raw,value=<tag> (or just <tag>)',
    sha: 'type=sha[,format=short|long][,prefix=sha-]',
};
function isTagType(value) {
    return Object.hasOwn(DEFAULT_PRIORITIES, value);
}
function rules_refuse(line, problem, type) {
    const expected = type ? rules_EXPECTED[type] : `type=${Object.keys(DEFAULT_PRIORITIES).join('|')},…`;
    // metadata-action v5 cut comments anywhere in a line; v6 (and this) only whole `#` lines
    const comment = /\s#/.test(line) ? '\nA # after the start of a line is part of the rule, not a comment: move the comment to its own line.' : '';
    throw new errors/* UsageError */.eb(`tags: '${line}' ${problem}.`, `Expected: ${expected}${comment}`);
}
/** One rule line, e.g. `type=sha,format=long` or a bare `my-tag` (a raw value). */
function parseTagRule(line) {
    let fields;
    try {
        fields = (0,csv/* parseFields */.L5)(line);
    }
    catch (error) {
        if (error instanceof csv/* CsvError */.J$)
            rules_refuse(line, error.message);
        throw error;
    }
    let type;
    const attrs = {};
    for (const field of fields) {
        // only the first `=` separates: `value=a=b` is the value `a=b`
        const at = field.indexOf('=');
        if (at <= 0) {
            attrs.value = field.trim();
            continue;
        }
        const key = field.slice(0, at).trim().toLowerCase();
        const value = field.slice(at + 1).trim();
        if (key !== 'type') {
            attrs[key] = value;
        }
        else if (isTagType(value)) {
            type = value;
        }
        else {
            rules_refuse(line, `has the unknown type '${value}'`);
        }
    }
    type ??= 'raw';
    const has = (name) => Object.hasOwn(attrs, name);
    const need = (name, what = `needs ${name}=`) => {
        if (!has(name))
            rules_refuse(line, what, type);
    };
    switch (type) {
        case 'schedule':
            if (!has('pattern'))
                attrs.pattern = 'nightly';
            break;
        case 'semver':
        case 'pep440':
            need('pattern');
            if (!has('value'))
                attrs.value = '';
            if (!has('match'))
                attrs.match = '';
            break;
        case 'match':
            need('pattern');
            if (!has('group'))
                attrs.group = '0';
            if (Number.isNaN(Number(attrs.group)))
                rules_refuse(line, `has group=${attrs.group}, which is not a number`, type);
            if (!has('value'))
                attrs.value = '';
            break;
        case 'edge':
            if (!has('branch'))
                attrs.branch = '';
            break;
        case 'ref':
            need('event');
            if (!['branch', 'tag', 'pr'].includes(attrs.event))
                rules_refuse(line, `has event=${attrs.event}; the events are branch, tag and pr`, type);
            if (attrs.event === 'pr' && !has('prefix'))
                attrs.prefix = 'pr-';
            break;
        case 'raw':
            need('value', 'has no value');
            break;
        case 'sha':
            if (!has('prefix'))
                attrs.prefix = 'sha-';
            if (!has('format'))
                attrs.format = 'short';
            if (!['short', 'long'].includes(attrs.format))
                rules_refuse(line, `has format=${attrs.format}; the formats are short and long`, type);
            break;
    }
    if (!has('enable'))
        attrs.enable = 'true';
    if (!has('priority'))
        attrs.priority = DEFAULT_PRIORITIES[type];
    return { type, attrs };
}
/**
 * The `tags:` input, line by line as written (`#` comments and blank lines allowed), parsed and
 * sorted by priority (stable, so equal priorities keep their order). Empty → the default rules.
 */
function parseTagRules(lines) {
    const entries = (0,csv/* readInput */.R5)('tags', lines);
    const rules = (entries.length > 0 ? entries : DEFAULT_TAG_RULES).map(parseTagRule);
    return rules.sort((a, b) => {
        const [pa, pb] = [Number(a.attrs.priority), Number(b.attrs.priority)];
        return pa < pb ? 1 : pa > pb ? -1 : 0;
    });
}
/** A rule written back as `type=…,attr=…`, for messages. */
function formatTagRule(rule) {
    return [`type=${rule.type}`, ...Object.entries(rule.attrs).map(([key, value]) => `${key}=${value}`)].join(',');
}

// EXTERNAL MODULE: ./node_modules/@renovate/pep440/index.js
var pep440 = __webpack_require__(25518);
;// CONCATENATED MODULE: ./src/image/meta/pep440.ts
/**
 * The @renovate/pep440 calls metadata-action makes for `type=pep440`: `valid`, `explain` (is it
 * a pre-, post- or dev release), `clean` (the normalised form: `1.1beta2` → `1.1b2`) and
 * `major`/`minor`/`patch`. Its quirks come with it: a local part is printed with `,` between its
 * pieces (`1.0+abc.1` → `1.0+abc,1`), which the tag sanitising then turns into `-`.
 */

/** `pep440.explain(text)` where `pep440.valid(text)` (strict: no surrounding spaces), else undefined. */
function parsePep440(text) {
    if (pep440.valid(text) === null)
        return undefined;
    const explained = pep440.explain(text);
    return explained ? { ...explained, raw: text } : undefined;
}
/** Pre-, post- and dev releases get no partial or latest tags. */
function isPep440Prerelease(version) {
    return version.is_prerelease || version.is_postrelease || version.is_devrelease;
}
/** `pep440.clean`: the normalised version. */
function cleanPep440(text) {
    return pep440.clean(text) ?? undefined;
}
/** `pep440.major/minor/patch`: a missing release segment is 0. */
function pep440Segment(version, index) {
    return [pep440.major, pep440.minor, pep440.patch][index](version.raw);
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/image/meta/semver.ts
/**
 * The node-semver calls metadata-action makes on a tag: `valid` (strict, a leading `v`
 * allowed), `prerelease`, and `parse(v, {loose: true})`, whose SemVer object is the context the
 * `{{version}}`/`{{major}}`/`{{minor}}`/`{{patch}}`/`{{raw}}` pattern is rendered with
 * (`includePrerelease` left off, as the action leaves it).
 */

/** `text` as `semver.parse(text, {loose: true})` reads it, or undefined where `semver.valid` is null. */
function parseSemver(text) {
    if (!semver_default().valid(text))
        return undefined;
    return semver_default().parse(text, { loose: true }) ?? undefined;
}
/** `semver.prerelease(text)`: a pre-release keeps only a `{{raw}}` pattern and never gets `latest`. */
function isSemverPrerelease(text) {
    return semver_default().prerelease(text) !== null;
}

;// CONCATENATED MODULE: ./src/image/meta/tags.ts
/**
 * metadata-action's version and tags. Rules run in priority order; the first to produce a value
 * is the version (`main`), later distinct values are the other tags, and the first rule that
 * produces anything decides `latest` (flavor `latest=auto`: yes for tag-like rules on a release,
 * no for pre-releases and everything else). Values are sanitised only at the end, after
 * prefix/suffix, exactly as the action does.
 */







/** Runs of characters a Docker tag cannot hold become one `-`: `feature/x#1` → `feature-x-1`. */
function sanitizeTag(tag) {
    return tag.replace(/[^a-zA-Z0-9._-]+/g, '-');
}
/** Docker's own rule; metadata-action does not check it, so a bad tag fails only at push. */
function isValidDockerTag(tag) {
    return /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(tag);
}
class VersionBuilder {
    main;
    partial = [];
    latest;
    add(value, latest) {
        if (value.length === 0)
            return;
        const tag = sanitizeTag(value);
        if (this.main === undefined)
            this.main = tag;
        else if (tag !== this.main)
            this.partial.push(tag);
        this.latest ??= latest;
    }
}
/** Evaluates rules for one event: the version, its other tags, and whether `latest` goes with them. */
class RuleRunner {
    env;
    globals;
    context;
    constructor(env) {
        this.env = env;
        this.globals = globalExpressions(env);
        this.context = env.context;
    }
    expr(template, rule) {
        return render(template, this.globals, `tags: ${formatTagRule(rule)}`);
    }
    /** `flavor latest=auto` takes the rule's own answer; true/false override it. */
    latest(auto) {
        return this.env.flavor.latest === 'auto' ? auto : this.env.flavor.latest === 'true';
    }
    /** The rule's prefix/suffix (even empty) or else the flavor's, both with expressions. */
    affix(value, rule) {
        const { flavor } = this.env;
        let out = value;
        if (Object.hasOwn(rule.attrs, 'prefix'))
            out = this.expr(rule.attrs.prefix, rule) + out;
        else if (flavor.prefix.length > 0)
            out = this.expr(flavor.prefix, rule) + out;
        if (Object.hasOwn(rule.attrs, 'suffix'))
            out += this.expr(rule.attrs.suffix, rule);
        else if (flavor.suffix.length > 0)
            out += this.expr(flavor.suffix, rule);
        return out;
    }
    enabled(rule) {
        const enabled = this.expr(rule.attrs.enable, rule);
        if (enabled !== 'true' && enabled !== 'false') {
            throw new errors/* UsageError */.eb(`tags: ${formatTagRule(rule)}: enable= gave '${enabled}', not true or false.`, 'Write enable=true, enable=false or an expression giving one, e.g. enable={{is_default_branch}}.');
        }
        return enabled === 'true';
    }
    /** The tag name (or `value=`) a semver/pep440/match rule reads, or undefined when it does not apply. */
    versionSource(rule) {
        if (rule.attrs.value.length > 0)
            return this.expr(rule.attrs.value, rule);
        return TAGS.test(this.context.ref) ? this.context.ref.replace(TAGS, '') : undefined;
    }
    /** `match=` narrows semver/pep440 input to its first group. */
    narrowed(source, rule) {
        const match = rule.attrs.match;
        if (match.length === 0)
            return source;
        const found = source.match(regExp(match, rule));
        if (!found) {
            this.env.warn(`${match} does not match ${source}.`);
            return source;
        }
        if (found[1] === undefined)
            throw new errors/* UsageError */.eb(`tags: ${formatTagRule(rule)}: match=${match} has no group ( ) to take the version from.`, 'Example: match=v(\\d.\\d.\\d)$');
        return found[1];
    }
    run(rule, version) {
        const { context } = this;
        const add = (value, auto) => version.add(this.affix(value, rule), this.latest(auto));
        switch (rule.type) {
            case 'schedule': {
                if (!/schedule/.test(context.eventName))
                    return;
                add(render(rule.attrs.pattern, scheduleExpressions(this.env), `tags: ${formatTagRule(rule)}`), false);
                return;
            }
            case 'semver': {
                const source = this.versionSource(rule);
                if (source === undefined)
                    return;
                const raw = this.narrowed(source, rule).replace(/\//g, '-');
                const semver = parseSemver(raw);
                if (!semver) {
                    this.env.warn(`${raw} is not a valid semver. More info: https://semver.org/`);
                    return;
                }
                // a pre-release only keeps a {{raw}} pattern; anything else falls back to its full version
                const prerelease = isSemverPrerelease(raw);
                const pattern = !prerelease || isRawStatement(rule.attrs.pattern) ? rule.attrs.pattern : '{{version}}';
                add(render(pattern, semver, `tags: ${formatTagRule(rule)}`), !prerelease);
                return;
            }
            case 'pep440': {
                const source = this.versionSource(rule);
                if (source === undefined)
                    return;
                const raw = this.narrowed(source, rule).replace(/\//g, '-');
                const pep440 = parsePep440(raw);
                if (!pep440) {
                    this.env.warn(`${raw} does not conform to PEP 440. More info: https://www.python.org/dev/peps/pep-0440`);
                    return;
                }
                if (isPep440Prerelease(pep440)) {
                    add(isRawStatement(rule.attrs.pattern) ? raw : cleanPep440(raw), false);
                    return;
                }
                const helpers = {
                    raw: () => raw,
                    version: () => cleanPep440(raw),
                    major: () => pep440Segment(pep440, 0),
                    minor: () => pep440Segment(pep440, 1),
                    patch: () => pep440Segment(pep440, 2),
                };
                add(render(rule.attrs.pattern, helpers, `tags: ${formatTagRule(rule)}`), true);
                return;
            }
            case 'match': {
                const source = this.versionSource(rule);
                if (source === undefined)
                    return;
                const { pattern, group } = rule.attrs;
                const literal = /^\/(.+)\/(.*)$/.exec(pattern);
                const found = source.match(literal ? regExp(literal[1], rule, literal[2]) : regExp(pattern, rule));
                if (!found) {
                    this.env.warn(`${pattern} does not match ${source}.`);
                    return;
                }
                // the group is read as a property name, so `01` is not group 1 (as in the action)
                const value = Reflect.get(found, group);
                if (value === undefined) {
                    this.env.warn(`Group ${group} does not exist for ${pattern} pattern.`);
                    return;
                }
                add(String(value), true);
                return;
            }
            case 'ref': {
                const event = rule.attrs.event;
                if (event === 'branch' && HEADS.test(context.ref))
                    add(context.ref.replace(HEADS, ''), false);
                if (event === 'tag' && TAGS.test(context.ref))
                    add(context.ref.replace(TAGS, ''), true);
                if (event === 'pr' && PULLS.test(context.ref))
                    add(context.ref.replace(PULLS, '').replace(/\/merge$/, ''), false);
                return;
            }
            case 'edge': {
                if (!HEADS.test(context.ref))
                    return;
                const branch = rule.attrs.branch.length > 0 ? rule.attrs.branch : context.defaultBranch;
                if (branch !== context.ref.replace(HEADS, ''))
                    return;
                add('edge', false);
                return;
            }
            case 'raw':
                add(this.expr(rule.attrs.value, rule), false);
                return;
            case 'sha': {
                if (!context.sha)
                    return;
                add(rule.attrs.format === 'short' ? shortSha(context.sha, this.env.shortShaLength) : context.sha, false);
                return;
            }
        }
    }
}
function regExp(source, rule, flags) {
    try {
        return new RegExp(source, flags);
    }
    catch (error) {
        throw new errors/* UsageError */.eb(`tags: ${formatTagRule(rule)}: /${source}/${flags ?? ''} is not a valid regular expression (${error.message}).`);
    }
}
/** The version and tag names the rules give for one event (rules already sorted by priority). */
function computeVersion(rules, env) {
    const runner = new RuleRunner(env);
    const version = new VersionBuilder();
    for (const rule of rules) {
        if (runner.enabled(rule))
            runner.run(rule, version);
    }
    return { main: version.main, partial: [...new Set(version.partial)], latest: version.latest ?? false };
}
/** The tag names (no image): version, the others, then `latest` with the flavor's prefix/suffix if asked. */
function tagNames(version, flavor) {
    if (!version.main)
        return [];
    const names = [version.main, ...version.partial];
    if (version.latest) {
        names.push(sanitizeTag(`${flavor.prefixLatest ? flavor.prefix : ''}latest${flavor.suffixLatest ? flavor.suffix : ''}`));
    }
    return names;
}

;// CONCATENATED MODULE: ./src/image/meta/index.ts
/**
 * docker/metadata-action's tags and labels (with `context: workflow`) as a pure function, so
 * `tags:`/`flavor:`/`images:`/`labels:` blocks pasted from a workflow give the same result.
 * No I/O: the event facts and the clock come in, the outputs and the action's warnings go out.
 */













/** The version, tags, labels and annotations metadata-action would output for this event. */
function computeMeta(input) {
    const warnings = [];
    const shortShaLength = input.shortShaLength ?? 7;
    if (!Number.isFinite(shortShaLength))
        throw new errors/* UsageError */.eb(`DOCKER_METADATA_SHORT_SHA_LENGTH is not a valid number: ${shortShaLength}`);
    const env = {
        context: input.context, now: input.now, commitDate: input.context.commitDate ?? input.now, shortShaLength, warn: (message) => warnings.push(message),
    };
    // parsed in the action's order, so the first error reported is the same
    const images = (0,meta_images.parseImages)(input.images).filter((image) => image.enable).map((image) => image.name.toLowerCase());
    const rules = parseTagRules(input.tags);
    const flavor = parseFlavor(input.flavor);
    const version = computeVersion(rules, { ...env, flavor });
    const names = tagNames(version, flavor);
    const perImage = images.map((name) => ({ name, tags: names.map((tag) => (name ? `${name}:${tag}` : tag)) }));
    const tags = perImage.length > 0 ? perImage.flatMap((image) => image.tags) : names;
    if (!version.main)
        warnings.push('No Docker image version has been generated. Check tags input.');
    if (tags.length === 0)
        warnings.push('No Docker tag has been generated. Check tags input.');
    for (const name of names.filter((tag) => !isValidDockerTag(tag))) {
        // not the action's check: it passes such tags on and the push fails
        warnings.push(`'${name}' is not a valid Docker tag (1-128 of A-Z a-z 0-9 _ . -, not starting with . or -); the push will refuse it.`);
    }
    const expressions = globalExpressions(env);
    const computed = ociLabels({ context: input.context, version: version.main ?? '', now: input.now });
    const labelLines = mergeLabels(computed, (0,csv/* readInput */.R5)('labels', input.labels ?? []), expressions);
    const annotationLines = mergeLabels(computed, (0,csv/* readInput */.R5)('annotations', input.annotations ?? []), expressions);
    const levels = input.annotationLevels ?? ['manifest'];
    return {
        version: version.main ?? '',
        tags,
        tagNames: names,
        images: perImage,
        latest: version.main !== undefined && version.latest,
        labels: labelRecord(labelLines),
        labelLines,
        annotations: levels.flatMap((level) => annotationLines.map((line) => `${level}:${line}`)),
        warnings,
    };
}


/***/ })

};
