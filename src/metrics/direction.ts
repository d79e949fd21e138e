/**
 * Whether a metric is better higher or lower, guessed from its name (the last dotted segment,
 * split at `_`/`-`), unless the user said so. A wrong guess is worse than none, so names that
 * match neither list have no direction and are never called better or worse.
 */
import { UsageError } from '../errors.js';

export type Direction = 'higher' | 'lower';

const LOWER = new Set(['loss', 'error', 'err', 'rmse', 'mae', 'mse', 'mape', 'smape', 'rmsle', 'msle', 'logloss', 'wer', 'cer', 'perplexity', 'ppl', 'latency', 'brier', 'fpr', 'fnr']);
const HIGHER = new Set(['acc', 'accuracy', 'auc', 'roc', 'f1', 'f2', 'precision', 'recall', 'r2', 'map', 'ndcg', 'bleu', 'rouge', 'iou', 'dice', 'tpr', 'tnr', 'specificity', 'sensitivity', 'mcc', 'kappa', 'throughput']);

/** Overrides from the user, keyed by metric name (`r2`, `train.loss` or `metrics.json:r2`). */
export type DirectionOverrides = ReadonlyMap<string, Direction>;

/** The last dotted segment: the metric's own name. */
const leafOf = (key: string): string => key.slice(key.lastIndexOf('.') + 1);

export function guessDirection(key: string): Direction | undefined {
  const name = leafOf(key);
  const words = name.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  // The last word that names a known metric decides: `val_loss` → lower, `loss_auc` → higher.
  for (const word of [...words].reverse()) {
    if (LOWER.has(word)) return 'lower';
    if (HIGHER.has(word)) return 'higher';
  }
  return undefined;
}

/**
 * An override (by `path:key`, key or name) or the guess from the name. `guesses` remembers the
 * guess per name for a caller that asks for many keys (a 100k-key diff has a few hundred names).
 */
export function directionOf(path: string, key: string, overrides: DirectionOverrides, guesses?: Map<string, Direction | undefined>): Direction | undefined {
  const leaf = leafOf(key);
  const overridden = overrides.size === 0 ? undefined : (overrides.get(`${path}:${key}`) ?? overrides.get(key) ?? overrides.get(leaf));
  if (overridden) return overridden;
  if (!guesses) return guessDirection(leaf);
  if (!guesses.has(leaf)) guesses.set(leaf, guessDirection(leaf));
  return guesses.get(leaf);
}

/** `name=higher` / `name=lower` entries (from flags, action inputs or mlops.yaml). */
export function parseDirections(entries: readonly string[]): Map<string, Direction> {
  const result = new Map<string, Direction>();
  for (const entry of entries) {
    const match = /^\s*(.+?)\s*[=:]\s*(higher|lower)\s*$/i.exec(entry);
    if (!match) {
      throw new UsageError(`direction: '${entry}' is not of the form name=higher or name=lower.`, 'Example: --direction val_loss=lower');
    }
    result.set(match[1]!, match[2]!.toLowerCase() as Direction);
  }
  return result;
}
