/* Every wrapper first makes sure the calling thread is known to pjlib, so any Java thread, including
 * virtual threads' carriers, may call pjsua without a "register thread" step. */
%exception {
  if (!pj4j_thread_ensure(jenv)) return $null;
  $action
}
