/* newsparse._cwalk: the per-element loops of newsparse, in C.
 *
 * Each part translates Python code that stays in the package as its reference; c.py and
 * python.py put both behind one interface (interface.py: Kernels), and tests run both and
 * require the same output (see docs/architecture.md, "The C module"):
 *
 *   _cwalk_common.h    headers, role and hint bits, lxml's element factory, helpers
 *   _cwalk_hints.c     class and id hints and their caches (_html/hints.py)
 *   _cwalk_walk.c      the segmentation walk (walk.py, with the tables of _html/blocks.py)
 *   _cwalk_ancestry.c  the region arithmetic (ancestry.py: PythonAncestry)
 *   _cwalk_sources.c   the metadata source elements (python.py: sources_in_order),
 *                      class values below an element (python.py: class_values)
 *   _cwalk_decode.c    byte scans: control bytes, UTF-8 and tags (python.py: has_control_bytes,
 *                      is_clean_utf8, has_control_references, without_html_ends)
 *   _cwalk_tags.c      start tags with too many attributes, and the attributes of all,
 *                      read as libxml2's tokenizer reads them (tags.py: overfull_tags,
 *                      start_tag_attributes)
 *
 * One translation unit: the parts are included here, so that everything stays static
 * and the build compiles one file. This file holds configure_walk() and the module itself.
 */
#include "_cwalk_common.h"
#include "_cwalk_hints.c"
#include "_cwalk_walk.c"
#include "_cwalk_ancestry.c"
#include "_cwalk_sources.c"
#include "_cwalk_decode.c"
#include "_cwalk_tags.c"

/* configure_walk(*, roles, token_cache, max_cached_tokens, fast_path_words, pattern_hints,
 * attribute_hints, block_type, block_text): the tag table of _html/blocks.py, the hint
 * machinery of _html/hints.py, and how blocks are made. */
static PyObject *configure_walk(PyObject *self, PyObject *args, PyObject *kwargs) {
    (void)self;
    static char *names[] = {"roles", "token_cache", "max_cached_tokens", "fast_path_words",
                            "pattern_hints", "attribute_hints", "block_type", "block_text",
                            NULL};
    PyObject *roles, *cache, *words, *pattern, *pair, *block, *text;
    Py_ssize_t max_tokens;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "$O!O!nO!OOOO:configure_walk", names,
                                     &PyDict_Type, &roles, &PyDict_Type, &cache, &max_tokens,
                                     &PyTuple_Type, &words, &pattern, &pair, &block, &text))
        return NULL;
    if (!PyCallable_Check(pattern) || !PyCallable_Check(pair) || !PyCallable_Check(block) ||
        !PyCallable_Check(text) || PyTuple_GET_SIZE(words) != 4 ||
        !PyAnySet_Check(PyTuple_GET_ITEM(words, 0)) || !PyAnySet_Check(PyTuple_GET_ITEM(words, 1))) {
        PyErr_SetString(PyExc_TypeError, "configure_walk() got a wrong hint or block argument");
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
    if (byte_labels != NULL) clear_byte_labels();  /* their hints came from the old functions */
    role_table = table;
    role_count = n;
    free_strings(other_words, other_count);
    other_words = others;
    other_count = n_others;
    index_other_words();
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
        PyErr_SetString(PyExc_TypeError, "token_hints() needs a str, after configure_walk()");
        return NULL;
    }
    long hints = token_hints(token);
    return hints < 0 ? NULL : PyLong_FromLong(hints);
}

static PyMethodDef methods[] = {
    {"walk", walk, METH_VARARGS, "walk(root, max_nodes) -> (blocks, content elements, parents)"},
    {"configure_walk", (PyCFunction)(void (*)(void))configure_walk, METH_VARARGS | METH_KEYWORDS,
     "configure_walk(*, roles, token_cache, max_cached_tokens, fast_path_words, pattern_hints, "
     "attribute_hints, block_type, block_text)"},
    {"token_hints", token_hints_py, METH_O, "token_hints(token) -> hints of a class token"},
    {"ancestry", ancestry, METH_O, "ancestry(parents) -> tree (see ancestry.py: PythonAncestry)"},
    {"subtree_sums", subtree_sums, METH_VARARGS,
     "subtree_sums(tree, own) -> sums (bytes of doubles, in the tree's order)"},
    {"place", place, METH_VARARGS, "place(tree, element) -> its place in the order, or -1"},
    {"value_of", (PyCFunction)(void (*)(void))value_of, METH_FASTCALL,
     "value_of(tree, numbers, element, default=0.0) -> the element's number, or default"},
    {"sums_and_scores", sums_and_scores, METH_VARARGS,
     "sums_and_scores(tree, own, decay) -> (sums, decayed scores)"},
    {"sums_and_top", sums_and_top, METH_VARARGS,
     "sums_and_top(tree, owners, values, decay, promised, bonus) -> (sums as bytes, top, its score)"},
    {"source_elements", source_elements, METH_VARARGS,
     "source_elements(root, tags) -> metadata source elements, in document order"},
    {"has_control_references", has_control_references, METH_O,
     "has_control_references(data) -> whether data holds a reference to a control character"},
    {"has_control_bytes", has_control_bytes, METH_O,
     "has_control_bytes(data) -> whether data holds a byte _decode removes"},
    {"class_values", class_values, METH_O,
     "class_values(container) -> class values of the elements below it, in document order"},
    {"class_element", class_element, METH_VARARGS,
     "class_element(container, index) -> the element of the index-th of those values"},
    {"text_pieces", text_pieces, METH_VARARGS,
     "text_pieces(container, limit) -> the first texts of its non-blank text nodes (not a "
     "script's or a style's), in document order"},
    {"text_piece", text_piece, METH_VARARGS,
     "text_piece(container, index) -> (the element the index-th piece is the text of, is_tail)"},
    {"is_clean_utf8", is_clean_utf8, METH_O,
     "is_clean_utf8(data) -> whether data is valid UTF-8 without a byte _decode removes"},
    {"overfull_tags", overfull_tags, METH_VARARGS,
     "overfull_tags(data, max_attributes) -> (kept end, end, closes itself) of the tags over the bound"},
    {"start_tag_attributes", start_tag_attributes, METH_VARARGS,
     "start_tag_attributes(data, max_attributes) -> the start tags' attributes, at most max_attributes each"},
    {"without_html_ends", without_html_ends, METH_O,
     "without_html_ends(data) -> data without its </html> end tags, in any letter case"},
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
    if (!element_factory || !str_line || !str_cell || !str_space || !str_empty) return NULL;
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
        PyModule_AddIntConstant(m, "HIDDEN", H_HIDDEN) < 0 ||
        /* What this module was compiled against: its element and node layouts are
         * those of these versions (the package refuses it with any other). */
        PyModule_AddStringConstant(m, "BUILT_LXML", LXML_VERSION_STRING) < 0 ||
        PyModule_AddStringConstant(m, "BUILT_LIBXML2", LIBXML_DOTTED_VERSION) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
