import java.nio.file.FileSystems
import java.nio.file.Files
import java.nio.file.PathMatcher

/**
 * A small stand-in for a Jenkins build running this library (JenkinsPipelineUnit needs Maven
 * Central, which this machine cannot reach). It loads vars/*.groovy the way Jenkins loads global
 * variables, binds the pipeline steps they use as closures that record every call (step name,
 * arguments, and for `sh` the environment it ran with), and runs workspace steps against a real
 * temp directory. `sh` is a fake by default; `shell = Pipeline.BASH` runs it for real.
 */
class Pipeline {
    /** The library checkout (the folder holding vars/, src/ and resources/). */
    static final File LIBRARY = findLibrary()
    static final String TIMER_CAUSE = 'hudson.triggers.TimerTrigger$TimerTriggerCause'
    static final String USER_CAUSE = 'hudson.model.Cause$UserIdCause'

    /** Variables of the machine running the tests that a Jenkins agent would not have. */
    static final List<String> NOT_ON_AN_AGENT = ['GITHUB_', 'RUNNER_', 'INPUT_', 'ACTIONS_', 'MLOPS_', 'JENKINS_', 'GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']

    /** Runs the script with bash in `cwd`, with the agent's environment plus the build's. */
    static final Closure BASH = { Map args, Map<String, String> environment, File cwd, Pipeline pipeline ->
        ProcessBuilder builder = new ProcessBuilder('bash', '-c', args.script as String).directory(cwd)
        builder.environment().keySet().removeIf { String name -> NOT_ON_AN_AGENT.any { name.startsWith(it) } }
        builder.environment().putAll(environment)
        builder.redirectErrorStream(!args.returnStdout)
        if (args.returnStdout) builder.redirectError(ProcessBuilder.Redirect.INHERIT)
        Process process = builder.start()
        process.outputStream.close()
        String output = process.inputStream.getText('UTF-8')
        int status = process.waitFor()
        if (args.returnStdout) return [status: status, stdout: output]
        pipeline.console(output)
        return status
    }

    final File workspace
    /** libraryResource reads `<resources>/<name>`; the library's own resources/ unless a test says otherwise. */
    File resources = new File(LIBRARY, 'resources')
    /** The build's environment (what Jenkins sets, plus withEnv); `env` in the scripts. */
    final Map<String, String> env = [:]
    /** Jenkins credentials by id: a String (Secret text, Secret file content) or [username:, password:]. */
    final Map<String, Object> credentials = [:]
    /** Class names of the build's causes, as currentBuild.getBuildCauses(className) filters them. */
    final List<String> causes = [USER_CAUSE]
    boolean unix = true
    /** Fake `sh`: (args, environment, cwd, pipeline) → exit status, or [status:, stdout:]. */
    Closure shell = { Map args, Map environment, File cwd, Pipeline pipeline -> 0 }
    final FakeBuild currentBuild = new FakeBuild(this)
    /** What publishChecks published, in order (with the checks-api plugin installed). */
    final List<Map> checks = []
    /** Every step call in order: [step: name, args: the arguments, plus what the step adds]. */
    final List<Map> calls = []
    final File artifacts
    private final StringBuilder log = new StringBuilder()
    /** Names of the variables withCredentials has bound: in `env` as in Jenkins, left out of what `sh` records. */
    private final Set<String> secretNames = [] as Set
    private final Map<String, Script> scripts = [:]
    private final Binding binding = new Binding()
    private File cwd

    Pipeline(File workspace = Files.createTempDirectory('mlops-ws-').toFile()) {
        this.workspace = workspace.canonicalFile
        this.cwd = this.workspace
        this.artifacts = Files.createTempDirectory('mlops-artifacts-').toFile()
        env.putAll([WORKSPACE: this.workspace.path, BUILD_NUMBER: '7', BUILD_TAG: 'jenkins-housing-main-7',
                    JOB_NAME: 'housing/main', BUILD_URL: 'http://jenkins.invalid/job/housing/job/main/7/'])
        bindSteps()
        new File(LIBRARY, 'vars').listFiles().findAll { it.name.endsWith('.groovy') }.each { load(it) }
    }

    /** Names of the library's steps (vars/*.groovy), sorted. */
    static List<String> stepNames() {
        new File(LIBRARY, 'vars').listFiles().findAll { it.name.endsWith('.groovy') }.collect { it.name - '.groovy' }.sort()
    }

    /** Calls a library step as a Jenkinsfile does: `mlopsTrain(trainCommand: 'python3 train.py')`. */
    Object run(String step, Map config = null) {
        Script script = scripts[step]
        if (script == null) throw new IllegalArgumentException("no step ${step} in ${LIBRARY}/vars")
        config == null ? script.invokeMethod('call', [] as Object[]) : script.invokeMethod('call', [config] as Object[])
    }

    Script script(String step) { scripts[step] }

    /** Runs a piece of Jenkinsfile written in a test: `pipeline.jenkinsfile { dir('x') { mlopsTrain() } }`. */
    Object jenkinsfile(Closure body) {
        Script steps = new Script(binding) {
            Object run() { null }
        }
        Closure code = body.rehydrate(steps, body.owner, body.thisObject)
        code.resolveStrategy = Closure.DELEGATE_FIRST
        code.call()
    }

    /** Runs a Jenkinsfile's text against the bound steps and the library (the @Library line is the caller's to drop). */
    Object evaluate(String text, String name = 'Jenkinsfile') {
        new GroovyShell(Pipeline.classLoader, binding).evaluate(text, name)
    }

    /** Replaces a step (a pipeline step or a library one) with a closure, e.g. to record the runner's arguments. */
    void stub(String step, Closure body) {
        binding.setVariable(step, { Object[] args -> record(step, args.length == 1 ? args[0] : args.toList()); body.call(*args) })
    }

    /**
     * Installs a plugin's steps: 'checks-api' (publishChecks, recorded in `checks`), 'nodejs'
     * (nodejs(nodeJSInstallationName:) { }, which puts the installation's bin first on PATH for
     * its body, at NODEJS_HOME/<name>/bin). Without it, a library step calling one fails as Jenkins
     * does: NoSuchMethodError "No such DSL method".
     */
    void install(String plugin) {
        switch (plugin) {
            case 'checks-api':
                binding.setVariable('publishChecks', { Map args -> record('publishChecks', args); checks << args; null })
                break
            case 'nodejs':
                binding.setVariable('nodejs', { Map args, Closure body ->
                    record('nodejs', args)
                    String bin = "${NODEJS_HOME}/${args.nodeJSInstallationName}/bin"
                    withOverlay(env, [PATH: env.PATH ? "${bin}:${env.PATH}".toString() : bin], body)
                })
                break
            default:
                throw new IllegalArgumentException("no fake for the plugin ${plugin}")
        }
    }

    static final String NODEJS_HOME = '/var/jenkins/tools/jenkins.plugins.nodejs.tools.NodeJSInstallation'

    /** Sets a variable the scripts see (e.g. `any` for a Jenkinsfile's `agent any`). */
    void bind(String name, Object value) {
        binding.setVariable(name, value)
    }

    /** Runs body; returns the error it ended with (a PipelineError) or fails when it ended without one. */
    PipelineError failure(Closure body) {
        try {
            body.call()
        } catch (PipelineError error) {
            return error
        }
        throw new AssertionError("expected the build to fail; console:\n${log}")
    }

    List<Map> calls(String step) { calls.findAll { it.step == step } }

    String getConsole() { log.toString() }

    void console(String text) { log.append(text) }

    /** Every secret value the configured credentials hold (usernames included: Jenkins masks them too). */
    List<String> secrets() {
        credentials.values().collectMany { it instanceof Map ? it.values().collect { String.valueOf(it) } : [String.valueOf(it)] }
    }

    /** Every string this build recorded: step arguments, the environment of each sh, the console, the description. */
    List<String> recordedStrings() {
        List<String> strings = []
        Closure collect
        collect = { value ->
            if (value instanceof Map) value.each { k, v -> collect(k); collect(v) }
            else if (value instanceof Collection || value instanceof Object[]) value.each { collect(it) }
            else if (value != null && !(value instanceof Closure)) strings << value.toString()
        }
        collect(calls)
        strings << log.toString()
        if (currentBuild.description != null) strings << currentBuild.description
        strings
    }

    File file(String path) { resolve(path) }

    /** A library-resources folder holding a stand-in CLI; returns it (use as `resources`). */
    static File fakeResources(Map<String, String> files = ['package.json': '{"type": "module"}\n', 'cli/index.js': '// the CLI\n', 'cli/70.index.js': '// a chunk\n']) {
        File root = Files.createTempDirectory('mlops-resources-').toFile()
        new File(root, 'mlops').mkdirs()
        new File(root, 'mlops/files.txt').setText(files.keySet().join('\n') + '\n', 'UTF-8')
        files.each { name, text ->
            File target = new File(root, "mlops/${name}")
            target.parentFile.mkdirs()
            target.setText(text, 'UTF-8')
        }
        root
    }

    /** Removes the workspace, its temp dir, the artifacts and a fake resources folder. */
    void cleanup() {
        workspace.deleteDir()
        new File(workspace.path + '@tmp').deleteDir()
        artifacts.deleteDir()
        if (resources.canonicalPath != new File(LIBRARY, 'resources').canonicalPath) resources.deleteDir()
    }

    private static File findLibrary() {
        File dir = new File(System.getProperty('user.dir')).canonicalFile
        if (!new File(dir, 'vars').isDirectory()) throw new IllegalStateException("run the tests from the library folder (jenkins/), not ${dir}")
        dir
    }

    /** Compiled once per run of the tests; each Pipeline gets its own instances. */
    private static final Map<File, Class<Script>> COMPILED = [:]

    private void load(File file) {
        Class<Script> compiled = COMPILED.computeIfAbsent(file) { new GroovyShell(Pipeline.classLoader).parse(it).getClass() }
        Script script = org.codehaus.groovy.runtime.InvokerHelper.createScript(compiled, binding)
        String name = file.name - '.groovy'
        // A step that is not bound is Jenkins' NoSuchMethodError, which is how a pipeline finds
        // out that a plugin is missing; bound steps are called as Script would call them.
        script.metaClass.methodMissing = { String method, Object args ->
            if (binding.hasVariable(method) && binding.getVariable(method) instanceof Closure) return (binding.getVariable(method) as Closure).call(*(args as Object[]))
            throw new NoSuchMethodError("No such DSL method '${method}' found among steps [${binding.variables.findAll { k, v -> v instanceof Closure }.keySet().sort().join(', ')}]")
        }
        scripts[name] = script
        // Jenkins resolves `mlopsExecute(...)` in another step to that global variable's call().
        binding.setVariable(name, { Object[] args -> record(name, args.length == 1 ? args[0] : args.toList()); script.invokeMethod('call', args) })
    }

    private Object record(String step, Object args, Map extra = [:]) {
        calls << ([step: step, args: args] + extra)
        null
    }

    private File resolve(String path) {
        File file = new File(path)
        (file.absolute ? file : new File(cwd, path)).canonicalFile
    }

    private static Map named(Object arg, String key) {
        arg instanceof Map ? arg : [(key): arg]
    }

    private Object withOverlay(Map<String, String> target, Map<String, String> values, Closure body) {
        Map<String, String> saved = new LinkedHashMap<>(target)
        target.putAll(values)
        try {
            return body.call()
        } finally {
            target.clear()
            target.putAll(saved)
        }
    }

    private void bindSteps() {
        binding.setVariable('env', env)
        binding.setVariable('currentBuild', currentBuild)
        Map<String, Closure> steps = [
            echo           : { Object message -> record('echo', message); log.append("${message}\n") },
            error          : { Object message ->
                record('error', message)
                log.append("ERROR: ${message}\n")
                throw new PipelineError(message as String)
            },
            isUnix         : { -> record('isUnix', []); unix },
            // workflow-basic-steps: the build (and the stage) become UNSTABLE, the message is logged.
            unstable       : { Object arg ->
                Map args = named(arg, 'message')
                record('unstable', args)
                log.append("WARNING: ${args.message}\n")
                if (currentBuild.result != 'FAILURE') currentBuild.result = 'UNSTABLE'
                null
            },
            pwd            : { Map args = [:] ->
                record('pwd', args)
                args.tmp ? new File(cwd.path + '@tmp').path : cwd.path
            },
            dir            : { String path, Closure body ->
                record('dir', path)
                File saved = cwd
                cwd = resolve(path)
                cwd.mkdirs()
                try { body.call() } finally { cwd = saved }
            },
            node           : { Object[] args -> record('node', args.length > 1 ? args[0] : null); (args[-1] as Closure).call() },
            stage          : { String name, Closure body -> record('stage', name); body.call() },
            withEnv        : { List entries, Closure body ->
                record('withEnv', entries.collect { it.toString() })
                Map<String, String> values = entries.collectEntries { String entry = it.toString(); int at = entry.indexOf('='); [(entry.substring(0, at)): entry.substring(at + 1)] }
                withOverlay(env, values, body)
            },
            string         : { Map args -> record('string', args); [type: 'string'] + args },
            usernamePassword: { Map args -> record('usernamePassword', args); [type: 'usernamePassword'] + args },
            file           : { Map args -> record('file', args); [type: 'file'] + args },
            withCredentials: { List bindings, Closure body ->
                record('withCredentials', bindings)
                Map<String, String> values = [:]
                List<File> secretFiles = []
                bindings.each { Map binding ->
                    if (!credentials.containsKey(binding.credentialsId)) throw new PipelineError("Could not find credentials entry with ID '${binding.credentialsId}'")
                    def secret = credentials[binding.credentialsId]
                    switch (binding.type) {
                        case 'string': values[binding.variable] = secret as String; break
                        case 'usernamePassword':
                            values[binding.usernameVariable] = secret.username as String
                            values[binding.passwordVariable] = secret.password as String
                            break
                        case 'file':
                            File secretFile = new File(cwd.path + '@tmp', "secretFiles/${UUID.randomUUID()}/${binding.credentialsId}")
                            secretFile.parentFile.mkdirs()
                            secretFile.setText(secret as String, 'UTF-8')
                            secretFiles << secretFile.parentFile
                            values[binding.variable] = secretFile.path
                            break
                        default: throw new IllegalArgumentException("binding type ${binding.type}")
                    }
                }
                Set<String> saved = new LinkedHashSet<>(secretNames)
                secretNames.addAll(values.keySet())
                try {
                    withOverlay(env, values, body)
                } finally {
                    secretNames.clear()
                    secretNames.addAll(saved)
                    secretFiles.each { it.deleteDir() }
                }
            },
            sh             : { Object arg ->
                Map args = named(arg, 'script')
                record('sh', args, [env: env.findAll { k, v -> !(k in secretNames) }, credentials: secretNames.toList(), cwd: cwd.path])
                def result = shell.call(args, new LinkedHashMap<>(env), cwd, this)
                int status = result instanceof Map ? result.status as int : result as int
                if (args.returnStdout) return result instanceof Map ? result.stdout : ''
                if (args.returnStatus) return status
                if (status != 0) throw new PipelineError("script returned exit code ${status}")
                null
            },
            libraryResource: { Object arg ->
                Map args = named(arg, 'resource')
                record('libraryResource', args)
                File file = new File(resources, args.resource as String)
                if (!file.isFile()) throw new PipelineError("No such library resource ${args.resource} could be found.")
                args.encoding == 'Base64' ? file.bytes.encodeBase64().toString() : file.getText((args.encoding ?: 'UTF-8') as String)
            },
            writeFile      : { Map args ->
                // The text can be the whole CLI bundle: record its length, not the text.
                record('writeFile', [file: args.file.toString(), length: args.text.toString().length()] + (args.encoding ? [encoding: args.encoding] : [:]))
                File file = resolve(args.file.toString())
                file.parentFile.mkdirs()
                if (args.encoding == 'Base64') file.bytes = (args.text as String).decodeBase64()
                else file.setText(args.text as String, (args.encoding ?: 'UTF-8') as String)
            },
            readFile       : { Object arg ->
                Map args = named(arg, 'file')
                record('readFile', args)
                File file = resolve(args.file.toString())
                if (!file.isFile()) throw new FileNotFoundException(file.path)
                file.getText((args.encoding ?: 'UTF-8') as String)
            },
            fileExists     : { Object arg ->
                Map args = named(arg, 'file')
                record('fileExists', args)
                resolve(args.file.toString()).exists()
            },
            archiveArtifacts: { Object arg ->
                Map args = named(arg, 'artifacts')
                record('archiveArtifacts', args)
                List<File> found = []
                args.artifacts.toString().split(',').collect { it.trim() }.each { String pattern ->
                    PathMatcher matcher = FileSystems.default.getPathMatcher("glob:${pattern}")
                    cwd.eachFileRecurse(groovy.io.FileType.FILES) { File file ->
                        if (matcher.matches(cwd.toPath().relativize(file.toPath()))) found << file
                    }
                }
                if (!found && !args.allowEmptyArchive) throw new PipelineError("No artifacts found that match the file pattern \"${args.artifacts}\". Configuration error?")
                found.each { File file ->
                    File copy = new File(artifacts, cwd.toPath().relativize(file.toPath()).toString())
                    copy.parentFile.mkdirs()
                    copy.bytes = file.bytes
                }
            },
        ]
        steps.each { name, body -> binding.setVariable(name, body) }
    }
}
