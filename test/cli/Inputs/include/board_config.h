#define LINE_BYTES 16
