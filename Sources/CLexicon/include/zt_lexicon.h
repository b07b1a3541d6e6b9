#ifndef ZT_LEXICON_H
#define ZT_LEXICON_H
#include <stddef.h>
#include <stdint.h>

/// The sorted word list of segment --words ("word<TAB>frequency" lines, UTF-8), compiled
/// into the binary: it is mapped with the executable, so loading costs nothing.
const unsigned char *zt_lexicon_words(void);
/// Its length in bytes.
size_t zt_lexicon_words_size(void);

/// One character's emission log-probabilities in the states B M E S.
struct zt_hmm_emission {
  uint32_t scalar;
  double logp[4];
};
/// The unknown-word model's start log-probabilities, B M E S.
const double *zt_hmm_start(void);
/// Its transition log-probabilities, 4 rows (from) of 4 (to), B M E S.
const double *zt_hmm_transition(void);
/// Its emissions, sorted by scalar.
const struct zt_hmm_emission *zt_hmm_emissions(void);
/// How many emissions there are.
size_t zt_hmm_emission_count(void);

#endif
