#include "CJieba.h"

/* The files are included with the assembler's .incbin at build time; the Makefile installs
   python3-jieba, which puts them here. */
#define JIEBA "/usr/lib/python3/dist-packages/jieba/"

#define EMBED(symbol, path)                                   \
    __asm__(".section .rodata\n"                              \
            ".balign 16\n"                                    \
            ".global " #symbol "_start\n"                     \
            #symbol "_start:\n"                               \
            ".incbin \"" path "\"\n"                          \
            ".global " #symbol "_end\n"                       \
            #symbol "_end:\n"                                 \
            ".byte 0\n"                                       \
            ".previous\n");                                   \
    extern const unsigned char symbol##_start[];              \
    extern const unsigned char symbol##_end[];

EMBED(rx_jieba_dict, JIEBA "dict.txt")
EMBED(rx_jieba_start, JIEBA "finalseg/prob_start.py")
EMBED(rx_jieba_trans, JIEBA "finalseg/prob_trans.py")
EMBED(rx_jieba_emit, JIEBA "finalseg/prob_emit.py")

size_t rx_jieba_dictionary(const unsigned char **bytes) {
    *bytes = rx_jieba_dict_start;
    return (size_t)(rx_jieba_dict_end - rx_jieba_dict_start);
}

size_t rx_jieba_hmm_start(const unsigned char **bytes) {
    *bytes = rx_jieba_start_start;
    return (size_t)(rx_jieba_start_end - rx_jieba_start_start);
}

size_t rx_jieba_hmm_transitions(const unsigned char **bytes) {
    *bytes = rx_jieba_trans_start;
    return (size_t)(rx_jieba_trans_end - rx_jieba_trans_start);
}

size_t rx_jieba_hmm_emissions(const unsigned char **bytes) {
    *bytes = rx_jieba_emit_start;
    return (size_t)(rx_jieba_emit_end - rx_jieba_emit_start);
}
