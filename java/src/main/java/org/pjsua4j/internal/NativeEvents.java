package org.pjsua4j.internal;

import java.time.Duration;
import org.pjsua4j.CallInfo;
import org.pjsua4j.CallState;
import org.pjsua4j.DtmfEvent;
import org.pjsua4j.InstantMessage;
import org.pjsua4j.MediaStatus;
import org.pjsua4j.TransferStatus;
import org.pjsua4j.raw.PjsuaCallback;
import org.pjsua4j.raw.RegState;
import org.pjsua4j.raw.SWIGTYPE_p_pjsip_event;
import org.pjsua4j.raw.SWIGTYPE_p_pjsip_evsub;
import org.pjsua4j.raw.SWIGTYPE_p_pjsip_rx_data;
import org.pjsua4j.raw.SWIGTYPE_p_pjsip_tx_data;
import org.pjsua4j.raw.SWIGTYPE_p_pjsua_srv_pres;
import org.pjsua4j.raw.pjsua;

/**
 * The facade's receiver of pjsua callbacks. It runs on pjsip's thread, so it only snapshots what the
 * event needs (pjsua state changes right after) and hands delivery to the object's event executor.
 * It takes no Java lock: pjsua holds its own while calling here.
 */
final class NativeEvents implements PjsuaCallback {
    private static final System.Logger LOG = System.getLogger("org.pjsua4j");
    private final EndpointCore core;
    private final Registry registry;

    NativeEvents(EndpointCore core) {
        this.core = core;
        this.registry = core.registry();
    }

    private RealCall callFor(int callId) {
        RealCall call = registry.call(callId);
        if (call != null) {
            return call;
        }
        RealCall owner = registry.callByToken(pjsua.pjsua_call_get_user_data(callId));
        if (owner == null) {
            return null;
        }
        if (owner.bind(callId)) {
            // An outgoing call whose pjsua_call_make_call has not returned yet, or one of this id that
            // has ended already (and left the registry).
            return owner;
        }
        // pjsua made this call for the owner, and gave it the owner's user data.
        RealCall derived = owner.derive(callId);
        if (derived.upcalls().snapshot().outgoing()) {
            owner.dispatch().transferred(derived);
        }
        return derived;
    }

    @Override
    public void on_reg_state2(int acc_id, RegState info) {
        RealAccount account = registry.account(acc_id);
        if (account != null) {
            account.onRegState(info);
        }
    }

    @Override
    public void on_acc_send_request(int acc_id, long token, int code, String reason) {
        registry.complete(token, code, reason);
    }

    @Override
    public void on_incoming_call(int acc_id, int call_id, SWIGTYPE_p_pjsip_rx_data rdata) {
        if (core.isClosed()) {
            // Closing: pjsua itself answers 480 once its worker threads stop; until then, the same.
            pjsua.pjsua_call_answer(call_id, 480, null, null);
            return;
        }
        RealAccount account = registry.account(acc_id);
        if (account == null) {
            LOG.log(System.Logger.Level.WARNING, "incoming call " + call_id + " for account " + acc_id
                    + ", which the facade does not know; answering 480");
            pjsua.pjsua_call_answer(call_id, 480, null, null);
            return;
        }
        RealCall call = RealCall.incoming(core, account, call_id, pjsua.pj4j_rdata_text(rdata),
                pjsua.pj4j_rdata_user_agent(rdata));
        call.upcalls().onIncoming(call.upcalls().snapshot());
    }

    @Override
    public void on_call_state(int call_id, SWIGTYPE_p_pjsip_event e) {
        RealCall call = callFor(call_id);
        if (call == null) {
            return;
        }
        call.keepUserData();
        CallUpcalls upcalls = call.upcalls();
        if (e != null) {
            upcalls.learnRemoteUserAgent(pjsua.pj4j_event_user_agent(e));
        }
        CallInfo info = upcalls.snapshot();
        if (info.state() == CallState.DISCONNECTED) {
            info = upcalls.ended(info, pjsua.pj4j_event_from_remote(e));
        }
        upcalls.onState(info);
    }

    @Override
    public void on_call_media_state(int call_id) {
        RealCall call = callFor(call_id);
        if (call == null) {
            return;
        }
        CallInfo info = call.upcalls().snapshot();
        if (info.mediaStatus() == MediaStatus.ACTIVE) {
            int port = pjsua.pjsua_call_get_conf_port(call_id);
            if (core.config().autoConnectAudio()) {
                pjsua.pjsua_conf_connect(port, 0);
                pjsua.pjsua_conf_connect(0, port);
            }
            call.media().attachAll(port);
        }
        call.upcalls().onMedia(info);
    }

    @Override
    public void on_dtmf_digit2(int call_id, char digit, int method, int duration) {
        RealCall call = callFor(call_id);
        if (call != null) {
            call.dispatch().dtmf(new DtmfEvent(digit, NativeCodes.dtmfMethod(method), Duration.ofMillis(duration)));
        }
    }

    @Override
    public boolean on_call_transfer_status(int call_id, int st_code, String st_text, boolean is_final) {
        RealCall call = callFor(call_id);
        if (call != null) {
            call.upcalls().onTransferStatus(new TransferStatus(st_code, st_text, is_final));
        }
        return true;
    }

    @Override
    public void on_call_tsx_state(int call_id, String method, boolean uac, int state, int prev_state, int cseq,
            int code, String reason, SWIGTYPE_p_pjsip_rx_data rdata) {
        RealCall call = registry.call(call_id);
        if (call == null) {
            return;
        }
        // Only a received request is read: responses reach on_call_state, which reads them already.
        boolean request = !uac && state == pjsua.PJSIP_TSX_STATE_TRYING && rdata != null;
        // The terminated and destroyed reports after the answer repeat its code.
        boolean answered = uac && state >= pjsua.PJSIP_TSX_STATE_COMPLETED
                && prev_state < pjsua.PJSIP_TSX_STATE_COMPLETED;
        call.upcalls().onTransaction(method, answered, cseq, code, reason,
                request ? pjsua.pj4j_rdata_user_agent(rdata) : null);
    }

    @Override
    public int on_call_redirected(int call_id, String target, SWIGTYPE_p_pjsip_event e) {
        RealCall call = callFor(call_id);
        if (call == null || !call.dispatch().decidesRedirects()) {
            // Nobody to ask: stop now, as pjsua does without the callback.
            return pjsua.PJSIP_REDIRECT_STOP;
        }
        call.upcalls().onRedirect(target);
        return pjsua.PJSIP_REDIRECT_PENDING;
    }

    @Override
    public void on_call_replaced(int old_call_id, int new_call_id) {
        RealCall old = callFor(old_call_id);
        if (old == null) {
            return;
        }
        // pjsua hands the replacement the old call's user data only after this callback.
        RealCall replacement = registry.call(new_call_id);
        old.dispatch().replaced(replacement != null ? replacement : old.derive(new_call_id));
    }

    @Override
    public void on_pager2(int call_id, String from, String to, String contact, String mime_type, String body,
            SWIGTYPE_p_pjsip_rx_data rdata, int acc_id) {
        InstantMessage message = new InstantMessage(from, to, contact == null ? "" : contact, mime_type, body);
        RealCall call = call_id == pjsua.PJSUA_INVALID_ID ? null : callFor(call_id);
        if (call != null) {
            call.dispatch().message(message);
            return;
        }
        RealAccount account = registry.account(acc_id);
        if (account != null) {
            account.onMessage(message);
        }
    }

    @Override
    public void on_pager_status2(int call_id, String to, String body, long user_data, int status, String reason,
            SWIGTYPE_p_pjsip_tx_data tdata, SWIGTYPE_p_pjsip_rx_data rdata, int acc_id) {
        registry.complete(user_data, status, reason);
    }

    @Override
    public int on_incoming_subscribe(int acc_id, SWIGTYPE_p_pjsua_srv_pres srv_pres, int buddy_id, String from,
            SWIGTYPE_p_pjsip_rx_data rdata) {
        RealAccount account = registry.account(acc_id);
        // An account being added or removed has nobody to decide for it.
        return account == null ? 480 : account.presence().answerWatcher(from);
    }

    @Override
    public void on_buddy_state(int buddy_id) {
        RealBuddy buddy = registry.buddy(buddy_id);
        if (buddy != null) {
            buddy.onState();
        }
    }

    @Override
    public void on_mwi_info(int acc_id, SWIGTYPE_p_pjsip_evsub evsub, SWIGTYPE_p_pjsip_rx_data rdata,
            String mime_type, String body) {
        RealAccount account = registry.account(acc_id);
        if (account != null) {
            account.onMessageWaiting(MessageSummaries.parse(body, evsub != null));
        }
    }
}
