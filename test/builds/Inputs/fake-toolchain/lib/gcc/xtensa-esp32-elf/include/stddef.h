/* The stand-in compiler's own stddef.h: clang must use its own instead. */
#error "the compiler's own headers must not reach clang"
