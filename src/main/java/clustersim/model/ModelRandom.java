package clustersim.model;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.random.AbstractRandomGenerator;

/**
 * Lets Commons Math distributions draw from the model's MersenneTwisterFast, so that every random
 * number of a run comes from the one seeded generator. It asks the model for its generator at every
 * draw: MASON's Console reseeds a model by replacing {@code SimState.random}.
 */
final class ModelRandom extends AbstractRandomGenerator implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final ClusterModel model;

    ModelRandom(ClusterModel model) {
        this.model = model;
    }

    @Override
    public void setSeed(long seed) {
        throw new UnsupportedOperationException("the model's generator is seeded by the model only");
    }

    @Override
    public double nextDouble() {
        return model.random.nextDouble();
    }

    /** Poisson draw (Knuth's method for small means, a rounded normal above 30). */
    static int poisson(MersenneTwisterFast random, double mean) {
        if (mean <= 0) return 0;
        if (mean > 30) return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        double limit = Math.exp(-mean), p = 1;
        int k = 0;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > limit);
        return k - 1;
    }
}
