/*
 * C baseline for pjsua4j's benchmarks: each loop of bench/java done straight against pjsua, timed
 * with clock_gettime. Usage: pjsua4j_bench_baseline [iterations]. Prints one line per benchmark,
 * "<name> <ns per op>", named as the JMH benchmark it is the baseline of; anything else goes to stderr.
 */
#include <pjsua-lib/pjsua.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define ROUNDS 5

static void check(pj_status_t status, const char *what)
{
    if (status != PJ_SUCCESS) {
        char msg[PJ_ERR_MSG_SIZE];
        pj_strerror(status, msg, sizeof msg);
        fprintf(stderr, "%s: %s\n", what, msg);
        exit(1);
    }
}

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e9 + ts.tv_nsec;
}

/* Keeps the compiler from dropping what a loop reads, as JMH's Blackhole does. */
static volatile size_t sink;

/* What the facade does with a pj_str_t: an owned, terminated copy (Java builds a String). */
static void copy_str(const pj_str_t *s)
{
    char *c = malloc((size_t)s->slen + 1);
    memcpy(c, s->ptr, (size_t)s->slen);
    c[s->slen] = '\0';
    sink += (size_t)c[0];
    free(c);
}

static pjsua_acc_id alice, bob;
static pjsua_call_id call;

static void get_state(void)
{
    sink += (size_t)pjsua_get_state();
}

static void acc_get_info(void)
{
    pjsua_acc_info info;
    pjsua_acc_get_info(alice, &info);
    sink += (size_t)info.id + (size_t)info.acc_uri.slen + (size_t)info.acc_uri.ptr[0];
}

static void call_count(void)
{
    sink += pjsua_call_get_count();
}

static void call_get_info(void)
{
    pjsua_call_info info;
    pjsua_call_get_info(call, &info);
    sink += (size_t)info.state + (size_t)info.remote_info.slen + (size_t)info.remote_info.ptr[0];
}

static void account_info(void)
{
    pjsua_acc_info info;
    pjsua_acc_get_info(alice, &info);
    copy_str(&info.acc_uri);
    copy_str(&info.status_text);
    copy_str(&info.online_status_text);
    sink += (size_t)info.id + (size_t)info.is_default + (size_t)info.has_registration
            + (size_t)info.status + (size_t)info.expires + (size_t)info.online_status;
}

/* Call.info() also reports the audio stream (codec, clock rate, channels, both RTP addresses, SRTP):
 * in C that is pjsua_call_get_stream_info and pjsua_call_get_med_transport_info, addresses kept as
 * sockaddrs, not printed as the facade's strings are. */
static void call_audio(void)
{
    pjsua_stream_info si;
    pjmedia_transport_info tp;

    if (pjsua_call_get_stream_info(call, 0, &si) != PJ_SUCCESS || si.type != PJMEDIA_TYPE_AUDIO)
        return;
    copy_str(&si.info.aud.fmt.encoding_name);
    pjmedia_transport_info_init(&tp);
    pjsua_call_get_med_transport_info(call, 0, &tp);
    sink += (size_t)si.info.aud.fmt.clock_rate + (size_t)si.info.aud.fmt.channel_cnt
            + (size_t)si.info.aud.rem_addr.ipv4.sin_port + (size_t)tp.sock_info.rtp_addr_name.ipv4.sin_port
            + (size_t)tp.specific_info_cnt;
}

static void call_info(void)
{
    pjsua_call_info info;
    pjsua_call_get_info(call, &info);
    call_audio();
    copy_str(&info.local_info);
    copy_str(&info.local_contact);
    copy_str(&info.remote_info);
    copy_str(&info.remote_contact);
    copy_str(&info.call_id);
    copy_str(&info.state_text);
    copy_str(&info.last_status_text);
    sink += (size_t)info.state + (size_t)info.role + (size_t)info.last_status + (size_t)info.media_status
            + (size_t)info.connect_duration.sec + (size_t)info.total_duration.sec;
}

static int compare(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* One warm-up round, then the median of ROUNDS timed rounds. */
static void run(const char *name, void (*op)(void), long iterations)
{
    double ns[ROUNDS];
    for (long i = 0; i < iterations; i++)
        op();
    for (int r = 0; r < ROUNDS; r++) {
        double start = now_ns();
        for (long i = 0; i < iterations; i++)
            op();
        ns[r] = (now_ns() - start) / (double)iterations;
    }
    qsort(ns, ROUNDS, sizeof ns[0], compare);
    printf("%s %.2f\n", name, ns[ROUNDS / 2]);
    fflush(stdout);
}

static void on_incoming_call(pjsua_acc_id acc, pjsua_call_id id, pjsip_rx_data *rdata)
{
    (void)acc;
    (void)rdata;
    pjsua_call_answer(id, 200, NULL, NULL);
}

static pjsua_acc_id add_account(const char *user, int port, pjsua_transport_id tp)
{
    char uri[64];
    pjsua_acc_config cfg;
    pjsua_acc_id id;
    snprintf(uri, sizeof uri, "sip:%s@127.0.0.1:%d", user, port);
    pjsua_acc_config_default(&cfg);
    cfg.id = pj_str(uri);
    cfg.transport_id = tp;
    cfg.rtp_cfg.bound_addr = pj_str("127.0.0.1");
    cfg.rtp_cfg.public_addr = pj_str("127.0.0.1");
    check(pjsua_acc_add(&cfg, PJ_FALSE, &id), "pjsua_acc_add");
    return id;
}

/* A call from alice to bob, both accounts of this pjsua on 127.0.0.1, answered at once. */
static void start_call(int port)
{
    char uri[64];
    pj_str_t dest;
    snprintf(uri, sizeof uri, "sip:bob@127.0.0.1:%d", port);
    dest = pj_str(uri);
    check(pjsua_call_make_call(alice, &dest, NULL, NULL, NULL, &call), "pjsua_call_make_call");
    for (int waited = 0; waited < 10000; waited += 10) {
        pjsua_call_info info;
        if (pjsua_call_get_info(call, &info) == PJ_SUCCESS && info.state == PJSIP_INV_STATE_CONFIRMED)
            return;
        pj_thread_sleep(10);
    }
    fprintf(stderr, "call not confirmed within 10 s\n");
    exit(1);
}

int main(int argc, char **argv)
{
    long iterations = argc > 1 ? atol(argv[1]) : 1000000;
    pjsua_config cfg;
    pjsua_logging_config log;
    pjsua_media_config media;
    pjsua_transport_config tc;
    pjsua_transport_info ti;
    pjsua_transport_id udp;
    long call_iterations;

    if (iterations <= 0) {
        fprintf(stderr, "usage: %s [iterations > 0]\n", argv[0]);
        return 2;
    }
    /* pjsua_create logs before pjsua_init takes log.level; the log would be timed too. */
    pj_log_set_level(0);
    check(pjsua_create(), "pjsua_create");
    pjsua_config_default(&cfg);
    cfg.cb.on_incoming_call = on_incoming_call;
    pjsua_logging_config_default(&log);
    log.level = 0;
    log.console_level = 0;
    pjsua_media_config_default(&media);
    check(pjsua_init(&cfg, &log, &media), "pjsua_init");
    pjsua_transport_config_default(&tc);
    tc.port = 0;
    tc.bound_addr = pj_str("127.0.0.1");
    tc.public_addr = pj_str("127.0.0.1");
    check(pjsua_transport_create(PJSIP_TRANSPORT_UDP, &tc, &udp), "pjsua_transport_create");
    check(pjsua_transport_get_info(udp, &ti), "pjsua_transport_get_info");
    pjsua_set_null_snd_dev();
    check(pjsua_start(), "pjsua_start");
    alice = add_account("alice", ti.local_name.port, udp);
    bob = add_account("bob", ti.local_name.port, udp);
    start_call(ti.local_name.port);

    /* A call's reads take its lock and cost ten times an account's: as many rounds, in as long. */
    call_iterations = iterations / 10 > 0 ? iterations / 10 : 1;
    run("getState", get_state, iterations);
    run("accGetInfo", acc_get_info, iterations);
    run("callGetInfo", call_get_info, call_iterations);
    run("accountInfo", account_info, iterations);
    run("callInfo", call_info, call_iterations);
    run("callCount", call_count, iterations);

    /* The call gone first, so nothing awaits an answer and pjsua_destroy need not wait its second. */
    pjsua_call_hangup_all();
    for (int waited = 0; pjsua_call_get_count() > 0 && waited < 10000; waited += 10)
        pj_thread_sleep(10);
    pjsua_destroy2(PJSUA_DESTROY_NO_RX_MSG);
    return 0;
}
