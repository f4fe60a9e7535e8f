package clustersim.model;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The sourcing decision: {@link MakeOrBuy#review} of one producer for one stage (score making, the
 * current supplier and the searched candidates, and register the ranked options with the market). One
 * operation is one review; producers are taken in turn, so the figure averages over the cluster's
 * situations and includes the cache misses of visiting firms spread over the heap, as the model does.
 * The market's round is opened once per {@value #BATCH} reviews, as the model opens it once a step.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class MakeOrBuyBenchmark {
    static final int BATCH = 512;

    @org.openjdk.jmh.annotations.Param({"1000", "10000"})
    int firms;

    /** Months run before measuring (the division of labour emerges over the first few hundred). */
    @org.openjdk.jmh.annotations.Param({"150"})
    int warmSteps;

    private ClusterModel model;
    private SupplierMarket market;
    private Firm[] producers;
    private int stage;
    private int next;

    @Setup
    public void build() {
        model = JmhModels.baseline(firms, warmSteps, 1);
        stage = JmhModels.busiestStage(model);
        market = model.markets[stage];
        producers = JmhModels.producers(model);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int review() {
        market.beginRound();
        for (int k = 0; k < BATCH; k++) {
            model.makeOrBuy.review(producers[next], stage);
            if (++next == producers.length) next = 0;
        }
        return market.reviewerCount();
    }
}
