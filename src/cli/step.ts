/**
 * `mlops step <name>`: what the Jenkins library's runner calls. Options come as JSON in
 * MLOPS_OPTIONS (action input names as keys), the context from Jenkins' own variables, secrets
 * from the variables `withCredentials` binds (GITHUB_TOKEN, MLOPS_REGISTRY_USERNAME/PASSWORD,
 * MLOPS_KUBECONFIG_FILE). A failure's message also goes to MLOPS_ERROR_FILE (see program.ts).
 */
import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { apiUrls } from '../action/context.js';
import { MlopsError, UsageError } from '../errors.js';
import { headRefs } from '../git.js';
import { dockerCli } from '../image/docker.js';
import { workspaceRows } from '../image/head-metrics.js';
import type { MetaEventContext } from '../image/meta/index.js';
import { kubeClientFrom } from '../kserve/kube-client.js';
import { describePromotion } from '../kserve/promote.js';
import { rollOut } from '../kserve/rollout.js';
import { metricsDiff, paramsDiff } from '../metrics/dvc-verbs.js';
import { readConfigFile } from '../config-file.js';
import { buildRunOptions, CONFIG_FILE, RAW_KEYS, type RawKey, type RawOptions, type RunOptions } from '../options.js';
import { publish } from '../publish.js';
import { run, type RunResult } from '../run.js';
import { describeTraining, runTraining } from '../train/run-command.js';
import type { ConsoleLogger } from './console-logger.js';
import { jenkinsContext } from './jenkins-context.js';
import type { CliIo } from './program.js';

export const STEPS = ['train', 'metricsDiff', 'report', 'dockerBuild', 'promote', 'pipeline'] as const;

/** MLOPS_OPTIONS: `{"train-command": "…", "gates": ["…"], "canary-percent": 10}`. */
export function parseOptionsJson(text: string | undefined): RawOptions {
  if (!text || !text.trim()) return {};
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`MLOPS_OPTIONS is not JSON: ${error instanceof Error ? error.message : String(error)}.`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new UsageError('MLOPS_OPTIONS must be a JSON object of option names to values.');
  const raw: RawOptions = {};
  for (const [key, value] of Object.entries(data)) {
    if (!(RAW_KEYS as readonly string[]).includes(key)) throw new UsageError(`MLOPS_OPTIONS: unknown option '${key}'.`, `Known options: ${RAW_KEYS.join(', ')}.`);
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) raw[key as RawKey] = value.map(String);
    else if (typeof value === 'object') throw new UsageError(`MLOPS_OPTIONS: '${key}' must be text, a number, true/false or a list.`);
    else raw[key as RawKey] = String(value);
  }
  return raw;
}

/** What metadata-action would see for this Jenkins build. */
async function jenkinsMeta(env: NodeJS.ProcessEnv, cwd: string): Promise<MetaEventContext> {
  const local = await headRefs(cwd);
  const sha = env.GIT_COMMIT || local.sha;
  if (env.TAG_NAME) return { eventName: 'push', ref: `refs/tags/${env.TAG_NAME}`, sha, defaultBranch: local.defaultBranch };
  if (env.CHANGE_ID) return { eventName: 'pull_request', ref: `refs/pull/${env.CHANGE_ID}/merge`, sha, baseRef: env.CHANGE_TARGET, defaultBranch: local.defaultBranch };
  if (env.BRANCH_NAME) return { eventName: 'push', ref: `refs/heads/${env.BRANCH_NAME}`, sha, defaultBranch: local.defaultBranch };
  return { eventName: 'push', ref: local.ref, sha, defaultBranch: local.defaultBranch };
}

export function addStepCommand(program: Command, io: CliIo, cwdOf: () => string, logger: () => ConsoleLogger): void {
  program
    .command('step')
    .description(`run one Jenkins library step (${STEPS.join(', ')}); options as JSON in MLOPS_OPTIONS`)
    .argument('<name>', 'the step')
    .action(async (name: string) => {
      if (!(STEPS as readonly string[]).includes(name)) throw new UsageError(`step: '${name}' is not a step.`, `Steps: ${STEPS.join(', ')}.`);
      const env = io.env;
      const context = jenkinsContext(env);
      const raw = parseOptionsJson(env.MLOPS_OPTIONS);
      const workingDirectory = resolve(cwdOf(), typeof raw['working-directory'] === 'string' ? raw['working-directory'] : '.');
      const options = buildRunOptions(
        // the baseline ref travels with the repository: pushed to and fetched from origin (a failed push is a warning)
        { 'base-ref': context.defaultBase, 'registry-username': env.MLOPS_REGISTRY_USERNAME, 'baseline-remote': 'origin' },
        await readConfigFile(resolve(workingDirectory, CONFIG_FILE)),
        { ...raw, 'working-directory': workingDirectory, event: context.event },
      );
      const kubeconfig = env.MLOPS_KUBECONFIG_FILE ? await readFile(env.MLOPS_KUBECONFIG_FILE, 'utf8') : env.MLOPS_KUBECONFIG;
      const log = logger();

      const publishResult = async (result: RunResult): Promise<void> => {
        if (!env.GITHUB_TOKEN || !context.repository) {
          log.info(`No GitHub comment: ${!env.GITHUB_TOKEN ? 'no githubTokenCredentialsId was given' : 'the repository is not on GitHub (GIT_URL)'}; the report is archived with the build.`);
        }
        const { createForge } = await import('../forge/factory.js');
        const forge =
          env.GITHUB_TOKEN && context.repository
            ? createForge({ token: env.GITHUB_TOKEN, repository: context.repository, ...apiUrls({ GITHUB_API_URL: context.apiUrl, GITHUB_GRAPHQL_URL: env.GITHUB_GRAPHQL_URL }), onWait: (message) => log.info(message) })
            : undefined;
        const published = await publish(forge, {
          context, report: { ...result.reportInput, fullReportUrl: context.runUrl }, comment: options.comment, gates: result.gates,
          gatesPassed: result.gates.every((gate) => gate.passed), alertIssue: context.event === 'schedule', alertWebhook: env.MLOPS_ALERT_WEBHOOK || undefined,
        });
        if (published.issue.kind === 'created' || published.issue.kind === 'updated' || published.issue.kind === 'closed') log.info(`Alert issue #${published.issue.number} ${published.issue.kind}: ${published.issue.url}`);
        if (published.comment.kind === 'created' || published.comment.kind === 'updated') log.info(`Report comment ${published.comment.kind}: ${published.comment.url}`);
        for (const warning of published.warnings) log.warning(warning);
      };
      const failOn = (result: RunResult): void => {
        if (result.outcome.kind === 'passed') return;
        throw new MlopsError(result.outcome.kind === 'gates-failed' ? `Gates failed:\n${result.outcome.failures.join('\n')}` : result.outcome.reason);
      };
      // Promotion only from the default branch: MLOPS_DEFAULT_BRANCH, else what origin/HEAD names.
      const kserveAllowed = async (): Promise<{ skip: string } | undefined> => {
        if (context.event === 'schedule') return undefined; // on-improvement decides for nightly builds
        if (context.event !== 'push') return { skip: `promotion runs for a build of the default branch, not a ${context.event} build` };
        const defaultBranch = env.MLOPS_DEFAULT_BRANCH || (await headRefs(workingDirectory).catch(() => undefined))?.defaultBranch;
        if (!defaultBranch) return { skip: 'the default branch is not known here: set MLOPS_DEFAULT_BRANCH (the defaultBranch option of the step)' };
        if (env.BRANCH_NAME !== defaultBranch) return { skip: `promotion runs on ${defaultBranch}, not on ${env.BRANCH_NAME ?? 'this build'}` };
        return undefined;
      };

      switch (name) {
        case 'train': {
          if (!options.trainCommand) throw new UsageError('mlopsTrain: trainCommand is required.');
          const result = await log.group('train', () =>
            runTraining({ command: options.trainCommand!, cwd: workingDirectory, timeoutSeconds: options.trainTimeout, env, onOutput: (chunk, stream) => log.output(chunk, stream) }),
          );
          if (result.kind !== 'succeeded') throw new MlopsError(describeTraining(result));
          io.stdout(`${describeTraining(result)}\n`);
          return;
        }
        case 'metricsDiff': {
          const input = { cwd: workingDirectory, aRev: options.baseRef, bRev: 'workspace', targets: options.metrics, row: options.csvRow, precision: options.precision };
          for (const output of [await metricsDiff(input), await paramsDiff({ ...input, targets: options.params })]) {
            for (const warning of output.warnings) io.stderr(`WARNING: ${warning}\n`);
            io.stdout(output.stdout);
          }
          return;
        }
        case 'report':
        case 'pipeline': {
          const runOptions: RunOptions = name === 'report' ? { ...options, trainCommand: undefined, image: undefined, kserve: undefined } : options;
          const skip = runOptions.kserve ? await kserveAllowed() : undefined;
          const result = await run(runOptions, {
            logger: log,
            env,
            image: runOptions.image ? { meta: await jenkinsMeta(env, workingDirectory), now: new Date(), docker: dockerCli(env), password: env.MLOPS_REGISTRY_PASSWORD } : undefined,
            kserve: runOptions.kserve ? (skip ?? { client: await kubeClientFrom(kubeconfig) }) : undefined,
          });
          io.stdout(`Report: ${result.reportPath}\n`);
          await publishResult(result);
          failOn(result);
          return;
        }
        case 'dockerBuild': {
          if (!options.image) throw new UsageError('mlopsDockerBuild: image is required.');
          const rows = await workspaceRows(workingDirectory);
          const { runImageStage } = await import('../image/stage.js');
          const result = await runImageStage({
            options: { ...options.image, context: resolve(workingDirectory, options.image.context), dockerfile: options.image.dockerfile ? resolve(workingDirectory, options.image.dockerfile) : undefined },
            meta: await jenkinsMeta(env, workingDirectory), now: new Date(), ...rows, gatesPassed: undefined,
            password: env.MLOPS_REGISTRY_PASSWORD, docker: dockerCli(env), logger: log,
          });
          if (result.kind === 'failed') throw new MlopsError(result.reason);
          if (result.kind === 'skipped') throw new MlopsError(`nothing built: ${result.reason}.`);
          io.stdout(result.kind === 'pushed' ? `Pushed ${result.digest}: ${result.tags.join(', ')}\n` : `Built ${result.imageId}: ${result.tags.join(', ')}\n`);
          return;
        }
        case 'promote': {
          const kserve = options.kserve;
          if (!kserve) throw new UsageError('mlopsPromote: kserveName is required.');
          const servingImage = typeof raw.image === 'string' ? raw.image : undefined;
          const outcome = await rollOut(kserve, { cwd: workingDirectory, client: await kubeClientFrom(kubeconfig), logger: log, image: servingImage });
          const line = describePromotion(outcome, `${kserve.namespace}/${kserve.name}`);
          if (outcome.kind !== 'promoted' && outcome.kind !== 'deployed') throw new MlopsError(line);
          io.stdout(`${line}\n`);
        }
      }
    });
}
