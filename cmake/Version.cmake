# CC_VERSION_STRING: `git describe` when built from a checkout, else the project version
# (a source tarball or an installed package carries no .git).
set(CC_VERSION_STRING "${PROJECT_VERSION}")
find_package(Git QUIET)
if(GIT_FOUND AND EXISTS "${PROJECT_SOURCE_DIR}/.git")
  execute_process(
    COMMAND "${GIT_EXECUTABLE}" describe --tags --always --dirty
    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
    OUTPUT_VARIABLE _cc_describe
    OUTPUT_STRIP_TRAILING_WHITESPACE
    ERROR_QUIET
    RESULT_VARIABLE _cc_describe_rc)
  if(_cc_describe_rc EQUAL 0 AND _cc_describe)
    if(_cc_describe MATCHES "^v?[0-9]+\\.[0-9]+")
      set(CC_VERSION_STRING "${_cc_describe}")
    else()
      set(CC_VERSION_STRING "${PROJECT_VERSION}+g${_cc_describe}")
    endif()
  endif()
endif()
message(STATUS "Command Center version: ${CC_VERSION_STRING}")
