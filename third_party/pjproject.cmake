# Builds pjproject's static libraries with its own autoconf build and exposes them as the imported
# target pjproject::pjsua. It runs at configure time, so the link line can be read from the
# libpjproject.pc that pjproject installs; a stamp keeps later configures from building it again.
#
#   PJPROJECT_SOURCE  a pjproject source directory or release tarball; empty means Debian's component
#                     tarball, fetched by fetch-debian-source.sh into PJSUA4J_CACHE_DIR.
# Needs sources.cmake and deps.cmake first.

set(PJPROJECT_SOURCE "" CACHE STRING "pjproject source directory or tarball (default: Debian's asterisk component tarball)")

set(_pj_root "${CMAKE_BINARY_DIR}/pjproject")
set(_pj_src "${_pj_root}/src")
set(_pj_prefix "${_pj_root}/install")

if(PJPROJECT_SOURCE STREQUAL "")
  pj4j_fetch_debian_source(_pj_origin "asterisk" "*.orig-*pjproject.tar.xz" "pjproject")
else()
  get_filename_component(_pj_origin "${PJPROJECT_SOURCE}" ABSOLUTE)
  if(NOT EXISTS "${_pj_origin}")
    message(FATAL_ERROR "PJPROJECT_SOURCE=${PJPROJECT_SOURCE} does not exist")
  endif()
endif()

# Debian's tarball lacks the bundled codecs and resampler; these are the system libraries instead.
set(_pj_configure_args
  --prefix=${_pj_prefix}
  --disable-shared
  --enable-epoll
  --disable-video --disable-sound --disable-pjsua2 --disable-upnp
  --with-external-speex --with-external-gsm --with-external-srtp
  # Debian's libuuid.a uses local-exec TLS, which no shared library can hold; pjlib then makes its
  # GUIDs from its own random strings (guid_simple.c, its Linux default without libuuid).
  --disable-libuuid
  --enable-speex-resample
  --disable-g7221-codec --disable-ilbc-codec --disable-libyuv --disable-libwebrtc
  --disable-sdl --disable-ffmpeg --disable-v4l2 --disable-openh264 --disable-vpx --disable-bcg729
  ${PJSUA4J_CONFIGURE_HOST})
if(PJSUA4J_HOST_TRIPLET)
  # Cross-compiling, pjproject's configure leaves TLS out unless told where OpenSSL is; the foreign
  # architecture's libssl-dev is in /usr (multiarch).
  list(APPEND _pj_configure_args --with-ssl=/usr)
endif()
set(_pj_cflags "-O2 -g -fPIC -DNDEBUG -I${PJ4J_DEPS_PREFIX}/include")
set(_pj_ldflags "-L${PJ4J_DEPS_PREFIX}/lib")
# The static libsrtp2.a links only with libcrypto; without it configure's checks for srtp_shutdown
# fail, pjmedia never shuts libsrtp down, and the next endpoint's srtp_init fails ("unsupported parameter").
set(_pj_libs_for_checks "-lcrypto")

file(READ "${CMAKE_CURRENT_LIST_DIR}/config_site.h" _pj_config_site)
if(IS_DIRECTORY "${_pj_origin}")
  set(_pj_origin_id "${_pj_origin}")
else()
  file(SHA256 "${_pj_origin}" _pj_origin_id)
endif()
# Fixes of ours to pjproject's own code, each a patch with its reason at the top (third_party/patches).
# A tree that already has one, or has changed around it, stops the build: PJPROJECT_PATCHES=OFF
# builds such a tree as it is.
option(PJPROJECT_PATCHES "apply third_party/patches to the pjproject tree" ON)
set(_pj_patch_ids "")
if(PJPROJECT_PATCHES)
  file(GLOB _pj_patches "${CMAKE_CURRENT_LIST_DIR}/patches/*.patch")
  list(SORT _pj_patches)
  foreach(_p ${_pj_patches})
    file(SHA256 "${_p}" _p_id)
    string(APPEND _pj_patch_ids "${_p_id};")
  endforeach()
endif()
# The pjsua app is a test peer; the Debian 11 build of the shipped library does without it.
option(PJPROJECT_PJSUA_APP "also build pjproject's pjsua app (the tests' peer)" ON)
set(_pj_build_input "${_pj_origin_id}|${_pj_patch_ids}|${_pj_configure_args}|${_pj_cflags}|${_pj_libs_for_checks}|${_pj_config_site}|${PJ4J_DEPS_BUILD_ID}|${CMAKE_C_COMPILER}")
if(NOT PJPROJECT_PJSUA_APP)
  string(APPEND _pj_build_input "|no pjsua app")
endif()
string(SHA256 _pj_build_id "${_pj_build_input}")
set(_pj_stamp "${_pj_root}/built.stamp")

set(_pj_have "")
if(EXISTS "${_pj_stamp}")
  file(READ "${_pj_stamp}" _pj_have)
endif()

if(NOT _pj_have STREQUAL _pj_build_id)
  message(STATUS "pjproject: building from ${_pj_origin}")
  file(REMOVE_RECURSE "${_pj_root}")
  pj4j_unpack_source("${_pj_origin}" "${_pj_src}" "pjproject")
  if(NOT EXISTS "${_pj_src}/pjsip/include/pjsua-lib/pjsua.h")
    message(FATAL_ERROR "${_pj_origin} is not a pjproject source tree (no pjsip/include/pjsua-lib/pjsua.h)")
  endif()
  foreach(_p ${_pj_patches})
    get_filename_component(_p_name "${_p}" NAME)
    message(STATUS "pjproject: applying ${_p_name}")
    execute_process(COMMAND patch -p1 --forward --batch --input "${_p}" WORKING_DIRECTORY "${_pj_src}"
      OUTPUT_VARIABLE _p_out ERROR_VARIABLE _p_out RESULT_VARIABLE _rc)
    if(NOT _rc EQUAL 0)
      message(FATAL_ERROR "pjproject: ${_p_name} does not apply to ${_pj_origin}:\n${_p_out}"
        "If this pjproject already has the fix, configure with -DPJPROJECT_PATCHES=OFF (Maven: -Dpjproject.patches=false).")
    endif()
  endforeach()
  configure_file("${CMAKE_CURRENT_LIST_DIR}/config_site.h" "${_pj_src}/pjlib/include/pj/config_site.h" COPYONLY)
  # The DFSG tarball drops this BlueDragon device source, but pjmedia's makefile still lists it.
  set(_bdimad "${_pj_src}/pjmedia/src/pjmedia-audiodev/bdimad_dev.c")
  if(NOT EXISTS "${_bdimad}")
    file(WRITE "${_bdimad}" "/* Removed from Debian's source; pjmedia's makefile still names it. */\n")
  endif()

  foreach(_step
      "./configure;${_pj_configure_args};CC=${CMAKE_C_COMPILER};CFLAGS=${_pj_cflags};LDFLAGS=${_pj_ldflags};LIBS=${_pj_libs_for_checks}"
      "make;dep"
      "make;-j${PJ4J_JOBS};lib"
      "make;-C;pjsip-apps/build;-j${PJ4J_JOBS};pjsua"
      "make;install")
    if(NOT PJPROJECT_PJSUA_APP AND _step MATCHES "pjsip-apps")
      continue()
    endif()
    string(REPLACE ";" " " _shown "${_step}")
    message(STATUS "pjproject: ${_shown}")
    execute_process(COMMAND ${_step} WORKING_DIRECTORY "${_pj_src}"
      OUTPUT_FILE "${_pj_root}/build.log" ERROR_FILE "${_pj_root}/build.log"
      RESULT_VARIABLE _rc)
    if(NOT _rc EQUAL 0)
      message(FATAL_ERROR "pjproject: '${_shown}' failed; see ${_pj_root}/build.log")
    endif()
  endforeach()
  file(WRITE "${_pj_stamp}" "${_pj_build_id}")
endif()

file(STRINGS "${_pj_src}/version.mak" _pj_ver_lines REGEX "PJ_VERSION_(MAJOR|MINOR|REV|SUFFIX) *:=")
set(PJPROJECT_VERSION "")
foreach(_part MAJOR MINOR REV)
  foreach(_l ${_pj_ver_lines})
    if(_l MATCHES "PJ_VERSION_${_part} *:= *([0-9]*)")
      if(NOT CMAKE_MATCH_1 STREQUAL "")
        if(PJPROJECT_VERSION STREQUAL "")
          set(PJPROJECT_VERSION "${CMAKE_MATCH_1}")
        else()
          string(APPEND PJPROJECT_VERSION ".${CMAKE_MATCH_1}")
        endif()
      endif()
    endif()
  endforeach()
endforeach()
message(STATUS "pjproject: version ${PJPROJECT_VERSION} from ${_pj_origin}")

find_package(PkgConfig REQUIRED)
set(ENV{PKG_CONFIG_PATH} "${_pj_prefix}/lib/pkgconfig")
execute_process(COMMAND ${PKG_CONFIG_EXECUTABLE} --static --libs libpjproject
  OUTPUT_VARIABLE _pj_libs OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE _rc)
execute_process(COMMAND ${PKG_CONFIG_EXECUTABLE} --cflags-only-other libpjproject
  OUTPUT_VARIABLE _pj_cdefs OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "pjproject: pkg-config cannot read ${_pj_prefix}/lib/pkgconfig/libpjproject.pc")
endif()
separate_arguments(_pj_libs UNIX_COMMAND "${_pj_libs}")
separate_arguments(_pj_cdefs UNIX_COMMAND "${_pj_cdefs}")

# Everything pjproject links but glibc goes in as a static archive (deps.cmake's, or Debian's where
# those are position-independent), so the library needs no package beside the C library where it runs.
set(_pj_link)
foreach(_l ${_pj_libs})
  if(_l STREQUAL "-lstdc++")
    continue() # named by the .pc for pjsua2, the C++ layer, which is not built
  endif()
  if(_l MATCHES "^-l(srtp2|opus|ssl|crypto|gsm|speex|speexdsp)$")
    set(_name "${CMAKE_MATCH_1}")
    if(EXISTS "${PJ4J_DEPS_PREFIX}/lib/lib${_name}.a")
      list(APPEND _pj_link "${PJ4J_DEPS_PREFIX}/lib/lib${_name}.a")
    else()
      find_library(PJ4J_STATIC_${_name} NAMES "lib${_name}.a" REQUIRED)
      list(APPEND _pj_link "${PJ4J_STATIC_${_name}}")
    endif()
  else()
    list(APPEND _pj_link "${_l}")
  endif()
endforeach()
# The static libcrypto calls dlopen; before glibc 2.34 that is libdl's.
list(APPEND _pj_link ${CMAKE_DL_LIBS})

add_library(pjproject::pjsua INTERFACE IMPORTED)
target_include_directories(pjproject::pjsua INTERFACE "${_pj_prefix}/include")
target_compile_options(pjproject::pjsua INTERFACE ${_pj_cdefs} -DNDEBUG)
target_link_libraries(pjproject::pjsua INTERFACE ${_pj_link})

set(PJPROJECT_INCLUDE_DIR "${_pj_prefix}/include")
