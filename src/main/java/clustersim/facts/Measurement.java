package clustersim.facts;

/** A statistic's value with its 95% interval, how many runs it rests on and how the interval was made. */
public record Measurement(double estimate, double low, double high, int runs, String interval) {
}
