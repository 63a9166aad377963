// C++ of a toolchain without C++ standard headers: reported as skipped.
int width() { return 320; }
