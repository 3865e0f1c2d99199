#include "CICU.h"
#include <unicode/ubrk.h>
#include <unicode/utrans.h>
#include <unicode/ustring.h>
#include <unicode/ucnv.h>
#include <unicode/unorm2.h>
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

#include <unicode/uregex.h>
#include <stdlib.h>
#include <stdio.h>

struct ReadoutsRegex {
    URegularExpression *regex;
    /* Steps of the finds already finished, and of the current one so far. */
    int32_t spent;
    int32_t current;
    int32_t budget;
};

/* Called by ICU every step of a find: stops it once the whole budget is spent. */
static UBool U_CALLCONV readouts_regex_step(const void *context, int32_t steps) {
    struct ReadoutsRegex *r = (struct ReadoutsRegex *)context;
    r->current = steps;
    return r->spent + steps < r->budget;
}

ReadoutsRegex *readouts_regex_open(const uint16_t *pattern, int32_t length, int32_t caseInsensitive,
                                   char *error, int32_t errorCapacity) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse;
    URegularExpression *regex = uregex_open((const UChar *)pattern, length, caseInsensitive ? UREGEX_CASE_INSENSITIVE : 0,
                                            &parse, &status);
    if (U_FAILURE(status)) {
        if (error && errorCapacity > 0) {
            snprintf(error, (size_t)errorCapacity, "%s at character %d", u_errorName(status), (int)parse.offset + 1);
        }
        if (regex) uregex_close(regex);
        return NULL;
    }
    struct ReadoutsRegex *r = calloc(1, sizeof *r);
    if (r == NULL) { uregex_close(regex); return NULL; }
    r->regex = regex;
    uregex_setMatchCallback(regex, readouts_regex_step, r, &status);
    return r;
}

void readouts_regex_close(ReadoutsRegex *regex) {
    if (regex == NULL) return;
    uregex_close(regex->regex);
    free(regex);
}

int32_t readouts_regex_find(ReadoutsRegex *r, const uint16_t *text, int32_t length, int32_t stepBudget,
                            int32_t *out, int32_t capacity, int32_t *stepsSpent, int32_t *exhausted) {
    UErrorCode status = U_ZERO_ERROR;
    *exhausted = 0;
    r->spent = 0;
    r->current = 0;
    r->budget = stepBudget < 1 ? 1 : stepBudget;
    uregex_setText(r->regex, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return -1;
    int32_t count = 0;
    while (uregex_findNext(r->regex, &status)) {
        r->spent += r->current;
        r->current = 0;
        int32_t start = uregex_start(r->regex, 0, &status);
        int32_t end = uregex_end(r->regex, 0, &status);
        if (U_FAILURE(status)) break;
        if (end > start) {
            if (count < capacity) {
                out[2 * count] = start;
                out[2 * count + 1] = end;
            }
            count++;
        }
        if (r->spent >= r->budget) { *exhausted = 1; break; }
    }
    r->spent += r->current;
    if (status == U_REGEX_STOPPED_BY_CALLER || status == U_REGEX_TIME_OUT) {
        *exhausted = 1;
        status = U_ZERO_ERROR;
    }
    *stepsSpent = r->spent;
    /* Drop the text: it belongs to the caller's buffer. */
    UErrorCode ignored = U_ZERO_ERROR;
    static const UChar empty[1] = {0};
    uregex_setText(r->regex, empty, 0, &ignored);
    return U_FAILURE(status) ? -1 : count;
}

int32_t readouts_legacy_table(const char *name, uint32_t *table) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(name, &status);
    if (U_FAILURE(status) || converter == NULL) return 0;
    for (int i = 0; i < 128; i++) {
        char byte = (char)(0x80 + i);
        UChar out[4];
        status = U_ZERO_ERROR;
        int32_t length = ucnv_toUChars(converter, out, 4, &byte, 1, &status);
        /* ICU substitutes U+001A (SUB) or U+FFFD for a byte the charset leaves undefined. */
        table[i] = U_SUCCESS(status) && length == 1 && out[0] != 0x1A ? out[0] : 0xFFFD;
    }
    ucnv_close(converter);
    return 1;
}

int32_t readouts_compose(const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) return -1;
    int32_t written = unorm2_normalize(nfc, (const UChar *)text, length, (UChar *)out, capacity, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) return -2;
    if (U_FAILURE(status)) return -1;
    return written;
}
