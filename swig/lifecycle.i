/* The generated JNI class loads the native library the first time any raw function is used. */
%pragma(java) jniclasscode=%{
  static {
    NativeLibraryLoader.load();
  }
%}

/* pjsua_init always gets the bridge's callbacks and log writer; see native/src/pj4j_init.c. Java code
 * receives the callbacks through PjsuaCallbacks.install, so pjsua_callback and the pjsua_config member
 * holding it are not wrapped: C function pointers cannot come from Java, and each of their types would
 * only add an opaque SWIGTYPE_p_f_* class. */
%ignore pjsua_callback;
%ignore pjsua_config::cb;
%ignore pjsua_init;
%rename(pjsua_init) pj4j_pjsua_init;
pj_status_t pj4j_pjsua_init(const pjsua_config *ua_cfg, const pjsua_logging_config *log_cfg,
                            const pjsua_media_config *media_cfg);
