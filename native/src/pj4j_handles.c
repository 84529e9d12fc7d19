/* The live-handle table behind pj4j_handles.h: a small hash set of addresses, under one mutex. A handle
 * is an address, so a new object at the address of a released one is live again: a stale handle can
 * then reach the new object, but never freed memory. */
#include "pj4j.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>

#define BUCKETS 256

typedef struct entry {
    struct entry *next;
    const void *handle;
    pj4j_handle_kind kind;
} entry;

static entry *table[BUCKETS];
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static size_t bucket_of(const void *handle)
{
    uintptr_t p = (uintptr_t) handle;
    return (size_t) ((p >> 4) ^ (p >> 12)) % BUCKETS;
}

int pj4j_handle_add(void *handle, pj4j_handle_kind kind)
{
    entry *e = malloc(sizeof(*e));
    size_t b = bucket_of(handle);

    if (!e)
        return 0;
    e->handle = handle;
    e->kind = kind;
    pthread_mutex_lock(&lock);
    e->next = table[b];
    table[b] = e;
    pthread_mutex_unlock(&lock);
    return 1;
}

/* The link to the handle's entry, or NULL; called with the lock held. */
static entry **find(const void *handle, pj4j_handle_kind kind)
{
    entry **link;

    for (link = &table[bucket_of(handle)]; *link; link = &(*link)->next) {
        if ((*link)->handle == handle && (*link)->kind == kind)
            return link;
    }
    return NULL;
}

int pj4j_handle_is_live(const void *handle, pj4j_handle_kind kind)
{
    int live;

    pthread_mutex_lock(&lock);
    live = find(handle, kind) != NULL;
    pthread_mutex_unlock(&lock);
    return live;
}

int pj4j_handle_remove(const void *handle, pj4j_handle_kind kind)
{
    entry **link, *found = NULL;

    pthread_mutex_lock(&lock);
    link = find(handle, kind);
    if (link) {
        found = *link;
        *link = found->next;
    }
    pthread_mutex_unlock(&lock);
    free(found);
    return found != NULL;
}

void pj4j_handles_forget_all(void)
{
    entry *doomed = NULL;
    size_t b;

    pthread_mutex_lock(&lock);
    for (b = 0; b < BUCKETS; b++) {
        while (table[b]) {
            entry *e = table[b];
            table[b] = e->next;
            e->next = doomed;
            doomed = e;
        }
    }
    pthread_mutex_unlock(&lock);
    while (doomed) {
        entry *next = doomed->next;
        /* A generator's port went with pjsua's pools; its own small struct is ours to free. */
        if (doomed->kind == PJ4J_HANDLE_TONEGEN)
            free((void *) doomed->handle);
        free(doomed);
        doomed = next;
    }
}
