/* pjsua functions the raw layer leaves out, and why. */

/* Video is compiled out (PJMEDIA_HAS_VIDEO 0), so these have no implementation to link against. */
%rename("$ignore", regextarget=1) "^pjsua_vid_";
%rename("$ignore", regextarget=1) "^pjsua_avi_";
%ignore pjsua_call_get_vid_win;
%ignore pjsua_call_get_vid_conf_port;
%ignore pjsua_call_get_vid_stream_idx;
%ignore pjsua_call_vid_stream_is_running;
%ignore pjsua_call_set_vid_strm;
%ignore pjsua_call_vid_stream_modify_codec_param;
%ignore pjsua_call_vid_strm_op_param_default;

/* C varargs and raw pool/module plumbing have no meaningful Java form. */
%ignore pjsua_perror;
%ignore pjsua_config_dup;
%ignore pjsua_logging_config_dup;
%ignore pjsua_transport_config_dup;
%ignore pjsua_ice_config_dup;
%ignore pjsua_turn_config_dup;
%ignore pjsua_srtp_opt_dup;
%ignore pjsua_buddy_config_dup;
%ignore pjsua_media_config_dup;
%ignore pjsua_msg_data_clone;
