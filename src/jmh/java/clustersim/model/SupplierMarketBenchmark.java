package clustersim.model;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The matching: {@link SupplierMarket#match} of the stage with the most sellers when every producer
 * reviews it at once (the busiest round a stage can have). Before each operation, untimed, the round
 * is opened and every producer's review registers its ranked options, as in the model's sourcing
 * phase; the operation is the deferred acceptance alone. It changes no firm, so every operation
 * matches the same kind of round.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class SupplierMarketBenchmark {
    @org.openjdk.jmh.annotations.Param({"1000", "10000"})
    int firms;

    @org.openjdk.jmh.annotations.Param({"150"})
    int warmSteps;

    private ClusterModel model;
    private SupplierMarket market;
    private Firm[] producers;
    private int stage;

    @Setup(Level.Trial)
    public void build() {
        model = JmhModels.baseline(firms, warmSteps, 1);
        stage = JmhModels.busiestStage(model);
        market = model.markets[stage];
        producers = JmhModels.producers(model);
        // reviewers' own relations are open to change, so sellers do not count them as committed volume
        for (Firm i : producers) i.setMustReview(stage, true);
    }

    /** A long setup per operation, but the operation (a whole round's matching) is long too. */
    @Setup(Level.Invocation)
    public void propose() {
        market.beginRound();
        for (Firm i : producers) model.makeOrBuy.review(i, stage);
    }

    @Benchmark
    public int match() {
        market.match();
        return market.reviewerCount();
    }
}
