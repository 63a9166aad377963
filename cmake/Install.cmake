# `cmake --install BUILD --prefix PREFIX` and the Debian package (CPack DEB).
#
#   PREFIX/bin/dmasafe                     the CLI (finds the rest from here)
#   PREFIX/lib/dmasafe/llvm-N/dmasafe-*.so the analyzer and clang-tidy plugins
#                                          for LLVM N (one directory per LLVM
#                                          major: this build's, and those of
#                                          DMASAFE_PLUGIN_BUILDS)
#   PREFIX/share/dmasafe/python/           the CLI's code
#   PREFIX/share/dmasafe/models/*.yaml     the API models (default of both)
#   PREFIX/share/dmasafe/include/dmasafe/  headers for the analysis (-I)
#   PREFIX/include/dmasafe/                the same headers for user builds
#   PREFIX/share/dmasafe/pre-commit        the git hook
#   PREFIX/share/doc/dmasafe/              docs (SARIF help links point here)
#
# Every path is relative to the prefix, so the tree can be moved (a package
# unpacked elsewhere, a CI cache) and still works.
include(GNUInstallDirs)

set(DMASAFE_INSTALL_PLUGINROOT "${CMAKE_INSTALL_LIBDIR}/dmasafe")
set(DMASAFE_INSTALL_PLUGINDIR "${DMASAFE_INSTALL_PLUGINROOT}/llvm-${DMASAFE_LLVM_MAJOR}")
set(DMASAFE_INSTALL_DATADIR "${CMAKE_INSTALL_DATADIR}/dmasafe")
set(DMASAFE_INSTALL_DOCDIR "${CMAKE_INSTALL_DATADIR}/doc/dmasafe")

# The tidy plugin loads PREFIX/share/dmasafe/models by default, found from
# its own location (analyzer/tidy/ModelPaths.cpp).
file(RELATIVE_PATH DMASAFE_MODELS_FROM_PLUGIN
  "/prefix/${DMASAFE_INSTALL_PLUGINDIR}" "/prefix/${DMASAFE_INSTALL_DATADIR}/models")
target_compile_definitions(dmasafe-tidy PRIVATE
  DMASAFE_MODELS_FROM_PLUGIN="${DMASAFE_MODELS_FROM_PLUGIN}")

install(TARGETS dmasafe-analyzer dmasafe-tidy
  LIBRARY DESTINATION "${DMASAFE_INSTALL_PLUGINDIR}")

# Plugins of other LLVM majors, each built in a build directory of its own
# (a plugin loads only into the clang it was built for): the install and the
# package ship them beside this build's, and the CLI picks the set that
# matches the clang it runs.
set(DMASAFE_PLUGIN_BUILDS "" CACHE STRING
  "Build directories (one per other LLVM major) whose plugins are installed too")
set(DMASAFE_INSTALLED_MAJORS "${DMASAFE_LLVM_MAJOR}")
set(DMASAFE_INSTALLED_LLVM_BINS "\"${DMASAFE_LLVM_MAJOR}\": \"${DMASAFE_LLVM_BIN}\"")
foreach(other_build IN LISTS DMASAFE_PLUGIN_BUILDS)
  load_cache("${other_build}" READ_WITH_PREFIX other_ DMASAFE_LLVM_MAJOR DMASAFE_LLVM_BIN)
  if(NOT other_DMASAFE_LLVM_MAJOR)
    message(FATAL_ERROR "DMASAFE_PLUGIN_BUILDS: ${other_build} is not a configured dmasafe build")
  endif()
  if(other_DMASAFE_LLVM_MAJOR IN_LIST DMASAFE_INSTALLED_MAJORS)
    message(FATAL_ERROR "DMASAFE_PLUGIN_BUILDS: ${other_build} is for LLVM "
                        "${other_DMASAFE_LLVM_MAJOR}, which is already installed")
  endif()
  list(APPEND DMASAFE_INSTALLED_MAJORS "${other_DMASAFE_LLVM_MAJOR}")
  string(APPEND DMASAFE_INSTALLED_LLVM_BINS
    ", \"${other_DMASAFE_LLVM_MAJOR}\": \"${other_DMASAFE_LLVM_BIN}\"")
  install(FILES "${other_build}/lib/dmasafe-analyzer.so" "${other_build}/lib/dmasafe-tidy.so"
    DESTINATION "${DMASAFE_INSTALL_PLUGINROOT}/llvm-${other_DMASAFE_LLVM_MAJOR}")
endforeach()
# The installed CLI knows each installed major's LLVM bin/.
configure_file("${PROJECT_SOURCE_DIR}/tools/dmasafe-installed.in"
  "${PROJECT_BINARY_DIR}/tools/dmasafe" @ONLY)
install(PROGRAMS "${PROJECT_BINARY_DIR}/tools/dmasafe" DESTINATION "${CMAKE_INSTALL_BINDIR}")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/tools/dmasafe_cli"
  DESTINATION "${DMASAFE_INSTALL_DATADIR}/python"
  FILES_MATCHING PATTERN "*.py" PATTERN "__pycache__" EXCLUDE)
install(PROGRAMS "${PROJECT_SOURCE_DIR}/tools/pre-commit" DESTINATION "${DMASAFE_INSTALL_DATADIR}")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/models/" DESTINATION "${DMASAFE_INSTALL_DATADIR}/models"
  FILES_MATCHING PATTERN "*.yaml")
foreach(dest "${DMASAFE_INSTALL_DATADIR}/include" "${CMAKE_INSTALL_INCLUDEDIR}")
  install(DIRECTORY "${PROJECT_SOURCE_DIR}/annotations/include/dmasafe"
                    "${PROJECT_SOURCE_DIR}/runtime/include/dmasafe"
    DESTINATION "${dest}" FILES_MATCHING PATTERN "*.h")
endforeach()
install(DIRECTORY "${PROJECT_SOURCE_DIR}/docs/" DESTINATION "${DMASAFE_INSTALL_DOCDIR}")
install(FILES "${PROJECT_SOURCE_DIR}/README.md" DESTINATION "${DMASAFE_INSTALL_DOCDIR}")

# cpack -G DEB (in the build directory): dmasafe_<version>_<arch>.deb. Each
# plugin loads only into Debian's clang of its major: one of them is needed
# (with several majors installed, any one of their clangs will do).
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "dmasafe")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "dmasafe maintainers <dmasafe@invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
  "DMA buffer-ownership checks for C firmware (Clang analyzer and clang-tidy plugins)")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(DMASAFE_DEB_DEPENDS)
foreach(tool clang clang-tidy clang-tools libllvm)
  set(alternatives)
  foreach(major IN LISTS DMASAFE_INSTALLED_MAJORS)
    if(tool STREQUAL "libllvm")
      list(APPEND alternatives "libllvm${major}")
    else()
      list(APPEND alternatives "${tool}-${major}")
    endif()
  endforeach()
  list(JOIN alternatives " | " alternatives)
  list(APPEND DMASAFE_DEB_DEPENDS "${alternatives}")
endforeach()
list(INSERT DMASAFE_DEB_DEPENDS 3 "python3 (>= 3.9)" "bear")
list(JOIN DMASAFE_DEB_DEPENDS ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gcc-arm-none-eabi, libnewlib-arm-none-eabi")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
include(CPack)
