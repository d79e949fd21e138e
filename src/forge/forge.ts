/**
 * What the core needs from a code-hosting platform, declared once. GitHub implements it today
 * (./github.ts); GitLab or Gitea would implement the same interface. Chosen once, at the edge.
 */

/** Where a sticky report comment lives. */
export type CommentTarget = { kind: 'pr'; number: number } | { kind: 'issue'; number: number } | { kind: 'commit'; sha: string };

export type CommentOutcome =
  | { kind: 'created' | 'updated'; id: number; url: string; apiCalls: number; removedDuplicates: number }
  /** The token may not write there (a fork's pull request, read-only permissions). */
  | { kind: 'forbidden'; permission: string; message: string }
  /** The pull request, issue or commit is gone. */
  | { kind: 'not-found'; message: string }
  /** The body was refused as too long even after shrinking. */
  | { kind: 'too-long'; message: string };

export interface CheckRunInput {
  name: string;
  headSha: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  text?: string;
}

export type CheckRunOutcome =
  | { kind: 'created'; id: number; url: string }
  | { kind: 'forbidden'; permission: string; message: string }
  /** Left to the CI to publish with its own credentials (Jenkins' Checks API plugin). */
  | { kind: 'delegated'; to: string };

export type IssueOutcome =
  | { kind: 'created' | 'updated' | 'closed'; number: number; url: string }
  | { kind: 'none' }
  | { kind: 'forbidden'; permission: string; message: string };

export interface Forge {
  /** Open the one alert issue carrying `marker` (or update its body if it is open already). */
  upsertAlertIssue(marker: string, title: string, body: string, labels: string[]): Promise<IssueOutcome>;
  /** Close the open alert issue carrying `marker`, with a comment saying why; `none` if there is none. */
  closeAlertIssue(marker: string, comment: string): Promise<IssueOutcome>;
  /** Create or update the one comment carrying `marker` by this token's author; never a second one. */
  upsertComment(target: CommentTarget, marker: string, body: string): Promise<CommentOutcome>;
  createCheckRun(check: CheckRunInput): Promise<CheckRunOutcome>;
  /** The open pull requests whose head is `sha` (CML finds a push's pull request so); [] when the forge cannot say. */
  openPullRequestsFor?(sha: string): Promise<number[]>;
}

/** Where a target is, in words, for messages. */
export function describeTarget(target: CommentTarget): string {
  switch (target.kind) {
    case 'pr':
      return `pull request #${target.number}`;
    case 'issue':
      return `issue #${target.number}`;
    case 'commit':
      return `commit ${target.sha.slice(0, 7)}`;
  }
}
