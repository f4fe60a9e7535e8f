package clustersim.experiment;

import clustersim.io.CsvFormat;
import clustersim.model.ClusterModel;
import clustersim.model.Firm;
import clustersim.model.ValueChain;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** firms.csv: one row a firm alive at the end of a run, sorted by id. */
public final class FirmTable {
    public static final String[] COLUMNS = {"id", "role", "birth_step", "age", "stages_made", "stages_bought", "stages_sold",
        "customers", "output", "market_share", "price", "unit_cost", "markup", "final_sales", "intermediate_sales", "sales",
        "cluster_purchases", "outside_purchases", "value_added", "quality", "quality_rung", "capability", "rd_share",
        "innovation_rent", "net_worth", "capital", "trustworthiness", "alpha", "recorded_breach_rate", "employment",
        "own_design", "design_sellers", "talent",
        "lead_firm", "association_member", "guaranteed_debt"};

    private FirmTable() {
    }

    public static void write(ClusterModel model, OutputStream out) throws IOException {
        ValueChain chain = model.chain();
        int now = (int) model.stepsDone();
        List<Firm> firms = new ArrayList<>(model.firms());
        firms.sort(Comparator.comparingInt(Firm::getId));
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
        try (CSVPrinter p = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), format)) {
            p.printRecord((Object[]) COLUMNS);
            for (Firm x : firms) {
                StringBuilder made = new StringBuilder(), bought = new StringBuilder(), sold = new StringBuilder();
                int customers = 0;
                for (int s = 0; s < chain.size(); s++) {
                    String name = chain.get(s).name;
                    if (x.isProducer() && x.makes(s)) append(made, name);
                    if (x.buys(s)) append(bought, name);
                    if (x.sells(s)) {
                        append(sold, name);
                        customers += x.customerCountOf(s);
                    }
                }
                String role = x.isProducer() ? (x.isSpecialist() ? "producer+specialist" : "producer") : "specialist";
                p.print(x.getId());
                p.print(role);
                p.print(x.getBirthStep());
                p.print(now - x.getBirthStep());
                p.print(made);
                p.print(bought);
                p.print(sold);
                p.print(customers);
                double[] values = {x.getOutput(), x.getMarketShare(), x.getPrice(), x.getUnitCost(), x.getMarkup(),
                    x.getFinalSales(), x.getIntermediateSales(), x.getSales(), x.getClusterPurchases(), x.getOutsidePurchases(),
                    x.getValueAdded(), x.getQuality(model.qualityStep()), x.getQualityRung(), x.getCapability(), x.getRdShare(),
                    x.getInnovationRent(), x.getNetWorth(), x.getCapital(), x.getTrustworthiness(), x.getAlpha(),
                    x.getRecordedBreachRate(), x.getEmployment(), x.hasOwnDesign() ? 1 : 0, x.getDesignSellers(), x.getTalent(),
                    x.isLeadFirm() ? 1 : 0, x.isAssociationMember() ? 1 : 0, x.getGuaranteedDebt()};
                CsvFormat.printNumbers(p, format, values, 0, values.length, true);
                p.println();
            }
        }
    }

    private static void append(StringBuilder b, String s) {
        if (b.length() > 0) b.append(';');
        b.append(s);
    }
}
