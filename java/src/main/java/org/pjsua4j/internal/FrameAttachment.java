package org.pjsua4j.internal;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.pjsua4j.PcmFormat;
import org.pjsua4j.raw.pjsua;

/**
 * What a sink and a source share: their frame port, and a close that wakes a thread waiting in it.
 * That thread holds the port only for one short wait at a time, so whoever closes it first
 * interrupts the wait; the last one out releases the port (see {@link SharedHandle}).
 */
abstract class FrameAttachment extends Attachment {
    private static final long RELEASE_WAIT_MS = 1000;

    final FramePort port;
    private final CountDownLatch released = new CountDownLatch(1);
    /** The port's counters when it was released: they still say what happened to the stream. */
    private volatile long[] finalCounters;

    FrameAttachment(EndpointCore core, RealCall call, FramePort port) {
        super(core, List.of(call));
        this.port = port;
    }

    public PcmFormat format() {
        return port.format;
    }

    /** One of the port's counters: 0 frames, 1 dropped, 2 silent, 3 queued. */
    long counter(int index) {
        long[] now = useNative(port::counters, null);
        if (now != null) {
            return now[index];
        }
        long[] last = finalCounters;
        return last == null ? 0 : last[index];
    }

    @Override
    final void destroy() {
        try {
            finalCounters = port.counters();
            port.destroy();
        } finally {
            released.countDown();
        }
    }

    private void interruptWaiter() {
        useNative(() -> {
            pjsua.pj4j_frame_port_interrupt(port.handle);
            return null;
        }, null);
    }

    /**
     * pjsua_destroy follows, so the port must be gone before this returns: a reader or writer woken
     * here leaves the port within microseconds, and releases it on its way out.
     */
    @Override
    void releaseAtEndpointClose() {
        interruptWaiter();
        super.releaseAtEndpointClose();
        try {
            released.await(RELEASE_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Closes it, waking a thread that waits in it. */
    void stopFrames(String operation) {
        interruptWaiter();
        stop(operation);
    }

    @Override
    String describe() {
        return port.format.clockRate() + " Hz, " + port.format.frameMillis() + " ms";
    }
}
