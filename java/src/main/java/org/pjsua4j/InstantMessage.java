package org.pjsua4j;

/**
 * An instant message (SIP MESSAGE, RFC 3428) that arrived.
 *
 * @param from the sender (From header)
 * @param to the To header
 * @param contact the sender's Contact, or "" when it gave none
 * @param contentType the body's MIME type, e.g. {@code text/plain}
 * @param body the message
 */
public record InstantMessage(String from, String to, String contact, String contentType, String body) {
}
