package io.retort.orm.annotation;

/**
 * How a relationship is loaded, by default; a query can choose another strategy per relationship
 * ({@code Load.selectin(User_.addresses)}).
 *
 * <pre>{@code
 * @OneToMany(mappedBy = "user", fetch = Fetch.SELECTIN) List<Address> addresses;
 * }</pre>
 */
public enum Fetch {
    /**
     * On first access, while the session is open (one SELECT per object); after the session closed,
     * access fails with a clear exception. A many-to-one is lazy only when its field is a
     * {@code Lazy<T>}: a plain field cannot load itself on access without bytecode tricks.
     */
    LAZY,
    /** With the query that loads the parents: one {@code IN (...)} query per level, in batches. */
    SELECTIN,
    /** In the same query, through a LEFT OUTER JOIN. */
    JOINED,
    /** Never loaded implicitly: access fails, telling which strategy to choose in the query. */
    RAISE
}
