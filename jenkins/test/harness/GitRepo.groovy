import java.nio.file.Files

/** A real git repository in a temp dir, with real commits: what the real-CLI suites build on. */
class GitRepo {
    final File dir

    GitRepo(String prefix) {
        dir = Files.createTempDirectory(prefix).toFile().canonicalFile
        git('init', '-q', '-b', 'main')
        git('config', 'user.email', 'ci@example.com')
        git('config', 'user.name', 'CI')
        git('config', 'commit.gpgsign', 'false')
    }

    String git(String... args) {
        Process process = new ProcessBuilder(['git', *args]).directory(dir).redirectErrorStream(true).start()
        String output = process.inputStream.getText('UTF-8')
        assert process.waitFor() == 0, "git ${args.join(' ')}: ${output}"
        output.trim()
    }

    /** Stage everything and commit; the new commit's sha. */
    String commit(String message) {
        git('add', '-A')
        git('commit', '-q', '-m', message)
        git('rev-parse', 'HEAD')
    }
}
