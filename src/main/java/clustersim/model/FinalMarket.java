package clustersim.model;

import java.io.Serializable;
import java.util.List;

/**
 * The outside market for the cluster's final product. Everything is counted in quality units: one
 * physical unit of quality q is q quality units, and prices and costs are per quality unit (that is,
 * quality-adjusted). The cluster sells D = A P^-e quality units, with P the share-weighted price index and
 * A = marketSize grown at demandGrowth; buyers split them between producers by a nested logit on log
 * price (Anderson, de Palma and Thisse 1992, ch. 7): the sellers of one design (its originator and its
 * copies) form a nest, whose members buyers see as closer substitutes (correlation sigma) than sellers of
 * different designs. With delta_i = -beta ln p_i,
 * <pre>
 *   s_i|g = exp(delta_i / (1 - sigma)) / D_g,   D_g = sum over the nest of exp(delta_j / (1 - sigma))
 *   s_g   = D_g^(1 - sigma) / sum_h D_h^(1 - sigma),      s_i = s_i|g s_g
 * </pre>
 * A producer of quality q ships share s_i D / q physical units, so upgrading does not by itself multiply
 * the physical market: it raises what a unit is worth. (When costs are reckoned against the cluster's quality,
 * qualityCostReference w &gt; 0, the market counts in standard units of Q quality units instead, see
 * {@link Production}: D = A Q^(e - 1) P^-e standard units, and the price index it reports is per quality
 * unit, P / Q.)
 *
 * <p>Prices compete: each producer moves its markup a share markupAdjustment of the way toward the
 * profit-maximising (Nash) markup given its rivals' prices, mu* = 1 / (eta - 1), where
 * eta = beta [1/(1 - sigma) - sigma/(1 - sigma) s_i|g - s_i] + e s_i is the own-price elasticity of its demand at
 * last step's shares (bounded at {@link #MAX_MARKUP} where eta is near 1). A design sold by many firms
 * gives each a small within-nest share and a highly elastic demand: copies drive margins down by
 * themselves.
 */
final class FinalMarket implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Largest markup (share of cost), for a seller whose demand is nearly inelastic. */
    static final double MAX_MARKUP = 1.0;

    private final ClusterModel model;
    /** Scratch: log price (per quality unit) of each producer, and its within-nest logit weight, reused between steps. */
    private double[] logPrice = new double[0], weight = new double[0];
    /** Stamps for the passes over designs (a design is counted once a pass). */
    private long stamp;

    /** Mean rung of producers at the last market: the typical rival. */
    double meanRung;
    /** Mean rung at the last market weighted by physical units sold. */
    double outputMeanRung;
    /** Price index (per quality unit) and total physical units sold this step. */
    double priceIndex = 1;
    double totalOutput;
    /** Money buyers spent on the cluster's final product at the last market that had sellers. */
    double totalSales;

    FinalMarket(ClusterModel model) {
        this.model = model;
    }

    /**
     * Own-price elasticity of a seller's demand at the given market share and within-nest share: the
     * nested logit's, plus the part of the cluster's total demand (elasticity e) its share carries.
     */
    static double elasticity(double beta, double sigma, double e, double share, double nestShare) {
        return beta * (1 / (1 - sigma) - sigma / (1 - sigma) * nestShare - share) + e * share;
    }

    /** The profit-maximising markup over cost at an elasticity: 1 / (eta - 1), at most MAX_MARKUP. */
    static double nashMarkup(double eta) {
        return eta <= 1 + 1 / MAX_MARKUP ? MAX_MARKUP : 1 / (eta - 1);
    }

    /**
     * A seller's margin as a share of the market's sales at a market share and a share of its design's
     * nest, charging that position's Nash markup: share mu / (1 + mu). Whether a copy or a variant pays is
     * a comparison of two of these.
     */
    static double nashMargin(double beta, double sigma, double e, double share, double nestShare) {
        double mu = nashMarkup(elasticity(beta, sigma, e, share, nestShare));
        return share * mu / (1 + mu);
    }

    /** A seller's Nash markup at its last shares. */
    double targetMarkup(Firm i) {
        return nashMarkup(elasticity(model.params.get(Param.CHOICE_INTENSITY), model.params.get(Param.NEST_CORRELATION),
                model.params.get(Param.DEMAND_ELASTICITY), i.marketShare, i.nestShare));
    }

    /** Market phase: prices, nested-logit shares, total demand, each producer's output and final sales. */
    void clear() {
        final List<Firm> firms = model.firms;
        final int n = firms.size();
        if (logPrice.length < n) {
            logPrice = new double[Math.max(n, 2 * logPrice.length)];
            weight = new double[logPrice.length];
        }
        final double beta = model.params.get(Param.CHOICE_INTENSITY);
        final double sigma = model.params.get(Param.NEST_CORRELATION);
        final double adjust = model.params.get(Param.MARKUP_ADJUSTMENT);
        final double e = model.params.get(Param.DEMAND_ELASTICITY);

        // Each walk over the firms is a method of its own: the JIT compiler compiles a walk of a method called
        // once a month on its stack, and compiled the whole phase again for each of its six walks and each
        // first a walk met; a walk now compiles alone.
        priceWalk(firms, n, beta, sigma, e, adjust);
        final int sellers = sellerCount;
        totalOutput = 0;
        if (sellers == 0) return;

        weighWalk(firms, n, beta / (1 - sigma), minU);
        final double total = nestWalk(firms, n, sigma);
        // the price index needs every share before any output is known
        final double logIndex = indexWalk(firms, n, total);
        // prices and volumes are per standard unit, Q quality units (Production.referenceQuality; exactly 1
        // when costs follow the absolute rung): buyers demand A (P / Q)^-e quality units, which is
        // A Q^(e - 1) P^-e standard units; with e = 1 the cluster's climb leaves spending where it was
        final double Q = model.production.referenceQuality();
        priceIndex = Math.exp(logIndex) / Q;
        double demand = model.params.get(Param.MARKET_SIZE) * model.demandGrowthFactor
                * Math.exp(-e * logIndex) * Math.pow(Q, e - 1);
        rungSum = weightedRungs = sales = 0;
        sellWalk(firms, n, total, demand, model.production);
        normaliseWalk(firms, n, total);
        totalSales = sales;
        meanRung = rungSum / sellers;
        outputMeanRung = totalOutput > 0 ? weightedRungs / totalOutput : meanRung;
    }

    /** The lowest log price and the number of sellers (results of {@link #priceWalk}). */
    private double minU;
    private int sellerCount;

    /** Every firm's output cleared, and the sellers' markups, prices and log prices (NaN: not selling). */
    private void priceWalk(List<Firm> firms, int n, double beta, double sigma, double e, double adjust) {
        double minU = Double.POSITIVE_INFINITY;
        int sellers = 0;
        for (int f = 0; f < n; f++) {
            if (price(firms.get(f), f, beta, sigma, e, adjust)) {
                double u = logPrice[f];
                if (u < minU) minU = u;
                sellers++;
            }
        }
        this.minU = minU;
        this.sellerCount = sellers;
    }

    /** Within-nest weights, and each design's sum of them (D_g) and its sellers. */
    private void weighWalk(List<Firm> firms, int n, double inner, double minU) {
        final long sums = ++stamp;
        for (int f = 0; f < n; f++) {
            double u = logPrice[f];
            if (Double.isNaN(u)) continue;
            Design d = firms.get(f).design;
            if (d.countedIn != sums) {
                d.countedIn = sums;
                d.nestSum = 0;
                d.sellers = 0;
            }
            weight[f] = Math.exp(-inner * (u - minU));
            d.nestSum += weight[f];
            d.sellers++;
        }
    }

    /** The nests' weights D_g^(1 - sigma), once a design, and their sum. */
    private double nestWalk(List<Firm> firms, int n, double sigma) {
        final long nests = ++stamp;
        double total = 0;
        for (int f = 0; f < n; f++) {
            if (Double.isNaN(logPrice[f])) continue;
            Design d = firms.get(f).design;
            if (d.countedIn == nests) continue;
            d.countedIn = nests;
            d.share = d.nestSum > 0 ? Math.exp((1 - sigma) * Math.log(d.nestSum)) : 0;
            total += d.share;
        }
        return total;
    }

    /** The log of the price index: the sellers' log prices weighted by their shares. */
    private double indexWalk(List<Firm> firms, int n, double total) {
        double logIndex = 0;
        for (int f = 0; f < n; f++) {
            double u = logPrice[f];
            if (Double.isNaN(u)) continue;
            Design d = firms.get(f).design;
            logIndex += weight[f] / d.nestSum * d.share / total * u;
        }
        return logIndex;
    }

    /** Every seller's shares, output and sales. */
    private void sellWalk(List<Firm> firms, int n, double total, double demand, Production production) {
        for (int f = 0; f < n; f++) {
            if (Double.isNaN(logPrice[f])) continue;
            sell(firms.get(f), f, total, demand, production);
        }
    }

    /** The nest shares as fractions of the market (d.share held the unnormalised weight). */
    private void normaliseWalk(List<Firm> firms, int n, double total) {
        final long norm = ++stamp;
        for (int f = 0; f < n; f++) {
            if (Double.isNaN(logPrice[f])) continue;
            Design d = firms.get(f).design;
            if (d.countedIn == norm) continue;
            d.countedIn = norm;
            d.share /= total;
        }
    }

    // The two walks over the firms with the most work in them handle one firm a call: the JIT compiler then
    // compiles them within the first month (the loop of a method called once a month is compiled only after
    // some 20 months of interpreting it).

    /**
     * Clears a firm's output and volumes for this month and, if it sells on the final market, moves its
     * markup toward the Nash markup and sets its price and log price: true if it sells.
     */
    private boolean price(Firm i, int f, double beta, double sigma, double e, double adjust) {
        i.output = 0;
        // the production that follows pools this step's volumes from zero (see Production.pool)
        i.clearVolumes();
        if (!i.producer || !i.alive || !i.fullySourced() || i.unitCost <= 0 || i.design == null) {
            logPrice[f] = Double.NaN;
            i.marketShare = 0;
            return false;
        }
        double target = nashMarkup(elasticity(beta, sigma, e, i.marketShare, i.nestShare));
        i.markup += adjust * (target - i.markup);
        i.price = i.unitCost * (1 + i.markup);
        logPrice[f] = Math.log(i.price);
        return true;
    }

    /** Sums over the sellers of one market (scratch of {@link #clear}). */
    private double rungSum, weightedRungs, sales;

    /** A seller's shares, output, sales and the volumes it pools, at this month's demand. */
    private void sell(Firm i, int f, double total, double demand, Production production) {
        Design d = i.design;
        i.nestShare = d.nestSum > 0 ? weight[f] / d.nestSum : 1;
        i.marketShare = i.nestShare * d.share / total;
        rungSum += i.rung;
        if (i.marketShare <= 0) return;
        i.output = i.marketShare * demand;
        production.pool(i);
        double units = i.output * production.costInverseQuality(i.rung);
        totalOutput += units;
        i.expectedOutput = 0.7 * i.expectedOutput + 0.3 * i.output;
        double revenue = i.output * i.price;
        i.finalSales = revenue;
        sales += revenue;
        i.earn(revenue);
        weightedRungs += units * i.rung;
    }
}
