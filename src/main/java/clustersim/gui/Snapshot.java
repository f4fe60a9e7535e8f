package clustersim.gui;

import clustersim.io.AtomicFiles;
import clustersim.scenario.Scenario;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import sim.display.Console;

/**
 * Headless pictures of the window: opens the Console, the cluster display and the charts on a scenario,
 * plays N steps through the Console exactly as a student's press of play would, and paints every window
 * (with its title) into one PNG. Painting the windows' own components makes the picture independent of
 * the screen and of any window manager, so it works the same under Xvfb.
 */
public final class Snapshot {
    /** The virtual screen the windows are laid out on. */
    static final Rectangle AREA = new Rectangle(0, 0, 1920, 1080);
    static final int TITLE_BAR = 22;
    private static final long TIMEOUT_MS = 15 * 60 * 1000;

    /** What a snapshot wrote. */
    public static final class Result {
        public final int width;
        public final int height;
        public final int windows;
        public final long steps;
        public final int firms;

        Result(int width, int height, int windows, long steps, int firms) {
            this.width = width;
            this.height = height;
            this.windows = windows;
            this.steps = steps;
            this.firms = firms;
        }
    }

    private Snapshot() {
    }

    /** Runs {@code steps} steps of {@code scenario} in the window and writes the picture to {@code png}. */
    public static Result write(Scenario scenario, long steps, Path png) throws Exception {
        return write(scenario, null, steps, png);
    }

    /** As {@link #write(Scenario, long, Path)}, with {@code other} compared beside it (null: one cluster). */
    public static Result write(Scenario scenario, Scenario other, long steps, Path png) throws Exception {
        Console console = onSwing(() -> ClusterModelWithUI.open(scenario, other, AREA, TITLE_BAR));
        ClusterModelWithUI gui = (ClusterModelWithUI) console.getSimulation();
        try {
            onSwing(() -> {
                ClusterModelWithUI.showModelTab(console);
                console.setPlaySleep(0);
                console.setWhenShouldEnd(Long.MAX_VALUE);
                console.setWhenShouldPause(steps);
                console.pressPlay();
                return null;
            });
            playUntil(console, gui, steps);
            BufferedImage image = onSwing(() -> {
                gui.charts().flush();
                return compose(gui.windows(console));
            });
            AtomicFiles.write(png, out -> {
                if (!ImageIO.write(image, "png", out)) throw new IOException("no PNG writer");
            });
            return new Result(image.getWidth(), image.getHeight(), gui.windows(console).size(),
                    gui.model().stepsDone(), gui.model().firms().size());
        } finally {
            close(console);
        }
    }

    /** Waits until the Console has played {@code steps} steps and paused (or the run ended). */
    static void playUntil(Console console, ClusterModelWithUI gui, long steps) throws InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            int state = console.getPlayState();
            if (state == Console.PS_STOPPED && gui.model().stepsDone() > 0) return;
            if (state == Console.PS_PAUSED && gui.model().stepsDone() >= steps) return;
            Thread.sleep(20);
        }
        throw new IllegalStateException("the window did not reach step " + steps + " in time");
    }

    /** Paints each window, under a title bar, where the layout put it. */
    static BufferedImage compose(List<JFrame> windows) {
        Rectangle all = null;
        for (JFrame f : windows) {
            Rectangle b = f.getBounds();
            b = new Rectangle(b.x, b.y - TITLE_BAR, b.width, b.height + TITLE_BAR);
            all = all == null ? b : all.union(b);
        }
        BufferedImage img = new BufferedImage(all.width, all.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(0x9a, 0xa3, 0xad));
            g.fillRect(0, 0, all.width, all.height);
            Font font = new Font(Font.SANS_SERIF, Font.BOLD, 12);
            for (JFrame f : windows) {
                Rectangle b = f.getBounds();
                int x = b.x - all.x, y = b.y - all.y;
                g.setColor(new Color(0x3c, 0x44, 0x4f));
                g.fillRect(x, y - TITLE_BAR, b.width, TITLE_BAR);
                g.setColor(Color.WHITE);
                g.setFont(font);
                g.drawString(f.getTitle(), x + 8, y - 7);
                Graphics2D wg = (Graphics2D) g.create(x, y, b.width, b.height);
                try {
                    f.getRootPane().printAll(wg);
                } finally {
                    wg.dispose();
                }
                g.setColor(new Color(0x3c, 0x44, 0x4f));
                g.drawRect(x, y - TITLE_BAR, b.width - 1, b.height + TITLE_BAR - 1);
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Stops the run and closes every window without quitting the JVM (MASON's close would exit). */
    static void close(Console console) throws Exception {
        onSwing(() -> {
            console.pressStop();
            console.getSimulation().quit();
            console.setVisible(false);
            console.dispose();
            return null;
        });
    }

    static <T> T onSwing(Callable<T> task) throws Exception {
        if (SwingUtilities.isEventDispatchThread()) return task.call();
        AtomicReference<T> out = new AtomicReference<>();
        AtomicReference<Exception> error = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                out.set(task.call());
            } catch (Exception e) {
                error.set(e);
            }
        });
        if (error.get() != null) throw error.get();
        return out.get();
    }
}
