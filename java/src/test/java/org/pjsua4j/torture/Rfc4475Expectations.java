package org.pjsua4j.torture;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What RFC 4475 says each torture message tests and what a receiving element should do, in short (the
 * RFC's section in brackets); for the table, not for assertions. "A UA" means an element that is
 * neither proxy nor registrar, as both user agents here are.
 */
final class Rfc4475Expectations {
    private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("badaspec", "[3.1.2.11] spaces within addr-spec: 400, or be tolerant");
        EXPECTED.put("badbranch", "[3.2.2] branch is only the magic cookie: valid, process (200)");
        EXPECTED.put("baddate", "[3.1.2.9] invalid time zone in Date: 400, or ignore Date and process");
        EXPECTED.put("baddn", "[3.1.2.12] non-token characters in display name: 400, or be tolerant");
        EXPECTED.put("badinv01", "[3.1.2.1] extraneous header field separators: 400");
        EXPECTED.put("badvers", "[3.1.2.13] unknown protocol version: 505");
        EXPECTED.put("bcast", "[3.3.11] 200 OK with broadcast Via: a response, no answer, never sent on");
        EXPECTED.put("bext01", "[3.3.5] Require of an unknown extension: 420");
        EXPECTED.put("bigcode", "[3.1.2.20] overlarge response code: a response, discard");
        EXPECTED.put("clerr", "[3.1.2.3] Content-Length larger than the message: 400 over UDP; over TCP wait for more");
        EXPECTED.put("cparam01", "[3.3.13] REGISTER with a Contact header parameter: valid (a UA: 405)");
        EXPECTED.put("cparam02", "[3.3.14] REGISTER with a URI parameter in Contact: valid (a UA: 405)");
        EXPECTED.put("dblreq", "[3.1.1.8] extra trailing octets in a UDP datagram: valid REGISTER, ignore the rest (a UA: 405)");
        EXPECTED.put("esc01", "[3.1.1.3] valid % escaping: valid INVITE, process");
        EXPECTED.put("esc02", "[3.1.1.5] % that is no escape: valid, unknown method RE%47IST%45R: 405/501");
        EXPECTED.put("escnull", "[3.1.1.4] escaped NULs in URIs: valid REGISTER (a UA: 405)");
        EXPECTED.put("escruri", "[3.1.2.8] escaped headers in the Request-URI: 400");
        EXPECTED.put("insuf", "[3.3.1] missing required headers (Call-ID, From, To): 400");
        EXPECTED.put("intmeth", "[3.1.1.2] wide range of valid characters: valid, unknown method: 405/501");
        EXPECTED.put("inv2543", "[3.4.1] RFC 2543 syntax: valid INVITE, process");
        EXPECTED.put("invut", "[3.3.7] unknown Content-Type: 415");
        EXPECTED.put("longreq", "[3.1.1.7] long values in header fields: valid INVITE, process");
        EXPECTED.put("ltgtruri", "[3.1.2.5] <> around the Request-URI: 400");
        EXPECTED.put("lwsdisp", "[3.1.1.6] no LWS between display name and <: valid, process (200)");
        EXPECTED.put("lwsruri", "[3.1.2.6] LWS inside the Request-URI: 400");
        EXPECTED.put("lwsstart", "[3.1.2.7] several SP between Request-Line elements: 400");
        EXPECTED.put("mcl01", "[3.3.9] several Content-Length values: 400");
        EXPECTED.put("mismatch01", "[3.1.2.17] method of start line and CSeq differ: 400");
        EXPECTED.put("mismatch02", "[3.1.2.18] unknown method, CSeq method differs: 501 (400 too)");
        EXPECTED.put("mpart01", "[3.1.1.11] multipart MIME MESSAGE: valid, process");
        EXPECTED.put("multi01", "[3.3.8] several values in single-value headers: 400");
        EXPECTED.put("ncl", "[3.1.2.4] negative Content-Length: 400, or discard");
        EXPECTED.put("noreason", "[3.1.1.13] empty reason phrase: a valid response, no answer");
        EXPECTED.put("novelsc", "[3.3.4] Request-URI of a known but atypical scheme: 416");
        EXPECTED.put("quotbal", "[3.1.2.10] unterminated quoted string in display name: 400");
        EXPECTED.put("regaut01", "[3.3.10] unknown authorization scheme: a registrar 401 (a UA: 405)");
        EXPECTED.put("regbadct", "[3.1.2.15] name-addr with parameters not in <>: ambiguous, 400 or process (a UA: 405)");
        EXPECTED.put("regescrt", "[3.3.15] REGISTER with a URI-escaped header in Contact: valid (a UA: 405)");
        EXPECTED.put("scalar02", "[3.1.2.2] overlarge scalar fields in a request: 400");
        EXPECTED.put("scalarlg", "[3.1.2.16] overlarge scalar fields in a response: discard");
        EXPECTED.put("sdp01", "[3.3.12] Accept of nothing the UA can answer with: 406");
        EXPECTED.put("semiuri", "[3.1.1.9] ';' in the user part of a URI: valid, process (200)");
        EXPECTED.put("test", "(not RFC 4475: php-sip's own sample) INVITE without SIP version: invalid, 400 or discard");
        EXPECTED.put("transports", "[3.1.1.10] varied and unknown transports in Via: valid, process (200)");
        EXPECTED.put("trws", "[3.1.2.14] SP at the end of the Request-Line: 400, or be tolerant");
        EXPECTED.put("unkscm", "[3.3.2] Request-URI of an unknown scheme: 416");
        EXPECTED.put("unksm2", "[3.3.3] unknown URI schemes in header fields: valid REGISTER (a UA: 405)");
        EXPECTED.put("unreason", "[3.1.1.12] unusual reason phrase: a valid response, no answer");
        EXPECTED.put("wsinv", "[3.1.1.1] short tortuous INVITE: valid, process");
        EXPECTED.put("zeromf", "[3.3.6] Max-Forwards 0: a UA processes it (200); a proxy would 483");
    }

    private Rfc4475Expectations() {
    }

    /** @return the messages' names (their files without .dat), in name order */
    static List<String> names() {
        return List.copyOf(EXPECTED.keySet());
    }

    static String of(String name) {
        return EXPECTED.get(name);
    }
}
