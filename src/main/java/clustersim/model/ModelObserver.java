package clustersim.model;

import sim.engine.Steppable;

/**
 * Something that watches the cluster from outside it (the metrics, a recorder): the model does not know
 * who observes it, only that observers are told when it starts and are stepped after each month, at the
 * schedule's observer ordering, once the month's processes are done (MASON's own inspectors and JAS-mine's
 * collectors attach the same way).
 */
public interface ModelObserver extends Steppable {
    /** The model has just been (re)built by {@link ClusterModel#start()}: lay out for its value chain. */
    void modelStarted(ClusterModel model);
}
