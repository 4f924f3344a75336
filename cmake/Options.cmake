# Every build option in one place.
option(CC_WERROR "Treat warnings in our own code as errors" OFF)
option(CC_BUILD_GUI "Build the desktop application (Qt Widgets)" ON)
option(CC_BUILD_SERVER "Build tsm-refserver (needs libpq and cpp-httplib)" ON)
option(CC_BUILD_TESTS "Build the unit, integration and GUI tests" ON)
option(CC_BUILD_BENCH "Build the benchmarks" ON)
option(CC_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

if(CC_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
