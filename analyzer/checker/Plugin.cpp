//===- Plugin.cpp - Register the dmasafe checkers with the analyzer -------===//
//
// Loaded with `clang -cc1 -load dmasafe-analyzer.so` (or -fplugin=): the
// analyzer calls clang_registerCheckers, which adds the package `dmasafe`:
// the hidden modeling checker that owns the state and the options, and the
// user-facing checkers, each only switching its reports on.
//
//===----------------------------------------------------------------------===//
#include "CacheCoherence.h"
#include "DmaChecker.h"
#include "RegisterTransfers.h"
#include "SelfRace.h"
#include "Summaries.h"
#include "semantics/Findings.h"

#include "clang/Basic/TargetInfo.h"
#include "clang/StaticAnalyzer/Core/AnalyzerOptions.h"
#include "clang/StaticAnalyzer/Frontend/CheckerRegistry.h"

using namespace clang;
using namespace ento;
using namespace dmasafe;

namespace {

constexpr const char *Modeling = "dmasafe.DmaModeling";
constexpr const char *RegisterModeling = "dmasafe.RegisterModeling";
constexpr const char *SelfRaceModeling = "dmasafe.SelfRaceModeling";
constexpr const char *Summaries = "dmasafe.Summaries";
constexpr const char *ClangTidyHost = "core.DynamicTypePropagation";
constexpr const char *DocsUri =
    "docs/checks/README.md"; // relative to the dmasafe source tree

bool shouldRegister(const CheckerManager &) { return true; }

/// Enabling package `dmasafe` turns dmasafe.Summaries on too; without a
/// file to write it would only cost time.
bool shouldRegisterSummaries(const CheckerManager &Mgr) {
  return !Mgr.getAnalyzerOptions()
              .getCheckerStringOption(Summaries, "Output")
              .empty();
}

void registerModeling(CheckerManager &Mgr) {
  DmaChecker *Chk = Mgr.registerChecker<DmaChecker>();
  registerPlacementTests(Mgr);
  const AnalyzerOptions &Opts = Mgr.getAnalyzerOptions();
  Chk->loadModels(Opts.getCheckerStringOption(Chk, "ModelFiles"),
                  Opts.getCheckerBooleanOption(Chk, "ParseUnusedModels"),
                  Mgr.getASTContext().getDiagnostics());
}

void registerRegisterModeling(CheckerManager &Mgr) {
  Mgr.registerChecker<RegisterTransfers>()->Chk = Mgr.getChecker<DmaChecker>();
}

void registerSelfRaceModeling(CheckerManager &Mgr) {
  Mgr.registerChecker<SelfRace>()->Chk = Mgr.getChecker<DmaChecker>();
}

/// Switches the reports of rule \p K on, under its bug type.
template <DmaChecker::CheckKind K>
void registerCheck(CheckerManager &Mgr, bool SuppressOnSink = false) {
  DmaChecker *Chk = Mgr.getChecker<DmaChecker>();
  Chk->enableCheck(K, Mgr.getCurrentCheckerName(),
                   bugTypeOf(static_cast<Finding>(K)), SuppressOnSink);
}

void registerInFlightAccess(CheckerManager &Mgr) {
  registerCheck<DmaChecker::CK_InFlightAccess>(Mgr);
  DmaChecker *Chk = Mgr.getChecker<DmaChecker>();
  const AnalyzerOptions &Opts = Mgr.getAnalyzerOptions();
  Chk->ReportTxReads = Opts.getCheckerBooleanOption(
      Mgr.getCurrentCheckerName(), "ReportTxReads");
  Chk->Pedantic =
      Opts.getCheckerBooleanOption(Mgr.getCurrentCheckerName(), "Pedantic");
}

void registerReleaseInFlight(CheckerManager &Mgr) {
  registerCheck<DmaChecker::CK_ReleaseInFlight>(Mgr);
  DmaChecker *Chk = Mgr.getChecker<DmaChecker>();
  StringRef Names = Mgr.getAnalyzerOptions().getCheckerStringOption(
      Mgr.getCurrentCheckerName(), "Deallocators");
  SmallVector<StringRef, 4> Parts;
  Names.split(Parts, ';', -1, /*KeepEmpty=*/false);
  for (StringRef N : Parts)
    if (!N.trim().empty())
      Chk->ExtraDeallocators.insert(N.trim());
}

void registerDoubleStart(CheckerManager &Mgr) {
  registerCheck<DmaChecker::CK_DoubleStart>(Mgr);
}
void registerLostTransfer(CheckerManager &Mgr) {
  registerCheck<DmaChecker::CK_LostTransfer>(Mgr, /*SuppressOnSink=*/true);
}
void registerUnfitStorage(CheckerManager &Mgr) {
  registerCheck<DmaChecker::CK_UnfitStorage>(Mgr);
}
void registerTransferLength(CheckerManager &Mgr) {
  registerCheck<DmaChecker::CK_TransferLength>(Mgr);
}
void registerMappingDiscipline(CheckerManager &Mgr) {
  registerCheck<DmaChecker::CK_MappingDiscipline>(Mgr);
}
/// The target's cache, from -target-cpu / --target and the options.
void registerCacheCoherence(CheckerManager &Mgr) {
  registerCheck<DmaChecker::CK_CacheCoherence>(Mgr);
  CacheCoherence *Cache = Mgr.registerChecker<CacheCoherence>();
  Cache->Chk = Mgr.getChecker<DmaChecker>();
  const AnalyzerOptions &Opts = Mgr.getAnalyzerOptions();
  CheckerNameRef Name = Mgr.getCurrentCheckerName();
  StringRef Presence = Opts.getCheckerStringOption(Name, "DataCache");
  std::optional<DataCachePresence> P = parseDataCachePresence(Presence);
  if (!P) {
    Mgr.reportInvalidCheckerOptionValue(Cache, "DataCache",
                                        "one of auto, present, absent");
    P = DataCachePresence::Auto;
  }
  int Line = Opts.getCheckerIntegerOption(Name, "CacheLineSize");
  if (Line < 0 || (Line & (Line - 1)) != 0) {
    Mgr.reportInvalidCheckerOptionValue(
        Cache, "CacheLineSize", "0 (the core's) or a power of two (bytes)");
    Line = 0;
  }
  const TargetInfo &Target = Mgr.getASTContext().getTargetInfo();
  Cache->Cache.emplace(Target.getTriple().str(), Target.getTargetOpts().CPU, *P,
                       static_cast<unsigned>(Line),
                       Opts.getCheckerStringOption(Name, "NonCacheableSections"));
}

void registerAnnotationMisuse(CheckerManager &Mgr) {
  registerCheck<DmaChecker::CK_AnnotationMisuse>(Mgr);
}

/// The registration of each rule's checker: a rule of Findings.def without
/// one does not compile (-Wswitch -Werror).
void (*registrationOf(Finding F))(CheckerManager &) {
  switch (F) {
  case Finding::InFlightAccess:
    return registerInFlightAccess;
  case Finding::ReleaseInFlight:
    return registerReleaseInFlight;
  case Finding::DoubleStart:
    return registerDoubleStart;
  case Finding::LostTransfer:
    return registerLostTransfer;
  case Finding::UnfitStorage:
    return registerUnfitStorage;
  case Finding::TransferLength:
    return registerTransferLength;
  case Finding::MappingDiscipline:
    return registerMappingDiscipline;
  case Finding::CacheCoherence:
    return registerCacheCoherence;
  case Finding::AnnotationMisuse:
    return registerAnnotationMisuse;
  }
  llvm_unreachable("every rule has its checker");
}

} // namespace

// The two symbols clang looks up in a plugin (the rest is hidden).
extern "C" DMASAFE_PLUGIN_EXPORT const char
    clang_analyzerAPIVersionString[] =
    CLANG_ANALYZER_API_VERSION_STRING;

extern "C" DMASAFE_PLUGIN_EXPORT void
clang_registerCheckers(CheckerRegistry &Registry) {
  Registry.addChecker(registerModeling, shouldRegister, Modeling,
                      "Models DMA transfers from annotations and model files "
                      "(used by the other dmasafe checkers)",
                      DocsUri, /*IsHidden=*/true);
  Registry.addCheckerOption("string", Modeling, "ModelFiles", "",
                            "';'-separated list of YAML model files "
                            "describing vendor DMA APIs",
                            "released");
  Registry.addCheckerOption("bool", Modeling, "ParseUnusedModels", "false",
                            "Parse every model file, also those describing "
                            "no name the translation unit mentions (which "
                            "are otherwise skipped unread: their errors show "
                            "only where they are used)",
                            "released");

  Registry.addChecker(registerRegisterModeling, shouldRegister,
                      RegisterModeling,
                      "Models DMA transfers programmed through the registers "
                      "of a DMA controller (register blocks of model files)",
                      DocsUri, /*IsHidden=*/true);
  Registry.addDependency(RegisterModeling, Modeling);
  Registry.addChecker(registerSelfRaceModeling, shouldRegister,
                      SelfRaceModeling,
                      "Reports a function that writes a static buffer its "
                      "previous call left in flight (InFlightAccess)",
                      DocsUri, /*IsHidden=*/true);
  Registry.addDependency(SelfRaceModeling, Modeling);
  // `dmasafe summarize`: reports nothing, writes the contracts the bodies
  // give their functions (Summaries.h); registered only with an Output.
  Registry.addChecker(registerSummaries, shouldRegisterSummaries, Summaries,
                      "Writes the DMA contracts each function has from its "
                      "body as a model file (dmasafe summarize)",
                      DocsUri, /*IsHidden=*/true);
  Registry.addDependency(Summaries, Modeling);
  Registry.addCheckerOption("string", Summaries, "Output", "",
                            "The model file to write the unit's derived "
                            "contracts to",
                            "released");
  Registry.addCheckerOption("string", Summaries, "Previous", "",
                            "The summary of the last round (one of the "
                            "model files): its contracts are derived again",
                            "released");

  for (Finding F : allFindings()) {
    StringRef Name = analyzerCheckerName(F);
    Registry.addChecker(registrationOf(F), shouldRegister, Name,
                        descriptionOf(F), docsPage(F), /*IsHidden=*/false);
    Registry.addDependency(Name, Modeling);
    Registry.addDependency(Name, RegisterModeling);
    Registry.addDependency(Name, SelfRaceModeling);
  }

  // clang-tidy integration. clang-tidy passes -analyzer-checker for the
  // analyzer checkers built into it (a plugin's are unknown to it) and
  // always for every `core.*` one. Making a built-in core checker depend on
  // the dmasafe checkers enables them whenever core is on, so
  // `clang-tidy --extra-arg=-fplugin=<plugin>
  //   -checks='-*,clang-analyzer-core.*,clang-analyzer-dmasafe.*'` runs them.
  // The host is core.DynamicTypePropagation: modeling of Objective-C/C++
  // dynamic types that C code does not need. Consequences, documented in
  // docs/checks/README.md: with the plugin loaded, `clang --analyze` (core is
  // on by default) runs every dmasafe checker; explicitly disabling a dmasafe
  // checker also turns the host off.
  for (Finding F : allFindings())
    Registry.addDependency(ClangTidyHost, analyzerCheckerName(F));

  Registry.addCheckerOption("bool", "dmasafe.InFlightAccess", "ReportTxReads",
                            "false",
                            "Also report CPU reads of a memory-to-device "
                            "buffer in flight",
                            "released");
  Registry.addCheckerOption("bool", "dmasafe.InFlightAccess", "Pedantic",
                            "false",
                            "Count passing an in-flight buffer to an unknown "
                            "function (no body, no contract) as an access",
                            "released");
  Registry.addCheckerOption("string", "dmasafe.CacheCoherence", "DataCache",
                            "auto",
                            "Whether the core has a data cache: auto (from "
                            "the target CPU: Cortex-M7/M55/M85, bare-metal "
                            "Cortex-A/R and AArch64), present or absent",
                            "released");
  Registry.addCheckerOption("int", "dmasafe.CacheCoherence", "CacheLineSize",
                            "0",
                            "The data cache line size in bytes (0: the "
                            "core's, 32 on Cortex-M)",
                            "released");
  Registry.addCheckerOption("string", "dmasafe.CacheCoherence",
                            "NonCacheableSections", "",
                            "';'-separated linker sections that are not "
                            "cached, besides .nocache, NonCacheable, "
                            ".noncacheable and .uncached (e.g. .RAM_D2)",
                            "released");
  Registry.addCheckerOption("string", "dmasafe.ReleaseInFlight",
                            "Deallocators", "",
                            "';'-separated names of extra free-like functions "
                            "(pointer is the first argument)",
                            "released");
}
