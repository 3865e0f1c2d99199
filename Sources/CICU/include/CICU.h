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

/* A compiled ICU regular expression (opaque). */
typedef struct ReadoutsRegex ReadoutsRegex;

/* Compiles a UTF-16 pattern. On an invalid pattern, answers NULL and writes a short reason
   (NUL-terminated, cut to `errorCapacity`) to `error`. */
ReadoutsRegex *readouts_regex_open(const uint16_t *pattern, int32_t length, int32_t caseInsensitive,
                                   char *error, int32_t errorCapacity);
void readouts_regex_close(ReadoutsRegex *regex);

/* Finds the matches of `regex` in UTF-16 `text`, writing up to `capacity` [start, end) pairs of
   UTF-16 offsets to `out` (empty matches are skipped), and answers how many it found (-1 on an
   ICU error). The match engine may spend at most `stepBudget` steps (ICU's unit of matching
   work, about a millisecond) over all the matches together: past that it stops, sets
   *exhausted and answers what it found so far. Steps, not a clock: the same text and pattern
   always give the same result. *stepsSpent receives the steps used. */
int32_t readouts_regex_find(ReadoutsRegex *regex, const uint16_t *text, int32_t length, int32_t stepBudget,
                            int32_t *out, int32_t capacity, int32_t *stepsSpent, int32_t *exhausted);
/* The code points of bytes 0x80–0xFF in the 8-bit charset `name` (ICU's converter names:
   "windows-1251", "KOI8-R"), written to `table` (128 entries; U+FFFD where a byte maps to
   nothing). Answers 1, or 0 when ICU has no such converter. */
int32_t readouts_legacy_table(const char *name, uint32_t *table);

/* The canonical composition (NFC) of UTF-16 `text`, written to `out`; answers its length,
   -1 on an ICU error or -2 when `capacity` is short. */
int32_t readouts_compose(const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity);

#endif
