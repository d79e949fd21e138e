/**
 * metadata-action's version and tags. Rules run in priority order; the first to produce a value
 * is the version (`main`), later distinct values are the other tags, and the first rule that
 * produces anything decides `latest` (flavor `latest=auto`: yes for tag-like rules on a release,
 * no for pre-releases and everything else). Values are sanitised only at the end, after
 * prefix/suffix, exactly as the action does.
 */
import { UsageError } from '../../errors.js';
import { HEADS, PULLS, TAGS, type MetaEventContext } from './context.js';
import { type ExpressionEnv, globalExpressions, render, scheduleExpressions, shortSha } from './expressions.js';
import type { Flavor } from './flavor.js';
import { cleanPep440, isPep440Prerelease, parsePep440, pep440Segment } from './pep440.js';
import { type TagRule, formatTagRule } from './rules.js';
import { isSemverPrerelease, parseSemver } from './semver.js';
import { isRawStatement } from './template.js';

export interface Version {
  /** The first tag produced: the `version` output. */
  main: string | undefined;
  /** The other tags, in rule order, without duplicates. */
  partial: string[];
  latest: boolean;
}

export interface TagEnv extends ExpressionEnv {
  flavor: Flavor;
}

/** Runs of characters a Docker tag cannot hold become one `-`: `feature/x#1` → `feature-x-1`. */
export function sanitizeTag(tag: string): string {
  return tag.replace(/[^a-zA-Z0-9._-]+/g, '-');
}

/** Docker's own rule; metadata-action does not check it, so a bad tag fails only at push. */
export function isValidDockerTag(tag: string): boolean {
  return /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(tag);
}

class VersionBuilder {
  main: string | undefined;
  partial: string[] = [];
  latest: boolean | undefined;

  add(value: string, latest: boolean): void {
    if (value.length === 0) return;
    const tag = sanitizeTag(value);
    if (this.main === undefined) this.main = tag;
    else if (tag !== this.main) this.partial.push(tag);
    this.latest ??= latest;
  }
}

/** Evaluates rules for one event: the version, its other tags, and whether `latest` goes with them. */
class RuleRunner {
  private readonly globals: Record<string, unknown>;
  private readonly context: MetaEventContext;

  constructor(private readonly env: TagEnv) {
    this.globals = globalExpressions(env);
    this.context = env.context;
  }

  expr(template: string, rule: TagRule): string {
    return render(template, this.globals, `tags: ${formatTagRule(rule)}`);
  }

  /** `flavor latest=auto` takes the rule's own answer; true/false override it. */
  latest(auto: boolean): boolean {
    return this.env.flavor.latest === 'auto' ? auto : this.env.flavor.latest === 'true';
  }

  /** The rule's prefix/suffix (even empty) or else the flavor's, both with expressions. */
  affix(value: string, rule: TagRule): string {
    const { flavor } = this.env;
    let out = value;
    if (Object.hasOwn(rule.attrs, 'prefix')) out = this.expr(rule.attrs.prefix!, rule) + out;
    else if (flavor.prefix.length > 0) out = this.expr(flavor.prefix, rule) + out;
    if (Object.hasOwn(rule.attrs, 'suffix')) out += this.expr(rule.attrs.suffix!, rule);
    else if (flavor.suffix.length > 0) out += this.expr(flavor.suffix, rule);
    return out;
  }

  enabled(rule: TagRule): boolean {
    const enabled = this.expr(rule.attrs.enable!, rule);
    if (enabled !== 'true' && enabled !== 'false') {
      throw new UsageError(`tags: ${formatTagRule(rule)}: enable= gave '${enabled}', not true or false.`, 'Write enable=true, enable=false or an expression giving one, e.g. enable={{is_default_branch}}.');
    }
    return enabled === 'true';
  }

  /** The tag name (or `value=`) a semver/pep440/match rule reads, or undefined when it does not apply. */
  private versionSource(rule: TagRule): string | undefined {
    if (rule.attrs.value!.length > 0) return this.expr(rule.attrs.value!, rule);
    return TAGS.test(this.context.ref) ? this.context.ref.replace(TAGS, '') : undefined;
  }

  /** `match=` narrows semver/pep440 input to its first group. */
  private narrowed(source: string, rule: TagRule): string {
    const match = rule.attrs.match!;
    if (match.length === 0) return source;
    const found = source.match(regExp(match, rule));
    if (!found) {
      this.env.warn(`${match} does not match ${source}.`);
      return source;
    }
    if (found[1] === undefined) throw new UsageError(`tags: ${formatTagRule(rule)}: match=${match} has no group ( ) to take the version from.`, 'Example: match=v(\\d.\\d.\\d)$');
    return found[1];
  }

  run(rule: TagRule, version: VersionBuilder): void {
    const { context } = this;
    const add = (value: string, auto: boolean) => version.add(this.affix(value, rule), this.latest(auto));
    switch (rule.type) {
      case 'schedule': {
        if (!/schedule/.test(context.eventName)) return;
        add(render(rule.attrs.pattern!, scheduleExpressions(this.env), `tags: ${formatTagRule(rule)}`), false);
        return;
      }
      case 'semver': {
        const source = this.versionSource(rule);
        if (source === undefined) return;
        const raw = this.narrowed(source, rule).replace(/\//g, '-');
        const semver = parseSemver(raw);
        if (!semver) {
          this.env.warn(`${raw} is not a valid semver. More info: https://semver.org/`);
          return;
        }
        // a pre-release only keeps a {{raw}} pattern; anything else falls back to its full version
        const prerelease = isSemverPrerelease(raw);
        const pattern = !prerelease || isRawStatement(rule.attrs.pattern!) ? rule.attrs.pattern! : '{{version}}';
        add(render(pattern, semver, `tags: ${formatTagRule(rule)}`), !prerelease);
        return;
      }
      case 'pep440': {
        const source = this.versionSource(rule);
        if (source === undefined) return;
        const raw = this.narrowed(source, rule).replace(/\//g, '-');
        const pep440 = parsePep440(raw);
        if (!pep440) {
          this.env.warn(`${raw} does not conform to PEP 440. More info: https://www.python.org/dev/peps/pep-0440`);
          return;
        }
        if (isPep440Prerelease(pep440)) {
          add(isRawStatement(rule.attrs.pattern!) ? raw : cleanPep440(raw)!, false);
          return;
        }
        const helpers = {
          raw: () => raw,
          version: () => cleanPep440(raw),
          major: () => pep440Segment(pep440, 0),
          minor: () => pep440Segment(pep440, 1),
          patch: () => pep440Segment(pep440, 2),
        };
        add(render(rule.attrs.pattern!, helpers, `tags: ${formatTagRule(rule)}`), true);
        return;
      }
      case 'match': {
        const source = this.versionSource(rule);
        if (source === undefined) return;
        const { pattern, group } = rule.attrs as { pattern: string; group: string };
        const literal = /^\/(.+)\/(.*)$/.exec(pattern);
        const found = source.match(literal ? regExp(literal[1]!, rule, literal[2]) : regExp(pattern, rule));
        if (!found) {
          this.env.warn(`${pattern} does not match ${source}.`);
          return;
        }
        // the group is read as a property name, so `01` is not group 1 (as in the action)
        const value: unknown = Reflect.get(found, group);
        if (value === undefined) {
          this.env.warn(`Group ${group} does not exist for ${pattern} pattern.`);
          return;
        }
        add(String(value), true);
        return;
      }
      case 'ref': {
        const event = rule.attrs.event;
        if (event === 'branch' && HEADS.test(context.ref)) add(context.ref.replace(HEADS, ''), false);
        if (event === 'tag' && TAGS.test(context.ref)) add(context.ref.replace(TAGS, ''), true);
        if (event === 'pr' && PULLS.test(context.ref)) add(context.ref.replace(PULLS, '').replace(/\/merge$/, ''), false);
        return;
      }
      case 'edge': {
        if (!HEADS.test(context.ref)) return;
        const branch = rule.attrs.branch!.length > 0 ? rule.attrs.branch : context.defaultBranch;
        if (branch !== context.ref.replace(HEADS, '')) return;
        add('edge', false);
        return;
      }
      case 'raw':
        add(this.expr(rule.attrs.value!, rule), false);
        return;
      case 'sha': {
        if (!context.sha) return;
        add(rule.attrs.format === 'short' ? shortSha(context.sha, this.env.shortShaLength) : context.sha, false);
        return;
      }
    }
  }
}

function regExp(source: string, rule: TagRule, flags?: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    throw new UsageError(`tags: ${formatTagRule(rule)}: /${source}/${flags ?? ''} is not a valid regular expression (${(error as Error).message}).`);
  }
}

/** The version and tag names the rules give for one event (rules already sorted by priority). */
export function computeVersion(rules: readonly TagRule[], env: TagEnv): Version {
  const runner = new RuleRunner(env);
  const version = new VersionBuilder();
  for (const rule of rules) {
    if (runner.enabled(rule)) runner.run(rule, version);
  }
  return { main: version.main, partial: [...new Set(version.partial)], latest: version.latest ?? false };
}

/** The tag names (no image): version, the others, then `latest` with the flavor's prefix/suffix if asked. */
export function tagNames(version: Version, flavor: Flavor): string[] {
  if (!version.main) return [];
  const names = [version.main, ...version.partial];
  if (version.latest) {
    names.push(sanitizeTag(`${flavor.prefixLatest ? flavor.prefix : ''}latest${flavor.suffixLatest ? flavor.suffix : ''}`));
  }
  return names;
}
