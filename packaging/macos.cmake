# macOS disk image (DragNDrop). Included from packaging/CMakeLists.txt on APPLE only.
# Untested: no Mac builds this project yet (see docs/packaging.md). The app target is not a
# MACOSX_BUNDLE yet, and macdeployqt, the Graphviz plugins and signing are not wired in; this
# file keeps the disk-image settings in one place for when they are.
set(CPACK_GENERATOR "DragNDrop;TGZ")
set(CPACK_DMG_VOLUME_NAME "Command Center ${CPACK_PACKAGE_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_SYSTEM_NAME "macOS")
# A bundle icon (.icns) made from the SVG is expected at packaging/macos/command-center.icns.
if(EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/macos/command-center.icns")
  set(CPACK_BUNDLE_ICON "${CMAKE_CURRENT_SOURCE_DIR}/macos/command-center.icns")
endif()
unset(CPACK_PACKAGE_ICON)
