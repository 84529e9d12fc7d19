/* Text that C code of ours writes into SIP messages (pj4j_msg_data_add_hdr): no CR or LF (they would
 * start another header line), no NUL, and no longer than pjsip's buffers hold. The wrapped pjsua
 * functions' parameters are checked in Java before the call (org.pjsua4j.raw.WireText,
 * swig/wiretext.i), with the same limits. */
#include "pj4j.h"

#include <string.h>

int pj4j_is_token(const char *text, size_t len, size_t max)
{
    size_t i;

    if (len == 0 || len > max)
        return 0;
    for (i = 0; i < len; i++) {
        char c = text[i];

        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
              || (c != '\0' && strchr(".!%*_+`'~-", c))))
            return 0;
    }
    return 1;
}

int pj4j_is_line(const char *text, size_t len, size_t max)
{
    return len <= max && !memchr(text, '\r', len) && !memchr(text, '\n', len) && !memchr(text, '\0', len);
}
