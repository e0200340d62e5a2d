package io.retort.testkit.stub;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One method call a stub JDBC object received: the method's name and the arguments, as passed
 * (the same objects, so a test can check identity).
 */
public record Call(String method, List<Object> args) {

    static Call of(String method, Object... args) {
        return new Call(method, Collections.unmodifiableList(Arrays.asList(args)));
    }

    /** The {@code i}-th argument. */
    public Object arg(int i) {
        return args.get(i);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(method).append('(');
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Object a = args.get(i);
            sb.append(a instanceof Object[] arr ? Arrays.toString(arr) : a instanceof int[] ia ? Arrays.toString(ia) : a);
        }
        return sb.append(')').toString();
    }
}
