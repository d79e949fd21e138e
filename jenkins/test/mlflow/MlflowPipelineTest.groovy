// mlopsPipeline with MLflow tracking, with the real CLI (`sh` runs bash for real) and the example's
// real training, against the local MLflow server the jest test starts
// (test/e2e/mlflow-front-ends.test.ts passes its URL and the checked-out project). Not one of the
// suites jenkins.test.ts runs on its own: it needs that server.
// Run from jenkins/:  groovy -cp src:test/harness test/mlflow/MlflowPipelineTest.groovy
import org.junit.After
import org.junit.Before
import org.junit.Rule
import org.junit.Test

class MlflowPipelineTests {
    static final String URI = System.getenv('MLOPS_TEST_MLFLOW_URI')
    static final String REPO = System.getenv('MLOPS_TEST_REPO')
    static final String USER = System.getenv('MLOPS_TEST_MLFLOW_USER')
    static final String PASSWORD = System.getenv('MLOPS_TEST_MLFLOW_PASSWORD')

    Pipeline pipeline

    @Rule
    public ConsoleOnFailure console = new ConsoleOnFailure({ pipeline })

    @Before
    void setUp() {
        assert URI && REPO && USER && PASSWORD, 'MLOPS_TEST_MLFLOW_URI, MLOPS_TEST_REPO and the MLflow user name the server and the project'
        pipeline = new Pipeline(new File(REPO))
        pipeline.shell = Pipeline.BASH
        String head = ['git', '-C', REPO, 'rev-parse', 'HEAD'].execute().text.trim()
        // a branch build of main, the default branch
        pipeline.env.putAll([BRANCH_NAME: 'main', GIT_COMMIT: head, JENKINS_URL: 'http://jenkins.invalid/', BUILD_URL: 'http://jenkins.invalid/job/housing/12/', MLOPS_DEFAULT_BRANCH: 'main'])
        pipeline.credentials['mlflow'] = [username: USER, password: PASSWORD]
    }

    @After
    void tearDown() {
        pipeline.cleanup()
    }

    @Test
    void 'mlopsPipeline tracks the training in MLflow with the credentials from withCredentials'() {
        pipeline.run('mlopsPipeline', [mlflowTrackingUri: URI, mlflowExperiment: 'housing', baseRef: 'HEAD~1', comment: 'never', mlflowCredentialsId: 'mlflow'])

        String console = pipeline.console
        assert console.contains("mlflow-run-url: ${URI}/#/experiments/")
        File report = new File(REPO, 'report.md')
        assert report.getText('UTF-8').contains('MLflow run [')
        assert report.getText('UTF-8').contains('mlflow:housing')
        def binding = pipeline.calls('withCredentials')*.args.flatten().find { it.credentialsId == 'mlflow' }
        assert binding?.usernameVariable == 'MLFLOW_TRACKING_USERNAME' && binding?.passwordVariable == 'MLFLOW_TRACKING_PASSWORD'
        assert pipeline.calls('sh')*.args*.script == ['node "$MLOPS_CLI" step "$MLOPS_STEP"']
        assert !pipeline.recordedStrings().any { it.contains(PASSWORD) }
        assert !report.getText('UTF-8').contains(PASSWORD)
    }
}

Suite.run(MlflowPipelineTests)
