/**
 * metadata-action's `flavor:` input: whether to add `latest` (auto: only for tag-like rules,
 * never for pre-releases) and a prefix/suffix for every tag, also on `latest` with `onlatest=true`.
 */
import { UsageError } from '../../errors.js';
import { CsvError, parseFields, readInput } from './csv.js';

export interface Flavor {
  latest: 'auto' | 'true' | 'false';
  /** Used by rules without their own `prefix=`; may hold expressions like `{{branch}}-`. */
  prefix: string;
  /** Put the prefix on `latest` too (`prefix=…,onlatest=true`). */
  prefixLatest: boolean;
  suffix: string;
  suffixLatest: boolean;
}

const EXPECTED = 'latest=auto|true|false, prefix=<text>[,onlatest=true], suffix=<text>[,onlatest=true]';

function refuse(entry: string, problem: string): never {
  throw new UsageError(`flavor: '${entry}' ${problem}.`, `Expected one of: ${EXPECTED}`);
}

/** The `flavor:` input, line by line as written. */
export function parseFlavor(lines: readonly string[]): Flavor {
  const flavor: Flavor = { latest: 'auto', prefix: '', prefixLatest: false, suffix: '', suffixLatest: false };
  for (const entry of readInput('flavor', lines)) {
    let fields: string[];
    try {
      fields = parseFields(entry);
    } catch (error) {
      if (error instanceof CsvError) refuse(entry, error.message);
      throw error;
    }
    // `onlatest=` applies to the prefix or suffix written before it on the same line
    let onLatestFor: 'prefix' | 'suffix' | undefined;
    for (const field of fields) {
      // every `=` splits, so `prefix=a=b` is the prefix `a`, as in metadata-action
      const parts = field.split('=').map((part) => part.trim());
      if (parts.length === 1) refuse(entry, `has '${field}', which is not key=value`);
      const key = parts[0]!.toLowerCase();
      const value = parts[1]!;
      switch (key) {
        case 'latest':
          if (value !== 'auto' && value !== 'true' && value !== 'false') refuse(entry, `has latest=${value}; it is auto, true or false`);
          flavor.latest = value;
          break;
        case 'prefix':
        case 'suffix':
          flavor[key] = value;
          onLatestFor = key;
          break;
        case 'onlatest':
          if (value !== 'true' && value !== 'false') refuse(entry, `has onlatest=${value}; it is true or false`);
          if (onLatestFor === 'prefix') flavor.prefixLatest = value === 'true';
          if (onLatestFor === 'suffix') flavor.suffixLatest = value === 'true';
          break;
        default:
          refuse(entry, `has the unknown key '${key}'`);
      }
    }
  }
  return flavor;
}
