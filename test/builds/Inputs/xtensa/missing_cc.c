/* Compiled by a compiler that is not installed. */
int missing(void) { return 0; }
