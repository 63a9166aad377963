/*
 * check.h - the unit tests' assertion helper. A failed CHECK prints where
 * and what; check_report() prints how many checks ran and returns the exit
 * status: nonzero when one failed, or when none ran at all.
 */
#ifndef DMASAFE_TESTS_CHECK_H
#define DMASAFE_TESTS_CHECK_H

#include <stdbool.h>

void check_record(bool ok, const char *file, int line, const char *expr,
                  long long got, long long want, bool show_values);
int check_report(const char *program);

#define CHECK(cond) check_record((cond), __FILE__, __LINE__, #cond, 0, 0, false)

/* Integer equality that prints both values on failure. */
#define CHECK_EQ(got, want)                                                  \
  do {                                                                       \
    long long check_got_ = (long long)(got), check_want_ = (long long)(want); \
    check_record(check_got_ == check_want_, __FILE__, __LINE__,              \
                 #got " == " #want, check_got_, check_want_, true);          \
  } while (0)

#endif /* DMASAFE_TESTS_CHECK_H */
