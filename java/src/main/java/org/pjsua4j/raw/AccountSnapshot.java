package org.pjsua4j.raw;

/**
 * An account as {@code pj4j_acc_snapshot(acc_id)} reports it: the fields of {@code pjsua_acc_info},
 * copied out by native code in one JNI call, with no struct proxy to close.
 *
 * @param id {@code id}: pjsua's account id
 * @param accUri {@code acc_uri}: the account's URI
 * @param isDefault {@code is_default}: whether it is the default account
 * @param hasRegistration {@code has_registration}: whether it registers with a registrar
 * @param status {@code status}: the last registration status code (0 before any)
 * @param statusText {@code status_text}: its reason phrase
 * @param expires {@code expires}: seconds until the registration expires, as pjsua reports it
 *        (unsigned: {@code PJSIP_EXPIRES_NOT_SPECIFIED}, 0xFFFFFFFF, when unknown)
 * @param onlineStatus {@code online_status}: whether the account publishes itself online
 * @param onlineStatusText {@code online_status_text}: the presence text it publishes
 */
public record AccountSnapshot(int id, String accUri, boolean isDefault, boolean hasRegistration, int status,
        String statusText, long expires, boolean onlineStatus, String onlineStatusText) {

    /** The one upcall of native/src/pj4j_acc_snapshot.c: each text a String if it was ASCII, else its UTF-8 bytes. */
    static AccountSnapshot fromNative(int id, Object accUri, boolean isDefault, boolean hasRegistration, int status,
            Object statusText, long expires, boolean onlineStatus, Object onlineStatusText) {
        return new AccountSnapshot(id, text(accUri), isDefault, hasRegistration, status, text(statusText),
                expires, onlineStatus, text(onlineStatusText));
    }

    private static String text(Object text) {
        return text instanceof String s ? s : Utf8.decode((byte[]) text);
    }
}
