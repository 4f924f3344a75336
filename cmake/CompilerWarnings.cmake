# cc_set_warnings(target): the warning set for the project's own code.
# Third-party headers come in as SYSTEM includes, so -Werror only judges our code.
# -Wnull-dereference is left out: at -O2 g++ 12 reports checked QPointer and nlohmann
# lookups as "potential" null dereferences, which would fail CI on correct code.
function(cc_set_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wcast-align
    -Woverloaded-virtual -Wimplicit-fallthrough)
  if(CC_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
