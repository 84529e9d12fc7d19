/* Structs holding a pjsip list head (pjsua_msg_data.hdr_list, pjsua_acc_config.reg_hdr_list, ...):
 * zero bytes are a broken list that pjsua follows into address 0, so the Java constructor fills them
 * with their pjsua_*_init / pjsua_*_default as C code does before use. Calling that again is harmless. */
%define PJ4J_INITIALISED(T, INIT)
%extend T {
  T() {
    T *s = (T *) calloc(1, sizeof(T));
    if (s) {
      INIT(s);
    }
    return s;
  }
}
%enddef
PJ4J_INITIALISED(pjsua_msg_data, pjsua_msg_data_init)
PJ4J_INITIALISED(pjsua_acc_config, pjsua_acc_config_default)
