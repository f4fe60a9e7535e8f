package clustersim.gui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;

/**
 * The scenario chooser a student meets when the window is opened without a scenario, and behind
 * File &gt; Open scenario…: the shipped scenarios by name on the left, the chosen one's description on the
 * right, and Open (or a double click), Other file… and Cancel.
 */
final class ScenarioChooser extends JDialog {
    private static final long serialVersionUID = 1L;
    static final String TITLE = "clustersim: choose a scenario";

    private final JList<ScenarioCatalog.Entry> list;
    private final JTextArea description = new JTextArea();
    private final JButton open = new JButton("Open");
    private Path chosen;

    ScenarioChooser(Component owner, List<ScenarioCatalog.Entry> entries, Path folder) {
        super(owner == null ? null : SwingUtilities.getWindowAncestor(owner), TITLE, ModalityType.APPLICATION_MODAL);
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        list = new JList<>(entries.toArray(new ScenarioCatalog.Entry[0]));
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setFont(list.getFont().deriveFont(Font.BOLD, 14f));
        list.addListSelectionListener(e -> show(list.getSelectedValue()));
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2 && list.getSelectedValue() != null) choose(list.getSelectedValue().file());
            }
        });
        description.setEditable(false);
        description.setLineWrap(true);
        description.setWrapStyleWord(true);
        description.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        description.setBorder(BorderFactory.createEmptyBorder(8, 10, 8, 10));

        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JScrollPane(list), new JScrollPane(description));
        split.setDividerLocation(220);
        JLabel heading = new JLabel(entries.isEmpty()
                ? "No scenarios found" + (folder == null ? " (no scenarios/ folder here)" : " in " + folder) + ": open a file."
                : "Choose a world to watch. The scenarios shipped in " + folder + ":");
        heading.setBorder(BorderFactory.createEmptyBorder(8, 10, 8, 10));

        JButton other = new JButton("Other file…");
        JButton cancel = new JButton("Cancel");
        open.addActionListener(e -> {
            if (list.getSelectedValue() != null) choose(list.getSelectedValue().file());
        });
        other.addActionListener(e -> {
            JFileChooser files = new JFileChooser(folder == null ? null : folder.toFile());
            files.setFileFilter(new FileNameExtensionFilter("scenario (YAML)", "yaml", "yml"));
            if (files.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) choose(files.getSelectedFile().toPath());
        });
        cancel.addActionListener(e -> dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(other);
        buttons.add(cancel);
        buttons.add(open);
        getRootPane().setDefaultButton(open);

        getContentPane().add(heading, BorderLayout.NORTH);
        getContentPane().add(split, BorderLayout.CENTER);
        getContentPane().add(buttons, BorderLayout.SOUTH);
        setSize(new Dimension(900, 520));
        setLocationRelativeTo(owner);
        if (!entries.isEmpty()) list.setSelectedIndex(0);
        else open.setEnabled(false);
    }

    private void show(ScenarioCatalog.Entry e) {
        description.setText(e == null ? "" : e.description() + "\n\n(" + e.file().getFileName() + ")");
        description.setCaretPosition(0);
        open.setEnabled(e != null);
    }

    private void choose(Path file) {
        chosen = file;
        dispose();
    }

    /** The file chosen, or null when the student cancelled (after the dialog has closed). */
    Path chosen() {
        return chosen;
    }

    // ------------------------------------------------------------------ read access (tests)

    List<ScenarioCatalog.Entry> entries() {
        List<ScenarioCatalog.Entry> out = new java.util.ArrayList<>();
        for (int k = 0; k < list.getModel().getSize(); k++) out.add(list.getModel().getElementAt(k));
        return out;
    }

    void select(String name) {
        for (int k = 0; k < list.getModel().getSize(); k++) if (list.getModel().getElementAt(k).name().equals(name)) list.setSelectedIndex(k);
    }

    String shownDescription() {
        return description.getText();
    }

    JButton openButton() {
        return open;
    }

    /**
     * Shows the chooser over {@code owner} (null: on its own) and waits for the student; call on Swing's
     * thread. The shipped scenarios are read from {@link ScenarioCatalog#shippedFolder()}.
     */
    static Path choose(Component owner) {
        Path folder = ScenarioCatalog.shippedFolder();
        List<ScenarioCatalog.Entry> entries;
        try {
            entries = ScenarioCatalog.list(folder);
        } catch (IOException e) {
            entries = List.of();
        }
        ScenarioChooser d = new ScenarioChooser(owner, entries, folder);
        d.setVisible(true);
        return d.chosen();
    }
}
