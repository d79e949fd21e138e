import org.junit.runner.Description
import org.junit.runner.JUnitCore
import org.junit.runner.notification.Failure
import org.junit.runner.notification.RunListener

/**
 * Runs JUnit 4 test classes and ends with the line the CI reads, alone on its line:
 * `N passed, M failed`. Exits 1 when a test failed or none ran.
 */
class Suite {
    static void run(Class... classes) {
        int passed = 0
        int failed = 0
        Set<Description> failures = [] as Set
        JUnitCore core = new JUnitCore()
        core.addListener(new RunListener() {
            @Override
            void testFailure(Failure failure) {
                failures << failure.description
                failed++
                println "  FAIL  ${failure.description.displayName}"
                println failure.trace.readLines().findAll { !(it =~ /^\s+at (org\.junit|org\.codehaus|sun\.|java\.|jdk\.|groovy\.lang)/) }.take(40).collect { "        ${it}" }.join('\n')
            }

            @Override
            void testFinished(Description description) {
                if (description in failures) return
                passed++
                println "  ok    ${description.displayName}"
            }
        })
        core.run(classes)
        println "${passed} passed, ${failed} failed"
        System.exit(failed == 0 && passed > 0 ? 0 : 1)
    }
}
