/**
 * The action front end: inputs and event → one run → job summary, sticky comment, check run and
 * outputs. Any thrown value fails the step with one message; the token is masked before anything
 * could print it and is only ever sent in the Authorization header.
 */
import * as core from '@actions/core';
import { resolve } from 'node:path';
import { describeError } from '../errors.js';
import { createForge } from '../forge/factory.js';
import { pyJsonDumps } from '../metrics/pyformat.js';
import type { Value } from '../metrics/value.js';
import { readConfigFile } from '../config-file.js';
import { buildRunOptions, CONFIG_FILE } from '../options.js';
import { publish, type PublishResult } from '../publish.js';
import { fitReport, SUMMARY_LIMIT } from '../report/size-guard.js';
import { run, type RunResult } from '../run.js';
import { apiUrls, ciContext, readEventPayload, type EventPayload } from './context.js';
import { readRunInputs } from './inputs.js';
import { ActionsLogger } from './actions-logger.js';
import { dockerCli } from '../image/docker.js';
import { eventContextFromGitHub, type EventPayloadFacts } from '../image/meta/index.js';
import { kubeClientFrom, type IsvcClient } from '../kserve/kube-client.js';

function metricsJson(result: RunResult): string {
  const data: { [key: string]: Value } = {};
  for (const row of result.metrics) {
    const entry: { [key: string]: Value } = { old: row.old, new: row.new };
    if (row.diff !== undefined) entry.diff = row.diff;
    ((data[row.path] ??= {}) as { [key: string]: Value })[row.key] = entry;
  }
  return pyJsonDumps(data);
}

function reportPublication(published: PublishResult): void {
  const { comment, check } = published;
  if (comment.kind === 'created' || comment.kind === 'updated') {
    core.setOutput('comment-id', String(comment.id));
    core.setOutput('comment-url', comment.url);
    core.info(`Report comment ${comment.kind}: ${comment.url} (${comment.apiCalls} API calls${comment.removedDuplicates ? `, ${comment.removedDuplicates} duplicate(s) removed` : ''})`);
  } else if (comment.kind === 'skipped' && comment.reason !== 'no token to publish with') {
    core.info(`No report comment: ${comment.reason}.`);
  }
  if (check.kind === 'created') core.info(`Check run created: ${check.url}`);
  if (published.issue.kind === 'created' || published.issue.kind === 'updated' || published.issue.kind === 'closed') {
    core.info(`Alert issue #${published.issue.number} ${published.issue.kind}: ${published.issue.url}`);
    core.setOutput('alert-issue-url', published.issue.url);
  }
  if (published.webhook.kind === 'sent') core.info('Alert webhook sent.');
  for (const warning of published.warnings) core.warning(warning);
}

/**
 * Promotion happens on a push to the default branch (a merge), or on schedule (GitHub runs
 * scheduled workflows on the default branch; on-improvement decides there), never for a PR.
 */
async function kserveDeps(env: NodeJS.ProcessEnv, payload: EventPayload, kubeconfig: string): Promise<{ client: IsvcClient } | { skip: string }> {
  if (env.GITHUB_EVENT_NAME === 'schedule') return { client: await kubeClientFrom(kubeconfig || undefined) };
  const defaultBranch = (payload as { repository?: { default_branch?: string } }).repository?.default_branch;
  if (env.GITHUB_EVENT_NAME !== 'push' || !defaultBranch || env.GITHUB_REF !== `refs/heads/${defaultBranch}`) {
    return { skip: `promotion runs on a push to the default branch${defaultBranch ? ` (${defaultBranch})` : ''}, not on ${env.GITHUB_EVENT_NAME ?? 'this event'} ${env.GITHUB_REF ?? ''}`.trim() };
  }
  return { client: await kubeClientFrom(kubeconfig || undefined) };
}

export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const token = core.getInput('github-token');
    if (token) core.setSecret(token);
    const inputs = readRunInputs();
    const workingDirectory = resolve(env.GITHUB_WORKSPACE ?? process.cwd(), inputs['working-directory']?.toString() ?? '.');
    const payload = await readEventPayload(env.GITHUB_EVENT_PATH);
    const context = ciContext(env, payload);
    const options = buildRunOptions(
      // actions/checkout leaves `origin` with the job's credentials: the baseline ref goes there.
      { 'base-ref': context.defaultBase, 'baseline-remote': 'origin' },
      await readConfigFile(resolve(workingDirectory, CONFIG_FILE)),
      { ...inputs, 'working-directory': workingDirectory, event: context.event },
    );
    const registryPassword = core.getInput('registry-password');
    if (registryPassword) core.setSecret(registryPassword);
    const logger = new ActionsLogger();
    const image = options.image
      ? {
          meta: eventContextFromGitHub({ eventName: env.GITHUB_EVENT_NAME ?? '', ref: env.GITHUB_REF ?? '', sha: env.GITHUB_SHA ?? '', payload: payload as EventPayloadFacts }),
          now: new Date(),
          docker: dockerCli(env),
          password: registryPassword || undefined,
        }
      : undefined;
    const kubeconfig = core.getInput('kubeconfig');
    if (kubeconfig) core.setSecret(kubeconfig);
    const result = await run(options, { logger, env, image, kserve: options.kserve ? await kserveDeps(env, payload, kubeconfig) : undefined });
    if (result.promotion && result.promotion.kind !== 'skipped') {
      core.setOutput('promoted', String(result.promotion.kind === 'promoted' || result.promotion.kind === 'deployed'));
      core.setOutput('rolled-back', String(result.promotion.kind === 'rolled-back'));
      if ('url' in result.promotion && result.promotion.url) core.setOutput('inference-url', result.promotion.url);
    }
    if (result.image && (result.image.kind === 'pushed' || result.image.kind === 'built')) {
      core.setOutput('image-tags', result.image.tags.join('\n'));
      if (result.image.kind === 'pushed') core.setOutput('image-digest', result.image.digest);
    }
    const gatesPassed = result.gates.every((gate) => gate.passed);
    core.setOutput('report-path', result.reportPath);
    core.setOutput('gates-passed', String(gatesPassed));
    core.setOutput('metrics-json', metricsJson(result));

    if (env.GITHUB_STEP_SUMMARY) {
      const summary = await fitReport(result.reportInput, SUMMARY_LIMIT);
      await core.summary.addRaw(summary.body).write();
    }

    const alertWebhook = core.getInput('alert-webhook');
    if (alertWebhook) core.setSecret(alertWebhook);
    if (!token || !context.repository) core.info(`No report comment, check run or alert issue: ${!token ? 'github-token is empty' : 'GITHUB_REPOSITORY is not set'}.`);
    const forge = token && context.repository ? createForge({ token, repository: context.repository, ...apiUrls(env), onWait: (message) => core.info(message) }) : undefined;
    try {
      const published = await logger.group('publish', () =>
        publish(forge, {
          context,
          report: { ...result.reportInput, fullReportUrl: context.runUrl },
          comment: options.comment,
          gates: result.gates,
          gatesPassed,
          alertIssue: context.event === 'schedule',
          alertWebhook: alertWebhook || undefined,
        }),
      );
      reportPublication(published);
    } catch (error) {
      // GitHub down past the retries, or a bad token: loud, but the model's verdict stands.
      core.warning(`Could not publish the report to GitHub: ${describeError(error)}. The report is in the job summary.`);
    }

    if (result.outcome.kind === 'gates-failed') core.setFailed(`Gates failed:\n${result.outcome.failures.join('\n')}`);
    else if (result.outcome.kind !== 'passed') core.setFailed(result.outcome.reason);
  } catch (error) {
    core.setFailed(describeError(error));
  }
}
