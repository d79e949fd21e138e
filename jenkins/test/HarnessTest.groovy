// The harness's stand-ins behave as Jenkins' steps do, where the library's tests rely on it.
// Run from jenkins/:  groovy -cp src:test/harness test/HarnessTest.groovy
import org.junit.After
import org.junit.Test

class HarnessTests {
    Pipeline pipeline = new Pipeline()

    @After
    void tearDown() { pipeline.cleanup() }

    @Test
    void 'sh for real: returnStatus, returnStdout, and a failing script without either fails the step'() {
        pipeline.shell = Pipeline.BASH
        pipeline.env.GREETING = 'hello'
        pipeline.jenkinsfile {
            assert sh(script: 'exit 3', returnStatus: true) == 3
            assert sh(script: 'echo "$GREETING from $(basename "$PWD")"', returnStdout: true) == "hello from ${pipeline.workspace.name}\n"
            sh 'echo to the console'
        }
        assert pipeline.console == 'to the console\n'
        assert pipeline.failure { pipeline.jenkinsfile { sh 'exit 1' } }.message == 'script returned exit code 1'
    }

    @Test
    void 'withEnv and withCredentials set variables for their body only, and sh records no bound secret'() {
        pipeline.credentials.token = 's3cret'
        pipeline.jenkinsfile {
            withCredentials([string(credentialsId: 'token', variable: 'TOKEN')]) {
                withEnv(['A=1', 'B=x=y']) {
                    assert env.A == '1' && env.B == 'x=y' && env.TOKEN == 's3cret'
                    sh 'true'
                }
            }
            assert env.A == null && env.TOKEN == null
        }
        Map sh = pipeline.calls('sh')[0]
        assert sh.env.A == '1' && !sh.env.containsKey('TOKEN') && sh.credentials == ['TOKEN']
        assert !pipeline.recordedStrings().any { it.contains('s3cret') }
    }

    @Test
    void 'a secret file exists during withCredentials only'() {
        pipeline.credentials.kube = 'apiVersion: v1\n'
        String path
        pipeline.jenkinsfile {
            withCredentials([file(credentialsId: 'kube', variable: 'KUBE')]) {
                path = env.KUBE
                assert new File(path).text == 'apiVersion: v1\n'
            }
        }
        assert !new File(path).exists()
    }

    @Test
    void 'files: writeFile, readFile, fileExists relative to dir(), pwd with and without tmp'() {
        pipeline.jenkinsfile {
            dir('sub') {
                writeFile(file: 'a/b.txt', text: 'é')
                assert readFile('a/b.txt') == 'é' && fileExists('a/b.txt') && !fileExists('nope')
                assert pwd() == "${pipeline.workspace}/sub" && pwd(tmp: true) == "${pipeline.workspace}/sub@tmp"
            }
        }
        assert new File(pipeline.workspace, 'sub/a/b.txt').getText('UTF-8') == 'é'
    }

    @Test
    void 'archiveArtifacts copies matches and, unless allowed, fails on none'() {
        pipeline.jenkinsfile {
            writeFile(file: 'out/r.md', text: 'r')
            archiveArtifacts(artifacts: 'out/*.md', allowEmptyArchive: false)
            archiveArtifacts(artifacts: 'none/*.md', allowEmptyArchive: true)
        }
        assert new File(pipeline.artifacts, 'out/r.md').text == 'r'
        assert pipeline.failure { pipeline.jenkinsfile { archiveArtifacts(artifacts: 'none/*.md') } }.message.startsWith('No artifacts found that match the file pattern')
    }

    @Test
    void 'currentBuild getBuildCauses filters by class name, and libraryResource fails on a missing resource'() {
        pipeline.causes << Pipeline.TIMER_CAUSE
        assert pipeline.currentBuild.getBuildCauses(Pipeline.TIMER_CAUSE)*._class == [Pipeline.TIMER_CAUSE]
        assert pipeline.currentBuild.getBuildCauses('hudson.model.Cause$SCMTriggerCause') == []
        assert pipeline.failure { pipeline.jenkinsfile { libraryResource('mlops/none.txt') } }.message == 'No such library resource mlops/none.txt could be found.'
    }
}

Suite.run(HarnessTests)
