/** The part of @renovate/pep440 (which ships no types) that metadata-action calls. */
declare module '@renovate/pep440' {
  /** `version` when it is a PEP 440 version (no surrounding spaces), else null. */
  export function valid(version: string): string | null;
  /** The normalised form (`1.1beta2` → `1.1b2`), or null. */
  export function clean(version: string): string | null;
  export interface Explained {
    epoch: number;
    release: number[];
    pre: [string, number] | null;
    post: number | null;
    dev: number | null;
    local: string | null;
    public: string;
    base_version: string;
    is_prerelease: boolean;
    is_devrelease: boolean;
    is_postrelease: boolean;
  }
  export function explain(version: string): Explained | null;
  /** Throw a TypeError for a version that is not valid. */
  export function major(version: string): number;
  export function minor(version: string): number;
  export function patch(version: string): number;
}
