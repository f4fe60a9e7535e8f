package clustersim.gui;

import clustersim.model.ClusterModel;
import clustersim.model.Firm;
import clustersim.model.ValueChain;
import sim.util.Double2D;
import sim.util.Properties;
import sim.util.Propertied;

/**
 * A firm as the cluster display shows it and as MASON's inspector lists it when a student clicks it:
 * its role and sourcing in words, then the numbers. The full firm is one click further ({@link #getFirm()}).
 * Read-only: the inspector must never change the model.
 */
public final class FirmView implements Propertied {
    /** The inspector's rows, in this order (every public getter, role first). */
    static final String[] ROWS = {"Id", "Role", "MakesInHouse", "BuysFrom", "SellsTo", "VerticalIntegration", "Sales",
        "ValueAdded", "NetWorth", "QualityRung", "RdShare", "Trustworthiness", "Institutions", "AgeInMonths", "Firm"};

    final Firm firm;
    private final ClusterView view;
    /** Group on the layout and position there; kept while the firm's role stays the same. */
    int group;
    Double2D position;
    /** A producer's vertical integration (the colour; 0 without a product of its own), and its radius (sales). */
    double inHouse;
    double radius = 1;
    /** In the industry association; a lead firm (as the last refresh saw it). */
    boolean member, lead;
    /** Refresh generation in which the firm was last seen alive. */
    int stamp;

    FirmView(Firm firm, ClusterView view) {
        this.firm = firm;
        this.view = view;
    }

    private ClusterModel model() {
        return view.model();
    }

    public int getId() {
        return firm.getId();
    }

    public String getRole() {
        String sold = stageList(false);
        if (firm.isProducer()) {
            return sold.isEmpty() ? "producer (brand owner)" : "producer and specialist: also sells " + sold + " to other firms";
        }
        if (!sold.isEmpty()) return "specialist: sells " + sold + " to other firms";
        return firm.isAlive() ? "between roles" : "left the cluster";
    }

    public String desRole() {
        return "<html>a producer sells the final product under its own brand; a specialist sells a stage to other firms;<br>"
                + "a firm that does both counts as both, in the charts and on the display</html>";
    }

    /** Stages made in-house for the firm's own product. */
    public String getMakesInHouse() {
        String s = stageList(true);
        return s.isEmpty() ? "-" : s;
    }

    /** Stages bought, each with its supplier, the buyer's trust in it and the age of the relation. */
    public String getBuysFrom() {
        ClusterModel m = model();
        if (m == null) return "-";
        ValueChain chain = m.chain();
        int now = (int) m.stepsDone();
        StringBuilder b = new StringBuilder();
        for (int s = 0; s < firm.getStageCount(); s++) {
            Firm j = firm.supplierOf(s);
            if (j == null || firm.makes(s)) continue;
            if (b.length() > 0) b.append("; ");
            b.append(chain.get(s).name).append(" from firm ").append(j.getId())
                    .append(String.format(" (trust %.2f, %d months)", firm.trustInSupplier(s), now - firm.relationStartOf(s) + 1));
        }
        return b.length() == 0 ? "-" : b.toString();
    }

    public String getSellsTo() {
        ClusterModel m = model();
        if (m == null) return "-";
        StringBuilder b = new StringBuilder();
        for (int s = 0; s < firm.getStageCount(); s++) {
            if (!firm.sells(s)) continue;
            if (b.length() > 0) b.append("; ");
            int n = firm.customerCountOf(s);
            b.append(m.chain().get(s).name).append(" to ").append(n).append(n == 1 ? " buyer" : " buyers");
        }
        return b.length() == 0 ? "-" : b.toString();
    }

    /** A producer's share of its product's value made in-house; a specialist has no product of its own. */
    public String getVerticalIntegration() {
        if (!firm.isProducer()) return "- (no product of its own)";
        return Double.toString(Rounding.readable(inHouse));
    }

    public String desVerticalIntegration() {
        return "<html>share of its product's value a producer makes in-house, value-weighted by stage (the colour "
                + "on the display;<br>the vertical_integration chart is its mean over producers); a stage it buys "
                + "counts as bought even if it also sells that stage</html>";
    }

    public double getSales() {
        return Rounding.readable(firm.getSales());
    }

    public double getValueAdded() {
        return Rounding.readable(firm.getValueAdded());
    }

    public double getNetWorth() {
        return Rounding.readable(firm.getNetWorth());
    }

    public int getQualityRung() {
        return firm.getQualityRung();
    }

    public double getRdShare() {
        return Rounding.readable(firm.getRdShare());
    }

    public double getTrustworthiness() {
        return Rounding.readable(firm.getTrustworthiness());
    }

    /** The institutions the firm belongs to or uses: association, lead firm, guarantee. */
    public String getInstitutions() {
        StringBuilder b = new StringBuilder();
        if (firm.isAssociationMember()) b.append("association member");
        if (firm.isLeadFirm()) b.append(b.length() > 0 ? "; " : "").append("lead firm");
        if (firm.getGuaranteedDebt() > 0) {
            b.append(b.length() > 0 ? "; " : "").append("guaranteed debt ").append(Rounding.readable(firm.getGuaranteedDebt()));
        }
        return b.length() == 0 ? "-" : b.toString();
    }

    public String desInstitutions() {
        return "<html>industry association membership (a green ring on the display), lead firm (a purple outline, drawn bigger),<br>"
                + "and the debt the credit-guarantee fund covers</html>";
    }

    public int getAgeInMonths() {
        ClusterModel m = model();
        return m == null ? 0 : (int) m.stepsDone() - firm.getBirthStep();
    }

    /** Every number the model keeps about the firm. */
    public Firm getFirm() {
        return firm;
    }

    private String stageList(boolean made) {
        ClusterModel m = model();
        if (m == null) return "";
        StringBuilder b = new StringBuilder();
        for (int s = 0; s < firm.getStageCount(); s++) {
            if (made ? !firm.makes(s) : !firm.sells(s)) continue;
            if (b.length() > 0) b.append(", ");
            b.append(m.chain().get(s).name);
        }
        return b.toString();
    }

    @Override
    public Properties properties() {
        return new InspectorRows(this, ROWS);
    }

    @Override
    public String toString() {
        if (firm.isProducer()) return (firm.isSpecialist() ? "Producer and specialist " : "Producer ") + firm.getId();
        return "Specialist " + firm.getId();
    }
}
