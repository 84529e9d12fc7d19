package org.pjsua4j;

/**
 * A snapshot of an account's state as pjsua reports it ({@code pjsua_acc_get_info}).
 *
 * @param id pjsua's account id
 * @param uri the account's URI, as {@link Account#uri()}: a local account's without the angle
 *        brackets pjsua gives it
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
}
