/**
 * metadata-action's `images:` input: one image per line (`ghcr.io/acme/app`), or
 * `name=…,enable=false` to switch one off; a single line may also list several names with commas.
 */
import { UsageError } from '../../errors.js';
import { CsvError, parseFields, readInput } from './csv.js';

export interface ImageName {
  name: string;
  enable: boolean;
}

const EXPECTED = 'ghcr.io/owner/app, or name=ghcr.io/owner/app[,enable=true|false]';

function fieldsOf(entry: string): string[] {
  try {
    return parseFields(entry);
  } catch (error) {
    if (error instanceof CsvError) throw new UsageError(`images: '${entry}' ${error.message}.`, `Expected: ${EXPECTED}`);
    throw error;
  }
}

/** The `images:` input, line by line as written. Names keep their case here; tags lower-case them. */
export function parseImages(lines: readonly string[]): ImageName[] {
  const entries = readInput('images', lines);
  // the old form: one line of comma-separated names, none with `=`
  const only = entries.length === 1 ? fieldsOf(entries[0]!) : undefined;
  if (only && only.every((field) => !field.includes('='))) {
    return only.map((field) => ({ name: field.trim(), enable: true }));
  }
  return entries.map((entry) => {
    const image: ImageName = { name: '', enable: true };
    for (const field of fieldsOf(entry)) {
      const parts = field.split('=').map((part) => part.trim());
      if (parts.length === 1) {
        image.name = parts[0]!;
        continue;
      }
      const key = parts[0]!.toLowerCase();
      const value = parts[1]!;
      if (key === 'name') {
        image.name = value;
      } else if (key === 'enable') {
        if (value !== 'true' && value !== 'false') throw new UsageError(`images: '${entry}' has enable=${value}; it is true or false.`, `Expected: ${EXPECTED}`);
        image.enable = value === 'true';
      } else {
        throw new UsageError(`images: '${entry}' has the unknown key '${key}'.`, `Expected: ${EXPECTED}`);
      }
    }
    if (image.name === '') throw new UsageError(`images: '${entry}' has no image name.`, `Expected: ${EXPECTED}`);
    return image;
  });
}
