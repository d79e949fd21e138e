import groovy.transform.Field
import mlops.Options
import mlops.Report

/*
 * The one runner under every mlops step, in the shape of SAP Piper's piperExecuteBin: each step
 * only names itself and the credentials it binds; the work is the bundled CLI's
 * (`node cli/index.js step <step>`), the same code the GitHub Action runs.
 *
 * - The CLI comes from this library's resources (written by `npm run bundle`), so it is pinned
 *   to the library version the build loaded: no download, no npm install, only Node.js >= 22.
 * - Options travel as JSON in MLOPS_OPTIONS, secrets only through withCredentials, and the sh
 *   command line is a constant: nothing is interpolated into it, so no secret can end up there.
 * - The CLI writes its failure message to MLOPS_ERROR_FILE; the runner raises it as one error(),
 *   or, for failed gates with gateFailure: 'UNSTABLE', marks the build unstable as quality-gate
 *   plugins do (`unstable`), from the outcome the CLI writes to MLOPS_RESULT_FILE.
 * - With the Checks API plugin installed (its publishChecks step answers), the gates' check run
 *   is published through it, with the job's GitHub App credentials (a personal token cannot
 *   create check runs); without it, or with publishChecks: false, the CLI creates it with the
 *   token, as before.
 * - nodejsInstallation: the CLI runs inside the NodeJS plugin's nodejs(...) block.
 */

@Field static final List<String> STEPS = ['train', 'metricsDiff', 'report', 'dockerBuild', 'promote', 'pipeline']
/** Steps after which the markdown report exists: it is archived and its verdict shown with the build. */
@Field static final List<String> REPORTING_STEPS = ['report', 'pipeline']
@Field static final String TIMER_CAUSE = 'hudson.triggers.TimerTrigger$TimerTriggerCause'
/** The check run's name, as the CLI names it (src/publish.ts CHECK_NAME), for the in-progress mark. */
@Field static final String CHECK_NAME = 'mlops: gates'

/**
 * args.step: one of STEPS. args.options: the step's Map config (camelCase keys, credential ids
 * included). args.credentials: what the step binds, e.g.
 * [id: 'githubTokenCredentialsId', type: 'string', variable: 'GITHUB_TOKEN'], or for `id=credentialsId`
 * lines [id: 'imageSecretsCredentialsIds', type: 'strings', variablePrefix: 'MLOPS_IMAGE_SECRET_', option: 'imageSecretEnvs']:
 * each line's "Secret text" bound to <prefix><n>, and `id=<prefix><n>` added to that option, so the
 * CLI reads the value from its environment, never from MLOPS_OPTIONS or the command line.
 */
void call(Map args) {
    String step = args.step
    if (!(step in STEPS)) error("mlopsExecute: step '${step}' is not one of ${STEPS.join(', ')}.")
    String stepName = 'mlops' + step.capitalize()
    Map options = args.options ?: [:]
    List<Map> credentials = args.credentials ?: []

    List<String> problems = Options.problems(options, credentialKeys(credentials))
    boolean reporting = step in REPORTING_STEPS
    ['gateFailure', 'publishChecks'].each { String key ->
        if (Options.get(options, key) != null && !reporting) problems << "${key}: ${stepName} checks no gates (mlopsReport and mlopsPipeline do)."
    }
    if (problems) error("${stepName}: ${problems.join(' ')}")
    // sh, and the POSIX paths below: a Windows agent would fail later and less clearly.
    if (!isUnix()) error("${stepName}: the mlops steps run on Linux or macOS agents (node through sh); this agent is Windows.")
    String report = reporting ? reportPath(stepName, options) : null

    String cli = writeCli()
    // Names of their own per run: a file left by an earlier failure can never be mistaken for this one's.
    String run = UUID.randomUUID().toString()
    String errorFile = "${cli}/error-${run}.txt"
    String resultFile = reporting ? "${cli}/result-${run}.json" : null
    List<String> environment = [
        "MLOPS_CLI=${cli}/cli/index.js",
        "MLOPS_STEP=${step}",
        "MLOPS_OPTIONS=${Options.toJson(withBoundLines(options, credentials))}",
        "MLOPS_ERROR_FILE=${errorFile}",
    ]
    // Pull requests and branch pushes the CLI tells apart from CHANGE_ID / BRANCH_NAME; only the
    // build cause says that cron started the build.
    if (currentBuild.getBuildCauses(TIMER_CAUSE)) environment << 'MLOPS_EVENT=schedule'
    // publishChecks: false keeps today's path where the plugin is there without a GitHub publisher.
    boolean checks = reporting && Options.get(options, 'publishChecks') != false && startCheck(stepName)
    if (resultFile) environment << "MLOPS_RESULT_FILE=${resultFile}"
    if (checks) environment << 'MLOPS_CHECKS=publishChecks'

    int status = runCli(stepName, bindings(options, credentials), environment, Options.get(options, 'nodejsInstallation') as String)
    Map result = resultFile && fileExists(resultFile) ? Report.stepResult(readFile(resultFile)) : [:]
    // A failed gate still leaves a report behind: archive it before failing the build.
    if (report) archiveReport(stepName, report, status == 0)
    if (checks) finishCheck(step, status, result)
    if (status == 0) return
    String message = failureMessage(step, status, errorFile)
    if (result.outcome == 'gates-failed' && Options.get(options, 'gateFailure') == 'UNSTABLE') {
        // The build goes on, marked as quality-gate plugins mark it; the report and check say why.
        unstable(message)
        return
    }
    error(message)
}

private int runCli(String stepName, List bindings, List<String> environment, String nodejsInstallation) {
    int status = 0
    Closure cli = {
        withEnv(environment) {
            // Constant, single-quoted: the shell expands the variables, Groovy interpolates nothing.
            status = sh(script: 'node "$MLOPS_CLI" step "$MLOPS_STEP"', returnStatus: true)
        }
    }
    Closure withSecrets = bindings ? { withCredentials(bindings, cli) } : cli
    if (!nodejsInstallation) {
        withSecrets.call()
        return status
    }
    try {
        // The NodeJS plugin puts that installation's node first on PATH for the block.
        nodejs(nodeJSInstallationName: nodejsInstallation, withSecrets)
    } catch (NoSuchMethodError ignored) {
        error("${stepName}: nodejsInstallation needs the NodeJS plugin, whose nodejs step this Jenkins does not have; install it, or put node on the agent's PATH and drop nodejsInstallation.")
    }
    return status
}

/**
 * Whether the Checks API plugin is installed, found the way a pipeline can (its step answers or
 * is no such DSL method); when it is, the check run shows as in progress while the CLI runs.
 */
private boolean startCheck(String stepName) {
    try {
        publishChecks(name: CHECK_NAME, status: 'IN_PROGRESS', title: "${stepName} is running", summary: 'The gates are checked when the training and the metrics are done.', detailsURL: env.BUILD_URL ?: '')
        return true
    } catch (NoSuchMethodError ignored) {
        return false
    }
}

/** The check run completed: the CLI's own check (name, conclusion, text) when the gates ran, else what happened instead. */
private void finishCheck(String step, int status, Map result) {
    Map check = result.check instanceof Map ? result.check : null
    if (check) {
        publishChecks(name: check.name, status: 'COMPLETED', conclusion: (check.conclusion as String).toUpperCase(), title: check.title, summary: check.summary, detailsURL: env.BUILD_URL ?: '')
    } else if (status == 0) {
        publishChecks(name: CHECK_NAME, status: 'COMPLETED', conclusion: 'NEUTRAL', title: 'No gates were checked', summary: 'No gates are set (the gates option, or gates: in mlops.yaml).', detailsURL: env.BUILD_URL ?: '')
    } else {
        publishChecks(name: CHECK_NAME, status: 'COMPLETED', conclusion: 'FAILURE', title: "mlops ${step} failed before the gates", summary: 'The build log says why.', detailsURL: env.BUILD_URL ?: '')
    }
}

private List<String> credentialKeys(List<Map> credentials) {
    List<String> keys = []
    for (Map credential in credentials) keys << (credential.id as String)
    return keys
}

/** The variable of line `index` of a `strings` credential: a name of its own, whatever the id says. */
private String boundVariable(Map credential, int index) {
    return "${credential.variablePrefix}${index + 1}"
}

/** The config with, for each `strings` credential, `id=<variable>` lines added to the option it feeds. */
private Map withBoundLines(Map options, List<Map> credentials) {
    Map result = options
    for (Map credential in credentials) {
        if (credential.type != 'strings' || options[credential.id] == null) continue
        List<String> lines = []
        Options.credentialLines(options[credential.id]).eachWithIndex { List<String> pair, int index -> lines << "${pair[0]}=${boundVariable(credential, index)}".toString() }
        result = Options.withLines(result, credential.option as String, lines)
    }
    return result
}

/** withCredentials bindings for the credential ids the config sets. */
private List bindings(Map options, List<Map> credentials) {
    List result = []
    for (Map credential in credentials) {
        if (credential.type == 'strings') {
            Options.credentialLines(options[credential.id]).eachWithIndex { List<String> pair, int index ->
                result << string(credentialsId: pair[1], variable: boundVariable(credential, index))
            }
            continue
        }
        String id = options[credential.id]
        if (!id) continue
        switch (credential.type) {
            case 'string':
                result << string(credentialsId: id, variable: credential.variable)
                break
            case 'usernamePassword':
                result << usernamePassword(credentialsId: id, usernameVariable: credential.usernameVariable, passwordVariable: credential.passwordVariable)
                break
            case 'file':
                result << file(credentialsId: id, variable: credential.variable)
                break
            default:
                error("mlopsExecute: credential type '${credential.type}' of ${credential.id} is not string, strings, usernamePassword or file.")
        }
    }
    return result
}

/**
 * Writes the CLI files listed in the library's mlops/files.txt under the workspace's temp dir.
 * Once per build and workspace: a stamp with BUILD_TAG, written last, says the copy is complete
 * and from this build (so from the library version this build loaded).
 */
private String writeCli() {
    String dir = "${pwd(tmp: true)}/mlops"
    String stamp = "${dir}/.written-by"
    String build = env.BUILD_TAG ?: ''
    if (build && fileExists(stamp) && readFile(stamp) == build) return dir
    for (String line in libraryResource('mlops/files.txt').readLines()) {
        String file = line.trim()
        if (file) writeFile(file: "${dir}/${file}", text: libraryResource("mlops/${file}"))
    }
    writeFile(file: stamp, text: build)
    return dir
}

/** The report's path from where the step runs: reportPath, else mlops.yaml's report-path, else report.md. */
private String reportPath(String stepName, Map options) {
    String directory = Options.get(options, 'workingDirectory') ?: '.'
    String file = Options.get(options, 'reportPath')
    if (!file) {
        String config = Report.join(directory, Report.CONFIG_FILE)
        if (fileExists(config)) file = Report.configuredPath(readFile(config))
    }
    String path = Report.join(directory, file ?: Report.DEFAULT_PATH)
    String problem = Report.pathProblem(path)
    if (problem) error("${stepName}: ${problem}")
    return path
}

private void archiveReport(String stepName, String path, boolean succeeded) {
    if (!fileExists(path)) {
        // After a failure the CLI's own message says why there is no report.
        if (succeeded) error("${stepName}: the CLI succeeded but wrote no report at ${path}.")
        return
    }
    archiveArtifacts(artifacts: path, allowEmptyArchive: false)
    String verdict = Report.verdict(readFile(path))
    if (verdict) currentBuild.description = verdict
}

private String failureMessage(String step, int status, String errorFile) {
    if (fileExists(errorFile)) {
        String message = readFile(errorFile).trim()
        if (message) return message
    }
    String message = "mlops ${step} failed with exit code ${status}"
    // 127 is the shell's "command not found": here, node.
    return status == 127 ? "${message} (is node on the agent's PATH? The mlops steps need Node.js 22 or later)" : message
}
