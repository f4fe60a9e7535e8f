package clustersim.facts;

/** One quantity under one condition, with the weight it has in a contrast. */
public record Term(double weight, Condition condition, Quantity quantity) {
    public static Term of(Condition c, Quantity q) {
        return new Term(1, c, q);
    }

    public Term times(double w) {
        return new Term(weight * w, condition, quantity);
    }
}
