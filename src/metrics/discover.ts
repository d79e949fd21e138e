/**
 * Where the project is and which dvc.yaml files it holds at one revision, as DVC's
 * `collect_files` (dvc/repo/index.py) finds them: every `dvc.yaml` below the root, in walk
 * order, skipping what .dvcignore ignores, `.git`/`.dvc` folders, folders that are DVC
 * repositories of their own and, in the workspace, what git ignores. Commits are read from git's
 * tree (`git ls-tree`), never checked out.
 */
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { dirname, join, posix, relative, sep } from 'node:path';
import { MlopsError } from '../errors.js';
import { readPlainFile } from '../fs/plain-file.js';
import { listFilesAt, listWorkTreeFiles, readFileAt, workTreeRoot } from '../git.js';
import { DEFAULT_IGNORE_RULES, isIgnored, parseDvcIgnore, type IgnoreRule } from './dvcignore.js';
import type { Revision } from './load.js';

export const DVC_YAML = 'dvc.yaml';
const DVC_DIR = '.dvc';
const DVCIGNORE = '.dvcignore';

export interface Project {
  /** DVC's root: the nearest folder up from the command's folder that holds `.dvc/`, else that folder itself. */
  root: string;
  /** The command's folder relative to the root, with `/`; '' when it is the root. */
  cwdFromRoot: string;
  inGit: boolean;
  /** The top folder of the git work tree the command runs in (links resolved); undefined outside git. */
  workTree?: string;
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
}

/**
 * DVC's `Repo.find_root`, searching no higher than the git work tree. Without a `.dvc` folder DVC
 * would not run at all; we treat the command's folder as the project, as before dvc.yaml
 * discovery, so a CI job pointed at one project folder reads that project.
 */
export async function findProject(cwd: string): Promise<Project> {
  // git prints the top folder with links resolved; compare like with like
  const here = await realpath(cwd).catch(() => undefined);
  if (here === undefined) return { root: cwd, cwdFromRoot: '', inGit: false }; // no such folder: nothing to find
  const top = await workTreeRoot(here);
  for (let dir = here; ; dir = dirname(dir)) {
    if (await isDirectory(join(dir, DVC_DIR))) return { root: dir, cwdFromRoot: relative(dir, here).split(sep).join('/'), inGit: top !== undefined, workTree: top };
    if (dir === top || dirname(dir) === dir) break;
  }
  return { root: here, cwdFromRoot: '', inGit: top !== undefined, workTree: top };
}

/** A root-relative path as DVC prints it: relative to the command's folder (`os.path.relpath`). */
export function fromCwd(project: Project, path: string): string {
  if (path.startsWith('../')) return posix.normalize(posix.join(posix.relative(`/${project.cwdFromRoot}`, '/') || '.', path));
  return posix.relative(`/${project.cwdFromRoot}`, `/${path}`) || '.';
}

/**
 * Every file below `root` without git (DVC walks the file system then), not following links.
 * A `.dvc` folder is listed as `<folder>/.dvc/` rather than walked: it marks a repository, and
 * its cache can hold thousands of files.
 */
async function walkFiles(root: string, folder = ''): Promise<string[]> {
  const entries: Dirent[] = await readdir(join(root, folder), { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const path = folder ? `${folder}/${entry.name}` : entry.name;
    if (entry.name === DVC_DIR && entry.isDirectory()) files.push(`${path}/`);
    else if (entry.isDirectory()) {
      if (entry.name !== '.git' && entry.name !== '.hg') files.push(...(await walkFiles(root, path)));
    } else files.push(path);
  }
  return files;
}

function listFiles(revision: Revision, project: Project): Promise<string[]> {
  if (revision.commit !== undefined) return listFilesAt(project.root, revision.commit);
  return project.inGit ? listWorkTreeFiles(project.root) : walkFiles(project.root);
}

/** A .dvcignore is a few lines: a bigger one is a mistake, not read. */
const MAX_IGNORE_BYTES = 1 << 20;

async function readText(revision: Revision, project: Project, path: string): Promise<string | undefined> {
  if (revision.commit !== undefined) return readFileAt(project.root, revision.commit, path, MAX_IGNORE_BYTES);
  const file = await readPlainFile(join(project.root, path), MAX_IGNORE_BYTES);
  if (file.kind === 'refused') throw new MlopsError(`${path}: ${file.reason}.`);
  return file.kind === 'read' ? file.bytes.toString('utf8') : undefined;
}

/** Folders (other than the root) holding a `.dvc` folder: DVC skips them as repositories of their own. */
function subrepos(files: readonly string[]): string[] {
  const found = new Set<string>();
  for (const file of files) {
    const parts = file.split('/');
    const at = parts.indexOf(DVC_DIR);
    if (at > 0 && at < parts.length - 1) found.add(parts.slice(0, at).join('/'));
  }
  return [...found];
}

const folderOf = (path: string): string => posix.dirname(path).replace(/^\.$/, '');
const depth = (path: string): number => path.split('/').length;

/** os.walk's top-down order: a folder's own dvc.yaml before those of the folders in it, folders by name. */
function walkOrder(a: string, b: string): number {
  const x = folderOf(a) ? folderOf(a).split('/') : [];
  const y = folderOf(b) ? folderOf(b).split('/') : [];
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return x.length - y.length;
}

/** The rules of every .dvcignore that is itself read (not in an ignored folder or a subrepo), parents first. */
async function ignoreRules(revision: Revision, project: Project, files: readonly string[], skipped: (path: string) => boolean): Promise<IgnoreRule[]> {
  const rules = [...DEFAULT_IGNORE_RULES];
  const sources = files.filter((file) => posix.basename(file) === DVCIGNORE).sort((a, b) => depth(a) - depth(b));
  for (const source of sources) {
    if (skipped(source) || isIgnored(rules, source)) continue;
    const text = await readText(revision, project, source);
    if (text !== undefined) rules.push(...parseDvcIgnore(folderOf(source), text));
  }
  return rules;
}

/** The dvc.yaml files of the project at a revision, relative to its root, in the order DVC collects them. */
export async function dvcYamlFiles(revision: Revision, project: Project): Promise<string[]> {
  const files = await listFiles(revision, project);
  const repos = subrepos(files);
  const inSubrepo = (path: string): boolean => repos.some((repo) => path.startsWith(`${repo}/`));
  const rules = await ignoreRules(revision, project, files, inSubrepo);
  const found = files.filter((file) => posix.basename(file) === DVC_YAML && !inSubrepo(file) && !isIgnored(rules, file));
  // a file in a merge conflict is listed once per stage
  return [...new Set(found)].sort(walkOrder);
}
