/* PCM frames between the conference bridge and the application (declared in pj4j_frames.h).
 *
 * Each port has one ring of fixed-size slots, written by one side and read by the other: the
 * bridge's clock thread writes a sink's ring in put_frame and reads a source's in get_frame; an
 * application thread does the other half. The bridge side takes no lock and never waits; the
 * application side waits on a semaphore that the bridge side posts (sem_post never blocks). */
/* sem_clockwait */
#define _GNU_SOURCE
#include "pj4j.h"

#include <pjsua-lib/pjsua_internal.h>

#include <errno.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define SIGNATURE PJMEDIA_SIGNATURE('P', '4', 'F', 'R')

struct slot_header {
    pj_uint64_t seq;
    pj_uint64_t timestamp;
    long long clock_ns;
    unsigned flags;
};

struct pj4j_frame_port {
    pjmedia_port base;
    pj_pool_t *pool;
    pj4j_frame_dir dir;
    pjsua_conf_port_id slot_id;
    unsigned frame_bytes;
    unsigned capacity;
    size_t slot_bytes;
    unsigned char *slots;
    /* Frames ever written and ever consumed; head - tail frames wait. Only the writer moves head;
     * tail is moved by the reader and, for a full sink, by the bridge dropping the oldest frame. */
    _Atomic pj_uint64_t head;
    _Atomic pj_uint64_t tail;
    /* Posted when a frame arrives in a sink or room appears in a source, and by interrupt. */
    sem_t wake;
    atomic_int interrupted;
    pj_uint64_t next_seq;
    pj_uint64_t next_timestamp;
    _Atomic pj_uint64_t frames;
    _Atomic pj_uint64_t dropped;
    _Atomic pj_uint64_t silent;
    atomic_int written_once;
};

static unsigned char *slot_at(pj4j_frame_port *p, pj_uint64_t index)
{
    return p->slots + (size_t) (index % p->capacity) * p->slot_bytes;
}

static int valid_format(unsigned clock_rate, unsigned frame_msec)
{
    return (clock_rate == 8000 || clock_rate == 16000 || clock_rate == 32000 || clock_rate == 48000)
           && (frame_msec == 10 || frame_msec == 20 || frame_msec == 40);
}

/* Bridge thread: the audio mixed for a sink. */
static pj_status_t sink_put_frame(pjmedia_port *this_port, pjmedia_frame *frame)
{
    pj4j_frame_port *p = (pj4j_frame_port *) this_port;
    pj_uint64_t head = atomic_load_explicit(&p->head, memory_order_relaxed);
    pj_uint64_t tail = atomic_load_explicit(&p->tail, memory_order_acquire);
    pj_uint64_t was_empty = head == tail;
    struct slot_header header;
    struct timespec now;
    unsigned char *slot;

    if (head - tail >= p->capacity) {
        /* Full: the oldest frame goes. If the reader took it meanwhile, its CAS won and there is
         * room all the same; a reader still copying that slot sees tail moved and copies again. */
        if (atomic_compare_exchange_strong_explicit(&p->tail, &tail, tail + 1, memory_order_acq_rel,
                                                    memory_order_acquire))
            atomic_fetch_add_explicit(&p->dropped, 1, memory_order_relaxed);
    }
    clock_gettime(CLOCK_MONOTONIC, &now);
    header.clock_ns = (long long) now.tv_sec * 1000000000LL + now.tv_nsec;
    header.seq = p->next_seq++;
    header.timestamp = p->next_timestamp;
    p->next_timestamp += p->frame_bytes / 2;
    slot = slot_at(p, head);
    if (frame->type == PJMEDIA_FRAME_TYPE_AUDIO && frame->size >= p->frame_bytes) {
        header.flags = 0;
        memcpy(slot + sizeof(header), frame->buf, p->frame_bytes);
    } else {
        header.flags = PJ4J_FRAME_SILENT;
        memset(slot + sizeof(header), 0, p->frame_bytes);
    }
    memcpy(slot, &header, sizeof(header));
    atomic_store_explicit(&p->head, head + 1, memory_order_release);
    atomic_fetch_add_explicit(&p->frames, 1, memory_order_relaxed);
    if (was_empty)
        sem_post(&p->wake);
    return PJ_SUCCESS;
}

/* Bridge thread: a sink has nothing to give. */
static pj_status_t sink_get_frame(pjmedia_port *this_port, pjmedia_frame *frame)
{
    PJ_UNUSED_ARG(this_port);
    frame->type = PJMEDIA_FRAME_TYPE_NONE;
    frame->size = 0;
    return PJ_SUCCESS;
}

/* Bridge thread: the next frame the application wrote, or silence. */
static pj_status_t source_get_frame(pjmedia_port *this_port, pjmedia_frame *frame)
{
    pj4j_frame_port *p = (pj4j_frame_port *) this_port;
    pj_uint64_t tail = atomic_load_explicit(&p->tail, memory_order_relaxed);
    pj_uint64_t head = atomic_load_explicit(&p->head, memory_order_acquire);

    frame->timestamp.u64 = p->next_timestamp;
    p->next_timestamp += p->frame_bytes / 2;
    if (head == tail) {
        if (atomic_load_explicit(&p->written_once, memory_order_relaxed))
            atomic_fetch_add_explicit(&p->silent, 1, memory_order_relaxed);
        frame->type = PJMEDIA_FRAME_TYPE_NONE;
        frame->size = 0;
        return PJ_SUCCESS;
    }
    memcpy(frame->buf, slot_at(p, tail) + sizeof(struct slot_header), p->frame_bytes);
    frame->type = PJMEDIA_FRAME_TYPE_AUDIO;
    frame->size = p->frame_bytes;
    /* A flush may have moved tail meanwhile; then this frame was dropped too and tail stays. */
    if (atomic_compare_exchange_strong_explicit(&p->tail, &tail, tail + 1, memory_order_acq_rel,
                                                memory_order_relaxed)) {
        atomic_fetch_add_explicit(&p->frames, 1, memory_order_relaxed);
        if (head - tail >= p->capacity)
            sem_post(&p->wake);
    }
    return PJ_SUCCESS;
}

static pj_status_t source_put_frame(pjmedia_port *this_port, pjmedia_frame *frame)
{
    PJ_UNUSED_ARG(this_port);
    PJ_UNUSED_ARG(frame);
    return PJ_SUCCESS;
}

/* Last reference gone: the bridge no longer reads the port, and its owner destroyed it. */
static pj_status_t port_on_destroy(pjmedia_port *this_port)
{
    pj4j_frame_port *p = (pj4j_frame_port *) this_port;
    pj_pool_t *pool = p->pool;

    sem_destroy(&p->wake);
    free(p->slots);
    free(p);
    pj_pool_release(pool);
    return PJ_SUCCESS;
}

pj_status_t pj4j_frame_port_create(pj4j_frame_dir dir, unsigned clock_rate, unsigned frame_msec,
                                   unsigned capacity, pj4j_frame_port **p_port)
{
    pj_str_t name = pj_str(dir == PJ4J_FRAME_SINK ? "pj4j-sink" : "pj4j-source");
    unsigned samples;
    pj4j_frame_port *p;
    pj_status_t status;

    PJ_ASSERT_RETURN(p_port, PJ_EINVAL);
    *p_port = NULL;
    if ((dir != PJ4J_FRAME_SINK && dir != PJ4J_FRAME_SOURCE) || !valid_format(clock_rate, frame_msec)
        || capacity == 0 || capacity > PJ4J_FRAME_MAX_CAPACITY)
        return PJ_EINVAL;
    if (!pjsua_var.mconf)
        return PJ_EINVALIDOP;
    samples = clock_rate * frame_msec / 1000;
    p = calloc(1, sizeof(*p));
    if (!p)
        return PJ_ENOMEM;
    p->dir = dir;
    p->frame_bytes = samples * 2;
    p->capacity = capacity;
    p->slot_bytes = sizeof(struct slot_header) + p->frame_bytes;
    p->slots = malloc(p->slot_bytes * capacity);
    /* The port's group lock takes its own pool from this one's factory; pjsua's pool lends only that. */
    p->pool = pjsua_pool_create(name.ptr, 512, 512);
    if (!p->slots || !p->pool || sem_init(&p->wake, 0, 0) != 0) {
        if (p->pool)
            pj_pool_release(p->pool);
        free(p->slots);
        free(p);
        return PJ_ENOMEM;
    }
    pjmedia_port_info_init(&p->base.info, &name, SIGNATURE, clock_rate, 1, 16, samples);
    p->base.put_frame = dir == PJ4J_FRAME_SINK ? sink_put_frame : source_put_frame;
    p->base.get_frame = dir == PJ4J_FRAME_SINK ? sink_get_frame : source_get_frame;
    p->base.on_destroy = port_on_destroy;
    /* With a group lock the bridge holds a reference while it may still call the port, so
     * pjmedia_port_destroy below frees it only after the bridge's last tick with it. */
    status = pjmedia_port_init_grp_lock(&p->base, p->pool, NULL);
    if (status != PJ_SUCCESS) {
        port_on_destroy(&p->base);
        return status;
    }
    status = pjsua_conf_add_port(p->pool, &p->base, &p->slot_id);
    if (status != PJ_SUCCESS) {
        pjmedia_port_destroy(&p->base);
        return status;
    }
    if (!pj4j_handle_add(p, PJ4J_HANDLE_FRAME_PORT)) {
        pjsua_conf_remove_port(p->slot_id);
        pjmedia_port_destroy(&p->base);
        return PJ_ENOMEM;
    }
    *p_port = p;
    return PJ_SUCCESS;
}

pjsua_conf_port_id pj4j_frame_port_get_conf_port(const pj4j_frame_port *port)
{
    return port ? port->slot_id : PJSUA_INVALID_ID;
}

unsigned pj4j_frame_port_frame_bytes(const pj4j_frame_port *port)
{
    return port ? port->frame_bytes : 0;
}

/* Waits for a post or until the deadline; whether it was posted. */
static int wait_until(pj4j_frame_port *p, const struct timespec *deadline)
{
    int rc;

    do {
        rc = sem_clockwait(&p->wake, CLOCK_MONOTONIC, deadline);
    } while (rc != 0 && errno == EINTR);
    return rc == 0;
}

static struct timespec deadline_after(unsigned msec)
{
    struct timespec t;

    clock_gettime(CLOCK_MONOTONIC, &t);
    t.tv_sec += msec / 1000;
    t.tv_nsec += (long) (msec % 1000) * 1000000L;
    if (t.tv_nsec >= 1000000000L) {
        t.tv_sec++;
        t.tv_nsec -= 1000000000L;
    }
    return t;
}

/* An interrupt's post is handed on, so every waiter of an interrupted port wakes. */
static int interrupted(pj4j_frame_port *p)
{
    if (!atomic_load_explicit(&p->interrupted, memory_order_acquire))
        return 0;
    sem_post(&p->wake);
    return 1;
}

pj_status_t pj4j_frame_port_read(pj4j_frame_port *port, void *buf, unsigned len, unsigned timeout_msec,
                                 pj4j_frame_info *info)
{
    struct timespec deadline = deadline_after(timeout_msec);

    PJ_ASSERT_RETURN(port && buf && info, PJ_EINVAL);
    if (timeout_msec > PJ4J_FRAME_MAX_WAIT_MSEC)
        return PJ_EINVAL;
    if (port->dir != PJ4J_FRAME_SINK)
        return PJ_EINVALIDOP;
    if (len < port->frame_bytes)
        return PJ_ETOOSMALL;
    for (;;) {
        pj_uint64_t tail, head;
        struct slot_header header;
        unsigned char *slot;

        if (interrupted(port))
            return PJ_ECANCELLED;
        tail = atomic_load_explicit(&port->tail, memory_order_acquire);
        head = atomic_load_explicit(&port->head, memory_order_acquire);
        if (tail == head) {
            if (!wait_until(port, &deadline))
                return interrupted(port) ? PJ_ECANCELLED : PJ_ETIMEDOUT;
            continue;
        }
        slot = slot_at(port, tail);
        memcpy(&header, slot, sizeof(header));
        memcpy(buf, slot + sizeof(header), port->frame_bytes);
        /* The copy counts only if the bridge did not drop (and overwrite) this slot meanwhile. */
        if (atomic_compare_exchange_strong_explicit(&port->tail, &tail, tail + 1, memory_order_acq_rel,
                                                    memory_order_relaxed)) {
            info->seq = (long long) header.seq;
            info->timestamp = (long long) header.timestamp;
            info->clock_ns = header.clock_ns;
            info->flags = header.flags;
            return PJ_SUCCESS;
        }
    }
}

pj_status_t pj4j_frame_port_write(pj4j_frame_port *port, const void *buf, unsigned len,
                                  unsigned timeout_msec)
{
    struct timespec deadline = deadline_after(timeout_msec);

    PJ_ASSERT_RETURN(port && buf, PJ_EINVAL);
    if (timeout_msec > PJ4J_FRAME_MAX_WAIT_MSEC)
        return PJ_EINVAL;
    if (port->dir != PJ4J_FRAME_SOURCE)
        return PJ_EINVALIDOP;
    if (len != port->frame_bytes)
        return PJ_EINVAL;
    for (;;) {
        pj_uint64_t head = atomic_load_explicit(&port->head, memory_order_relaxed);
        pj_uint64_t tail = atomic_load_explicit(&port->tail, memory_order_acquire);

        if (interrupted(port))
            return PJ_ECANCELLED;
        if (head - tail < port->capacity) {
            memcpy(slot_at(port, head) + sizeof(struct slot_header), buf, len);
            atomic_store_explicit(&port->head, head + 1, memory_order_release);
            atomic_store_explicit(&port->written_once, 1, memory_order_relaxed);
            return PJ_SUCCESS;
        }
        if (timeout_msec == 0 || !wait_until(port, &deadline))
            return interrupted(port) ? PJ_ECANCELLED : PJ_ETOOMANY;
    }
}

void pj4j_frame_port_flush(pj4j_frame_port *port)
{
    pj_uint64_t tail;

    if (!port)
        return;
    tail = atomic_load_explicit(&port->tail, memory_order_acquire);
    /* Only the reader side and a full sink's bridge move tail, each by CAS from what it read. */
    while (!atomic_compare_exchange_weak_explicit(&port->tail, &tail,
                                                  atomic_load_explicit(&port->head, memory_order_acquire),
                                                  memory_order_acq_rel, memory_order_acquire))
        ;
    if (port->dir == PJ4J_FRAME_SOURCE)
        sem_post(&port->wake);
}

void pj4j_frame_port_interrupt(pj4j_frame_port *port)
{
    if (!port)
        return;
    atomic_store_explicit(&port->interrupted, 1, memory_order_release);
    sem_post(&port->wake);
}

pj_status_t pj4j_frame_port_get_stats(const pj4j_frame_port *port, pj4j_frame_stats *stats)
{
    pj4j_frame_port *p = (pj4j_frame_port *) port;
    pj_uint64_t tail, head;

    PJ_ASSERT_RETURN(port && stats, PJ_EINVAL);
    tail = atomic_load_explicit(&p->tail, memory_order_acquire);
    head = atomic_load_explicit(&p->head, memory_order_acquire);
    stats->frames = (long long) atomic_load_explicit(&p->frames, memory_order_relaxed);
    stats->dropped = (long long) atomic_load_explicit(&p->dropped, memory_order_relaxed);
    stats->silent = (long long) atomic_load_explicit(&p->silent, memory_order_relaxed);
    stats->queued = (unsigned) (head - tail);
    return PJ_SUCCESS;
}

void pj4j_frame_port_destroy(pj4j_frame_port *port)
{
    /* Of two threads destroying it at once, one finds it gone here. */
    if (!port || !pj4j_handle_remove(port, PJ4J_HANDLE_FRAME_PORT))
        return;
    pjsua_conf_remove_port(port->slot_id);
    pjmedia_port_destroy(&port->base);
}
