/* The raw layer's pjsua_init: the caller's configuration with the bridge's callbacks and log writer
 * put in, because C function pointers cannot come from Java, and the module that answers requests
 * nobody handles (pj4j_unhandled.c) registered. */
#include "pj4j.h"

pj_status_t pj4j_pjsua_init(const pjsua_config *ua_cfg, const pjsua_logging_config *log_cfg,
                            const pjsua_media_config *media_cfg)
{
    pjsua_config ua;
    pjsua_logging_config log;
    pj_status_t status;

    if (ua_cfg)
        ua = *ua_cfg;
    else
        pjsua_config_default(&ua);
    pj4j_callbacks_fill(&ua.cb);

    pj4j_log_refresh();
    if (log_cfg) {
        log = *log_cfg;
    } else {
        pjsua_logging_config_default(&log);
        log.level = (unsigned) pj4j_log_level();
        /* pjlib's level alone filters (LogLevelWatch keeps it in step with the logger); pjsua's console
         * level would otherwise keep dropping the lines a logger lowered later asks for. */
        log.console_level = PJ_LOG_MAX_LEVEL;
    }
    log.cb = &pj4j_log_cb;
    /* System.Logger adds time and level itself. */
    log.decor = PJ_LOG_HAS_SENDER | PJ_LOG_HAS_THREAD_ID | PJ_LOG_HAS_INDENT;

    status = pjsua_init(&ua, &log, media_cfg);
    /* Every endpoint answers what nobody handles; the module goes with pjsip's endpoint. */
    if (status == PJ_SUCCESS)
        status = pj4j_unhandled_register();
    return status;
}
