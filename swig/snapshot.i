/* pj4j_call_snapshot (native/src/pj4j_snapshot.c) builds its org.pjsua4j.raw.CallSnapshot itself,
 * with one upcall, so the wrapper only hands it the JNIEnv and passes the object through. The typemaps
 * are scoped to this one function; threads.i still registers the calling thread with pjlib first. */
%typemap(in, numinputs=0) JNIEnv *snapshot_env %{ $1 = jenv; %}
%typemap(jni) jobject pj4j_call_snapshot "jobject"
%typemap(jtype) jobject pj4j_call_snapshot "CallSnapshot"
%typemap(jstype) jobject pj4j_call_snapshot "CallSnapshot"
%typemap(javaout) jobject pj4j_call_snapshot {
    return $jnicall;
  }
%typemap(out) jobject pj4j_call_snapshot %{ $result = $1; %}
%typemap(jni) jobject pj4j_acc_snapshot "jobject"
%typemap(jtype) jobject pj4j_acc_snapshot "AccountSnapshot"
%typemap(jstype) jobject pj4j_acc_snapshot "AccountSnapshot"
%typemap(javaout) jobject pj4j_acc_snapshot {
    return $jnicall;
  }
%typemap(out) jobject pj4j_acc_snapshot %{ $result = $1; %}

/* The call as pjsua_call_get_info and, while its audio is active, pj4j_call_get_media_info(call_id, 0)
 * report it, in one JNI call. An invalid or ended call id throws PjsipException. */
jobject pj4j_call_snapshot(JNIEnv *snapshot_env, pjsua_call_id call_id);

/* The account as pjsua_acc_get_info reports it, in one JNI call, without a proxy to close. An invalid
 * account id throws PjsipException. */
jobject pj4j_acc_snapshot(JNIEnv *snapshot_env, pjsua_acc_id acc_id);
