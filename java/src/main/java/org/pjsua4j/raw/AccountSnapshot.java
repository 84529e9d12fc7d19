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

    /**
     * Reads one account's snapshots again and again, reusing the last read's Strings where pjsua's text
     * is unchanged. Safe for use by several threads at once, as {@link CallSnapshot.Reader}.
     */
    public static final class Reader {
        private volatile Packed.Texts last;

        /**
         * @param accId pjsua's account id
         * @return the account as pjsua reports it now
         * @throws PjsipException if the account id is invalid
         */
        public AccountSnapshot read(int accId) {
            return AccountSnapshot.read(accId, this);
        }
    }

    // Where native/src/pj4j_acc_snapshot.c puts each value in Packed; the texts' ends follow.
    private static final int ID = 0, IS_DEFAULT = 1, HAS_REGISTRATION = 2, STATUS = 3, EXPIRES = 4,
            ONLINE_STATUS = 5, VALUES = 6;
    private static final int ACC_URI = 0, STATUS_TEXT = 1, ONLINE_STATUS_TEXT = 2, TEXTS = 3;

    /** One read through this thread's array; with a reader, reusing what its last read decoded. */
    static AccountSnapshot read(int accId, Reader reader) {
        Packed p = Packed.ofThisThread();
        while (!p.held(pjsua.pj4j_acc_snapshot(accId, p.bytes), VALUES + TEXTS)) {
            // The texts did not fit: read again into the larger array.
        }
        Packed.Texts last = reader == null ? null : reader.last;
        Packed.Texts texts = Packed.Texts.decode(p, VALUES, TEXTS, last);
        if (reader != null && texts != last) {
            reader.last = texts;
        }
        return new AccountSnapshot((int) p.value(ID), texts.get(ACC_URI), p.value(IS_DEFAULT) != 0,
                p.value(HAS_REGISTRATION) != 0, (int) p.value(STATUS), texts.get(STATUS_TEXT), p.value(EXPIRES),
                p.value(ONLINE_STATUS) != 0, texts.get(ONLINE_STATUS_TEXT));
    }
}
