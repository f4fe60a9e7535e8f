package clustersim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import sim.util.Double2D;

class ClusterLayoutTest {
    private final ClusterLayout layout = new ClusterLayout(4);

    private static double radius(Double2D p) {
        return Math.hypot(p.x - ClusterLayout.CENTRE, p.y - ClusterLayout.CENTRE);
    }

    @Test
    void aFirmKeepsItsPlaceAsLongAsItsRole() {
        for (int id = 0; id < 50; id++) {
            assertEquals(layout.position(id, ClusterLayout.PRODUCERS), layout.position(id, ClusterLayout.PRODUCERS));
            assertEquals(layout.position(id, 2), new ClusterLayout(4).position(id, 2));
        }
    }

    @Test
    void producersFillTheCentreAndSpecialistsTheirStagesSector() {
        Set<Double2D> seen = new HashSet<>();
        for (int id = 0; id < 2000; id++) {
            Double2D p = layout.position(id, ClusterLayout.PRODUCERS);
            assertTrue(radius(p) <= ClusterLayout.PRODUCER_RADIUS + 1e-9);
            seen.add(p);
            for (int s = 0; s < 4; s++) {
                Double2D q = layout.position(id, s);
                double r = radius(q);
                assertTrue(r >= ClusterLayout.RING_INNER - 1e-9 && r <= ClusterLayout.RING_OUTER + 1e-9, "radius " + r);
                double a = Math.atan2(q.y - ClusterLayout.CENTRE, q.x - ClusterLayout.CENTRE);
                double from = layout.sectorStart(s), to = layout.sectorStart(s + 1);
                double rel = ((a - from) % (2 * Math.PI) + 2 * Math.PI) % (2 * Math.PI);
                assertTrue(rel <= to - from, "stage " + s + " firm outside its sector");
            }
        }
        assertEquals(2000, seen.size(), "no two producers on the same spot");
    }

    @Test
    void producersSpreadOverTheWholeDisc() {
        int[] quadrant = new int[4];
        int inner = 0;
        for (int id = 0; id < 400; id++) {
            Double2D p = layout.position(id, ClusterLayout.PRODUCERS);
            quadrant[(p.x > ClusterLayout.CENTRE ? 1 : 0) + (p.y > ClusterLayout.CENTRE ? 2 : 0)]++;
            if (radius(p) < ClusterLayout.PRODUCER_RADIUS / Math.sqrt(2)) inner++;
        }
        for (int q : quadrant) assertTrue(q > 70 && q < 130, "quadrants " + java.util.Arrays.toString(quadrant));
        assertTrue(inner > 160 && inner < 240, "half the area should hold about half the firms: " + inner);
    }
}
