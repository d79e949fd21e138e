// mlopsPipeline training on Kubeflow Pipelines, with the real CLI (`sh` runs bash for real) against
// the local KFP API server the jest test starts (test/e2e/kfp-front-ends.test.ts passes its URL as
// MLOPS_TEST_KFP_HOST). Not one of the suites jenkins.test.ts runs on its own: it needs that server.
// Run from jenkins/:  groovy -cp src:test/harness test/kfp/KfpPipelineTest.groovy
import java.nio.file.Files
import org.junit.After
import org.junit.Before
import org.junit.Rule
import org.junit.Test
import org.junit.rules.TestWatcher
import org.junit.runner.Description

class KfpPipelineTests {
    static final String TOKEN = 'kfp-JenkinsBearerTokenNeverPrinted0123456789'
    static final String HOST = System.getenv('MLOPS_TEST_KFP_HOST')
    static final String PIPELINE = System.getenv('MLOPS_TEST_KFP_PIPELINE')

    File repo
    Pipeline pipeline
    String head

    @Rule
    public TestWatcher console = new TestWatcher() {
        @Override
        protected void failed(Throwable e, Description description) {
            println "        console of the build:\n${pipeline?.console?.readLines()?.collect { '        | ' + it }?.join('\n')}"
        }
    }

    @Before
    void setUp() {
        assert HOST && PIPELINE, 'MLOPS_TEST_KFP_HOST and MLOPS_TEST_KFP_PIPELINE name the local KFP server and the compiled pipeline'
        repo = Files.createTempDirectory('mlops-jenkins-kfp-').toFile().canonicalFile
        git('init', '-q', '-b', 'main')
        git('config', 'user.email', 'ci@example.com')
        git('config', 'user.name', 'CI')
        git('config', 'commit.gpgsign', 'false')
        new File(repo, 'pipeline.yaml').bytes = new File(PIPELINE).bytes
        new File(repo, 'params.yaml').setText('train:\n  n_estimators: 60\n', 'UTF-8')
        commit('base')
        new File(repo, 'params.yaml').setText('train:\n  n_estimators: 200\n', 'UTF-8')
        head = commit('more trees')

        pipeline = new Pipeline(repo)
        pipeline.shell = Pipeline.BASH
        // a branch build of main, the default branch: the pipeline is registered under the commit
        pipeline.env.putAll([BRANCH_NAME: 'main', GIT_COMMIT: head, JENKINS_URL: 'http://jenkins.invalid/', MLOPS_DEFAULT_BRANCH: 'main'])
        pipeline.credentials['kfp-token'] = TOKEN
    }

    @After
    void tearDown() {
        pipeline.cleanup()
    }

    private String git(String... args) {
        Process process = new ProcessBuilder(['git', *args]).directory(repo).redirectErrorStream(true).start()
        String output = process.inputStream.getText('UTF-8')
        assert process.waitFor() == 0, "git ${args.join(' ')}: ${output}"
        output.trim()
    }

    private String commit(String message) {
        git('add', '-A')
        git('commit', '-q', '-m', message)
        git('rev-parse', 'HEAD')
    }

    @Test
    void 'mlopsPipeline trains as a KFP run with the token from withCredentials, and reports it'() {
        pipeline.run('mlopsPipeline', [
            kfpHost: HOST, kfpPipeline: 'pipeline.yaml', kfpParams: 'n_estimators=200', kfpExperiment: 'jenkins-ci',
            gates: ['r2 >= 0.8'], comment: 'never', kfpTokenCredentialsId: 'kfp-token',
        ])

        String console = pipeline.console
        assert console =~ /KFP run .* SUCCEEDED/
        assert console.contains("kfp-run-url: ${HOST}/#/runs/details/")
        File report = new File(repo, 'report.md')
        assert report.getText('UTF-8') =~ /(?m)^## ✅/
        assert report.getText('UTF-8').contains('KFP run')
        assert pipeline.currentBuild.description.startsWith('✅')
        // bound by withCredentials, never part of a shell command line, the console or the report
        assert pipeline.calls('withCredentials')*.args.flatten().find { it.credentialsId == 'kfp-token' }?.variable == 'KFP_TOKEN'
        assert pipeline.calls('sh')*.args*.script == ['node "$MLOPS_CLI" step "$MLOPS_STEP"']
        assert !pipeline.recordedStrings().any { it.contains(TOKEN) }
        assert !report.getText('UTF-8').contains(TOKEN)
    }
}

Suite.run(KfpPipelineTests)
