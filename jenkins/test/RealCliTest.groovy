// The steps with the real CLI: `sh` runs bash for real, libraryResource serves the bundle from
// resources/ (made by `npm run bundle`), and the project is a real git repository.
// Needs git, bash and node (>= 22) on PATH.
// Run from jenkins/:  groovy -cp src:test/harness test/RealCliTest.groovy
import org.junit.After
import org.junit.Before
import org.junit.Rule
import org.junit.Test

class RealCliTests {
    static final String TOKEN = 'ghp_R3alRunT0kenNeverPrinted0123456789'

    GitRepo git
    File repo
    Pipeline pipeline

    @Rule
    public ConsoleOnFailure console = new ConsoleOnFailure({ pipeline })

    /** A repository whose two commits hold the metrics of a base and of a better model, in model/. */
    @Before
    void setUp() {
        git = new GitRepo('mlops-jenkins-repo-')
        repo = git.dir
        commit('base model', '{"r2": 0.75, "rmse": 0.52}')
        String head = commit('a better model', '{"r2": 0.82, "rmse": 0.47}')

        pipeline = new Pipeline(repo)
        pipeline.shell = Pipeline.BASH
        // A multibranch build of main, as Jenkins describes it; GitHub's API is a closed port here.
        pipeline.env.putAll([BRANCH_NAME: 'main', GIT_COMMIT: head, JENKINS_URL: 'http://jenkins.invalid/', GITHUB_API_URL: 'http://127.0.0.1:9'])
        pipeline.credentials['github-token'] = TOKEN
    }

    @After
    void tearDown() {
        pipeline.cleanup()
    }

    private String commit(String message, String metrics) {
        new File(repo, 'model').mkdirs()
        new File(repo, 'model/metrics.json').setText(metrics + '\n', 'UTF-8')
        git.commit(message)
    }

    private Object run(String step, Map config) {
        pipeline.run(step, config)
    }

    @Test
    void 'mlopsMetricsDiff prints the DVC table of the two commits'() {
        run('mlopsMetricsDiff', [workingDirectory: 'model', baseRef: 'HEAD~1'])

        List<String> lines = pipeline.console.readLines()
        assert lines.find { it ==~ /Path\s+Metric\s+HEAD~1\s+workspace\s+Change/ }
        assert lines.find { it ==~ /metrics\.json\s+r2\s+0\.75\s+0\.82\s+0\.07/ }
        assert lines.find { it ==~ /metrics\.json\s+rmse\s+0\.52\s+0\.47\s+-0\.05/ }
    }

    @Test
    void 'mlopsReport writes report md, which is archived and its verdict made the build description'() {
        run('mlopsReport', [workingDirectory: 'model', baseRef: 'HEAD~1', gates: ['r2 >= 0.8'], comment: 'never', githubTokenCredentialsId: 'github-token'])

        File report = new File(repo, 'model/report.md')
        assert report.getText('UTF-8') =~ /(?m)^## ✅/
        assert pipeline.calls('archiveArtifacts')*.args == [[artifacts: 'model/report.md', allowEmptyArchive: false]]
        assert new File(pipeline.artifacts, 'model/report.md').bytes == report.bytes
        assert pipeline.currentBuild.description.startsWith('✅ Gate passed')
        // the token reached the CLI's environment only: not the console, not the report
        assert !pipeline.recordedStrings().any { it.contains(TOKEN) }
        assert !report.getText('UTF-8').contains(TOKEN)
    }

    @Test
    void 'a failed gate: the report is archived, then the step fails with the message the CLI wrote'() {
        PipelineError error = pipeline.failure { run('mlopsReport', [workingDirectory: 'model', baseRef: 'HEAD~1', gates: ['r2 >= 0.9'], comment: 'never']) }

        assert !(error.message =~ /failed with exit code/)
        assert error.message.contains('r2')
        assert pipeline.calls('archiveArtifacts')*.args == [[artifacts: 'model/report.md', allowEmptyArchive: false]]
        assert pipeline.currentBuild.description.startsWith('❌')
    }

    @Test
    void 'a bad option ends in the CLI\'s own message, passed through MLOPS_ERROR_FILE'() {
        PipelineError error = pipeline.failure { run('mlopsReport', [workingDirectory: 'model', charts: 'pie', comment: 'never']) }

        assert error.message.contains('charts') && error.message.contains('pie')
        assert !(error.message =~ /failed with exit code/)
    }

    @Test
    void 'the CLI that ran is this library\'s bundle, written to the build temp dir'() {
        run('mlopsMetricsDiff', [workingDirectory: 'model', baseRef: 'HEAD~1'])

        File written = new File("${repo}@tmp/mlops")
        new File(Pipeline.LIBRARY, 'resources/mlops/files.txt').readLines().findAll { it.trim() }.each { String file ->
            assert new File(written, file).bytes == new File(Pipeline.LIBRARY, "resources/mlops/${file}").bytes
        }
        assert pipeline.calls('sh')*.args*.script == ['node "$MLOPS_CLI" step "$MLOPS_STEP"']
    }
}

Suite.run(RealCliTests)
