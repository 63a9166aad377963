// Every mistake in a model's `registers:` section is a compile error from
// the plugin with the file's line and column; nothing is analyzed with half
// a model. Inputs/bad-registers/<name>.yaml holds one mistake each.
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad-registers/address-without-direction.yaml %s 2>&1 | FileCheck %s --check-prefix=NO_DIRECTION
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad-registers/address-without-start.yaml %s 2>&1 | FileCheck %s --check-prefix=NO_START
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad-registers/unknown-direction.yaml %s 2>&1 | FileCheck %s --check-prefix=UNKNOWN_DIRECTION
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad-registers/clears-on-start.yaml %s 2>&1 | FileCheck %s --check-prefix=CLEARS_ON_START
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad-registers/busy-without-bits.yaml %s 2>&1 | FileCheck %s --check-prefix=BUSY_WITHOUT_BITS
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad-registers/unknown-channel.yaml %s 2>&1 | FileCheck %s --check-prefix=UNKNOWN_CHANNEL
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad-registers/bad-member.yaml %s 2>&1 | FileCheck %s --check-prefix=BAD_MEMBER
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad-registers/value-outside-mask.yaml %s 2>&1 | FileCheck %s --check-prefix=OUTSIDE_MASK
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad-registers/unknown-key.yaml %s 2>&1 | FileCheck %s --check-prefix=UNKNOWN_KEY
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad-registers/no-register.yaml %s 2>&1 | FileCheck %s --check-prefix=NO_REGISTER
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad-registers/no-functions-no-registers.yaml %s 2>&1 | FileCheck %s --check-prefix=NOTHING
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad-registers/ready-without-equals.yaml %s 2>&1 | FileCheck %s --check-prefix=READY_WITHOUT_EQUALS
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad-registers/equals-on-status.yaml %s 2>&1 | FileCheck %s --check-prefix=EQUALS_ON_STATUS
//
// NO_DIRECTION: error: dmasafe: {{.*}}address-without-direction.yaml:5:10: an address register has either 'direction: NAME' or 'direction-from: {member: M, mask: X, values: {...}}'
// NO_START: error: dmasafe: {{.*}}address-without-start.yaml:3:5: register block 'DMA_Channel_TypeDef' has address registers but no 'start' register that runs them
// UNKNOWN_DIRECTION: error: dmasafe: {{.*}}unknown-direction.yaml:5:10: unknown direction 'sideways'; expected to-device, from-device or bidirectional
// CLEARS_ON_START: error: dmasafe: {{.*}}clears-on-start.yaml:3:5: 'clears' only applies to a 'stop' register
// BUSY_WITHOUT_BITS: error: dmasafe: {{.*}}busy-without-bits.yaml:3:5: busy register 'ctrl_trig' needs 'sets:', the bits that read 1 while the channel runs
// UNKNOWN_CHANNEL: error: dmasafe: {{.*}}unknown-channel.yaml:3:5: register 'TASKS_STARTRX' names channel 'rx', which no address register of block 'NRF_UARTE_Type' has
// BAD_MEMBER: error: dmasafe: {{.*}}bad-member.yaml:5:10: 'member' is a dotted path of C member names, got 'CMAR[0]'
// OUTSIDE_MASK: error: dmasafe: {{.*}}value-outside-mask.yaml:6:26: direction value 32 has bits outside its mask
// UNKNOWN_KEY: error: dmasafe: {{.*}}unknown-key.yaml:4:5: unknown key 'statuss'
// NO_REGISTER: error: dmasafe: {{.*}}no-register.yaml:3:5: register block 'DMA_TypeDef' names no register; give it 'addresses', 'start', 'stop', 'status', 'busy', 'ready' or 'clear'
// NOTHING: error: dmasafe: {{.*}}no-functions-no-registers.yaml:1:1: missing required key 'functions' (or 'registers' for DMA controller register blocks)
// READY_WITHOUT_EQUALS: error: dmasafe: {{.*}}ready-without-equals.yaml:3:5: ready member 'State' needs 'equals:', the value it reads when the transfers are done
// EQUALS_ON_STATUS: error: dmasafe: {{.*}}equals-on-status.yaml:3:5: 'equals' only applies to a 'ready' member
int main(void) { return 0; }
