package clustersim.experiment;

/**
 * An output folder that cannot take this sweep: it holds another sweep's results, a file that is not
 * ours, or a sweep another process is writing. Nothing was changed when this is thrown.
 */
public class SweepStateException extends Exception {
    private static final long serialVersionUID = 1L;

    public SweepStateException(String message) {
        super(message);
    }
}
