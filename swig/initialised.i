/* Structs holding a pjsip list head (pjsua_msg_data.hdr_list, pjsua_acc_config.reg_hdr_list, ...):
 * zero bytes are a broken list that pjsua follows into address 0, so the Java constructor fills them
 * with their pjsua_*_init / pjsua_*_default as C code does before use. Calling that again is harmless. */
PJ4J_OWNER_STRUCT(pjsua_msg_data, pjsua_msg_data_init)
PJ4J_OWNER_STRUCT(pjsua_acc_config, pjsua_acc_config_default)
