package org.pjsua4j;

import java.time.Duration;
import java.util.function.BiConsumer;
import org.pjsua4j.raw.PjsuaCallback;
import org.pjsua4j.raw.RegState;
import org.pjsua4j.raw.SWIGTYPE_p_pjsip_event;
import org.pjsua4j.raw.SWIGTYPE_p_pjsip_rx_data;
import org.pjsua4j.raw.SWIGTYPE_p_pjsip_tx_data;
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
        if (call != null) {
            return call;
        }
        Call owner = core.callsByToken.get(pjsua.pjsua_call_get_user_data(callId));
        if (owner == null) {
            return null;
        }
        if (!owner.isBound()) {
            // An outgoing call whose pjsua_call_make_call has not returned yet.
            owner.bind(callId);
            return owner;
        }
        // pjsua made this call for the owner, and gave it the owner's user data.
        Call derived = owner.derive(callId);
        if (derived.snapshot().outgoing()) {
            owner.onTransferred(derived);
        }
        return derived;
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
        Call call = Call.incoming(core, account, call_id, pjsua.pj4j_rdata_text(rdata));
        call.onIncoming(call.snapshot());
    }

    @Override
    public void on_call_state(int call_id, SWIGTYPE_p_pjsip_event e) {
        Call call = callFor(call_id);
        if (call == null) {
            return;
        }
        call.keepUserData();
        SWIGTYPE_p_pjsip_rx_data rdata = pjsua.pj4j_event_rdata(e);
        if (rdata != null) {
            call.learnRemoteUserAgent(pjsua.pj4j_rdata_text(rdata));
        }
        CallInfo info = call.snapshot();
        if (info.state() == CallState.DISCONNECTED) {
            call.ended(pjsua.pj4j_event_from_remote(e));
            info = call.snapshot();
        }
        call.onState(info);
    }

    @Override
    public void on_call_media_state(int call_id) {
        Call call = callFor(call_id);
        if (call == null) {
            return;
        }
        CallInfo info = call.snapshot();
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

    @Override
    public boolean on_call_transfer_status(int call_id, int st_code, String st_text, boolean is_final) {
        Call call = callFor(call_id);
        if (call != null) {
            call.onTransferStatus(new TransferStatus(st_code, st_text, is_final));
        }
        return true;
    }

    @Override
    public int on_call_redirected(int call_id, String target, SWIGTYPE_p_pjsip_event e) {
        Call call = callFor(call_id);
        if (call == null || !call.decidesRedirects()) {
            // Nobody to ask: stop now, as pjsua does without the callback.
            return pjsua.PJSIP_REDIRECT_STOP;
        }
        call.onRedirect(target);
        return pjsua.PJSIP_REDIRECT_PENDING;
    }

    @Override
    public void on_call_replaced(int old_call_id, int new_call_id) {
        Call old = callFor(old_call_id);
        if (old == null) {
            return;
        }
        // pjsua hands the replacement the old call's user data only after this callback.
        Call replacement = core.calls.get(new_call_id);
        old.onReplaced(replacement != null ? replacement : old.derive(new_call_id));
    }

    @Override
    public void on_pager2(int call_id, String from, String to, String contact, String mime_type, String body,
            SWIGTYPE_p_pjsip_rx_data rdata, int acc_id) {
        InstantMessage message = new InstantMessage(from, to, contact == null ? "" : contact, mime_type, body);
        Call call = call_id == pjsua.PJSUA_INVALID_ID ? null : callFor(call_id);
        if (call != null) {
            call.onMessage(message);
            return;
        }
        Account account = core.accounts.get(acc_id);
        if (account != null) {
            account.onMessage(message);
        }
    }

    @Override
    public void on_pager_status2(int call_id, String to, String body, long user_data, int status, String reason,
            SWIGTYPE_p_pjsip_tx_data tdata, SWIGTYPE_p_pjsip_rx_data rdata, int acc_id) {
        BiConsumer<Integer, String> done = core.requests.remove(user_data);
        if (done != null) {
            done.accept(status, reason);
        }
    }
}
