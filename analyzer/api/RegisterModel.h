//===- RegisterModel.h - DMA controllers programmed through registers -----===//
//
// Bare-metal code rarely calls a vendor start: it stores a buffer's address
// into a DMA controller's register, sets the length, then sets an enable
// bit or writes a task register:
//
//   DMA1_Channel7->CMAR = (uint32_t)buf;     // address: arms the channel
//   DMA1_Channel7->CNDTR = n;
//   DMA1_Channel7->CCR |= DMA_CCR_EN;        // start: buf is in flight
//   ...
//   DMA1_Channel7->CCR &= ~DMA_CCR_EN;       // stop: buf is the CPU's
//
// A model file's `registers:` section names such a register block type and
// which of its members do what (docs/models.md, "Register blocks"):
//
//   registers:
//     - block: DMA_Channel_TypeDef
//       addresses:
//         - {member: CMAR, direction: {member: CCR, mask: 0x10,
//                                      values: {0x10: to-device, 0: from-device}}}
//       start: [{member: CCR, sets: 0x1}]
//       stop: [{member: CCR, clears: 0x1}]
//     - block: DMA_TypeDef
//       status: [{member: ISR}]
//       clear: [{member: IFCR}]
//
// A busy register reads its bits 1 while the channel runs (`busy:
// [{member: ctrl_trig, sets: 0x01000000}]`): `while (ch->ctrl_trig & BUSY)`
// polls it. A ready member is a driver handle's state (`ready: [{member:
// State, equals: 0x01}]`): `while (hspi->State != HAL_SPI_STATE_READY)`
// polls the transfers started on hspi.
//
// The channel is the block instance (`DMA1_Channel7`, `dma_hw->ch[c]`), or
// a named channel of it (`channel: tx` for a UARTE's TXD.PTR and
// TASKS_STARTTX). Status and clear registers say where an interrupt handler
// sees or acknowledges a completion (InterruptHandlers.h); a status read in
// a loop condition is a poll.
//
// No checker or clang-tidy type appears here.
//
//===----------------------------------------------------------------------===//
#ifndef DMASAFE_API_REGISTERMODEL_H
#define DMASAFE_API_REGISTERMODEL_H

#include "ApiDescription.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace clang {
class Expr;
class FieldDecl;
class RecordDecl;
class QualType;
} // namespace clang

namespace dmasafe {

/// A direction read from a control register's bits: the value of
/// `Member & Mask` selects it (`CCR & DIR`).
struct RegisterDirection {
  std::string Member;
  uint64_t Mask = 0;
  std::vector<std::pair<uint64_t, Direction>> Values;
};

/// A member that holds a transfer's memory address.
struct AddressRegister {
  std::string Member;  ///< dotted path from the block (`TXD.PTR`)
  std::string Channel; ///< named channel of the block; empty: the block
  std::optional<Direction> Dir; ///< fixed direction
  std::optional<RegisterDirection> DirFrom; ///< or read at the start
  /// A trigger alias (RP2040 al3_read_addr_trig): a nonzero store also
  /// starts the channel.
  bool Triggers = false;
  /// The engine reads RAM only (nRF EasyDMA): constant data is unfit.
  bool RequiresRam = false;
};

/// A member whose store starts, stops, acknowledges or reports a transfer.
struct ControlRegister {
  std::string Member;
  std::string Channel;
  /// Start: the store sets these bits (`CCR |= EN`, `CCR = ... | EN`).
  /// Stop: the store clears them (`CCR &= ~EN`). Busy: they read 1 while
  /// the channel runs. Unset: any nonzero store (a task register:
  /// `TASKS_STARTTX = 1`).
  std::optional<uint64_t> Bits;
  /// Ready: the value the member reads when the transfers are done.
  std::optional<uint64_t> Equals;
  /// Ready: the transfers of this direction only (a UART handle's gState
  /// for its TX, RxState for its RX); unset: every direction.
  std::optional<Direction> Dir;
};

/// One register block type of a DMA controller.
struct RegisterBlock {
  std::string Type; ///< struct tag or typedef name
  std::string Api;  ///< API family (the file's `api:`)
  std::vector<std::string> DeclaredIn; ///< header globs; empty: any
  std::vector<AddressRegister> Addresses;
  std::vector<ControlRegister> Starts;
  std::vector<ControlRegister> Stops;
  /// Completion flags: reading one set means the transfer completed.
  std::vector<ControlRegister> Status;
  /// Busy bits (RP2040 CTRL_TRIG.BUSY, an STM32 stream's CR.EN, which the
  /// hardware clears at the end): reading them 0 means it completed.
  std::vector<ControlRegister> Busy;
  /// State members of a driver's handle (STM32 HAL `hspi->State`): where
  /// one reads its `equals` value, the handle's transfers are done. The
  /// channel is the block instance, matched against the handle a modelled
  /// start was given.
  std::vector<ControlRegister> Ready;
  /// Acknowledging completion (write-1-to-clear, or an event set to 0).
  std::vector<ControlRegister> Clears;
  std::string Origin; ///< "model file:line"
};

/// A store or load of a modelled register: `Block->Member` (or
/// `Block.Member`, `Block->A.B`), the block expression and its model.
struct RegisterAccess {
  const RegisterBlock *Block = nullptr;
  std::string Member; ///< dotted path from the block
  /// The expression denoting the block: a pointer (IsPointer) or an
  /// lvalue of the block's type.
  const clang::Expr *BlockExpr = nullptr;
  bool IsPointer = false;
  /// How many member/element steps lead from the block to the register.
  unsigned Steps = 0;
};

/// The modelled register \p E (an lvalue: the left side of a store, or an
/// operand read) designates, if any, among \p Blocks.
std::optional<RegisterAccess>
registerAccessOf(const clang::Expr *E, const std::vector<RegisterBlock> &Blocks);

/// The ready member (`ready:`) \p FD is, with its block in \p Block; null
/// when it is none (both front-ends: a read of `h->State`, `h.State`).
const ControlRegister *readyMemberOf(const clang::FieldDecl *FD,
                                     const std::vector<RegisterBlock> &Blocks,
                                     const RegisterBlock *&Block);
/// The model of the record type \p T (through typedefs and pointers), or
/// null.
const RegisterBlock *blockOfType(clang::QualType T,
                                 const std::vector<RegisterBlock> &Blocks);

/// Whether \p E reads a status register of a modelled block; sets \p Api.
bool readsStatusRegister(const clang::Expr *E,
                         const std::vector<RegisterBlock> &Blocks,
                         std::string &Api);

/// Lookups by member within one block.
const ControlRegister *findControl(const std::vector<ControlRegister> &Regs,
                                   llvm::StringRef Member);
const AddressRegister *findAddress(const RegisterBlock &B,
                                   llvm::StringRef Member);

} // namespace dmasafe

#endif // DMASAFE_API_REGISTERMODEL_H
