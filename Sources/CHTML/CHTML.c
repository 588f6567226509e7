#include "CHTML.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

typedef struct {
    char *data;
    size_t length;
    size_t capacity;
    int failed;
} buffer;

static void append(buffer *b, const char *bytes, size_t n) {
    if (b->failed) return;
    if (b->length + n + 1 > b->capacity) {
        size_t capacity = b->capacity ? b->capacity * 2 : 4096;
        while (capacity < b->length + n + 1) capacity *= 2;
        char *grown = realloc(b->data, capacity);
        if (grown == NULL) { b->failed = 1; return; }
        b->data = grown;
        b->capacity = capacity;
    }
    memcpy(b->data + b->length, bytes, n);
    b->length += n;
    b->data[b->length] = 0;
}

typedef enum { CONTEXT_LOOSE, CONTEXT_PARAGRAPH, CONTEXT_HEADING, CONTEXT_CAPTION } context;

typedef struct {
    buffer out;
    buffer block;      /* text of the block being collected */
    context block_context;
    size_t bold_bytes; /* non-space bytes inside <b>/<strong> */
    size_t plain_bytes;
    int bold_depth;
} walker;

static int is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

static void flush(walker *w) {
    size_t n = w->block.length;
    while (n > 0 && w->block.data[n - 1] == ' ') n--;
    if (n > 0) {
        char kind;
        switch (w->block_context) {
        case CONTEXT_CAPTION: kind = 'C'; break;
        case CONTEXT_HEADING: kind = 'H'; break;
        default:
            if (w->plain_bytes == 0 && w->bold_bytes > 0) kind = 'H';
            else kind = w->block_context == CONTEXT_PARAGRAPH ? 'P' : 'L';
        }
        char prefix[2] = {kind, '\t'};
        append(&w->out, prefix, 2);
        append(&w->out, w->block.data, n);
        append(&w->out, "\n", 1);
    }
    w->block.length = 0;
    w->bold_bytes = 0;
    w->plain_bytes = 0;
}

static void add_text(walker *w, const unsigned char *text, context ctx) {
    for (const unsigned char *p = text; *p; p++) {
        if (is_space(*p)) {
            if (w->block.length > 0 && w->block.data[w->block.length - 1] != ' ') append(&w->block, " ", 1);
            continue;
        }
        if (w->block.length == 0) w->block_context = ctx;
        append(&w->block, (const char *)p, 1);
        if (w->bold_depth > 0) w->bold_bytes++; else w->plain_bytes++;
    }
}

static int named(const xmlNode *node, const char *const *names) {
    for (; *names; names++) if (strcasecmp((const char *)node->name, *names) == 0) return 1;
    return 0;
}

static const char *const skipped[] = {"script", "style", "noscript", "template", "iframe", "svg", "nav",
                                      "form", "button", "select", "head", NULL};
static const char *const paragraphs[] = {"p", "li", "td", "th", "dd", "dt", "blockquote", "pre", "address", NULL};
static const char *const containers[] = {"div", "body", "html", "section", "article", "main", "header", "footer",
                                         "aside", "figure", "ul", "ol", "dl", "table", "thead", "tbody", "tfoot",
                                         "tr", "center", "hr", NULL};
static const char *const headings[] = {"h1", "h2", "h3", "h4", "h5", "h6", NULL};
static const char *const bold[] = {"b", "strong", NULL};

static void title_of(walker *w, const xmlNode *head) {
    for (const xmlNode *n = head->children; n; n = n->next) {
        if (n->type == XML_ELEMENT_NODE && strcasecmp((const char *)n->name, "title") == 0) {
            xmlChar *text = xmlNodeGetContent(n);
            if (text) {
                add_text(w, text, CONTEXT_LOOSE);
                size_t len = w->block.length;
                while (len > 0 && w->block.data[len - 1] == ' ') len--;
                if (len > 0) {
                    append(&w->out, "T\t", 2);
                    append(&w->out, w->block.data, len);
                    append(&w->out, "\n", 1);
                }
                w->block.length = 0;
                w->plain_bytes = 0;
                xmlFree(text);
            }
        }
    }
}

static void walk(walker *w, const xmlNode *node, context ctx) {
    for (const xmlNode *n = node; n; n = n->next) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (n->content) add_text(w, n->content, ctx);
            continue;
        }
        if (n->type != XML_ELEMENT_NODE) continue;
        if (strcasecmp((const char *)n->name, "head") == 0) { title_of(w, n); continue; }
        if (named(n, skipped)) continue;
        if (strcasecmp((const char *)n->name, "img") == 0) {
            flush(w);
            append(&w->out, "I\t\n", 3);
            continue;
        }
        if (strcasecmp((const char *)n->name, "br") == 0) { flush(w); continue; }
        context inner;
        if (named(n, headings)) inner = CONTEXT_HEADING;
        else if (strcasecmp((const char *)n->name, "figcaption") == 0 || strcasecmp((const char *)n->name, "caption") == 0)
            inner = CONTEXT_CAPTION;
        else if (named(n, paragraphs)) inner = CONTEXT_PARAGRAPH;
        else if (named(n, containers)) inner = CONTEXT_LOOSE;
        else {
            int is_bold = named(n, bold);
            w->bold_depth += is_bold;
            walk(w, n->children, ctx);
            w->bold_depth -= is_bold;
            continue;
        }
        flush(w);
        walk(w, n->children, inner);
        flush(w);
    }
}

int rx_html_blocks(const char *html, int length, char **out, size_t *out_length) {
    *out = NULL;
    *out_length = 0;
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
    htmlDocPtr doc = htmlReadMemory(html, length, NULL, "UTF-8", options);
    if (doc == NULL) return -1;
    walker w;
    memset(&w, 0, sizeof w);
    append(&w.out, "", 0);
    walk(&w, xmlDocGetRootElement(doc), CONTEXT_LOOSE);
    flush(&w);
    xmlFreeDoc(doc);
    free(w.block.data);
    if (w.out.failed) { free(w.out.data); return -1; }
    *out = w.out.data;
    *out_length = w.out.length;
    return 0;
}

void rx_html_free(char *buffer) { free(buffer); }
