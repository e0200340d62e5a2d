package io.retort.dialect;

/**
 * A database version. {@link java.sql.DatabaseMetaData} reports major and minor; the patch level
 * comes from the product version string where it matters (MySQL 8.0.19 added row aliases, 8.0.31
 * INTERSECT).
 *
 * <pre>{@code
 * DatabaseVersion v = DatabaseVersion.parse("8.0.35");
 * v.atLeast(8, 0, 19);   // true
 * }</pre>
 */
public record DatabaseVersion(int major, int minor, int patch) implements Comparable<DatabaseVersion> {

    public DatabaseVersion {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("a version is not negative: " + major + "." + minor + "." + patch);
        }
    }

    public static DatabaseVersion of(int major, int minor) {
        return new DatabaseVersion(major, minor, 0);
    }

    public static DatabaseVersion of(int major, int minor, int patch) {
        return new DatabaseVersion(major, minor, patch);
    }

    /**
     * Parses the leading {@code major[.minor[.patch]]} of a version string such as
     * {@code 10.11.19-MariaDB} or {@code 3.54.1}.
     *
     * @throws IllegalArgumentException when the text has no number
     */
    public static DatabaseVersion parse(String text) {
        int[] parts = new int[3];
        int i = 0;
        int n = text.length();
        while (i < n && !Character.isDigit(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            throw new IllegalArgumentException("no version number in '" + text + "'");
        }
        for (int p = 0; p < 3; p++) {
            int value = 0;
            while (i < n && Character.isDigit(text.charAt(i))) {
                value = value * 10 + (text.charAt(i++) - '0');
            }
            parts[p] = value;
            if (i + 1 < n && text.charAt(i) == '.' && Character.isDigit(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return new DatabaseVersion(parts[0], parts[1], parts[2]);
    }

    /** Whether this version is {@code major.minor} or newer. */
    public boolean atLeast(int major, int minor) {
        return atLeast(major, minor, 0);
    }

    /** Whether this version is {@code major.minor.patch} or newer. */
    public boolean atLeast(int major, int minor, int patch) {
        return compareTo(new DatabaseVersion(major, minor, patch)) >= 0;
    }

    @Override
    public int compareTo(DatabaseVersion o) {
        if (major != o.major) {
            return Integer.compare(major, o.major);
        }
        return minor != o.minor ? Integer.compare(minor, o.minor) : Integer.compare(patch, o.patch);
    }

    @Override
    public String toString() {
        return patch == 0 ? major + "." + minor : major + "." + minor + "." + patch;
    }
}
