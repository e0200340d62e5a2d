package io.retort.orm.annotation;

/**
 * What an operation on an object does to the objects of one of its relationships (SQLAlchemy's
 * cascades). The default of every relationship is {@link #SAVE_UPDATE} and {@link #MERGE}.
 *
 * <pre>{@code
 * @OneToMany(mappedBy = "user", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN}) List<Address> addresses;
 * }</pre>
 */
public enum Cascade {
    /** Objects reachable through the relationship are added to the session with their parent. */
    SAVE_UPDATE,
    /** {@code session.merge} merges the related objects too. */
    MERGE,
    /** Deleting the parent deletes the related objects. */
    DELETE,
    /** A child removed from a one-to-many collection is deleted (it cannot live without its parent). */
    DELETE_ORPHAN,
    /** {@code session.refresh}, {@code expire} and {@code expunge} apply to the related objects too. */
    REFRESH_EXPUNGE,
    /** {@link #SAVE_UPDATE}, {@link #MERGE}, {@link #DELETE} and {@link #REFRESH_EXPUNGE} (not delete-orphan). */
    ALL
}
