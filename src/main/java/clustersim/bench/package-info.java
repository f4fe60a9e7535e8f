/**
 * The benchmark of issue 5 ({@code clustersim bench}): firm-steps per second at three sizes, sweep
 * throughput on one and all cores, heap per firm and a leak check, each judged against its target.
 * Drives the same model and the same sweep runner as every other driver; knows nothing of their insides.
 * The JMH microbenchmarks of the hot paths live under src/jmh (docs/PERFORMANCE.md).
 */
package clustersim.bench;
