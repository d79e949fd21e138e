// mlopsPipeline training on Kubeflow Pipelines, with the real CLI (`sh` runs bash for real) against
// the local KFP API server the jest test starts (test/e2e/kfp-front-ends.test.ts passes its URL as
// MLOPS_TEST_KFP_HOST). Not one of the suites jenkins.test.ts runs on its own: it needs that server.
// Run from jenkins/:  groovy -cp src:test/harness test/kfp/KfpPipelineTest.groovy
import org.junit.After
import org.junit.Before
import org.junit.Rule
import org.junit.Test

class KfpPipelineTests {
    static final String TOKEN = 'kfp-JenkinsBearerTokenNeverPrinted0123456789'
    static final String HOST = System.getenv('MLOPS_TEST_KFP_HOST')
    static final String PIPELINE = System.getenv('MLOPS_TEST_KFP_PIPELINE')

    File repo
    Pipeline pipeline
    String head

    @Rule
    public ConsoleOnFailure console = new ConsoleOnFailure({ pipeline })

    @Before
    void setUp() {
        assert HOST && PIPELINE, 'MLOPS_TEST_KFP_HOST and MLOPS_TEST_KFP_PIPELINE name the local KFP server and the compiled pipeline'
        GitRepo git = new GitRepo('mlops-jenkins-kfp-')
        repo = git.dir
        new File(repo, 'pipeline.yaml').bytes = new File(PIPELINE).bytes
        new File(repo, 'params.yaml').setText('train:\n  n_estimators: 60\n', 'UTF-8')
        git.commit('base')
        new File(repo, 'params.yaml').setText('train:\n  n_estimators: 200\n', 'UTF-8')
        head = git.commit('more trees')

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
