package dev.explorador.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/**
 * The same topic diagram drawn as a PNG, for the PDF (its renderer has no SVG support): the layout of
 * {@link TopicDiagram}, drawn at twice its size with the font the PDF embeds, so it prints sharp.
 */
final class DiagramPng {
    private static final int SCALE = 2;
    private static final Font BASE = loadFont();

    private DiagramPng() {}

    static String dataUri(TopicDiagram d) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(render(d));
    }

    static byte[] render(TopicDiagram d) {
        BufferedImage image = new BufferedImage(d.width() * SCALE, d.height() * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(SCALE, SCALE);
            Color ink = new Color(0x1b3a6b);
            for (TopicDiagram.Link l : d.links()) {
                TopicDiagram.Node a = d.nodes().get(l.from());
                TopicDiagram.Node b = d.nodes().get(l.to());
                double[] p = TopicDiagram.border(a, b.x(), b.y());
                double[] q = TopicDiagram.border(b, a.x(), a.y());
                g.setColor(new Color(0x7a8aa6));
                g.setStroke(new BasicStroke(1.2f));
                g.draw(new Line2D.Double(p[0], p[1], q[0], q[1]));
                arrow(g, ink, p, q);
                text(g, l.label(), TopicDiagram.LABEL_FONT, (p[0] + q[0]) / 2, (p[1] + q[1]) / 2 + 3, new Color(0x333333), true);
            }
            for (TopicDiagram.Node n : d.nodes()) {
                RoundRectangle2D box = new RoundRectangle2D.Double(n.x() - n.w() / 2, n.y() - n.h() / 2, n.w(), n.h(), 10, 10);
                g.setColor(new Color(0xeef3fb));
                g.fill(box);
                g.setColor(ink);
                g.setStroke(new BasicStroke(1f));
                g.draw(box);
                double top = n.y() - (n.lines().size() * TopicDiagram.LINE) / 2.0 + TopicDiagram.LINE - 3;
                for (int i = 0; i < n.lines().size(); i++) {
                    text(g, n.lines().get(i), TopicDiagram.FONT, n.x(), top + i * TopicDiagram.LINE, new Color(0x111111), false);
                }
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void arrow(Graphics2D g, Color ink, double[] p, double[] q) {
        double angle = Math.atan2(q[1] - p[1], q[0] - p[0]);
        Path2D head = new Path2D.Double();
        head.moveTo(q[0], q[1]);
        head.lineTo(q[0] - 7 * Math.cos(angle - 0.45), q[1] - 7 * Math.sin(angle - 0.45));
        head.lineTo(q[0] - 7 * Math.cos(angle + 0.45), q[1] - 7 * Math.sin(angle + 0.45));
        head.closePath();
        g.setColor(ink);
        g.fill(head);
    }

    private static void text(Graphics2D g, String text, int size, double cx, double baseline, Color color, boolean halo) {
        g.setFont(BASE.deriveFont((float) size));
        FontMetrics m = g.getFontMetrics();
        double x = cx - m.stringWidth(text) / 2.0;
        if (halo) {
            g.setColor(Color.WHITE);
            g.fillRect((int) x - 2, (int) (baseline - m.getAscent() + 1), m.stringWidth(text) + 4, m.getAscent() + 1);
        }
        g.setColor(color);
        g.drawString(text, (float) x, (float) baseline);
    }

    private static Font loadFont() {
        try (InputStream in = DiagramPng.class.getResourceAsStream(SummaryPdf.FONT)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException | NullPointerException e) {
            return new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        }
    }
}
