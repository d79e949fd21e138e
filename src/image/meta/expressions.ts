/**
 * metadata-action's global expressions — `{{branch}}`, `{{tag}}`, `{{sha}}`, `{{base_ref}}`,
 * `{{is_default_branch}}`, `{{is_not_default_branch}}`, `{{date '…' tz='…'}}` and
 * `{{commit_date '…'}}` — usable in values, prefixes, suffixes, `enable=` and labels.
 */
import { UsageError } from '../../errors.js';
import { type MetaEventContext, baseRefOf, branchOf, isDefaultBranch, tagOf } from './context.js';
import { DateFormatError, formatDate } from './dateformat.js';
import { TemplateError, renderTemplate } from './template.js';

export interface ExpressionEnv {
  context: MetaEventContext;
  now: Date;
  commitDate: Date;
  shortShaLength: number;
  warn: (message: string) => void;
}

/** The first `length` characters of a sha (all of it when shorter). */
export function shortSha(sha: string, length: number): string {
  return length >= sha.length ? sha : sha.substring(0, length);
}

interface HelperOptions {
  hash?: Record<string, unknown>;
}

/** `{{date 'YYYYMMDD' tz='Asia/Tokyo'}}` over a fixed instant. */
function dateHelper(name: string, date: Date, warn: (message: string) => void) {
  return (...args: unknown[]): string => {
    const options = args.at(-1) as HelperOptions | undefined;
    if (args.length !== 2 || typeof options !== 'object' || options === null) {
      throw new TemplateError(`uses {{${name}}} without a format; write e.g. {{${name} 'YYYYMMDD'}}`);
    }
    const format = args[0];
    if (format !== undefined && typeof format !== 'string') throw new TemplateError(`gives {{${name}}} a format that is not a string`);
    let tz = 'UTC';
    for (const [key, value] of Object.entries(options.hash ?? {})) {
      if (key !== 'tz') throw new TemplateError(`gives {{${name}}} the unknown attribute ${key}=; only tz= is known`);
      if (typeof value !== 'string') throw new TemplateError(`gives {{${name}}} a tz that is not a quoted zone name`);
      tz = value;
    }
    return formatDate(date, format, tz, (zone) => warn(`Moment Timezone has no data for ${zone}; {{${name}}} used UTC.`));
  };
}

/** The helpers `{{ }}` can call in values, prefixes, suffixes, `enable=` and labels. */
export function globalExpressions(env: ExpressionEnv): Record<string, unknown> {
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
export function scheduleExpressions(env: ExpressionEnv): Record<string, unknown> {
  return { date: dateHelper('date', env.now, env.warn), commit_date: dateHelper('commit_date', env.commitDate, env.warn) };
}

/** A template rendered, its errors turned into a usage error naming `where`. */
export function render(template: string, context: unknown, where: string): string {
  try {
    return renderTemplate(template, context);
  } catch (error) {
    if (error instanceof TemplateError || error instanceof DateFormatError) {
      throw new UsageError(`${where}: '${template}' ${error.message}.`, "Expressions are Handlebars, e.g. {{branch}}, {{sha}}, {{date 'YYYYMMDD' tz='UTC'}}.");
    }
    throw error;
  }
}
