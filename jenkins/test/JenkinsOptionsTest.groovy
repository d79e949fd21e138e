// The Jenkins conventions of the runner: gateFailure: 'UNSTABLE' (failed gates mark the build
// unstable, as quality-gate plugins do), the check run through the Checks API plugin's
// publishChecks when it is installed (found as a pipeline finds a step: it answers, or is
// Jenkins' NoSuchMethodError), and nodejsInstallation (the CLI inside the NodeJS plugin's
// nodejs block). The fake CLI writes MLOPS_RESULT_FILE as `mlops step` does (src/cli/step.ts,
// held by test/integration/jenkins-step-result.test.ts).
// Run from jenkins/:  groovy -cp src:test/harness test/JenkinsOptionsTest.groovy
import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import org.junit.After
import org.junit.Before
import org.junit.Test

class JenkinsOptionsTests {
    static final String TOKEN = 'ghp_S3cr3tT0kenValue0123456789abcdef'
    static final String GATES_FAILED = 'Gates failed:\nr2 0.71 < 0.75'
    static final Map FAILED_CHECK = [name: 'mlops: gates', conclusion: 'failure', title: '1 of 2 gates failed', summary: '❌ r2 0.71 < 0.75\n✅ rmse 0.52 max-rise 5%']

    Pipeline pipeline

    @Before
    void setUp() {
        pipeline = new Pipeline()
        pipeline.resources = Pipeline.fakeResources()
        pipeline.credentials['github-token'] = TOKEN
    }

    @After
    void tearDown() { pipeline.cleanup() }

    /** A fake `mlops step`: the report, then what the run ended with (MLOPS_RESULT_FILE), the error file, the exit status. */
    void cli(int status, Map result, String message = null) {
        pipeline.shell = { Map args, Map environment, File cwd, Pipeline p ->
            new File(cwd, 'housing').mkdirs()
            new File(cwd, 'housing/report.md').setText("## ${status == 0 ? '✅' : '❌'} **verdict** · r2 0.71\n", 'UTF-8')
            if (result != null) new File(environment.MLOPS_RESULT_FILE as String).setText(JsonOutput.toJson(result), 'UTF-8')
            if (message) new File(environment.MLOPS_ERROR_FILE as String).setText(message, 'UTF-8')
            status
        }
    }

    Map config(Map extra = [:]) {
        [workingDirectory: 'housing', gates: ['r2 >= 0.75'], githubTokenCredentialsId: 'github-token'] + extra
    }

    @Test
    void 'gateFailure UNSTABLE: failed gates mark the build unstable with the CLI\'s message, and the build goes on with the report archived'() {
        cli(1, [outcome: 'gates-failed', check: FAILED_CHECK], GATES_FAILED)
        pipeline.run('mlopsPipeline', config(gateFailure: 'UNSTABLE'))

        assert pipeline.currentBuild.result == 'UNSTABLE'
        assert pipeline.calls('unstable')*.args == [[message: GATES_FAILED]]
        assert pipeline.calls('error') == []
        assert pipeline.console.contains("WARNING: ${GATES_FAILED}")
        assert new File(pipeline.artifacts, 'housing/report.md').isFile()
        assert pipeline.currentBuild.description == '❌ verdict · r2 0.71'
    }

    @Test
    void 'gateFailure UNSTABLE does not soften other failures: a failed rollout still fails the step'() {
        cli(1, [outcome: 'promote-failed', check: FAILED_CHECK + [conclusion: 'success', title: 'All 2 gates passed']], 'The canary was rolled back: smoke test failed.')
        PipelineError failure = pipeline.failure { pipeline.run('mlopsPipeline', config(gateFailure: 'UNSTABLE')) }

        assert failure.message == 'The canary was rolled back: smoke test failed.'
        assert pipeline.calls('unstable') == []
        assert pipeline.currentBuild.result == null
    }

    @Test
    void 'by default (gateFailure FAILURE) failed gates fail the step, as before'() {
        cli(1, [outcome: 'gates-failed', check: FAILED_CHECK], GATES_FAILED)
        [[:], [gateFailure: 'FAILURE']].each { Map extra ->
            PipelineError failure = pipeline.failure { pipeline.run('mlopsReport', config(extra)) }
            assert failure.message == GATES_FAILED
        }
        assert pipeline.calls('unstable') == []
    }

    @Test
    void 'a gateFailure the runner cannot honour is refused before the CLI runs, by name and with the values it takes'() {
        Map<List, String> refused = [
            [mlopsPipeline: [gateFailure: 'unstable']]       : "mlopsPipeline: gateFailure: 'unstable' is not 'FAILURE' or 'UNSTABLE'.",
            [mlopsReport: [gateFailure: true]]               : "mlopsReport: gateFailure: give 'FAILURE' or 'UNSTABLE' as a string.",
            [mlopsTrain: [gateFailure: 'UNSTABLE']]          : 'mlopsTrain: gateFailure: mlopsTrain checks no gates (mlopsReport and mlopsPipeline do).',
            [mlopsPipeline: [gateFailure: 'UNSTABLE', 'gate-failure': 'UNSTABLE']]: 'mlopsPipeline: gateFailure and gate-failure are the same option (gate-failure); give it once.',
            [mlopsPromote: [nodejsInstallation: '']]         : 'mlopsPromote: nodejsInstallation: give a name as a string.',
            [mlopsReport: [publishChecks: 'no']]             : "mlopsReport: publishChecks: give true or false, not 'no'.",
            [mlopsDockerBuild: [publishChecks: false]]       : 'mlopsDockerBuild: publishChecks: mlopsDockerBuild checks no gates (mlopsReport and mlopsPipeline do).',
        ].collectEntries { Map call, String message -> [[call.keySet()[0], call.values()[0]], message] }
        refused.each { List call, String message ->
            PipelineError failure = pipeline.failure { pipeline.run(call[0] as String, [workingDirectory: 'housing'] + (call[1] as Map)) }
            assert failure.message == message
        }
        assert pipeline.calls('sh') == []
    }

    @Test
    void 'with the Checks API plugin: the check is in progress while the CLI runs, then completed with the CLI\'s own text, the CLI is told not to create it'() {
        pipeline.install('checks-api')
        List<String> seenWhileRunning = []
        cli(1, [outcome: 'gates-failed', check: FAILED_CHECK], GATES_FAILED)
        Closure fake = pipeline.shell
        pipeline.shell = { Map args, Map environment, File cwd, Pipeline p -> seenWhileRunning.addAll(p.checks*.status); fake(args, environment, cwd, p) }
        pipeline.failure { pipeline.run('mlopsPipeline', config()) }

        assert seenWhileRunning == ['IN_PROGRESS']
        assert pipeline.checks == [
            [name: 'mlops: gates', status: 'IN_PROGRESS', title: 'mlopsPipeline is running', summary: 'The gates are checked when the training and the metrics are done.', detailsURL: 'http://jenkins.invalid/job/housing/job/main/7/'],
            [name: 'mlops: gates', status: 'COMPLETED', conclusion: 'FAILURE', title: '1 of 2 gates failed', summary: FAILED_CHECK.summary, detailsURL: 'http://jenkins.invalid/job/housing/job/main/7/'],
        ]
        Map env = pipeline.calls('sh')[0].env
        assert env.MLOPS_CHECKS == 'publishChecks'
        assert env.MLOPS_RESULT_FILE ==~ /${java.util.regex.Pattern.quote("${pipeline.workspace}@tmp/mlops")}\/result-[0-9a-f-]{36}\.json/
    }

    @Test
    void 'with the Checks API plugin and no gates, or a CLI that failed before the gates: the check still completes, saying which'() {
        pipeline.install('checks-api')
        cli(0, [outcome: 'passed'])
        pipeline.run('mlopsReport', config())
        cli(1, null, 'metrics.json: not JSON')
        pipeline.failure { pipeline.run('mlopsReport', config()) }

        assert pipeline.checks.findAll { it.status == 'COMPLETED' }.collect { [it.conclusion, it.title] } == [['NEUTRAL', 'No gates were checked'], ['FAILURE', 'mlops report failed before the gates']]
    }

    @Test
    void 'without the plugin: no publishChecks, and the CLI creates the check run itself, as before'() {
        cli(0, [outcome: 'passed', check: FAILED_CHECK + [conclusion: 'success', title: 'All 2 gates passed']])
        pipeline.run('mlopsPipeline', config())

        assert pipeline.checks == []
        assert !pipeline.calls('sh')[0].env.containsKey('MLOPS_CHECKS')
        assert pipeline.calls('sh')[0].env.containsKey('MLOPS_RESULT_FILE')
    }

    @Test
    void 'publishChecks: false, for a Jenkins whose plugin has no GitHub publisher: the plugin is left alone and the CLI creates the check run'() {
        pipeline.install('checks-api')
        cli(0, [outcome: 'passed', check: FAILED_CHECK + [conclusion: 'success', title: 'All 2 gates passed']])
        pipeline.run('mlopsPipeline', config(publishChecks: false))

        assert pipeline.checks == []
        assert !pipeline.calls('sh')[0].env.containsKey('MLOPS_CHECKS')
        assert !new JsonSlurper().parseText(pipeline.calls('sh')[0].env.MLOPS_OPTIONS as String).containsKey('publish-checks')
    }

    @Test
    void 'steps without gates publish no check, plugin or not'() {
        pipeline.install('checks-api')
        ['mlopsTrain', 'mlopsMetricsDiff', 'mlopsDockerBuild', 'mlopsPromote'].each { pipeline.run(it, [workingDirectory: 'housing']) }
        assert pipeline.checks == []
        assert pipeline.calls('sh').every { !it.env.containsKey('MLOPS_CHECKS') && !it.env.containsKey('MLOPS_RESULT_FILE') }
    }

    @Test
    void 'nodejsInstallation: the CLI runs inside nodejs(nodeJSInstallationName:), with that node first on PATH and the secrets bound inside'() {
        pipeline.install('nodejs')
        pipeline.env.PATH = '/usr/bin:/bin'
        cli(0, [outcome: 'passed'])
        pipeline.run('mlopsPipeline', config(nodejsInstallation: 'node-22'))

        assert pipeline.calls('nodejs')*.args == [[nodeJSInstallationName: 'node-22']]
        List<String> order = pipeline.calls*.step.findAll { it in ['nodejs', 'withCredentials', 'withEnv', 'sh'] }
        assert order == ['nodejs', 'withCredentials', 'withEnv', 'sh']
        Map sh = pipeline.calls('sh')[0]
        assert sh.env.PATH == "${Pipeline.NODEJS_HOME}/node-22/bin:/usr/bin:/bin"
        assert sh.credentials == ['GITHUB_TOKEN']
        // the block ends with the step: the build's PATH is as it was
        assert pipeline.env.PATH == '/usr/bin:/bin'
    }

    @Test
    void 'nodejsInstallation without the NodeJS plugin: one error naming the option and the plugin'() {
        PipelineError failure = pipeline.failure { pipeline.run('mlopsTrain', [workingDirectory: 'housing', nodejsInstallation: 'node-22']) }
        assert failure.message == "mlopsTrain: nodejsInstallation needs the NodeJS plugin, whose nodejs step this Jenkins does not have; install it, or put node on the agent's PATH and drop nodejsInstallation."
        assert pipeline.calls('sh') == []
    }

    @Test
    void 'the harness answers an uninstalled plugin step as Jenkins does: NoSuchMethodError'() {
        try {
            pipeline.script('mlopsExecute').invokeMethod('publishChecks', [[name: 'x']] as Object[])
            assert false, 'publishChecks answered without the plugin'
        } catch (NoSuchMethodError error) {
            assert error.message.startsWith("No such DSL method 'publishChecks' found among steps [")
        }
    }
}

Suite.run(JenkinsOptionsTests)
