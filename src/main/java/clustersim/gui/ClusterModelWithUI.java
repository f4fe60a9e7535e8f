package clustersim.gui;

import clustersim.metrics.ClusterMetrics;
import clustersim.metrics.MetricsListener;
import clustersim.model.ClusterModel;
import clustersim.scenario.Scenario;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.JFrame;
import javax.swing.JTabbedPane;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.portrayal.network.SpatialNetwork2D;

/**
 * The desktop window on a scenario: MASON's Console with the policy levers in its Model tab, the cluster
 * display, and the live charts. It drives the same {@link ClusterModel} as the headless runner and reads
 * the same metrics object, and it draws no random number from the model's generator (the layout uses
 * none at all), so a run in the window with untouched sliders is the run {@code clustersim run} makes.
 *
 * <p>Every run (every press of play after a stop) builds a fresh model from the scenario and the seed in
 * the Console: MASON's Console reseeds by replacing the model's generator, which a model built once and
 * restarted would not see in every place it draws from.
 */
public class ClusterModelWithUI extends GUIState {
    private final Scenario scenario;
    private final PolicyLevers levers;
    private final ClusterView view = new ClusterView();
    private final LiveCharts charts = new LiveCharts();
    private final List<MetricsListener> runListeners = new CopyOnWriteArrayList<>();
    /**
     * The pause between two months when the window opens (MASON's Console delay): about 10 months a
     * second, a pace a student can follow. The Console tab's Delay slider changes it.
     */
    static final long STUDENT_PACE_MS = 100;
    /** Size of the display's field at scale 1, in pixels. */
    static final int DISPLAY_PIXELS = 600;
    /**
     * Repaints a display left behind (the last steps before a pause fell between two frames) and refreshes
     * the Model tab, which MASON builds non-volatile here.
     */
    private javax.swing.Timer catchUp;

    private Display2D display;
    private FirmsPortrayal firms;
    private JFrame displayFrame;
    private DisplayLegend legend;
    private boolean runInProgress;
    /** The Model tab still shows the last run's values (after a stop it shows the next run's). */
    private boolean leversShownStale;

    /** The scenario compared with this one (null: one cluster), run in lockstep from the same seed. */
    private final Scenario other;
    private ClusterModel modelB;
    private final ClusterView viewB = new ClusterView();
    private Display2D displayB;
    private JFrame displayFrameB;
    private DisplayLegend legendB;
    private final List<MetricsListener> runListenersB = new CopyOnWriteArrayList<>();

    /** The baseline scenario (MASON can construct a GUIState without arguments). */
    public ClusterModelWithUI() {
        this(Scenario.defaults());
    }

    public ClusterModelWithUI(Scenario scenario) {
        this(scenario, null);
    }

    /** A window on {@code scenario} and, when {@code other} is not null, on {@code other} beside it. */
    public ClusterModelWithUI(Scenario scenario, Scenario other) {
        super(new ClusterModel(scenario.seed(), scenario.config()));
        this.scenario = scenario;
        this.other = other;
        this.levers = new PolicyLevers(scenario.name(), scenario.config(), scenario.seed());
        levers.comparing(other != null);
        view.attach(model());
    }

    public static String getName() {
        return "clustersim: an industrial cluster";
    }

    public static Object getInfo() {
        return "<html><body style='font-family:sans-serif; margin:8px'>"
                + "<h2>An industrial cluster organising itself</h2>"
                + "<p>Each firm decides, stage by stage of its value chain (design, tooling, components, finishing, "
                + "assembly and marketing), whether to make a part itself or buy it from a specialised supplier. "
                + "Contract enforcement (<i>creditEnvironment</i>), IP protection, access to finance and trust tip "
                + "the choice.</p>"
                + "<p>The picture and the charts show month 0, the cluster the run starts from. <b>Press play.</b> "
                + "The <b>Model</b> tab holds the policy levers: move one while the model runs "
                + "and it takes effect at the next month; every move is marked on the charts' time axis, as are the "
                + "scenario's policy events. When a run ends the levers keep the values it ended with. Stop and "
                + "play starts the scenario again, with the seed shown in the Console tab (the same seed replays "
                + "the same history).</p>"
                + "<p><b>Pace.</b> The run plays about 10 months a second. To change it, open the <b>Console</b> tab "
                + "and move the <i>Delay (Sec/Step)</i> slider: left for full speed, right to slow down. "
                + "<b>Pause</b> freezes the run; while paused, play steps one month at a time.</p>"
                + "<p><b>Cluster display.</b> Producers (brand owners) sit in the centre, firms that only sell a "
                + "stage around them, in the sector of their stage. A <i>specialist</i> is any firm that sells a "
                + "stage to other firms; a producer that also sells one counts as a specialist too (a disc with a "
                + "thick ring), as in the Firms chart: each sector counts all the firms selling its stage. "
                + "Colour: a producer's vertical integration, the share of its product's value it makes itself, "
                + "from blue (all bought) to red (all made); a firm that only sells a stage is blue. Size: sales. "
                + "Lines: supply relations, darker with more trust, red after a breach. Institutions: a green ring "
                + "marks a member of the industry association, a purple outline (and a bigger mark) a lead firm, a "
                + "dashed magenta line an engineer who changed firm; the legend counts them and says when the "
                + "guarantee fund has run dry. Click a firm or a line to inspect it, during or after a run.</p>"
                + "<p><b>Charts.</b> Division of labour against vertical integration; the value-added rate and "
                + "value-added per firm; independent development, R&amp;D and imitation; defaults and trust; "
                + "firms, entries and exits; the institutions (association members, guaranteed loans, university "
                + "share of innovations, talent moves); and a histogram of how integrated producers are.</p>"
                + "<p><b>Lessons.</b> The <b>Lessons</b> tab holds short lessons: what to try, what to look for and "
                + "questions; each opens its scenario with one click and offers its suggested moves as buttons. "
                + "<b>File &gt; Open scenario...</b> opens another scenario. Each chart window's <b>Save</b> menu saves "
                + "its picture (PNG, SVG) or its data (CSV).</p>"
                + "<p>The model is specified in docs/ODD.md.</p></body></html>";
    }

    /** The model of the current (or last) run. */
    public ClusterModel model() {
        return (ClusterModel) state;
    }

    public Scenario scenario() {
        return scenario;
    }

    PolicyLevers levers() {
        return levers;
    }

    ClusterView view() {
        return view;
    }

    LiveCharts charts() {
        return charts;
    }

    ClusterDisplay display() {
        return (ClusterDisplay) display;
    }

    JFrame displayFrame() {
        return displayFrame;
    }

    DisplayLegend legend() {
        return legend;
    }

    FirmsPortrayal firmsPortrayal() {
        return firms;
    }

    /** The compared scenario, or null. */
    Scenario other() {
        return other;
    }

    /** The compared cluster's model of the current (or last) run, or null. */
    ClusterModel modelB() {
        return modelB;
    }

    ClusterView viewB() {
        return viewB;
    }

    JFrame displayFrameB() {
        return displayFrameB;
    }

    /** Told every step of every run of the compared cluster. */
    public void addRunListenerB(MetricsListener l) {
        runListenersB.add(l);
    }

    /** Told every step of every run, like a headless run's listeners (tests compare the two). */
    public void addRunListener(MetricsListener l) {
        runListeners.add(l);
    }

    @Override
    public Object getSimulationInspectedObject() {
        return levers;
    }

    @Override
    public boolean validSimState(SimState s) {
        return s instanceof ClusterModel;
    }

    // ------------------------------------------------------------------ windows

    @Override
    public void init(Controller c) {
        super.init(c);
        display = buildDisplay(view);
        firms = lastFirms;
        displayFrame = display.createFrame();
        displayFrame.setTitle((other == null ? "Cluster - " : "A: ") + scenario.name() + ": firms and supply relations");
        legend = new DisplayLegend(view);
        displayFrame.getContentPane().add(legend, BorderLayout.SOUTH);
        view.addRefreshListener(legend::repaint);
        view.fundDryFrom(charts.feed()::fundDry);
        c.registerFrame(displayFrame);
        if (other != null) {
            displayB = buildDisplay(viewB);
            displayFrameB = displayB.createFrame();
            displayFrameB.setTitle("B: " + other.name() + ": firms and supply relations");
            legendB = new DisplayLegend(viewB);
            displayFrameB.getContentPane().add(legendB, BorderLayout.SOUTH);
            viewB.addRefreshListener(legendB::repaint);
            c.registerFrame(displayFrameB);
            charts.compare(scenario.name(), other.name());
            viewB.fundDryFrom(charts.feedB()::fundDry);
        }

        charts.build(other == null ? scenario.name() : scenario.name() + " vs " + other.name(), scenario.steps());
        for (JFrame f : charts.frames()) c.registerFrame(f);

        catchUp = new javax.swing.Timer(250, e -> {
            ClusterModel m = model();
            if (display != null && m != null && view.refreshedStep() != m.stepsDone()) display.insideDisplay.repaint();
            if (displayB != null && modelB != null && viewB.refreshedStep() != modelB.stepsDone()) displayB.insideDisplay.repaint();
            // the Model tab follows policy events and other moves a few times a second rather than every step
            if ((runInProgress || leversShownStale) && controller instanceof Console) {
                leversShownStale = false;
                sim.portrayal.Inspector tab = ((Console) controller).getModelInspector();
                if (tab != null) {
                    tab.updateInspector();
                    tab.repaint();
                }
            }
        });
        catchUp.start();
    }

    private FirmsPortrayal lastFirms;

    /** The picture of one cluster: stage sectors, supply relations and firms, clickable. */
    private ClusterDisplay buildDisplay(ClusterView v) {
        ClusterDisplay d = new ClusterDisplay(DISPLAY_PIXELS, DISPLAY_PIXELS, this);
        v.onFrameTime(d::framePainted);
        d.setBackdrop(Color.WHITE);
        d.setClipping(false);
        d.attach(new StageSectorsPortrayal(v), "Stages");
        LinksPortrayal links = new LinksPortrayal(v);
        links.setField(new SpatialNetwork2D(v.field, v.links));
        links.setPortrayalForAll(new SupplyLinkPortrayal());
        d.attach(links, "Supply relations");
        FirmsPortrayal f = new FirmsPortrayal(v);
        f.setField(v.field);
        f.setPortrayalForAll(new FirmPortrayal(v));
        d.attach(f, "Firms");
        // engineers' moves over the firms, briefly; not clickable (a click inspects the firm under it)
        sim.portrayal.network.NetworkPortrayal2D talent = new sim.portrayal.network.NetworkPortrayal2D();
        talent.setField(new SpatialNetwork2D(v.field, v.moves));
        talent.setPortrayalForAll(new TalentMovePortrayal());
        d.attach(talent, "Talent moves");
        d.attach(StageSectorsPortrayal.labels(v), "Stage labels");
        d.inspectable(links, 1, f, 2);
        lastFirms = f;
        return d;
    }

    @Override
    public void start() {
        // a fresh model per run: see the class comment
        ClusterModel fresh = new ClusterModel(state.seed(), levers.nextRunConfig());
        state = fresh;
        super.start();
        // month 0 is measured before the run's listeners hear of anything: they get the months of the run
        charts.clear();
        charts.showStart(fresh);
        for (MetricsListener l : runListeners) ClusterMetrics.of(fresh).addListener(l);
        levers.runStarted(fresh);
        runInProgress = true;
        if (other != null) {
            // the compared cluster: the same seed, its own scenario with the same starting moves, one month
            // stepped right after each month of the first
            modelB = new ClusterModel(fresh.seed(), levers.withSetup(other.config()));
            modelB.start();
            levers.comparedStarted(modelB);
            charts.showStartB(modelB);
            for (MetricsListener l : runListenersB) ClusterMetrics.of(modelB).addListener(l);
            scheduleRepeatingImmediatelyAfter(new CompareStep(modelB, charts.feedB()));
        }
        scheduleRepeatingImmediatelyBefore(new SliderMoves(levers, modelB));
        scheduleRepeatingImmediatelyAfter(charts.feed());
        setupPortrayals();
    }

    /** Steps the compared cluster one month, after the first cluster's month, and feeds its charts. */
    private static final class CompareStep implements Steppable {
        private static final long serialVersionUID = 1L;
        private final ClusterModel b;
        private final transient ChartFeed feed;

        CompareStep(ClusterModel b, ChartFeed feed) {
            this.b = b;
            this.feed = feed;
        }

        @Override
        public void step(SimState state) {
            b.schedule.step(b);
            feed.step(b);
        }
    }

    /**
     * Shows month 0 of the next run before play is pressed: the picture, the legend's counts and the charts'
     * first points. The model shown is built like a run's but never stepped (play builds a fresh one).
     */
    void showMonthZero() {
        ClusterModel first = new ClusterModel(state.seed(), levers.nextRunConfig());
        first.start();
        state = first;
        charts.clear();
        charts.showStart(first);
        if (other != null) {
            modelB = new ClusterModel(first.seed(), levers.withSetup(other.config()));
            modelB.start();
            charts.showStartB(modelB);
        }
        charts.flush();
        setupPortrayals();
    }

    @Override
    public void load(SimState s) {
        super.load(s);
        levers.runStarted(model());
        runInProgress = true;
        scheduleRepeatingImmediatelyBefore(new SliderMoves(levers, null));
        charts.feed().reset();
        charts.clear();
        scheduleRepeatingImmediatelyAfter(charts.feed());
        setupPortrayals();
    }

    private void setupPortrayals() {
        view.attach(model());
        display.reset();
        display.repaint();
        legend.repaint();
        if (displayB != null && modelB != null) {
            viewB.attach(modelB);
            displayB.reset();
            displayB.repaint();
            legendB.repaint();
        }
    }

    @Override
    public void finish() {
        super.finish();
        levers.runFinished();
        runInProgress = false;
        leversShownStale = true;
    }

    boolean runInProgress() {
        return runInProgress;
    }

    @Override
    public void quit() {
        super.quit();
        charts.stop();
        if (catchUp != null) catchUp.stop();
        if (displayFrame != null) displayFrame.dispose();
        if (displayFrameB != null) displayFrameB.dispose();
        displayFrameB = null;
        displayB = null;
        for (JFrame f : charts.frames()) f.dispose();
        displayFrame = null;
        display = null;
    }

    /** Hands the Model tab's moves to the model at the start of a step, on the model's thread. */
    private static final class SliderMoves implements Steppable {
        private static final long serialVersionUID = 1L;
        private final transient PolicyLevers levers;
        private final ClusterModel compared;

        SliderMoves(PolicyLevers levers, ClusterModel compared) {
            this.levers = levers;
            this.compared = compared;
        }

        @Override
        public void step(SimState state) {
            levers.applyPending((ClusterModel) state, compared);
        }
    }

    // ------------------------------------------------------------------ opening

    /** Every window of this GUI: the Console first, then the display, then the charts. */
    List<JFrame> windows(Console console) {
        List<JFrame> out = new ArrayList<>();
        out.add(console);
        out.add(displayFrame);
        if (displayFrameB != null) out.add(displayFrameB);
        out.addAll(charts.frames());
        return out;
    }

    /**
     * Opens the Console on a scenario with every window laid out over {@code area} (null: the screen).
     * Call on the Swing thread.
     */
    public static Console open(Scenario scenario, Rectangle area) {
        return open(scenario, area, 1000.0 / STUDENT_PACE_MS);
    }

    /** As {@link #open(Scenario, Rectangle)}, playing at most {@code monthsPerSecond} (0: as fast as it can). */
    public static Console open(Scenario scenario, Rectangle area, double monthsPerSecond) {
        Console console = open(scenario, area, 0);
        console.setPlaySleep(delayFor(monthsPerSecond));
        return console;
    }

    /** MASON's Console delay, in milliseconds a step, for a pace in months a second (0: no delay). */
    public static long delayFor(double monthsPerSecond) {
        return monthsPerSecond <= 0 ? 0 : Math.round(1000 / monthsPerSecond);
    }

    /** As {@link #open(Scenario, Rectangle)}, leaving {@code titleBar} pixels free above each window. */
    static Console open(Scenario scenario, Rectangle area, int titleBar) {
        return open(scenario, null, area, titleBar);
    }

    /**
     * Opens the window on two clusters in lockstep ({@code other} null: one), laid out over {@code area}
     * (null: the screen), playing at most {@code monthsPerSecond}. Call on the Swing thread.
     */
    public static Console open(Scenario scenario, Scenario other, Rectangle area, double monthsPerSecond) {
        Console console = open(scenario, other, area, 0);
        console.setPlaySleep(delayFor(monthsPerSecond));
        return console;
    }

    static Console open(Scenario scenario, Scenario other, Rectangle area, int titleBar) {
        ClusterModelWithUI gui = new ClusterModelWithUI(scenario, other);
        gui.area = area;
        gui.titleBar = titleBar;
        Console console = new Console(gui);
        addOpenScenario(console);
        LessonsTab.install(console, gui);
        // replaying a run means the same seed again; a student changes the seed on purpose, in the Console tab
        console.setIncrementSeedOnStop(false);
        console.setWhenShouldEnd(scenario.steps());
        console.setNewMenuAllowed(false);
        Rectangle screen = area != null ? area
                : GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        if (other == null) {
            WindowLayout.arrange(screen, titleBar, gui.displayFrame, gui.charts.histogramFrame(), console,
                    gui.charts.timeSeriesFrames());
        } else {
            WindowLayout.arrangeCompare(screen, titleBar, gui.displayFrame, gui.displayFrameB, console, gui.charts.frames());
        }
        for (JFrame f : gui.windows(console)) f.setVisible(true);
        gui.fitDisplay();
        gui.charts.fitToWindows();
        gui.showMonthZero();
        showSteps(console);
        return console;
    }

    /** Where the windows were laid out, to lay out another scenario's the same way. */
    private Rectangle area;
    private int titleBar;

    /** Label of the Console's File menu entry that opens another scenario. */
    static final String OPEN_SCENARIO = "Open scenario…";

    /** Puts "Open scenario…" at the top of the Console's File menu: the chooser, from inside the window. */
    private static void addOpenScenario(Console console) {
        javax.swing.JMenuBar bar = console.getJMenuBar();
        if (bar == null || bar.getMenuCount() == 0) return;
        javax.swing.JMenu file = bar.getMenu(0);
        javax.swing.JMenuItem item = new javax.swing.JMenuItem(OPEN_SCENARIO);
        item.addActionListener(e -> {
            java.nio.file.Path chosen = ScenarioChooser.choose(console);
            if (chosen == null) return;
            try {
                replace(console, clustersim.scenario.ScenarioLoader.load(chosen));
            } catch (clustersim.scenario.ScenarioException x) {
                javax.swing.JOptionPane.showMessageDialog(console, x.getMessage(), "Cannot open " + chosen.getFileName(),
                        javax.swing.JOptionPane.ERROR_MESSAGE);
            }
        });
        file.insert(item, 0);
        file.insertSeparator(1);
    }

    /**
     * Closes a Console and every window of its run, and opens {@code next} in their place at the same pace
     * (Swing thread). Returns the new Console. MASON's own close would end the program with the last Console.
     */
    static Console replace(Console old, Scenario next) {
        return replace(old, next, null);
    }

    /** As {@link #replace(Console, Scenario)}, opening {@code next} compared with {@code other} (null: alone). */
    static Console replace(Console old, Scenario next, Scenario other) {
        ClusterModelWithUI gui = (ClusterModelWithUI) old.getSimulation();
        long sleep = old.getPlaySleep();
        old.pressStop();
        gui.quit();
        old.setVisible(false);
        old.dispose();
        Console c = open(next, other, gui.area, gui.titleBar);
        c.setPlaySleep(sleep);
        return c;
    }

    /**
     * Shows the chooser of shipped scenarios and waits for the student (Swing thread): the file chosen, or
     * null when they cancelled.
     */
    public static java.nio.file.Path chooseScenario() {
        return ScenarioChooser.choose(null);
    }

    /** Scales the display so the whole cluster fits its window. */
    void fitDisplay() {
        fit(displayFrame, display);
        if (displayB != null) fit(displayFrameB, displayB);
    }

    private static void fit(JFrame frame, Display2D d) {
        frame.validate();
        java.awt.Dimension view = d.display.getViewport().getExtentSize();
        double fit = Math.min(view.getWidth(), view.getHeight()) / (double) DISPLAY_PIXELS;
        double scale = Math.floor(fit * 0.98 * 100) / 100;
        if (scale > 0.05) d.setScale(scale);
    }

    /** Makes the Console count steps (months) rather than MASON's schedule time, which starts at 0. */
    static void showSteps(Console console) {
        for (javax.swing.JComboBox<?> box : components(console.getContentPane(), javax.swing.JComboBox.class)) {
            for (int k = 0; k < box.getItemCount(); k++) {
                if ("Steps".equals(String.valueOf(box.getItemAt(k)))) box.setSelectedIndex(k);
            }
        }
    }

    /** Every component of a type under root, depth first (the Console's lists and boxes, which MASON does not expose). */
    static <T> List<T> components(java.awt.Container root, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (java.awt.Component c : root.getComponents()) {
            if (type.isInstance(c)) out.add(type.cast(c));
            if (c instanceof java.awt.Container) out.addAll(components((java.awt.Container) c, type));
        }
        return out;
    }

    /** Brings a tab of the Console to the front. */
    static void showTab(Console console, String title) {
        JTabbedPane tabs = console.getTabPane();
        for (int k = 0; k < tabs.getTabCount(); k++) {
            if (title.equals(tabs.getTitleAt(k))) tabs.setSelectedIndex(k);
        }
    }

    /** Brings the Model tab (the levers) to the front of the Console. */
    static void showModelTab(Console console) {
        JTabbedPane tabs = console.getTabPane();
        for (int k = 0; k < tabs.getTabCount(); k++) {
            if ("Model".equals(tabs.getTitleAt(k))) tabs.setSelectedIndex(k);
        }
    }
}
