#ifndef RHETORIC_CJIEBA_H
#define RHETORIC_CJIEBA_H

#include <stddef.h>

/*
 * jieba's data (MIT licence, Sun Junyi), compiled into the binary from Debian's python3-jieba, so
 * that rhetoric works from any folder without it:
 *   - the dictionary, dict.txt: one word a line, "word frequency tag";
 *   - the hidden Markov model of its finalseg module, as the Python literals jieba ships:
 *     prob_start.py, prob_trans.py and prob_emit.py (log probabilities of the B, M, E, S tags).
 * Each function points at the bytes of one file and returns its length.
 */
size_t rx_jieba_dictionary(const unsigned char **bytes);
size_t rx_jieba_hmm_start(const unsigned char **bytes);
size_t rx_jieba_hmm_transitions(const unsigned char **bytes);
size_t rx_jieba_hmm_emissions(const unsigned char **bytes);

#endif
