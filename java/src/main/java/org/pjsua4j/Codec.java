package org.pjsua4j;

/**
 * An audio codec pjsua can offer, as {@code pjsua_enum_codecs} lists it.
 *
 * @param id pjmedia's codec id, "name/clock rate/channels", e.g. {@code PCMU/8000/1}
 * @param priority 0 (disabled, never offered nor accepted) to 255 (offered first)
 * @param description pjmedia's description, often empty
 */
public record Codec(String id, int priority, String description) {
    /** The highest priority; a codec set to it is offered first. */
    public static final int HIGHEST_PRIORITY = 255;

    /** @return whether calls may use it */
    public boolean enabled() {
        return priority > 0;
    }
}
