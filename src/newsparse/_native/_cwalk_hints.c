/* newsparse._cwalk, part: class and id hints (_html/hints.py's token_hints and
 * attribute_hints), with their caches: tokens (_hints.TOKEN_HINTS) and whole values by
 * their bytes. Included by _cwalk.c. */

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
/* Which bytes start one of the other words: most positions of a token start none. */
static unsigned char other_first[256];
static int other_empty = 0;  /* an empty word is in every token, as strstr finds it */

static void index_other_words(void) {
    memset(other_first, 0, sizeof other_first);
    other_empty = 0;
    for (Py_ssize_t i = 0; i < other_count; i++) {
        other_first[(unsigned char)other_words[i][0]] = 1;
        other_empty |= other_words[i][0] == 0;
    }
}

/* Whether the lower-cased token `low` (of `n` bytes) holds one of the other words. */
static int holds_other_word(const char *low, Py_ssize_t n) {
    if (other_empty) return 1;
    for (Py_ssize_t at = 0; at < n; at++) {
        if (!other_first[(unsigned char)low[at]]) continue;
        for (Py_ssize_t i = 0; i < other_count; i++) {
            const char *word = other_words[i];
            if (word[0] != low[at]) continue;
            size_t size = strlen(word);
            if ((size_t)(n - at) >= size && memcmp(low + at, word, size) == 0) return 1;
        }
    }
    return 0;
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
    /* a camel-case name ("relatedLinks") is left to the patterns, which split it */
    for (Py_ssize_t i = 1; i < n; i++) {
        if (data[i] >= 'A' && data[i] <= 'Z' && data[i - 1] >= 'a' && data[i - 1] <= 'z') {
            PyObject *bits = PyObject_CallOneArg(pattern_function, token);
            if (!bits) return -1;
            long value = PyLong_AsLong(bits);
            Py_DECREF(bits);
            return value;
        }
    }
    char *low = PyMem_Malloc((size_t)n + 1);
    if (!low) {
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t i = 0; i < n; i++)
        low[i] = (data[i] >= 'A' && data[i] <= 'Z') ? (char)(data[i] + 32) : data[i];
    low[n] = 0;
    int undecided = holds_other_word(low, n);
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

/* The hints of one class or id value: its white-space separated tokens' hints. (Values
 * seen before are answered by their bytes, below, before they become strings.) */
static int label_hints(PyObject *value, int *hints) {
    PyObject *tokens = PyUnicode_Split(value, NULL, -1);
    if (!tokens) return -1;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(tokens); i++) {
        long bits = token_hints(PyList_GET_ITEM(tokens, i));
        if (bits < 0) {
            Py_DECREF(tokens);
            return -1;
        }
        *hints |= (int)bits;
    }
    Py_DECREF(tokens);
    return 0;
}

/* The hints an element's attributes give, as _hints.attribute_hints computes them: class
 * and id token by token here, the rarer attributes it reads (style, hidden, aria-hidden,
 * role) by calling it with that one attribute. */

enum { IGNORED, LABEL, OTHER };

/* What attribute_hints reads of an attribute: class and id (LABEL), style, hidden,
 * aria-hidden and role (OTHER); the first letter rules out most names. */
static int attribute_kind(const char *name) {
    switch (name[0]) {
        case 'c': return strcmp(name, "class") == 0 ? LABEL : IGNORED;
        case 'i': return strcmp(name, "id") == 0 ? LABEL : IGNORED;
        case 's': return strcmp(name, "style") == 0 ? OTHER : IGNORED;
        case 'h': return strcmp(name, "hidden") == 0 ? OTHER : IGNORED;
        case 'a': return strcmp(name, "aria-hidden") == 0 ? OTHER : IGNORED;
        case 'r': return strcmp(name, "role") == 0 ? OTHER : IGNORED;
        default: return IGNORED;
    }
}

/* The hints of one attribute, a LABEL (class, id: token by token) or an OTHER one (by
 * _hints.attribute_hints of that attribute alone); -1 on error. */
static int value_hints(const char *name, int kind, PyObject *value, int *hints) {
    if (kind == LABEL) return label_hints(value, hints);
    PyObject *items = Py_BuildValue("[(sO)]", name, value);
    if (!items) return -1;
    PyObject *result = PyObject_CallOneArg(pair_function, items);
    Py_DECREF(items);
    if (!result) return -1;
    long bits = PyLong_AsLong(result);
    Py_DECREF(result);
    if (bits == -1 && PyErr_Occurred()) return -1;
    *hints |= (int)bits;
    return 0;
}

/* Attribute values by their UTF-8 bytes and their attribute, so that a value seen before
 * costs a hash of its bytes and no Python string or call. A key is the attribute's name
 * for OTHER ones ("" for class and id, which read alike), a NUL, then the value. Open
 * addressing; emptied when half full; values longer than BYTE_VALUE_MAX are not kept. */
#define BYTE_LABELS 32768
#define BYTE_VALUE_MAX 512
typedef struct {
    char *bytes;  /* the key, NUL-terminated, or NULL for an empty slot */
    size_t size;  /* the key's length, its inner NUL included */
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

static size_t find_byte_label(const char *key, size_t size, uint64_t hash) {
    size_t slot = (size_t)hash & (BYTE_LABELS - 1);
    while (byte_labels[slot].bytes != NULL) {
        if (byte_labels[slot].hash == hash && byte_labels[slot].size == size &&
            memcmp(byte_labels[slot].bytes, key, size) == 0)
            return slot;
        slot = (slot + 1) & (BYTE_LABELS - 1);
    }
    return slot;
}

/* The hints of the attribute `name` (of `kind`) whose value's UTF-8 bytes are `value`;
 * -1 on error. */
static int byte_label_hints(const char *name, int kind, const xmlChar *value) {
    const char *prefix = kind == LABEL ? "" : name;
    size_t prefix_size = strlen(prefix) + 1, value_size = strlen((const char *)value);
    size_t size = prefix_size + value_size;
    PyObject *text = NULL;
    int hints = 0;
    if (value_size > BYTE_VALUE_MAX) {
        text = PyUnicode_DecodeUTF8((const char *)value, (Py_ssize_t)value_size, NULL);
        int result = text ? value_hints(name, kind, text, &hints) : -1;
        Py_XDECREF(text);
        return result < 0 ? -1 : hints;
    }
    char key[BYTE_VALUE_MAX + 32];  /* the names are short: "aria-hidden" is the longest */
    memcpy(key, prefix, prefix_size);
    memcpy(key + prefix_size, value, value_size + 1);
    uint64_t hash = 1469598103934665603ull;  /* FNV-1a */
    for (size_t i = 0; i < size; i++) hash = (hash ^ (unsigned char)key[i]) * 1099511628211ull;
    if (byte_labels == NULL && !(byte_labels = PyMem_Calloc(BYTE_LABELS, sizeof(ByteLabel)))) {
        PyErr_NoMemory();
        return -1;
    }
    size_t slot = find_byte_label(key, size, hash);
    if (byte_labels[slot].bytes != NULL) return byte_labels[slot].hints;
    text = PyUnicode_DecodeUTF8((const char *)value, (Py_ssize_t)value_size, NULL);
    if (!text) return -1;
    int result = value_hints(name, kind, text, &hints);
    Py_DECREF(text);
    if (result < 0) return -1;
    /* value_hints may run Python code, and another thread may have changed the table
     * meanwhile: look for the slot again. */
    if (byte_label_count >= BYTE_LABELS / 2) clear_byte_labels();
    slot = find_byte_label(key, size, hash);
    if (byte_labels[slot].bytes != NULL) return hints;
    char *copy = PyMem_Malloc(size + 1);
    if (copy) {  /* without memory the value is just not remembered */
        memcpy(copy, key, size + 1);
        byte_labels[slot].bytes = copy;
        byte_labels[slot].size = size;
        byte_labels[slot].hash = hash;
        byte_labels[slot].hints = hints;
        byte_label_count++;
    }
    return hints;
}

static int attribute_hints(xmlNode *node, int *hints) {
    for (xmlAttr *attr = node->properties; attr; attr = attr->next) {
        if (attr->ns != NULL || attr->name == NULL) continue;
        const char *name = (const char *)attr->name;
        int kind = attribute_kind(name);
        if (kind == IGNORED) continue;
        int bits = 0;
        if (attr->children && attr->children->next == NULL &&
            attr->children->type == XML_TEXT_NODE && attr->children->content) {
            /* the common case, a value in one text node: its hints by its bytes */
            bits = byte_label_hints(name, kind, attr->children->content);
            if (bits < 0) return -1;
        } else {
            xmlNode *last;
            PyObject *value = attr->children ? text_run(attr->children, &last)
                                             : Py_NewRef(Py_None);
            if (!value) return -1;
            if (value == Py_None) {
                Py_DECREF(value);
                value = Py_NewRef(str_empty);
            }
            int result = value_hints(name, kind, value, &bits);
            Py_DECREF(value);
            if (result < 0) return -1;
        }
        *hints |= bits;
        if (kind == OTHER && (bits & H_HIDDEN)) return 0;  /* not displayed: nothing else matters */
    }
    return 0;
}

