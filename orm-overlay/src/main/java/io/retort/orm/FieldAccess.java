package io.retort.orm;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * Reads and writes one field of entity objects through method handles resolved once (no reflection
 * per call). Final fields (records) have no setter.
 */
final class FieldAccess {

    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);
    private static final MethodType SETTER = MethodType.methodType(void.class, Object.class, Object.class);

    final Field field;
    private final MethodHandle getter;
    private final MethodHandle setter;

    FieldAccess(Field field) {
        this.field = field;
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(field.getDeclaringClass(), MethodHandles.lookup());
            this.getter = lookup.unreflectGetter(field).asType(GETTER);
            this.setter = Modifier.isFinal(field.getModifiers()) ? null : lookup.unreflectSetter(field).asType(SETTER);
        } catch (IllegalAccessException e) {
            throw new MappingException(field.getDeclaringClass().getName() + "." + field.getName()
                    + " cannot be accessed by the ORM (" + e.getMessage() + "); open its package to io.retort.orm", e);
        }
    }

    String name() {
        return field.getName();
    }

    Object get(Object entity) {
        try {
            return getter.invokeExact(entity);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    void set(Object entity, Object value) {
        if (setter == null) {
            throw new IllegalStateException(field.getDeclaringClass().getSimpleName() + "." + field.getName()
                    + " is final and cannot be set by the ORM");
        }
        try {
            setter.invokeExact(entity, value);
        } catch (ClassCastException e) {
            throw new IllegalArgumentException("cannot set " + field.getDeclaringClass().getSimpleName() + "."
                    + field.getName() + " (" + field.getType().getSimpleName() + ") to a "
                    + (value == null ? "null" : value.getClass().getName()), e);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    boolean isFinal() {
        return setter == null;
    }
}
