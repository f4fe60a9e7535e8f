package clustersim.model;

import java.io.Serializable;

/**
 * Intermediary service institutions (MODEL.md section 6): technology brokers, testing and certification.
 * At level intermediaryServices = i they
 * <ul>
 *   <li>widen the candidate set: a reviewing buyer considers ceil(i x searchBreadth) more candidate
 *       specialists, each the better-recorded of two (a broker's referral, screened by its record);</li>
 *   <li>reveal suppliers' records: trust in a stranger sees v' = v + (1 - v) i of its record, where v is
 *       what the credit environment shows (certification makes a record visible that courts and credit
 *       bureaus do not).</li>
 * </ul>
 * Suppliers differ in this model by their record (trustworthiness), not in the quality of a stage, so
 * revealing the record is what "revealing suppliers' quality" can mean here.
 *
 * <p>Absent by default (intermediaryServices 0): no extra candidate, no draw, visibility unchanged.
 */
final class Intermediaries implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ClusterModel model;

    Intermediaries(ClusterModel model) {
        this.model = model;
    }

    double level() {
        return model.params.get(Param.INTERMEDIARY_SERVICES);
    }

    /** Extra screened candidates per review. */
    int extraCandidates(int breadth) {
        double i = level();
        return i > 0 ? (int) Math.ceil(i * breadth) : 0;
    }

    /** The share of a stranger's record visible, given the credit environment's visibility. */
    double visibility(double creditVisibility) {
        double i = level();
        return i > 0 ? creditVisibility + (1 - creditVisibility) * i : creditVisibility;
    }

    /** A broker's referral: the better-recorded of two random sellers of the stage (or null). */
    Firm referral(SupplierMarket market) {
        Firm c1 = market.randomSeller(), c2 = market.randomSeller();
        if (c1 == null) return c2;
        if (c2 == null) return c1;
        return model.credit.repute(c1) >= model.credit.repute(c2) ? c1 : c2;
    }
}
