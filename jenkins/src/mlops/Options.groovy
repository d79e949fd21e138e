package mlops

import com.cloudbees.groovy.cps.NonCPS
import groovy.json.JsonOutput

/**
 * A step's Map config, as a Jenkinsfile writes it (camelCase keys), turned into MLOPS_OPTIONS: a
 * JSON object keyed by the GitHub Action's input names (kebab case). Credential ids only choose
 * what `withCredentials` binds, and the Jenkins-only options (JENKINS_OPTIONS) only what the runner
 * does, so neither reaches the CLI. Pure functions, no pipeline steps:
 * `@NonCPS` keeps them out of the CPS transformation.
 */
class Options implements Serializable {
    /** Action inputs that carry a secret, and the credential id that replaces each in Jenkins (null: none does). */
    static final Map<String, String> SECRET_INPUTS = [
        'github-token'     : 'githubTokenCredentialsId',
        'registry-password': 'registryCredentialsId',
        'kubeconfig'       : 'kubeconfigCredentialsId',
        'alert-webhook'    : 'alertWebhookCredentialsId',
        'kfp-token'        : 'kfpTokenCredentialsId',
        'image-secrets'    : 'imageSecretsCredentialsIds',
    ]

    /** An id as BuildKit and the CLI take it (src/image/secrets.ts), then a Jenkins credential id. */
    static final String SECRET_LINE = /^([A-Za-z0-9_.-]+)=(\S+)$/

    /**
     * Options of the Jenkins steps alone: how the runner treats the build and runs the CLI, never
     * passed to it (like the credential ids). Each with the values it takes; null: any name.
     */
    static final Map<String, List> JENKINS_OPTIONS = [
        gateFailure       : ['FAILURE', 'UNSTABLE'],
        nodejsInstallation: null,
        publishChecks     : [true, false],
    ]

    /** `trainCommand` → `train-command`; a key already in kebab case stays as it is. */
    @NonCPS
    static String kebab(String key) {
        key.replaceAll(/([a-z0-9])([A-Z])/, '$1-$2').toLowerCase()
    }

    /** `registryCredentialsId` names one credential; `imageSecretsCredentialsIds` lines of `id=credentialsId`. */
    @NonCPS
    static boolean isCredentialKey(Object key) {
        key instanceof CharSequence && (key.toString().endsWith('CredentialsId') || key.toString().endsWith('CredentialsIds'))
    }

    /** The `id=credentialsId` lines of a `…CredentialsIds` option (a string of lines or a list), as [id, credentialsId] pairs. */
    @NonCPS
    static List<List<String>> credentialLines(Object value) {
        List<String> lines = value instanceof CharSequence ? value.toString().readLines() : (value ?: []).collect { it.toString() }
        lines.collect { it.trim() }.findAll { it }.collect { String line ->
            def match = line =~ SECRET_LINE
            match.matches() ? [match.group(1), match.group(2)] : [null, line]
        }
    }

    /**
     * The config with `lines` added to the option `camelKey` (given in either spelling, as a string
     * of lines or a list): how the runner hands the CLI the variables it bound.
     */
    @NonCPS
    static Map withLines(Map config, String camelKey, List<String> lines) {
        if (!lines) return config
        String wanted = kebab(camelKey)
        Map result = [:]
        List<String> merged = []
        config.each { key, value ->
            if (key instanceof CharSequence && kebab(key.toString()) == wanted) {
                if (value instanceof CharSequence) merged.addAll(value.toString().readLines().findAll { it.trim() })
                else if (value != null) merged.addAll(value.collect { it.toString() })
            } else {
                result[key] = value
            }
        }
        result[camelKey] = merged + lines
        result
    }

    /** The Jenkins-only option a key names (`gateFailure` or `gate-failure`), or null. */
    @NonCPS
    static String jenkinsKey(Object key) {
        if (!(key instanceof CharSequence)) return null
        String wanted = kebab(key.toString())
        JENKINS_OPTIONS.keySet().find { kebab(it) == wanted }
    }

    /** The value of an option given either as `reportPath` or as `report-path`; null when unset. */
    @NonCPS
    static Object get(Map config, String camelKey) {
        String wanted = kebab(camelKey)
        def entry = config.find { key, value -> key instanceof CharSequence && kebab(key.toString()) == wanted && value != null }
        entry?.value
    }

    /**
     * Everything wrong with a config, one sentence per key, naming it and the form expected; empty
     * when the config can be passed on. `credentialKeys` are the ids the step binds.
     */
    @NonCPS
    static List<String> problems(Map config, List<String> credentialKeys) {
        List<String> problems = []
        Map<String, String> seen = [:]
        config.each { key, value ->
            if (!(key instanceof CharSequence)) {
                problems << "option keys are names, not ${key?.getClass()?.simpleName}: ${key}."
                return
            }
            String name = key.toString()
            if (isCredentialKey(name)) {
                if (!(name in credentialKeys)) {
                    problems << "${name}: this step binds no such credential (it takes ${credentialKeys ? credentialKeys.join(', ') : 'none'})."
                } else if (name.endsWith('CredentialsIds')) {
                    String wrong = credentialLinesProblem(value)
                    if (wrong) problems << "${name}: ${wrong}"
                } else if (value != null && !(value instanceof CharSequence)) {
                    problems << "${name}: give the id of a Jenkins credential as a string."
                }
                return
            }
            String input = kebab(name)
            String jenkins = jenkinsKey(name)
            if (jenkins) {
                if (seen.containsKey(input)) problems << "${seen[input]} and ${name} are the same option (${input}); give it once."
                seen[input] = name
                List allowed = JENKINS_OPTIONS[jenkins]
                if (value != null && allowed && allowed[0] instanceof Boolean) {
                    if (!(value instanceof Boolean)) problems << "${name}: give true or false, not ${value instanceof CharSequence ? "'${value}'" : value}."
                } else if (value != null && !(value instanceof CharSequence && value.toString().trim())) {
                    problems << "${name}: give ${allowed ? allowed.collect { "'${it}'" }.join(' or ') : 'a name'} as a string."
                } else if (value != null && allowed && !(value.toString() in allowed)) {
                    problems << "${name}: '${value}' is not ${allowed.collect { "'${it}'" }.join(' or ')}."
                }
                return
            }
            if (SECRET_INPUTS.containsKey(input)) {
                String credential = SECRET_INPUTS[input]
                problems << (!credential
                    ? "${name}: it holds a secret, which never goes in step options, and the Jenkins steps bind no credential for it."
                    : credential.endsWith('Ids')
                    ? "${name}: secrets come from Jenkins credentials, never from step options; set ${credential} to id=credentialsId lines (\"Secret text\" credentials) instead."
                    : "${name}: secrets come from Jenkins credentials, never from step options; set ${credential} to a credential id instead.")
                return
            }
            if (seen.containsKey(input)) problems << "${seen[input]} and ${name} are the same option (${input}); give it once."
            seen[input] = name
            String wrong = valueProblem(value)
            if (wrong) problems << "${name}: ${wrong}"
        }
        problems
    }

    /** The MLOPS_OPTIONS JSON of a config that has no problems: kebab keys, no credential ids, no Jenkins-only options, no nulls. */
    @NonCPS
    static String toJson(Map config) {
        Map<String, Object> options = [:]
        config.each { key, value ->
            if (value != null && !isCredentialKey(key) && !jenkinsKey(key)) options[kebab(key.toString())] = jsonValue(value)
        }
        JsonOutput.toJson(options)
    }

    /** What is wrong with the value of a `…CredentialsIds` option, or null. */
    @NonCPS
    private static String credentialLinesProblem(Object value) {
        if (value == null) return null
        boolean text = value instanceof CharSequence
        boolean list = (value instanceof Collection || value instanceof Object[]) && value.every { it instanceof CharSequence }
        if (!text && !list) return "give 'id=credentialsId' lines, as a string or a list of strings."
        Set<String> ids = []
        for (List<String> pair in credentialLines(value)) {
            if (pair[0] == null) return "'${pair[1]}' is not id=credentialsId (the secret's id in the Dockerfile's RUN --mount=type=secret,id=…, then the id of a \"Secret text\" credential)."
            if (!ids.add(pair[0])) return "the id ${pair[0]} is given twice; give each id once."
        }
        null
    }

    @NonCPS
    private static String valueProblem(Object value) {
        if (value == null || value instanceof CharSequence || value instanceof Boolean) return null
        if (value instanceof Number) return Double.isFinite(value.doubleValue()) ? null : "${value} is not a number JSON can carry."
        if (value instanceof Collection || value instanceof Object[]) {
            int at = value.findIndexOf { !(it instanceof CharSequence || it instanceof Number || it instanceof Boolean) }
            if (at < 0) return null
            def item = value[at]
            return "a list takes strings; item ${at + 1} is ${item == null ? 'null' : item.getClass().simpleName}."
        }
        "give a string, a number, a boolean or a list of strings, not ${value.getClass().simpleName}."
    }

    @NonCPS
    private static Object jsonValue(Object value) {
        if (value instanceof CharSequence) return value.toString()
        if (value instanceof Collection || value instanceof Object[]) return value.collect { it.toString() }
        value
    }
}
