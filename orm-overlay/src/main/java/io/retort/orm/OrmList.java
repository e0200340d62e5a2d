package io.retort.orm;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.RandomAccess;

/**
 * The list the ORM puts in a {@code List} relationship field: it loads on first access (or refuses, or
 * fails after the session closed: see {@link CollectionLink}) and keeps bidirectional relationships in
 * step ({@code user.addresses.add(a)} sets {@code a.user}).
 */
final class OrmList<E> extends AbstractList<E> implements RandomAccess, OrmCollection {

    private final ArrayList<E> items;
    private final CollectionLink link;

    OrmList(CollectionLink link, Collection<? extends E> initial) {
        this.link = link;
        // Empty, not default-sized: loading fills it with exactly its elements.
        this.items = initial == null ? new ArrayList<>(0) : new ArrayList<>(initial);
    }

    @Override
    public CollectionLink link() {
        return link;
    }

    @Override
    public java.util.Iterator<E> iterator() {
        link.ensureLoaded(this); // loading is not a change the iterator should see
        return super.iterator();
    }

    @Override
    public java.util.ListIterator<E> listIterator(int index) {
        link.ensureLoaded(this);
        return super.listIterator(index);
    }

    @Override
    public E get(int index) {
        link.ensureLoaded(this);
        return items.get(index);
    }

    @Override
    public int size() {
        link.ensureLoaded(this);
        return items.size();
    }

    @Override
    public E set(int index, E element) {
        link.ensureLoaded(this);
        E old = items.set(index, element);
        if (old != element) {
            link.removed(old);
            link.added(element);
        }
        return old;
    }

    @Override
    public void add(int index, E element) {
        link.ensureLoaded(this);
        items.add(index, element);
        modCount++;
        link.added(element);
    }

    @Override
    public E remove(int index) {
        link.ensureLoaded(this);
        E old = items.remove(index);
        modCount++;
        link.removed(old);
        return old;
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
        modCount++;
    }

    @Override
    public Object[] rawElements() {
        return items.toArray();
    }

    @Override
    @SuppressWarnings("unchecked")
    public void rawAdd(Object element) {
        items.add((E) element);
        modCount++;
    }

    @Override
    public void rawRemove(Object element) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == element) {
                items.remove(i);
                modCount++;
                return;
            }
        }
    }

    @Override
    public boolean rawContains(Object element) {
        for (E e : items) {
            if (e == element) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return isLoaded() ? items.toString() : "[" + link.describe() + ", not loaded]";
    }
}
