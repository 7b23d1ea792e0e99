/* newsparse._cwalk, part. Included by _cwalk.c. */

/* ---- Metadata sources: _meta_sources' two queries as one walk -------------------------
 *
 * source_elements(root, tags): in document order, the elements under `root` (itself
 * included) whose tag is one of `tags`, every processing instruction (as lxml's
 * iter(ProcessingInstruction, *tags) gives them), and every element with an `itemprop`
 * attribute or a `rel` attribute holding "author" (as _meta_sources' XPath of attribute
 * steps, @itemprop and @rel[contains(., 'author')], finds them).
 *
 * Two tags are passed over where _meta_sources would read nothing from them: a <script>
 * whose type does not hold "ld+json" (JSON-LD is the only script read), and a <link>
 * without an itemprop whose rel does not hold "canonical" (any letter case; _meta_sources
 * still checks both exactly). Pages carry dozens of each. */

/* Whether `haystack` holds `needle` (lower-case ASCII), ignoring ASCII letter case. */
static int holds_ignoring_case(const char *haystack, const char *needle) {
    size_t n = strlen(needle);
    for (; *haystack; haystack++) {
        size_t k = 0;
        while (k < n && haystack[k] && (haystack[k] | (haystack[k] >= 'A' && haystack[k] <= 'Z'
                                                        ? 0x20 : 0)) == needle[k])
            k++;
        if (k == n) return 1;
    }
    return 0;
}

/* Whether `node` has the attribute `name` (no namespace) and its value holds `needle`
 * (always, for a NULL needle); `ignore_case` for a lower-case ASCII needle. -1 on error. */
static int attribute_holds_as(xmlNode *node, const char *name, const char *needle,
                              int ignore_case) {
    for (xmlAttr *attr = node->properties; attr; attr = attr->next) {
        if (attr->ns != NULL || attr->name == NULL || strcmp((const char *)attr->name, name))
            continue;
        if (needle == NULL) return 1;
        if (attr->children && attr->children->next == NULL &&
            attr->children->type == XML_TEXT_NODE) {  /* one text node in practice */
            const char *value = (const char *)attr->children->content;
            if (!value) return 0;
            return ignore_case ? holds_ignoring_case(value, needle)
                               : strstr(value, needle) != NULL;
        }
        if (attr->children == NULL) return 0;
        /* the value in pieces (entities in a caller's XML tree): join them */
        xmlNode *last;
        PyObject *value = text_run(attr->children, &last);
        if (!value) return -1;
        int found = 0;
        if (value != Py_None) {
            const char *utf8 = PyUnicode_AsUTF8(value);
            found = !utf8 ? -1
                    : ignore_case ? holds_ignoring_case(utf8, needle) : strstr(utf8, needle) != NULL;
        }
        Py_DECREF(value);
        return found;
    }
    return 0;
}

static int attribute_holds(xmlNode *node, const char *name, const char *needle) {
    return attribute_holds_as(node, name, needle, 0);
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
                    if (wanted && strcmp((const char *)node->name, "script") == 0) wanted = 2;
                    if (wanted && strcmp((const char *)node->name, "link") == 0) wanted = 3;
                    tagged.names[slot] = node->name;
                    tagged.roles[slot] = wanted;
                }
                if (wanted == 2) {  /* a script: only JSON-LD */
                    wanted = attribute_holds_as(node, "type", "ld+json", 1);
                    if (wanted < 0) goto error;
                } else if (wanted == 3) {  /* a link: only a canonical one, or microdata */
                    wanted = attribute_holds_as(node, "rel", "canonical", 1);
                    if (wanted == 0) wanted = attribute_holds_as(node, "itemprop", NULL, 0);
                    if (wanted < 0) goto error;
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


/* ---- Class attributes below an element: python.py's _CLASSES XPath --------------------
 *
 * class_values(container): in document order, the class values of the elements below
 * `container` (not itself) that have one; class_element(container, index): the element
 * of the index-th. The article-header search looks for byline and date classes in a
 * whole article region: a list of strings, and an element only for the few that match,
 * cost less than a node-set of lxml's "smart" strings that each know their element. */

/* The next node after `node` below `top` in document order (elements' children first). */
static xmlNode *next_below(xmlNode *node, xmlNode *top) {
    if (node->type == XML_ELEMENT_NODE && node->children) return node->children;
    while (node && node != top && node->next == NULL) node = node->parent;
    return (node == NULL || node == top) ? NULL : node->next;
}

static xmlAttr *class_attribute(xmlNode *node) {
    if (node->type != XML_ELEMENT_NODE) return NULL;
    for (xmlAttr *attr = node->properties; attr; attr = attr->next)
        if (attr->ns == NULL && attr->name && strcmp((const char *)attr->name, "class") == 0)
            return attr;
    return NULL;
}

static xmlNode *element_node(PyObject *root, const char *function) {
    if (!PyObject_TypeCheck(root, (PyTypeObject *)element_type) ||
        ((struct LxmlElement *)root)->_c_node == NULL) {
        PyErr_Format(PyExc_TypeError, "%s() needs an lxml element", function);
        return NULL;
    }
    return ((struct LxmlElement *)root)->_c_node;
}

/* Append a new reference to `list` and drop it; -1 (an exception set) when `value` is
 * NULL (its maker failed) or the append fails. */
static int append_new(PyObject *list, PyObject *value) {
    if (!value) return -1;
    int failed = PyList_Append(list, value);
    Py_DECREF(value);
    return failed;
}

static PyObject *class_values(PyObject *self, PyObject *root) {
    (void)self;
    xmlNode *top = element_node(root, "class_values");
    if (!top) return NULL;
    PyObject *found = PyList_New(0);
    if (!found) return NULL;
    for (xmlNode *node = next_below(top, top); node; node = next_below(node, top)) {
        xmlAttr *attr = class_attribute(node);
        if (!attr) continue;
        PyObject *value;
        if (attr->children && attr->children->next == NULL &&
            attr->children->type == XML_TEXT_NODE && attr->children->content) {
            const char *text = (const char *)attr->children->content;
            value = PyUnicode_DecodeUTF8(text, (Py_ssize_t)strlen(text), NULL);
        } else {
            /* empty, or in pieces (entities in a caller's tree): lxml's own reading */
            PyObject *element = (PyObject *)element_factory(((struct LxmlElement *)root)->_doc,
                                                            node);
            value = element ? PyObject_CallMethod(element, "get", "s", "class") : NULL;
            Py_XDECREF(element);
        }
        if (append_new(found, value) < 0) {
            Py_DECREF(found);
            return NULL;
        }
    }
    return found;
}

static PyObject *class_element(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *root;
    Py_ssize_t index;
    if (!PyArg_ParseTuple(args, "On:class_element", &root, &index)) return NULL;
    xmlNode *top = element_node(root, "class_element");
    if (!top) return NULL;
    for (xmlNode *node = next_below(top, top); node; node = next_below(node, top)) {
        if (class_attribute(node) && index-- == 0)
            return (PyObject *)element_factory(((struct LxmlElement *)root)->_doc, node);
    }
    PyErr_SetString(PyExc_IndexError, "class_element() index out of range");
    return NULL;
}


/* ---- The page's pieces of text: python.py's _TEXT_PIECES XPath -------------------------
 *
 * text_pieces(container, limit): in document order, the first `limit` text nodes below
 * `container` that hold more than XPath's white space (space, tab, CR, LF) and whose
 * parent is not a <script> or a <style>, as the XPath
 * .//text()[normalize-space()][not(parent::script)][not(parent::style)] finds them;
 * text_piece(container, index): the element the index-th is the text of, and whether it is
 * that element's tail, as lxml's smart string gives them (getparent(), is_tail). The page
 * search wants the texts of all pieces but the elements of a few. */

static int is_text_piece(xmlNode *node) {
    if (!is_text(node) || node->content == NULL) return 0;
    xmlNode *parent = node->parent;
    if (parent && parent->type == XML_ELEMENT_NODE && parent->ns == NULL && parent->name &&
        (strcmp((const char *)parent->name, "script") == 0 ||
         strcmp((const char *)parent->name, "style") == 0))
        return 0;
    for (const xmlChar *c = node->content; *c; c++)
        if (*c != ' ' && *c != '\t' && *c != '\n' && *c != '\r') return 1;
    return 0;
}

static PyObject *text_pieces(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *root;
    Py_ssize_t limit;
    if (!PyArg_ParseTuple(args, "On:text_pieces", &root, &limit)) return NULL;
    xmlNode *top = element_node(root, "text_pieces");
    if (!top) return NULL;
    PyObject *found = PyList_New(0);
    if (!found) return NULL;
    for (xmlNode *node = next_below(top, top); node && PyList_GET_SIZE(found) < limit;
         node = next_below(node, top)) {
        if (!is_text_piece(node)) continue;
        const char *text = (const char *)node->content;
        if (append_new(found, PyUnicode_DecodeUTF8(text, (Py_ssize_t)strlen(text), NULL)) < 0) {
            Py_DECREF(found);
            return NULL;
        }
    }
    return found;
}

/* lxml's _isElement: the nodes its proxies stand for. */
static int is_element_like(xmlNode *node) {
    return node->type == XML_ELEMENT_NODE || node->type == XML_COMMENT_NODE ||
           node->type == XML_ENTITY_REF_NODE || node->type == XML_PI_NODE;
}

static PyObject *text_piece(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *root;
    Py_ssize_t index;
    if (!PyArg_ParseTuple(args, "On:text_piece", &root, &index)) return NULL;
    xmlNode *top = element_node(root, "text_piece");
    if (!top) return NULL;
    for (xmlNode *node = next_below(top, top); node && index >= 0;
         node = next_below(node, top)) {
        if (!is_text_piece(node) || index-- > 0) continue;
        /* a tail when an element (or comment, PI) precedes it, as lxml's smart strings */
        xmlNode *owner = node->prev;
        while (owner && !is_element_like(owner)) owner = owner->prev;
        int is_tail = owner != NULL;
        if (!is_tail) {
            owner = node->parent;
            while (owner && !is_element_like(owner)) owner = owner->parent;
        }
        if (!owner) Py_RETURN_NONE;  /* not below an element: cannot happen below `top` */
        PyObject *element = (PyObject *)element_factory(((struct LxmlElement *)root)->_doc,
                                                        owner);
        if (!element) return NULL;
        return Py_BuildValue("(NO)", element, is_tail ? Py_True : Py_False);
    }
    PyErr_SetString(PyExc_IndexError, "text_piece() index out of range");
    return NULL;
}
