package io.retort.sql;

/** How a cast was written: {@code CAST(x AS t)}, PostgreSQL's {@code x::t}, or MySQL's {@code CONVERT(x, t)}. */
public enum CastSyntax {
    CAST, DOUBLE_COLON, CONVERT
}
