package clustersim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RoundingTest {
    @Test
    void smallNumbersKeepThreeSignificantDigits() {
        assertEquals(0.987, Rounding.readable(0.9869384387159714));
        assertEquals("0.987", Double.toString(Rounding.readable(0.9869384387159714)));
        assertEquals(12.3, Rounding.readable(12.34567));
        assertEquals(0.00123, Rounding.readable(0.0012345));
        assertEquals(-0.0457, Rounding.readable(-0.045678));
    }

    @Test
    void numbersFromAHundredOnAreWhole() {
        assertEquals(1235, Rounding.readable(1234.5678));
        assertEquals(100, Rounding.readable(99.996));
        assertEquals(-250, Rounding.readable(-250.4));
    }

    @Test
    void zeroAndUndefinedStayAsTheyAre() {
        assertEquals(0.0, Rounding.readable(0));
        assertEquals(Double.NaN, Rounding.readable(Double.NaN));
    }
}
