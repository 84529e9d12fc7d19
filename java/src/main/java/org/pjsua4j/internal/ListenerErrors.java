package org.pjsua4j.internal;

/** What happens to an exception a listener throws: it is reported, and the next event is delivered. */
@FunctionalInterface
interface ListenerErrors {
    void report(Throwable thrown);

    static ListenerErrors logging() {
        System.Logger log = System.getLogger("org.pjsua4j");
        return thrown -> log.log(System.Logger.Level.ERROR, "a pjsua4j listener threw; events go on", thrown);
    }
}
