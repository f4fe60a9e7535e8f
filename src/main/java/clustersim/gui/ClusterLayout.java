package clustersim.gui;

import clustersim.model.Firm;
import sim.util.Double2D;

/**
 * Where a firm sits on the cluster display. Brand owners (producers) fill a disc in the centre;
 * specialists sit in a ring around it, in one sector per stage they sell, so that the supply links run
 * like spokes from each stage's suppliers to the producers they serve.
 *
 * <p>A firm's place inside its group comes from a hash of its id alone (SplitMix64): the same firm always
 * lands on the same spot, ids spread evenly over the group's area, and no random number is drawn (neither
 * the model's nor the GUI's). A firm moves only when its role changes.
 */
final class ClusterLayout {
    /** Side of the square field, in field units. */
    static final double SIZE = 100;
    static final double CENTRE = SIZE / 2;
    static final double PRODUCER_RADIUS = 27;
    static final double RING_INNER = 33;
    static final double RING_OUTER = 46;
    /** Angle left empty between two stage sectors, in radians. */
    static final double SECTOR_GAP = 0.10;

    /** The group of a firm: {@link #PRODUCERS}, or the stage it sells (0-based), or {@link #OTHER}. */
    static final int PRODUCERS = -1, OTHER = -2;

    private final int sectors;

    /** @param sectors number of stages that specialists can sell (the chain's stages but the last) */
    ClusterLayout(int sectors) {
        this.sectors = Math.max(1, sectors);
    }

    int sectors() {
        return sectors;
    }

    /** The group a firm belongs to now. */
    int groupOf(Firm f) {
        if (f.isProducer()) return PRODUCERS;
        for (int s = 0; s < Math.min(sectors, f.getStageCount()); s++) if (f.sells(s)) return s;
        return OTHER;
    }

    /** Position of a firm with this id in this group. */
    Double2D position(int id, int group) {
        long h = mix(id * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L);
        double u = (h >>> 11) * 0x1.0p-53;
        double v = (mix(h) >>> 11) * 0x1.0p-53;
        if (group == PRODUCERS) {
            double r = PRODUCER_RADIUS * Math.sqrt(u);
            double a = 2 * Math.PI * v;
            return polar(r, a);
        }
        double r0 = RING_INNER, r1 = RING_OUTER;
        double a0, a1;
        if (group == OTHER) {
            // firms between roles (a brand given up, a stage not yet sold): a thin outer band
            r0 = RING_OUTER + 1;
            r1 = RING_OUTER + 2.5;
            a0 = 0;
            a1 = 2 * Math.PI;
        } else {
            a0 = sectorStart(group) + SECTOR_GAP / 2;
            a1 = sectorStart(group + 1) - SECTOR_GAP / 2;
        }
        double r = Math.sqrt(r0 * r0 + u * (r1 * r1 - r0 * r0));
        return polar(r, a0 + v * (a1 - a0));
    }

    /** Angle where the sector of a stage starts; sectors run clockwise from the top. */
    double sectorStart(int stage) {
        return -Math.PI / 2 + 2 * Math.PI * stage / sectors;
    }

    /** Angle at the middle of a stage's sector. */
    double sectorMiddle(int stage) {
        return sectorStart(stage) + Math.PI / sectors;
    }

    static Double2D polar(double r, double angle) {
        return new Double2D(CENTRE + r * Math.cos(angle), CENTRE + r * Math.sin(angle));
    }

    /** SplitMix64's finaliser: a well-mixed 64-bit hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
