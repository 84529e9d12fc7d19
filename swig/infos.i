/* Info structs filled by pjsua point into pjsua's own memory (pjsua_acc_info.acc_uri into the
 * account's pool), which is freed with the account. The raw layer gives the Java proxy its own copies
 * of those strings, so an info read before pjsua_acc_del stays readable after it. */
%typemap(argout) pjsua_acc_info *info %{ pj4j_acc_info_own(pj4j_proxy_owner(jenv, jarg$argnum_), $1); %}
