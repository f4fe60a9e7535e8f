package clustersim.io;

/** An output folder that another process is writing; nothing was changed when this is thrown. */
public class FolderBusyException extends Exception {
    private static final long serialVersionUID = 1L;

    public FolderBusyException(String message) {
        super(message);
    }
}
