package clustersim.report;

import clustersim.io.AtomicFiles;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.graphics2d.svg.SVGGraphics2D;

/**
 * Writes a figure twice: PNG at twice its nominal size (sharp on screens and in print) and SVG (vector,
 * for journals). Each file is written under a temporary name and renamed when complete; a failure (a full
 * disk) removes the temporary.
 */
public final class FigureFiles {
    /** Draws a figure into an area of a canvas. */
    public interface Drawing {
        void draw(Graphics2D g, Rectangle2D area);
    }

    private static final int PNG_SCALE = 2;

    private FigureFiles() {
    }

    /** Writes {@code base}.png and {@code base}.svg in {@code dir}; returns both paths. */
    public static List<Path> write(Drawing drawing, int width, int height, Path dir, String base) throws IOException {
        AtomicFiles.createFolder(dir);
        Path png = dir.resolve(base + ".png"), svg = dir.resolve(base + ".svg");

        BufferedImage img = new BufferedImage(width * PNG_SCALE, height * PNG_SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.scale(PNG_SCALE, PNG_SCALE);
            drawing.draw(g, new Rectangle(0, 0, width, height));
        } finally {
            g.dispose();
        }
        AtomicFiles.write(png, out -> {
            if (!ImageIO.write(img, "png", out)) throw new IOException("no PNG writer");
        });

        SVGGraphics2D s = new SVGGraphics2D(width, height);
        s.setColor(Color.WHITE);
        s.fillRect(0, 0, width, height);
        drawing.draw(s, new Rectangle(0, 0, width, height));
        AtomicFiles.writeString(svg, s.getSVGDocument());
        return List.of(png, svg);
    }

    public static List<Path> write(JFreeChart chart, int width, int height, Path dir, String base) throws IOException {
        return write((g, area) -> chart.draw(g, area), width, height, dir, base);
    }
}
