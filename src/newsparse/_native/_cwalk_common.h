/* Shared by the parts of newsparse._cwalk (see _cwalk.c): headers, the role and hint
 * bits, lxml's element factory, and helpers for libxml2's text nodes and C strings.
 * Included once, by _cwalk.c, before the parts. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>
#include <stdlib.h>
#include <stdint.h>
#include <libxml/tree.h>
#include "lxml.etree.h"
#include "lxml-version.h"
#include <libxml/xmlversion.h>

/* The role and hint bits of _html/blocks.py and _html/hints.py; tests compare them. */
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

static PyObject *str_line = NULL;  /* "\x00": a <br> */
static PyObject *str_cell = NULL;  /* "\x01": a table cell boundary */
static PyObject *str_space = NULL;
static PyObject *str_empty = NULL;
static PyObject *element_type = NULL;  /* lxml.etree._Element */
/* Roles by name pointer: a parsed page's element names are interned in its dictionary,
 * so a few dozen pointers stand for all its elements. One cache per walk (a pointer can
 * be reused for another name once a document is freed). */
#define ROLE_CACHE_SIZE 256
typedef struct {
    const xmlChar *names[ROLE_CACHE_SIZE];
    int roles[ROLE_CACHE_SIZE];
} RoleCache;

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

