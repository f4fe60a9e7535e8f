package clustersim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TurnMarksTest {
    /** Picks every third firm in a walk in turn order from each possible start: list order comes back. */
    @Test
    void picksMadeInTurnOrderComeBackInListOrder() {
        int n = 10;
        List<Firm> list = new ArrayList<>();
        for (int k = 0; k < n; k++) list.add(new Firm(k, 0, 3, 0.5));
        TurnMarks marks = new TurnMarks();
        for (int start = 0; start < n; start++) {
            marks.begin();
            for (int f = 0; f < n; f++) {
                if (f == n - start) marks.wrapped();
                Firm x = list.get((start + f) % n);
                if (x.getId() % 3 == 0) marks.add(x);
            }
            assertEquals(4, marks.size(), "start " + start);
            for (int k = 0; k < marks.size(); k++) assertSame(list.get(3 * k), marks.get(k), "start " + start + ", pick " + k);
        }
    }
}
