package clustersim.model;

import java.io.Serializable;
import java.util.List;

/**
 * The outside market for the cluster's final product. Everything is counted in quality units: one
 * physical unit of quality q is q quality units, and prices and costs are per quality unit (that is,
 * quality-adjusted). The cluster sells D = A P^-e quality units, with P the share-weighted price index and
 * A = marketSize grown at demandGrowth; buyers split them between producers by a logit on log price. A
 * producer of quality q ships share x D / q physical units, so upgrading does not by itself multiply
 * the physical market: it raises what a unit is worth.
 *
 * <p>Producers price at cost plus markup. An exclusive design earns baseMarkup plus a quality premium,
 * qualityPremium x ln(qualityStep) per rung above the typical rival's (the mean rung of producers); a
 * cloned design earns priceWarMarkup, and the markup moves back from one to the other as the price war
 * fades (weight: the firm's clone intensity).
 */
final class FinalMarket implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ClusterModel model;
    /** Scratch: log price (per quality unit) of each producer, and its logit weight, reused between steps. */
    private double[] logPrice = new double[0], weight = new double[0];

    /** Mean rung of producers at the last market: the typical rival, reference of quality premiums. */
    double meanRung;
    /** Mean rung at the last market weighted by physical units sold. */
    double outputMeanRung;
    /** Price index (per quality unit) and total physical units sold this step. */
    double priceIndex = 1;
    double totalOutput;

    FinalMarket(ClusterModel model) {
        this.model = model;
    }

    /**
     * Markup premium of a producer for its quality above the typical rival's: what a design ahead of
     * what most rivals sell can charge. Copies and leaks pull rivals up to the design, so the premium
     * erodes as it spreads.
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
        if (logPrice.length < n) {
            logPrice = new double[Math.max(n, 2 * logPrice.length)];
            weight = new double[logPrice.length];
        }
        final double beta = model.params.get(Param.CHOICE_INTENSITY);
        final double lnStep = model.lnQualityStep;

        double minU = Double.POSITIVE_INFINITY;
        int sellers = 0;
        final Production production = model.production;
        for (int f = 0; f < n; f++) {
            Firm i = firms.get(f);
            i.output = 0;
            i.marketShare = 0;
            // the production that follows pools this step's volumes from zero (see Production.pool)
            i.clearVolumes();
            if (!i.producer || !i.alive || !i.fullySourced() || i.unitCost <= 0) {
                logPrice[f] = Double.NaN;
                continue;
            }
            i.markup = markup(i);
            i.price = i.unitCost * (1 + i.markup);
            double u = Math.log(i.price);
            logPrice[f] = u;
            if (u < minU) minU = u;
            sellers++;
        }
        totalOutput = 0;
        if (sellers == 0) return;

        double sum = 0;
        for (int f = 0; f < n; f++) {
            double u = logPrice[f];
            if (Double.isNaN(u)) continue;
            weight[f] = Math.exp(-beta * (u - minU));
            sum += weight[f];
        }
        // the price index needs every share before any output is known: computed from the scratch
        // arrays, so that the firms themselves are visited once more only (below)
        double logIndex = 0;
        for (int f = 0; f < n; f++) {
            double u = logPrice[f];
            if (Double.isNaN(u)) continue;
            logIndex += weight[f] / sum * u;
        }
        priceIndex = Math.exp(logIndex);
        double demand = model.params.get(Param.MARKET_SIZE) * model.demandGrowthFactor
                * Math.exp(-model.params.get(Param.DEMAND_ELASTICITY) * logIndex);
        double rungSum = 0, weightedRungs = 0;
        for (int f = 0; f < n; f++) {
            if (Double.isNaN(logPrice[f])) continue;
            Firm i = firms.get(f);
            i.marketShare = weight[f] / sum;
            if (i.marketShare <= 0) continue;
            i.output = i.marketShare * demand;
            production.pool(i);
            double units = i.output * production.inverseQuality(i.rung);
            totalOutput += units;
            i.expectedOutput = 0.7 * i.expectedOutput + 0.3 * i.output;
            double revenue = i.output * i.price;
            i.finalSales = revenue;
            i.earn(revenue);
            rungSum += i.rung;
            weightedRungs += units * i.rung;
        }
        meanRung = rungSum / sellers;
        outputMeanRung = totalOutput > 0 ? weightedRungs / totalOutput : meanRung;
    }
}
