package clustersim.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Program version and the git commit it was built from, recorded with every output so that a result can
 * be traced to the code that made it. The commit is written into the jar at build time (pom.xml,
 * build-provenance: clustersim/build.properties), not asked of git at run time: the folder a program runs
 * in may be another repository, or none.
 */
public final class Provenance {
    /** Where the build leaves the commit (a classpath resource). */
    static final String RESOURCE = "/clustersim/build.properties";

    private static final Properties BUILD = load();

    private Provenance() {
    }

    public static String version() {
        String v = Provenance.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }

    /**
     * The commit the program was built from, with "+dirty" if the tree had uncommitted changes; null when
     * it was built without git (a source tarball) or outside Maven.
     */
    public static String gitCommit() {
        String c = BUILD.getProperty("commit", "").trim();
        if (c.isEmpty()) return null;
        return gitDirty() ? c + "+dirty" : c;
    }

    /** Whether the build's tree had uncommitted changes to tracked files. */
    public static boolean gitDirty() {
        return Boolean.parseBoolean(BUILD.getProperty("dirty", "false").trim());
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Provenance.class.getResourceAsStream(RESOURCE)) {
            if (in != null) p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            // an unreadable resource is as good as none: the commit is then unknown (null)
        }
        return p;
    }
}
