//===- RegisterModel.cpp - Which register an expression designates --------===//
#include "RegisterModel.h"
#include "StmtWalk.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/GlobPattern.h"

using namespace clang;

namespace dmasafe {
namespace {

/// Whether \p D is declared in a header \p Block's globs name.
bool declaredWhereModelSays(const RegisterBlock &Block, const Decl *D) {
  if (Block.DeclaredIn.empty())
    return true;
  const SourceManager &SM = D->getASTContext().getSourceManager();
  SourceLocation L = SM.getFileLoc(D->getLocation());
  if (L.isInvalid())
    return false;
  llvm::StringRef File = SM.getFilename(L);
  for (const std::string &P : Block.DeclaredIn) {
    llvm::Expected<llvm::GlobPattern> G = llvm::GlobPattern::create(P);
    if (!G) {
      llvm::consumeError(G.takeError()); // rejected when the file was read
      continue;
    }
    if (G->match(File))
      return true;
  }
  return false;
}

const RegisterBlock *blockNamed(llvm::StringRef Name, const Decl *D,
                                const std::vector<RegisterBlock> &Blocks) {
  for (const RegisterBlock &B : Blocks)
    if (B.Type == Name && declaredWhereModelSays(B, D))
      return &B;
  return nullptr;
}

} // namespace

namespace {

/// Whether the block type name \p B.Type names the record \p RD: its tag,
/// or a typedef of it (`typedef struct __SPI_HandleTypeDef {...}
/// SPI_HandleTypeDef`, where the member's record has only the tag).
bool namesRecord(const RegisterBlock &B, const RecordDecl *RD) {
  if (const IdentifierInfo *II = RD->getIdentifier())
    if (II->getName() == B.Type && declaredWhereModelSays(B, RD))
      return true;
  ASTContext &Ctx = RD->getASTContext();
  const Decl *Canon = RD->getCanonicalDecl();
  for (const NamedDecl *ND :
       Ctx.getTranslationUnitDecl()->lookup(&Ctx.Idents.get(B.Type)))
    if (const auto *TD = dyn_cast<TypedefNameDecl>(ND))
      if (const RecordDecl *Named = TD->getUnderlyingType()->getAsRecordDecl())
        if (Named->getCanonicalDecl() == Canon && declaredWhereModelSays(B, TD))
          return true;
  return false;
}

} // namespace

const ControlRegister *readyMemberOf(const FieldDecl *FD,
                                     const std::vector<RegisterBlock> &Blocks,
                                     const RegisterBlock *&Block) {
  Block = nullptr;
  if (!FD || !FD->getIdentifier())
    return nullptr;
  for (const RegisterBlock &B : Blocks) {
    const ControlRegister *Ready = findControl(B.Ready, FD->getName());
    if (Ready && namesRecord(B, FD->getParent())) {
      Block = &B;
      return Ready;
    }
  }
  return nullptr;
}

const RegisterBlock *blockOfType(QualType T,
                                 const std::vector<RegisterBlock> &Blocks) {
  if (Blocks.empty() || T.isNull())
    return nullptr;
  // Through the typedef chain (`typedef struct {...} DMA_Channel_TypeDef`,
  // `typedef pio_hw_t *PIO` is a pointer and no block).
  QualType Cur = T;
  while (const auto *TT = Cur->getAs<TypedefType>()) {
    if (const RegisterBlock *B =
            blockNamed(TT->getDecl()->getName(), TT->getDecl(), Blocks))
      return B;
    QualType Next = TT->desugar();
    if (Next == Cur)
      break;
    Cur = Next;
  }
  const RecordDecl *RD = T->getAsRecordDecl();
  if (!RD)
    return nullptr;
  if (const IdentifierInfo *II = RD->getIdentifier())
    if (const RegisterBlock *B = blockNamed(II->getName(), RD, Blocks))
      return B;
  if (const TypedefNameDecl *TD = RD->getTypedefNameForAnonDecl())
    return blockNamed(TD->getName(), TD, Blocks);
  return nullptr;
}

std::optional<RegisterAccess>
registerAccessOf(const Expr *E, const std::vector<RegisterBlock> &Blocks) {
  if (!E || Blocks.empty())
    return std::nullopt;
  llvm::SmallVector<llvm::StringRef, 4> Path;
  unsigned Steps = 0;
  const Expr *Cur = E->IgnoreParens();
  while (true) {
    if (const auto *ASE = dyn_cast<ArraySubscriptExpr>(Cur)) {
      // `SEQ[0].PTR`: the element is part of the register's path.
      ++Steps;
      Cur = ASE->getBase()->IgnoreParenImpCasts();
      continue;
    }
    const auto *ME = dyn_cast<MemberExpr>(Cur);
    const auto *FD = ME ? dyn_cast<FieldDecl>(ME->getMemberDecl()) : nullptr;
    if (!FD || !FD->getIdentifier())
      return std::nullopt;
    Path.insert(Path.begin(), FD->getName());
    ++Steps;
    const Expr *Base = ME->getBase();
    QualType BaseTy = Base->getType();
    if (ME->isArrow())
      BaseTy = BaseTy->getPointeeType();
    if (const RegisterBlock *B = blockOfType(BaseTy, Blocks)) {
      RegisterAccess A;
      A.Block = B;
      A.Member = llvm::join(Path, ".");
      A.BlockExpr = Base->IgnoreParens();
      A.IsPointer = ME->isArrow();
      A.Steps = Steps;
      return A;
    }
    // A pointer member of an unmodelled struct leads to no block.
    if (ME->isArrow())
      return std::nullopt;
    Cur = Base->IgnoreParens();
  }
}

const ControlRegister *findControl(const std::vector<ControlRegister> &Regs,
                                   llvm::StringRef Member) {
  for (const ControlRegister &R : Regs)
    if (R.Member == Member)
      return &R;
  return nullptr;
}

const AddressRegister *findAddress(const RegisterBlock &B,
                                   llvm::StringRef Member) {
  for (const AddressRegister &A : B.Addresses)
    if (A.Member == Member)
      return &A;
  return nullptr;
}

bool readsStatusRegister(const Expr *E,
                         const std::vector<RegisterBlock> &Blocks,
                         std::string &Api) {
  if (!E)
    return false;
  return anyStmtUnder(E, [&](const Stmt *S) {
    const auto *Member = dyn_cast<MemberExpr>(S);
    auto A = Member ? registerAccessOf(Member, Blocks) : std::nullopt;
    if (!A || !findControl(A->Block->Status, A->Member))
      return false;
    Api = A->Block->Api;
    return true;
  });
}

} // namespace dmasafe
