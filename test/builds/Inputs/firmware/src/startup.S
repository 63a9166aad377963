/* Reset handler stub: an assembly file in the build, which dmasafe skips. */
  .syntax unified
  .thumb
  .global Reset_Handler
  .type Reset_Handler, %function
Reset_Handler:
  b .
