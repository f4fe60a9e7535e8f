package clustersim.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Program version and git commit, recorded with every output so that a result can be traced. */
public final class Provenance {
    private static volatile String commit;

    private Provenance() {
    }

    public static String version() {
        String v = Provenance.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }

    /** The git commit of the working tree the program runs from ("+dirty" if it has changes), or null. */
    public static String gitCommit() {
        String c = commit;
        if (c == null) {
            c = ask("git", "rev-parse", "HEAD");
            if (c == null) {
                c = "";
            } else {
                String dirty = ask("git", "status", "--porcelain", "--untracked-files=no");
                if (dirty != null && !dirty.isEmpty()) c += "+dirty";
            }
            commit = c;
        }
        return c.isEmpty() ? null : c;
    }

    private static String ask(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
            p.getOutputStream().close();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            }
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return p.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
