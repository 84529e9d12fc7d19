package org.pjsua4j;

import java.time.Duration;
import java.util.function.BiConsumer;
import org.pjsua4j.raw.PjsuaCallback;
import org.pjsua4j.raw.RegState;
import org.pjsua4j.raw.SWIGTYPE_p_pjsip_rx_data;
import org.pjsua4j.raw.pjsua;

/**
 * The facade's receiver of pjsua callbacks. It runs on pjsip's thread, so it only snapshots what the
 * event needs (pjsua state changes right after) and hands delivery to the object's event executor.
 * It takes no Java lock: pjsua holds its own while calling here.
 */
final class NativeEvents implements PjsuaCallback {
    private static final System.Logger LOG = System.getLogger("org.pjsua4j");
    private final EndpointCore core;

    NativeEvents(EndpointCore core) {
        this.core = core;
    }

    private Call callFor(int callId) {
        Call call = core.calls.get(callId);
        if (call == null) {
            // An outgoing call whose pjsua_call_make_call has not returned yet.
            Call pending = core.callsByToken.get(pjsua.pjsua_call_get_user_data(callId));
            if (pending != null) {
                pending.bind(callId);
                call = pending;
            }
        }
        return call;
    }

    @Override
    public void on_reg_state2(int acc_id, RegState info) {
        Account account = core.accounts.get(acc_id);
        if (account != null) {
            account.onRegistration(info);
        }
    }

    @Override
    public void on_acc_send_request(int acc_id, long token, int code, String reason) {
        BiConsumer<Integer, String> done = core.requests.remove(token);
        if (done != null) {
            done.accept(code, reason);
        }
    }

    @Override
    public void on_incoming_call(int acc_id, int call_id, SWIGTYPE_p_pjsip_rx_data rdata) {
        Account account = core.accounts.get(acc_id);
        if (account == null) {
            LOG.log(System.Logger.Level.WARNING, "incoming call " + call_id + " for account " + acc_id
                    + ", which the facade does not know; answering 480");
            pjsua.pjsua_call_answer(call_id, 480, null, null);
            return;
        }
        Call call = Call.incoming(core, account, call_id);
        call.onIncoming(CallInfo.read(call_id));
    }

    @Override
    public void on_call_state(int call_id, int event_type) {
        Call call = callFor(call_id);
        if (call != null) {
            call.onState(CallInfo.read(call_id));
        }
    }

    @Override
    public void on_call_media_state(int call_id) {
        Call call = callFor(call_id);
        if (call == null) {
            return;
        }
        CallInfo info = CallInfo.read(call_id);
        if (info.mediaStatus() == MediaStatus.ACTIVE) {
            int port = pjsua.pjsua_call_get_conf_port(call_id);
            if (core.config.autoConnectAudio()) {
                pjsua.pjsua_conf_connect(port, 0);
                pjsua.pjsua_conf_connect(0, port);
            }
            call.attachTaps(port);
        }
        call.onMedia(info);
    }

    @Override
    public void on_dtmf_digit2(int call_id, char digit, int method, int duration) {
        Call call = callFor(call_id);
        if (call != null) {
            call.onDtmf(new DtmfEvent(digit, DtmfMethod.fromNative(method), Duration.ofMillis(duration)));
        }
    }
}
