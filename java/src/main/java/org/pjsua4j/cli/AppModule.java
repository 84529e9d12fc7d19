package org.pjsua4j.cli;

import java.util.ArrayList;
import java.util.List;
import org.pjsua4j.HeaderField;
import org.pjsua4j.IncomingRequest;
import org.pjsua4j.SipResponder;
import org.pjsua4j.UnhandledRequestHandler;

/**
 * What pjsua's app answers from its own module (pjsua_app.c's default_mod_on_rx_request) to requests
 * nobody else handles: a REGISTER gets 200 with its bindings (pjsua's "simple registrar"), an
 * out-of-dialog NOTIFY 400, anything else the endpoint's default answer.
 */
final class AppModule implements UnhandledRequestHandler {
    private static final int DEFAULT_EXPIRES = 3600;

    @Override
    public void onRequest(IncomingRequest request, SipResponder responder) {
        switch (request.method()) {
            case "REGISTER":
                responder.answer(200, null, bindings(request), null, null);
                break;
            case "NOTIFY":
                responder.answer(400);
                break;
            default:
                responder.answerDefault();
        }
    }

    /** Each Contact back with its expiry: the Expires header's, else 3600 (pjsua keeps no state). */
    private static List<HeaderField> bindings(IncomingRequest request) {
        List<String> expires = request.headerValues("Expires");
        int seconds = DEFAULT_EXPIRES;
        if (!expires.isEmpty()) {
            try {
                seconds = Integer.parseInt(expires.get(0).strip());
            } catch (NumberFormatException e) {
                seconds = DEFAULT_EXPIRES;
            }
        }
        List<HeaderField> contacts = new ArrayList<>();
        if (seconds > 0) {
            for (String contact : request.headerValues("Contact")) {
                if (!contact.strip().equals("*")) {
                    contacts.add(new HeaderField("Contact", contact.strip() + ";expires=" + seconds));
                }
            }
        }
        return contacts;
    }
}
