/* Structs allocated for Java proxies, and the copies of the strings Java assigns to their members.
 * A copy must outlive the Java String and C has no owner for it, so the struct that holds the member
 * owns it: every proxy-allocated struct carries a header (its owner record) in front of it, listing
 * the copies made for members anywhere inside it, nested structs and array elements included. A copy
 * is freed when the same member is assigned again, or with the struct (pj4j_struct_free), in time
 * proportional to the strings that struct holds, whatever else is alive.
 *
 * Nothing here locks: a struct and its owner record belong to the one Java proxy that allocated it
 * (and the member proxies it hands out), which is no more thread-safe than any other Java object.
 * Different structs may be used from different threads at once. */
/* dl_iterate_phdr */
#define _GNU_SOURCE
#include "pj4j.h"
#include "org_pjsua4j_raw_NativeBridge.h"

#include <link.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct owned {
    struct owned *next;
    pj_str_t *field;
    char text[];
} owned;

struct pj4j_owner {
    size_t size;
    owned *strings;
};

/* Padded so the struct behind it is aligned for any member. */
typedef union header {
    pj4j_owner h;
    max_align_t align;
} header;

/* Copies alive in all structs, for leak tests; the only state shared between structs. */
static size_t live;
static jfieldID owner_field;

/* The read-only segments of this library (pjproject is linked into it): text there, such as pjsip's
 * status phrases and pjsua's "In Progress", lives as long as the code that reads it, so an info
 * struct may point at it without a copy. Set once at load. */
#define MAX_SEGMENTS 8
static struct {
    uintptr_t lo, hi;
} read_only[MAX_SEGMENTS];
static int read_only_count;

static int find_read_only(struct dl_phdr_info *info, size_t size, void *self)
{
    uintptr_t me = (uintptr_t) self;
    int i, ours = 0;

    (void) size;
    for (i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        uintptr_t lo = info->dlpi_addr + ph->p_vaddr;

        if (ph->p_type == PT_LOAD && me >= lo && me < lo + ph->p_memsz)
            ours = 1;
    }
    if (!ours)
        return 0;
    for (i = 0; i < info->dlpi_phnum && read_only_count < MAX_SEGMENTS; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];

        if (ph->p_type == PT_LOAD && !(ph->p_flags & PF_W)) {
            read_only[read_only_count].lo = info->dlpi_addr + ph->p_vaddr;
            read_only[read_only_count].hi = read_only[read_only_count].lo + ph->p_memsz;
            read_only_count++;
        }
    }
    return 1;
}

int pj4j_is_static_text(const char *text)
{
    uintptr_t p = (uintptr_t) text;
    int i;

    for (i = 0; i < read_only_count; i++) {
        if (p >= read_only[i].lo && p < read_only[i].hi)
            return 1;
    }
    return 0;
}

int pj4j_owned_init(JNIEnv *env)
{
    jclass proxy = (*env)->FindClass(env, "org/pjsua4j/raw/StructProxy");

    dl_iterate_phdr(find_read_only, (void *) (uintptr_t) &find_read_only);

    if (!proxy)
        return 0;
    owner_field = (*env)->GetFieldID(env, proxy, "swigOwner", "J");
    (*env)->DeleteLocalRef(env, proxy);
    return owner_field != NULL;
}

static header *header_of(void *data)
{
    return (header *) data - 1;
}

void *pj4j_struct_new(size_t size)
{
    header *h = calloc(1, sizeof(header) + size);

    if (!h)
        return NULL;
    h->h.size = size;
    return h + 1;
}

void pj4j_struct_free(void *data)
{
    header *h;
    owned *s;
    size_t n = 0;

    if (!data)
        return;
    h = header_of(data);
    s = h->h.strings;
    while (s) {
        owned *next = s->next;
        free(s);
        s = next;
        n++;
    }
    if (n)
        __atomic_sub_fetch(&live, n, __ATOMIC_RELAXED);
    free(h);
}

pj4j_owner *pj4j_owner_of(jlong data)
{
    return data ? &header_of((void *) (intptr_t) data)->h : NULL;
}

pj4j_owner *pj4j_proxy_owner(JNIEnv *env, jobject proxy)
{
    return proxy ? pj4j_owner_of((*env)->GetLongField(env, proxy, owner_field)) : NULL;
}

/* Whether field lies inside the struct behind h: a member proxy's owner is its outermost struct, but
 * a proxy reached through a pointer member holds memory elsewhere, which h must not adopt. */
static int holds(const pj4j_owner *owner, const pj_str_t *field)
{
    uintptr_t lo = (uintptr_t) ((const header *) owner + 1), f = (uintptr_t) field;

    return f >= lo && f + sizeof(*field) <= lo + owner->size;
}

/* Frees the copy owner holds for field, if any. */
static void drop(pj4j_owner *owner, const pj_str_t *field)
{
    owned **link;

    for (link = &owner->strings; *link; link = &(*link)->next) {
        if ((*link)->field == field) {
            owned *old = *link;

            *link = old->next;
            free(old);
            __atomic_sub_fetch(&live, 1, __ATOMIC_RELAXED);
            return;
        }
    }
}

int pj4j_owned_str_keep(pj4j_owner *owner, pj_str_t *field, const char *what)
{
    if (!owner || !holds(owner, field)) {
        pj4j_throw_unsupported(pj4j_env(), what);
        return 0;
    }
    drop(owner, field);
    return 1;
}

int pj4j_owned_str_assign(pj4j_owner *owner, pj_str_t *field, const pj_str_t *value, const char *what)
{
    owned *copy = NULL;
    size_t len = value && value->ptr && value->slen > 0 ? (size_t) value->slen : 0;

    if (!owner || !holds(owner, field)) {
        pj4j_throw_unsupported(pj4j_env(), what);
        return 0;
    }
    if (value && value->ptr) {
        copy = malloc(sizeof(owned) + len + 1);
        if (!copy) {
            pj4j_throw_oom(pj4j_env(), what);
            return 0;
        }
        memcpy(copy->text, value->ptr, len);
        copy->text[len] = '\0';
        copy->field = field;
    }
    drop(owner, field);
    if (copy) {
        copy->next = owner->strings;
        owner->strings = copy;
        __atomic_add_fetch(&live, 1, __ATOMIC_RELAXED);
    }
    field->ptr = copy ? copy->text : NULL;
    field->slen = (pj_ssize_t) len;
    return 1;
}

/* How many copies the bridge holds, for leak tests. */
JNIEXPORT jlong JNICALL Java_org_pjsua4j_raw_NativeBridge_ownedStringCount(JNIEnv *env, jclass cls)
{
    (void) env;
    (void) cls;
    return (jlong) __atomic_load_n(&live, __ATOMIC_RELAXED);
}
