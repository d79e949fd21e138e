// Every step through the runner, with a fake `sh`: the command line, MLOPS_OPTIONS, credentials,
// secrets, cron, the error file and the archived report.
// Run from jenkins/:  groovy -cp src:test/harness test/StepsTest.groovy
import groovy.json.JsonSlurper
import org.junit.After
import org.junit.Before
import org.junit.Test
import org.junit.runner.RunWith
import org.junit.runners.Parameterized
import org.junit.runners.Parameterized.Parameters

class Contract {
    static final String COMMAND = 'node "$MLOPS_CLI" step "$MLOPS_STEP"'

    /** The CLI step and the credentials of each library step. */
    static final Map<String, Map> STEPS = [
        mlopsTrain      : [step: 'train', credentials: []],
        mlopsMetricsDiff: [step: 'metricsDiff', credentials: []],
        mlopsReport     : [step: 'report', credentials: ['githubTokenCredentialsId'], reports: true],
        mlopsDockerBuild: [step: 'dockerBuild', credentials: ['registryCredentialsId']],
        mlopsPromote    : [step: 'promote', credentials: ['kubeconfigCredentialsId']],
        mlopsPipeline   : [step: 'pipeline', credentials: ['githubTokenCredentialsId', 'registryCredentialsId', 'kubeconfigCredentialsId'], reports: true],
    ]

    static final Map<String, String> CREDENTIAL_IDS = [githubTokenCredentialsId: 'ci-github-token', registryCredentialsId: 'ci-registry-login', kubeconfigCredentialsId: 'ci-kubeconfig']

    /** The bindings each credential id key asks withCredentials for. */
    static final Map<String, Map> BINDINGS = [
        githubTokenCredentialsId: [type: 'string', credentialsId: 'ci-github-token', variable: 'GITHUB_TOKEN'],
        registryCredentialsId   : [type: 'usernamePassword', credentialsId: 'ci-registry-login', usernameVariable: 'MLOPS_REGISTRY_USERNAME', passwordVariable: 'MLOPS_REGISTRY_PASSWORD'],
        kubeconfigCredentialsId : [type: 'file', credentialsId: 'ci-kubeconfig', variable: 'MLOPS_KUBECONFIG_FILE'],
    ]

    static final String TOKEN = 'ghp_S3cr3tT0kenValue0123456789abcdef'
    static final String REGISTRY_USER = 'robot$acme-ci'
    static final String REGISTRY_PASSWORD = 'rEg1stry-pa55word-!@#'
    static final String KUBECONFIG = 'apiVersion: v1\nkind: Config\nusers:\n- name: ci\n  user:\n    token: kube-S3CRET-bearer-token\n'

    /** The options of the contract's example, as a Jenkinsfile writes them. */
    static Map example() {
        [workingDirectory: 'examples/california-housing', trainCommand: 'python3 train.py', gates: ['r2 >= 0.75'],
         image: 'registry.example.com/acme/housing', imageTags: ['type=sha'], registry: 'registry.example.com',
         kserveName: 'housing', kserveNamespace: 'models', canaryPercent: 10, smokeTest: 'smoke.json', comment: 'auto', reportPath: 'report.md']
    }

    static Map exampleJson() {
        ['working-directory': 'examples/california-housing', 'train-command': 'python3 train.py', gates: ['r2 >= 0.75'],
         image: 'registry.example.com/acme/housing', 'image-tags': ['type=sha'], registry: 'registry.example.com',
         'kserve-name': 'housing', 'kserve-namespace': 'models', 'canary-percent': 10, 'smoke-test': 'smoke.json', comment: 'auto', 'report-path': 'report.md']
    }

    static Pipeline pipeline() {
        Pipeline pipeline = new Pipeline()
        pipeline.resources = Pipeline.fakeResources()
        pipeline.credentials.putAll(['ci-github-token': TOKEN, 'ci-registry-login': [username: REGISTRY_USER, password: REGISTRY_PASSWORD], 'ci-kubeconfig': KUBECONFIG])
        pipeline
    }

    /** A fake CLI that writes the report a reporting step leaves behind, then ends with `status`. */
    static Closure cliWritingReport(String path, String heading = '## ✅ **All 2 gates passed** · r2 0.81234 (+0.0123)', int status = 0, String message = null) {
        return { Map args, Map environment, File cwd, Pipeline pipeline ->
            File report = new File(cwd, path)
            report.parentFile.mkdirs()
            report.setText("<!-- mlops-report id=default -->\n${heading}\n\nCompared `HEAD~1` → `workspace`\n", 'UTF-8')
            if (message) new File(environment.MLOPS_ERROR_FILE).setText(message, 'UTF-8')
            status
        }
    }
}

@RunWith(Parameterized)
class EveryStepTests {
    @Parameters(name = '{0}')
    static Collection<Object[]> steps() { Contract.STEPS.collect { name, spec -> [name, spec] as Object[] } }

    final String name
    final Map spec
    Pipeline pipeline

    EveryStepTests(String name, Map spec) {
        this.name = name
        this.spec = spec
    }

    @Before
    void setUp() {
        pipeline = Contract.pipeline()
        // A reporting step needs its report; the others ignore it.
        pipeline.shell = Contract.cliWritingReport('examples/california-housing/report.md')
    }

    @After
    void tearDown() { pipeline.cleanup() }

    private Map config() {
        Contract.example() + spec.credentials.collectEntries { [(it): Contract.CREDENTIAL_IDS[it]] }
    }

    @Test
    void 'runs the CLI once, with the constant command line, the step and the written CLI in the environment'() {
        pipeline.run(name, config())

        assert pipeline.calls('sh')*.args == [[script: Contract.COMMAND, returnStatus: true]]
        Map env = pipeline.calls('sh')[0].env
        String cli = "${pipeline.workspace}@tmp/mlops"
        assert env.MLOPS_STEP == spec.step
        assert env.MLOPS_CLI == "${cli}/cli/index.js"
        assert new File(env.MLOPS_CLI).text == '// the CLI\n'
        assert env.MLOPS_ERROR_FILE ==~ /${java.util.regex.Pattern.quote(cli)}\/error-[0-9a-f-]{36}\.txt/
        assert !env.containsKey('MLOPS_EVENT')
    }

    @Test
    void 'passes the options as JSON with the action input names, without credential ids'() {
        pipeline.run(name, config())

        String json = pipeline.calls('sh')[0].env.MLOPS_OPTIONS
        assert new JsonSlurper().parseText(json) == Contract.exampleJson()
        assert !json.contains('CredentialsId')
        spec.credentials.each { assert !json.contains(Contract.CREDENTIAL_IDS[it]) }
    }

    @Test
    void 'binds its credentials through withCredentials, to the variables of the contract'() {
        pipeline.run(name, config())

        List expected = spec.credentials.collect { Contract.BINDINGS[it] }
        if (expected) {
            assert pipeline.calls('withCredentials')*.args == [expected]
            assert pipeline.calls('sh')[0].credentials == expected.collectMany { it.findAll { k, v -> k.endsWith('ariable') }.values() }
        } else {
            assert pipeline.calls('withCredentials') == []
        }
    }

    @Test
    void 'the CLI gets the secrets in its environment'() {
        Map seen = [:]
        Closure cli = pipeline.shell
        pipeline.shell = { Map args, Map environment, File cwd, Pipeline p ->
            seen.putAll(environment)
            if (environment.MLOPS_KUBECONFIG_FILE) seen.kubeconfig = new File(environment.MLOPS_KUBECONFIG_FILE).text
            cli(args, environment, cwd, p)
        }
        pipeline.run(name, config())

        if ('githubTokenCredentialsId' in spec.credentials) assert seen.GITHUB_TOKEN == Contract.TOKEN
        if ('registryCredentialsId' in spec.credentials) assert [seen.MLOPS_REGISTRY_USERNAME, seen.MLOPS_REGISTRY_PASSWORD] == [Contract.REGISTRY_USER, Contract.REGISTRY_PASSWORD]
        if ('kubeconfigCredentialsId' in spec.credentials) assert seen.kubeconfig == Contract.KUBECONFIG
        if (!spec.credentials) assert !seen.keySet().any { it in ['GITHUB_TOKEN', 'MLOPS_REGISTRY_PASSWORD', 'MLOPS_KUBECONFIG_FILE'] }
    }

    @Test
    void 'no secret value is in anything recorded: sh scripts, environments, echo, error, description'() {
        pipeline.run(name, config())
        // and once more through the failure path, where messages are built
        Pipeline failing = Contract.pipeline()
        failing.shell = Contract.cliWritingReport('examples/california-housing/report.md', '## ❌ **1 of 1 gate failed**', 1, 'Gate failed: r2 >= 0.75 (r2 is 0.7)')
        failing.failure { failing.run(name, config()) }

        [pipeline, failing].each { Pipeline p ->
            List<String> recorded = p.recordedStrings()
            assert recorded.size() > 10
            p.secrets().each { String secret -> assert !recorded.any { it.contains(secret) } }
        }
        failing.cleanup()
    }

    @Test
    void 'a build started by cron is a schedule event: MLOPS_EVENT=schedule'() {
        pipeline.causes.clear()
        pipeline.causes << Pipeline.TIMER_CAUSE
        pipeline.run(name, config())

        assert pipeline.calls('sh')[0].env.MLOPS_EVENT == 'schedule'
    }

    @Test
    void 'a failed CLI run ends the step in one error, the message the CLI wrote'() {
        pipeline.shell = Contract.cliWritingReport('examples/california-housing/report.md', '## ❌ **Training failed**', 1, 'Training failed: python3 train.py exited with code 3\n')
        PipelineError error = pipeline.failure { pipeline.run(name, config()) }

        assert error.message == 'Training failed: python3 train.py exited with code 3'
        assert pipeline.calls('error')*.args == [error.message]
    }

    @Test
    void 'a failure without an error file names the step and the exit code'() {
        pipeline.shell = { Map args, Map environment, File cwd, Pipeline p -> 2 }
        PipelineError error = pipeline.failure { pipeline.run(name, config()) }

        assert error.message == "mlops ${spec.step} failed with exit code 2"
    }

    @Test
    void 'a credential the step does not bind is refused before anything runs'() {
        PipelineError error = pipeline.failure { pipeline.run(name, [sshCredentialsId: 'deploy-key']) }

        assert error.message.startsWith("${name}: sshCredentialsId: this step binds no such credential")
        assert pipeline.calls('sh') == []
    }

    @Test
    void 'archives the report only when the step writes one'() {
        pipeline.run(name, config())

        if (spec.reports) {
            assert pipeline.calls('archiveArtifacts')*.args == [[artifacts: 'examples/california-housing/report.md', allowEmptyArchive: false]]
            assert pipeline.currentBuild.description == '✅ All 2 gates passed · r2 0.81234 (+0.0123)'
        } else {
            assert pipeline.calls('archiveArtifacts') == []
            assert pipeline.currentBuild.description == null
        }
    }
}

class ReportTests {
    Pipeline pipeline = Contract.pipeline()

    @After
    void tearDown() { pipeline.cleanup() }

    @Test
    void 'the report is copied to the build artifacts and its verdict shown as the build description'() {
        pipeline.shell = Contract.cliWritingReport('report.md')
        pipeline.run('mlopsReport')

        assert new File(pipeline.artifacts, 'report.md').text.contains('## ✅ **All 2 gates passed**')
        assert pipeline.currentBuild.description == '✅ All 2 gates passed · r2 0.81234 (+0.0123)'
    }

    @Test
    void 'reportPath is read inside workingDirectory'() {
        pipeline.shell = Contract.cliWritingReport('models/housing/out/mlops.md')
        pipeline.run('mlopsPipeline', [workingDirectory: 'models/housing/', reportPath: 'out/mlops.md'])

        assert pipeline.calls('archiveArtifacts')*.args*.artifacts == ['models/housing/out/mlops.md']
    }

    @Test
    void 'without reportPath, the report-path set in mlops yaml counts, as it does for the CLI'() {
        pipeline.file('housing/mlops.yaml').with { parentFile.mkdirs(); text = 'train-command: python3 train.py\nreport-path: "reports/latest.md"  # for the wiki\n' }
        pipeline.shell = Contract.cliWritingReport('housing/reports/latest.md')
        pipeline.run('mlopsReport', [workingDirectory: 'housing'])

        assert pipeline.calls('archiveArtifacts')*.args*.artifacts == ['housing/reports/latest.md']
    }

    @Test
    void 'failed gates: the report is archived and described first, then the step fails with the CLI message'() {
        pipeline.shell = Contract.cliWritingReport('report.md', '## ❌ **1 of 2 gates failed** · r2 0.7', 1, '1 of 2 gates failed: r2 >= 0.75 (r2 is 0.7)')
        PipelineError error = pipeline.failure { pipeline.run('mlopsPipeline', [gates: ['r2 >= 0.75', 'rmse max-rise 5%']]) }

        assert error.message == '1 of 2 gates failed: r2 >= 0.75 (r2 is 0.7)'
        assert pipeline.calls*.step.findAll { it in ['sh', 'archiveArtifacts', 'error'] } == ['sh', 'archiveArtifacts', 'error']
        assert pipeline.currentBuild.description == '❌ 1 of 2 gates failed · r2 0.7'
    }

    @Test
    void 'a CLI failure before any report: no archive, only the CLI message'() {
        pipeline.shell = { Map args, Map environment, File cwd, Pipeline p -> new File(environment.MLOPS_ERROR_FILE).text = 'working-directory: housing does not exist.'; 2 }
        PipelineError error = pipeline.failure { pipeline.run('mlopsReport', [workingDirectory: 'housing']) }

        assert error.message == 'working-directory: housing does not exist.'
        assert pipeline.calls('archiveArtifacts') == []
    }

    @Test
    void 'a CLI that succeeds without writing the report fails the step, naming the path'() {
        PipelineError error = pipeline.failure { pipeline.run('mlopsReport', [reportPath: 'out/report.md']) }

        assert error.message == 'mlopsReport: the CLI succeeded but wrote no report at out/report.md.'
    }

    @Test
    void 'a report path outside the workspace is refused before the CLI runs: archiveArtifacts could not take it'() {
        [[reportPath: '/tmp/report.md'], [workingDirectory: '..', reportPath: 'report.md'], [workingDirectory: '/srv/housing']].each { Map config ->
            PipelineError error = pipeline.failure { pipeline.run('mlopsReport', config) }
            assert error.message.startsWith('mlopsReport: the report path ')
        }
        assert pipeline.calls('sh') == []
    }

    @Test
    void 'a long verdict is cut for the description'() {
        pipeline.shell = Contract.cliWritingReport('report.md', "## ✅ **Gate passed** · ${'x' * 300}")
        pipeline.run('mlopsReport')

        assert pipeline.currentBuild.description.length() == 100
        assert pipeline.currentBuild.description.endsWith('…')
    }
}

class RunnerTests {
    Pipeline pipeline = Contract.pipeline()

    @Before
    void setUp() { pipeline.shell = Contract.cliWritingReport('report.md') }

    @After
    void tearDown() { pipeline.cleanup() }

    @Test
    void 'writes every file the resource list names into the build temp dir, from the library resources, nothing else'() {
        pipeline.run('mlopsTrain')

        assert pipeline.calls('libraryResource')*.args*.resource == ['mlops/files.txt', 'mlops/package.json', 'mlops/cli/index.js', 'mlops/cli/70.index.js']
        File cli = new File("${pipeline.workspace}@tmp/mlops")
        ['package.json', 'cli/index.js', 'cli/70.index.js'].each { assert new File(cli, it).bytes == new File(pipeline.resources, "mlops/${it}").bytes }
        // no download, no npm install: the CLI run is the only command
        assert pipeline.calls('sh').size() == 1
    }

    @Test
    void 'the CLI is written once per build and workspace, again for the next build'() {
        pipeline.run('mlopsTrain')
        pipeline.run('mlopsMetricsDiff')
        assert pipeline.calls('libraryResource').size() == 4

        pipeline.env.BUILD_TAG = 'jenkins-housing-main-8'
        pipeline.run('mlopsMetricsDiff')
        assert pipeline.calls('libraryResource').size() == 8
    }

    @Test
    void 'inside dir(), the CLI goes to that folder\'s temp dir and the step runs there'() {
        pipeline.jenkinsfile { dir('models') { mlopsTrain() } }

        assert pipeline.calls('sh')[0].env.MLOPS_CLI == "${pipeline.workspace}/models@tmp/mlops/cli/index.js"
        assert pipeline.calls('sh')[0].cwd == "${pipeline.workspace}/models"
    }

    @Test
    void 'the exit code 127 of a missing node says what is missing'() {
        pipeline.shell = { Map args, Map environment, File cwd, Pipeline p -> 127 }
        PipelineError error = pipeline.failure { pipeline.run('mlopsTrain') }

        assert error.message == "mlops train failed with exit code 127 (is node on the agent's PATH? The mlops steps need Node.js 22 or later)"
    }

    @Test
    void 'an empty error file counts as none'() {
        pipeline.shell = { Map args, Map environment, File cwd, Pipeline p -> new File(environment.MLOPS_ERROR_FILE).text = '\n'; 1 }
        assert pipeline.failure { pipeline.run('mlopsTrain') }.message == 'mlops train failed with exit code 1'
    }

    @Test
    void 'an error file left by an earlier run is never taken for this one\'s'() {
        String first
        pipeline.shell = { Map args, Map environment, File cwd, Pipeline p -> first = environment.MLOPS_ERROR_FILE; new File(first).text = 'the first failure'; 1 }
        pipeline.failure { pipeline.run('mlopsTrain') }
        pipeline.shell = { Map args, Map environment, File cwd, Pipeline p -> assert environment.MLOPS_ERROR_FILE != first; 1 }

        assert pipeline.failure { pipeline.run('mlopsTrain') }.message == 'mlops train failed with exit code 1'
    }

    @Test
    void 'cron is told from other causes: a user, a push, branch indexing are not schedules'() {
        pipeline.causes.clear()
        pipeline.causes.addAll([Pipeline.USER_CAUSE, 'jenkins.branch.BranchIndexingCause', 'com.cloudbees.jenkins.GitHubPushCause'])
        pipeline.run('mlopsPipeline')

        assert !pipeline.calls('sh')[0].env.containsKey('MLOPS_EVENT')
        assert !pipeline.calls('withEnv')[0].args.any { it.startsWith('MLOPS_EVENT') }
    }

    @Test
    void 'secrets given as options are refused, naming the credential to use instead'() {
        Map expected = [githubToken: 'githubTokenCredentialsId', registryPassword: 'registryCredentialsId', kubeconfig: 'kubeconfigCredentialsId']
        expected.each { key, credential ->
            PipelineError error = pipeline.failure { pipeline.run('mlopsPipeline', [(key): Contract.TOKEN]) }
            assert error.message == "mlopsPipeline: ${key}: secrets come from Jenkins credentials, never from step options; set ${credential} to a credential id instead."
        }
        assert pipeline.calls('sh') == []
    }

    @Test
    void 'option values: GStrings become strings, nulls are left out, numbers and booleans keep their type'() {
        String dir = 'examples'
        pipeline.run('mlopsDockerBuild', [workingDirectory: "${dir}/california-housing", push: false, canaryPercent: 25, precision: 3, context: null, buildArgs: ["MODEL=${dir}", 'PORT=8080']])

        assert pipeline.calls('sh')[0].env.MLOPS_OPTIONS == '{"working-directory":"examples/california-housing","push":false,"canary-percent":25,"precision":3,"build-args":["MODEL=examples","PORT=8080"]}'
    }

    @Test
    void 'values JSON cannot carry as an action input are refused, naming the key'() {
        PipelineError error = pipeline.failure { pipeline.run('mlopsTrain', [trainCommand: [cmd: 'python3'], gates: ['r2 >= 0.75', [min: 1]], 'train-command': 'x']) }

        assert error.message == 'mlopsTrain: trainCommand: give a string, a number, a boolean or a list of strings, not LinkedHashMap. gates: a list takes strings; item 2 is LinkedHashMap. trainCommand and train-command are the same option (train-command); give it once.'
    }

    @Test
    void 'a Windows agent is refused with the reason'() {
        pipeline.unix = false
        assert pipeline.failure { pipeline.run('mlopsTrain') }.message == 'mlopsTrain: the mlops steps run on Linux or macOS agents (node through sh); this agent is Windows.'
    }

    @Test
    void 'the runner takes only the steps of the CLI contract'() {
        assert pipeline.failure { pipeline.run('mlopsExecute', [step: 'deploy']) }.message == "mlopsExecute: step 'deploy' is not one of train, metricsDiff, report, dockerBuild, promote, pipeline."
    }

    @Test
    void 'a credential id the config leaves out binds nothing'() {
        pipeline.run('mlopsPipeline', [registryCredentialsId: 'ci-registry-login'])

        assert pipeline.calls('withCredentials')*.args == [[Contract.BINDINGS.registryCredentialsId]]
    }

    @Test
    void 'an unknown credential id fails as Jenkins does, and the CLI does not run'() {
        PipelineError error = pipeline.failure { pipeline.run('mlopsReport', [githubTokenCredentialsId: 'no-such-id']) }

        assert error.message == "Could not find credentials entry with ID 'no-such-id'"
        assert pipeline.calls('sh') == []
    }
}

class ImageSecretsTests {
    static final String GIT_TOKEN = 'git-S3cr3t-for-the-build-0123'
    static final String NPM_TOKEN = 'npm-S3cr3t-for-the-build-4567'
    Pipeline pipeline = Contract.pipeline()

    @Before
    void setUp() {
        pipeline.credentials.putAll(['ci-git-token': GIT_TOKEN, 'ci-npm-token': NPM_TOKEN])
        pipeline.shell = Contract.cliWritingReport('report.md')
    }

    @After
    void tearDown() { pipeline.cleanup() }

    @Test
    void 'each id=credentialsId line is bound to a variable of its own and reaches the CLI as image-secret-envs, the value only in its environment'() {
        Map seen = [:]
        Closure cli = pipeline.shell
        pipeline.shell = { Map args, Map environment, File cwd, Pipeline p -> seen.putAll(environment); cli(args, environment, cwd, p) }
        pipeline.run('mlopsDockerBuild', [image: 'registry.example.com/acme/housing', imageSecretEnvs: ['extra=MY_VAR'],
                                         imageSecretsCredentialsIds: ['GIT_AUTH_TOKEN=ci-git-token', 'npm=ci-npm-token']])

        assert pipeline.calls('withCredentials')*.args == [[
            [type: 'string', credentialsId: 'ci-git-token', variable: 'MLOPS_IMAGE_SECRET_1'],
            [type: 'string', credentialsId: 'ci-npm-token', variable: 'MLOPS_IMAGE_SECRET_2'],
        ]]
        assert pipeline.calls('sh')*.args == [[script: Contract.COMMAND, returnStatus: true]]
        Map options = new JsonSlurper().parseText(pipeline.calls('sh')[0].env.MLOPS_OPTIONS)
        assert options == [image: 'registry.example.com/acme/housing', 'image-secret-envs': ['extra=MY_VAR', 'GIT_AUTH_TOKEN=MLOPS_IMAGE_SECRET_1', 'npm=MLOPS_IMAGE_SECRET_2']]
        assert [seen.MLOPS_IMAGE_SECRET_1, seen.MLOPS_IMAGE_SECRET_2] == [GIT_TOKEN, NPM_TOKEN]
        List<String> recorded = pipeline.recordedStrings()
        [GIT_TOKEN, NPM_TOKEN].each { String secret -> assert !recorded.any { it.contains(secret) } }
    }

    @Test
    void 'the lines may be one string, as a Jenkinsfile writes a multi-line value, and mlopsPipeline binds them too'() {
        pipeline.run('mlopsPipeline', [imageSecretsCredentialsIds: 'GIT_AUTH_TOKEN=ci-git-token\n\n  npm=ci-npm-token  \n'])

        assert pipeline.calls('withCredentials')[0].args*.variable == ['MLOPS_IMAGE_SECRET_1', 'MLOPS_IMAGE_SECRET_2']
        assert new JsonSlurper().parseText(pipeline.calls('sh')[0].env.MLOPS_OPTIONS)['image-secret-envs'] == ['GIT_AUTH_TOKEN=MLOPS_IMAGE_SECRET_1', 'npm=MLOPS_IMAGE_SECRET_2']
    }

    @Test
    void 'a line that is not id=credentialsId, or an id given twice, is refused before anything runs, naming the option'() {
        PipelineError error = pipeline.failure { pipeline.run('mlopsDockerBuild', [image: 'x/y', imageSecretsCredentialsIds: ['ci-git-token']]) }
        assert error.message == "mlopsDockerBuild: imageSecretsCredentialsIds: 'ci-git-token' is not id=credentialsId (the secret's id in the Dockerfile's RUN --mount=type=secret,id=…, then the id of a \"Secret text\" credential)."
        error = pipeline.failure { pipeline.run('mlopsDockerBuild', [image: 'x/y', imageSecretsCredentialsIds: ['a=ci-git-token', 'a=ci-npm-token']]) }
        assert error.message == 'mlopsDockerBuild: imageSecretsCredentialsIds: the id a is given twice; give each id once.'
        error = pipeline.failure { pipeline.run('mlopsDockerBuild', [image: 'x/y', imageSecretsCredentialsIds: [a: 'ci-git-token']]) }
        assert error.message == "mlopsDockerBuild: imageSecretsCredentialsIds: give 'id=credentialsId' lines, as a string or a list of strings."
        assert pipeline.calls('sh') == [] && pipeline.calls('withCredentials') == []
    }

    @Test
    void 'secret values as imageSecrets are refused, naming the credentials option'() {
        PipelineError error = pipeline.failure { pipeline.run('mlopsDockerBuild', [image: 'x/y', imageSecrets: "GIT_AUTH_TOKEN=${GIT_TOKEN}"]) }

        assert error.message == 'mlopsDockerBuild: imageSecrets: secrets come from Jenkins credentials, never from step options; set imageSecretsCredentialsIds to id=credentialsId lines ("Secret text" credentials) instead.'
        assert pipeline.calls('sh') == []
    }
}

Suite.run(EveryStepTests, ReportTests, RunnerTests, ImageSecretsTests)
