package clustersim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DecimalTextTest {
    @Test
    void plainDecimalsAreNumbers() {
        assertEquals(12.0, DecimalText.parse("12"));
        assertEquals(-0.5, DecimalText.parse("-0.5"));
        assertEquals(0.25, DecimalText.parse(".25"));
        assertEquals(1e6, DecimalText.parse("1e6"));
        assertEquals(3.0, DecimalText.parse("+3."));
    }

    @Test
    void whatOnlyJavaCallsANumberIsRefused() {
        for (String s : new String[] {"20f", "1d", "0x1p-1", "NaN", "Infinity", "-Infinity", "1e999", "", " 1", "1,5", "1_000"}) {
            assertNull(DecimalText.parse(s), s);
        }
    }
}
