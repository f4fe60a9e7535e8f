package clustersim.experiment;

import clustersim.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command line in this JVM and keeps what it printed. */
public final class Cli {
    public final int status;
    public final String out;
    public final String err;

    private Cli(int status, String out, String err) {
        this.status = status;
        this.out = out;
        this.err = err;
    }

    /** A result made by hand, for tests that drive a command line of their own. */
    public static Cli of(int status, String out, String err) {
        return new Cli(status, out, err);
    }

    public static synchronized Cli run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        try (PrintStream po = new PrintStream(o, true, StandardCharsets.UTF_8); PrintStream pe = new PrintStream(e, true, StandardCharsets.UTF_8)) {
            System.setOut(po);
            System.setErr(pe);
            int status = Main.commandLine().execute(args);
            return new Cli(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /**
     * Writes {@code yaml} to DIR/s.yaml and runs {@code clustersim run} on it into DIR/out: the bad-input
     * tests' way of trying a scenario file (the file's name is in the error, DIR/out must not appear).
     */
    public static Cli runScenario(Path dir, String yaml) throws IOException {
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, yaml);
        return run("run", f.toString(), "--quiet", "--out", dir.resolve("out").toString());
    }

    @Override
    public String toString() {
        return "exit " + status + "\nstdout:\n" + out + "\nstderr:\n" + err;
    }
}
