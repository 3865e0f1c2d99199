/* ICU's break iterators and transliteration behind plain C functions, so that Swift
   never imports ICU's headers next to Foundation (they clash on UErrorCode). */
#ifndef READOUTS_CICU_H
#define READOUTS_CICU_H
#include <stdint.h>

/* Sentence boundaries of UTF-16 `text` for `locale` (e.g. "fr@ss=standard").
   Writes up to `capacity` boundary offsets (UTF-16 units, excluding 0) into `out`;
   returns how many boundaries there are, or -1 on an ICU error. */
int32_t readouts_sentence_breaks(const uint16_t *text, int32_t length, const char *locale,
                                 int32_t *out, int32_t capacity);

/* Word boundaries, same contract; `statuses` (may be NULL) receives each segment's rule status. */
int32_t readouts_word_breaks(const uint16_t *text, int32_t length, const char *locale,
                             int32_t *out, int32_t *statuses, int32_t capacity);

/* Transliterates `text` with the ICU transform `id` (e.g. "Any-Latin; Latin-ASCII; Lower")
   in place; returns the new length in UTF-16 units, or -1 on error / -2 if `capacity` is short. */
int32_t readouts_transliterate(const char *id, uint16_t *text, int32_t length, int32_t capacity);

/* Same contract as readouts_transliterate, but keeps the opened transliterator in a
   thread-local cache: opening "Any-Latin" costs milliseconds, folding a word microseconds. */
int32_t readouts_transliterate_cached(const char *id, uint16_t *text, int32_t length, int32_t capacity);
#endif
