/* newsparse._cwalk: the segmentation walk of _blocks.py, in C.
 *
 * A statement-by-statement translation of `_blocks._walk_python`, which stays the
 * reference: tests run both on the same trees and require identical output. It exists
 * because the walk touches every element of a page, and in Python that per-element work
 * cost more than parsing the page. It reads libxml2's nodes directly and asks lxml (its
 * public C-API, `elementFactory`) for the Python element of a node only where a block
 * needs one: block owners, chrome-hinted ancestors and content-hinted elements.
 *
 * Nothing here changes the tree. Text is decoded exactly as lxml's `.text` and `.tail`
 * do (runs of adjacent text and CDATA nodes, UTF-8), and white space is judged with
 * Python's own `str.isspace` rules.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>
#include <stdlib.h>
#include <stdint.h>
#include <libxml/tree.h>
#include "lxml.etree.h"

/* The role and hint bits of _blocks.py and _hints.py; tests compare them. */
#define R_BLOCK 1
#define R_SKIP 2
#define R_LINK 4
#define R_QUOTE 8
#define R_LIST 16
#define R_PRE 32
#define R_TABLE_CELL 64
#define R_BREAK 128
#define R_PAGE 256
#define R_COUNTED (R_LINK | R_QUOTE | R_LIST | R_PRE)
#define HINT_SHIFT 12
#define ROLE_MASK ((1 << HINT_SHIFT) - 1)
#define H_CHROME 1
#define H_CONTENT 2
#define H_CAPTION 8
#define H_HIDDEN 16

typedef struct LxmlElement *(*element_factory_t)(struct LxmlDocument *, xmlNode *);
static element_factory_t element_factory = NULL;

/* The tag → roles table, sorted by name for bsearch. */
typedef struct {
    char *name;
    int roles;
} RoleEntry;
static RoleEntry *role_table = NULL;
static Py_ssize_t role_count = 0;

static PyObject *str_line = NULL;  /* "\x00": a <br> */
static PyObject *str_cell = NULL;  /* "\x01": a table cell boundary */
static PyObject *str_space = NULL;
static PyObject *str_empty = NULL;
static PyObject *element_type = NULL;  /* lxml.etree._Element */
static PyObject *token_cache = NULL;     /* _hints.TOKEN_HINTS */
static Py_ssize_t max_cached_tokens = 0; /* _hints.MAX_CACHED_TOKENS */
static PyObject *pattern_function = NULL; /* _hints.pattern_hints */
static PyObject *pair_function = NULL;   /* _hints.attribute_hints */
/* _hints.FAST_PATH_WORDS: chrome and content words (frozensets), other words and caption
 * endings (as C strings). */
static PyObject *chrome_words = NULL;
static PyObject *content_words = NULL;
static char **other_words = NULL;
static Py_ssize_t other_count = 0;
static char **caption_endings = NULL;
static Py_ssize_t ending_count = 0;
static PyObject *block_type = NULL;      /* _blocks.Block */
static PyObject *text_function = NULL;   /* _blocks.block_text */

/* Roles by name pointer: a parsed page's element names are interned in its dictionary,
 * so a few dozen pointers stand for all its elements. One cache per walk (a pointer can
 * be reused for another name once a document is freed). */
#define ROLE_CACHE_SIZE 256
typedef struct {
    const xmlChar *names[ROLE_CACHE_SIZE];
    int roles[ROLE_CACHE_SIZE];
} RoleCache;

typedef struct {
    xmlNode *node;
    int roles, hints, own_hints, depth;
} Open;

typedef struct {
    struct LxmlDocument *doc;
    PyObject *parts;   /* list of str: the inline text since the last boundary */
    PyObject *blocks;  /* list of _blocks.Block */
    PyObject *content; /* set of content-hinted elements */
    PyObject *parents; /* block owners and their ancestors -> parent element, first met first */
    Py_ssize_t link_chars;
    int link_depth, quote_depth, list_depth, pre_depth;
    int depth, last_was_br;
    Py_ssize_t count, max_nodes;
    Open *opened;
    Py_ssize_t n_opened, cap_opened;
    xmlNode **owners;
    Py_ssize_t n_owners, cap_owners;
    xmlNode **chrome;
    Py_ssize_t n_chrome, cap_chrome;
    PyObject *chrome_tuple; /* proxies of chrome[0:n_chrome], built when a block needs it */
    RoleCache role_cache;
} Walk;

static int grow(void **items, Py_ssize_t *cap, Py_ssize_t need, size_t size) {
    if (need <= *cap) return 0;
    Py_ssize_t cap2 = *cap ? *cap * 2 : 64;
    while (cap2 < need) cap2 *= 2;
    void *bigger = PyMem_Realloc(*items, (size_t)cap2 * size);
    if (!bigger) {
        PyErr_NoMemory();
        return -1;
    }
    *items = bigger;
    *cap = cap2;
    return 0;
}

static int compare_role(const void *key, const void *entry) {
    return strcmp((const char *)key, ((const RoleEntry *)entry)->name);
}


static int roles_of(RoleCache *cache, xmlNode *node) {
    /* A namespaced element's tag is "{uri}name": no entry of the table matches it. */
    if (node->ns != NULL || node->name == NULL || role_table == NULL) return 0;
    size_t slot = ((uintptr_t)node->name >> 4) & (ROLE_CACHE_SIZE - 1);
    if (cache->names[slot] == node->name) return cache->roles[slot];
    RoleEntry *found = bsearch(node->name, role_table, (size_t)role_count,
                               sizeof(RoleEntry), compare_role);
    cache->names[slot] = node->name;
    cache->roles[slot] = found ? found->roles : 0;
    return cache->roles[slot];
}

static PyObject *proxy(Walk *w, xmlNode *node) {
    return (PyObject *)element_factory(w->doc, node);
}

static int is_text(xmlNode *node) {
    return node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE;
}

static int is_xinclude(xmlNode *node) {
    return node->type == XML_XINCLUDE_START || node->type == XML_XINCLUDE_END;
}

/* The run of text and CDATA nodes starting at `node`, as lxml's .text/.tail read it
 * (XInclude markers skipped); *last is set to the run's last node. New reference, or
 * Py_None (borrowed semantics: a new reference to None) when the run is empty. */
static PyObject *text_run(xmlNode *node, xmlNode **last) {
    xmlNode *cur = node;
    Py_ssize_t size = 0;
    int pieces = 0;
    const xmlChar *only = NULL;
    *last = NULL;
    while (cur && (is_text(cur) || is_xinclude(cur))) {
        if (is_text(cur) && cur->content && cur->content[0]) {
            size += (Py_ssize_t)strlen((const char *)cur->content);
            only = cur->content;
            pieces++;
        }
        *last = cur;
        cur = cur->next;
    }
    if (pieces == 0) Py_RETURN_NONE;
    if (pieces == 1) return PyUnicode_DecodeUTF8((const char *)only, (Py_ssize_t)strlen((const char *)only), NULL);
    char *buffer = PyMem_Malloc((size_t)size);
    if (!buffer) return PyErr_NoMemory();
    Py_ssize_t at = 0;
    for (cur = node; cur; cur = cur->next) {
        if (!(is_text(cur) || is_xinclude(cur))) break;
        if (is_text(cur) && cur->content) {
            size_t n = strlen((const char *)cur->content);
            memcpy(buffer + at, cur->content, n);
            at += (Py_ssize_t)n;
        }
        if (cur == *last) break;
    }
    PyObject *text = PyUnicode_DecodeUTF8(buffer, at, NULL);
    PyMem_Free(buffer);
    return text;
}

/* str.isspace(), and len(str.strip()), by Python's own white-space table. */
static int all_space(PyObject *text, Py_ssize_t *stripped) {
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t start = 0, end = n;
    while (start < n && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, start))) start++;
    if (start == n) {
        *stripped = 0;
        return 1;
    }
    while (end > start && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, end - 1))) end--;
    *stripped = end - start;
    return 0;
}

/* _walk_python's text handling: words go in, white space between tags becomes one break. */
static int add_text(Walk *w, PyObject *text) {
    Py_ssize_t stripped;
    if (PyUnicode_GET_LENGTH(text) == 0) return 0;
    if (!all_space(text, &stripped)) {
        if (PyList_Append(w->parts, text) < 0) return -1;
        w->last_was_br = 0;
        if (w->link_depth) w->link_chars += stripped;
        return 0;
    }
    if (w->pre_depth) return PyList_Append(w->parts, text);
    if (PyList_GET_SIZE(w->parts)) return PyList_Append(w->parts, str_space);
    return 0;
}

static PyObject *chrome_chain(Walk *w) {
    if (w->chrome_tuple == NULL) {
        PyObject *chain = PyTuple_New(w->n_chrome);
        if (!chain) return NULL;
        for (Py_ssize_t i = 0; i < w->n_chrome; i++) {
            PyObject *element = proxy(w, w->chrome[i]);
            if (!element) {
                Py_DECREF(chain);
                return NULL;
            }
            PyTuple_SET_ITEM(chain, i, element);
        }
        w->chrome_tuple = chain;
    }
    Py_INCREF(w->chrome_tuple);
    return w->chrome_tuple;
}

static void chrome_changed(Walk *w) {
    Py_CLEAR(w->chrome_tuple);
}

/* " ".join("".join(parts).split()) in one pass over the parts, or NULL with *other set
 * when the text holds a <br> or cell separator (block_text handles those). */
static PyObject *squashed(PyObject *parts, int *other) {
    Py_ssize_t total = 0;
    Py_ssize_t n_parts = PyList_GET_SIZE(parts);
    for (Py_ssize_t i = 0; i < n_parts; i++) total += PyUnicode_GET_LENGTH(PyList_GET_ITEM(parts, i));
    Py_UCS4 *buffer = PyMem_Malloc((size_t)(total ? total : 1) * sizeof(Py_UCS4));
    if (!buffer) return PyErr_NoMemory();
    Py_ssize_t length = 0;
    int gap = 0;  /* white space seen since the last word */
    for (Py_ssize_t i = 0; i < n_parts; i++) {
        PyObject *part = PyList_GET_ITEM(parts, i);
        int kind = PyUnicode_KIND(part);
        const void *data = PyUnicode_DATA(part);
        Py_ssize_t size = PyUnicode_GET_LENGTH(part);
        for (Py_ssize_t k = 0; k < size; k++) {
            Py_UCS4 c = PyUnicode_READ(kind, data, k);
            if (c <= 1) {  /* "\x00" (a <br>) or "\x01" (a table cell) */
                PyMem_Free(buffer);
                *other = 1;
                return NULL;
            }
            if (Py_UNICODE_ISSPACE(c)) {
                gap = length > 0;
                continue;
            }
            if (gap) {
                buffer[length++] = ' ';
                gap = 0;
            }
            buffer[length++] = c;
        }
    }
    PyObject *text = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buffer, length);
    PyMem_Free(buffer);
    return text;
}

/* A block's text from its parts, as _blocks.block_text gives it for their join: white
 * space squashed here in the common case, the rest (pre, <br> lines, cells) by
 * block_text. */
static PyObject *block_text(PyObject *parts, int in_pre) {
    int other = 0;
    if (!in_pre) {
        PyObject *text = squashed(parts, &other);
        if (text || !other) return text;
    }
    PyObject *raw = PyUnicode_Join(str_empty, parts);
    if (!raw) return NULL;
    PyObject *text = PyObject_CallFunction(text_function, "OO", raw, in_pre ? Py_True : Py_False);
    Py_DECREF(raw);
    return text;
}

/* lxml's getparent(): the parent when it is an element (or comment, PI, entity). */
static xmlNode *parent_element(xmlNode *node) {
    xmlNode *parent = node->parent;
    if (parent && (parent->type == XML_ELEMENT_NODE || parent->type == XML_COMMENT_NODE ||
                   parent->type == XML_ENTITY_REF_NODE || parent->type == XML_PI_NODE))
        return parent;
    return NULL;
}

/* Enter a block's owner and its ancestors not entered yet in w->parents. */
static int add_ancestry(Walk *w, PyObject *owner, xmlNode *node) {
    PyObject *element = Py_NewRef(owner);
    for (;;) {
        int known = PyDict_Contains(w->parents, element);
        if (known != 0) {
            Py_DECREF(element);
            return known < 0 ? -1 : 0;
        }
        xmlNode *parent_node = parent_element(node);
        PyObject *parent = parent_node ? proxy(w, parent_node) : Py_NewRef(Py_None);
        if (!parent || PyDict_SetItem(w->parents, element, parent) < 0) {
            Py_DECREF(element);
            Py_XDECREF(parent);
            return -1;
        }
        Py_DECREF(element);
        if (parent == Py_None) {
            Py_DECREF(parent);
            return 0;
        }
        element = parent;
        node = parent_node;
    }
}

/* Close the block gathered so far into a _blocks.Block (none if it holds no text). */
static int flush(Walk *w) {
    Py_ssize_t link_chars = w->link_chars;
    w->link_chars = 0;
    if (PyList_GET_SIZE(w->parts) == 0) return 0;
    if (w->n_owners == 0)  /* text outside any element */
        return PyList_SetSlice(w->parts, 0, PyList_GET_SIZE(w->parts), NULL);
    PyObject *text = block_text(w->parts, w->pre_depth > 0);
    if (!text || PyList_SetSlice(w->parts, 0, PyList_GET_SIZE(w->parts), NULL) < 0) {
        Py_XDECREF(text);
        return -1;
    }
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    if (length == 0) {
        Py_DECREF(text);
        return 0;
    }
    int hints = 0;
    if (w->n_opened) {
        hints = w->opened[w->n_opened - 1].hints & ~H_CAPTION;
        /* Caption hints count only from the three innermost open elements. */
        for (Py_ssize_t i = w->n_opened - 1; i >= 0; i--) {
            if (w->opened[i].depth < w->depth - 3) break;
            hints |= w->opened[i].own_hints & H_CAPTION;
        }
    }
    PyObject *owner = proxy(w, w->owners[w->n_owners - 1]);
    PyObject *tag = owner ? PyObject_GetAttrString(owner, "tag") : NULL;
    PyObject *chain = tag ? chrome_chain(w) : NULL;
    PyObject *links = chain ? PyLong_FromSsize_t(link_chars < length ? link_chars : length) : NULL;
    PyObject *bits = links ? PyLong_FromLong(hints) : NULL;
    PyObject *block = NULL;
    if (bits && add_ancestry(w, owner, w->owners[w->n_owners - 1]) == 0) {
        PyObject *args[9] = {text, owner, tag, links, bits, chain,
                             w->quote_depth > 0 ? Py_True : Py_False,
                             w->list_depth > 0 ? Py_True : Py_False,
                             w->pre_depth > 0 ? Py_True : Py_False};
        block = PyObject_Vectorcall(block_type, args, 9, NULL);
    }
    Py_DECREF(text);
    Py_XDECREF(owner);
    Py_XDECREF(tag);
    Py_XDECREF(chain);
    Py_XDECREF(links);
    Py_XDECREF(bits);
    if (!block) return -1;
    int result = PyList_Append(w->blocks, block);
    Py_DECREF(block);
    return result;
}

static void count_roles(Walk *w, int roles, int step) {
    if (roles & R_LINK) w->link_depth += step;
    else if (roles & R_QUOTE) w->quote_depth += step;
    else if (roles & R_LIST) w->list_depth += step;
    else if (roles & R_PRE) w->pre_depth += step;
}

/* _hints._fast_token_hints: the word lists decide an ASCII token unless it holds one of
 * the other words or a caption ending; then, and for other tokens, the patterns do. */
static long fast_token_hints(PyObject *token) {
    if (!PyUnicode_IS_ASCII(token)) {
        PyObject *bits = PyObject_CallOneArg(pattern_function, token);
        if (!bits) return -1;
        long value = PyLong_AsLong(bits);
        Py_DECREF(bits);
        return value;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(token);
    const char *data = (const char *)PyUnicode_1BYTE_DATA(token);
    char *low = PyMem_Malloc((size_t)n + 1);
    if (!low) {
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t i = 0; i < n; i++)
        low[i] = (data[i] >= 'A' && data[i] <= 'Z') ? (char)(data[i] + 32) : data[i];
    low[n] = 0;
    int undecided = 0;
    for (Py_ssize_t i = 0; i < other_count && !undecided; i++)
        undecided = strstr(low, other_words[i]) != NULL;
    for (Py_ssize_t i = 0; i < ending_count && !undecided; i++) {
        size_t size = strlen(caption_endings[i]);
        undecided = (size_t)n >= size && memcmp(low + n - (Py_ssize_t)size, caption_endings[i], size) == 0;
    }
    long hints = 0;
    if (undecided) {
        PyObject *lowered = PyUnicode_FromStringAndSize(low, n);
        PyObject *bits = lowered ? PyObject_CallOneArg(pattern_function, lowered) : NULL;
        Py_XDECREF(lowered);
        hints = bits ? PyLong_AsLong(bits) : -1;
        Py_XDECREF(bits);
    } else {
        /* the parts between "_" and "-" separators */
        Py_ssize_t start = 0;
        for (Py_ssize_t i = 0; i <= n && hints >= 0; i++) {
            if (i < n && low[i] != '-' && low[i] != '_') continue;
            if (i > start) {
                PyObject *part = PyUnicode_FromStringAndSize(low + start, i - start);
                if (!part) {
                    hints = -1;
                    break;
                }
                int chrome = PySet_Contains(chrome_words, part);
                int content = chrome < 0 ? -1 : PySet_Contains(content_words, part);
                Py_DECREF(part);
                if (chrome < 0 || content < 0) {
                    hints = -1;
                    break;
                }
                if (chrome) hints |= H_CHROME;
                if (content) hints |= H_CONTENT;
            }
            start = i + 1;
        }
    }
    PyMem_Free(low);
    return hints;
}

/* _hints.token_hints: from _hints.TOKEN_HINTS, or worked out and entered there. */
static long token_hints(PyObject *token) {
    PyObject *known = PyDict_GetItemWithError(token_cache, token);  /* borrowed */
    if (known) return PyLong_AsLong(known);
    if (PyErr_Occurred()) return -1;
    long hints = fast_token_hints(token);
    if (hints < 0) return -1;
    if (PyDict_GET_SIZE(token_cache) >= max_cached_tokens) PyDict_Clear(token_cache);
    PyObject *bits = PyLong_FromLong(hints);
    if (!bits || PyDict_SetItem(token_cache, token, bits) < 0) {
        Py_XDECREF(bits);
        return -1;
    }
    Py_DECREF(bits);
    return hints;
}

/* Whole class and id values seen so far, and their hints: a page repeats the same
 * values ("menu-item menu-item-type-custom") far more than it has tokens. Bounded. */
static PyObject *label_cache = NULL;
#define MAX_CACHED_LABELS 65536

/* The hints of one class or id value: its white-space separated tokens' hints. */
static int label_hints(PyObject *value, int *hints) {
    PyObject *known_label = PyDict_GetItemWithError(label_cache, value);  /* borrowed */
    if (known_label) {
        *hints |= (int)PyLong_AsLong(known_label);
        return 0;
    }
    if (PyErr_Occurred()) return -1;
    int found = 0;
    PyObject *tokens = PyUnicode_Split(value, NULL, -1);
    if (!tokens) return -1;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(tokens); i++) {
        long bits = token_hints(PyList_GET_ITEM(tokens, i));
        if (bits < 0) {
            Py_DECREF(tokens);
            return -1;
        }
        found |= (int)bits;
    }
    Py_DECREF(tokens);
    *hints |= found;
    if (PyDict_GET_SIZE(label_cache) >= MAX_CACHED_LABELS) PyDict_Clear(label_cache);
    PyObject *bits = PyLong_FromLong(found);
    if (!bits) return -1;
    int stored = PyDict_SetItem(label_cache, value, bits);
    Py_DECREF(bits);
    return stored;
}

/* The hints an element's attributes give, as _hints.attribute_hints computes them: class
 * and id token by token here, the rarer attributes it reads (style, hidden, aria-hidden,
 * role, itemprop) by calling it with that one attribute. */
/* Class and id values by their UTF-8 bytes, so that a value seen before costs a hash of
 * its bytes and no Python string. Open addressing; emptied when half full. */
#define BYTE_LABELS 32768
typedef struct {
    char *bytes;  /* NUL-terminated copy, or NULL for an empty slot */
    uint64_t hash;
    int hints;
} ByteLabel;
static ByteLabel *byte_labels = NULL;
static Py_ssize_t byte_label_count = 0;

static void clear_byte_labels(void) {
    for (Py_ssize_t i = 0; i < BYTE_LABELS; i++) {
        PyMem_Free(byte_labels[i].bytes);
        byte_labels[i].bytes = NULL;
    }
    byte_label_count = 0;
}

/* label_hints of the value whose UTF-8 bytes are `value`; -1 on error. */
static int byte_label_hints(const xmlChar *value) {
    uint64_t hash = 1469598103934665603ull;  /* FNV-1a */
    size_t size = 0;
    for (const xmlChar *c = value; *c; c++, size++) hash = (hash ^ *c) * 1099511628211ull;
    if (byte_labels == NULL && !(byte_labels = PyMem_Calloc(BYTE_LABELS, sizeof(ByteLabel)))) {
        PyErr_NoMemory();
        return -1;
    }
    size_t slot = (size_t)hash & (BYTE_LABELS - 1);
    while (byte_labels[slot].bytes != NULL) {
        if (byte_labels[slot].hash == hash && strcmp(byte_labels[slot].bytes, (const char *)value) == 0)
            return byte_labels[slot].hints;
        slot = (slot + 1) & (BYTE_LABELS - 1);
    }
    PyObject *text = PyUnicode_DecodeUTF8((const char *)value, (Py_ssize_t)size, NULL);
    if (!text) return -1;
    int hints = 0;
    int result = label_hints(text, &hints);
    Py_DECREF(text);
    if (result < 0) return -1;
    /* label_hints may run Python code, and another thread may have changed the table
     * meanwhile: look for the slot again. */
    if (byte_label_count >= BYTE_LABELS / 2) clear_byte_labels();
    slot = (size_t)hash & (BYTE_LABELS - 1);
    while (byte_labels[slot].bytes != NULL) {
        if (byte_labels[slot].hash == hash && strcmp(byte_labels[slot].bytes, (const char *)value) == 0)
            return hints;
        slot = (slot + 1) & (BYTE_LABELS - 1);
    }
    char *copy = PyMem_Malloc(size + 1);
    if (copy) {  /* without memory the value is just not remembered */
        memcpy(copy, value, size + 1);
        byte_labels[slot].bytes = copy;
        byte_labels[slot].hash = hash;
        byte_labels[slot].hints = hints;
        byte_label_count++;
    }
    return hints;
}

enum { IGNORED, LABEL, OTHER };

/* What attribute_hints reads of an attribute: class and id (LABEL), style, hidden,
 * aria-hidden, role and itemprop (OTHER); the first letter rules out most names. */
static int attribute_kind(const char *name) {
    switch (name[0]) {
        case 'c': return strcmp(name, "class") == 0 ? LABEL : IGNORED;
        case 'i':
            if (strcmp(name, "id") == 0) return LABEL;
            return strcmp(name, "itemprop") == 0 ? OTHER : IGNORED;
        case 's': return strcmp(name, "style") == 0 ? OTHER : IGNORED;
        case 'h': return strcmp(name, "hidden") == 0 ? OTHER : IGNORED;
        case 'a': return strcmp(name, "aria-hidden") == 0 ? OTHER : IGNORED;
        case 'r': return strcmp(name, "role") == 0 ? OTHER : IGNORED;
        default: return IGNORED;
    }
}

static int attribute_hints(xmlNode *node, int *hints) {
    for (xmlAttr *attr = node->properties; attr; attr = attr->next) {
        if (attr->ns != NULL || attr->name == NULL) continue;
        const char *name = (const char *)attr->name;
        int kind = attribute_kind(name);
        if (kind == IGNORED) continue;
        int label = kind == LABEL;
        if (label && attr->children && attr->children->next == NULL &&
            attr->children->type == XML_TEXT_NODE && attr->children->content) {
            /* the common case, a value in one text node: its hints by its bytes */
            int bits = byte_label_hints(attr->children->content);
            if (bits < 0) return -1;
            *hints |= bits;
            continue;
        }
        xmlNode *last;
        PyObject *value = attr->children ? text_run(attr->children, &last) : Py_NewRef(Py_None);
        if (!value) return -1;
        if (value == Py_None) {
            Py_DECREF(value);
            value = Py_NewRef(str_empty);
        }
        if (label) {
            int result = label_hints(value, hints);
            Py_DECREF(value);
            if (result < 0) return -1;
            continue;
        }
        PyObject *items = Py_BuildValue("[(sN)]", name, value);
        if (!items) return -1;
        PyObject *result = PyObject_CallOneArg(pair_function, items);
        Py_DECREF(items);
        if (!result) return -1;
        long bits = PyLong_AsLong(result);
        Py_DECREF(result);
        if (bits == -1 && PyErr_Occurred()) return -1;
        *hints |= (int)bits;
        if (bits & H_HIDDEN) return 0;  /* not displayed: nothing else matters */
    }
    return 0;
}

enum { SKIPPED, DESCEND, DESCEND_WITHOUT_TEXT };

/* An element's start; what the walk does with its children. -1 on error. */
static int open_element(Walk *w, xmlNode *node) {
    if (++w->count > w->max_nodes) {
        PyErr_Format(PyExc_OverflowError, "the page has more than max_nodes=%zd elements",
                     w->max_nodes);
        return -1;
    }
    int roles = roles_of(&w->role_cache, node);
    int own = roles >> HINT_SHIFT;
    if (roles & R_SKIP) return SKIPPED;
    if (!(roles & R_PAGE) && node->properties) {
        if (attribute_hints(node, &own) < 0) return -1;
        if (own & H_HIDDEN) return SKIPPED;
    }
    if (roles & R_BLOCK) {
        if (PyList_GET_SIZE(w->parts) && flush(w) < 0) return -1;
        if (grow((void **)&w->owners, &w->cap_owners, w->n_owners + 1, sizeof(xmlNode *)) < 0)
            return -1;
        w->owners[w->n_owners++] = node;
    }
    if ((roles & ~(R_TABLE_CELL | R_BREAK) & ROLE_MASK) || own) {
        if (own & H_CONTENT) {
            PyObject *element = proxy(w, node);
            if (!element || PySet_Add(w->content, element) < 0) {
                Py_XDECREF(element);
                return -1;
            }
            Py_DECREF(element);
        }
        if (own & H_CHROME) {
            if (grow((void **)&w->chrome, &w->cap_chrome, w->n_chrome + 1, sizeof(xmlNode *)) < 0)
                return -1;
            w->chrome[w->n_chrome++] = node;
            chrome_changed(w);
        }
        int inherited = w->n_opened ? w->opened[w->n_opened - 1].hints : 0;
        if (grow((void **)&w->opened, &w->cap_opened, w->n_opened + 1, sizeof(Open)) < 0)
            return -1;
        Open *entry = &w->opened[w->n_opened++];
        entry->node = node;
        entry->roles = roles;
        entry->hints = inherited | own;
        entry->own_hints = own;
        entry->depth = w->depth;
        if (roles & R_COUNTED) count_roles(w, roles, 1);
    }
    w->depth++;
    if (roles & R_TABLE_CELL) {
        if (PyList_GET_SIZE(w->parts) && PyList_Append(w->parts, str_cell) < 0) return -1;
    } else if (roles & R_BREAK) {
        if (w->last_was_br) {  /* <br><br> separates paragraphs */
            if (flush(w) < 0) return -1;
        } else {
            if (PyList_Append(w->parts, str_line) < 0) return -1;
            w->last_was_br = 1;
        }
        return DESCEND_WITHOUT_TEXT;
    }
    return DESCEND;
}

static int close_element(Walk *w, xmlNode *node) {
    if (w->n_opened && w->opened[w->n_opened - 1].node == node) {
        Open entry = w->opened[w->n_opened - 1];
        if (entry.roles & R_BLOCK) {
            if (PyList_GET_SIZE(w->parts) && flush(w) < 0) return -1;
            w->n_owners--;
        }
        if (entry.own_hints & H_CHROME) {
            w->n_chrome--;
            chrome_changed(w);
        }
        if (entry.roles & R_COUNTED) count_roles(w, entry.roles, -1);
        w->n_opened--;
    }
    w->depth--;
    return 0;
}

/* Add the text run at `node` (if it starts one); returns the node to go on from. */
static int take_text(Walk *w, xmlNode **node) {
    xmlNode *last;
    PyObject *text = text_run(*node, &last);
    if (!text) return -1;
    int result = text == Py_None ? 0 : add_text(w, text);
    Py_DECREF(text);
    *node = last ? last->next : (*node)->next;
    return result;
}

static int walk_tree(Walk *w, xmlNode *root) {
    int action = open_element(w, root);
    if (action < 0) return -1;
    if (action == SKIPPED) goto tail;
    xmlNode *parent = root;
    xmlNode *node = root->children;
    if (action == DESCEND_WITHOUT_TEXT)
        while (node && (is_text(node) || is_xinclude(node))) node = node->next;
    for (;;) {
        if (node == NULL) {  /* the end of `parent`'s children */
            if (close_element(w, parent) < 0) return -1;
            if (parent == root) break;
            node = parent->next;
            parent = parent->parent;
            continue;
        }
        if (is_text(node) || is_xinclude(node)) {
            if (take_text(w, &node) < 0) return -1;
            continue;
        }
        if (node->type != XML_ELEMENT_NODE) {  /* comments, PIs, entities: only tails */
            node = node->next;
            continue;
        }
        action = open_element(w, node);
        if (action < 0) return -1;
        if (action == SKIPPED) {
            node = node->next;
            continue;
        }
        parent = node;
        node = node->children;
        if (action == DESCEND_WITHOUT_TEXT)
            while (node && (is_text(node) || is_xinclude(node))) node = node->next;
    }
tail:
    if (root->next && (is_text(root->next) || is_xinclude(root->next))) {
        xmlNode *next = root->next;
        if (take_text(w, &next) < 0) return -1;
    }
    if (PyList_GET_SIZE(w->parts) && flush(w) < 0) return -1;
    return 0;
}

static PyObject *walk(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *root;
    Py_ssize_t max_nodes;
    if (!PyArg_ParseTuple(args, "On:walk", &root, &max_nodes)) return NULL;
    if (element_factory == NULL || role_table == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "newsparse._cwalk is not configured");
        return NULL;
    }
    if (!PyObject_TypeCheck(root, (PyTypeObject *)element_type)) {
        PyErr_SetString(PyExc_TypeError, "walk() needs an lxml element");
        return NULL;
    }
    struct LxmlElement *element = (struct LxmlElement *)root;
    if (element->_c_node == NULL || element->_c_node->type != XML_ELEMENT_NODE) {
        PyErr_SetString(PyExc_TypeError, "walk() needs an lxml element");
        return NULL;
    }
    Walk w;
    memset(&w, 0, sizeof w);
    w.doc = element->_doc;
    w.max_nodes = max_nodes;
    w.parts = PyList_New(0);
    w.blocks = PyList_New(0);
    w.content = PySet_New(NULL);
    w.parents = PyDict_New();
    PyObject *result = NULL;
    if (w.parts && w.blocks && w.content && w.parents && walk_tree(&w, element->_c_node) == 0)
        result = PyTuple_Pack(3, w.blocks, w.content, w.parents);
    Py_XDECREF(w.parts);
    Py_XDECREF(w.blocks);
    Py_XDECREF(w.content);
    Py_XDECREF(w.parents);
    Py_XDECREF(w.chrome_tuple);
    PyMem_Free(w.opened);
    PyMem_Free(w.owners);
    PyMem_Free(w.chrome);
    return result;
}

static int compare_entries(const void *a, const void *b) {
    return strcmp(((const RoleEntry *)a)->name, ((const RoleEntry *)b)->name);
}

static void free_roles(void) {
    for (Py_ssize_t i = 0; i < role_count; i++) PyMem_Free(role_table[i].name);
    PyMem_Free(role_table);
    role_table = NULL;
    role_count = 0;
}

static void free_strings(char **strings, Py_ssize_t count) {
    for (Py_ssize_t i = 0; i < count; i++) PyMem_Free(strings[i]);
    PyMem_Free(strings);
}

/* A C copy of a tuple of str; NULL (and an exception) on failure. */
static char **copy_strings(PyObject *tuple, Py_ssize_t *count) {
    if (!PyTuple_Check(tuple)) {
        PyErr_SetString(PyExc_TypeError, "configure() needs tuples of words");
        return NULL;
    }
    Py_ssize_t n = PyTuple_GET_SIZE(tuple);
    char **strings = PyMem_Calloc((size_t)(n ? n : 1), sizeof(char *));
    if (!strings) return (char **)PyErr_NoMemory();
    for (Py_ssize_t i = 0; i < n; i++) {
        const char *word = PyUnicode_AsUTF8(PyTuple_GET_ITEM(tuple, i));
        if (!word || !(strings[i] = PyMem_Malloc(strlen(word) + 1))) {
            if (word) PyErr_NoMemory();
            free_strings(strings, i);
            return NULL;
        }
        memcpy(strings[i], word, strlen(word) + 1);
    }
    *count = n;
    return strings;
}

/* configure(*, roles, token_cache, max_cached_tokens, fast_path_words, pattern_hints,
 * attribute_hints, block_type, block_text): the tag table of _blocks.py, the hint
 * machinery of _hints.py, and how blocks are made. */
static PyObject *configure(PyObject *self, PyObject *args, PyObject *kwargs) {
    (void)self;
    static char *names[] = {"roles", "token_cache", "max_cached_tokens", "fast_path_words",
                            "pattern_hints", "attribute_hints", "block_type", "block_text",
                            NULL};
    PyObject *roles, *cache, *words, *pattern, *pair, *block, *text;
    Py_ssize_t max_tokens;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "$O!O!nO!OOOO:configure", names,
                                     &PyDict_Type, &roles, &PyDict_Type, &cache, &max_tokens,
                                     &PyTuple_Type, &words, &pattern, &pair, &block, &text))
        return NULL;
    if (!PyCallable_Check(pattern) || !PyCallable_Check(pair) || !PyCallable_Check(block) ||
        !PyCallable_Check(text) || PyTuple_GET_SIZE(words) != 4 ||
        !PyAnySet_Check(PyTuple_GET_ITEM(words, 0)) || !PyAnySet_Check(PyTuple_GET_ITEM(words, 1))) {
        PyErr_SetString(PyExc_TypeError, "configure() got a wrong hint or block argument");
        return NULL;
    }
    Py_ssize_t n_others = 0, n_endings = 0;
    char **others = copy_strings(PyTuple_GET_ITEM(words, 2), &n_others);
    if (!others) return NULL;
    char **endings = copy_strings(PyTuple_GET_ITEM(words, 3), &n_endings);
    if (!endings) {
        free_strings(others, n_others);
        return NULL;
    }
    Py_ssize_t n = PyDict_GET_SIZE(roles);
    RoleEntry *table = PyMem_Calloc((size_t)(n ? n : 1), sizeof(RoleEntry));
    if (!table) {
        free_strings(others, n_others);
        free_strings(endings, n_endings);
        return PyErr_NoMemory();
    }
    Py_ssize_t pos = 0, i = 0;
    PyObject *key, *value;
    while (PyDict_Next(roles, &pos, &key, &value)) {
        const char *name = PyUnicode_AsUTF8(key);
        long bits = PyLong_AsLong(value);
        if (!name || (bits == -1 && PyErr_Occurred())) goto error;
        size_t size = strlen(name) + 1;
        table[i].name = PyMem_Malloc(size);
        if (!table[i].name) {
            PyErr_NoMemory();
            goto error;
        }
        memcpy(table[i].name, name, size);
        table[i].roles = (int)bits;
        i++;
    }
    qsort(table, (size_t)n, sizeof(RoleEntry), compare_entries);
    free_roles();
    role_table = table;
    role_count = n;
    free_strings(other_words, other_count);
    other_words = others;
    other_count = n_others;
    free_strings(caption_endings, ending_count);
    caption_endings = endings;
    ending_count = n_endings;
    max_cached_tokens = max_tokens;
    Py_XSETREF(token_cache, Py_NewRef(cache));
    Py_XSETREF(chrome_words, Py_NewRef(PyTuple_GET_ITEM(words, 0)));
    Py_XSETREF(content_words, Py_NewRef(PyTuple_GET_ITEM(words, 1)));
    Py_XSETREF(pattern_function, Py_NewRef(pattern));
    Py_XSETREF(pair_function, Py_NewRef(pair));
    Py_XSETREF(block_type, Py_NewRef(block));
    Py_XSETREF(text_function, Py_NewRef(text));
    Py_RETURN_NONE;
error:
    for (Py_ssize_t j = 0; j < i; j++) PyMem_Free(table[j].name);
    PyMem_Free(table);
    free_strings(others, n_others);
    free_strings(endings, n_endings);
    return NULL;
}

/* token_hints(token): the hints of one class token, as the walk works them out (for
 * tests: it must agree with _hints.token_hints). */
static PyObject *token_hints_py(PyObject *self, PyObject *token) {
    (void)self;
    if (!PyUnicode_Check(token) || role_table == NULL) {
        PyErr_SetString(PyExc_TypeError, "token_hints() needs a str, after configure()");
        return NULL;
    }
    long hints = token_hints(token);
    return hints < 0 ? NULL : PyLong_FromLong(hints);
}

/* ---- The arithmetic of region choice: _ancestry.Ancestry's loops, in C ---------------
 *
 * ancestry(parents) returns an opaque tree, (order, capsule): `order` lists the elements
 * children first, exactly as Ancestry.__init__ orders them; the capsule holds, for each
 * place in `order`, its parent's place (-1: none) and whether len(element) > 1, and a map
 * from element to place. */

/* A map from object pointers to places: open addressing, sized for the tree. */
typedef struct {
    PyObject **keys;
    Py_ssize_t *values;
    size_t mask;
} PlaceMap;

static size_t place_slot(const PlaceMap *map, PyObject *key) {
    size_t slot = (size_t)(((uintptr_t)key >> 4) * (uintptr_t)11400714819323198485ull) & map->mask;
    while (map->keys[slot] != NULL && map->keys[slot] != key) slot = (slot + 1) & map->mask;
    return slot;
}

static Py_ssize_t place_of(const PlaceMap *map, PyObject *key) {
    size_t slot = place_slot(map, key);
    return map->keys[slot] == key ? map->values[slot] : -1;
}

static int place_map_init(PlaceMap *map, Py_ssize_t n) {
    size_t size = 16;
    while (size < (size_t)n * 2 + 1) size *= 2;
    map->keys = PyMem_Calloc(size, sizeof(PyObject *));
    map->values = PyMem_Calloc(size, sizeof(Py_ssize_t));
    map->mask = size - 1;
    if (!map->keys || !map->values) {
        PyMem_Free(map->keys);
        PyMem_Free(map->values);
        map->keys = NULL;
        map->values = NULL;
        PyErr_NoMemory();
        return -1;
    }
    return 0;
}

static void place_map_free(PlaceMap *map) {
    PyMem_Free(map->keys);
    PyMem_Free(map->values);
}

typedef struct {
    Py_ssize_t n;
    int32_t *parents;  /* place of each place's parent, or -1 */
    char *wide;        /* len(element) > 1 */
    PlaceMap places;   /* element -> place (the keys are borrowed from `order`) */
} Tree;

static void free_tree(PyObject *capsule) {
    Tree *tree = PyCapsule_GetPointer(capsule, "newsparse.tree");
    if (!tree) return;
    PyMem_Free(tree->parents);
    PyMem_Free(tree->wide);
    place_map_free(&tree->places);
    PyMem_Free(tree);
}

/* len(element) > 1 for lxml: children that are elements, comments, PIs or entities. */
static int has_several_children(PyObject *element) {
    xmlNode *node = ((struct LxmlElement *)element)->_c_node;
    int count = 0;
    for (xmlNode *child = node ? node->children : NULL; child; child = child->next) {
        if (child->type == XML_ELEMENT_NODE || child->type == XML_COMMENT_NODE ||
            child->type == XML_ENTITY_REF_NODE || child->type == XML_PI_NODE) {
            if (++count > 1) return 1;
        }
    }
    return 0;
}

static PyObject *ancestry(PyObject *self, PyObject *parents) {
    (void)self;
    if (!PyDict_Check(parents)) {
        PyErr_SetString(PyExc_TypeError, "ancestry() needs the dict of parents");
        return NULL;
    }
    Py_ssize_t n = PyDict_GET_SIZE(parents);
    size_t cells = (size_t)(n ? n : 1);
    PlaceMap registered = {NULL, NULL, 0};  /* element -> place in `parents` */
    Py_ssize_t *parent_at = PyMem_Calloc(cells, sizeof(Py_ssize_t));
    Py_ssize_t *pending = PyMem_Calloc(cells, sizeof(Py_ssize_t));
    Py_ssize_t *ready = PyMem_Calloc(cells, sizeof(Py_ssize_t));
    Py_ssize_t *order = PyMem_Calloc(cells, sizeof(Py_ssize_t));
    PyObject **elements = PyMem_Calloc(cells, sizeof(PyObject *));
    PyObject **parent_objects = PyMem_Calloc(cells, sizeof(PyObject *));
    Tree *tree = PyMem_Calloc(1, sizeof(Tree));
    PyObject *result = NULL, *order_list = NULL, *capsule = NULL;
    if (!parent_at || !pending || !ready || !order || !elements || !parent_objects || !tree) {
        PyErr_NoMemory();
        goto done;
    }
    if (place_map_init(&registered, n) < 0) goto done;
    Py_ssize_t pos = 0, i = 0;
    PyObject *key, *value;
    while (PyDict_Next(parents, &pos, &key, &value)) {
        if (!PyObject_TypeCheck(key, (PyTypeObject *)element_type)) {
            PyErr_SetString(PyExc_TypeError, "ancestry() needs lxml elements");
            goto done;
        }
        elements[i] = key;
        parent_objects[i] = value;
        size_t slot = place_slot(&registered, key);
        registered.keys[slot] = key;
        registered.values[slot] = i;
        i++;
    }
    for (i = 0; i < n; i++) {
        parent_at[i] = -1;
        if (parent_objects[i] != Py_None) {
            parent_at[i] = place_of(&registered, parent_objects[i]);
            if (parent_at[i] < 0) {
                PyErr_SetString(PyExc_ValueError, "ancestry(): a parent is no key");
                goto done;
            }
            pending[parent_at[i]]++;
        }
    }
    /* Ancestry.__init__: leaves in `parents` order, then a stack, a parent once its last
     * child is done. */
    Py_ssize_t n_ready = 0, n_order = 0;
    for (i = 0; i < n; i++)
        if (pending[i] == 0) ready[n_ready++] = i;
    while (n_ready) {
        Py_ssize_t at = ready[--n_ready];
        order[n_order++] = at;
        Py_ssize_t parent = parent_at[at];
        if (parent >= 0 && --pending[parent] == 0) ready[n_ready++] = parent;
    }
    for (i = 0; i < n_order; i++) pending[order[i]] = i;  /* place in `order` */
    tree->n = n_order;
    tree->parents = PyMem_Calloc((size_t)(n_order ? n_order : 1), sizeof(int32_t));
    tree->wide = PyMem_Calloc((size_t)(n_order ? n_order : 1), 1);
    order_list = PyList_New(n_order);
    if (!tree->parents || !tree->wide || !order_list || place_map_init(&tree->places, n_order) < 0)
        goto done;
    for (i = 0; i < n_order; i++) {
        PyObject *element = elements[order[i]];
        PyList_SET_ITEM(order_list, i, Py_NewRef(element));
        size_t slot = place_slot(&tree->places, element);
        tree->places.keys[slot] = element;
        tree->places.values[slot] = i;
        Py_ssize_t parent = parent_at[order[i]];
        tree->parents[i] = parent >= 0 ? (int32_t)pending[parent] : -1;
        tree->wide[i] = (char)has_several_children(element);
    }
    capsule = PyCapsule_New(tree, "newsparse.tree", free_tree);
    if (!capsule) goto done;
    tree = NULL;  /* the capsule owns it */
    result = PyTuple_Pack(2, order_list, capsule);
done:
    if (tree) {
        PyMem_Free(tree->parents);
        PyMem_Free(tree->wide);
        place_map_free(&tree->places);
        PyMem_Free(tree);
    }
    place_map_free(&registered);
    Py_XDECREF(order_list);
    Py_XDECREF(capsule);
    PyMem_Free(parent_at);
    PyMem_Free(pending);
    PyMem_Free(ready);
    PyMem_Free(order);
    PyMem_Free(elements);
    PyMem_Free(parent_objects);
    return result;
}

/* The parts of an opaque tree (borrowed). The order list keeps the map's keys alive. */
static Tree *tree_parts(PyObject *tree, PyObject **order) {
    if (!PyTuple_Check(tree) || PyTuple_GET_SIZE(tree) != 2 ||
        !PyList_Check(PyTuple_GET_ITEM(tree, 0)) ||
        !PyCapsule_IsValid(PyTuple_GET_ITEM(tree, 1), "newsparse.tree")) {
        PyErr_SetString(PyExc_TypeError, "not a tree from ancestry()");
        return NULL;
    }
    *order = PyTuple_GET_ITEM(tree, 0);
    return PyCapsule_GetPointer(PyTuple_GET_ITEM(tree, 1), "newsparse.tree");
}

/* Each place's own value from `own` (elements outside the tree are ignored). */
static double *own_values(PyObject *own, const Tree *tree) {
    double *values = PyMem_Calloc((size_t)(tree->n ? tree->n : 1), sizeof(double));
    if (!values) return (double *)PyErr_NoMemory();
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (PyDict_Next(own, &pos, &key, &value)) {
        Py_ssize_t place = place_of(&tree->places, key);
        if (place < 0) continue;
        double number = PyFloat_AsDouble(value);
        if (number == -1.0 && PyErr_Occurred()) {
            PyMem_Free(values);
            return NULL;
        }
        values[place] = number;
    }
    return values;
}

/* {element: number} in `order`'s order. */
static PyObject *as_dict(PyObject *order, const double *numbers, Py_ssize_t n) {
    PyObject *result = PyDict_New();
    if (!result) return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *number = PyFloat_FromDouble(numbers[i]);
        if (!number || PyDict_SetItem(result, PyList_GET_ITEM(order, i), number) < 0) {
            Py_XDECREF(number);
            Py_DECREF(result);
            return NULL;
        }
        Py_DECREF(number);
    }
    return result;
}

/* subtree_sums(tree, own): Ancestry.subtree_sums, with the same additions in the same
 * order (so the same floats). */
static PyObject *subtree_sums(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *tree_object, *own, *order;
    if (!PyArg_ParseTuple(args, "OO!:subtree_sums", &tree_object, &PyDict_Type, &own)) return NULL;
    Tree *tree = tree_parts(tree_object, &order);
    if (!tree) return NULL;
    Py_ssize_t n = tree->n;
    double *values = own_values(own, tree);
    double *totals = PyMem_Calloc((size_t)(n ? n : 1), sizeof(double));
    PyObject *result = NULL;
    if (values && totals) {
        for (Py_ssize_t i = 0; i < n; i++) {
            double total = totals[i] + values[i];
            totals[i] = total;
            if (tree->parents[i] >= 0) totals[tree->parents[i]] += total;
        }
        result = as_dict(order, totals, n);
    } else if (values) {
        PyErr_NoMemory();
    }
    PyMem_Free(values);
    PyMem_Free(totals);
    return result;
}

/* sums_and_scores(tree, own, decay): Ancestry.sums_and_scores. */
static PyObject *sums_and_scores(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *tree_object, *own, *order;
    double decay;
    if (!PyArg_ParseTuple(args, "OO!d:sums_and_scores", &tree_object, &PyDict_Type, &own,
                          &decay))
        return NULL;
    Tree *tree = tree_parts(tree_object, &order);
    if (!tree) return NULL;
    Py_ssize_t n = tree->n;
    double *values = own_values(own, tree);
    double *totals = PyMem_Calloc((size_t)(n ? n : 1), sizeof(double));
    double *gathered = PyMem_Calloc((size_t)(n ? n : 1), sizeof(double));
    double *scores = PyMem_Calloc((size_t)(n ? n : 1), sizeof(double));
    PyObject *result = NULL;
    if (values && totals && gathered && scores) {
        for (Py_ssize_t i = 0; i < n; i++) {
            double total = totals[i] + values[i];
            totals[i] = total;
            scores[i] = values[i] + gathered[i];
            int32_t parent = tree->parents[i];
            if (parent >= 0) {
                totals[parent] += total;
                gathered[parent] += values[i] + (tree->wide[i] ? gathered[i] * decay : gathered[i]);
            }
        }
        PyObject *sums = as_dict(order, totals, n);
        PyObject *decayed = sums ? as_dict(order, scores, n) : NULL;
        if (decayed) result = PyTuple_Pack(2, sums, decayed);
        Py_XDECREF(sums);
        Py_XDECREF(decayed);
    } else if (values) {
        PyErr_NoMemory();
    }
    PyMem_Free(values);
    PyMem_Free(totals);
    PyMem_Free(gathered);
    PyMem_Free(scores);
    return result;
}

/* first_marked(tree, element, marked, memo): Ancestry.first_marked, climbing the tree's
 * parents; an element outside the tree has no parent there. */
static PyObject *first_marked(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *tree_object, *element, *marked, *memo, *order;
    if (!PyArg_ParseTuple(args, "OOOO!:first_marked", &tree_object, &element, &marked,
                          &PyDict_Type, &memo))
        return NULL;
    if (!PyAnySet_Check(marked)) {
        PyErr_SetString(PyExc_TypeError, "first_marked() needs a set of marked elements");
        return NULL;
    }
    Tree *tree = tree_parts(tree_object, &order);
    if (!tree) return NULL;
    PyObject *path = PyList_New(0);
    if (!path) return NULL;
    PyObject *found = Py_None;
    PyObject *current = element;
    while (current != Py_None) {
        PyObject *known = PyDict_GetItemWithError(memo, current);
        if (known) {
            found = known;
            break;
        }
        if (PyErr_Occurred()) goto error;
        int is_marked = PySet_Contains(marked, current);
        if (is_marked < 0) goto error;
        if (is_marked) {
            found = current;
            if (PyDict_SetItem(memo, current, current) < 0) goto error;
            break;
        }
        if (PyList_Append(path, current) < 0) goto error;
        Py_ssize_t place = place_of(&tree->places, current);
        current = place >= 0 && tree->parents[place] >= 0
                      ? PyList_GET_ITEM(order, tree->parents[place])
                      : Py_None;
    }
    Py_INCREF(found);  /* the memo updates below must not free it */
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(path); i++) {
        if (PyDict_SetItem(memo, PyList_GET_ITEM(path, i), found) < 0) {
            Py_DECREF(found);
            goto error;
        }
    }
    Py_DECREF(path);
    return found;
error:
    Py_DECREF(path);
    return NULL;
}

/* ---- Metadata sources: _meta_sources' two queries as one walk -------------------------
 *
 * source_elements(root, tags): in document order, the elements under `root` (itself
 * included) whose tag is one of `tags`, every processing instruction (as lxml's
 * iter(ProcessingInstruction, *tags) gives them), and every element with an `itemprop`
 * attribute or a `rel` attribute holding "author" (as _meta_sources' XPath of attribute
 * steps, @itemprop and @rel[contains(., 'author')], finds them). */

static int attribute_holds(xmlNode *node, const char *name, const char *needle) {
    for (xmlAttr *attr = node->properties; attr; attr = attr->next) {
        if (attr->ns != NULL || attr->name == NULL || strcmp((const char *)attr->name, name))
            continue;
        if (needle == NULL) return 1;
        for (xmlNode *text = attr->children; text; text = text->next) {
            /* one text node in practice; a needle split across nodes is not worth it */
            if (text->type == XML_TEXT_NODE && text->content &&
                strstr((const char *)text->content, needle))
                return 1;
        }
        if (attr->children && attr->children->next) {
            /* the value in pieces (entities in a caller's XML tree): join them */
            PyObject *value = NULL;
            xmlNode *last;
            value = text_run(attr->children, &last);
            if (!value) return -1;
            int found = 0;
            if (value != Py_None) {
                const char *utf8 = PyUnicode_AsUTF8(value);
                found = utf8 ? strstr(utf8, needle) != NULL : -1;
            }
            Py_DECREF(value);
            return found;
        }
        return 0;
    }
    return 0;
}

static PyObject *source_elements(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *root, *tags;
    if (!PyArg_ParseTuple(args, "OO!:source_elements", &root, &PyTuple_Type, &tags)) return NULL;
    if (!PyObject_TypeCheck(root, (PyTypeObject *)element_type) ||
        ((struct LxmlElement *)root)->_c_node == NULL) {
        PyErr_SetString(PyExc_TypeError, "source_elements() needs an lxml element");
        return NULL;
    }
    Py_ssize_t n_tags = 0;
    char **names = copy_strings(tags, &n_tags);
    if (!names) return NULL;
    struct LxmlElement *element = (struct LxmlElement *)root;
    xmlNode *top = element->_c_node;
    PyObject *found = PyList_New(0);
    if (!found) goto error;
    /* whether a name is one of `tags`, by name pointer (names are interned per page) */
    RoleCache tagged;
    memset(&tagged, 0, sizeof tagged);
    xmlNode *node = top;
    while (node) {
        int wanted = 0;
        if (node->type == XML_PI_NODE) {
            wanted = 1;
        } else if (node->type == XML_ELEMENT_NODE) {
            if (node->ns == NULL && node->name) {
                size_t slot = ((uintptr_t)node->name >> 4) & (ROLE_CACHE_SIZE - 1);
                if (tagged.names[slot] == node->name) {
                    wanted = tagged.roles[slot];
                } else {
                    for (Py_ssize_t i = 0; i < n_tags && !wanted; i++)
                        wanted = strcmp((const char *)node->name, names[i]) == 0;
                    tagged.names[slot] = node->name;
                    tagged.roles[slot] = wanted;
                }
            }
            for (xmlAttr *attr = node->properties; attr && !wanted; attr = attr->next) {
                if (attr->ns != NULL || attr->name == NULL) continue;
                const char *name = (const char *)attr->name;
                if (name[0] == 'i' && strcmp(name, "itemprop") == 0) {
                    wanted = 1;
                } else if (name[0] == 'r' && strcmp(name, "rel") == 0) {
                    wanted = attribute_holds(node, "rel", "author");
                    if (wanted < 0) goto error;
                }
            }
        }
        if (wanted) {
            PyObject *proxy_object = (PyObject *)element_factory(element->_doc, node);
            if (!proxy_object || PyList_Append(found, proxy_object) < 0) {
                Py_XDECREF(proxy_object);
                goto error;
            }
            Py_DECREF(proxy_object);
        }
        /* next node in document order: elements' children first (not entities') */
        if (node->type == XML_ELEMENT_NODE && node->children) {
            node = node->children;
            continue;
        }
        while (node && node != top && node->next == NULL) node = node->parent;
        node = (node == NULL || node == top) ? NULL : node->next;
    }
    free_strings(names, n_tags);
    return found;
error:
    free_strings(names, n_tags);
    Py_XDECREF(found);
    return NULL;
}

/* ---- Decoding: a fast look for the control bytes _decode removes ---------------------
 *
 * has_control_bytes(data): whether `data` holds one of _decode._CONTROL_BYTES (0x00-0x08,
 * 0x0B, 0x0E-0x1F, 0x7F). Eight bytes at a time: a word with no byte below 0x20 and no
 * 0x7F is passed over whole; the others (every line end) are looked at byte by byte. */

static int is_control_byte(unsigned char c) {
    return (c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0C && c != 0x0D) || c == 0x7F;
}

static PyObject *has_control_bytes(PyObject *self, PyObject *data) {
    (void)self;
    Py_buffer view;
    if (PyObject_GetBuffer(data, &view, PyBUF_SIMPLE) < 0) return NULL;
    const unsigned char *bytes = view.buf;
    Py_ssize_t n = view.len, i = 0;
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    int found = 0;
    for (; i + 8 <= n && !found; i += 8) {
        uint64_t word;
        memcpy(&word, bytes + i, 8);
        uint64_t below_space = (word - ones * 0x20) & ~word & highs;  /* may over-report */
        uint64_t delete = word ^ (ones * 0x7F);
        delete = (delete - ones) & ~delete & highs;
        if (below_space | delete) {
            for (int k = 0; k < 8; k++) found |= is_control_byte(bytes[i + k]);
        }
    }
    for (; i < n && !found; i++) found = is_control_byte(bytes[i]);
    PyBuffer_Release(&view);
    return PyBool_FromLong(found);
}

static PyMethodDef methods[] = {
    {"walk", walk, METH_VARARGS, "walk(root, max_nodes) -> (blocks, content elements, parents)"},
    {"configure", (PyCFunction)(void (*)(void))configure, METH_VARARGS | METH_KEYWORDS,
     "configure(*, roles, token_cache, max_cached_tokens, fast_path_words, pattern_hints, "
     "attribute_hints, block_type, block_text)"},
    {"token_hints", token_hints_py, METH_O, "token_hints(token) -> hints of a class token"},
    {"ancestry", ancestry, METH_O, "ancestry(parents) -> tree (see _ancestry.Ancestry)"},
    {"subtree_sums", subtree_sums, METH_VARARGS, "subtree_sums(tree, own) -> sums"},
    {"sums_and_scores", sums_and_scores, METH_VARARGS,
     "sums_and_scores(tree, own, decay) -> (sums, decayed scores)"},
    {"source_elements", source_elements, METH_VARARGS,
     "source_elements(root, tags) -> metadata source elements, in document order"},
    {"has_control_bytes", has_control_bytes, METH_O,
     "has_control_bytes(data) -> whether data holds a byte _decode removes"},
    {"first_marked", first_marked, METH_VARARGS,
     "first_marked(tree, element, marked, memo) -> element or None"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_cwalk",
    .m_doc = "The segmentation walk of newsparse._blocks, in C.",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC PyInit__cwalk(void) {
    PyObject *etree = PyImport_ImportModule("lxml.etree");
    if (!etree) return NULL;
    element_type = PyObject_GetAttrString(etree, "_Element");
    PyObject *capi = PyObject_GetAttrString(etree, "__pyx_capi__");
    Py_DECREF(etree);
    if (!element_type || !capi) {
        Py_XDECREF(capi);
        return NULL;
    }
    PyObject *capsule = PyDict_GetItemString(capi, "elementFactory");
    const char *signature = "struct LxmlElement *(struct LxmlDocument *, xmlNode *)";
    if (!capsule || !PyCapsule_IsValid(capsule, signature)) {
        Py_DECREF(capi);
        PyErr_SetString(PyExc_ImportError, "lxml.etree exports no elementFactory we can use");
        return NULL;
    }
    element_factory = (element_factory_t)PyCapsule_GetPointer(capsule, signature);
    Py_DECREF(capi);
    str_line = PyUnicode_FromStringAndSize("\0", 1);
    str_cell = PyUnicode_FromString("\x01");
    str_space = PyUnicode_FromString(" ");
    str_empty = PyUnicode_FromString("");
    label_cache = PyDict_New();
    if (!label_cache || !element_factory || !str_line || !str_cell || !str_space || !str_empty) return NULL;
    PyObject *m = PyModule_Create(&module);
    if (!m) return NULL;
    if (PyModule_AddIntConstant(m, "BLOCK", R_BLOCK) < 0 ||
        PyModule_AddIntConstant(m, "SKIP", R_SKIP) < 0 ||
        PyModule_AddIntConstant(m, "LINK", R_LINK) < 0 ||
        PyModule_AddIntConstant(m, "QUOTE", R_QUOTE) < 0 ||
        PyModule_AddIntConstant(m, "LIST", R_LIST) < 0 ||
        PyModule_AddIntConstant(m, "PRE", R_PRE) < 0 ||
        PyModule_AddIntConstant(m, "TABLE_CELL", R_TABLE_CELL) < 0 ||
        PyModule_AddIntConstant(m, "BREAK", R_BREAK) < 0 ||
        PyModule_AddIntConstant(m, "PAGE", R_PAGE) < 0 ||
        PyModule_AddIntConstant(m, "HINT_SHIFT", HINT_SHIFT) < 0 ||
        PyModule_AddIntConstant(m, "CHROME", H_CHROME) < 0 ||
        PyModule_AddIntConstant(m, "CONTENT", H_CONTENT) < 0 ||
        PyModule_AddIntConstant(m, "CAPTION", H_CAPTION) < 0 ||
        PyModule_AddIntConstant(m, "HIDDEN", H_HIDDEN) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
