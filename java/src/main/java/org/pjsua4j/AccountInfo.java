package org.pjsua4j;

import org.pjsua4j.raw.pjsua;
import org.pjsua4j.raw.pjsua_acc_info;

/**
 * A snapshot of an account's state as pjsua reports it ({@code pjsua_acc_get_info}).
 *
 * @param id pjsua's account id
 * @param uri the account's URI
 * @param isDefault whether it is the endpoint's default account
 * @param hasRegistration whether it has a registrar
 * @param statusCode the last registration's status code: 100 while in progress, 0 without a registrar
 * @param statusText the last registration's status text
 * @param expires seconds until the registration is refreshed, or -1 when not registered
 * @param online the presence status it publishes
 * @param onlineStatusText the presence note, or "Online"/"Offline"
 */
public record AccountInfo(int id, String uri, boolean isDefault, boolean hasRegistration, int statusCode,
        String statusText, int expires, boolean online, String onlineStatusText) {

    static AccountInfo read(int accId) {
        try (pjsua_acc_info info = new pjsua_acc_info()) {
            pjsua.pjsua_acc_get_info(accId, info);
            return of(info);
        }
    }

    static AccountInfo of(pjsua_acc_info info) {
        long expires = info.getExpires();
        return new AccountInfo(info.getId(), info.getAcc_uri(), info.getIs_default(), info.getHas_registration(),
                info.getStatus(), info.getStatus_text(), expires > Integer.MAX_VALUE ? -1 : (int) expires,
                info.getOnline_status(), info.getOnline_status_text());
    }
}
