package clustersim.gui;

import java.awt.Color;

/**
 * The colour scale of the cluster display and its legend: how much of the value chain a firm runs itself.
 * Blue is a specialised firm (one stage), pale yellow the middle, red a firm that makes everything in-house.
 * A diverging scale (ColorBrewer RdYlBu, reversed) so that the two ends a student compares stand apart.
 */
final class IntegrationColors {
    private static final Color[] STOPS = {
        new Color(0x2c7bb6), new Color(0xabd9e9), new Color(0xffffbf), new Color(0xfdae61), new Color(0xd7191c)};
    private static final Color[] CACHE = new Color[101];
    /** An industry association member's ring and a lead firm's outline: hues the integration scale does not use. */
    static final Color MEMBER = new Color(0x1a9641), LEAD = new Color(0x6a3d9a);
    /** An engineer's move between firms. */
    static final Color TALENT = new Color(0xe7, 0x29, 0x8a, 190);

    static {
        for (int k = 0; k <= 100; k++) CACHE[k] = interpolate(k / 100.0);
    }

    private IntegrationColors() {
    }

    /** Colour of an integration share in [0, 1] (values outside are clamped). */
    static Color of(double share) {
        if (Double.isNaN(share)) return Color.GRAY;
        int k = (int) Math.round(Math.max(0, Math.min(1, share)) * 100);
        return CACHE[k];
    }

    private static Color interpolate(double x) {
        double pos = x * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) Math.floor(pos));
        double t = pos - i;
        Color a = STOPS[i], b = STOPS[i + 1];
        return new Color(
                (int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
    }

    private static final Color[] TRUST = new Color[101];

    static {
        // opaque on purpose: translucent lines cost a software-rendered display (Xvfb, remote desktops) dearly
        for (int k = 0; k <= 100; k++) {
            double x = k / 100.0;
            TRUST[k] = new Color((int) Math.round(200 + x * (25 - 200)), (int) Math.round(204 + x * (55 - 204)),
                    (int) Math.round(210 + x * (95 - 210)));
        }
    }

    /** Link colour for a trust level in [0, 1]: pale grey for a stranger, dark slate for a trusted partner. */
    static Color trust(double t) {
        double x = Math.max(0, Math.min(1, Double.isNaN(t) ? 0 : t));
        return TRUST[(int) Math.round(x * 100)];
    }

    /** A supply relation whose supplier breached within the last few steps. */
    static final Color BREACH = new Color(0xe4, 0x1a, 0x1c);
}
