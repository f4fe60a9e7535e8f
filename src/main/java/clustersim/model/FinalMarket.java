package clustersim.model;

import java.io.Serializable;
import java.util.List;

/**
 * The outside market for the cluster's final product. Producers price at cost plus markup. An exclusive
 * design earns baseMarkup plus a quality premium, qualityPremium x ln(qualityStep) per rung above the
 * market's mean; a cloned design earns priceWarMarkup, and the markup moves back from one to the other
 * as the price war fades (weight: the firm's clone intensity). Demand is counted in quality units
 * (one unit of quality q is q quality units): the cluster sells D = A P^-e of them, with P the
 * share-weighted quality-adjusted price index and A = marketSize grown at demandGrowth, and buyers split
 * them between producers by a logit on log quality-adjusted price. A producer ships share x D / q
 * physical units. So upgrading does not by itself multiply the physical market: it raises what a unit
 * is worth.
 */
final class FinalMarket implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ClusterModel model;
    /** Scratch: log quality-adjusted price of each producer, reused between steps. */
    private double[] logAdjPrice = new double[0];

    /** Output-weighted mean rung of last step: the reference for quality premiums. */
    double meanRung;
    /** Quality-adjusted price index and total physical units sold this step. */
    double priceIndex = 1;
    double totalOutput;

    FinalMarket(ClusterModel model) {
        this.model = model;
    }

    /**
     * Markup premium of a producer for its quality above the market's output-weighted mean rung of last
     * step: what a design ahead of what most rivals sell can charge. Copies and leaks pull rivals up to
     * the design, so the premium erodes as it spreads.
     */
    double qualityPremium(Firm i) {
        double lead = (i.rung - meanRung) * model.lnQualityStep;
        return lead > 0 ? model.params.get(Param.QUALITY_PREMIUM) * lead : 0;
    }

    double markup(Firm i) {
        double base = model.params.get(Param.BASE_MARKUP);
        double war = model.params.get(Param.PRICE_WAR_MARKUP);
        return (base + qualityPremium(i)) * (1 - i.clone) + war * i.clone;
    }

    /** Market phase: prices, logit shares, total demand, each producer's output and final sales. */
    void clear() {
        final List<Firm> firms = model.firms;
        final int n = firms.size();
        if (logAdjPrice.length < n) logAdjPrice = new double[Math.max(n, 2 * logAdjPrice.length)];
        final double beta = model.params.get(Param.CHOICE_INTENSITY);
        final double lnStep = model.lnQualityStep;

        double minU = Double.POSITIVE_INFINITY;
        int sellers = 0;
        for (int f = 0; f < n; f++) {
            Firm i = firms.get(f);
            i.output = 0;
            i.marketShare = 0;
            if (!i.producer || !i.alive || !i.fullySourced() || i.unitCost <= 0) {
                logAdjPrice[f] = Double.NaN;
                continue;
            }
            i.markup = markup(i);
            i.price = i.unitCost * (1 + i.markup);
            double u = Math.log(i.price) - i.rung * lnStep;
            logAdjPrice[f] = u;
            if (u < minU) minU = u;
            sellers++;
        }
        totalOutput = 0;
        if (sellers == 0) return;

        double sum = 0;
        for (int f = 0; f < n; f++) {
            double u = logAdjPrice[f];
            if (Double.isNaN(u)) continue;
            sum += Math.exp(-beta * (u - minU));
        }
        double logIndex = 0;
        for (int f = 0; f < n; f++) {
            double u = logAdjPrice[f];
            if (Double.isNaN(u)) continue;
            double share = Math.exp(-beta * (u - minU)) / sum;
            firms.get(f).marketShare = share;
            logIndex += share * u;
        }
        priceIndex = Math.exp(logIndex);
        double demand = model.params.get(Param.MARKET_SIZE) * model.demandGrowthFactor
                * Math.exp(-model.params.get(Param.DEMAND_ELASTICITY) * logIndex);
        double rungSum = 0;
        for (int f = 0; f < n; f++) {
            Firm i = firms.get(f);
            if (i.marketShare <= 0) continue;
            i.output = i.marketShare * demand * Math.exp(-i.rung * lnStep);
            totalOutput += i.output;
            i.expectedOutput = 0.7 * i.expectedOutput + 0.3 * i.output;
            double revenue = i.output * i.price;
            i.finalSales = revenue;
            i.earn(revenue);
            rungSum += i.marketShare * i.rung;
        }
        meanRung = rungSum;
    }
}
