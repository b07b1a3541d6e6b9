/* zt_icu.c — the only translation unit that includes ICU headers. */
#include "zt_icu.h"

#include <stdio.h>
#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/uversion.h>

const zt_normalizer *zt_normalizer_get(int32_t form, int32_t *status) {
  UErrorCode err = U_ZERO_ERROR;
  const UNormalizer2 *n =
      form == ZT_FORM_NFKC ? unorm2_getNFKCInstance(&err) : unorm2_getNFCInstance(&err);
  *status = (int32_t)err;
  return U_FAILURE(err) ? NULL : (const zt_normalizer *)n;
}

int32_t zt_normalize(const zt_normalizer *normalizer, const uint16_t *src, int32_t length,
                     uint16_t *dest, int32_t capacity, int32_t *status) {
  UErrorCode err = U_ZERO_ERROR;
  int32_t n = unorm2_normalize((const UNormalizer2 *)normalizer, (const UChar *)src, length,
                               (UChar *)dest, capacity, &err);
  *status = (int32_t)err;
  return n;
}

int32_t zt_is_normalized(const zt_normalizer *normalizer, const uint16_t *src, int32_t length,
                         int32_t *status) {
  UErrorCode err = U_ZERO_ERROR;
  UBool yes = unorm2_isNormalized((const UNormalizer2 *)normalizer, (const UChar *)src, length,
                                  &err);
  *status = (int32_t)err;
  return yes ? 1 : 0;
}

int32_t zt_east_asian_width(uint32_t c) {
  return u_getIntPropertyValue((UChar32)c, UCHAR_EAST_ASIAN_WIDTH);
}

int32_t zt_sentence_break(uint32_t c) {
  return u_getIntPropertyValue((UChar32)c, UCHAR_SENTENCE_BREAK);
}

int32_t zt_is_han(uint32_t c) {
  UErrorCode err = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript((UChar32)c, &err);
  return U_SUCCESS(err) && script == USCRIPT_HAN;
}

const char *zt_icu_version(void) {
  static char text[U_MAX_VERSION_STRING_LENGTH];
  UVersionInfo version;
  u_getVersion(version);
  snprintf(text, sizeof text, "%u.%u", version[0], version[1]);
  return text;
}

struct zt_breaker {
  UBreakIterator *iterator;
};

zt_breaker *zt_breaker_open(int32_t kind, const char *locale, int32_t *status) {
  UErrorCode err = U_ZERO_ERROR;
  zt_breaker *breaker = calloc(1, sizeof *breaker);
  if (breaker == NULL) {
    *status = (int32_t)U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  breaker->iterator = ubrk_open((UBreakIteratorType)kind, locale, NULL, 0, &err);
  if (U_FAILURE(err)) {
    free(breaker);
    *status = (int32_t)err;
    return NULL;
  }
  *status = 0;
  return breaker;
}

zt_breaker *zt_breaker_clone(const zt_breaker *original, int32_t *status) {
  UErrorCode err = U_ZERO_ERROR;
  zt_breaker *breaker = calloc(1, sizeof *breaker);
  if (breaker == NULL) {
    *status = (int32_t)U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
#if U_ICU_VERSION_MAJOR_NUM >= 69
  breaker->iterator = ubrk_clone(original->iterator, &err);
#else
  breaker->iterator = ubrk_safeClone(original->iterator, NULL, NULL, &err);
#endif
  if (U_FAILURE(err)) {
    free(breaker);
    *status = (int32_t)err;
    return NULL;
  }
  *status = 0;
  return breaker;
}

void zt_breaker_close(zt_breaker *breaker) {
  if (breaker == NULL) return;
  ubrk_close(breaker->iterator);
  free(breaker);
}

void zt_breaker_set_utf16(zt_breaker *breaker, const uint16_t *text, int32_t length, int32_t *status) {
  UErrorCode err = U_ZERO_ERROR;
  static const UChar empty[1] = {0};
  ubrk_setText(breaker->iterator, text != NULL ? (const UChar *)text : empty, length, &err);
  *status = (int32_t)err;
}

int64_t zt_breaker_next(zt_breaker *breaker) {
  int32_t next = ubrk_next(breaker->iterator);
  return next == UBRK_DONE ? -1 : (int64_t)next;
}

int32_t zt_breaker_rule_status(const zt_breaker *breaker) {
  return ubrk_getRuleStatus(breaker->iterator);
}
