# SWIG -doxygen carries pjproject's doxygen comments into the raw layer's Javadoc, but SWIG 4.1's parser
# stops ("Syntax error in input") on two comment shapes pjproject's headers use:
#  - a member with a /** ... */ block before it and a /**< ... */ after it: here the trailing one becomes
#    a plain comment (the block before documents the member);
#  - "/** <" meant as a trailing member comment: written "/**<".
# pjsua4j_doxygen_headers copies the headers the .i files %include, so rewritten, into OUT, which SWIG
# searches first. The C compiler still sees pjproject's own headers; only SWIG's view of comments changes.
function(pjsua4j_doxygen_headers IN OUT)
  set(_headers)
  foreach(_i ${ARGN})
    file(STRINGS "${_i}" _lines REGEX "^%include <[^>]+\\.h>")
    foreach(_line ${_lines})
      string(REGEX REPLACE "^%include <([^>]+)>.*" "\\1" _h "${_line}")
      list(APPEND _headers "${_h}")
    endforeach()
  endforeach()
  list(REMOVE_DUPLICATES _headers)
  set(_outputs)
  foreach(_h ${_headers})
    file(READ "${IN}/${_h}" _text)
    string(REGEX REPLACE "\\*/\n([ \t]*[^\n/]*;)([ \t]*)/\\*\\*<" "*/\n\\1\\2/*<" _text "${_text}")
    string(REPLACE "/** <" "/**<" _text "${_text}")
    set(_old "")
    if(EXISTS "${OUT}/${_h}")
      file(READ "${OUT}/${_h}" _old)
    endif()
    if(NOT _old STREQUAL _text)
      file(WRITE "${OUT}/${_h}" "${_text}")
    endif()
    list(APPEND _outputs "${OUT}/${_h}")
  endforeach()
  set(PJSUA4J_DOXYGEN_HEADERS "${_outputs}" PARENT_SCOPE)
endfunction()
