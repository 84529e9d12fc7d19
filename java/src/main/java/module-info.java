/**
 * pjsua4j: the native pjsip SIP and media stack for Java. {@code org.pjsua4j} is the facade
 * ({@link org.pjsua4j.Endpoint}, {@link org.pjsua4j.Account}, {@link org.pjsua4j.Call}); {@code org.pjsua4j.raw}
 * is the pjsua C API with its C names; {@code org.pjsua4j.sound} adapts call audio streams to Java
 * Sound. Everything else is internal and not exported.
 */
module org.pjsua4j {
    // The CLI (org.pjsua4j.cli, not exported) prints pjsip's log through java.util.logging.
    requires java.logging;

    exports org.pjsua4j;
    exports org.pjsua4j.raw;
    exports org.pjsua4j.sound;
    // Only the Java Sound adapters (org.pjsua4j.sound) use it; a SIP server need not carry it.
    requires static java.desktop;
}
