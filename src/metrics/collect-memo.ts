/**
 * What several reads at the same revisions would each look up: a revision's commit, the project,
 * the dvc.yaml files at a revision and what they declare. One run's metrics, params and plots
 * share one (made after training, so nothing it remembers can change underneath); each git
 * question is then asked once.
 */
import { resolveRevision } from './collect.js';
import { dvcYamlFiles, findProject, type Project } from './discover.js';
import type { Revision } from './load.js';
import { findTargets, type Targets } from './targets.js';

export class CollectMemo {
  private readonly revisions = new Map<string, Promise<Revision>>();
  private readonly targets = new Map<string, Promise<Targets>>();
  private readonly projects = new Map<string, Promise<Project>>();
  private readonly listed = new Map<string, Promise<string[]>>();

  project(cwd: string): Promise<Project> {
    return remembered(this.projects, cwd, () => findProject(cwd));
  }

  revision(cwd: string, name: string): Promise<Revision> {
    return remembered(this.revisions, `${cwd}\0${name}`, () => resolveRevision(cwd, name));
  }

  /** The project's dvc.yaml files at a revision (a `git ls-tree` or `ls-files` and the .dvcignore files). */
  dvcYamlFiles(revision: Revision, project: Project): Promise<string[]> {
    return remembered(this.listed, `${project.root}\0${revision.commit ?? ''}`, () => dvcYamlFiles(revision, project));
  }

  targetsAt(revision: Revision, cwd: string, explicit: readonly string[] | undefined): Promise<Targets> {
    const key = [cwd, revision.commit ?? '', ...(explicit ?? [])].join('\0');
    return remembered(this.targets, key, () => findTargets(revision, { cwd }, explicit, this));
  }
}

function remembered<T>(cache: Map<string, Promise<T>>, key: string, compute: () => Promise<T>): Promise<T> {
  let found = cache.get(key);
  if (!found) cache.set(key, (found = compute()));
  return found;
}
