/* Arguments some pjsua functions use unchecked where others check them: the wrapper answers what
 * pjsua answers where it does check (PJ_EINVAL, PJMEDIA_EAUD_INVDEV), naming the argument, instead of
 * letting it read past an array or parse from address 0.
 * - call ids: pjsua_call_reinvite, _update and _remote_has_cap index pjsua_var.calls[] first
 *   (acquire_call); the other call functions check 0 <= id < max_calls themselves.
 * - sound device ids: pjmedia's lookup_dev reads dev_list[id] for any id >= 0.
 * - transport ids: pjsua_acc_set_transport checks only the upper bound; -1 (none) is valid.
 * - an account configuration's id: pjsua_acc_modify parses it without checking it is set.
 * Check typemaps run before guards.i's state check, so these apply only once pjsua is initialised:
 * before that the state is what is wrong, and guards.i says so. */
%{
#define PJ4J_PJSUA_INITIALISED() (pjsua_get_state() >= PJSUA_STATE_INIT)
%}
%typemap(check) pjsua_call_id call_id, pjsua_call_id dest_call_id %{
  if (PJ4J_PJSUA_INITIALISED() && ($1 < 0 || $1 >= PJSUA_MAX_CALLS)) {
    pj4j_throw_status(jenv, PJ_EINVAL, "$symname: $1_name");
    $cleanup
    return $null;
  }
%}
%typemap(check) pjsua_transport_id tp_id %{
  if (PJ4J_PJSUA_INITIALISED() && $1 < PJSUA_INVALID_ID) {
    pj4j_throw_status(jenv, PJ_EINVAL, "$symname: $1_name");
    $cleanup
    return $null;
  }
%}
/* This replaces nulls.i's check for the parameter, so it refuses null too. */
%typemap(check) const pjsua_acc_config *acc_cfg %{
  if (!$1) {
    pj4j_throw_null(jenv, "$symname: acc_cfg");
    $cleanup
    return $null;
  }
  if (PJ4J_PJSUA_INITIALISED() && (!$1->id.ptr || $1->id.slen <= 0)) {
    pj4j_throw_status(jenv, PJ_EINVAL, "$symname: acc_cfg.id");
    $cleanup
    return $null;
  }
%}
/* pjsua puts the media a call setting asks for into arrays of PJSUA_MAX_CALL_MEDIA
 * (pjsua_media_channel_init) without comparing the counts with it: more would write past them. This
 * replaces nulls.i's check for the parameter, so it asks nulls.i's list whether NULL may pass. */
%typemap(check) const pjsua_call_setting *opt %{
  if (!$1 && pj4j_refuse_null(jenv, "$symname", "$1_name")) {
    $cleanup
    return $null;
  }
  if ($1 && (unsigned long) $1->aud_cnt + $1->vid_cnt + $1->txt_cnt > PJSUA_MAX_CALL_MEDIA) {
    pj4j_throw_status(jenv, PJ_ETOOMANY, "$symname: opt.aud_cnt + opt.vid_cnt + opt.txt_cnt");
    $cleanup
    return $null;
  }
%}
%typemap(check) int capture_dev, int playback_dev %{
  if (PJ4J_PJSUA_INITIALISED() && $1 >= PJMEDIA_AUD_DEV_MAX_DEVS) {
    pj4j_throw_status(jenv, PJMEDIA_EAUD_INVDEV, "$symname: $1_name");
    $cleanup
    return $null;
  }
%}

/* Slot 0 is the conference bridge's master port, which its clock reads on every frame: removing it
 * crashes the clock thread (get_frame dereferences ports[0]). pjsua itself never removes it. */
%ignore pjsua_conf_remove_port;
%rename(pjsua_conf_remove_port) pj4j_conf_remove_port;
/* A failure names the function the caller called. */
%typemap(out) pj_status_t pj4j_conf_remove_port %{
  if ($1 != PJ_SUCCESS) {
    pj4j_throw_status(jenv, $1, "$symname");
    return $null;
  }
%}
%inline %{
pj_status_t pj4j_conf_remove_port(pjsua_conf_port_id port_id)
{
    return port_id == 0 ? PJ_EINVAL : pjsua_conf_remove_port(port_id);
}
%}
