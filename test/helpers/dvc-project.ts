/**
 * Projects for the DVC-verb tests: a real git repo whose history is a list of commits (each a
 * set of files; `null` deletes one), then optional uncommitted workspace changes.
 */
import { GitRepo } from './git-repo.js';

export type Files = Record<string, string | null>;

function apply(repo: GitRepo, files: Files): void {
  for (const [path, content] of Object.entries(files)) {
    if (content === null) repo.remove(path);
    else repo.write(path, content);
  }
}

/** Call once per test file: returns a factory whose repos are removed after each test. */
export function useProjects(): (history: Files[], workspace?: Files) => GitRepo {
  const repos: GitRepo[] = [];
  afterEach(() => {
    for (const repo of repos.splice(0)) repo.cleanup();
  });
  return (history, workspace = {}) => {
    const repo = GitRepo.create('mlops-dvc-');
    repos.push(repo);
    history.forEach((files, i) => {
      apply(repo, files);
      repo.commit(`commit ${i + 1}`);
    });
    apply(repo, workspace);
    return repo;
  };
}

/** A dvc.yaml with one stage whose `metrics:` are these files (`cache: false`, as DVC writes them). */
export function stageMetricsYaml(...files: string[]): string {
  return ['stages:', '  train:', '    cmd: python train.py', '    metrics:', ...files.map((file) => `      - ${file}:\n          cache: false`)].join('\n') + '\n';
}

/** A dvc.yaml with only a top-level `metrics:` list. */
export function topLevelMetricsYaml(...files: string[]): string {
  return ['metrics:', ...files.map((file) => `  - ${file}`)].join('\n') + '\n';
}

export const lines = (...rows: string[]): string => rows.map((row) => `${row}\n`).join('');

/** Markdown output: the table, then print's newline, then DVC's extra blank line. */
export const markdown = (...rows: string[]): string => `${lines(...rows)}\n`;
