package io.retort.orm;

import java.util.Collection;

/** The ORM's collections: what the session needs beyond {@link Collection} (raw access without loading or syncing). */
interface OrmCollection {

    CollectionLink link();

    boolean isLoaded();

    /** Sets the elements and marks the collection loaded (no syncing). */
    void markLoaded(Collection<?> elements);

    /** Forgets the elements: the next access loads them again. */
    void unload();

    /** The elements, without loading (empty when not loaded). */
    Object[] rawElements();

    void rawAdd(Object element);

    void rawRemove(Object element);

    boolean rawContains(Object element);
}
