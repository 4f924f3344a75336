# Every build option in one place.
option(CC_WERROR "Treat warnings in our own code as errors" OFF)
option(CC_BUILD_GUI "Build the desktop application (Qt Widgets)" ON)
option(CC_BUILD_SERVER "Build tsm-refserver (needs libpq and cpp-httplib)" ON)
option(CC_BUILD_TESTS "Build the unit, integration and GUI tests" ON)
option(CC_BUILD_BENCH "Build the benchmarks" ON)
option(CC_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(CC_FUZZ "Build only cc_core and the libFuzzer targets in tests/fuzz (clang)" OFF)

if(CC_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# Fuzzing: every object gets libFuzzer's coverage hooks and ASan + UBSan; the targets link
# the fuzzer's main (tests/fuzz/CMakeLists.txt).
if(CC_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "CC_FUZZ needs clang (libFuzzer): configure with CMAKE_CXX_COMPILER=clang++")
  endif()
  # -Wno-unknown-warning-option: the shared warning set has g++-only flags.
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -Wno-unknown-warning-option
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
