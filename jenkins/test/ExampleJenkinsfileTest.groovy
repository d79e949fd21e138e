// examples/Jenkinsfile, run against the library: declarative sections as plain closures, the
// library's steps for real, `sh` faked.
// Run from jenkins/:  groovy -cp src:test/harness test/ExampleJenkinsfileTest.groovy
import groovy.json.JsonSlurper
import org.junit.After
import org.junit.Before
import org.junit.Test

class ExampleJenkinsfileTests {
    static final File ROOT = new File(Pipeline.LIBRARY, '..').canonicalFile
    static final File JENKINSFILE = new File(ROOT, 'examples/Jenkinsfile')
    static final String LIBRARY_LINE = "@Library('mlops@v1') _"

    Pipeline pipeline

    @Before
    void setUp() {
        pipeline = new Pipeline()
        pipeline.resources = Pipeline.fakeResources()
        pipeline.credentials.putAll(['github-token': 'ghp_example', registry: [username: 'ci', password: 'pw'], kubeconfig: 'apiVersion: v1\n'])
        pipeline.shell = { Map args, Map environment, File cwd, Pipeline p ->
            new File(cwd, 'examples/california-housing').mkdirs()
            new File(cwd, 'examples/california-housing/report.md').text = '## ✅ **All 2 gates passed** · r2 0.8\n'
            0
        }
        // The declarative sections this Jenkinsfile uses, each running its body.
        pipeline.bind('any', 'any')
        ['pipeline', 'triggers', 'options', 'stages', 'steps'].each { pipeline.stub(it) { Closure body -> body() } }
        ['agent', 'cron', 'disableConcurrentBuilds', 'timeout'].each { pipeline.stub(it) { Object[] args -> null } }
        pipeline.stub('environment') { Closure body ->
            Map values = [:]
            body.resolveStrategy = Closure.DELEGATE_FIRST
            body.delegate = values
            body()
            pipeline.env.putAll(values.collectEntries { k, v -> [(k): v as String] })
        }
    }

    @After
    void tearDown() { pipeline.cleanup() }

    private void runJenkinsfile() {
        String text = JENKINSFILE.getText('UTF-8')
        assert text.count(LIBRARY_LINE) == 1
        // Jenkins loads the library for that line; here the harness has loaded it already.
        pipeline.evaluate(text.replace(LIBRARY_LINE, ''), 'Jenkinsfile')
    }

    private Map options() {
        new JsonSlurper().parseText(pipeline.calls('sh')[0].env.MLOPS_OPTIONS as String) as Map
    }

    @Test
    void 'it runs mlopsPipeline once, for examples california-housing, in one CLI call'() {
        runJenkinsfile()

        assert pipeline.calls('mlopsPipeline').size() == 1
        assert pipeline.calls('sh')*.args == [[script: 'node "$MLOPS_CLI" step "$MLOPS_STEP"', returnStatus: true]]
        assert options()['working-directory'] == 'examples/california-housing'
        assert pipeline.calls('archiveArtifacts')*.args*.artifacts == ['examples/california-housing/report.md']
    }

    @Test
    void 'it binds the GitHub token, the registry login and the kubeconfig by credential id'() {
        runJenkinsfile()

        assert pipeline.calls('withCredentials')*.args == [[
            [type: 'string', credentialsId: 'github-token', variable: 'GITHUB_TOKEN'],
            [type: 'usernamePassword', credentialsId: 'registry', usernameVariable: 'MLOPS_REGISTRY_USERNAME', passwordVariable: 'MLOPS_REGISTRY_PASSWORD'],
            [type: 'file', credentialsId: 'kubeconfig', variable: 'MLOPS_KUBECONFIG_FILE'],
        ]]
    }

    @Test
    void 'its cron trigger is nightly, and a build it starts is a schedule for the CLI'() {
        pipeline.causes.clear()
        pipeline.causes << Pipeline.TIMER_CAUSE
        runJenkinsfile()

        assert pipeline.calls('cron')*.args == ['H 3 * * *']
        assert pipeline.calls('sh')[0].env.MLOPS_EVENT == 'schedule'
        assert pipeline.calls('sh')[0].env.MLOPS_DEFAULT_BRANCH == 'main'
    }

    @Test
    void 'every option it sets is an input of the action, and the files it names exist in the example'() {
        runJenkinsfile()

        String actionYml = new File(ROOT, 'action.yml').getText('UTF-8')
        options().keySet().each { String input -> assert actionYml =~ /(?m)^  ${input}:$/ }
        File example = new File(ROOT, options()['working-directory'] as String)
        assert new File(example, options()['smoke-test'] as String).isFile()
        assert new File(example, 'mlops.yaml').isFile()
    }
}

Suite.run(ExampleJenkinsfileTests)
