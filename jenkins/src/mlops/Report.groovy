package mlops

import com.cloudbees.groovy.cps.NonCPS

/** Where the markdown report is, and the one-line verdict the build shows. Pure functions. */
class Report implements Serializable {
    static final String DEFAULT_PATH = 'report.md'
    static final String CONFIG_FILE = 'mlops.yaml'
    static final int VERDICT_LENGTH = 100

    /** `dir/file` from where the step runs, as the CLI resolves working-directory; `.` segments dropped. */
    @NonCPS
    static String join(String directory, String file) {
        String path = file.startsWith('/') ? file : "${directory ?: '.'}/${file}"
        (path.startsWith('/') ? '/' : '') + path.split('/').findAll { it && it != '.' }.join('/')
    }

    /** Why archiveArtifacts could not take this path, or null: it only archives inside the workspace. */
    @NonCPS
    static String pathProblem(String path) {
        if (path.startsWith('/') || path ==~ /^[A-Za-z]:.*/) return "the report path ${path} is absolute; archiveArtifacts only takes paths inside the workspace (give workingDirectory and reportPath relative to it)."
        if (path.split('/').contains('..')) return "the report path ${path} leaves the workspace; archiveArtifacts only takes paths inside it."
        null
    }

    /** `report-path:` as a top-level key of mlops.yaml (which the CLI reads too), or null. */
    @NonCPS
    static String configuredPath(String mlopsYaml) {
        def match = mlopsYaml =~ /(?m)^report-path:[ \t]*(["']?)([^"'#\r\n]*?)\1[ \t]*(?:#.*)?$/
        match.find() && match.group(2).trim() ? match.group(2).trim() : null
    }

    /**
     * What `mlops step report|pipeline` wrote to MLOPS_RESULT_FILE (`{"outcome": "gates-failed",
     * "check": {...}}`) as plain maps and strings (the parser's own maps do not survive a CPS
     * checkpoint); an empty map for text that is not a JSON object.
     */
    @NonCPS
    static Map stepResult(String json) {
        def parsed
        try {
            parsed = new groovy.json.JsonSlurper().parseText(json ?: '')
        } catch (Exception ignored) {
            return [:]
        }
        parsed instanceof Map ? plain(parsed) : [:]
    }

    @NonCPS
    private static Object plain(Object value) {
        if (value instanceof Map) return value.collectEntries(new LinkedHashMap()) { k, v -> [(k.toString()): plain(v)] }
        if (value instanceof List) return value.collect { plain(it) }
        value instanceof CharSequence ? value.toString() : value
    }

    /**
     * The report's first heading (`## ✅ **All 2 gates passed** · r2 0.81`) as plain text for the
     * build description: markdown marks dropped, cut to VERDICT_LENGTH characters. Null without one.
     */
    @NonCPS
    static String verdict(String markdown) {
        String heading = markdown.readLines().find { it ==~ /^#{1,6}\s+\S.*/ }
        if (heading == null) return null
        String text = heading.replaceFirst(/^#+\s+/, '').replaceAll(/\*\*|__|`/, '').replaceAll(/\s+/, ' ').trim()
        text.length() <= VERDICT_LENGTH ? text : text.substring(0, VERDICT_LENGTH - 1).trim() + '…'
    }
}
