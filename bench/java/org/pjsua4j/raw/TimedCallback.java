package org.pjsua4j.raw;

/**
 * Bench only: stands in front of the installed callback (the facade's, while an {@code Endpoint} is
 * open) and times its call events: when each entered Java on pjsip's side, and how long the callback
 * kept the thread before handing over. Everything is passed on unchanged, and only the callbacks the
 * installed one receives reach Java (its mask is kept), so the facade behaves as without it. The time
 * of the C upcall itself (attach check, local frame) is not in the figure.
 */
public final class TimedCallback implements PjsuaCallback {
    /** The call events timed. */
    public enum Kind {
        INCOMING, STATE, MEDIA
    }

    /** Where the times go; called on whichever thread raised the event. */
    public interface Recorder {
        /** Before the installed callback runs: the event of this call entered at {@code nanos} (System.nanoTime). */
        void entered(Kind kind, int callId, long nanos);

        /** After it returned: it kept the thread for {@code nanos}. */
        void handled(Kind kind, long nanos);
    }

    private final PjsuaCallback inner;
    private final Recorder recorder;

    private TimedCallback(PjsuaCallback inner, Recorder recorder) {
        this.inner = inner;
        this.recorder = recorder;
    }

    /**
     * Puts a timer in front of the installed callback.
     *
     * @return what {@link #remove} takes to put the installed callback back
     * @throws IllegalStateException when nothing is installed
     */
    public static TimedCallback install(Recorder recorder) {
        PjsuaCallback installed = NativeBridge.installed();
        if (installed == null) {
            throw new IllegalStateException("TimedCallback.install: no callback is installed");
        }
        TimedCallback timed = new TimedCallback(installed, recorder);
        NativeBridge.install(timed);
        NativeBridge.setCallbackMask(Upcall.maskOf(installed));
        return timed;
    }

    /** Puts back the callback this one stood in front of, unless another has been installed since. */
    public void remove() {
        if (NativeBridge.installed() == this) {
            NativeBridge.install(inner);
        }
    }

    private void timed(Kind kind, int callId, Runnable event) {
        recorder.entered(kind, callId, System.nanoTime());
        long start = System.nanoTime();
        event.run();
        recorder.handled(kind, System.nanoTime() - start);
    }

    @Override
    public void on_incoming_call(int acc_id, int call_id, SWIGTYPE_p_pjsip_rx_data rdata) {
        timed(Kind.INCOMING, call_id, () -> inner.on_incoming_call(acc_id, call_id, rdata));
    }

    @Override
    public void on_call_state(int call_id, SWIGTYPE_p_pjsip_event e) {
        timed(Kind.STATE, call_id, () -> inner.on_call_state(call_id, e));
    }

    @Override
    public void on_call_media_state(int call_id) {
        timed(Kind.MEDIA, call_id, () -> inner.on_call_media_state(call_id));
    }

    @Override
    public void on_reg_state2(int acc_id, RegState info) {
        inner.on_reg_state2(acc_id, info);
    }

    @Override
    public void on_dtmf_digit2(int call_id, char digit, int method, int duration) {
        inner.on_dtmf_digit2(call_id, digit, method, duration);
    }

    @Override
    public void on_acc_send_request(int acc_id, long token, int code, String reason) {
        inner.on_acc_send_request(acc_id, token, code, reason);
    }

    @Override
    public boolean on_call_transfer_status(int call_id, int st_code, String st_text, boolean is_final) {
        return inner.on_call_transfer_status(call_id, st_code, st_text, is_final);
    }

    @Override
    public int on_call_redirected(int call_id, String target, SWIGTYPE_p_pjsip_event e) {
        return inner.on_call_redirected(call_id, target, e);
    }

    @Override
    public void on_call_replaced(int old_call_id, int new_call_id) {
        inner.on_call_replaced(old_call_id, new_call_id);
    }

    @Override
    public void on_pager2(int call_id, String from, String to, String contact, String mime_type, String body,
            SWIGTYPE_p_pjsip_rx_data rdata, int acc_id) {
        inner.on_pager2(call_id, from, to, contact, mime_type, body, rdata, acc_id);
    }

    @Override
    public void on_pager_status2(int call_id, String to, String body, long user_data, int status, String reason,
            SWIGTYPE_p_pjsip_tx_data tdata, SWIGTYPE_p_pjsip_rx_data rdata, int acc_id) {
        inner.on_pager_status2(call_id, to, body, user_data, status, reason, tdata, rdata, acc_id);
    }
}
