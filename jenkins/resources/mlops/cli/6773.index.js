export const id = 6773;
export const ids = [6773];
export const modules = {

/***/ 66754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ CollectMemo)
/* harmony export */ });
/* harmony import */ var _collect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92939);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42226);
/* harmony import */ var _targets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79671);
/**
 * What several reads at the same revisions would each look up: a revision's commit, the project,
 * the dvc.yaml files at a revision and what they declare. One run's metrics, params and plots
 * share one (made after training, so nothing it remembers can change underneath); each git
 * question is then asked once.
 */



class CollectMemo {
    revisions = new Map();
    targets = new Map();
    projects = new Map();
    listed = new Map();
    project(cwd) {
        return remembered(this.projects, cwd, () => (0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .findProject */ .t1)(cwd));
    }
    revision(cwd, name) {
        return remembered(this.revisions, `${cwd}\0${name}`, () => (0,_collect_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveRevision */ .eZ)(cwd, name));
    }
    /** The project's dvc.yaml files at a revision (a `git ls-tree` or `ls-files` and the .dvcignore files). */
    dvcYamlFiles(revision, project) {
        return remembered(this.listed, `${project.root}\0${revision.commit ?? ''}`, () => (0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .dvcYamlFiles */ .Qg)(revision, project));
    }
    targetsAt(revision, cwd, explicit) {
        const key = [cwd, revision.commit ?? '', ...(explicit ?? [])].join('\0');
        return remembered(this.targets, key, () => (0,_targets_js__WEBPACK_IMPORTED_MODULE_2__/* .findTargets */ .q8)(revision, { cwd }, explicit, this));
    }
}
function remembered(cache, key, compute) {
    let found = cache.get(key);
    if (!found)
        cache.set(key, (found = compute()));
    return found;
}


/***/ }),

/***/ 66388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  plotsDiff: () => (/* binding */ plotsDiff),
  plotsShow: () => (/* binding */ plotsShow)
});

// UNUSED EXPORTS: plotsDiffRevisions, plotsStderr

// EXTERNAL MODULE: ./src/git.ts
var git = __webpack_require__(71243);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/plots/collect.ts + 5 modules
var collect = __webpack_require__(42176);
// EXTERNAL MODULE: ./src/metrics/pyformat.ts
var pyformat = __webpack_require__(3317);
// EXTERNAL MODULE: ./src/plots/vega-render.ts + 1 modules
var vega_render = __webpack_require__(81701);
;// CONCATENATED MODULE: ./src/plots/json.ts
/**
 * `dvc plots show|diff --json [--split]` (dvc/commands/plots.py `_show_json`, dvc/render/convert.py
 * `to_json`): `{"errors": [...], "data": {id: [...]}}` with the empty keys left out, printed as
 * Python's `json.dumps` prints it. A vega plot is one entry with its filled template (`--split`:
 * the rows, title, labels and styling as `anchor_definitions`, their anchors left in `content`);
 * an image plot is one entry per revision; a plot with no data at any revision is `[]`.
 */


/** Rows handed over without their Python types: integral numbers are taken as ints. */
function pyRowsOf(plot) {
    if (plot.pyRows)
        return plot.pyRows;
    return plot.rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === 'number' && Number.isInteger(value) ? BigInt(value) : value])));
}
const given = (text) => (text === '' ? undefined : text);
/** One vega plot's `to_json` entries. */
function vegaEntries(plot, split) {
    const rows = pyRowsOf(plot);
    if (rows.length === 0)
        return [];
    const props = {
        title: plot.title,
        x: given(plot.x),
        y: given(plot.y),
        xLabel: given(plot.xLabel),
        yLabel: given(plot.yLabel),
        ySources: plot.ySources ?? [],
        revisions: plot.revisions,
    };
    const { content, anchorDefinitions } = (0,vega_render/* renderVega */.G)(plot.template, props, rows, split);
    const entry = { type: 'vega', revisions: [...plot.revisions], content };
    if (split)
        entry.anchor_definitions = anchorDefinitions ?? {};
    return [entry];
}
/** An error as DVC lists it: source errors name their file, revision-level ones no plot. */
function errorEntry(error) {
    const entry = {};
    if (error.name)
        entry.name = error.name;
    entry.rev = error.rev;
    if (error.source)
        entry.source = error.source;
    entry.type = error.type;
    entry.msg = error.msg;
    return entry;
}
/** DVC's `--json` document for a PlotsResult, as a Python value (key order as DVC's). */
function plotsDocument(result, split = false) {
    const data = new Map();
    for (const plot of result.plots) {
        if (plot.kind === 'vega') {
            data.set(plot.id, vegaEntries(plot, split));
            continue;
        }
        const entries = data.get(plot.id) ?? [];
        entries.push({ type: 'image', revisions: [plot.revision], url: plot.file });
        data.set(plot.id, entries);
    }
    const document = {};
    if (result.errors.length > 0)
        document.errors = result.errors.map(errorEntry);
    if (data.size > 0)
        document.data = Object.fromEntries(data);
    return document;
}
/** `plots show|diff --json` stdout: the document and print's newline. */
function plotsJson(result, options = {}) {
    return `${(0,pyformat.pyJsonDumps)(plotsDocument(result, options.split ?? false), options.indent)}\n`;
}

// EXTERNAL MODULE: ./src/report/plots-section.ts + 1 modules
var plots_section = __webpack_require__(73383);
;// CONCATENATED MODULE: ./src/plots/markdown-table.ts
/**
 * `mlops plots show|diff` without `--json`: the markdown the report shows for those plots (its
 * Plots section), every plot of the selection, images by their written file.
 */

function plotsMarkdown(result) {
    const revisions = result.revisions ?? [...new Set(result.plots.flatMap((plot) => (plot.kind === 'vega' ? plot.revisions : [plot.revision])))];
    // DVC reads the workspace first; the report compares the others with it.
    const head = revisions.includes('workspace') ? 'workspace' : (revisions.at(-1) ?? 'workspace');
    const base = revisions.find((revision) => revision !== head) ?? head;
    const lines = (0,plots_section/* renderPlotsSection */.er)(result, { base, head, maxPlots: Number.POSITIVE_INFINITY, imageLink: (plot) => plot.file });
    return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

;// CONCATENATED MODULE: ./src/plots/verbs.ts
/**
 * `plots show` and `plots diff` as DVC 3's CmdPlotsShow/CmdPlotsDiff run them
 * (dvc/commands/plots.py, dvc/repo/plots/diff.py): which revisions, what goes to stdout (DVC's
 * JSON, or mlops' markdown where DVC writes HTML) and the lines DVC writes to stderr. Problems
 * with files are data and the verb succeeds; an unknown revision throws (exit 1, nothing printed).
 */





/** Whether a tracked file differs from HEAD (scmrepo's `is_dirty(untracked_files=False)`). */
async function isDirty(cwd) {
    const status = await (0,git/* git */.$Y)(cwd, ['status', '--porcelain', '--untracked-files=no']);
    return status.ok && status.stdout.trim() !== '';
}
/**
 * `dvc/repo/plots/diff.py _revisions`: none → the workspace, with HEAD first when a tracked file
 * changed; one → it and the workspace; more → just those. Undefined when the repository has no
 * commits (DVC's diff is `{}` then).
 */
async function plotsDiffRevisions(cwd, revisions = []) {
    if (await (0,git/* hasNoCommits */.s2)(cwd))
        return undefined;
    const chosen = [...revisions];
    if (chosen.length <= 1) {
        if (chosen.length === 0) {
            if (!(await (0,git/* isGitRepository */.XY)(cwd))) {
                throw new errors/* MlopsError */.IC('Only supported for Git repositories: `mlops plots diff` compares revisions; use `mlops plots show` outside git.');
            }
            if (await isDirty(cwd))
                chosen.push('HEAD');
        }
        chosen.push('workspace');
    }
    return chosen;
}
/** DVC's stderr lines for a result: failed revisions (Plots.show), then each conversion's warning. */
function plotsStderr(result, json) {
    const lines = [];
    const failed = new Set(result.errors.filter((error) => error.source || !error.name).map((error) => error.rev));
    const order = result.revisions ?? [...failed];
    const errored = order.filter((rev) => failed.has(rev));
    if (errored.length > 0)
        lines.push(`DVC failed to load some plots for following revisions: '${errored.join(', ')}'.`);
    if (!json && result.plots.length === 0 && result.errors.length === 0)
        lines.push('No plots were loaded, visualization file will not be created.');
    for (const error of result.errors)
        if (error.name && !error.source)
            lines.push(`WARNING: In '${error.rev}', ${error.msg.toLowerCase()}`);
    return lines;
}
function output(result, input) {
    const stdout = input.json ? plotsJson(result, { split: input.split, indent: input.jsonIndent }) : plotsMarkdown(result);
    return { stdout, stderr: plotsStderr(result, input.json ?? false) };
}
/** `dvc plots show [targets]`: the workspace. */
async function plotsShow(input) {
    const result = await (0,collect/* collectPlots */.pv)({ cwd: input.cwd, revisions: ['workspace'], targets: input.targets, overrides: input.overrides, outDir: input.outDir });
    return output(result, input);
}
/** `dvc plots diff [revisions] [--targets ...]`. */
async function plotsDiff(input) {
    const revisions = await plotsDiffRevisions(input.cwd, input.revisions);
    if (revisions === undefined)
        return output({ plots: [], errors: [], revisions: [] }, input);
    const result = await (0,collect/* collectPlots */.pv)({ cwd: input.cwd, revisions, targets: input.targets, overrides: input.overrides, outDir: input.outDir });
    return output(result, input);
}


/***/ })

};
