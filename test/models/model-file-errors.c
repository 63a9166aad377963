// Every model-file error is a compile error from the plugin, with the
// file's line and column, and no analysis runs on half a model.
// Inputs/bad/<name>.yaml holds one mistake each; the prefix is its name.
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/bad-field.yaml %s 2>&1 | FileCheck %s --check-prefix=BAD_FIELD
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/bad-header.yaml %s 2>&1 | FileCheck %s --check-prefix=BAD_HEADER
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/bad-index.yaml %s 2>&1 | FileCheck %s --check-prefix=BAD_INDEX
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/deallocate-no-buffers.yaml %s 2>&1 | FileCheck %s --check-prefix=DEALLOCATE_NO_BUFFERS
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/allocate-no-storage.yaml %s 2>&1 | FileCheck %s --check-prefix=ALLOCATE_NO_STORAGE
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/storage-not-allocate.yaml %s 2>&1 | FileCheck %s --check-prefix=STORAGE_NOT_ALLOCATE
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/storage-unknown.yaml %s 2>&1 | FileCheck %s --check-prefix=STORAGE_UNKNOWN
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/mapping-length-on-start.yaml %s 2>&1 | FileCheck %s --check-prefix=MAPPING_LENGTH_ON_START
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/direction-key.yaml %s 2>&1 | FileCheck %s --check-prefix=DIRECTION_KEY
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/duplicate.yaml %s 2>&1 | FileCheck %s --check-prefix=DUPLICATE
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/empty.yaml %s 2>&1 | FileCheck %s --check-prefix=EMPTY
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/functions-not-list.yaml %s 2>&1 | FileCheck %s --check-prefix=FUNCTIONS_NOT_LIST
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/handle-both.yaml %s 2>&1 | FileCheck %s --check-prefix=HANDLE_BOTH
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/missing-api.yaml %s 2>&1 | FileCheck %s --check-prefix=MISSING_API
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/missing-role.yaml %s 2>&1 | FileCheck %s --check-prefix=MISSING_ROLE
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/negative-index.yaml %s 2>&1 | FileCheck %s --check-prefix=NEGATIVE_INDEX
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/role-map.yaml %s 2>&1 | FileCheck %s --check-prefix=ROLE_MAP
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/start-and-wait.yaml %s 2>&1 | FileCheck %s --check-prefix=START_AND_WAIT
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/start-no-buffers.yaml %s 2>&1 | FileCheck %s --check-prefix=START_NO_BUFFERS
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/success-not-int.yaml %s 2>&1 | FileCheck %s --check-prefix=SUCCESS_NOT_INT
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/success-on-poll-busy.yaml %s 2>&1 | FileCheck %s --check-prefix=SUCCESS_ON_POLL_BUSY
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/syntax.yaml %s 2>&1 | FileCheck %s --check-prefix=SYNTAX
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/trigger-is-buffer.yaml %s 2>&1 | FileCheck %s --check-prefix=TRIGGER_IS_BUFFER
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/two-documents.yaml %s 2>&1 | FileCheck %s --check-prefix=TWO_DOCUMENTS
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/length-end-and-param.yaml %s 2>&1 | FileCheck %s --check-prefix=LENGTH_END_AND_PARAM
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/end-is-buffer.yaml %s 2>&1 | FileCheck %s --check-prefix=END_IS_BUFFER
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/unit-zero.yaml %s 2>&1 | FileCheck %s --check-prefix=UNIT_ZERO
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/unknown-direction.yaml %s 2>&1 | FileCheck %s --check-prefix=UNKNOWN_DIRECTION
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/unknown-key.yaml %s 2>&1 | FileCheck %s --check-prefix=UNKNOWN_KEY
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/unknown-key-after-wrong-shape.yaml %s 2>&1 | FileCheck %s --check-prefix=UNKNOWN_KEY_AFTER_WRONG_SHAPE
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/unknown-length-key.yaml %s 2>&1 | FileCheck %s --check-prefix=UNKNOWN_LENGTH_KEY
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/unknown-requirement.yaml %s 2>&1 | FileCheck %s --check-prefix=UNKNOWN_REQUIREMENT
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/unknown-role.yaml %s 2>&1 | FileCheck %s --check-prefix=UNKNOWN_ROLE
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/wait-without-handle.yaml %s 2>&1 | FileCheck %s --check-prefix=WAIT_WITHOUT_HANDLE
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/stray-brace.yaml %s 2>&1 | FileCheck %s --check-prefix=STRAY_BRACE
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/top-level-list.yaml %s 2>&1 | FileCheck %s --check-prefix=TOP_LEVEL_LIST
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/handle-scalar.yaml %s 2>&1 | FileCheck %s --check-prefix=HANDLE_SCALAR
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/no-such-model.yaml %s 2>&1 | FileCheck %s --check-prefix=MISSING_FILE
//
// A good file next to a bad one: the error, and no warning from the good
// model either (nothing is half-loaded).
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config "dmasafe.DmaModeling:ModelFiles=%models_dir/stm32-hal.yaml;%S/Inputs/bad/unknown-role.yaml" %s 2>&1 | FileCheck %s --check-prefix=HALF --implicit-check-not=warning:
// The good file alone does report the misuse below.
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/mask-not-trigger.yaml %s 2>&1 | FileCheck %s --check-prefix=MASK_NOT_TRIGGER
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/arm-without-handle.yaml %s 2>&1 | FileCheck %s --check-prefix=ARM_WITHOUT_HANDLE
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/register-without-callback.yaml %s 2>&1 | FileCheck %s --check-prefix=REGISTER_WITHOUT_CALLBACK
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/callback-on-wait.yaml %s 2>&1 | FileCheck %s --check-prefix=CALLBACK_ON_WAIT
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/signal-with-wait.yaml %s 2>&1 | FileCheck %s --check-prefix=SIGNAL_WITH_WAIT
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/start-and-arm.yaml %s 2>&1 | FileCheck %s --check-prefix=START_AND_ARM
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/length-field-without-param.yaml %s 2>&1 | FileCheck %s --check-prefix=LENGTH_FIELD_WITHOUT_PARAM
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/completes-on-start.yaml %s 2>&1 | FileCheck %s --check-prefix=COMPLETES_ON_START
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/from-interrupt-on-wait.yaml %s 2>&1 | FileCheck %s --check-prefix=FROM_INTERRUPT_ON_WAIT
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/busy-without-success.yaml %s 2>&1 | FileCheck %s --check-prefix=BUSY_WITHOUT_SUCCESS
// RUN: %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%models_dir/stm32-hal.yaml %s 2>&1 | FileCheck %s --check-prefix=GOOD
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/writes-dotted.yaml %s 2>&1 | FileCheck %s --check-prefix=WRITES_DOTTED
// RUN: not %clang_analyze_cc1 -load %analyzer_plugin -analyzer-checker=core,dmasafe -I %S/Inputs -analyzer-config dmasafe.DmaModeling:ParseUnusedModels=true -analyzer-config dmasafe.DmaModeling:ModelFiles=%S/Inputs/bad/writes-on-wait.yaml %s 2>&1 | FileCheck %s --check-prefix=WRITES_ON_WAIT

// BAD_FIELD: error: dmasafe: {{.*}}bad-field.yaml:5:16: 'field' is a dotted path of C member names, got 'a..b'
// (The reason is LLVM's GlobPattern's: LLVM 14 and 15 word it `invalid glob pattern: [a`.)
// BAD_HEADER: error: dmasafe: {{.*}}bad-header.yaml:1:1: header pattern '[a' is no valid glob: invalid glob pattern{{(, unmatched .\[.|: \[a)}}
// BAD_INDEX: error: dmasafe: {{.*}}bad-index.yaml:6:16: expected a parameter index (0 for the first parameter), got 'first'
// DEALLOCATE_NO_BUFFERS: error: dmasafe: {{.*}}deallocate-no-buffers.yaml:3:5: function 'kfree' has role 'deallocate' but no 'buffers'
// ALLOCATE_NO_STORAGE: error: dmasafe: {{.*}}allocate-no-storage.yaml:3:5: function 'vmalloc' has role 'allocate' but no 'storage' saying what memory it returns (vmalloc)
// STORAGE_NOT_ALLOCATE: error: dmasafe: {{.*}}storage-not-allocate.yaml:3:5: function 'kmalloc' has 'storage', which only applies to role 'allocate'
// MAPPING_LENGTH_ON_START: error: dmasafe: {{.*}}mapping-length-on-start.yaml:3:5: function 'map' has a function-level 'length' or 'direction', which only applies to wait, suspend and trigger
// STORAGE_UNKNOWN: error: dmasafe: {{.*}}storage-unknown.yaml:5:14: unknown storage requirement; expected ram, stable, no-stack or no-vmalloc (or, for 'storage', vmalloc)
// DIRECTION_KEY: error: dmasafe: {{.*}}direction-key.yaml:5:57: direction values are keyed by integer enum values, got 'DMA_TO_DEVICE'
// DUPLICATE: error: dmasafe: {{.*}}duplicate.yaml:6:5: function 'f' is described twice in this file
// EMPTY: error: dmasafe: {{.*}}empty.yaml:1:1: empty model file; expected 'api:' and 'functions:'
// FUNCTIONS_NOT_LIST: error: dmasafe: {{.*}}functions-not-list.yaml:3:3: expected a list here
// HANDLE_BOTH: error: dmasafe: {{.*}}handle-both.yaml:5:14: a handle is one of {param: N}, {return: true} or {mask: N}
// MISSING_API: error: dmasafe: {{.*}}missing-api.yaml:1:1: missing required key 'api'
// MISSING_ROLE: error: dmasafe: {{.*}}missing-role.yaml:3:5: missing required key 'role'
// NEGATIVE_INDEX: error: dmasafe: {{.*}}negative-index.yaml:6:16: parameter index -1 is negative; indices start at 0 for the first parameter
// ROLE_MAP: error: dmasafe: {{.*}}role-map.yaml:4:12: a role is a name or a list of names, not a mapping
// START_AND_WAIT: error: dmasafe: {{.*}}start-and-wait.yaml:3:5: function 'f' is both 'start' and 'wait'; a function either starts or ends a transfer
// START_NO_BUFFERS: error: dmasafe: {{.*}}start-no-buffers.yaml:3:5: function 'f' has role 'start' but no 'buffers'
// SUCCESS_NOT_INT: error: dmasafe: {{.*}}success-not-int.yaml:5:23: expected an integer here
// SUCCESS_ON_POLL_BUSY: error: dmasafe: {{.*}}success-on-poll-busy.yaml:3:5: function 'poll' has a 'success' condition, which only applies to start, arm, trigger, wait, wait-signal, abort and poll-done
// SYNTAX: error: dmasafe: {{.*}}syntax.yaml:4:17: Could not find closing ]!
// TRIGGER_IS_BUFFER: error: dmasafe: {{.*}}trigger-is-buffer.yaml:3:5: function 'f': parameter 1 is both a buffer and the trigger
// TWO_DOCUMENTS: error: dmasafe: {{.*}}two-documents.yaml:6:1: a model file holds one YAML document; found several
// LENGTH_END_AND_PARAM: error: dmasafe: {{.*}}length-end-and-param.yaml:5:35: a length is one of {param: N, unit: U}, {bytes: N} or {end: N}
// END_IS_BUFFER: error: dmasafe: {{.*}}end-is-buffer.yaml:3:5: function 'clean_range': parameter 0 is both a buffer and its end
// UNIT_ZERO: error: dmasafe: {{.*}}unit-zero.yaml:5:35: a length unit is a positive number of bytes
// UNKNOWN_DIRECTION: error: dmasafe: {{.*}}unknown-direction.yaml:6:31: unknown direction; expected to-device, from-device or bidirectional
// UNKNOWN_KEY: error: dmasafe: {{.*}}unknown-key.yaml:5:5: unknown key 'handel'
// UNKNOWN_KEY_AFTER_WRONG_SHAPE: error: dmasafe: {{.*}}unknown-key-after-wrong-shape.yaml:10:9: unknown key 'fieid'
// UNKNOWN_LENGTH_KEY: error: dmasafe: {{.*}}unknown-length-key.yaml:5:45: unknown key 'units'
// UNKNOWN_REQUIREMENT: error: dmasafe: {{.*}}unknown-requirement.yaml:6:31: unknown storage requirement; expected ram, stable, no-stack or no-vmalloc
// UNKNOWN_ROLE: error: dmasafe: {{.*}}unknown-role.yaml:4:11: unknown role; expected one of: start, arm, trigger, suspend, wait, abort, poll-busy, poll-done, error-test, completion-callback, register-callback, signal, wait-signal, cache-clean, cache-invalidate, deallocate, requires-storage
// WAIT_WITHOUT_HANDLE: error: dmasafe: {{.*}}wait-without-handle.yaml:3:5: function 'f' has role 'wait' but no handle naming the transfer; add 'handle: {param: N}'
// STRAY_BRACE: error: dmasafe: {{.*}}stray-brace.yaml:3:1: Unexpected token
// TOP_LEVEL_LIST: error: dmasafe: {{.*}}top-level-list.yaml:1:1: expected a mapping ('key: value') here
// HANDLE_SCALAR: error: dmasafe: {{.*}}handle-scalar.yaml:5:13: expected a mapping ('key: value') here
// MISSING_FILE: error: dmasafe: {{.*}}no-such-model.yaml: cannot read model file: {{.*}}
// HALF: error: dmasafe: {{.*}}unknown-role.yaml:4:11: unknown role
// MASK_NOT_TRIGGER: error: dmasafe: {{.*}}mask-not-trigger.yaml:3:5: function 'f' has a channel-mask handle, which only role 'trigger' takes
// ARM_WITHOUT_HANDLE: error: dmasafe: {{.*}}arm-without-handle.yaml:3:5: function 'f' arms a transfer but has no handle a trigger could name; add 'handle: {param: N}'
// REGISTER_WITHOUT_CALLBACK: error: dmasafe: {{.*}}register-without-callback.yaml:3:5: function 'f' has role 'register-callback' but no 'callback: {param: N}'
// CALLBACK_ON_WAIT: error: dmasafe: {{.*}}callback-on-wait.yaml:3:5: function 'f' has a 'callback', which only applies to start, arm, trigger and register-callback
// SIGNAL_WITH_WAIT: error: dmasafe: {{.*}}signal-with-wait.yaml:3:5: function 'f' is a 'signal' and has other roles; give it that role alone
// START_AND_ARM: error: dmasafe: {{.*}}start-and-arm.yaml:3:5: function 'f' is both 'start' and 'arm'; a start whose 'trigger' argument is zero arms the transfer
// LENGTH_FIELD_WITHOUT_PARAM: error: dmasafe: {{.*}}length-field-without-param.yaml:6:29: a length 'field' is a member of a parameter; add 'param: N'
// COMPLETES_ON_START: error: dmasafe: {{.*}}completes-on-start.yaml:3:5: function 'f' has 'completes', which only applies to a completion-callback
// FROM_INTERRUPT_ON_WAIT: error: dmasafe: {{.*}}from-interrupt-on-wait.yaml:3:5: function 'f' has 'from-interrupt' but is no signal
// BUSY_WITHOUT_SUCCESS: error: dmasafe: {{.*}}busy-without-success.yaml:3:5: function 'f' has 'fails-when-busy' but no 'success' condition its failure could break
// GOOD: warning: Write to 'tx' while a DMA transfer (memory-to-device) is in flight

#include "stm32f4xx_hal.h"

UART_HandleTypeDef huart;
unsigned char tx[8];

void refill_in_flight(void) {
  HAL_UART_Transmit_DMA(&huart, tx, sizeof tx);
  tx[0] = 1;
}
// WRITES_DOTTED: error: dmasafe: {{.*}}writes-dotted.yaml:6:{{[0-9]+}}: 'a.b' in 'fields' is not a member name
// WRITES_ON_WAIT: error: dmasafe: {{.*}}writes-on-wait.yaml:3:5: function 'f' has 'writes', but a call of its roles changes none of its arguments' memory
