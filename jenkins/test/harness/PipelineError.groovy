/** What the `error` step (and a failing step) raises: hudson.AbortException in Jenkins. */
class PipelineError extends RuntimeException {
    PipelineError(String message) { super(message) }
}
