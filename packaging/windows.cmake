# Windows installer (NSIS). Included from packaging/CMakeLists.txt on WIN32 only.
# Untested: no Windows machine builds this project yet (see docs/packaging.md). The Qt and
# Graphviz DLLs are not bundled here; windeployqt and the Graphviz plugin directory (with its
# `config6` file) must be added to the install tree before this makes a working installer.
set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_NSIS_DISPLAY_NAME "Command Center")
set(CPACK_NSIS_PACKAGE_NAME "Command Center ${CPACK_PACKAGE_VERSION}")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\command-center.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON) # offers to put command-center-cli on PATH
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Command Center.lnk' '$INSTDIR\\\\bin\\\\command-center.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\Command Center.lnk'")
# NSIS wants .ico/.bmp; an .ico made from the SVG is expected at packaging/windows/command-center.ico.
if(EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/windows/command-center.ico")
  set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_SOURCE_DIR}/windows/command-center.ico")
  set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_SOURCE_DIR}/windows/command-center.ico")
endif()
unset(CPACK_PACKAGE_ICON) # an SVG is not a valid NSIS header bitmap
