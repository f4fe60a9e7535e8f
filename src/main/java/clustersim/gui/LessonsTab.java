package clustersim.gui;

import clustersim.scenario.Scenario;
import clustersim.scenario.ScenarioException;
import clustersim.scenario.ScenarioLoader;
import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JEditorPane;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import sim.display.Console;

/**
 * The Console's Lessons tab: a lesson's text, a button that opens its scenario, and its suggested moves as
 * buttons that move the levers exactly as the Model tab's sliders do (so a move takes effect at the next
 * month and is marked on the charts). A lesson naming two scenarios also offers to open them as a
 * comparison (A the first, B the second). The move buttons work when the window shows one of the lesson's
 * scenarios.
 */
final class LessonsTab extends JPanel {
    private static final long serialVersionUID = 1L;
    static final String TITLE = "Lessons";
    /** The lesson shown when the next window opens (a lesson's Open button carries it across). */
    private static String nextLessonTitle;

    private final Console console;
    private final ClusterModelWithUI gui;
    private final JComboBox<Lesson> choice;
    private final JEditorPane text = new JEditorPane("text/html", "");
    private final JPanel opens = new JPanel(new GridLayout(0, 1, 0, 3));
    private final JPanel moves = new JPanel(new GridLayout(0, 1, 0, 3));
    private final List<JButton> moveButtons = new ArrayList<>();
    private final List<JButton> openButtons = new ArrayList<>();
    /** "Open as a comparison" of a lesson naming two scenarios (null for a lesson with one). */
    private JButton compareButton;
    private String shownHtml = "";

    LessonsTab(Console console, ClusterModelWithUI gui, List<Lesson> lessons) {
        super(new BorderLayout());
        this.console = console;
        this.gui = gui;
        choice = new JComboBox<>(lessons.toArray(new Lesson[0]));
        choice.addActionListener(e -> show((Lesson) choice.getSelectedItem()));
        text.setEditable(false);
        text.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.TRUE);
        text.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));

        JPanel top = new JPanel(new BorderLayout(0, 4));
        top.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        top.add(choice, BorderLayout.NORTH);
        top.add(opens, BorderLayout.CENTER);
        JPanel bottom = new JPanel(new BorderLayout());
        bottom.setBorder(BorderFactory.createTitledBorder("Suggested moves (each acts at the next month, like a slider)"));
        bottom.add(moves, BorderLayout.CENTER);
        add(top, BorderLayout.NORTH);
        add(new JScrollPane(text), BorderLayout.CENTER);
        add(bottom, BorderLayout.SOUTH);
        if (lessons.isEmpty()) {
            text.setText("<html><body style='font-family:sans-serif'><p>No lessons found (scenarios/lessons/*.md).</p></body></html>");
            return;
        }
        int start = 0;
        for (int k = 0; k < lessons.size(); k++) if (lessons.get(k).title().equals(nextLessonTitle)) start = k;
        choice.setSelectedIndex(start);
        show(lessons.get(start));
    }

    private void show(Lesson lesson) {
        if (lesson == null) return;
        shownHtml = MarkdownText.html(lesson.markdown());
        text.setText(shownHtml);
        text.setCaretPosition(0);
        opens.removeAll();
        openButtons.clear();
        compareButton = null;
        String current = gui.scenario().name();
        List<String> names = new ArrayList<>();
        Scenario first = null;
        List<Scenario> loaded = new ArrayList<>();
        for (Path p : lesson.scenarios()) {
            Scenario s;
            try {
                s = ScenarioLoader.load(p);
            } catch (ScenarioException e) {
                opens.add(new JLabel("cannot open " + p.getFileName() + ": " + e.getMessage()));
                continue;
            }
            if (first == null) first = s;
            loaded.add(s);
            names.add(s.name());
            boolean here = s.name().equals(current);
            JButton b = new JButton(here ? "Showing " + s.name() + " (open again: start over)" : "Open the scenario " + s.name());
            b.addActionListener(e -> {
                nextLessonTitle = lesson.title();
                Console next = ClusterModelWithUI.replace(console, s);
                ClusterModelWithUI.showTab(next, TITLE);
            });
            openButtons.add(b);
            opens.add(b);
        }
        if (loaded.size() == 2) {
            // the lesson's two scenarios side by side, A the first named, B the second
            Scenario a = loaded.get(0), b = loaded.get(1);
            compareButton = new JButton("Open as a comparison (A: " + a.name() + ", B: " + b.name() + ")");
            compareButton.setToolTipText("both clusters in lockstep from the same seed, every chart showing both");
            compareButton.addActionListener(e -> {
                nextLessonTitle = lesson.title();
                Console next = ClusterModelWithUI.replace(console, a, b);
                ClusterModelWithUI.showTab(next, TITLE);
            });
            opens.add(compareButton);
        }
        moves.removeAll();
        moveButtons.clear();
        boolean enabled = names.contains(current);
        for (Lesson.Move m : lesson.moves()) {
            JButton b = new JButton(m.label(first != null ? first.get(m.param()) : gui.scenario().get(m.param())));
            b.setEnabled(enabled);
            b.setToolTipText(enabled ? "moves the " + m.param().key + " slider; takes effect at the next month"
                    : "open the lesson's scenario first");
            b.addActionListener(e -> gui.levers().set(m.param(), m.value()));
            moveButtons.add(b);
            moves.add(b);
        }
        if (lesson.moves().isEmpty()) moves.add(new JLabel("This lesson suggests no moves."));
        revalidate();
        repaint();
    }

    /** Adds the tab to a Console (Swing thread). */
    static LessonsTab install(Console console, ClusterModelWithUI gui) {
        LessonsTab tab = new LessonsTab(console, gui, Lesson.list(Lesson.shippedFolder()));
        console.getTabPane().addTab(TITLE, tab);
        return tab;
    }

    // ------------------------------------------------------------------ read access (tests)

    void select(String title) {
        for (int k = 0; k < choice.getItemCount(); k++) if (choice.getItemAt(k).title().equals(title)) choice.setSelectedIndex(k);
    }

    Lesson selected() {
        return (Lesson) choice.getSelectedItem();
    }

    List<JButton> moveButtons() {
        return moveButtons;
    }

    List<JButton> openButtons() {
        return openButtons;
    }

    /** The lesson's "Open as a comparison" button, or null when it names one scenario. */
    JButton compareButton() {
        return compareButton;
    }

    /** The HTML the lesson's Markdown became (before Swing's own rewriting of it). */
    String html() {
        return shownHtml;
    }

    static void forget() {
        nextLessonTitle = null;
    }
}
