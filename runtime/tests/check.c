/* check.c - see check.h. Thread-safe: the stress test checks from workers. */
#include "check.h"

#include <stdatomic.h>
#include <stdio.h>

static atomic_int checks;
static atomic_int failures;

void check_record(bool ok, const char *file, int line, const char *expr,
                  long long got, long long want, bool show_values) {
  atomic_fetch_add(&checks, 1);
  if (ok)
    return;
  atomic_fetch_add(&failures, 1);
  if (show_values)
    fprintf(stderr, "%s:%d: FAILED %s (got %lld, want %lld)\n", file, line,
            expr, got, want);
  else
    fprintf(stderr, "%s:%d: FAILED %s\n", file, line, expr);
}

int check_report(const char *program) {
  int ran = atomic_load(&checks), failed = atomic_load(&failures);
  if (failed || ran == 0) {
    fprintf(stderr, "%s: %d of %d checks FAILED\n", program, failed, ran);
    return 1;
  }
  printf("%s: %d checks passed\n", program, ran);
  return 0;
}
