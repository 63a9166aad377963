// The plugin registers its checkers and options with descriptions.
// RUN: %clang_cc1 -load %analyzer_plugin -analyzer-checker-help 2>&1 | FileCheck %s --check-prefix=HELP
// RUN: %clang_cc1 -load %analyzer_plugin -analyzer-checker-help-developer 2>&1 | FileCheck %s --check-prefix=DEV
// RUN: %clang_cc1 -load %analyzer_plugin -analyzer-checker-option-help 2>&1 | FileCheck %s --check-prefix=OPT

// HELP-DAG: dmasafe.AnnotationMisuse {{.*}}Check for misplaced or malformed dmasafe annotations
// HELP-DAG: dmasafe.CacheCoherence {{.*}}Check for DMA buffers the data cache makes incoherent
// HELP-DAG: dmasafe.DoubleStart {{.*}}Check for a DMA transfer started on bytes already in flight
// HELP-DAG: dmasafe.InFlightAccess {{.*}}Check for CPU reads and writes of a buffer while a DMA transfer owns it
// HELP-DAG: dmasafe.LostTransfer {{.*}}Check for DMA transfer handles dropped
// HELP-DAG: dmasafe.MappingDiscipline {{.*}}Check for DMA mappings unmapped, synced or kept without the error test
// HELP-DAG: dmasafe.ReleaseInFlight {{.*}}Check for buffers freed
// HELP-DAG: dmasafe.TransferLength {{.*}}Check for DMA transfer lengths larger than the buffer
// HELP-DAG: dmasafe.UnfitStorage {{.*}}Check for DMA buffers in flash or on the stack
// HELP-NOT: dmasafe.DmaModeling
// DEV: dmasafe.DmaModeling
// OPT-DAG: dmasafe.DmaModeling:ModelFiles
// OPT-DAG: dmasafe.InFlightAccess:Pedantic
// OPT-DAG: dmasafe.InFlightAccess:ReportTxReads
// OPT-DAG: dmasafe.ReleaseInFlight:Deallocators
// OPT-DAG: dmasafe.CacheCoherence:DataCache
// OPT-DAG: dmasafe.CacheCoherence:CacheLineSize
// OPT-DAG: dmasafe.CacheCoherence:NonCacheableSections
