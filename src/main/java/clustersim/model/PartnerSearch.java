package clustersim.model;

import java.io.Serializable;

/**
 * Finding and contracting a new partner: a one-off cost of searchCost months of the stage's purchases. A
 * sourcing comparison spreads it over the planning horizon; a switch pays it at once. Institutions that
 * make partners easier to find (an industry association, intermediaries) will act here.
 */
final class PartnerSearch implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ClusterModel model;

    PartnerSearch(ClusterModel model) {
        this.model = model;
    }

    /** The one-off cost of contracting a new partner for {@code quantity} units a month at {@code price}. */
    double cost(double price, double quantity) {
        return model.params.get(Param.SEARCH_COST) * price * quantity;
    }

    /** The one-off cost of contracting this partner: the association and intermediaries may make it cheaper. */
    double cost(Firm buyer, Firm seller, double price, double quantity) {
        return cost(price, quantity) * model.association.searchFactor(buyer, seller);
    }

    /** {@link #cost(Firm, Firm, double, double)} spread over the planning horizon. */
    double costPerStep(Firm buyer, Firm seller, double price, double quantity) {
        return costPerStep(price, quantity) * model.association.searchFactor(buyer, seller);
    }

    /** {@link #cost} spread over the planning horizon, for comparing options per step. */
    double costPerStep(double price, double quantity) {
        return cost(price, quantity) / model.params.get(Param.PLANNING_HORIZON);
    }
}
