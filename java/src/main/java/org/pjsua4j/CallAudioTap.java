package org.pjsua4j;

import java.nio.file.Path;

/**
 * A WAV player or recorder attached to a call. pjsua removes a call's conference port and adds a new
 * one whenever it rebuilds the audio stream (re-INVITE with new media, codec lock), which drops every
 * connection to the old port; the call re-attaches its taps to the new one.
 */
abstract class CallAudioTap implements AutoCloseable {
    final EndpointCore core;
    private final Call call;
    final int id;
    private final Path file;
    private volatile boolean closed;

    CallAudioTap(EndpointCore core, Call call, int id, Path file) {
        this.core = core;
        this.call = call;
        this.id = id;
        this.file = file;
    }

    /** Connects to the call's current conference port; runs on pjsip's thread or under the endpoint lock. */
    abstract void attach(int callPort);

    /** Destroys the pjsua player or recorder. */
    abstract void destroy();

    /** Attaches a new tap to the call, or destroys it if that fails. */
    static <T extends CallAudioTap> T started(T tap, int callPort) {
        try {
            tap.attach(callPort);
        } catch (RuntimeException e) {
            tap.destroy();
            throw e;
        }
        ((CallAudioTap) tap).call.addTap(tap);
        return tap;
    }

    /** @return the file played or recorded */
    public Path file() {
        return file;
    }

    /** @return true if this call stopped it now, false if it was stopped already */
    boolean stop(String what) {
        if (closed || core.isClosed()) {
            closed = true;
            return false;
        }
        return core.call(what, () -> {
            if (closed) {
                return false;
            }
            closed = true;
            call.removeTap(this);
            destroy();
            return true;
        });
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + file + (closed ? ", closed" : "") + "]";
    }
}
