package clustersim.model;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.List;

/**
 * Delivery and payment. Specialists deliver on trade credit: the buyer is billed at production and pays
 * after delivery. Each relation and step:
 * <ol>
 *   <li>the supplier may breach (non-delivery, hold-up), tempted by the hold-up it can extract against
 *       the value of the relation: the stage's share of the buyer's month of output is lost (that part of
 *       its sales; it pays no bill) and it suffers the hold-up loss of the stage's specific assets, which the supplier must pay back when
 *       enforcement compensates ({@link CreditEnvironment#compensates});</li>
 *   <li>the buyer may breach (non-payment), tempted by the bill against the value of the relation: the
 *       supplier loses the bill, recovered when enforcement compensates;</li>
 *   <li>trust and the credit record are updated from what happened.</li>
 * </ol>
 * Then bankruptcies are resolved as a cascade: a bankrupt buyer's unpaid bills are lost by its suppliers
 * (but for recoveryRate), and a bankrupt supplier's customers lose their supply (the hold-up loss), which
 * can bankrupt them in turn, along the supply network, within the step.
 */
final class TradeCredit implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ClusterModel model;
    private final ArrayDeque<Firm> failing = new ArrayDeque<>();

    TradeCredit(ClusterModel model) {
        this.model = model;
    }

    void settle() {
        final List<Firm> firms = model.firms;
        final ValueChain chain = model.chain;
        final CreditEnvironment credit = model.credit;
        final int K = chain.size();
        final int now = model.currentStep();
        final StepCounters counters = model.counters;

        for (int f = 0, n = firms.size(); f < n; f++) settle(model.inTurn(f), chain, credit, K, now, counters);
        resolveBankruptcies();
    }

    /**
     * One producer's deliveries and payments of the month. (A method of its own, called once a firm, so
     * that the JIT compiler compiles it within the first month: the loop of a method called once a month
     * is compiled only after some 20 months of interpreting it.)
     */
    private void settle(Firm i, ValueChain chain, CreditEnvironment credit, int K, int now, StepCounters counters) {
        if (!i.producer || i.output <= 0) return;
        for (int s = 0; s < K; s++) {
            Firm j = i.supplier[s];
            if (j == null || i.makes(s)) continue;
            Stage st = chain.get(s);
            double bill = i.payableOf(s);
            double relation = credit.continuationValue(bill);
            double holdup = credit.holdupLoss(st, i.finalSales);
            boolean supplierBreach = model.random.nextDouble() < credit.breachProbability(j, holdup, relation);
            if (supplierBreach) {
                // nothing delivered: nothing billed, and the stage's share of the month's output is lost
                i.clusterPurchases -= bill;
                i.earn(bill);
                j.intermediateSales -= bill;
                // its only sale cancelled: zero, not a rounding residue that would make its value-added
                // ratio (sales - purchases) / sales explode in the metrics
                if (j.intermediateSales < 1e-9 * bill) j.intermediateSales = 0;
                j.earn(-bill);
                i.setPayable(s, 0);
                bill = 0;
                double lostSales = credit.lostOutput(st, i.finalSales);
                i.finalSales -= lostSales;
                i.earn(-lostSales);
                double loss = lostSales + holdup;
                if (credit.compensates(model.random.nextDouble()) || model.association.arbitrates(j, i)) {
                    j.earn(-loss);
                    i.earn(loss - holdup);
                } else {
                    i.earn(-holdup);
                }
                i.setSupplierTrust(s, credit.breached(i.trustInSupplier(s)));
                i.setLastBreach(s, now);
                counters.breaches++;
            } else {
                i.setSupplierTrust(s, credit.honoured(i.trustInSupplier(s)));
            }
            credit.record(j, supplierBreach);
            model.association.record(j, i, supplierBreach);

            boolean buyerBreach = bill > 0 && model.random.nextDouble() < credit.breachProbability(i, bill, relation);
            if (buyerBreach) {
                if (!(credit.compensates(model.random.nextDouble()) || model.association.arbitrates(i, j))) {
                    i.earn(bill);
                    j.earn(-bill);
                    i.setPayable(s, 0);
                }
                i.setLastBreach(s, now);
                counters.breaches++;
            }
            credit.record(i, buyerBreach);
            model.association.record(i, j, buyerBreach);
            // a delivery and a payment: two transactions that can each be breached
            counters.transactions += 2;
        }
    }

    /** Marks firms with negative net worth bankrupt and lets the losses run along the supply network. */
    void resolveBankruptcies() {
        final List<Firm> firms = model.firms;
        for (int f = 0, n = firms.size(); f < n; f++) check(firms.get(f));
        cascade();
    }

    /**
     * The same, when the firms that may have negative net worth were picked out beforehand (in list
     * order, as the full check would meet them).
     */
    void resolveBankruptcies(TurnMarks candidates) {
        for (int k = 0, n = candidates.size(); k < n; k++) check(candidates.get(k));
        cascade();
    }

    private void cascade() {
        final ValueChain chain = model.chain;
        final double recovery = model.params.get(Param.RECOVERY_RATE);
        while (!failing.isEmpty()) {
            Firm x = failing.poll();
            model.counters.bankruptcies++;
            model.guarantee.defaulted(x);
            // its suppliers lose this step's unpaid bills
            if (x.producer && x.output > 0) {
                for (int s = 0; s < chain.size(); s++) {
                    Firm j = x.supplier[s];
                    if (j == null || j.bankrupt) continue;
                    j.earn(-(1 - recovery) * x.payableOf(s));
                    check(j);
                }
            }
            // its customers lose their supply
            for (int s = 0; s < chain.size(); s++) {
                if (x.customers[s] == null) continue;
                Stage st = chain.get(s);
                for (int c = 0, m = x.customers[s].size(); c < m; c++) {
                    Firm b = x.customers[s].get(c);
                    if (b.bankrupt) continue;
                    b.earn(-model.credit.holdupLoss(st, b.finalSales));
                    b.setLastBreach(s, model.currentStep());
                    model.counters.cascadeLosses++;
                    check(b);
                }
            }
        }
    }

    /** A firm still in business whose net worth is negative: it goes bankrupt at the next check. */
    static boolean underWater(Firm x) {
        return x.alive && !x.bankrupt && x.netWorth < 0;
    }

    private void check(Firm x) {
        if (underWater(x)) {
            x.bankrupt = true;
            failing.add(x);
        }
    }
}
