//===- CacheModel.h - Which memory the CPU's data cache sits in front of --===//
//
// DESIGN.md, "Cache coherence and barriers": on a core with a write-back
// data cache the engine and the CPU see different bytes unless the code
// cleans the lines before a transfer that reads memory and invalidates them
// after one that writes it. Whether that applies is a property of the
// target and of where a buffer lives, decided here for both front-ends:
//
//   - the core, from the target triple and CPU (`-mcpu`, `-target-cpu`):
//     Cortex-M7, M55 and M85 and bare-metal Cortex-A/R and AArch64 have a
//     data cache; M0/M0+/M3/M4/M23/M33 have none; a hosted OS (Linux: the
//     DMA mapping API keeps the caches coherent itself) and an unknown core
//     count as none, so that nothing is reported where nothing is known;
//   - the DataCache option (auto, present, absent) overrides the target;
//   - the line size: CacheLineSize, else the core's (32 bytes on Cortex-M,
//     64 on AArch64);
//   - linker sections that are non-cacheable by convention (`.nocache`,
//     Zephyr's `__nocache` = `.nocache.N`, NXP's `NonCacheable`,
//     `.noncacheable`, `.uncached`) plus those NonCacheableSections names
//     (ST projects: `.RAM_D2`, `.dma_buffer`, when their MPU makes them so).
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_SEMANTICS_CACHEMODEL_H
#define DMASAFE_SEMANTICS_CACHEMODEL_H

#include "api/ApiDescription.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace dmasafe {

/// The DataCache option.
enum class DataCachePresence { Auto, Present, Absent };
/// "auto", "present", "absent"; none for anything else.
std::optional<DataCachePresence> parseDataCachePresence(llvm::StringRef S);

/// The data cache of a target core, if it has one.
struct TargetCache {
  unsigned LineSize = 32;
};
/// The cache of the core \p Triple / \p Cpu names; none when the core has
/// no data cache or is not known to have one.
std::optional<TargetCache> targetCache(llvm::StringRef Triple,
                                       llvm::StringRef Cpu);

/// What a store of an address to a cache maintenance register does to the
/// line that holds it: the CMSIS `SCB_Type` of ARMv7-M / ARMv8-M
/// (Cortex-M7/M55/M85): DCCMVAC and DCCMVAU clean it, DCIMVAC invalidates
/// it, DCCIMVAC does both. Code that loops over a buffer's lines writes
/// them itself (ChibiOS's cacheBufferFlush / cacheBufferInvalidate macros,
/// hand-written loops); CMSIS's own SCB_*DCache_by_Addr are modelled calls.
enum class CacheLineOp { Clean, Invalidate, CleanInvalidate };
std::optional<CacheLineOp> cacheRegisterOp(llvm::StringRef Block,
                                           llvm::StringRef Member);

class CacheModel {
public:
  /// From the target and the options; \p LineSize 0 takes the core's.
  /// \p ExtraSections: ';'-separated non-cacheable section names.
  CacheModel(llvm::StringRef Triple, llvm::StringRef Cpu,
             DataCachePresence Presence, unsigned LineSize,
             llvm::StringRef ExtraSections);

  /// Whether the cache rules apply at all.
  bool hasDataCache() const { return Cached; }
  unsigned lineSize() const { return LineSize; }
  /// Whether memory in linker section \p Section bypasses the cache: a
  /// known name, or one of them followed by a '.' suffix (`.nocache.3`).
  bool isNonCacheableSection(llvm::StringRef Section) const;

private:
  bool Cached = false;
  unsigned LineSize = 32;
  std::vector<std::string> Sections;
};

/// Whether cache maintenance call \p FC (a cache-clean or cache-invalidate
/// contract) invalidates: it has the cache-invalidate role and no buffer
/// of it goes to the device only, by its model (`direction: to-device`) or
/// by its direction argument's value (ESP-IDF `esp_cache_msync` with
/// ESP_CACHE_MSYNC_FLAG_DIR_C2M only writes back). Every maintenance call
/// cleans: dirty lines are written back or discarded either way.
bool maintenanceInvalidates(const FunctionContract &FC, ArgValue Arg);

} // namespace dmasafe

#endif // DMASAFE_SEMANTICS_CACHEMODEL_H
