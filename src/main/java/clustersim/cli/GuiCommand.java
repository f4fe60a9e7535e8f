package clustersim.cli;

import clustersim.gui.ClusterModelWithUI;
import clustersim.gui.Snapshot;
import clustersim.gui.WindowBenchmark;
import clustersim.io.AtomicFiles;
import clustersim.model.Param;
import clustersim.scenario.Scenario;
import clustersim.scenario.ScenarioException;
import clustersim.scenario.ScenarioLoader;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.swing.SwingUtilities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Open the desktop window on a scenario (without one, a chooser lists the shipped scenarios with "
                + "their descriptions; File > Open scenario... in the window does the same): MASON's Console "
                + "with the policy levers in its Model tab, the cluster display and the live charts.",
            "With --snapshot, play the steps in the window, write one PNG of every window and exit.",
            "Needs a display; without one, run it under Xvfb: xvfb-run -a ./clustersim gui ..."},
        exitCodeListHeading = Main.EXIT_HEADING,
        exitCodeList = {Main.EXIT_0,
            "  1:no display, or the --snapshot file could not be written (checked before the steps are played); "
                    + "one line says what and why",
            Main.EXIT_2, Main.EXIT_130})
public final class GuiCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO.yaml", description = "scenario file (default: choose one of scenarios/*.yaml; the baseline with --snapshot or --benchmark)")
    Path file;

    @Option(names = "--seed", paramLabel = "N", description = "random seed (default: the scenario's, else 1)")
    Long seed;

    @Option(names = "--steps", paramLabel = "N",
            description = "run length (default: the scenario's steps); with --snapshot, the steps played before the picture")
    Integer steps;

    @Option(names = "--set", paramLabel = "name=value", description = "override a scenario parameter; repeatable")
    List<String> set = new ArrayList<>();

    @Option(names = "--pace", paramLabel = "N",
            description = "months a second the window plays at (default 10, a pace a student can follow; 0: as fast as "
                    + "it can); the Console tab's Delay slider changes it later")
    double pace = 10;

    @Option(names = "--compare", paramLabel = "B.yaml",
            description = "run a second scenario beside the first, in lockstep from the same seed: both pictures, "
                    + "every chart showing both (A solid, B dashed); --set and --steps apply to both, a slider to both")
    Path compare;

    @Option(names = "--snapshot", paramLabel = "FILE.png", description = "play the steps, write a PNG of every window, exit")
    Path snapshot;

    @Option(names = "--benchmark", paramLabel = "N",
            description = "play N steps at full speed with every window open, print steps per second, exit")
    Long benchmark;

    @Override
    public Integer call() throws Exception {
        Scenario s = resolve();
        Scenario b = resolveCompare(s);
        if (snapshot != null) checkSnapshotPath(snapshot);
        if (!(pace >= 0 && pace <= 1000)) {
            throw new ScenarioException("--pace", 0, null, "must be a number of months a second in [0, 1000], got " + Param.fmt(pace));
        }
        if (benchmark != null && (benchmark < 2 || benchmark > Param.STEPS.max)) {
            throw new ScenarioException("--benchmark", 0, null, "must be a whole number of steps in [2, "
                    + Param.fmt(Param.STEPS.max) + "], got " + benchmark);
        }
        String noDisplay = missingDisplay();
        if (noDisplay != null) {
            System.err.println("clustersim gui: " + noDisplay + ". Run it on a desktop, or under a virtual display: "
                    + "xvfb-run -a -s '-screen 0 1920x1200x24' ./clustersim gui ...");
            return 1;
        }
        if (snapshot != null) {
            Snapshot.Result r = Snapshot.write(s, b, s.steps(), snapshot);
            System.out.printf("Wrote %s (%d x %d px): the Console, the cluster display and %d charts of %s after %d steps "
                    + "(seed %d, %d firms).%n", snapshot, r.width, r.height, r.windows - (b == null ? 2 : 3),
                    b == null ? s.name() : s.name() + " compared with " + b.name(), r.steps, s.seed(), r.firms);
            return 0;
        }
        if (benchmark != null) {
            WindowBenchmark.Result r = WindowBenchmark.run(s.with(Param.STEPS, Math.max(s.steps(), benchmark)), b, benchmark);
            System.out.printf("%s: %d firms at the start, %d at the end; %d steps in %.2f s = %.1f steps/s "
                    + "(slowest %d steps, to step %d: %.1f steps/s) with the cluster display (%d frames painted) and "
                    + "6 live charts (%d redraws) open.%n", s.name(), r.firmsAtStart, r.firmsAtEnd, r.steps, r.seconds,
                    r.stepsPerSecond(), WindowBenchmark.WINDOW, r.slowestWindowEnd, r.slowestWindow, r.displayFrames, r.chartRedraws);
            return 0;
        }
        if (file == null && snapshot == null && benchmark == null) {
            // no scenario named: the student chooses one of the shipped scenarios (the options checked above
            // against the baseline are applied to the one chosen)
            Path[] chosen = new Path[1];
            SwingUtilities.invokeAndWait(() -> chosen[0] = ClusterModelWithUI.chooseScenario());
            if (chosen[0] == null) return 0;
            file = chosen[0];
            s = resolve();
            b = resolveCompare(s);
        }
        Scenario opened = s, compared = b;
        SwingUtilities.invokeAndWait(() -> ClusterModelWithUI.open(opened, compared, null, pace));
        // the windows live on Swing's thread and MASON's Console ends the program when it is closed; returning
        // from here would end it at once (Main exits with the command's status)
        new CountDownLatch(1).await();
        return 0;
    }

    /** Why no window can open here, or null when one can. */
    private static String missingDisplay() {
        if (GraphicsEnvironment.isHeadless()) return "no display (DISPLAY is not set)";
        try {
            if (GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices().length == 0) return "no screen";
        } catch (Throwable e) {
            return "cannot open display " + System.getenv("DISPLAY") + " (" + e.getMessage() + ")";
        }
        return null;
    }

    /** The scenario, as `run` resolves it, with the baseline when no file is given. */
    private Scenario resolve() throws ScenarioException {
        return ScenarioOptions.apply(file == null ? Scenario.defaults() : ScenarioLoader.load(file), set, steps, seed);
    }

    /** The --compare scenario with the same options, the first's seed and run length; null without --compare. */
    private Scenario resolveCompare(Scenario first) throws ScenarioException {
        if (compare == null) return null;
        Scenario b = ScenarioOptions.apply(ScenarioLoader.load(compare), set, steps, seed);
        b = b.withSeed(first.seed()).with(Param.STEPS, first.steps());
        b.checkEvents(first.steps());
        return b;
    }

    /**
     * Refuses a --snapshot path that is no PNG or whose folder is missing (bad input, 2), and one that cannot
     * be written (1), by writing its temporary once: better now than after the steps have been played.
     */
    private static void checkSnapshotPath(Path png) throws ScenarioException, IOException {
        String name = png.getFileName() == null ? "" : png.getFileName().toString();
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
            throw new ScenarioException("--snapshot", 0, null, "'" + png + "' must end in .png");
        }
        Path dir = png.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ScenarioException("--snapshot", 0, null, "folder '" + dir + "' does not exist");
        }
        if (Files.isDirectory(png)) throw new ScenarioException("--snapshot", 0, null, "'" + png + "' is a folder");
        Path probe = AtomicFiles.temporary(png);
        try {
            Files.newOutputStream(probe).close();
        } catch (IOException e) {
            throw AtomicFiles.cannotWrite(png, e);
        } finally {
            AtomicFiles.removeQuietly(probe);
        }
    }
}
