// The library's pure classes (src/mlops): option names and values, report path and verdict.
// Run from jenkins/:  groovy -cp src:test/harness test/LibraryClassesTest.groovy
import groovy.json.JsonSlurper
import mlops.Options
import mlops.Report
import org.junit.Test

class OptionsTests {
    @Test
    void 'camelCase keys become the action input names'() {
        Map<String, String> names = [
            workingDirectory : 'working-directory', trainCommand: 'train-command', trainTimeout: 'train-timeout',
            baseRef          : 'base-ref', csvRow: 'csv-row', reportPath: 'report-path', reportId: 'report-id',
            imageTags        : 'image-tags', imageFlavor: 'image-flavor', imageLabels: 'image-labels', buildArgs: 'build-args',
            registryUsername : 'registry-username', kserveName: 'kserve-name', kserveNamespace: 'kserve-namespace',
            kserveModelFormat: 'kserve-model-format', kserveStorageUri: 'kserve-storage-uri', kserveRuntime: 'kserve-runtime',
            canaryPercent    : 'canary-percent', smokeTest: 'smoke-test', kserveTimeout: 'kserve-timeout',
            gates            : 'gates', image: 'image', push: 'push', 'report-path': 'report-path',
        ]
        names.each { camel, kebab -> assert Options.kebab(camel) == kebab }
    }

    @Test
    void 'every input of action yml but the secrets has a camelCase spelling that maps onto it'() {
        File actionYml = new File(Pipeline.LIBRARY, '../action.yml')
        List<String> lines = actionYml.readLines()
        List<String> inputs = lines.subList(lines.indexOf('inputs:'), lines.indexOf('outputs:')).findAll { it ==~ /^  [a-z][a-z-]*:\s*$/ }.collect { it.trim() - ':' }
        assert inputs.contains('train-command') && inputs.contains('kserve-timeout')
        (inputs - Options.SECRET_INPUTS.keySet()).each { String input ->
            String camel = input.replaceAll(/-([a-z])/) { all, letter -> letter.toUpperCase() }
            assert Options.kebab(camel) == input
            assert Options.problems([(camel): 'x'], []) == []
        }
    }

    @Test
    void 'the JSON: config order, kebab keys, typed scalars, lists of strings, no nulls and no credential ids'() {
        Map config = [trainCommand: 'python3 train.py', canaryPercent: 10, push: false, gates: ['r2 >= 0.75', "rmse max-rise ${5}%"],
                      context: null, githubTokenCredentialsId: 'gh', precision: 3.5G, buildArgs: ['N=1', 2, true] as Object[]]
        String json = Options.toJson(config)

        assert json == '{"train-command":"python3 train.py","canary-percent":10,"push":false,"gates":["r2 >= 0.75","rmse max-rise 5%"],"precision":3.5,"build-args":["N=1","2","true"]}'
        assert new JsonSlurper().parseText(json).gates == ['r2 >= 0.75', 'rmse max-rise 5%']
    }

    @Test
    void 'non-ASCII text survives the JSON'() {
        assert new JsonSlurper().parseText(Options.toJson([headline: 'précision ✅'])) == [headline: 'précision ✅']
    }

    @Test
    void 'each problem names the key and says what to give instead'() {
        Map<Map, List<String>> cases = [
            ([githubToken: 'ghp_x'])                        : ['githubToken: secrets come from Jenkins credentials, never from step options; set githubTokenCredentialsId to a credential id instead.'],
            (['registry-password': 'p'])                    : ['registry-password: secrets come from Jenkins credentials, never from step options; set registryCredentialsId to a credential id instead.'],
            ([kubeconfig: 'apiVersion: v1'])                : ['kubeconfig: secrets come from Jenkins credentials, never from step options; set kubeconfigCredentialsId to a credential id instead.'],
            ([alertWebhook: 'https://hooks.example.com/x']) : ['alertWebhook: secrets come from Jenkins credentials, never from step options; set alertWebhookCredentialsId to a credential id instead.'],
            ([registryCredentialsId: 'r'])                  : ['registryCredentialsId: this step binds no such credential (it takes githubTokenCredentialsId).'],
            ([githubTokenCredentialsId: 42])                : ['githubTokenCredentialsId: give the id of a Jenkins credential as a string.'],
            ([gates: [[r2: 0.75]]])                         : ['gates: a list takes strings; item 1 is LinkedHashMap.'],
            ([gates: ['r2 >= 0.75', null]])                 : ['gates: a list takes strings; item 2 is null.'],
            ([canaryPercent: Double.NaN])                   : ['canaryPercent: NaN is not a number JSON can carry.'],
            ([trainCommand: { 'python3' }])                 : [],
            ([reportPath: 'a.md', 'report-path': 'b.md'])   : ['reportPath and report-path are the same option (report-path); give it once.'],
            ([trainCommand: 'python3 train.py', push: true]): [],
        ]
        cases.each { config, expected ->
            List<String> problems = Options.problems(config, ['githubTokenCredentialsId'])
            if (config.trainCommand instanceof Closure) assert problems.size() == 1 && problems[0].startsWith('trainCommand: give a string, a number, a boolean or a list of strings, not ')
            else assert problems == expected
        }
    }

    @Test
    void 'an option given either way is found'() {
        assert Options.get([workingDirectory: 'a'], 'workingDirectory') == 'a'
        assert Options.get(['working-directory': 'b'], 'workingDirectory') == 'b'
        assert Options.get([workingDirectory: null], 'workingDirectory') == null
        assert Options.get([:], 'reportPath') == null
    }
}

class ReportClassTests {
    @Test
    void 'the report path joins workingDirectory and reportPath as the CLI does'() {
        Map<List<String>, String> cases = [
            ([null, 'report.md'])                   : 'report.md',
            (['.', 'report.md'])                    : 'report.md',
            (['./', 'report.md'])                   : 'report.md',
            (['examples/housing', 'report.md'])     : 'examples/housing/report.md',
            (['examples/housing/', 'out/r.md'])     : 'examples/housing/out/r.md',
            (['./examples/housing', './r.md'])      : 'examples/housing/r.md',
            (['examples//housing/.', 'r.md'])       : 'examples/housing/r.md',
            (['examples', '/abs/r.md'])             : '/abs/r.md',
        ]
        cases.each { args, expected -> assert Report.join(args[0], args[1]) == expected }
    }

    @Test
    void 'paths archiveArtifacts cannot take are named'() {
        assert Report.pathProblem('examples/report.md') == null
        assert Report.pathProblem('/srv/report.md').startsWith('the report path /srv/report.md is absolute')
        assert Report.pathProblem('C:/ws/report.md').startsWith('the report path C:/ws/report.md is absolute')
        assert Report.pathProblem('../report.md').startsWith('the report path ../report.md leaves the workspace')
        assert Report.pathProblem('a/../../report.md') != null
    }

    @Test
    void 'report-path is read from mlops yaml: plain, quoted or commented, and nested keys do not count'() {
        Map<String, String> cases = [
            'report-path: out/report.md\n'                     : 'out/report.md',
            'gates:\n  - r2 >= 0.75\nreport-path: "r.md"\n'    : 'r.md',
            "report-path: 'my report.md'   # for the wiki\n"   : 'my report.md',
            'stages:\n  report-path: nested.md\n'              : null,
            'report-path:\n'                                   : null,
            'train-command: python3 train.py\n'                : null,
        ]
        cases.each { yaml, expected -> assert Report.configuredPath(yaml) == expected }
    }

    @Test
    void 'the verdict is the first heading without markdown marks, cut to 100 characters'() {
        assert Report.verdict('<!-- mlops-report id=default -->\n## ✅ **All 2 gates passed** · r2 `0.81`\n\n### Gates\n') == '✅ All 2 gates passed · r2 0.81'
        assert Report.verdict('## ❌ **Training failed**: python3 train.py exited with code 1') == '❌ Training failed: python3 train.py exited with code 1'
        assert Report.verdict('no heading\n#hashtag\n') == null
        String cut = Report.verdict("## ${'a' * 150}")
        assert cut.length() == 100 && cut.endsWith('…')
    }
}

Suite.run(OptionsTests, ReportClassTests)
