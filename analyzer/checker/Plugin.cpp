// Placeholder plugin entry; replaced by the checker (issue 3).
#include "clang/StaticAnalyzer/Frontend/CheckerRegistry.h"
extern "C" const char clang_analyzerAPIVersionString[] =
    CLANG_ANALYZER_API_VERSION_STRING;
extern "C" void clang_registerCheckers(clang::ento::CheckerRegistry &) {}
