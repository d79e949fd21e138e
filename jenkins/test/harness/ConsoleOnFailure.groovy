import org.junit.rules.TestWatcher
import org.junit.runner.Description

/** On a failure, the build's console (the CLI's output) explains more than the assertion. */
class ConsoleOnFailure extends TestWatcher {
    private final Closure<Pipeline> pipeline

    ConsoleOnFailure(Closure<Pipeline> pipeline) {
        this.pipeline = pipeline
    }

    @Override
    protected void failed(Throwable e, Description description) {
        println "        console of the build:\n${pipeline()?.console?.readLines()?.collect { '        | ' + it }?.join('\n')}"
    }
}
