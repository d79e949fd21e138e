/** Real git repositories in temp dirs, with real commits: what the metrics engine reads. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export class GitRepo {
  readonly dir: string;

  private constructor(dir: string) {
    this.dir = dir;
  }

  static create(prefix = 'mlops-repo-'): GitRepo {
    const repo = new GitRepo(mkdtempSync(join(tmpdir(), prefix)));
    repo.git('init', '-q', '-b', 'main');
    repo.git('config', 'user.email', 'test@example.com');
    repo.git('config', 'user.name', 'Test');
    repo.git('config', 'commit.gpgsign', 'false');
    return repo;
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }

  write(path: string, content: string | Buffer): this {
    const full = join(this.dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
    return this;
  }

  remove(path: string): this {
    rmSync(join(this.dir, path), { force: true, recursive: true });
    return this;
  }

  /** Stage everything and commit; returns the new commit's sha. */
  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD').trim();
  }

  /** Write the files, then commit them. */
  commitFiles(message: string, files: Record<string, string>): string {
    for (const [path, content] of Object.entries(files)) this.write(path, content);
    return this.commit(message);
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
