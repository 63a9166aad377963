//===- TransferState.cpp - Program-state traits of the dmasafe checkers ---===//
#include "TransferState.h"

#include "clang/StaticAnalyzer/Core/PathSensitive/ProgramStateTrait.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;
using namespace ento;

REGISTER_MAP_WITH_PROGRAMSTATE(DmaTransfers, dmasafe::TransferId,
                               dmasafe::InFlight)
// Ids only need to be unique within one path, so a counter carried by the
// state is enough (and keeps equal paths equal).
REGISTER_TRAIT_WITH_PROGRAMSTATE(DmaNextTransferId, unsigned)
REGISTER_MAP_WITH_PROGRAMSTATE(DmaArmed, dmasafe::TransferId, dmasafe::InFlight)

namespace dmasafe {

bool InFlight::overlaps(int64_t From, std::optional<int64_t> Size) const {
  // Half-open ranges; "no length" extends to the end of the region.
  if (Length && From >= Offset + *Length)
    return false;
  if (Size && From + *Size <= Offset)
    return false;
  return !Size || *Size > 0;
}

void InFlight::Profile(llvm::FoldingSetNodeID &ID) const {
  ID.AddPointer(Base);
  ID.AddPointer(Named);
  ID.AddInteger(Offset);
  ID.AddBoolean(Length.has_value());
  ID.AddInteger(Length.value_or(0));
  ID.AddInteger(static_cast<unsigned>(Dir));
  ID.AddInteger(static_cast<unsigned>(HK));
  Handle.Profile(ID);
  ID.AddInteger(Family);
  ID.AddPointer(Origin);
  ID.AddPointer(OriginCtx);
  ID.AddPointer(Scope);
  ID.AddPointer(Key);
}

void InFlight::print(llvm::raw_ostream &OS) const {
  OS << directionName(Dir) << " of " << Named << " bytes [" << Offset << ", ";
  if (Length)
    OS << Offset + *Length;
  else
    OS << "end";
  OS << ") handle ";
  switch (HK) {
  case HandleKind::Buffer: OS << "buffer "; break;
  case HandleKind::Argument: OS << "argument "; break;
  case HandleKind::Returned: OS << "returned "; break;
  }
  Handle.dumpToStream(OS);
  OS << " family " << Family;
}

LLVM_DUMP_METHOD void InFlight::dump() const { print(llvm::errs()); }

TransferMap transfersOf(ProgramStateRef State) {
  return State->get<DmaTransfers>();
}

ProgramStateRef addTransfer(ProgramStateRef State, const InFlight &T,
                            TransferId &Id) {
  Id = State->get<DmaNextTransferId>();
  State = State->set<DmaNextTransferId>(Id + 1);
  return State->set<DmaTransfers>(Id, T);
}

ProgramStateRef removeTransfer(ProgramStateRef State, TransferId Id) {
  return State->remove<DmaTransfers>(Id);
}

TransferMap armedOf(ProgramStateRef State) { return State->get<DmaArmed>(); }

ProgramStateRef addArmed(ProgramStateRef State, const InFlight &T) {
  TransferId Id = State->get<DmaNextTransferId>();
  State = State->set<DmaNextTransferId>(Id + 1);
  return State->set<DmaArmed>(Id, T);
}

ProgramStateRef removeArmed(ProgramStateRef State, TransferId Id) {
  return State->remove<DmaArmed>(Id);
}

ProgramStateRef replaceTransfer(ProgramStateRef State, TransferId Id,
                                const InFlight &T) {
  return State->set<DmaTransfers>(Id, T);
}

} // namespace dmasafe
