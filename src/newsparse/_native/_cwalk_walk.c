/* newsparse._cwalk, part: the segmentation walk, a statement-by-statement translation
 * of `walk.py`'s `walk`, which stays the reference: tests run both on the same trees
 * and require identical output. It reads libxml2's nodes directly and asks lxml (its
 * public C-API, `elementFactory`) for the Python element of a node only where a block
 * needs one: block owners and their ancestors, chrome- and content-hinted elements.
 *
 * Nothing here changes the tree. Text is decoded exactly as lxml's `.text` and `.tail`
 * do (runs of adjacent text and CDATA nodes, UTF-8), and white space is judged with
 * Python's own `str.isspace` rules. Included by _cwalk.c. */

/* The tag → roles table, sorted by name for bsearch. */
typedef struct {
    char *name;
    int roles;
} RoleEntry;
static RoleEntry *role_table = NULL;
static Py_ssize_t role_count = 0;

static PyObject *block_type = NULL;      /* _blocks.Block */
static PyObject *text_function = NULL;   /* _blocks.block_text */

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

static int compare_entries(const void *a, const void *b) {
    return strcmp(((const RoleEntry *)a)->name, ((const RoleEntry *)b)->name);
}

static void free_roles(void) {
    for (Py_ssize_t i = 0; i < role_count; i++) PyMem_Free(role_table[i].name);
    PyMem_Free(role_table);
    role_table = NULL;
    role_count = 0;
}

static PyObject *proxy(Walk *w, xmlNode *node) {
    return (PyObject *)element_factory(w->doc, node);
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

