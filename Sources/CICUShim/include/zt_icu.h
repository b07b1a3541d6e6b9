/* zt_icu.h — the C surface zhtext uses to reach the system ICU.
 *
 * Only <stdint.h> types and opaque handles appear here, so Swift code that imports this
 * module never sees an ICU header (Debian renames every ICU symbol with a version suffix,
 * and the toolchain's own ICU headers clash with the system's). Every function reports
 * ICU's UErrorCode through `status` (0 = success, > 0 = failure, < 0 = warning). */
#ifndef ZT_ICU_H
#define ZT_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Normalization (unorm2) ---- */

/** The normalization forms zhtext uses. */
enum { ZT_FORM_NFC = 0, ZT_FORM_NFKC = 1 };

/** An ICU normalizer. Instances are process-wide singletons owned by ICU: never freed. */
typedef struct zt_normalizer zt_normalizer;

/** The normalizer for `form` (ZT_FORM_NFC or ZT_FORM_NFKC), or NULL with `status` set. */
const zt_normalizer *zt_normalizer_get(int32_t form, int32_t *status);

/** Normalizes UTF-16 `src[0..<length]` into `dest` (capacity `capacity` code units).
 *  Returns the length of the result; when it exceeds `capacity`, `status` is
 *  U_BUFFER_OVERFLOW_ERROR (15) and the caller retries with a larger buffer. */
int32_t zt_normalize(const zt_normalizer *normalizer, const uint16_t *src, int32_t length,
                     uint16_t *dest, int32_t capacity, int32_t *status);

/** Non-zero when UTF-16 `src[0..<length]` is already normalized. */
int32_t zt_is_normalized(const zt_normalizer *normalizer, const uint16_t *src, int32_t length,
                         int32_t *status);

/* ---- Break iteration (ubrk) ---- */

/** The break iterator kinds zhtext uses. */
enum { ZT_BREAK_WORD = 1, ZT_BREAK_SENTENCE = 3 };

/** A break iterator; owned by the caller. */
typedef struct zt_breaker zt_breaker;

/** Opens a break iterator of `kind` for `locale` (e.g. "zh"), or NULL with `status` set. */
zt_breaker *zt_breaker_open(int32_t kind, const char *locale, int32_t *status);

/** A new iterator with the rules and dictionaries of `original` (ICU shares the data),
 *  for another thread; NULL with `status` set on failure. */
zt_breaker *zt_breaker_clone(const zt_breaker *original, int32_t *status);

/** Closes a break iterator (NULL is allowed). */
void zt_breaker_close(zt_breaker *breaker);

/** Points the iterator at UTF-16 `text[0..<length]` without copying it; the text must stay
 *  valid until the next call. Offsets the iterator returns count UTF-16 code units.
 *  (UTF-16 rather than UText over UTF-8: ICU's dictionary engine works in UTF-16, and on
 *  the seeds the UTF-8 UText path is 25 % slower.) */
void zt_breaker_set_utf16(zt_breaker *breaker, const uint16_t *text, int32_t length, int32_t *status);

/** The next boundary after the current one, in UTF-16 code units, or -1 at the end. */
int64_t zt_breaker_next(zt_breaker *breaker);

/** The rule status of the boundary just returned (ICU's UWordBreak values for words). */
int32_t zt_breaker_rule_status(const zt_breaker *breaker);

/* ---- Character properties (uchar, uscript) ---- */

/** The East_Asian_Width property value of `c` (UEastAsianWidth: 0 neutral, 1 ambiguous,
 *  2 halfwidth, 3 fullwidth, 4 narrow, 5 wide). */
int32_t zt_east_asian_width(uint32_t c);

/** The Sentence_Break property value of `c` (USentenceBreak: 1 ATerm, 7 Sep, 9 STerm,
 *  11 CR, 13 LF, …). */
int32_t zt_sentence_break(uint32_t c);

/** Non-zero when `c` belongs to the Han script. */
int32_t zt_is_han(uint32_t c);

/** The version of the ICU library linked in, as "major.minor". */
const char *zt_icu_version(void);

#ifdef __cplusplus
}
#endif

#endif
