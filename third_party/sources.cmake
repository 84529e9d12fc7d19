# Getting third-party sources: Debian's tarballs, cached outside the build tree, or the user's own copy.
set(PJSUA4J_CACHE_DIR "" CACHE PATH "where downloaded source tarballs are kept (default: ~/.cache/pjsua4j)")

# make -j for the third-party autoconf builds.
include(ProcessorCount)
ProcessorCount(PJ4J_JOBS)
if(PJ4J_JOBS EQUAL 0)
  set(PJ4J_JOBS 2)
endif()

# pj4j_unpack_source(ORIGIN DEST NAME): DEST becomes a fresh copy of ORIGIN, a source directory (copied,
# since autoconf builds inside the tree and the user's copy stays untouched) or a tarball holding one
# top directory.
function(pj4j_unpack_source _origin _dest _name)
  get_filename_component(_parent "${_dest}" DIRECTORY)
  file(REMOVE_RECURSE "${_dest}" "${_parent}/unpack")
  if(IS_DIRECTORY "${_origin}")
    file(MAKE_DIRECTORY "${_dest}")
    file(COPY "${_origin}/" DESTINATION "${_dest}")
    return()
  endif()
  file(ARCHIVE_EXTRACT INPUT "${_origin}" DESTINATION "${_parent}/unpack")
  file(GLOB _top LIST_DIRECTORIES true "${_parent}/unpack/*")
  list(LENGTH _top _n)
  if(NOT _n EQUAL 1)
    message(FATAL_ERROR "${_origin} does not unpack to one ${_name} directory")
  endif()
  file(RENAME "${_top}" "${_dest}")
  file(REMOVE_RECURSE "${_parent}/unpack")
endfunction()

# pj4j_fetch_debian_source(OUT PACKAGE GLOB WHAT): OUT is the cached path of a Debian source tarball,
# downloaded by fetch-debian-source.sh into PJSUA4J_CACHE_DIR on first use.
function(pj4j_fetch_debian_source _out _package _glob _what)
  set(_args "${_package}" "${_glob}")
  if(NOT PJSUA4J_CACHE_DIR STREQUAL "")
    list(APPEND _args "${PJSUA4J_CACHE_DIR}")
  endif()
  execute_process(
    COMMAND bash "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/fetch-debian-source.sh" ${_args}
    OUTPUT_VARIABLE _path OUTPUT_STRIP_TRAILING_WHITESPACE
    RESULT_VARIABLE _rc)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "Fetching ${_what} from Debian's archive failed; point its source option at a directory or tarball to build another copy.")
  endif()
  set(${_out} "${_path}" PARENT_SCOPE)
endfunction()
