/* Reduced from pico-examples i2c/ht16k33_i2c/ht16k33_i2c.c (char_to_pattern
 * and its caller) with newlib's ctype.h macro shapes. */
extern const char kind_table[];
#define KIND_OF(c) ((kind_table + sizeof(""[c]))[(int)(c)])
#define IS_ALPHA(c) (KIND_OF(c) & 3)
#define IS_LOWER(c) ((KIND_OF(c) & 3) == 2)
#define TO_UPPER(c) __extension__ ({ __typeof__ (c) x_ = (c); IS_LOWER (x_) ? (int) x_ - 'a' + 'A' : (int) x_;})
void show(int pattern);
int pattern(char ch) {
  short alpha[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26};
  if (IS_ALPHA(ch))
    return alpha[TO_UPPER(ch) - 'A'];
  return 0;
}
void show_text(const char *text) {
  while (*text)
    show(pattern(*text++));
}
int main(void) {
  show_text("hello");
  return 0;
}
