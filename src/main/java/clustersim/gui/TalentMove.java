package clustersim.gui;

/**
 * A skilled worker who left one firm for another (or to found a spin-out) in a recent month: a brief line
 * on the display, from the firm left to the firm joined. A snapshot from the model's last step.
 */
public final class TalentMove {
    private final int from;
    private final int to;
    private final int month;

    TalentMove(int from, int to, int month) {
        this.from = from;
        this.to = to;
        this.month = month;
    }

    public int getFrom() {
        return from;
    }

    public int getTo() {
        return to;
    }

    public int getMonth() {
        return month;
    }

    @Override
    public String toString() {
        return "talent move in month " + month + ": firm " + from + " -> firm " + to;
    }
}
