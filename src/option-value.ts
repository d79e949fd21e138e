/**
 * One option's text from a raw value (an input, a mlops.yaml key, a flag): trimmed, empty as
 * unset, and a list of more than one an error naming the key. Shared by every option parser.
 */
import { OptionError } from './errors.js';

export function singleValue(key: string, value: string | readonly string[] | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    if (value.length > 1) throw new OptionError(key, `give one value, not ${value.length}.`);
    return singleValue(key, value[0]);
  }
  const text = value.trim();
  return text === '' ? undefined : text;
}
