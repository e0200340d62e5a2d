package io.retort.parser;

/**
 * Why a statement could not be read: a message and the character offset it refers to. Thrown inside
 * the parser only; {@link SqlParser} turns it into a passthrough node or a SQLSyntaxErrorException.
 */
final class SyntaxFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int offset;

    SyntaxFailure(String message, int offset) {
        super(message, null, false, false);
        this.offset = offset;
    }
}
