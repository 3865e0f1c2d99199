#include "CICU.h"
#include <unicode/ubrk.h>
#include <unicode/utrans.h>
#include <unicode/ustring.h>
#include <string.h>

/* One sentence and one word iterator per thread, kept between calls and given new text
   with ubrk_setText: opening an iterator (rules, and the locale's abbreviation filter) for
   every block was most of sentence splitting on long versions. */
static _Thread_local UBreakIterator *cachedIterators[2];
static _Thread_local char cachedLocales[2][32];

static UBreakIterator *iterator(UBreakIteratorType type, const char *locale, const UChar *text,
                                int32_t length, UErrorCode *status) {
    int slot = type == UBRK_SENTENCE ? 0 : 1;
    if (cachedIterators[slot] != NULL && strncmp(cachedLocales[slot], locale, sizeof cachedLocales[slot]) == 0) {
        ubrk_setText(cachedIterators[slot], text, length, status);
        return U_FAILURE(*status) ? NULL : cachedIterators[slot];
    }
    if (cachedIterators[slot] != NULL) ubrk_close(cachedIterators[slot]);
    cachedIterators[slot] = NULL;
    if (strlen(locale) >= sizeof cachedLocales[slot]) return NULL;
    UBreakIterator *it = ubrk_open(type, locale, text, length, status);
    if (U_FAILURE(*status)) return NULL;
    cachedIterators[slot] = it;
    strcpy(cachedLocales[slot], locale);
    return it;
}

static int32_t breaks(UBreakIteratorType type, const uint16_t *text, int32_t length,
                      const char *locale, int32_t *out, int32_t *statuses, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *it = iterator(type, locale, (const UChar *)text, length, &status);
    if (it == NULL) return -1;
    int32_t count = 0;
    ubrk_first(it);
    for (int32_t b = ubrk_next(it); b != UBRK_DONE; b = ubrk_next(it)) {
        if (count < capacity) {
            out[count] = b;
            if (statuses) statuses[count] = ubrk_getRuleStatus(it);
        }
        count++;
    }
    return count;
}

int32_t readouts_sentence_breaks(const uint16_t *text, int32_t length, const char *locale,
                                 int32_t *out, int32_t capacity) {
    return breaks(UBRK_SENTENCE, text, length, locale, out, NULL, capacity);
}

int32_t readouts_word_breaks(const uint16_t *text, int32_t length, const char *locale,
                             int32_t *out, int32_t *statuses, int32_t capacity) {
    return breaks(UBRK_WORD, text, length, locale, out, statuses, capacity);
}

int32_t readouts_transliterate(const char *id, uint16_t *text, int32_t length, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UChar idBuffer[128];
    u_uastrncpy(idBuffer, id, 127);
    idBuffer[127] = 0;
    UTransliterator *t = utrans_openU(idBuffer, -1, UTRANS_FORWARD, NULL, 0, NULL, &status);
    if (U_FAILURE(status)) return -1;
    int32_t textLength = length;
    int32_t limit = length;
    utrans_transUChars(t, (UChar *)text, &textLength, capacity, 0, &limit, &status);
    utrans_close(t);
    if (status == U_BUFFER_OVERFLOW_ERROR) return -2;
    if (U_FAILURE(status)) return -1;
    return textLength;
}

static _Thread_local UTransliterator *cachedTransliterator = NULL;
static _Thread_local char cachedID[128];

int32_t readouts_transliterate_cached(const char *id, uint16_t *text, int32_t length, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    if (cachedTransliterator == NULL || strncmp(cachedID, id, sizeof cachedID) != 0) {
        if (cachedTransliterator) utrans_close(cachedTransliterator);
        cachedTransliterator = NULL;
        UChar idBuffer[128];
        u_uastrncpy(idBuffer, id, 127);
        idBuffer[127] = 0;
        cachedTransliterator = utrans_openU(idBuffer, -1, UTRANS_FORWARD, NULL, 0, NULL, &status);
        if (U_FAILURE(status)) { cachedTransliterator = NULL; return -1; }
        strncpy(cachedID, id, sizeof cachedID - 1);
        cachedID[sizeof cachedID - 1] = 0;
    }
    int32_t textLength = length;
    int32_t limit = length;
    utrans_transUChars(cachedTransliterator, (UChar *)text, &textLength, capacity, 0, &limit, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) return -2;
    if (U_FAILURE(status)) return -1;
    return textLength;
}
