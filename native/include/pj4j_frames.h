/* PCM frames between the conference bridge and the application (native/src/pj4j_frames.c). A frame
 * port is a pjmedia_port on pjsua's bridge with a bounded ring of frames. A sink receives what the
 * bridge mixes for it (connect a call's port to it); a source gives the bridge what the application
 * wrote (connect it to a call's port). The bridge's clock thread never waits for the application:
 * a full sink drops its oldest frame, an empty source plays silence, and both are counted. */
#ifndef PJ4J_FRAMES_H
#define PJ4J_FRAMES_H

#include <pjsua-lib/pjsua.h>

typedef enum pj4j_frame_dir {
    PJ4J_FRAME_SINK = 1,
    PJ4J_FRAME_SOURCE = 2
} pj4j_frame_dir;

/* Set in pj4j_frame_info.flags for a frame the bridge had no audio for (it is all zeros). */
enum { PJ4J_FRAME_SILENT = 1 };

/* The most frames a ring holds, and the longest a read or write waits (a longer wait loops, so no
 * call stays in C longer than this). */
enum { PJ4J_FRAME_MAX_CAPACITY = 1000, PJ4J_FRAME_MAX_WAIT_MSEC = 10000 };

/* Counters are long long (a Java long); they cannot wrap in the life of a process. Of one frame: its
 * sequence number (one per bridge tick since the port was created, so a gap is the number of frames
 * dropped), its timestamp in samples at the port's clock rate, and when the bridge gave it to the
 * port, in CLOCK_MONOTONIC nanoseconds (the clock of Java's System.nanoTime on Linux). */
typedef struct pj4j_frame_info {
    long long seq;
    long long timestamp;
    long long clock_ns;
    unsigned flags;
} pj4j_frame_info;

typedef struct pj4j_frame_stats {
    /* Sink: frames the bridge gave it. Source: frames the bridge took from the application. */
    long long frames;
    /* Sink: frames dropped because the application did not read them in time. */
    long long dropped;
    /* Source: ticks with nothing written, played as silence, since the first frame was written. */
    long long silent;
    /* Frames waiting in the ring now. */
    unsigned queued;
} pj4j_frame_stats;

/* Like pj4j_tonegen, a handle its caller owns and destroys with pj4j_frame_port_destroy, before
 * pjsua_destroy; the raw layer refuses one already destroyed (swig/handles.i). */
typedef struct pj4j_frame_port pj4j_frame_port;

/* Creates a mono 16-bit port of clock_rate Hz (8000, 16000, 32000 or 48000) and frame_msec (10, 20
 * or 40) per frame, holding up to capacity frames (1..PJ4J_FRAME_MAX_CAPACITY), and adds it to the
 * bridge, which converts between its own rate and frame length and the port's. PJ_EINVAL for any
 * other value. */
pj_status_t pj4j_frame_port_create(pj4j_frame_dir dir, unsigned clock_rate, unsigned frame_msec,
                                   unsigned capacity, pj4j_frame_port **p_port);

/* The port's conference bridge slot, to connect with pjsua_conf_connect. */
pjsua_conf_port_id pj4j_frame_port_get_conf_port(const pj4j_frame_port *port);

/* The size of one frame in bytes (16-bit little-endian samples). */
unsigned pj4j_frame_port_frame_bytes(const pj4j_frame_port *port);

/* Sink only: copies the oldest waiting frame into buf (at least one frame's bytes), waiting up to
 * timeout_msec (at most PJ4J_FRAME_MAX_WAIT_MSEC) for one. PJ_ETIMEDOUT when none came, PJ_ECANCELLED
 * once interrupted, PJ_EINVALIDOP on a source, PJ_ETOOSMALL for a short buffer, PJ_EINVAL for a
 * longer wait. One reader at a time. */
pj_status_t pj4j_frame_port_read(pj4j_frame_port *port, void *buf, unsigned len, unsigned timeout_msec,
                                 pj4j_frame_info *info);

/* Source only: queues one frame (len must be one frame's bytes), waiting up to timeout_msec (0: never
 * wait; at most PJ4J_FRAME_MAX_WAIT_MSEC) for room. PJ_ETOOMANY when the ring stayed full,
 * PJ_ECANCELLED once interrupted, PJ_EINVALIDOP on a sink, PJ_EINVAL for another length or a longer
 * wait. One writer at a time. */
pj_status_t pj4j_frame_port_write(pj4j_frame_port *port, const void *buf, unsigned len,
                                  unsigned timeout_msec);

/* Drops the frames waiting in a source's ring (a sink's too), so what plays next is what is written
 * next. */
void pj4j_frame_port_flush(pj4j_frame_port *port);

/* Wakes a reader or writer that waits, and makes every later read and write return PJ_ECANCELLED:
 * the first step of closing a port another thread may be waiting on. */
void pj4j_frame_port_interrupt(pj4j_frame_port *port);

pj_status_t pj4j_frame_port_get_stats(const pj4j_frame_port *port, pj4j_frame_stats *stats);

/* Removes the port from the bridge and releases it once the bridge no longer reads it. No thread may
 * be inside a read or write of it (interrupt first). NULL is ignored. */
void pj4j_frame_port_destroy(pj4j_frame_port *port);

#endif
