/* Compiled by a program that is no gcc. */
int not_gcc(void) { return 0; }
