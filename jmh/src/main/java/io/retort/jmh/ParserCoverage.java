package io.retort.jmh;

/**
 * Which parser of the parser benchmark reads which of the ten statements, per dialect: the
 * statements a parser cannot handle are reported here (and fail their benchmark), never dropped.
 *
 * <pre>{@code
 * java -cp jmh/target/benchmarks.jar io.retort.jmh.ParserCoverage
 * }</pre>
 */
public final class ParserCoverage {

    private ParserCoverage() {}

    public static void main(String[] args) {
        int failures = 0;
        for (String dialect : new String[] {"postgresql", "mysql"}) {
            System.out.println("== statements written for " + dialect);
            for (String name : SqlParsers.NAMES) {
                SqlParsers.Parser parser = SqlParsers.create(name, dialect);
                StringBuilder line = new StringBuilder(String.format("%-18s", name));
                StringBuilder errors = new StringBuilder();
                for (OltpStatement s : OltpStatement.values()) {
                    try {
                        parser.parse(s.sql(dialect));
                        line.append(" ok");
                    } catch (Exception | LinkageError e) {
                        failures++;
                        line.append(" FAIL(").append(s.name()).append(')');
                        errors.append("    ").append(s.name()).append(": ").append(firstLine(e)).append('\n');
                    }
                }
                System.out.println(line);
                System.out.print(errors);
            }
        }
        System.out.println(failures == 0 ? "every parser read every statement" : failures + " statement/parser pairs failed");
    }

    private static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return e.getClass().getSimpleName() + ": " + (nl < 0 ? m : m.substring(0, nl));
    }
}
