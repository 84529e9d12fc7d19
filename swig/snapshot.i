/* pj4j_call_snapshot, pj4j_acc_snapshot and pj4j_call_tls_snapshot (native/src/pj4j_snapshot.c,
 * pj4j_acc_snapshot.c, pj4j_tls_state.c) fill the array CallSnapshot, AccountSnapshot and
 * TlsSnapshot keep per thread (Packed); those wrappers are package-private, and the raw layer's
 * entry points are the overloads below that return the records.
 * The wrappers hand the functions the JNIEnv; threads.i still registers the calling thread first. */
%typemap(in, numinputs=0) JNIEnv *snapshot_env %{ $1 = jenv; %}
%javamethodmodifiers pj4j_call_snapshot "";
%javamethodmodifiers pj4j_acc_snapshot "";
%javamethodmodifiers pj4j_call_tls_snapshot "";

jint pj4j_call_snapshot(JNIEnv *snapshot_env, pjsua_call_id call_id, jbyteArray out);
jint pj4j_acc_snapshot(JNIEnv *snapshot_env, pjsua_acc_id acc_id, jbyteArray out);
jint pj4j_call_tls_snapshot(JNIEnv *snapshot_env, pjsua_call_id call_id, const char *sip_call_id, jbyteArray out);

%pragma(java) modulecode=%{
  /**
   * The call as pjsua_call_get_info and, while its audio is active, pj4j_call_get_media_info(call_id, 0)
   * report it, in one JNI call. An invalid or ended call id throws PjsipException.
   */
  public static CallSnapshot pj4j_call_snapshot(int call_id) {
    return CallSnapshot.read(call_id, null);
  }

  /**
   * The account as pjsua_acc_get_info reports it, in one JNI call, without a proxy to close. An
   * invalid account id throws PjsipException.
   */
  public static AccountSnapshot pj4j_acc_snapshot(int acc_id) {
    return AccountSnapshot.read(acc_id, null);
  }

  /**
   * The TLS connection that carried the latest INVITE of the call with this id and SIP Call-ID
   * (pjsua_call_info.call_id), as pjsip reported it when the connection came up, or empty if the
   * call used no TLS, has ended, or the id now belongs to another call. An id out of range throws
   * PjsipException.
   */
  public static java.util.Optional<TlsSnapshot> pj4j_call_tls_snapshot(int call_id, String sip_call_id) {
    return TlsSnapshot.read(call_id, sip_call_id);
  }
%}
