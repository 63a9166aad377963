int broken(void) { return }
