/* Copies of strings assigned to struct members from Java. The copy must outlive the Java String, and
 * C has no owner for it, so the bridge keeps one: a table from the member's address to its copy. The
 * copy is freed when the same member is assigned again, or when the struct holding it is closed
 * (pj4j_owned_release over the struct's address range). */
#include "pj4j.h"
#include "org_pjsua4j_raw_NativeBridge.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define BUCKETS 1024

typedef struct owned {
    struct owned *next;
    pj_str_t *field;
    char text[];
} owned;

static owned *table[BUCKETS];
static size_t live;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static size_t bucket_of(const void *field)
{
    uintptr_t p = (uintptr_t) field;
    return (size_t) ((p >> 3) ^ (p >> 13)) % BUCKETS;
}

/* Unlinks the copy held for this member, if any; called with the lock held. */
static owned *take(pj_str_t *field)
{
    owned **link = &table[bucket_of(field)];

    for (; *link; link = &(*link)->next) {
        if ((*link)->field == field) {
            owned *found = *link;
            *link = found->next;
            live--;
            return found;
        }
    }
    return NULL;
}

void pj4j_owned_str_assign(pj_str_t *field, const pj_str_t *value)
{
    owned *copy = NULL, *old;
    size_t len = value && value->ptr && value->slen > 0 ? (size_t) value->slen : 0;

    if (value && value->ptr) {
        copy = malloc(sizeof(owned) + len + 1);
        if (!copy) {
            pj4j_throw_oom(pj4j_env(), "string member");
            return;
        }
        memcpy(copy->text, value->ptr, len);
        copy->text[len] = '\0';
        copy->field = field;
    }

    pthread_mutex_lock(&lock);
    old = take(field);
    if (copy) {
        size_t b = bucket_of(field);
        copy->next = table[b];
        table[b] = copy;
        live++;
    }
    pthread_mutex_unlock(&lock);
    free(old);

    field->ptr = copy ? copy->text : NULL;
    field->slen = (pj_ssize_t) len;
}

void pj4j_owned_release(void *start, size_t size)
{
    uintptr_t lo = (uintptr_t) start, hi = lo + size;
    owned *doomed = NULL;
    size_t b;

    pthread_mutex_lock(&lock);
    for (b = 0; b < BUCKETS && live; b++) {
        owned **link = &table[b];
        while (*link) {
            uintptr_t f = (uintptr_t) (*link)->field;
            if (f >= lo && f < hi) {
                owned *found = *link;
                *link = found->next;
                found->next = doomed;
                doomed = found;
                live--;
            } else {
                link = &(*link)->next;
            }
        }
    }
    pthread_mutex_unlock(&lock);
    while (doomed) {
        owned *next = doomed->next;
        free(doomed);
        doomed = next;
    }
}

/* How many copies the bridge holds, for leak tests. */
JNIEXPORT jlong JNICALL Java_org_pjsua4j_raw_NativeBridge_ownedStringCount(JNIEnv *env, jclass cls)
{
    size_t n;

    (void) env;
    (void) cls;
    pthread_mutex_lock(&lock);
    n = live;
    pthread_mutex_unlock(&lock);
    return (jlong) n;
}
