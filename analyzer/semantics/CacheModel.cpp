//===- CacheModel.cpp - Data caches of target cores -----------------------===//
#include "semantics/CacheModel.h"

#include "compat/LLVMCompat.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringSwitch.h"
#include DMASAFE_TRIPLE_HEADER

namespace dmasafe {

std::optional<DataCachePresence> parseDataCachePresence(llvm::StringRef S) {
  return llvm::StringSwitch<std::optional<DataCachePresence>>(S)
      .Case("auto", DataCachePresence::Auto)
      .Case("present", DataCachePresence::Present)
      .Case("absent", DataCachePresence::Absent)
      .Default(std::nullopt);
}

std::optional<TargetCache> targetCache(llvm::StringRef TripleName,
                                       llvm::StringRef Cpu) {
  llvm::Triple T(TripleName);
  // A hosted kernel or OS (Linux, Android, a desktop) keeps DMA coherent
  // through its mapping API: the firmware rules do not apply.
  if (T.getOS() != llvm::Triple::UnknownOS)
    return std::nullopt;
  if (T.isAArch64())
    return TargetCache{64};
  if (!T.isARM() && !T.isThumb())
    return std::nullopt;
  std::string C = Cpu.lower();
  llvm::StringRef Core(C);
  // Cortex-M cores with a data cache; the others (m0, m0plus, m1, m3, m4,
  // m23, m33, m35p, m52) have none.
  if (Core == "cortex-m7" || Core == "cortex-m55" || Core == "cortex-m85")
    return TargetCache{32};
  if (compat::startsWith(Core, "cortex-a") || compat::startsWith(Core, "cortex-r"))
    return TargetCache{32};
  return std::nullopt;
}

std::optional<CacheLineOp> cacheRegisterOp(llvm::StringRef Block,
                                           llvm::StringRef Member) {
  if (Block != "SCB_Type")
    return std::nullopt;
  return llvm::StringSwitch<std::optional<CacheLineOp>>(Member)
      .Case("DCCMVAC", CacheLineOp::Clean)
      .Case("DCCMVAU", CacheLineOp::Clean)
      .Case("DCIMVAC", CacheLineOp::Invalidate)
      .Case("DCCIMVAC", CacheLineOp::CleanInvalidate)
      .Default(std::nullopt);
}

CacheModel::CacheModel(llvm::StringRef Triple, llvm::StringRef Cpu,
                       DataCachePresence Presence, unsigned Line,
                       llvm::StringRef ExtraSections)
    : Sections{".nocache", "nocache", "NonCacheable", ".noncacheable",
               ".uncached"} {
  std::optional<TargetCache> Core = targetCache(Triple, Cpu);
  Cached = Presence == DataCachePresence::Present ||
           (Presence == DataCachePresence::Auto && Core);
  LineSize = Line ? Line : Core ? Core->LineSize : 32;
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  ExtraSections.split(Parts, ';', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef P : Parts)
    if (!P.trim().empty())
      Sections.push_back(P.trim().str());
}

bool CacheModel::isNonCacheableSection(llvm::StringRef Section) const {
  for (const std::string &S : Sections)
    if (Section == S ||
        (compat::startsWith(Section, S) &&
         compat::startsWith(Section.drop_front(S.size()), ".")))
      return true;
  return false;
}

bool maintenanceInvalidates(const FunctionContract &FC, ArgValue Arg) {
  if (!FC.hasRole(Role::CacheInvalidate))
    return false;
  for (const BufferParam &B : FC.Buffers) {
    if (B.Dir == Direction::ToDevice)
      return false;
    if (B.DirFromArg)
      if (std::optional<int64_t> V = Arg(B.DirFromArg->Param))
        if (B.DirFromArg->directionFor(*V) == Direction::ToDevice)
          return false;
  }
  return true;
}

} // namespace dmasafe
