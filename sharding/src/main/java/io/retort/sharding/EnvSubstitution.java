package io.retort.sharding;

import java.util.function.Function;

/**
 * {@code ${NAME}} and {@code ${NAME:default}} in YAML scalar values, from the environment (for
 * secrets). Only names of the form {@code [A-Za-z_][A-Za-z0-9_]*} are variables, so node
 * expressions such as {@code ds${0..3}} and {@code ${['a','b']}} pass through untouched;
 * {@code $${} writes a literal {@code ${}. Substituted text is not scanned again.
 */
final class EnvSubstitution {
    private EnvSubstitution() {}

    /** Thrown for a variable that is not set and has no default; carries only the variable's name. */
    static final class UnsetVariable extends Exception {
        private static final long serialVersionUID = 1L;
        final String name;

        UnsetVariable(String name) {
            super(name, null, false, false);
            this.name = name;
        }
    }

    static String apply(String text, Function<String, String> env) throws UnsetVariable {
        if (text.indexOf('$') < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '$' && text.startsWith("${", i + 1)) {
                sb.append("${");
                i += 3;
                continue;
            }
            if (c == '$' && i + 1 < n && text.charAt(i + 1) == '{') {
                int close = text.indexOf('}', i + 2);
                if (close > 0) {
                    String inner = text.substring(i + 2, close);
                    int colon = inner.indexOf(':');
                    String name = colon < 0 ? inner : inner.substring(0, colon);
                    if (isVariableName(name)) {
                        String value = env.apply(name);
                        if (value == null) {
                            if (colon < 0) {
                                throw new UnsetVariable(name);
                            }
                            value = inner.substring(colon + 1);
                        }
                        sb.append(value);
                        i = close + 1;
                        continue;
                    }
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    static boolean isVariableName(String name) {
        if (name.isEmpty() || !(Character.isLetter(name.charAt(0)) && name.charAt(0) < 128 || name.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (!(ch < 128 && (Character.isLetterOrDigit(ch) || ch == '_'))) {
                return false;
            }
        }
        return true;
    }
}
