//===- TransferState.cpp - The program-state map of the dmasafe checkers --===//
#include "TransferState.h"
#include "compat/AnalyzerCompat.h"

#include "clang/StaticAnalyzer/Core/PathSensitive/ProgramStateTrait.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;
using namespace ento;

REGISTER_MAP_WITH_PROGRAMSTATE(DmaTransfers, SymbolRef, dmasafe::TransferState)
// The keys of DmaTransfers whose start result is still undecided: every
// assumption asks about them, and a set of them spares the walk of every
// transfer. A function of DmaTransfers, so it never tells two states apart
// that the map does not.
REGISTER_SET_WITH_PROGRAMSTATE(DmaPendingStarts, SymbolRef)
// The keys of DmaTransfers whose buffer lives on the stack: every statement
// asks whether one has left its scope, and most transfers are on globals.
// Also a function of DmaTransfers.
REGISTER_SET_WITH_PROGRAMSTATE(DmaStackTransfers, SymbolRef)

namespace dmasafe {

bool TransferState::overlaps(int64_t From, std::optional<int64_t> Size) const {
  // Half-open ranges; "no length" extends to the end of the region.
  if (Bytes.Length && From >= Bytes.Offset + *Bytes.Length)
    return false;
  if (Size && From + *Size <= Bytes.Offset)
    return false;
  return !Size || *Size > 0;
}

void TransferState::Profile(llvm::FoldingSetNodeID &ID) const {
  ID.AddInteger(static_cast<unsigned>(K));
  ID.AddPointer(Bytes.Base);
  ID.AddPointer(Bytes.Named);
  ID.AddInteger(Bytes.Offset);
  ID.AddBoolean(Bytes.Length.has_value());
  ID.AddInteger(Bytes.Length.value_or(0));
  Bytes.Row.Profile(ID);
  ID.AddInteger(static_cast<unsigned>(Dir));
  ID.AddInteger(static_cast<unsigned>(HK));
  Handle.Profile(ID);
  ID.AddInteger(Family);
  SucceedsIf.Profile(ID);
  ID.AddBoolean(Untested);
}

void TransferState::print(llvm::raw_ostream &OS) const {
  OS << (isInFlight() ? "in flight" : "armed") << ": "
     << directionName(Dir) << " of " << Bytes.Named << " bytes ["
     << Bytes.Offset << ", ";
  if (Bytes.Length)
    OS << Bytes.Offset + *Bytes.Length;
  else
    OS << "end";
  OS << ") handle ";
  switch (HK) {
  case HandleKind::Buffer: OS << "buffer "; break;
  case HandleKind::Argument: OS << "argument "; break;
  case HandleKind::Returned: OS << "returned "; break;
  }
  Handle.dumpToStream(OS);
  if (isPending()) {
    OS << " if ";
    SucceedsIf.dumpToStream(OS);
  }
  if (Untested)
    OS << " untested";
}

LLVM_DUMP_METHOD void TransferState::dump() const { print(llvm::errs()); }

TransferMap transfersOf(ProgramStateRef State) {
  return State->get<DmaTransfers>();
}

const TransferState *transferOf(ProgramStateRef State, SymbolRef Key) {
  return State->get<DmaTransfers>(Key);
}

bool anyInFlight(ProgramStateRef State) {
  for (const auto &[Key, T] : State->get<DmaTransfers>())
    if (T.isInFlight())
      return true;
  return false;
}

ProgramStateRef setTransfer(ProgramStateRef State, SymbolRef Key,
                            const TransferState &T) {
  State = T.isPending() ? State->add<DmaPendingStarts>(Key)
                        : State->remove<DmaPendingStarts>(Key);
  if (T.base() && isa<StackSpaceRegion>(compat::memorySpace(T.base())))
    State = State->add<DmaStackTransfers>(Key);
  return State->set<DmaTransfers>(Key, T);
}

ProgramStateRef removeTransfer(ProgramStateRef State, SymbolRef Key) {
  return State->remove<DmaPendingStarts>(Key)
      ->remove<DmaStackTransfers>(Key)
      ->remove<DmaTransfers>(Key);
}

PendingStarts pendingStartsOf(ProgramStateRef State) {
  return State->get<DmaPendingStarts>();
}

StackTransfers stackTransfersOf(ProgramStateRef State) {
  return State->get<DmaStackTransfers>();
}

bool testsResult(const AssumedTest &Tested, SymbolRef Result) {
  llvm::SmallPtrSet<SymbolRef, 8> Mentioned;
  for (SymbolRef S : compat::symbolsOf(Tested.Sym))
    Mentioned.insert(S);
  // symbol_iterator is not a standard iterator: no llvm::any_of over it.
  for (SymbolRef S : compat::symbolsOf(Result))
    if (Mentioned.count(S))
      return true;
  return false;
}

std::optional<bool> successGiven(const AssumedTest &Tested,
                                 SymbolRef SucceedsIf) {
  if (Tested.Sym == SucceedsIf)
    return Tested.Value;
  const auto *Success = dyn_cast<SymIntExpr>(SucceedsIf);
  if (!Success)
    return std::nullopt;
  const llvm::APSInt &Constant = compat::apsInt(Success->getRHS());
  BinaryOperatorKind Op = Success->getOpcode();
  // `if (r)` against success `r == 0`: the truth of r is `r != 0`.
  if (Tested.Sym == Success->getLHS()) {
    if (Op == BO_EQ && Constant == 0)
      return !Tested.Value;
    return std::nullopt;
  }
  const auto *Test = dyn_cast<SymIntExpr>(Tested.Sym);
  if (!Test || Test->getLHS() != Success->getLHS() ||
      !BinaryOperator::isComparisonOp(Op) ||
      !llvm::APSInt::isSameValue(compat::apsInt(Test->getRHS()), Constant))
    return std::nullopt;
  if (Test->getOpcode() == Op)
    return Tested.Value;
  if (Test->getOpcode() == BinaryOperator::negateComparisonOp(Op))
    return !Tested.Value;
  return std::nullopt;
}

const ExplodedNode *startSiteOf(const ExplodedNode *N, SymbolRef Key) {
  // Walk back to the first node of the run of nodes where the transfer is
  // in flight: its predecessor has no entry, or an armed one.
  const ExplodedNode *Site = nullptr;
  for (; N; N = N->getFirstPred()) {
    const TransferState *T = N->getState()->get<DmaTransfers>(Key);
    if (!T || !T->isInFlight()) {
      if (Site)
        return Site;
      continue; // the report's own node may already have dropped it
    }
    Site = N;
  }
  return Site;
}

void printTransfers(raw_ostream &Out, ProgramStateRef State, const char *NL,
                    const char *Sep,
                    llvm::function_ref<StringRef(unsigned)> FamilyName) {
  TransferMap Transfers = transfersOf(State);
  if (Transfers.isEmpty())
    return;
  Out << Sep << "DMA transfers:" << NL;
  for (const auto &[Key, T] : Transfers) {
    Out << "  " << Key << ' ';
    T.print(Out);
    Out << " api " << FamilyName(T.family()) << NL;
  }
}

} // namespace dmasafe
