package io.retort.events;

/** Listeners registered in this module's test META-INF/services, in reverse name order on purpose. */
public final class ServiceListeners {

    private ServiceListeners() {}

    public static final class Beta implements StatementObserver {
        public Beta() {}
    }

    public static final class Alpha implements StatementObserver {
        public Alpha() {}
    }
}
