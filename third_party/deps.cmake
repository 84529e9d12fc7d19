# Builds the static libraries pjproject links, from the orig tarballs of Debian's source packages, into
# one prefix for pjproject's configure to find first. Built here with -fPIC because Debian's own
# archives do not all fit into a shared library: libopus.a, libspeex.a and libspeexdsp.a are compiled
# as PIE and reach glibc's stderr PC-relative; and Debian's libsrtp2 is built on NSS, which every user
# would have to install, while this one uses the OpenSSL that pjproject's TLS links anyway. gsm and
# OpenSSL come from Debian's -dev packages as they are. Runs at configure time, with a stamp per library.
#
#   <NAME>_SOURCE  (LIBSRTP_SOURCE, OPUS_SOURCE, SPEEX_SOURCE, SPEEXDSP_SOURCE) a source directory or
#                  release tarball; empty means the orig tarball of Debian 12's source package.
# Sets PJ4J_DEPS_PREFIX (include/, lib/*.a) and PJ4J_DEPS_BUILD_ID.

set(PJ4J_DEPS_PREFIX "${CMAKE_BINARY_DIR}/deps/install")
set(PJ4J_DEPS_BUILD_ID "")

# pj4j_static_dep(NAME DEBIAN_SOURCE CHECK_FILE MAKE_TARGET CONFIGURE_ARG...)
function(pj4j_static_dep _name _package _check _target)
  set(${_name}_SOURCE "" CACHE STRING "${_package} source directory or tarball (default: Debian 12's orig tarball)")
  set(_root "${CMAKE_BINARY_DIR}/deps/${_package}")
  if(${_name}_SOURCE STREQUAL "")
    # The archive keeps only stable's files for these, not unstable's.
    pj4j_fetch_debian_source(_origin "${_package}/bookworm" "${_package}_*.orig.tar.[gx]z" "${_package}")
    file(SHA256 "${_origin}" _origin_id)
  else()
    get_filename_component(_origin "${${_name}_SOURCE}" ABSOLUTE)
    if(NOT EXISTS "${_origin}")
      message(FATAL_ERROR "${_name}_SOURCE=${${_name}_SOURCE} does not exist")
    endif()
    set(_origin_id "${_origin}")
    if(NOT IS_DIRECTORY "${_origin}")
      file(SHA256 "${_origin}" _origin_id)
    endif()
  endif()
  set(_args --prefix=${PJ4J_DEPS_PREFIX} --disable-shared --enable-static --with-pic ${ARGN} ${PJSUA4J_CONFIGURE_HOST})
  set(_cflags "-O2 -g -fPIC")
  string(SHA256 _id "${_origin_id}|${_args}|${_cflags}|${CMAKE_C_COMPILER}")
  set(PJ4J_DEPS_BUILD_ID "${PJ4J_DEPS_BUILD_ID}|${_id}" PARENT_SCOPE)

  set(_have "")
  if(EXISTS "${_root}/built.stamp")
    file(READ "${_root}/built.stamp" _have)
  endif()
  if(_have STREQUAL _id)
    return()
  endif()
  message(STATUS "${_package}: building from ${_origin}")
  file(REMOVE_RECURSE "${_root}")
  pj4j_unpack_source("${_origin}" "${_root}/src" "${_package}")
  if(NOT EXISTS "${_root}/src/${_check}")
    message(FATAL_ERROR "${_origin} is not a ${_package} source tree (no ${_check})")
  endif()
  foreach(_step "./configure;${_args};CC=${CMAKE_C_COMPILER};CFLAGS=${_cflags}" "make;-j${PJ4J_JOBS};${_target}" "make;install")
    string(REPLACE ";" " " _shown "${_step}")
    message(STATUS "${_package}: ${_shown}")
    execute_process(COMMAND ${_step} WORKING_DIRECTORY "${_root}/src"
      OUTPUT_FILE "${_root}/build.log" ERROR_FILE "${_root}/build.log" RESULT_VARIABLE _rc)
    if(NOT _rc EQUAL 0)
      message(FATAL_ERROR "${_package}: '${_shown}' failed; see ${_root}/build.log")
    endif()
  endforeach()
  file(WRITE "${_root}/built.stamp" "${_id}")
endfunction()

pj4j_static_dep(LIBSRTP libsrtp2 include/srtp.h libsrtp2.a --enable-openssl --disable-pcap)
pj4j_static_dep(OPUS opus include/opus.h all --disable-doc --disable-extra-programs)
pj4j_static_dep(SPEEX speex include/speex/speex.h all --disable-binaries)
pj4j_static_dep(SPEEXDSP speexdsp include/speex/speex_echo.h all --disable-examples)
