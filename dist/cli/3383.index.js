export const id = 3383;
export const ids = [3383];
export const modules = {

/***/ 39409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ TABLE_DIGITS),
/* harmony export */   Fg: () => (/* binding */ markdownRows),
/* harmony export */   P5: () => (/* binding */ axisNumber),
/* harmony export */   RG: () => (/* binding */ axisRange),
/* harmony export */   TM: () => (/* binding */ folded),
/* harmony export */   Wm: () => (/* binding */ decimalsFor),
/* harmony export */   Xz: () => (/* binding */ BASE_COLOUR),
/* harmony export */   Z9: () => (/* binding */ xychartBlock),
/* harmony export */   bV: () => (/* binding */ linearAxisFits),
/* harmony export */   f: () => (/* binding */ COLOUR_MARK),
/* harmony export */   mr: () => (/* binding */ plainDecimal),
/* harmony export */   p7: () => (/* binding */ markdownText),
/* harmony export */   ti: () => (/* binding */ inlineCode),
/* harmony export */   uM: () => (/* binding */ HEAD_COLOUR),
/* harmony export */   w4: () => (/* binding */ OTHER_COLOUR),
/* harmony export */   wR: () => (/* binding */ fixedDecimal)
/* harmony export */ });
/* unused harmony exports LABEL_LIMIT, mermaidString, uniqueLabels, htmlText */
/**
 * Mermaid `xychart-beta` blocks and the text around them, written so that every mermaid GitHub
 * has shipped with xychart (10.x on older Enterprise Servers, 11.x on github.com) parses them:
 * numbers in plain decimals (the grammar has no exponent: `1e-05` is a syntax error), labels
 * quoted with nothing that ends or escapes a string, the two colours set in the block's own init
 * directive, and no legend (GitHub's mermaid draws none, so the legend is a text line under it).
 * Pure: data in, lines out.
 */
/** The two colours of every chart: the base revision orange, the head blue (a pair colour-blind readers tell apart). */
const BASE_COLOUR = '#ff7f0e';
const HEAD_COLOUR = '#1f77b4';
/** Any other revision a plot carries (the report asks for two; `mlops plots` may ask for more). */
const OTHER_COLOUR = '#7f7f7f';
/** Squares in the same colours and their names, for the text legend (the name for readers whose fonts have no emoji). */
const COLOUR_MARK = { [BASE_COLOUR]: '🟧 orange', [HEAD_COLOUR]: '🟦 blue', [OTHER_COLOUR]: '⬛ grey' };
/** Significant digits in the folded tables under the charts: more than a chart shows (DVC's tables keep 5). */
const TABLE_DIGITS = 5;
/** Longest label kept in a chart; the numbers under the chart keep the whole text. */
const LABEL_LIMIT = 60;
/**
 * A label as a mermaid string. The xychart lexer reads `"[^"]*"`, so a `"` would end it; a
 * backtick opens a markdown string; `%%` starts a comment or, as `%%{`, a directive anywhere in the
 * text; `#name;` is read as an entity; `<`/`>` go through the HTML sanitiser. Each becomes an
 * ASCII or common look-alike (`'`, `% %`, `# name;`, `‹›`: fonts without CJK have no fullwidth
 * `％`), and the label is cut to LABEL_LIMIT characters.
 */
function mermaidString(text, limit = LABEL_LIMIT) {
    let clean = text
        .replace(/[\r\n\t\v\f]+/g, ' ')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f]/g, '')
        .replace(/["`]/g, "'")
        .replace(/%(?=%)/g, '% ')
        .replace(/#(?=\w+;)/g, '# ')
        .replace(/</g, '‹')
        .replace(/>/g, '›')
        .trim();
    const chars = [...clean];
    if (chars.length > limit)
        clean = `${chars.slice(0, limit - 1).join('')}…`;
    // an empty string is no token for the lexer
    return `"${clean || ' '}"`;
}
/** Labels for a band axis: mermaid strings, made unique (d3's band scale merges equal ones, shifting every bar after). */
function uniqueLabels(labels, limit = LABEL_LIMIT) {
    const seen = new Set();
    return labels.map((label) => {
        let text = mermaidString(label, limit);
        for (let n = 2; seen.has(text); n++)
            text = mermaidString(`${label.slice(0, limit - 6)} (${n})`, limit);
        seen.add(text);
        return text;
    });
}
/**
 * A number in plain decimal notation with at most `significant` significant digits, trailing
 * zeros dropped: `1e-05` → `0.00001`, `1.23456789e21` → `1234570000000000000000`.
 */
function plainDecimal(x, significant = 6) {
    if (!Number.isFinite(x))
        throw new RangeError(`plainDecimal: ${x} has no decimal form`);
    if (x === 0)
        return '0';
    const [mantissa, exponent] = x.toExponential(Math.max(1, Math.min(100, significant)) - 1).split('e');
    const digits = mantissa.replace('-', '').replace('.', '');
    const exp = Number(exponent);
    let text;
    if (exp < 0)
        text = `0.${'0'.repeat(-exp - 1)}${digits}`;
    else if (exp + 1 >= digits.length)
        text = digits + '0'.repeat(exp + 1 - digits.length);
    else
        text = `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
    if (text.includes('.'))
        text = text.replace(/0+$/, '').replace(/\.$/, '');
    return x < 0 && /[1-9]/.test(text) ? `-${text}` : text;
}
/** A number with at most `decimals` digits after the point, in plain notation, trailing zeros dropped. */
function fixedDecimal(x, decimals) {
    if (!Number.isFinite(x))
        throw new RangeError(`fixedDecimal: ${x} has no decimal form`);
    if (Math.abs(x) >= 1e21)
        return plainDecimal(x, 21);
    let text = x.toFixed(Math.max(0, Math.min(100, decimals)));
    if (text.includes('.'))
        text = text.replace(/0+$/, '').replace(/\.$/, '');
    return text === '-0' ? '0' : text;
}
/** Digits after the point that show `significant` digits of the spread between lo and hi. */
function decimalsFor(lo, hi, significant = 4) {
    const span = Math.abs(hi - lo) || Math.abs(hi) || Math.abs(lo) || 1;
    return Math.max(0, Math.min(20, significant - 1 - Math.floor(Math.log10(span))));
}
/**
 * A y-axis range around the values: 5% padding each side (never across zero), rounded outwards to
 * a tenth of the range's order of magnitude; with `zero`, the range reaches 0 (bars start there).
 */
function axisRange(values, zero = false) {
    const finite = values.filter(Number.isFinite);
    let lo = finite.length > 0 ? finite.reduce((a, b) => Math.min(a, b)) : 0;
    let hi = finite.length > 0 ? finite.reduce((a, b) => Math.max(a, b)) : 1;
    if (zero) {
        lo = Math.min(lo, 0);
        hi = Math.max(hi, 0);
    }
    const span = hi - lo;
    const pad = span > 0 ? span * 0.05 : Math.abs(hi) * 0.1 || 1;
    const padded = span + 2 * pad;
    const unit = 10 ** (Math.floor(Math.log10(padded)) - 1);
    // padding never takes the axis across zero: a positive series gets no negative ticks;
    // the slack keeps 6.3 / 0.1 = 62.99999999999999 from flooring a whole unit down
    const low = lo >= 0 && lo - pad < 0 ? 0 : Math.floor((lo - pad) / unit + 1e-9) * unit;
    const high = hi < 0 && hi + pad > 0 ? 0 : Math.ceil((hi + pad) / unit - 1e-9) * unit;
    // the multiples of unit come back with float noise (0.30000000000000004); print-and-read cleans it
    return [Number(plainDecimal(low, 12)), Number(plainDecimal(high, 12))];
}
/**
 * Whether mermaid 11 puts one x on a linear axis for each of `count` values: it steps
 * `for (i = min; i <= max; i += (max - min) / (count - 1))`, and float error can end that loop one
 * step early, dropping the last value. Same doubles here as in the browser, so this is exact.
 */
function linearAxisFits(min, max, count) {
    if (count < 2)
        return count === 1;
    const step = (max - min) / (count - 1);
    if (!(step > 0))
        return false;
    let placed = 0;
    for (let i = min; i <= max && placed <= count; i += step)
        placed++;
    return placed === count;
}
/** A linear axis bound as the chart prints it and mermaid reads it back. */
function axisNumber(x) {
    return Number(plainDecimal(x, 12));
}
/** The fenced ```mermaid block of one xychart. */
function xychartBlock(chart) {
    const palette = chart.series.map((series) => series.colour).join(', ');
    const number = (value) => fixedDecimal(value, chart.decimals);
    const x = 'categories' in chart.x
        ? `[${uniqueLabels(chart.x.categories).join(', ')}]`
        : `${plainDecimal(chart.x.min, 12)} --> ${plainDecimal(chart.x.max, 12)}`;
    return [
        '```mermaid',
        `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
        chart.horizontal ? 'xychart-beta horizontal' : 'xychart-beta',
        ...(chart.title ? [`    title ${mermaidString(chart.title)}`] : []),
        `    x-axis ${mermaidString(chart.x.title)} ${x}`,
        `    y-axis ${mermaidString(chart.y.title)} ${number(chart.y.min)} --> ${number(chart.y.max)}`,
        ...chart.series.map((series) => `    ${series.type} ${mermaidString(series.name)} [${series.values.map(number).join(', ')}]`),
        '```',
    ];
}
/** Text a reader sees outside code: markdown's punctuation escaped, one line (pipes are escaped by markdownRows, in tables). */
function markdownText(text) {
    return text
        .replace(/[\r\n]+/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_{}[\]()#+!~])/g, '\\$1');
}
/** Text inside an HTML element (a `<summary>`): markdown is not read there, HTML is. */
function htmlText(text) {
    return text.replace(/[\r\n]+/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** Inline code on one line that survives backticks and, in a table, pipes. */
function inlineCode(text) {
    const flat = text.replace(/[\r\n]+/g, ' ');
    const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((match) => match[0].length));
    const fence = '`'.repeat(longest + 1);
    const padded = longest > 0 || flat.startsWith(' ') ? ` ${flat} ` : flat;
    return `${fence}${padded}${fence}`;
}
/** A GFM table from rows of already-escaped cells (pipes in cells become `\|`). */
function markdownRows(header, rows, align) {
    const cell = (text) => text.replace(/\|/g, '\\|');
    const rule = header.map((_, i) => (align?.[i] === 'r' ? '---:' : '---'));
    return [`| ${header.map(cell).join(' | ')} |`, `| ${rule.join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)];
}
/** `<details>` around lines, with a summary. */
function folded(summary, body) {
    return [`<details><summary>${htmlText(summary)}</summary>`, '', ...body, '', '</details>'];
}


/***/ }),

/***/ 73383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  er: () => (/* binding */ renderPlotsSection)
});

// UNUSED EXPORTS: MAX_BARS, MAX_CLASSES, MAX_ERRORS, MAX_PLOTS, MAX_VARIANTS, numeric

// EXTERNAL MODULE: ./src/report/mermaid.ts
var mermaid = __webpack_require__(39409);
;// CONCATENATED MODULE: ./src/report/resample.ts
/**
 * Curves made drawable by a mermaid line chart: mermaid puts the values of a line at even steps
 * across the x-axis, whatever x they had, and every line of a chart across the same axis. So the
 * revisions' curves are read on one even grid over the x range they share, at most 50 points,
 * interpolated linearly between the rows either side. A grid that is the data's own x (even steps,
 * few enough) takes the values as they are.
 */

const MAX_POINTS = 50;
/** A curve from raw points: non-finite ones dropped, sorted by x, the y of an x given twice averaged. */
function curveOf(points) {
    const finite = [...points].filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y)).sort((a, b) => a[0] - b[0]);
    const curve = { x: [], y: [] };
    for (let i = 0; i < finite.length;) {
        const at = finite[i][0];
        let total = 0;
        let j = i;
        // -0 and 0 compare equal, so they are one x
        for (; j < finite.length && finite[j][0] === at; j++)
            total += finite[j][1];
        curve.x.push(at === 0 ? 0 : at);
        curve.y.push(total / (j - i));
        i = j;
    }
    return curve;
}
/** y at `at` by linear interpolation; `at` must lie within the curve's x range. */
function interpolate(curve, at) {
    const { x, y } = curve;
    let j = 0;
    return at.map((target) => {
        while (j < x.length - 2 && x[j + 1] < target)
            j++;
        // grids run forwards; a caller asking backwards still gets the right answer
        while (j > 0 && x[j] > target)
            j--;
        const x0 = x[j];
        const x1 = x[j + 1] ?? x0;
        if (target <= x0 || x1 === x0)
            return y[j];
        if (target >= x1)
            return y[j + 1];
        const t = (target - x0) / (x1 - x0);
        return y[j] + t * (y[j + 1] - y[j]);
    });
}
const isEven = (x) => {
    if (x.length < 3)
        return x.length === 2;
    const step = (x[x.length - 1] - x[0]) / (x.length - 1);
    return x.every((value, i) => Math.abs(value - (x[0] + i * step)) <= Math.abs(step) * 1e-9);
};
const sameX = (a, b) => a.length === b.length && a.every((value, i) => value === b[i]);
/** n evenly spaced x from lo to hi, hi exact (no accumulated error). */
function evenX(lo, hi, n) {
    return Array.from({ length: n }, (_, i) => (i === n - 1 ? hi : lo + ((hi - lo) * i) / (n - 1)));
}
/**
 * The grid the curves are drawn on: over the x range every curve covers, at most `maxPoints`
 * points. Undefined when the curves share less than two x (nothing to draw as a line).
 */
function commonGrid(curves, maxPoints = MAX_POINTS) {
    const drawn = curves.filter((curve) => curve.x.length > 0);
    if (drawn.length === 0 || drawn.length !== curves.length)
        return undefined;
    const lo = Math.max(...drawn.map((curve) => curve.x[0]));
    const hi = Math.min(...drawn.map((curve) => curve.x[curve.x.length - 1]));
    if (!(hi > lo))
        return undefined;
    const clipped = drawn.some((curve) => curve.x[0] < lo || curve.x[curve.x.length - 1] > hi);
    const inRange = drawn.map((curve) => curve.x.filter((x) => x >= lo && x <= hi));
    const first = inRange[0];
    // the axis as mermaid will read it back from the text
    const fits = (n) => (0,mermaid/* linearAxisFits */.bV)((0,mermaid/* axisNumber */.P5)(lo), (0,mermaid/* axisNumber */.P5)(hi), n);
    if (first.length <= maxPoints && isEven(first) && inRange.every((x) => sameX(x, first)) && fits(first.length)) {
        const y = drawn.map((curve) => curve.x.flatMap((x, i) => (x >= lo && x <= hi ? [curve.y[i]] : [])));
        return { x: [...first], y, resampled: false, clipped };
    }
    const integral = drawn.every((curve) => curve.x.every(Number.isInteger));
    const densest = Math.max(...inRange.map((x) => x.length));
    let n = integral && hi - lo + 1 <= maxPoints ? hi - lo + 1 : Math.max(2, Math.min(maxPoints, densest));
    // whole-number x (steps, epochs) read best on a whole-number grid: a step that divides the range
    if (integral && n === maxPoints) {
        const divides = Array.from({ length: maxPoints - Math.ceil(maxPoints / 2) }, (_, i) => maxPoints - i).find((m) => (hi - lo) % (m - 1) === 0 && fits(m));
        if (divides !== undefined)
            n = divides;
    }
    while (n > 2 && !fits(n))
        n--;
    const x = evenX(lo, hi, n);
    return { x, y: drawn.map((curve) => interpolate(curve, x)), resampled: true, clipped };
}

;// CONCATENATED MODULE: ./src/report/plots-section.ts


const MAX_PLOTS = 6;
/** Bars in a bar chart: the largest of the head. */
const MAX_BARS = 20;
/** Classes per side of a confusion table. */
const MAX_CLASSES = 20;
/** Charts per plot when it has several files or y fields (DVC draws them in one, told apart by dash and shape). */
const MAX_VARIANTS = 4;
/** Plot errors listed, one line each. */
const MAX_ERRORS = 20;
/** Names in the line that lists the plots not shown. */
const MAX_NAMED = 20;
/** A plot's revisions in drawing order: the base first, the head last (drawn on top). */
function revisionsOf(names, options) {
    const role = (name) => (name === options.head ? 'head' : name === options.base ? 'base' : 'other');
    const colour = { base: mermaid/* BASE_COLOUR */.Xz, head: mermaid/* HEAD_COLOUR */.uM, other: mermaid/* OTHER_COLOUR */.w4 };
    const rank = { base: 0, other: 1, head: 2 };
    return [...new Set(names)].map((name) => ({ name, role: role(name), colour: colour[role(name)] })).sort((a, b) => rank[a.role] - rank[b.role]);
}
/** "🟧 orange: base `main` · 🟦 blue: head `feature`", with what each is drawn as when the chart mixes marks. */
function legend(revisions, marks) {
    return revisions
        .map((revision) => {
        const mark = marks?.[revision.role];
        return `${mermaid/* COLOUR_MARK */.f[revision.colour]}${mark ? ` ${mark}` : ''}: ${revision.role === 'other' ? '' : `${revision.role} `}${(0,mermaid/* inlineCode */.ti)(revision.name)}`;
    })
        .join(' · ');
}
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** A cell as a number: numbers, and the number strings of CSV/TSV files; anything else is not one. */
function numeric(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : undefined;
    if (typeof value !== 'string')
        return undefined;
    // Number() alone would take '', '0x1f' and ' ' too; the pattern is Python's float() without nan/inf
    const number = Number(value);
    return Number.isFinite(number) && NUMBER.test(value.trim()) ? number : undefined;
}
const label = (value) => (value === undefined ? '' : String(value));
/** DVC's natural order for nominal axes: numbers by value, then text. */
function byLabel(a, b) {
    const x = numeric(a);
    const y = numeric(b);
    if (x !== undefined && y !== undefined)
        return x - y;
    if (x !== undefined)
        return -1;
    if (y !== undefined)
        return 1;
    return a < b ? -1 : a > b ? 1 : 0;
}
/** The rows of each file and y field of a plot (DVC adds `filename`/`field` when there are several). */
function variantsOf(plot) {
    const groups = new Map();
    for (const row of plot.rows) {
        const { filename, field } = row;
        const key = `${filename ?? ''}\u0000${field ?? ''}`;
        const group = groups.get(key);
        if (group)
            group.rows.push(row);
        else {
            const name = [filename, field].filter((part) => part !== undefined && part !== null).map(String).join(' · ');
            groups.set(key, { name, rows: [row] });
        }
    }
    const variants = [...groups.values()];
    return variants.length === 1 ? [{ rows: variants[0].rows }] : variants.map((variant) => ({ name: variant.name || undefined, rows: variant.rows }));
}
function rowsByRevision(rows) {
    const by = new Map();
    for (const row of rows) {
        const rev = label(row.rev);
        const list = by.get(rev);
        if (list)
            list.push(row);
        else
            by.set(rev, [row]);
    }
    return by;
}
function note(text) {
    return `_${text}_`;
}
function pointsOf(rows, x, y) {
    const points = [];
    for (const row of rows) {
        const value = numeric(row[y]);
        if (value !== undefined)
            points.push({ x: numeric(row[x]), label: label(row[x]), y: value });
    }
    return points;
}
/** The mean y of each x label, in the order the labels first appear. */
function meansByLabel(points) {
    const sums = new Map();
    for (const point of points) {
        const sum = sums.get(point.label);
        if (sum) {
            sum.total += point.y;
            sum.count += 1;
        }
        else
            sums.set(point.label, { total: point.y, count: 1 });
    }
    return new Map([...sums].map(([key, sum]) => [key, sum.total / sum.count]));
}
/** The mean value of each category, in the order categories first appear. */
function categoryMeans(rows, category, value) {
    return meansByLabel(pointsOf(rows, category, value));
}
const chartTitle = ({ plot, variant }) => (variant.name ? `${plot.title || plot.id} · ${variant.name}` : plot.title || plot.id);
/** Lines (linear, simple, smooth): one line per revision on a shared even grid, or over categories when x is text. */
function lineChart(context) {
    const { plot, variant, options } = context;
    const byRev = rowsByRevision(variant.rows);
    // each row read once: logs run to hundreds of thousands of rows
    const points = new Map();
    for (const [rev, rows] of byRev)
        points.set(rev, pointsOf(rows, plot.x, plot.y));
    const withY = (rev) => points.get(rev.name);
    let revisions = revisionsOf(plot.revisions.filter((rev) => byRev.has(rev)), options).filter((rev) => withY(rev).length > 0);
    if (revisions.length === 0)
        return [note(`No numeric ${(0,mermaid/* markdownText */.p7)(plot.yLabel || plot.y)} to draw.`)];
    const notes = [];
    const numericX = revisions.every((rev) => withY(rev).every((point) => point.x !== undefined));
    let x;
    let xs;
    let ys;
    if (numericX) {
        let curves = revisions.map((rev) => curveOf(withY(rev).map((point) => [point.x, point.y])));
        let grid = commonGrid(curves);
        if (!grid && revisions.length > 1) {
            // no shared x range: the head alone (the newest curve) is still worth drawing
            const keep = revisions.length - 1;
            grid = commonGrid([curves[keep]]);
            if (grid) {
                notes.push(`${revisions.slice(0, keep).map((rev) => (0,mermaid/* inlineCode */.ti)(rev.name)).join(', ')} shares no ${(0,mermaid/* markdownText */.p7)(plot.xLabel || plot.x)} range with ${(0,mermaid/* inlineCode */.ti)(revisions[keep].name)}: only ${(0,mermaid/* inlineCode */.ti)(revisions[keep].name)} is drawn.`);
                revisions = [revisions[keep]];
                curves = [curves[keep]];
            }
        }
        if (!grid)
            return [note(`Fewer than two ${(0,mermaid/* markdownText */.p7)(plot.xLabel || plot.x)} values: nothing to draw.`)];
        const rows = Math.max(...revisions.map((rev) => withY(rev).length));
        if (grid.resampled)
            notes.push(`Read on an even grid of ${grid.x.length} points (from up to ${rows} rows), as mermaid spaces a line's points evenly.`);
        if (grid.clipped) {
            const lo = grid.x[0];
            const hi = grid.x[grid.x.length - 1];
            const xName = (0,mermaid/* markdownText */.p7)(plot.xLabel || plot.x);
            const yName = (0,mermaid/* markdownText */.p7)(plot.yLabel || plot.y);
            // what is not drawn, said in numbers: where each longer curve starts or ends, and its value there
            const beyond = revisions.flatMap((rev, i) => {
                const curve = curves[i];
                const parts = [];
                if (curve.x[0] < lo)
                    parts.push(`starts at ${(0,mermaid/* plainDecimal */.mr)(curve.x[0])} (${yName} ${(0,mermaid/* plainDecimal */.mr)(curve.y[0])})`);
                const end = curve.x.length - 1;
                if (curve.x[end] > hi)
                    parts.push(`goes on to ${(0,mermaid/* plainDecimal */.mr)(curve.x[end])} (${yName} ${(0,mermaid/* plainDecimal */.mr)(curve.y[end])})`);
                return parts.length > 0 ? [`${(0,mermaid/* inlineCode */.ti)(rev.name)} ${parts.join(' and ')}`] : [];
            });
            notes.push(`Drawn where every revision has data, ${xName} ${(0,mermaid/* plainDecimal */.mr)(lo)} to ${(0,mermaid/* plainDecimal */.mr)(hi)}; ${beyond.join('; ')}.`);
        }
        x = { title: plot.xLabel || plot.x, min: grid.x[0], max: grid.x[grid.x.length - 1] };
        xs = grid.x.map((value) => (0,mermaid/* plainDecimal */.mr)(value));
        ys = grid.y;
    }
    else {
        const means = revisions.map((rev) => meansByLabel(withY(rev)));
        const shared = [...means[0].keys()].filter((key) => means.every((mean) => mean.has(key)));
        const all = new Set(means.flatMap((mean) => [...mean.keys()])).size;
        // a line needs two points
        if (shared.length < 2)
            return [note(`The revisions share ${shared.length === 0 ? 'no' : 'only one'} ${(0,mermaid/* markdownText */.p7)(plot.xLabel || plot.x)} value: nothing to draw as a line.`)];
        const kept = shared.slice(0, MAX_POINTS);
        if (kept.length < all)
            notes.push(`${kept.length} of ${all} ${(0,mermaid/* markdownText */.p7)(plot.xLabel || plot.x)} values drawn (${shared.length > MAX_POINTS ? `the first ${MAX_POINTS}` : 'those every revision has'}).`);
        x = { title: plot.xLabel || plot.x, categories: kept };
        xs = kept;
        ys = means.map((mean) => kept.map((key) => mean.get(key)));
    }
    const [min, max] = (0,mermaid/* axisRange */.RG)(ys.flat());
    const decimals = (0,mermaid/* decimalsFor */.Wm)(min, max);
    const chart = (0,mermaid/* xychartBlock */.Z9)({
        title: chartTitle(context),
        x,
        y: { title: plot.yLabel || plot.y, min, max },
        series: revisions.map((rev, i) => ({ type: 'line', name: rev.name, values: ys[i], colour: rev.colour })),
        decimals,
    });
    const table = (0,mermaid/* markdownRows */.Fg)([(0,mermaid/* markdownText */.p7)(plot.xLabel || plot.x), ...revisions.map((rev) => (0,mermaid/* inlineCode */.ti)(rev.name))], xs.map((at, i) => [(0,mermaid/* markdownText */.p7)(at), ...ys.map((values) => (0,mermaid/* plainDecimal */.mr)(values[i], mermaid/* TABLE_DIGITS */.C3))]), ['l', ...revisions.map(() => 'r')]);
    return [...chart, '', legend(revisions), ...notes.flatMap((text) => ['', note(text)]), '', ...(0,mermaid/* folded */.TM)(`Numbers: ${chartTitle(context)}`, table)];
}
/** bar_horizontal(_sorted): the head's largest values as bars, the base's values for the same bars as a line. */
function barChart(context, sorted) {
    const { plot, variant, options } = context;
    // DVC's bars: x the value, y the category; take them the other way round when only that is numeric
    const numericField = (field) => variant.rows.some((row) => numeric(row[field]) !== undefined);
    const [value, category] = !numericField(plot.x) && numericField(plot.y) ? [plot.y, plot.x] : [plot.x, plot.y];
    const [valueLabel, categoryLabel] = value === plot.x ? [plot.xLabel || plot.x, plot.yLabel || plot.y] : [plot.yLabel || plot.y, plot.xLabel || plot.x];
    const byRev = rowsByRevision(variant.rows);
    const revisions = revisionsOf(plot.revisions.filter((rev) => byRev.has(rev)), options);
    const means = new Map(revisions.map((rev) => [rev.name, categoryMeans(byRev.get(rev.name), category, value)]));
    const present = revisions.filter((rev) => means.get(rev.name).size > 0);
    if (present.length === 0)
        return [note(`No numeric ${(0,mermaid/* markdownText */.p7)(valueLabel)} to draw.`)];
    const bars = present.find((rev) => rev.role === 'head') ?? present[present.length - 1];
    const line = present.find((rev) => rev.role === 'base' && rev !== bars);
    const head = means.get(bars.name);
    const order = [...head.keys()];
    let kept = [...order].sort((a, b) => Math.abs(head.get(b)) - Math.abs(head.get(a))).slice(0, MAX_BARS);
    kept = sorted ? kept.sort((a, b) => head.get(b) - head.get(a)) : order.filter((key) => kept.includes(key));
    const base = line ? means.get(line.name) : undefined;
    const notes = [];
    if (bars.role !== 'head')
        notes.push(`The head ${(0,mermaid/* inlineCode */.ti)(options.head)} has no data for this plot: the bars are ${(0,mermaid/* inlineCode */.ti)(bars.name)}.`);
    if (kept.length < order.length)
        notes.push(`The ${kept.length} largest of ${order.length} ${(0,mermaid/* markdownText */.p7)(categoryLabel)} values.`);
    const missing = base ? kept.filter((key) => !base.has(key)) : [];
    if (missing.length > 0)
        notes.push(`Not in ${(0,mermaid/* inlineCode */.ti)(line.name)}, drawn there as 0: ${missing.map((key) => (0,mermaid/* inlineCode */.ti)(key)).join(', ')}.`);
    const headValues = kept.map((key) => head.get(key));
    const baseValues = base ? kept.map((key) => base.get(key) ?? 0) : undefined;
    const all = [...headValues, ...(baseValues ?? [])];
    // mermaid's bars grow from the end of the axis, not from 0: a negative value would look positive
    const asBars = all.every((v) => v >= 0);
    if (!asBars)
        notes.push(`Some values are negative, so both revisions are drawn as lines (mermaid's bars start at the end of the axis, not at 0).`);
    const [min, max] = (0,mermaid/* axisRange */.RG)(all, true);
    const decimals = (0,mermaid/* decimalsFor */.Wm)(min, max);
    const drawn = line ? [line, bars] : [bars];
    const chart = (0,mermaid/* xychartBlock */.Z9)({
        title: chartTitle(context),
        horizontal: true,
        x: { title: categoryLabel, categories: kept },
        y: { title: valueLabel, min, max },
        series: [
            ...(baseValues && !asBars ? [{ type: 'line', name: line.name, values: baseValues, colour: line.colour }] : []),
            { type: asBars ? 'bar' : 'line', name: bars.name, values: headValues, colour: bars.colour },
            ...(baseValues && asBars ? [{ type: 'line', name: line.name, values: baseValues, colour: line.colour }] : []),
        ],
        decimals,
    });
    const marks = line && asBars ? { [bars.role]: 'bars', [line.role]: 'line' } : {};
    const change = (key) => {
        const old = base?.get(key);
        // the change to the table's precision of the range, so float noise (0.3 − 0.3) is no change
        return old === undefined ? '' : signed(head.get(key) - old, (x) => (0,mermaid/* fixedDecimal */.wR)(x, (0,mermaid/* decimalsFor */.Wm)(min, max, mermaid/* TABLE_DIGITS */.C3)));
    };
    const table = (0,mermaid/* markdownRows */.Fg)([(0,mermaid/* markdownText */.p7)(categoryLabel), ...(line ? [(0,mermaid/* inlineCode */.ti)(line.name)] : []), (0,mermaid/* inlineCode */.ti)(bars.name), ...(line ? ['Change'] : [])], kept.map((key) => [
        (0,mermaid/* markdownText */.p7)(key),
        ...(line ? [base.has(key) ? (0,mermaid/* plainDecimal */.mr)(base.get(key), mermaid/* TABLE_DIGITS */.C3) : '—'] : []),
        (0,mermaid/* plainDecimal */.mr)(head.get(key), mermaid/* TABLE_DIGITS */.C3),
        ...(line ? [change(key)] : []),
    ]), ['l', 'r', 'r', 'r']);
    return [...chart, '', legend(drawn, marks), ...notes.flatMap((text) => ['', note(text)]), '', ...(0,mermaid/* folded */.TM)(`Numbers: ${chartTitle(context)}`, table)];
}
/** `+3`, `−0.05` (the report's minus sign), or nothing for no change (at the precision shown). */
function signed(change, format) {
    const text = format(Math.abs(change));
    if (Number(text) === 0)
        return '';
    return `${change > 0 ? '+' : '−'}${text}`;
}
/** confusion(_normalized): a table, actual down and predicted across, the head's value and its change against the base. */
function confusionTable(context, normalized) {
    const { plot, variant, options } = context;
    const byRev = rowsByRevision(variant.rows);
    const revisions = revisionsOf(plot.revisions.filter((rev) => byRev.has(rev)), options);
    if (revisions.length === 0)
        return [note('No rows to count.')];
    const counts = new Map(revisions.map((rev) => {
        const matrix = new Map();
        for (const row of byRev.get(rev.name)) {
            const key = JSON.stringify([label(row[plot.x]), label(row[plot.y])]);
            matrix.set(key, (matrix.get(key) ?? 0) + 1);
        }
        return [rev.name, matrix];
    }));
    const shown = revisions.find((rev) => rev.role === 'head') ?? revisions[revisions.length - 1];
    const base = revisions.find((rev) => rev.role === 'base' && rev !== shown);
    const allRows = variant.rows.filter((row) => byRev.has(label(row.rev)));
    const actual = [...new Set(allRows.map((row) => label(row[plot.x])))].sort(byLabel);
    const predicted = [...new Set(allRows.map((row) => label(row[plot.y])))].sort(byLabel);
    const count = (rev, a, p) => counts.get(rev.name).get(JSON.stringify([a, p])) ?? 0;
    // DVC's confusion_normalized divides by the total of each y (predicted) value
    const total = (rev, p) => actual.reduce((sum, a) => sum + count(rev, a, p), 0);
    const value = (rev, a, p) => {
        if (!normalized)
            return count(rev, a, p);
        const sum = total(rev, p);
        return sum === 0 ? 0 : count(rev, a, p) / sum;
    };
    const text = (x) => (normalized ? x.toFixed(2) : String(x));
    const rows = actual.slice(0, MAX_CLASSES);
    const columns = predicted.slice(0, MAX_CLASSES);
    const notes = [];
    if (rows.length < actual.length || columns.length < predicted.length) {
        notes.push(`The first ${rows.length} of ${actual.length} ${(0,mermaid/* markdownText */.p7)(plot.xLabel || plot.x)} and ${columns.length} of ${predicted.length} ${(0,mermaid/* markdownText */.p7)(plot.yLabel || plot.y)} values.`);
    }
    const cellOf = (a, p) => {
        const now = value(shown, a, p);
        const change = base ? signed(now - value(base, a, p), text) : '';
        const shownText = a === p ? `**${text(now)}**` : text(now);
        return change ? `${shownText} (${change})` : shownText;
    };
    const table = (0,mermaid/* markdownRows */.Fg)([`${(0,mermaid/* markdownText */.p7)(plot.xLabel || plot.x)} ↓ ${(0,mermaid/* markdownText */.p7)(plot.yLabel || plot.y)} →`, ...columns.map(mermaid/* markdownText */.p7)], rows.map((a) => [(0,mermaid/* markdownText */.p7)(a), ...columns.map((p) => cellOf(a, p))]), ['l', ...columns.map(() => 'r')]);
    const diagonal = (rev) => {
        let hits = 0;
        let all = 0;
        for (const a of actual)
            for (const p of predicted) {
                const n = count(rev, a, p);
                all += n;
                if (a === p)
                    hits += n;
            }
        return `${hits} of ${all} (${all === 0 ? '0.0' : ((100 * hits) / all).toFixed(1)}%) at ${(0,mermaid/* inlineCode */.ti)(rev.name)}`;
    };
    const intro = base
        ? `${(0,mermaid/* inlineCode */.ti)(shown.name)}, with the change from ${(0,mermaid/* inlineCode */.ti)(base.name)} in brackets. On the diagonal: ${diagonal(base)} → ${diagonal(shown)}.`
        : `${(0,mermaid/* inlineCode */.ti)(shown.name)}. On the diagonal: ${diagonal(shown)}.`;
    if (shown.role !== 'head')
        notes.push(`The head ${(0,mermaid/* inlineCode */.ti)(options.head)} has no data for this plot.`);
    return [intro, '', ...table, ...notes.flatMap((line) => ['', note(line)])];
}
/** scatter(_jitter): how many points, and over what range, per revision. */
function scatterTable(context) {
    const { plot, variant, options } = context;
    const byRev = rowsByRevision(variant.rows);
    const revisions = revisionsOf(plot.revisions.filter((rev) => byRev.has(rev)), options);
    if (revisions.length === 0)
        return [note('No points.')];
    const range = (rows, field) => {
        const values = rows.map((row) => numeric(row[field]));
        if (values.every((v) => v !== undefined)) {
            const numbers = values;
            return `${(0,mermaid/* plainDecimal */.mr)(numbers.reduce((a, b) => Math.min(a, b)))} – ${(0,mermaid/* plainDecimal */.mr)(numbers.reduce((a, b) => Math.max(a, b)))}`;
        }
        const distinct = new Set(rows.map((row) => label(row[field]))).size;
        return `${distinct} value${distinct === 1 ? '' : 's'}`;
    };
    return (0,mermaid/* markdownRows */.Fg)(['Revision', 'Points', (0,mermaid/* markdownText */.p7)(plot.xLabel || plot.x), (0,mermaid/* markdownText */.p7)(plot.yLabel || plot.y)], revisions.map((rev) => {
        const rows = byRev.get(rev.name);
        return [`${rev.role === 'other' ? '' : `${rev.role} `}${(0,mermaid/* inlineCode */.ti)(rev.name)}`, String(rows.length), range(rows, plot.x), range(rows, plot.y)];
    }), ['l', 'r', 'l', 'l']);
}
function vegaBody(plot, options) {
    const variants = variantsOf(plot);
    const shown = variants.slice(0, MAX_VARIANTS);
    const parts = shown.map((variant) => {
        const context = { plot, variant, options };
        const heading = variant.name ? [`**${(0,mermaid/* markdownText */.p7)(variant.name)}**`, ''] : [];
        switch (plot.template) {
            case 'linear':
            case 'simple':
            case 'smooth':
                return [...heading, ...lineChart(context)];
            case 'bar_horizontal':
            case 'bar_horizontal_sorted':
                return [...heading, ...barChart(context, plot.template === 'bar_horizontal_sorted')];
            case 'confusion':
            case 'confusion_normalized':
                return [...heading, ...confusionTable(context, plot.template === 'confusion_normalized')];
            case 'scatter':
            case 'scatter_jitter':
                return [...heading, ...scatterTable(context)];
        }
    });
    const more = variants.length > shown.length ? ['', note(`… and ${variants.length - shown.length} more: ${variants.slice(shown.length).map((variant) => (0,mermaid/* inlineCode */.ti)(variant.name ?? '')).join(', ')}.`)] : [];
    return [...parts.flatMap((part, i) => (i === 0 ? part : ['', ...part])), ...more];
}
/** A link that stays one markdown destination: spaces, brackets and angle brackets percent-encoded. */
function destination(link) {
    return link.replace(/[\s()<>]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
function imageBody(images, options) {
    const order = revisionsOf(images.map((image) => image.revision), options);
    const sorted = [...images].sort((a, b) => order.findIndex((rev) => rev.name === a.revision) - order.findIndex((rev) => rev.name === b.revision));
    return sorted.flatMap((image, i) => {
        const link = options.imageLink?.(image);
        const line = link
            ? `![${(0,mermaid/* markdownText */.p7)(`${image.id} (${image.revision})`)}](${destination(link)})`
            : `${(0,mermaid/* inlineCode */.ti)(image.id)} at ${(0,mermaid/* inlineCode */.ti)(image.revision)}: ${(0,mermaid/* inlineCode */.ti)(image.file)} (not uploaded, so not shown)`;
        return i === 0 ? [line] : ['', line];
    });
}
/** One block per plot id, in the result's order; an image's revisions share one block. */
function blocksOf(result) {
    const blocks = [];
    const images = new Map();
    for (const plot of result.plots) {
        if (plot.kind === 'vega')
            blocks.push({ kind: 'vega', id: plot.id, plot });
        else if (images.has(plot.id))
            images.get(plot.id).push(plot);
        else {
            const list = [plot];
            images.set(plot.id, list);
            blocks.push({ kind: 'image', id: plot.id, images: list });
        }
    }
    return blocks;
}
function heading(block) {
    if (block.kind === 'image')
        return `#### ${(0,mermaid/* inlineCode */.ti)(block.id)}`;
    const title = block.plot.title;
    return title && title !== block.id ? `#### ${(0,mermaid/* markdownText */.p7)(title)} · ${(0,mermaid/* inlineCode */.ti)(block.id)}` : `#### ${(0,mermaid/* inlineCode */.ti)(block.id)}`;
}
/**
 * The "Plots" section of the report: a block per plot (at most `maxPlots`, the rest named in one
 * line), then one italic line per plot error. No plots and no errors: no section (an empty list).
 */
function renderPlotsSection(result, options) {
    const blocks = blocksOf(result);
    if (blocks.length === 0 && result.errors.length === 0)
        return [];
    const limit = Math.max(0, options.maxPlots ?? MAX_PLOTS);
    const shown = blocks.slice(0, limit);
    const rest = blocks.slice(limit);
    const lines = ['### Plots', ''];
    for (const block of shown) {
        lines.push(heading(block), '', ...(block.kind === 'vega' ? vegaBody(block.plot, options) : imageBody(block.images, options)), '');
    }
    if (rest.length > 0) {
        const named = rest.slice(0, MAX_NAMED).map((block) => (0,mermaid/* inlineCode */.ti)(block.id)).join(', ');
        lines.push(note(`… and ${rest.length} more plot${rest.length === 1 ? '' : 's'}: ${named}${rest.length > MAX_NAMED ? ', …' : ''}.`), '');
    }
    // a list, so that the lines stay lines where newlines are not breaks (files, job summaries)
    const errors = result.errors.slice(0, MAX_ERRORS);
    for (const error of errors)
        lines.push(`- ${note(`⚠️ ${(0,mermaid/* inlineCode */.ti)(error.name)} at ${(0,mermaid/* inlineCode */.ti)(error.rev)} could not be plotted: ${(0,mermaid/* markdownText */.p7)(error.type)}`)}`);
    if (result.errors.length > errors.length)
        lines.push(`- ${note(`… and ${result.errors.length - errors.length} more plot errors.`)}`);
    if (errors.length > 0)
        lines.push('');
    return lines;
}


/***/ })

};
