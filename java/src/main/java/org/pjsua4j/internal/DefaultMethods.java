package org.pjsua4j.internal;

/**
 * Whether a listener replaces one of its interface's empty default methods. Where it does not,
 * nothing need be handed to an event thread to call it.
 */
final class DefaultMethods {
    private DefaultMethods() {
    }

    /**
     * @param listener the application's listener
     * @param declaring the interface whose default {@code name(parameters)} is empty
     * @return whether {@code listener}'s class, or one between it and {@code declaring}, overrides it
     */
    static boolean overridden(Object listener, Class<?> declaring, String name, Class<?>... parameters) {
        try {
            return listener.getClass().getMethod(name, parameters).getDeclaringClass() != declaring;
        } catch (NoSuchMethodException e) {
            throw new AssertionError(declaring.getName() + " declares " + name, e);
        }
    }
}
