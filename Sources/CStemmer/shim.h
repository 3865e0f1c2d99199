/* Snowball's libstemmer through its runtime soname: the build machines have the
   libstemmer0d runtime but not libstemmer-dev, so the prototypes are declared here. */
#ifndef READOUTS_CSTEMMER_SHIM_H
#define READOUTS_CSTEMMER_SHIM_H
typedef unsigned char sb_symbol;
struct sb_stemmer;
struct sb_stemmer *sb_stemmer_new(const char *algorithm, const char *charenc);
void sb_stemmer_delete(struct sb_stemmer *stemmer);
const sb_symbol *sb_stemmer_stem(struct sb_stemmer *stemmer, const sb_symbol *word, int size);
int sb_stemmer_length(struct sb_stemmer *stemmer);
const char **sb_stemmer_list(void);
#endif
