/* pjlib and pjsip show their settings only as log lines, so the dump is run with this thread's log
 * lines captured (pj4j_log_capture) instead of being written. */
#include <stdlib.h>
#include <string.h>

#include "pj4j.h"

typedef struct text_buffer {
    char *ptr;
    size_t len;
    size_t cap;
    int failed;
} text_buffer;

static void append(void *ctx, const char *data, int len)
{
    text_buffer *buf = ctx;
    size_t need;

    while (len > 0 && (data[len - 1] == '\n' || data[len - 1] == '\r'))
        len--;
    if (buf->failed || len <= 0)
        return;
    need = buf->len + (size_t) len + 1;
    if (need > buf->cap) {
        size_t cap = buf->cap ? buf->cap * 2 : 8192;
        char *grown;

        while (cap < need)
            cap *= 2;
        grown = realloc(buf->ptr, cap);
        if (!grown) {
            buf->failed = 1;
            return;
        }
        buf->ptr = grown;
        buf->cap = cap;
    }
    memcpy(buf->ptr + buf->len, data, (size_t) len);
    buf->len += (size_t) len;
    buf->ptr[buf->len++] = '\n';
}

static void dump_both(void)
{
    pj_dump_config();
    pjsip_dump_config();
}

pj4j_malloced_text pj4j_settings_dump(void)
{
    text_buffer buf = {NULL, 0, 0, 0};
    pj4j_malloced_text text = {NULL, 0};

    /* Both dumps log at level 3. */
    pj4j_log_capture(3, dump_both, append, &buf);
    if (buf.failed || !buf.ptr) {
        free(buf.ptr);
        return text;
    }
    text.ptr = buf.ptr;
    text.slen = (pj_ssize_t) buf.len;
    return text;
}
