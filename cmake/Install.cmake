# `cmake --install BUILD --prefix PREFIX` and the Debian package (CPack DEB).
#
#   PREFIX/bin/dmasafe                     the CLI (finds the rest from here)
#   PREFIX/lib/dmasafe/dmasafe-*.so        the analyzer and clang-tidy plugins
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

set(DMASAFE_INSTALL_PLUGINDIR "${CMAKE_INSTALL_LIBDIR}/dmasafe")
set(DMASAFE_INSTALL_DATADIR "${CMAKE_INSTALL_DATADIR}/dmasafe")
set(DMASAFE_INSTALL_DOCDIR "${CMAKE_INSTALL_DATADIR}/doc/dmasafe")

# The tidy plugin loads PREFIX/share/dmasafe/models by default, found from
# its own location (analyzer/tidy/ModelPaths.cpp).
file(RELATIVE_PATH DMASAFE_MODELS_FROM_PLUGIN
  "/prefix/${DMASAFE_INSTALL_PLUGINDIR}" "/prefix/${DMASAFE_INSTALL_DATADIR}/models")
target_compile_definitions(dmasafe-tidy PRIVATE
  DMASAFE_MODELS_FROM_PLUGIN="${DMASAFE_MODELS_FROM_PLUGIN}")

configure_file("${PROJECT_SOURCE_DIR}/tools/dmasafe-installed.in"
  "${PROJECT_BINARY_DIR}/tools/dmasafe" @ONLY)

install(PROGRAMS "${PROJECT_BINARY_DIR}/tools/dmasafe" DESTINATION "${CMAKE_INSTALL_BINDIR}")
install(TARGETS dmasafe-analyzer dmasafe-tidy
  LIBRARY DESTINATION "${DMASAFE_INSTALL_PLUGINDIR}")
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

# cpack -G DEB (in the build directory): dmasafe_<version>_<arch>.deb. The
# plugins load only into Debian's clang 19, hence the exact dependencies.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "dmasafe")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "dmasafe maintainers <dmasafe@invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
  "DMA buffer-ownership checks for C firmware (Clang analyzer and clang-tidy plugins)")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_PACKAGE_DEPENDS
  "clang-19, clang-tidy-19, clang-tools-19, python3 (>= 3.9), bear, libllvm19")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gcc-arm-none-eabi, libnewlib-arm-none-eabi")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
include(CPack)
