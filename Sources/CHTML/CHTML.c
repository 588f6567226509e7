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

/* Han ideographs in UTF-8 text (CJK unified, extension A, compatibility, supplementary planes). */
static size_t count_han(const unsigned char *s, size_t n) {
    size_t count = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = s[i];
        unsigned int cp = 0;
        size_t len = 1;
        if (c >= 0xE0 && c < 0xF0 && i + 2 < n) { cp = ((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F); len = 3; }
        else if (c >= 0xF0 && i + 3 < n) {
            cp = ((c & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12) | ((s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
            len = 4;
        }
        if ((cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FA1F)) count++;
        i += len;
    }
    return count;
}

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
                                      "form", "button", "select", "head", "textarea", NULL};
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

/* What to do when a frame's children are done: end the block, or leave a bold element. */
typedef enum { EXIT_NONE, EXIT_FLUSH, EXIT_UNBOLD } exit_action;

typedef struct {
    const xmlNode *next;
    context ctx;
    exit_action on_exit;
} frame;

/* Walks the tree with an explicit stack, so a page nested 100,000 levels deep is walked on a
   worker thread's small stack. */
static int walk(walker *w, const xmlNode *root) {
    size_t capacity = 64, depth = 0;
    frame *stack = malloc(capacity * sizeof *stack);
    if (stack == NULL) return -1;
    stack[depth++] = (frame){root, CONTEXT_LOOSE, EXIT_NONE};
    while (depth > 0) {
        frame *top = &stack[depth - 1];
        const xmlNode *n = top->next;
        if (n == NULL) {
            if (top->on_exit == EXIT_FLUSH) flush(w);
            if (top->on_exit == EXIT_UNBOLD) w->bold_depth--;
            depth--;
            continue;
        }
        top->next = n->next;
        context ctx = top->ctx;
        if (n->type == XML_TEXT_NODE) {
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
        frame child = {n->children, ctx, EXIT_NONE};
        int block = 1;
        if (named(n, headings)) child.ctx = CONTEXT_HEADING;
        else if (strcasecmp((const char *)n->name, "figcaption") == 0 || strcasecmp((const char *)n->name, "caption") == 0)
            child.ctx = CONTEXT_CAPTION;
        else if (named(n, paragraphs)) child.ctx = CONTEXT_PARAGRAPH;
        else if (named(n, containers)) child.ctx = CONTEXT_LOOSE;
        else block = 0;
        if (block) {
            flush(w);
            child.on_exit = EXIT_FLUSH;
        } else if (named(n, bold)) {
            w->bold_depth++;
            child.on_exit = EXIT_UNBOLD;
        }
        if (depth == capacity) {
            frame *grown = realloc(stack, capacity * 2 * sizeof *stack);
            if (grown == NULL) { free(stack); return -1; }
            stack = grown;
            capacity *= 2;
        }
        stack[depth++] = child;
    }
    free(stack);
    return 0;
}

/* Han characters in every text node of the tree, found through parent links (no recursion). */
static size_t tree_han(const xmlNode *root) {
    size_t count = 0;
    const xmlNode *n = root;
    while (n) {
        if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content)
            count += count_han(n->content, strlen((const char *)n->content));
        if (n->type == XML_ELEMENT_NODE && n->children) { n = n->children; continue; }
        while (n && n != root && n->next == NULL) n = n->parent;
        if (n == NULL || n == root) break;
        n = n->next;
    }
    return count;
}

/* The offset just past the first `needle` in `s` (length n), or n when there is none. */
static size_t past(const char *s, size_t n, const char *needle) {
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= n; i++) if (memcmp(s + i, needle, k) == 0) return i + k;
    return n;
}

static int starts_with(const char *s, size_t n, const char *prefix) {
    size_t k = strlen(prefix);
    return n >= k && strncasecmp(s, prefix, k) == 0;
}

/* The page without what HTML never shows as text but libxml2's HTML parser would: CDATA sections
   and a DOCTYPE's internal subset. Comments are copied whole, so markup inside them stays inert.
   Also counts the Han characters that stand outside markup, the text a reader sees. */
static char *without_hidden_sections(const char *html, size_t length, size_t *out_length, size_t *visible_han) {
    char *out = malloc(length + 1);
    if (out == NULL) return NULL;
    size_t o = 0, i = 0, han = 0;
    while (i < length) {
        const char *p = html + i;
        size_t rest = length - i;
        if (starts_with(p, rest, "<!--")) {
            size_t n = 4 + past(p + 4, rest - 4, "-->");
            memcpy(out + o, p, n);
            o += n; i += n;
            continue;
        }
        if (starts_with(p, rest, "<![CDATA[")) {
            i += 9 + past(p + 9, rest - 9, "]]>");
            continue;
        }
        if (starts_with(p, rest, "<!DOCTYPE")) {
            size_t k = 9;
            while (k < rest && p[k] != '>' && p[k] != '[') k++;
            if (k < rest && p[k] == '[') {
                while (k < rest && p[k] != ']') k++;
                while (k < rest && p[k] != '>') k++;
                i += k < rest ? k + 1 : rest;
                continue;
            }
        }
        if (*p == '<' && rest > 1 && (p[1] == '/' || p[1] == '!' || p[1] == '?' || ((p[1] | 0x20) >= 'a' && (p[1] | 0x20) <= 'z'))) {
            size_t k = 1;
            while (k < rest && p[k] != '>') k++;
            size_t n = k < rest ? k + 1 : rest;
            memcpy(out + o, p, n);
            o += n; i += n;
            continue;
        }
        size_t k = 0;
        while (k < rest && p[k] != '<') k++;
        if (k == 0) k = 1;
        han += count_han((const unsigned char *)p, k);
        memcpy(out + o, p, k);
        o += k; i += k;
    }
    out[o] = 0;
    *out_length = o;
    *visible_han = han;
    return out;
}

int rx_html_blocks(const char *html, int length, char **out, size_t *out_length, size_t *lost_han) {
    *out = NULL;
    *out_length = 0;
    *lost_han = 0;
    size_t cleaned_length = 0, visible = 0;
    char *cleaned = without_hidden_sections(html, (size_t)length, &cleaned_length, &visible);
    if (cleaned == NULL) return -1;
    /* XML_PARSE_HUGE lifts libxml2's nesting limit of 256 elements, past which it drops the rest. */
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | XML_PARSE_HUGE;
    htmlDocPtr doc = htmlReadMemory(cleaned, (int)cleaned_length, NULL, "UTF-8", options);
    free(cleaned);
    if (doc == NULL) {
        *lost_han = visible;
        return visible > 0 ? -1 : 0;
    }
    walker w;
    memset(&w, 0, sizeof w);
    append(&w.out, "", 0);
    xmlNode *root = xmlDocGetRootElement(doc);
    int status = walk(&w, root);
    flush(&w);
    size_t kept = root ? tree_han(root) : 0;
    *lost_han = kept < visible ? visible - kept : 0;
    xmlFreeDoc(doc);
    free(w.block.data);
    if (status != 0 || w.out.failed) { free(w.out.data); return -1; }
    *out = w.out.data;
    *out_length = w.out.length;
    return 0;
}

void rx_html_free(char *buffer) { free(buffer); }
