package clustersim.metrics;

import clustersim.model.ClusterConfig;
import clustersim.model.ClusterModel;
import clustersim.model.Param;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The metrics: one {@link ClusterMetrics#step} (every MODEL.md section 4 measure over all firms, no
 * listeners) of the baseline cluster at a given size. Divide by the firms for the cost per firm.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class ClusterMetricsBenchmark {
    @org.openjdk.jmh.annotations.Param({"1000", "10000"})
    int firms;

    @org.openjdk.jmh.annotations.Param({"150"})
    int warmSteps;

    private ClusterModel model;
    private ClusterMetrics metrics;

    @Setup
    public void build() {
        ClusterConfig base = ClusterConfig.defaults();
        double perFirm = base.get(Param.MARKET_SIZE) / base.get(Param.INITIAL_FIRMS);
        model = new ClusterModel(1, base.with(Param.INITIAL_FIRMS, firms).with(Param.MARKET_SIZE, perFirm * firms));
        metrics = ClusterMetrics.of(model); // attached before the first month, as every reader must
        model.start();
        for (int k = 0; k < warmSteps; k++) model.schedule.step(model);
    }

    @Benchmark
    public double measure() {
        metrics.step(model);
        return metrics.values()[0];
    }
}
