/* The raw layer: the pjsua C API with its C names, as static methods of org.pjsua4j.raw.pjsua. */
%module(jniclassname="pjsuaJNI") pjsua

/* The JNI class is the raw layer's plumbing: its natives are reached through the pjsua class. */
%pragma(java) jniclassclassmodifiers="final class"

%include "enumtypeunsafe.swg"
%javaconst(0);

%{
#include <pjsua-lib/pjsua.h>
#include "pj4j.h"
%}

%include "strings.i"
%include "status.i"
%include "outparams.i"
%include "userdata.i"
%include "ownership.i"
%include "guards.i"
%include "nulls.i"
/* After status.i, guards.i and nulls.i: pjsua_init throws, is guarded and checked like the rest. */
%include "lifecycle.i"
%include "platform.i"
%include "handles.i"
%include "exhaustion.i"
%include "infos.i"
%include "wiretext.i"
%include "preconditions.i"
%include "api.i"
%include "pjsip.i"
%include "extensions.i"
%include "snapshot.i"
