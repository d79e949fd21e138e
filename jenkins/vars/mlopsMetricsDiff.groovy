/** Prints the metrics and params diff against the base revision as DVC's tables (`dvc metrics diff`). */
void call(Map config = [:]) {
    // Reads git and the workspace only: no credentials.
    mlopsExecute(step: 'metricsDiff', options: config, credentials: [])
}
