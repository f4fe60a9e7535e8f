package clustersim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run.json's git_commit is the commit the program was built from, wherever it runs. */
class ProvenanceTest {
    @TempDir
    Path tmp;

    @Test
    void theCommitComesFromTheBuildNotFromTheWorkingFolder() throws Exception {
        Path project = Path.of("").toAbsolutePath();
        String built = JavaProcess.ask(project, "git", "rev-parse", "HEAD");
        assumeTrue(built != null, "the project is a git checkout and git runs");
        // another repository with a commit of its own, as the folder the program runs in
        Path other = Files.createDirectories(tmp.resolve("other"));
        assertNotNull(JavaProcess.ask(other, "git", "init", "-q", "."));
        assertNotNull(JavaProcess.ask(other, "git", "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q",
                "--allow-empty", "-m", "another project"));
        String otherHead = JavaProcess.ask(other, "git", "rev-parse", "HEAD");

        JavaProcess run = JavaProcess.start(other, tmp, "run", project.resolve("scenarios/baseline.yaml").toString(),
                "--steps", "1", "--set", "initialFirms=5", "--set", "marketSize=50", "--out", "out", "--quiet");
        assertEquals(0, run.await(60), () -> "stderr: " + run.errQuietly());
        String commit = JsonParser.parseString(Files.readString(other.resolve("out/run.json"))).getAsJsonObject()
                .get("git_commit").getAsString();
        assertNotEquals(otherHead, commit.replace("+dirty", ""), "not the working folder's repository");
        assertTrue(commit.equals(built) || commit.equals(built + "+dirty"), "the build's commit " + built + ", got " + commit);
    }
}
