package clustersim.scenario;

/**
 * Bad input in a scenario (or sweep) file or a command-line override: says which file, which line, which
 * field and what is allowed, in one line.
 */
public class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String field;

    /**
     * @param source the file (or "--set") the bad value came from
     * @param line   1-based line, or 0 when there is none
     * @param field  the field, or null for the file as a whole
     * @param problem what is wrong and what is allowed
     */
    public ScenarioException(String source, int line, String field, String problem) {
        super(format(source, line, field, problem));
        this.source = source;
        this.line = line;
        this.field = field;
    }

    private static String format(String source, int line, String field, String problem) {
        StringBuilder b = new StringBuilder(source);
        if (line > 0) b.append(':').append(line);
        b.append(": ");
        if (field != null) b.append("field '").append(field).append("': ");
        return b.append(problem).toString();
    }

    public String source() { return source; }
    public int line() { return line; }
    public String field() { return field; }
}
