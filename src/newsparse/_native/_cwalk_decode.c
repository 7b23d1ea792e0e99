/* newsparse._cwalk, part. Included by _cwalk.c. */

/* ---- Decoding: a fast look for the control bytes _decode removes ---------------------
 *
 * has_control_bytes(data): whether `data` holds one of python.py's CONTROL_BYTES (0x00-0x08,
 * 0x0B, 0x0E-0x1F, 0x7F). Eight bytes at a time: a word with no byte below 0x20 and no
 * 0x7F is passed over whole; the others (every line end) are looked at byte by byte. */

static int is_control_byte(unsigned char c) {
    return (c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0C && c != 0x0D) || c == 0x7F;
}

/* Whether the eight bytes at `bytes` may hold a byte below 0x20 or a DEL (it may say so of
 * a word that has none; never the other way round), or, with `or_high`, one above 0x7F. */
static int word_needs_a_look(const unsigned char *bytes, int or_high) {
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    uint64_t word;
    memcpy(&word, bytes, 8);
    uint64_t below_space = (word - ones * 0x20) & ~word & highs;
    uint64_t delete = word ^ (ones * 0x7F);
    delete = (delete - ones) & ~delete & highs;
    return (below_space | delete | (or_high ? word & highs : 0)) != 0;
}

static PyObject *has_control_bytes(PyObject *self, PyObject *data) {
    (void)self;
    Py_buffer view;
    if (PyObject_GetBuffer(data, &view, PyBUF_SIMPLE) < 0) return NULL;
    const unsigned char *bytes = view.buf;
    Py_ssize_t n = view.len, i = 0;
    int found = 0;
    for (; i + 8 <= n && !found; i += 8) {
        if (word_needs_a_look(bytes + i, 0)) {
            for (int k = 0; k < 8; k++) found |= is_control_byte(bytes[i + k]);
        }
    }
    for (; i < n && !found; i++) found = is_control_byte(bytes[i]);
    PyBuffer_Release(&view);
    return PyBool_FromLong(found);
}


/* is_clean_utf8(data): whether `data` is valid UTF-8, as Python's strict decoder reads it
 * (no overlong forms, no surrogates, nothing above U+10FFFF), and holds none of the
 * control bytes above nor a C1 control character: then the bytes are the page's clean UTF-8 as they are, and its text
 * can wait until a stage needs it. ASCII words without a byte below 0x20 pass whole. */
static int utf8_tail(const unsigned char *bytes, Py_ssize_t n, Py_ssize_t i) {
    /* the length of the multi-byte character at i, or 0 when it is not valid */
    unsigned char lead = bytes[i];
    unsigned char low = 0x80, high = 0xBF;
    int length;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) low = 0xA0;
        if (lead == 0xED) high = 0x9F;  /* U+D800-U+DFFF, the surrogates */
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) low = 0x90;
        if (lead == 0xF4) high = 0x8F;  /* nothing above U+10FFFF */
    } else {
        return 0;
    }
    if (i + length > n || bytes[i + 1] < low || bytes[i + 1] > high) return 0;
    for (int k = 2; k < length; k++)
        if ((bytes[i + k] & 0xC0) != 0x80) return 0;
    return length;
}

static PyObject *is_clean_utf8(PyObject *self, PyObject *data) {
    (void)self;
    Py_buffer view;
    if (PyObject_GetBuffer(data, &view, PyBUF_SIMPLE) < 0) return NULL;
    const unsigned char *bytes = view.buf;
    Py_ssize_t n = view.len, i = 0;
    int clean = 1;
    while (i < n && clean) {
        if (i + 8 <= n && !word_needs_a_look(bytes + i, 1)) {
            i += 8;
            continue;
        }
        unsigned char c = bytes[i];
        if (c < 0x80) {
            clean = !is_control_byte(c);
            i++;
        } else {
            int length = utf8_tail(bytes, n, i);
            /* a C1 control (U+0080-U+009F: 0xC2 0x80-0x9F) is no text either */
            clean = length > 0 && !(c == 0xC2 && bytes[i + 1] < 0xA0);
            i += length;
        }
    }
    PyBuffer_Release(&view);
    return PyBool_FromLong(clean);
}

/* without_html_ends(data): `data` without its "</html" end tags in any letter case, as
 * python.py's _HTML_END removes them (rb"</html(?=[\s/>])[^<>]*+>", ignoring case): the same
 * bytes object when there is none. A match holds no "<", so matches never overlap. */
static int is_bytes_space(unsigned char c) {
    return c == ' ' || (c >= 0x09 && c <= 0x0D);
}

static PyObject *without_html_ends(PyObject *self, PyObject *data) {
    (void)self;
    if (!PyBytes_Check(data)) {
        PyErr_SetString(PyExc_TypeError, "without_html_ends() needs bytes");
        return NULL;
    }
    const char *bytes = PyBytes_AS_STRING(data);
    Py_ssize_t n = PyBytes_GET_SIZE(data);
    PyObject *result = NULL;  /* made at the first match, at the input's size */
    char *out = NULL;
    const char *copied = bytes, *at = bytes, *stop = bytes + n;
    while ((at = memchr(at, '<', (size_t)(stop - at))) != NULL) {
        const unsigned char *tag = (const unsigned char *)at;
        if (stop - at >= 7 && tag[1] == '/' && (tag[2] | 0x20) == 'h' &&
            (tag[3] | 0x20) == 't' && (tag[4] | 0x20) == 'm' && (tag[5] | 0x20) == 'l' &&
            (is_bytes_space(tag[6]) || tag[6] == '/' || tag[6] == '>')) {
            const char *end = at + 6;
            while (end < stop && *end != '<' && *end != '>') end++;
            if (end < stop && *end == '>') {
                if (result == NULL) {
                    result = PyBytes_FromStringAndSize(NULL, n);
                    if (!result) return NULL;
                    out = PyBytes_AS_STRING(result);
                }
                memcpy(out, copied, (size_t)(at - copied));
                out += at - copied;
                copied = at = end + 1;
                continue;
            }
        }
        at++;
    }
    if (result == NULL) return Py_NewRef(data);
    memcpy(out, copied, (size_t)(stop - copied));
    out += stop - copied;
    if (_PyBytes_Resize(&result, out - PyBytes_AS_STRING(result)) < 0) return NULL;
    return result;
}

/* long_tags(data, min_bytes): where the long tags of `data` start, as python.py's
 * long_tags finds them: a "<", an ASCII letter and `min_bytes` bytes with no "<" or ">".
 * The content of a script, style, textarea, title or xmp element (from its start tag's name
 * to the next end tag of any of them, in any letter case) is passed over: only its start
 * tag is looked at. Each byte is read a bounded number of times: a look for a long tag
 * stops at the next "<", where the next look starts. */
static const char *const raw_text_names[] = {"script", "style", "textarea", "title", "xmp"};
static const Py_ssize_t raw_text_name_lengths[] = {6, 5, 8, 5, 3};

static int is_ascii_letter(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The length of the raw-text element name at `at` followed by a space, "/" or ">" (as the
 * regex's lookahead wants one), or 0. */
static Py_ssize_t raw_text_name(const unsigned char *at, const unsigned char *stop) {
    unsigned char first = at < stop ? (*at | 0x20) : 0;
    if (first != 's' && first != 't' && first != 'x') return 0;
    for (size_t k = 0; k < sizeof raw_text_names / sizeof *raw_text_names; k++) {
        const char *name = raw_text_names[k];
        Py_ssize_t length = raw_text_name_lengths[k], j = 0;
        if (stop - at <= length) continue;
        while (j < length && (at[j] | 0x20) == name[j]) j++;
        if (j == length && (is_bytes_space(at[length]) || at[length] == '/' || at[length] == '>'))
            return length;
    }
    return 0;
}

static PyObject *long_tags(PyObject *self, PyObject *args) {
    (void)self;
    Py_buffer view;
    Py_ssize_t min_bytes;
    if (!PyArg_ParseTuple(args, "y*n", &view, &min_bytes)) return NULL;
    PyObject *found = PyList_New(0);
    if (!found) goto done;
    if (min_bytes < 0) min_bytes = 0;
    const unsigned char *bytes = view.buf, *stop = bytes + view.len;
    const unsigned char *at = view.len ? memchr(bytes, '<', (size_t)view.len) : NULL;
    while (at != NULL) {
        const unsigned char *next = at + 1 < stop ? memchr(at + 1, '<', (size_t)(stop - at - 1)) : NULL;
        const unsigned char *run_end = next ? next : stop;  /* no "<" before it */
        /* A long tag: a letter, then min_bytes bytes before the next "<" with no ">" among
         * them (looked for only when the next "<" is that far: linear in all). */
        if (stop - at >= 2 && is_ascii_letter(at[1]) && run_end - (at + 2) >= min_bytes &&
            memchr(at + 2, '>', (size_t)min_bytes) == NULL) {
            PyObject *start = PyLong_FromSsize_t(at - bytes);
            int failed = !start || PyList_Append(found, start) < 0;
            Py_XDECREF(start);
            if (failed) {
                Py_CLEAR(found);
                goto done;
            }
        }
        Py_ssize_t name = raw_text_name(at + 1, stop);
        if (name) {
            /* The element's text: up to the next "</" and a raw-text name. */
            const unsigned char *close = at + 1 + name;
            while ((close = memchr(close, '<', (size_t)(stop - close))) != NULL) {
                if (stop - close > 2 && close[1] == '/' && raw_text_name(close + 2, stop)) break;
                close++;
            }
            next = close;
        }
        at = next;
    }
done:
    PyBuffer_Release(&view);
    return found;
}

/* has_control_references(data): whether `data` holds a numeric character reference to a
 * control character, as python.py's CONTROL_REFERENCE finds one: "&#", then decimal digits
 * or "x" and hex digits, whose whole run (leading zeros aside) is the number of a C0
 * control other than tab, LF, FF and CR, DEL, or one of the C1 controls 0x81, 0x8D, 0x8F,
 * 0x90 and 0x9D. A run longer than three significant digits names no such number. */
static int is_control_reference_number(long value) {
    return (value >= 1 && value <= 8) || value == 11 || (value >= 14 && value <= 31) ||
           value == 127 || value == 129 || value == 141 || value == 143 || value == 144 ||
           value == 157;
}

static int hex_digit(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') return (c | 0x20) - 'a' + 10;
    return -1;
}

static PyObject *has_control_references(PyObject *self, PyObject *data) {
    (void)self;
    Py_buffer view;
    if (PyObject_GetBuffer(data, &view, PyBUF_SIMPLE) < 0) return NULL;
    const unsigned char *bytes = view.buf, *stop = bytes + view.len, *at = bytes;
    int found = 0;
    while (!found && at < stop && (at = memchr(at, '&', (size_t)(stop - at))) != NULL) {
        const unsigned char *digit = at + 2;
        at++;
        if (digit > stop || at[0] != '#') continue;
        int base = 10;
        if (digit < stop && (*digit == 'x' || *digit == 'X')) {
            base = 16;
            digit++;
        }
        while (digit < stop && *digit == '0') digit++;
        long value = 0;
        int significant = 0;
        for (; digit < stop; digit++) {
            int d = base == 16 ? hex_digit(*digit) : (*digit >= '0' && *digit <= '9' ? *digit - '0' : -1);
            if (d < 0) break;
            if (significant < 4) value = value * base + d;
            significant++;
        }
        found = significant >= 1 && significant <= 3 && is_control_reference_number(value);
    }
    PyBuffer_Release(&view);
    return PyBool_FromLong(found);
}
