# Builds pjproject's static libraries with its own autoconf build and exposes them as the imported
# target pjproject::pjsua. It runs at configure time, so the link line can be read from the
# libpjproject.pc that pjproject installs; a stamp keeps later configures from building it again.
#
#   PJPROJECT_SOURCE  a pjproject source directory or release tarball; empty means Debian's component
#                     tarball, fetched by fetch-pjproject.sh into PJSUA4J_CACHE_DIR.

set(PJPROJECT_SOURCE "" CACHE STRING "pjproject source directory or tarball (default: Debian's asterisk component tarball)")
set(PJSUA4J_CACHE_DIR "" CACHE PATH "where the downloaded pjproject tarball is kept (default: ~/.cache/pjsua4j)")

set(_pj_root "${CMAKE_BINARY_DIR}/pjproject")
set(_pj_src "${_pj_root}/src")
set(_pj_prefix "${_pj_root}/install")

if(PJPROJECT_SOURCE STREQUAL "")
  set(_fetch_args)
  if(NOT PJSUA4J_CACHE_DIR STREQUAL "")
    list(APPEND _fetch_args "${PJSUA4J_CACHE_DIR}")
  endif()
  execute_process(
    COMMAND bash "${CMAKE_CURRENT_LIST_DIR}/fetch-pjproject.sh" ${_fetch_args}
    OUTPUT_VARIABLE _pj_origin OUTPUT_STRIP_TRAILING_WHITESPACE
    RESULT_VARIABLE _rc)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "Fetching pjproject from Debian's archive failed; set -DPJPROJECT_SOURCE=<dir or tarball> to build another copy.")
  endif()
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
  --enable-speex-resample
  --disable-g7221-codec --disable-ilbc-codec --disable-libyuv --disable-libwebrtc
  --disable-sdl --disable-ffmpeg --disable-v4l2 --disable-openh264 --disable-vpx --disable-bcg729)
set(_pj_cflags "-O2 -g -fPIC -DNDEBUG")

file(READ "${CMAKE_CURRENT_LIST_DIR}/config_site.h" _pj_config_site)
if(IS_DIRECTORY "${_pj_origin}")
  set(_pj_origin_id "${_pj_origin}")
else()
  file(SHA256 "${_pj_origin}" _pj_origin_id)
endif()
string(SHA256 _pj_build_id "${_pj_origin_id}|${_pj_configure_args}|${_pj_cflags}|${_pj_config_site}")
set(_pj_stamp "${_pj_root}/built.stamp")

set(_pj_have "")
if(EXISTS "${_pj_stamp}")
  file(READ "${_pj_stamp}" _pj_have)
endif()

if(NOT _pj_have STREQUAL _pj_build_id)
  message(STATUS "pjproject: building from ${_pj_origin}")
  file(REMOVE_RECURSE "${_pj_root}")
  file(MAKE_DIRECTORY "${_pj_src}")
  if(IS_DIRECTORY "${_pj_origin}")
    # autoconf builds pjproject inside its source tree; a copy leaves the user's tree untouched.
    file(COPY "${_pj_origin}/" DESTINATION "${_pj_src}")
  else()
    file(ARCHIVE_EXTRACT INPUT "${_pj_origin}" DESTINATION "${_pj_root}/unpack")
    file(GLOB _pj_top LIST_DIRECTORIES true "${_pj_root}/unpack/*")
    list(LENGTH _pj_top _n)
    if(NOT _n EQUAL 1)
      message(FATAL_ERROR "${_pj_origin} does not unpack to one pjproject directory")
    endif()
    file(REMOVE "${_pj_src}")
    file(RENAME "${_pj_top}" "${_pj_src}")
  endif()
  if(NOT EXISTS "${_pj_src}/pjsip/include/pjsua-lib/pjsua.h")
    message(FATAL_ERROR "${_pj_origin} is not a pjproject source tree (no pjsip/include/pjsua-lib/pjsua.h)")
  endif()
  configure_file("${CMAKE_CURRENT_LIST_DIR}/config_site.h" "${_pj_src}/pjlib/include/pj/config_site.h" COPYONLY)
  # The DFSG tarball drops this BlueDragon device source, but pjmedia's makefile still lists it.
  set(_bdimad "${_pj_src}/pjmedia/src/pjmedia-audiodev/bdimad_dev.c")
  if(NOT EXISTS "${_bdimad}")
    file(WRITE "${_bdimad}" "/* Removed from Debian's source; pjmedia's makefile still names it. */\n")
  endif()

  include(ProcessorCount)
  ProcessorCount(_jobs)
  if(_jobs EQUAL 0)
    set(_jobs 2)
  endif()
  foreach(_step
      "./configure;${_pj_configure_args};CFLAGS=${_pj_cflags}"
      "make;dep"
      "make;-j${_jobs};lib"
      "make;-C;pjsip-apps/build;-j${_jobs};pjsua"
      "make;install")
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

add_library(pjproject::pjsua INTERFACE IMPORTED)
target_include_directories(pjproject::pjsua INTERFACE "${_pj_prefix}/include")
target_compile_options(pjproject::pjsua INTERFACE ${_pj_cdefs} -DNDEBUG)
target_link_libraries(pjproject::pjsua INTERFACE ${_pj_libs})

set(PJPROJECT_INCLUDE_DIR "${_pj_prefix}/include")
