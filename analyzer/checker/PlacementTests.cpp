//===- PlacementTests.cpp - Buffers whose address the code itself tested --===//
//
// UnfitStorage reports constant data (likely flash) handed to an engine that
// reads only RAM. Firmware that copes tests the address itself before it
// hands the buffer over: RIOT's `(uint32_t)data & RAM_MASK`, nrfx's
// nrfx_is_in_ram() (`((uint32_t)p & 0xE0000000u) == 0x20000000u`), NuttX's
// stm32_dmacapable(). The analyzer cannot evaluate such a test on the address
// of a literal or a global, so both branches stay feasible and the branch
// the code reserved for RAM would be reported. When unsure, say nothing:
// once the path has compared or masked a buffer's address cast to an
// integer, its placement is the code's own decision and is not reported.
//
// A known gap: an alignment test (`(uintptr_t)buf & 3`) counts as well.
//
//===----------------------------------------------------------------------===//
#include "DmaChecker.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ParentMap.h"
#include "clang/StaticAnalyzer/Core/Checker.h"
#include "clang/StaticAnalyzer/Core/CheckerManager.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/CheckerContext.h"

using namespace clang;
using namespace ento;

// Base regions of buffers whose address was compared or masked on the path.
REGISTER_SET_WITH_PROGRAMSTATE(AddressTestedBuffers, const clang::ento::MemRegion *)

namespace dmasafe {
namespace {

/// Whether the value of \p E (through parentheses and integer casts) is an
/// operand of a comparison or a bitwise and.
bool isTestedValue(const Expr *E, const ParentMap &PM) {
  const Stmt *Child = E;
  for (const Stmt *P = PM.getParent(Child); P; P = PM.getParent(P)) {
    if (isa<ParenExpr, CastExpr>(P)) {
      Child = P;
      continue;
    }
    const auto *BO = dyn_cast<BinaryOperator>(P);
    return BO && (BO->isComparisonOp() || BO->getOpcode() == BO_And);
  }
  return false;
}

/// Notes, after each pointer-to-integer cast, whether it was a test.
class PlacementTests : public Checker<check::PostStmt<CastExpr>> {
public:
  void checkPostStmt(const CastExpr *CE, CheckerContext &C) const;
};

void PlacementTests::checkPostStmt(const CastExpr *CE,
                                   CheckerContext &C) const {
  if (CE->getCastKind() != CK_PointerToIntegral)
    return;
  const ParentMap &PM = C.getLocationContext()->getParentMap();
  if (!isTestedValue(CE, PM))
    return;
  const MemRegion *R = C.getSVal(CE->getSubExpr()).getAsRegion();
  BufferRef Ref = describeRegion(R);
  if (!Ref.Base)
    return;
  ProgramStateRef State = C.getState();
  if (!State->contains<AddressTestedBuffers>(Ref.Base))
    C.addTransition(State->add<AddressTestedBuffers>(Ref.Base));
}

} // namespace

void registerPlacementTests(CheckerManager &Mgr) {
  Mgr.registerChecker<PlacementTests>();
}

bool isUntestedLikelyFlash(const MemRegion *Base, ProgramStateRef State,
                           ASTContext &Ctx) {
  if (State->contains<AddressTestedBuffers>(Base))
    return false;
  if (isa<StringRegion>(Base))
    return true;
  const auto *VR = dyn_cast<VarRegion>(Base);
  const auto *VD = VR ? dyn_cast<VarDecl>(VR->getDecl()) : nullptr;
  return VD && VD->hasGlobalStorage() &&
         Ctx.getBaseElementType(VD->getType()).isConstQualified();
}

} // namespace dmasafe
