package clustersim.model;

import java.io.Serializable;

/**
 * A credit-guarantee fund (MODEL.md section 6): with capital of its own it covers the share
 * guaranteeCoverage of a small firm's loan, so that the bank's unsecured exposure stays what collateral
 * allows while the firm borrows more: a guaranteed small firm can borrow financeAccess + coverage
 * (1 - financeAccess) of its plants' value instead of financeAccess. The firm pays guaranteeFee per step on
 * the covered debt to the fund. The rate it lowers is that on credit beyond its collateral, which the bank
 * otherwise rations (Stiglitz and Weiss 1981): from "not to be had" to interestRate + guaranteeFee.
 * When a guaranteed firm goes bankrupt the fund pays its share of the bank's loss (debt less what the
 * plants fetch); guarantees outstanding stay below {@link #LEVERAGE} times the fund's capital, and a fund
 * run dry gives no new guarantees until a policy event (a higher guaranteeCapital) or the local
 * government replenishes it.
 *
 * <p>Absent by default (guaranteeCapital 0): no firm is ever guaranteed and nothing here draws from the
 * random generator.
 */
final class GuaranteeFund implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Guarantees outstanding at most this multiple of the fund's capital (China's rules cap it at 10; funds run at 3-5). */
    static final double LEVERAGE = 5;
    /** A small firm: its plants (with those it is buying) are worth less than this many plants of every stage. */
    static final double SMALL_PLANT_SETS = 2;

    private final ClusterModel model;
    /** The fund's own capital (money). */
    double capital;
    /** guaranteeCapital as last seen: a change of the parameter adds (or withdraws) the difference. */
    private double capitalParam;
    /** Covered debt outstanding (money). */
    double outstanding;
    /** Paid out on defaults since the start (money). */
    double paidOut;

    GuaranteeFund(ClusterModel model) {
        this.model = model;
    }

    void start() {
        capitalParam = model.params.get(Param.GUARANTEE_CAPITAL);
        capital = capitalParam;
        outstanding = 0;
        paidOut = 0;
    }

    /** At a step's start: a policy event or a slider that changed guaranteeCapital replenishes (or drains) the fund. */
    void refresh() {
        double p = model.params.get(Param.GUARANTEE_CAPITAL);
        if (p != capitalParam) {
            capital = Math.max(0, capital + p - capitalParam);
            capitalParam = p;
        }
    }

    /** Money added to the fund's capital (the local government's SME services). */
    void replenish(double amount) {
        if (amount > 0) capital += amount;
    }

    private double coverage() {
        return model.params.get(Param.GUARANTEE_COVERAGE);
    }

    /** Whether the fund gives new guarantees at all: it has capital, room under its leverage, a coverage. */
    boolean open() {
        return capital > 0 && coverage() > 0 && outstanding < LEVERAGE * capital;
    }

    /** A small firm: not a lead firm, and its plants after buying {@code cost} more worth less than two sets of plants. */
    boolean small(Firm x, double cost) {
        if (x.lead) return false;
        return x.capital + cost < SMALL_PLANT_SETS * plantSet();
    }

    /** The chain the price of a set of plants was summed for, and that price (every review asks for it). */
    private transient ValueChain setChain;
    private transient double setPrice;

    /** The price of one plant of every stage. */
    private double plantSet() {
        if (setChain != model.chain) {
            double set = 0;
            for (int s = 0; s < model.chain.size(); s++) set += model.plantPrice(s);
            setPrice = set;
            setChain = model.chain;
        }
        return setPrice;
    }

    /**
     * The share of its plants' value a firm can borrow with a guarantee, or NaN when it would get none
     * (not small, or the fund closed to new guarantees while it has none).
     */
    double guaranteedLimitShare(Firm x, double cost) {
        if (!(x.guaranteedDebt > 0 || open()) || !small(x, cost)) return Double.NaN;
        double fa = model.params.get(Param.FINANCE_ACCESS);
        return fa + coverage() * (1 - fa);
    }

    /**
     * Finance phase of one firm: the guarantee follows its debt beyond what collateral alone secures
     * (taken up when it needs it and the fund is open, released when it no longer needs it or is no longer
     * small), and the firm pays the fee on the covered debt.
     */
    void settle(Firm x) {
        if (x.guaranteedDebt == 0 && !open()) return;
        double debt = model.finance.debt(x);
        double plain = model.params.get(Param.FINANCE_ACCESS) * x.capital;
        double covered = 0;
        if (debt > plain && small(x, 0)) {
            covered = coverage() * debt;
            // a new or larger guarantee only as far as the fund's leverage allows
            if (covered > x.guaranteedDebt) {
                double room = Math.max(0, LEVERAGE * capital - outstanding);
                covered = x.guaranteedDebt + Math.min(covered - x.guaranteedDebt, room);
            }
        }
        outstanding += covered - x.guaranteedDebt;
        x.guaranteedDebt = covered;
        if (covered > 0) {
            double fee = model.params.get(Param.GUARANTEE_FEE) * covered;
            x.earn(-fee);
            capital += fee;
        }
    }

    /** A guaranteed firm went bankrupt: the fund pays its share of the bank's loss, as far as its capital goes. */
    void defaulted(Firm x) {
        if (x.guaranteedDebt <= 0) return;
        double debt = model.finance.debt(x);
        double loss = Math.max(0, debt - model.params.get(Param.SALVAGE_VALUE) * x.capital);
        double share = debt > 0 ? x.guaranteedDebt / debt : 0;
        double pay = Math.min(capital, share * loss);
        capital -= pay;
        paidOut += pay;
        release(x);
    }

    /** A firm leaves the cluster or repays: its guarantee ends. */
    void release(Firm x) {
        outstanding -= x.guaranteedDebt;
        x.guaranteedDebt = 0;
        if (outstanding < 1e-9) outstanding = Math.max(0, outstanding);
    }

    /** At a step's end: guarantees of firms that left end with them. */
    void recount() {
        if (outstanding == 0 && !open()) return;
        double sum = 0;
        for (int f = 0, n = model.firms.size(); f < n; f++) sum += model.firms.get(f).guaranteedDebt;
        outstanding = sum;
    }

    /** The fund's capital (money). */
    double capital() {
        return capital;
    }
}
