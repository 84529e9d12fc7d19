/* What the raw layer wraps. pjlib, pjsip and pjmedia headers contribute only their types and
 * enum/#define constants (read from the native library when the class loads); pjsua.h contributes
 * its functions and structs. With enumsimple all constants sit in pjsuaConstants, so C code ports as
 * `import static org.pjsua4j.raw.pjsua.*;`. */
%include "enumsimple.swg"

/* Every struct with pj_str_t members (any of which Java code may set) owns the copies: see
 * PJ4J_OWNER_STRUCT in ownership.i, which must come before the declarations; pjsua_acc_config and
 * pjsua_msg_data are in initialised.i. */
PJ4J_STRUCT(pjsua_config)
PJ4J_STRUCT(pjsua_logging_config)
PJ4J_STRUCT(pjsua_media_config)
PJ4J_STRUCT(pjsua_transport_config)
PJ4J_STRUCT(pjsua_transport_info)
PJ4J_STRUCT(pjsua_call_setting)
PJ4J_STRUCT(pjsua_call_info)
PJ4J_STRUCT(pjsua_call_send_dtmf_param)
PJ4J_STRUCT(pjsua_call_send_text_param)
PJ4J_STRUCT(pjsua_txt_stream_data)
PJ4J_STRUCT(pjsua_on_rejected_incoming_call_param)
PJ4J_STRUCT(pjsua_buddy_config)
PJ4J_STRUCT(pjsua_buddy_info)
PJ4J_STRUCT(pjsua_buddy_dlg_event_info)
PJ4J_STRUCT(pjsua_codec_info)
PJ4J_STRUCT(pjsua_conf_port_info)
PJ4J_STRUCT(pjsua_ice_config)
PJ4J_STRUCT(pjsua_turn_config)
PJ4J_STRUCT(pjsua_srtp_opt)
PJ4J_STRUCT(pjsua_conf_connect_param)
PJ4J_STRUCT(pjsip_cred_info)
PJ4J_STRUCT(pjsip_cred_info_ext_aka)
PJ4J_STRUCT(pjsip_auth_clt_pref)
PJ4J_STRUCT(pjsip_hdr)
PJ4J_STRUCT(pj_stun_resolve_result)
PJ4J_STRUCT(pjsip_host_port)
PJ4J_STRUCT(pjsip_method)
PJ4J_STRUCT(pjrpid_element)
PJ4J_STRUCT(pjsip_tls_setting)
/* Its strings are copies the bridge owns (infos.i). */
PJ4J_STRUCT(pjsua_acc_info)
%include "initialised.i"

/* pjsip_tls_setting's arrays (ciphers, curves) are C arrays Java cannot build, and pjsip copies
 * *_num elements from them: read-only, so a count can never point past a missing array; ciphers are
 * set by name through pj4j_tls_transport_create. Its C callbacks have no Java form either. */
%immutable pjsip_tls_setting::ciphers;
%immutable pjsip_tls_setting::ciphers_num;
%immutable pjsip_tls_setting::curves;
%immutable pjsip_tls_setting::curves_num;
%immutable pjsip_tls_setting::on_accept_fail_cb;
%immutable pjsip_tls_setting::on_verify_cb;

%rename("$ignore", %$isfunction) "";
%rename("$ignore", %$isclass) "";
%rename("$ignore", %$isvariable, %$not %$ismember) "";
/* ... except the structs pjsua's own structs and functions are made of. */
/* Anonymous nested structs of ignored types that SWIG would still try to wrap. */
%rename("$ignore") pj_timestamp_u32;
%rename("$ignore") pjsip_msg_line;
%rename("$ignore") pjmedia_rtcp_stream_stat_loss_type;
%rename("$ignore") pj_ssl_cert_info_subject;
%rename("$ignore") pj_ssl_cert_info_issuer;
%rename("$ignore") pj_ssl_cert_info_validity;
%rename("$ignore") pj_ssl_cert_info_subj_alt_name;
%rename("$ignore") pj_ssl_cert_info_raw_chain;
%rename("$ignore") pj_ssl_cert_info_subj_alt_name_entry;
/* Private working fields whose presence depends on build macros. */
%ignore pj_math_stat::fmean_;
%ignore pj_math_stat::mean_res_;
%ignore pjmedia_rtcp_stat::peer_sdes_buf_;
%rename("%s") pj_time_val;
%rename("%s") pjsip_cred_info;
%rename("%s") pjsip_host_port;
%rename("%s") pjsip_method;
%rename("%s") pjsip_hdr;
%rename("%s") pj_math_stat;
%rename("%s") pjmedia_rtcp_stat;
%rename("%s") pjmedia_rtcp_stream_stat;
%rename("%s") pjrpid_element;
%rename("%s") pjsip_timer_setting;
/* pjsua_transport_config.tls_setting; pj/ssl_sock.h brings its constants (PJ_SSL_SOCK_PROTO_*). */
%rename("%s") pjsip_tls_setting;
%rename("%s") pjsip_auth_clt_pref;
%include <pj/types.h>
%include <pj/errno.h>
%include "pj_errno_constants.i"
%include <pj/list.h>
%include <pjsip/sip_types.h>
%include <pjsip/sip_msg.h>
%include <pjsip/sip_errno.h>
%include <pjsip/sip_auth.h>
%include <pjsip/sip_util.h>
%include <pjsip-ua/sip_inv.h>
%include <pjsip-ua/sip_timer.h>
%include <pjsip-simple/evsub.h>
%include <pjmedia/types.h>
%include <pjmedia/transport_srtp.h>
%include <pj/math.h>
%include <pjmedia/rtcp.h>
%include <pjsip-simple/rpid.h>
%include <pjmedia/wav_port.h>
%include <pj/ssl_sock.h>
%include <pjsip/sip_transport_tls.h>
%rename("%s", %$isfunction) "";
%rename("%s", %$isclass) "";
%rename("%s", %$isvariable, %$not %$ismember) "";

/* Names pjsua reports from static tables: read-only from Java. */
%immutable sub_state_name;

%include "arrays.i"
%include "unsupported.i"
%include <pjsua-lib/pjsua.h>

PJ4J_ARRAY_MEMBER(pjsua_acc_config, pjsip_cred_info, cred_info)
PJ4J_ARRAY_MEMBER(pjsua_config, pjsip_cred_info, cred_info)
PJ4J_ARRAY_MEMBER(pjsua_call_info, pjsua_call_media_info, media)
PJ4J_VALUE_ARRAY_MEMBER(pjsua_srtp_opt, pjmedia_srtp_keying_method, keying)
PJ4J_STRING_ARRAY_MEMBER(pjsua_acc_config, proxy)
PJ4J_STRING_ARRAY_MEMBER(pjsua_config, outbound_proxy)
PJ4J_STRING_ARRAY_MEMBER(pjsua_config, stun_srv)
PJ4J_STRING_ARRAY_MEMBER(pjsua_config, nameserver)

