package io.retort.orm;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;

/** The set the ORM puts in a {@code Set} relationship field; see {@link OrmList}. Iteration keeps load order. */
final class OrmSet<E> extends AbstractSet<E> implements OrmCollection {

    private final LinkedHashSet<E> items;
    private final CollectionLink link;

    OrmSet(CollectionLink link, Collection<? extends E> initial) {
        this.link = link;
        this.items = initial == null ? new LinkedHashSet<>() : new LinkedHashSet<>(initial);
    }

    @Override
    public CollectionLink link() {
        return link;
    }

    @Override
    public Iterator<E> iterator() {
        link.ensureLoaded(this);
        Iterator<E> it = items.iterator();
        return new Iterator<>() {
            private E last;

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public E next() {
                last = it.next();
                return last;
            }

            @Override
            public void remove() {
                it.remove();
                link.removed(last);
            }
        };
    }

    @Override
    public int size() {
        link.ensureLoaded(this);
        return items.size();
    }

    @Override
    public boolean contains(Object o) {
        link.ensureLoaded(this);
        return items.contains(o);
    }

    @Override
    public boolean add(E e) {
        link.ensureLoaded(this);
        if (items.add(e)) {
            link.added(e);
            return true;
        }
        return false;
    }

    @Override
    public boolean remove(Object o) {
        link.ensureLoaded(this);
        if (items.remove(o)) {
            link.removed(o);
            return true;
        }
        return false;
    }

    @Override
    public boolean isLoaded() {
        return link.mode == CollectionLink.LOADED;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void markLoaded(Collection<?> elements) {
        items.clear();
        items.addAll((Collection<? extends E>) elements);
        link.mode = CollectionLink.LOADED;
    }

    @Override
    public void unload() {
        items.clear();
        link.mode = CollectionLink.LAZY;
    }

    @Override
    public Object[] rawElements() {
        return items.toArray();
    }

    @Override
    @SuppressWarnings("unchecked")
    public void rawAdd(Object element) {
        items.add((E) element);
    }

    @Override
    public void rawRemove(Object element) {
        items.remove(element);
    }

    @Override
    public boolean rawContains(Object element) {
        return items.contains(element);
    }

    @Override
    public String toString() {
        return isLoaded() ? items.toString() : "[" + link.describe() + ", not loaded]";
    }
}
