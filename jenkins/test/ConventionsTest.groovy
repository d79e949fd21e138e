// Conventions every vars/*.groovy keeps, checked for each step there is and each one added later
// (the shape of SAP Piper's CommonStepsTest).
// Run from jenkins/:  groovy -cp src:test/harness test/ConventionsTest.groovy
import java.lang.reflect.Method
import org.codehaus.groovy.ast.ModuleNode
import org.codehaus.groovy.ast.CodeVisitorSupport
import org.codehaus.groovy.ast.expr.ArgumentListExpression
import org.codehaus.groovy.ast.expr.ConstantExpression
import org.codehaus.groovy.ast.expr.Expression
import org.codehaus.groovy.ast.expr.MapExpression
import org.codehaus.groovy.ast.expr.MethodCallExpression
import org.codehaus.groovy.ast.expr.TupleExpression
import org.codehaus.groovy.control.SourceUnit
import org.junit.Test

/** Finds shell steps whose command line is not one string literal (Groovy would interpolate into it). */
class ShellCommandCheck {
    static final List<String> SHELL_STEPS = ['sh', 'bat', 'powershell', 'pwsh']

    /** "line N: sh(...)" for each shell step whose script is not a plain literal. */
    static List<String> violations(String source, String name = 'step.groovy') {
        SourceUnit unit = SourceUnit.create(name, source)
        unit.parse()
        unit.completePhase()
        unit.convert()
        ModuleNode module = unit.AST
        List<String> found = []
        CodeVisitorSupport visitor = new CodeVisitorSupport() {
            @Override
            void visitMethodCallExpression(MethodCallExpression call) {
                if (call.implicitThis && call.methodAsString in SHELL_STEPS && !(script(call.arguments) instanceof ConstantExpression)) {
                    found << "line ${call.lineNumber}: ${call.text}".toString()
                }
                super.visitMethodCallExpression(call)
            }
        }
        module.statementBlock.visit(visitor)
        module.classes.each { cls -> cls.methods.each { it.code?.visit(visitor) } }
        found
    }

    /** The command of `sh 'x'`, `sh(script: 'x', ...)`; null when there is none to check. */
    private static Expression script(Expression arguments) {
        List<Expression> args = arguments instanceof TupleExpression ? arguments.expressions : [arguments]
        MapExpression named = args.find { it instanceof MapExpression }
        if (named) return named.mapEntryExpressions.find { it.keyExpression.text == 'script' }?.valueExpression
        args ? args[0] : null
    }
}

class ConventionTests {
    static final File VARS = new File(Pipeline.LIBRARY, 'vars')
    static final List<String> STEPS = Pipeline.stepNames()
    static final List<String> THIN_STEPS = STEPS - 'mlopsExecute'
    /** The credential kinds of the contract: the only ones a step may bind. */
    static final Map<String, Map> CREDENTIALS = [
        githubTokenCredentialsId: [id: 'githubTokenCredentialsId', type: 'string', variable: 'GITHUB_TOKEN'],
        registryCredentialsId   : [id: 'registryCredentialsId', type: 'usernamePassword', usernameVariable: 'MLOPS_REGISTRY_USERNAME', passwordVariable: 'MLOPS_REGISTRY_PASSWORD'],
        kubeconfigCredentialsId : [id: 'kubeconfigCredentialsId', type: 'file', variable: 'MLOPS_KUBECONFIG_FILE'],
        alertWebhookCredentialsId: [id: 'alertWebhookCredentialsId', type: 'string', variable: 'MLOPS_ALERT_WEBHOOK'],
        kfpTokenCredentialsId   : [id: 'kfpTokenCredentialsId', type: 'string', variable: 'KFP_TOKEN'],
        mlflowCredentialsId     : [id: 'mlflowCredentialsId', type: 'usernamePassword', usernameVariable: 'MLFLOW_TRACKING_USERNAME', passwordVariable: 'MLFLOW_TRACKING_PASSWORD'],
        mlflowTokenCredentialsId: [id: 'mlflowTokenCredentialsId', type: 'string', variable: 'MLFLOW_TRACKING_TOKEN'],
        // id=credentialsId lines: each "Secret text" bound to a variable of its own, passed as image-secret-envs
        imageSecretsCredentialsIds: [id: 'imageSecretsCredentialsIds', type: 'strings', variablePrefix: 'MLOPS_IMAGE_SECRET_', option: 'imageSecretEnvs'],
    ]

    /** What a thin step hands the runner, with the runner replaced by a recorder. */
    private static Map runnerCall(String step) {
        Pipeline pipeline = new Pipeline()
        try {
            pipeline.stub('mlopsExecute') { Map args -> null }
            pipeline.run(step, [workingDirectory: 'project', gates: ['r2 >= 0.75']])
            List<Map> calls = pipeline.calls.findAll { it.step != 'mlopsExecute' }
            assert calls == [], "${step} calls ${calls*.step} itself; a step only calls mlopsExecute"
            List<Map> runs = pipeline.calls('mlopsExecute')
            assert runs.size() == 1, "${step} calls mlopsExecute ${runs.size()} times"
            return runs[0].args
        } finally {
            pipeline.cleanup()
        }
    }

    @Test
    void 'the library has the steps of the contract, no more, no fewer'() {
        assert STEPS == ['mlopsDockerBuild', 'mlopsExecute', 'mlopsMetricsDiff', 'mlopsPipeline', 'mlopsPromote', 'mlopsReport', 'mlopsTrain']
    }

    @Test
    void 'each file is named as its step: camelCase, starting with mlops'() {
        STEPS.each { assert it ==~ /mlops[A-Z][a-zA-Z0-9]*/ }
    }

    @Test
    void 'each step declares void call(Map), and a thin step can be called without arguments'() {
        Pipeline pipeline = new Pipeline()
        STEPS.each { String step ->
            List<Method> calls = pipeline.script(step).getClass().declaredMethods.findAll { it.name == 'call' }
            assert calls.find { it.parameterTypes as List == [Map] }, "${step} has no call(Map)"
            assert calls.every { it.returnType == void.class }, "${step}: call must return void (declarative pipelines use no return value)"
            if (step in THIN_STEPS) assert calls.find { it.parameterTypes.length == 0 }, "${step}: declare call(Map config = [:])"
        }
        pipeline.cleanup()
    }

    @Test
    void 'each step has a help page naming it, with an example call'() {
        STEPS.each { String step ->
            File help = new File(VARS, "${step}.txt")
            assert help.isFile(), "vars/${step}.txt is missing (Jenkins shows it as the step's documentation)"
            String text = help.getText('UTF-8')
            assert text.startsWith("${step}: ")
            assert text =~ /(?m)^Example/
            assert text.contains("${step}(")
        }
    }

    @Test
    void 'each thin step calls mlopsExecute once, with its own name as the CLI step and the config untouched'() {
        THIN_STEPS.each { String step ->
            Map args = runnerCall(step)
            assert "mlops${(args.step as String).capitalize()}" == step
            assert args.options == [workingDirectory: 'project', gates: ['r2 >= 0.75']]
        }
    }

    @Test
    void 'each thin step binds only credentials of the contract, and its help page documents each one'() {
        THIN_STEPS.each { String step ->
            List<Map> credentials = runnerCall(step).credentials
            credentials.each { Map credential ->
                assert CREDENTIALS[credential.id] == credential
                assert new File(VARS, "${step}.txt").getText('UTF-8').contains(credential.id as String)
            }
        }
    }

    @Test
    void 'the runner runs exactly the CLI steps the thin steps use'() {
        Pipeline pipeline = new Pipeline()
        List<String> declared = pipeline.script('mlopsExecute').getClass().getDeclaredField('STEPS').with { accessible = true; get(null) }
        pipeline.cleanup()
        assert declared.sort() == THIN_STEPS.collect { runnerCall(it).step as String }.sort()
    }

    /** The parameters a help page lists (its Parameters section, names at the start of a line). */
    private static List<String> documentedParameters(String step) {
        List<String> lines = new File(VARS, "${step}.txt").readLines('UTF-8')
        int from = lines.findIndexOf { it.startsWith('Parameters') }
        int to = lines.findIndexOf { it.startsWith('Credentials') }
        assert from >= 0 && to > from, "${step}.txt: a Parameters section, then a Credentials section"
        lines.subList(from + 1, to).collectMany { String line ->
            def names = line =~ /^  ([a-z][A-Za-z0-9]*(?:,\s*[a-z][A-Za-z0-9]*)*)[,.]?(?:\s{2,}|\s*$)/
            names.find() ? names.group(1).split(/,\s*/).toList() : []
        }
    }

    private static List<String> actionInputs() {
        List<String> lines = new File(Pipeline.LIBRARY, '../action.yml').readLines('UTF-8')
        lines.subList(lines.indexOf('inputs:'), lines.indexOf('outputs:')).findAll { it ==~ /^  [a-z][a-z-]*:\s*$/ }.collect { it.trim() - ':' }
    }

    /** The Jenkins-only options (mlops.Options.JENKINS_OPTIONS) each step takes: the runner's, never the CLI's. */
    static final Map<String, List<String>> JENKINS_ONLY = [
        mlopsTrain      : ['nodejsInstallation'],
        mlopsMetricsDiff: ['nodejsInstallation'],
        mlopsReport     : ['gateFailure', 'nodejsInstallation', 'publishChecks'],
        mlopsDockerBuild: ['nodejsInstallation'],
        mlopsPromote    : ['nodejsInstallation'],
        mlopsPipeline   : ['gateFailure', 'nodejsInstallation', 'publishChecks'],
    ]

    @Test
    void 'the parameters the help pages list are inputs of the action or the step\'s Jenkins-only options, and mlopsPipeline lists them all'() {
        List<String> inputs = actionInputs()
        assert JENKINS_ONLY.keySet().sort() == THIN_STEPS.sort()
        THIN_STEPS.each { String step ->
            List<String> documented = documentedParameters(step)
            assert documented, "${step}.txt lists no parameters"
            documented.each { assert mlops.Options.kebab(it) in inputs || it in JENKINS_ONLY[step], "${step}.txt: ${it} is no input of action.yml nor a Jenkins-only option of ${step}" }
            // each Jenkins-only option a step takes is on its help page
            assert documented.intersect(mlops.Options.JENKINS_OPTIONS.keySet() as List).sort() == JENKINS_ONLY[step].sort()
        }
        // secrets come from credentials, the registry user with the registry credential
        List<String> expected = inputs - mlops.Options.SECRET_INPUTS.keySet() - 'registry-username'
        assert documentedParameters('mlopsPipeline').findAll { !(it in JENKINS_ONLY.mlopsPipeline) }.collect { mlops.Options.kebab(it) }.sort() == expected.sort()
    }

    @Test
    void 'the Jenkins-only options are no inputs of the action, and none reaches the CLI\'s MLOPS_OPTIONS'() {
        List<String> inputs = actionInputs()
        assert mlops.Options.JENKINS_OPTIONS.keySet().sort() == JENKINS_ONLY.values().flatten().unique().sort()
        mlops.Options.JENKINS_OPTIONS.keySet().each { assert !(mlops.Options.kebab(it) in inputs), "${it} is an input of action.yml too: it would never reach the CLI" }
        THIN_STEPS.each { String step ->
            Pipeline pipeline = new Pipeline()
            pipeline.resources = Pipeline.fakeResources()
            pipeline.install('nodejs')
            // The reporting steps archive the report the CLI leaves.
            pipeline.shell = { Map args, Map environment, File cwd, Pipeline p -> new File(cwd, 'project').mkdirs(); new File(cwd, 'project/report.md').text = '## ok\n'; 0 }
            try {
                Map config = [workingDirectory: 'project', gates: ['r2 >= 0.75']]
                JENKINS_ONLY[step].each { String key -> config[key] = mlops.Options.JENKINS_OPTIONS[key] == null ? 'node-22' : mlops.Options.JENKINS_OPTIONS[key].last() }
                pipeline.run(step, config)
                Map sent = new groovy.json.JsonSlurper().parseText(pipeline.calls('sh')[0].env.MLOPS_OPTIONS as String) as Map
                assert sent == ['working-directory': 'project', gates: ['r2 >= 0.75']], step
            } finally {
                pipeline.cleanup()
            }
        }
    }

    @Test
    void 'no step interpolates anything into a shell command line'() {
        Map<String, List<String>> violations = (VARS.listFiles().findAll { it.name.endsWith('.groovy') } + sources())
            .collectEntries { [(it.name): ShellCommandCheck.violations(it.getText('UTF-8'), it.name)] }
            .findAll { name, found -> found }
        assert violations == [:]
    }

    @Test
    void 'the runner\'s command line is the contract\'s'() {
        String runner = new File(VARS, 'mlopsExecute.groovy').getText('UTF-8')
        assert runner.findAll(/sh\(.*\)/) == ['sh(script: \'node "$MLOPS_CLI" step "$MLOPS_STEP"\', returnStatus: true)']
    }

    @Test
    void 'the interpolation check itself: it flags GStrings, variables and concatenation, and passes literals'() {
        Map<String, Boolean> flagged = [
            'sh \'node "$MLOPS_CLI" step "$MLOPS_STEP"\''                     : false,
            'sh(script: \'node "$MLOPS_CLI"\', returnStatus: true)'            : false,
            'sh(returnStdout: true, script: \'node --version\')'               : false,
            'sh "node ${cli} step ${step}"'                                    : true,
            'sh(script: "node ${cli}", returnStatus: true)'                    : true,
            'sh(script: command, returnStatus: true)'                          : true,
            'sh(\'node \' + cli)'                                              : true,
            'withEnv([]) { sh "echo ${env.GITHUB_TOKEN}" }'                    : true,
            'def f() { bat "run ${x}" }'                                       : true,
            'void call(Map c) { node { sh(script: "${c.cmd}") } }'             : true,
            'sh "node cli.js"'                                                 : false,
        ]
        flagged.each { String source, boolean expected ->
            assert (ShellCommandCheck.violations(source) as boolean) == expected, source
        }
    }

    private static List<File> sources() {
        List<File> files = []
        File src = new File(Pipeline.LIBRARY, 'src')
        if (src.isDirectory()) src.eachFileRecurse(groovy.io.FileType.FILES) { if (it.name.endsWith('.groovy')) files << it }
        files
    }
}

Suite.run(ConventionTests)
