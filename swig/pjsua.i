/* The raw layer: the pjsua C API with its C names, as static methods of org.pjsua4j.raw.pjsua. */
%module(jniclassname="pjsuaJNI") pjsua

%include "enumtypeunsafe.swg"
%javaconst(0);

%{
#include <pjsua-lib/pjsua.h>
#include "pj4j.h"
%}

%include "lifecycle.i"
%include "strings.i"
%include "status.i"
%include "outparams.i"
%include "userdata.i"
%include "ownership.i"
%include "threads.i"
%include "platform.i"
%include "pool.i"
%include "infos.i"
%include "handles.i"
%include "wiretext.i"
%include "api.i"
%include "pjsip.i"
%include "extensions.i"
%include "snapshot.i"
