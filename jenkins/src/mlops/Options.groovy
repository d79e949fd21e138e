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
    ]

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

    @NonCPS
    static boolean isCredentialKey(Object key) {
        key instanceof CharSequence && key.toString().endsWith('CredentialsId')
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
                problems << (SECRET_INPUTS[input]
                    ? "${name}: secrets come from Jenkins credentials, never from step options; set ${SECRET_INPUTS[input]} to a credential id instead."
                    : "${name}: it holds a secret, which never goes in step options, and the Jenkins steps bind no credential for it.")
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
