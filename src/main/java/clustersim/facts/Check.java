package clustersim.facts;

/** One claim of a fact: a statistic and the threshold it must clear. */
public record Check(String claim, Statistic statistic, Threshold threshold) {
}
