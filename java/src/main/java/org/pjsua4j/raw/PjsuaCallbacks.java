package org.pjsua4j.raw;

/**
 * Where the raw layer's {@code pjsua_init} delivers pjsua's callbacks. In C the callbacks are
 * function pointers in {@code pjsua_config.cb}; in Java they are one {@link PjsuaCallback} object.
 * The facade's {@code Endpoint} installs its own while it is open.
 */
public final class PjsuaCallbacks {
    private PjsuaCallbacks() {
    }

    /**
     * Makes {@code callback} receive pjsua's callbacks from now on, replacing any installed before.
     *
     * @param callback the callback, or {@code null} to receive none
     */
    public static void install(PjsuaCallback callback) {
        NativeLibraryLoader.load();
        NativeBridge.install(callback);
    }
}
