/* Built against headers of another kernel version: does not compile. */
int broken(struct nosuch *p) { return p->member; }
