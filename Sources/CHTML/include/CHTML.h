#ifndef RHETORIC_CHTML_H
#define RHETORIC_CHTML_H

#include <stddef.h>

/*
 * libxml2's HTML parser reduced to what a text pipeline needs: the page's text as blocks.
 *
 * `rx_html_blocks` parses `html` (UTF-8) with libxml2's forgiving HTML parser, its nesting limit
 * lifted, and writes one line per block into a new buffer: a kind letter, a tab, the block's text
 * with runs of white space collapsed, and a newline. Kinds:
 *   'T' the document's <title>      'H' a heading (h1-h6, or a block whose text is all bold)
 *   'P' a paragraph-like block      'L' loose text directly in a container (div, body, ...)
 *   'C' a <figcaption>              'I' an image (the text is empty)
 * Script, style, forms, navigation and other non-text elements are dropped; entities are decoded;
 * comments, processing instructions, CDATA sections and a DOCTYPE's internal subset are never text.
 * `*lost_han` receives how many Han characters standing outside markup are in no text node of the
 * parsed tree (text the parser dropped; 0 normally).
 * Returns 0 on success, -1 if the input cannot be parsed at all. Free the buffer with rx_html_free.
 */
int rx_html_blocks(const char *html, int length, char **out, size_t *out_length, size_t *lost_han);
void rx_html_free(char *buffer);

#endif
