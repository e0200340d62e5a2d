package io.retort.orm;

/** Default SQL names from Java names: {@code emailAddress} is {@code email_address}, {@code HTTPLog} is {@code http_log}. */
final class Naming {

    private Naming() {
    }

    static String snakeCase(String javaName) {
        StringBuilder sb = new StringBuilder(javaName.length() + 8);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean previousLower = i > 0 && (Character.isLowerCase(javaName.charAt(i - 1)) || Character.isDigit(javaName.charAt(i - 1)));
                boolean nextLower = i + 1 < javaName.length() && Character.isLowerCase(javaName.charAt(i + 1));
                boolean previousUpper = i > 0 && Character.isUpperCase(javaName.charAt(i - 1));
                if (i > 0 && (previousLower || previousUpper && nextLower) && sb.charAt(sb.length() - 1) != '_') {
                    sb.append('_');
                }
                sb.append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
