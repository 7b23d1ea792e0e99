/* overfull_tags(data, max_attributes): the start tags of `data` with more than
 * `max_attributes` attributes, as (where their first max_attributes attributes end, where the
 * tag ends, whether it closes itself with "/>"), found the way libxml2's HTML tokenizer reads the markup. The translation of
 * tags.py (see there for the rules); each byte is read a bounded number of times. */

/* What a byte is to the tokenizer inside a tag: one table look a byte. */
enum { TAG_SPACE = 1, TAG_SLASH = 2, TAG_GT = 4, TAG_EQUALS = 8 };
static const unsigned char tag_byte[256] = {
    ['\t'] = TAG_SPACE, ['\n'] = TAG_SPACE, ['\f'] = TAG_SPACE, ['\r'] = TAG_SPACE,
    [' '] = TAG_SPACE,   ['/'] = TAG_SLASH,   ['>'] = TAG_GT,      ['='] = TAG_EQUALS,
};

static int is_html_space(unsigned char c) { return tag_byte[c] & TAG_SPACE; }

static int ends_tag_name(unsigned char c) { return tag_byte[c] & (TAG_SPACE | TAG_SLASH | TAG_GT); }

/* The end of the tag name that starts at `at` (past "<" and its first letter). */
static const unsigned char *tag_name_end(const unsigned char *at, const unsigned char *stop) {
    while (at < stop && !ends_tag_name(*at)) at++;
    return at;
}

/* Reads a tag's attributes from `at` (its name's end): returns where they end (at its ">" or
 * the end of the data), with their count, where the max_attributes-th one ends (left as is
 * when there are fewer) and whether the last separators end with "/". */
static const unsigned char *read_attributes(const unsigned char *at, const unsigned char *stop,
                                            Py_ssize_t max_attributes, Py_ssize_t *count,
                                            const unsigned char **kept_end, int *slash_last) {
    *count = 0;
    for (;;) {
        int slash = 0;
        while (at < stop && (tag_byte[*at] & (TAG_SPACE | TAG_SLASH))) slash = *at++ == '/';
        *slash_last = slash;
        if (at == stop || *at == '>') return at;
        /* A name: any first byte but a separator or ">", then up to one or "=". */
        at++;
        while (at < stop && !tag_byte[*at]) at++;
        const unsigned char *name_end = at;
        while (at < stop && is_html_space(*at)) at++;
        if (at < stop && *at == '=') {
            at++;
            while (at < stop && is_html_space(*at)) at++;
            if (at < stop && (*at == '"' || *at == '\'')) {
                const unsigned char *close = memchr(at + 1, *at, (size_t)(stop - at - 1));
                at = close ? close + 1 : stop;
            } else {
                while (at < stop && !(tag_byte[*at] & (TAG_SPACE | TAG_GT))) at++;
            }
        } else {
            at = name_end;
        }
        if (++*count == max_attributes) *kept_end = at;
    }
}

/* Whether `at` holds `name` (lower case) in any letter case, followed by a byte that ends a
 * tag name. */
static int is_name_at(const unsigned char *at, const unsigned char *stop, const char *name) {
    Py_ssize_t length = (Py_ssize_t)strlen(name);
    if (stop - at <= length) return 0;
    for (Py_ssize_t k = 0; k < length; k++)
        if ((at[k] | 0x20) != (unsigned char)name[k]) return 0;
    return ends_tag_name(at[length]);
}

/* The first "</" + `name` + a byte that ends a tag name from `at`, or NULL. */
static const unsigned char *find_end_tag(const unsigned char *at, const unsigned char *stop,
                                         const char *name) {
    while ((at = memchr(at, '<', (size_t)(stop - at))) != NULL) {
        if (stop - at > 2 && at[1] == '/' && is_name_at(at + 2, stop, name)) return at;
        at++;
    }
    return NULL;
}

/* Where a script's text that starts at `at` ends (its end tag's "<"), with the escapes of
 * tags.py's _script_end. */
static const unsigned char *script_end(const unsigned char *at, const unsigned char *stop) {
    enum { TEXT, ESCAPED, DOUBLE_ESCAPED } state = TEXT;
    for (;;) {
        /* The first "<" (or, in an escape, "-") that may change the state: a script's text
         * is often much of a page, and most of it is outside any escape. */
        if (state == TEXT) {
            at = at < stop ? memchr(at, '<', (size_t)(stop - at)) : NULL;
            if (!at) return stop;
        } else {
            while (at < stop && *at != '<' && *at != '-') at++;
            if (at == stop) return stop;
        }
        if (*at == '-') {
            if (state != TEXT && stop - at > 2 && at[1] == '-' && at[2] == '>') {
                state = TEXT;
                at += 3;
            } else {
                at++;
            }
            continue;
        }
        if (state == TEXT) {
            if (stop - at > 3 && at[1] == '!' && at[2] == '-' && at[3] == '-') {
                state = ESCAPED;
                at += 2; /* "<!-->" closes the escape it opens */
                continue;
            }
            if (stop - at > 2 && at[1] == '/' && is_name_at(at + 2, stop, "script")) return at;
        } else if (stop - at > 2 && at[1] == '/' && is_name_at(at + 2, stop, "script")) {
            if (state == ESCAPED) return at;
            state = ESCAPED;
            at += 2 + 6 + 1;
            continue;
        } else if (state == ESCAPED && is_name_at(at + 1, stop, "script")) {
            state = DOUBLE_ESCAPED;
            at += 1 + 6 + 1;
            continue;
        }
        at++;
    }
}

static const char *const raw_text_elements[] = {"script", "style", "xmp", "iframe", "noembed",
                                                "noframes", "textarea", "title", "plaintext"};

/* Where the text after a start tag named [name, name_end) ends: `at` when it opens none. */
static const unsigned char *raw_text_end(const unsigned char *name, const unsigned char *name_end,
                                         const unsigned char *at, const unsigned char *stop) {
    for (size_t k = 0; k < sizeof raw_text_elements / sizeof *raw_text_elements; k++) {
        const char *raw = raw_text_elements[k];
        if ((Py_ssize_t)strlen(raw) != name_end - name || !is_name_at(name, stop, raw)) continue;
        if (k == 0) return script_end(at, stop);
        if (strcmp(raw, "plaintext") == 0) return stop;
        const unsigned char *close = find_end_tag(at, stop, raw);
        return close ? close : stop;
    }
    return at;
}

/* Past the comment whose "<!--" is at `at`: its "-->" or "--!>" ("<!-->" and "<!--->" close
 * at once), or the end of the data. */
static const unsigned char *comment_end(const unsigned char *at, const unsigned char *stop) {
    const unsigned char *body = at + 4;
    if (body < stop && body[0] == '>') return body + 1;
    if (stop - body > 1 && body[0] == '-' && body[1] == '>') return body + 2;
    for (at = body; (at = memchr(at, '-', (size_t)(stop - at))) != NULL; at++) {
        if (stop - at > 2 && at[1] == '-' && at[2] == '>') return at + 3;
        if (stop - at > 3 && at[1] == '-' && at[2] == '!' && at[3] == '>') return at + 4;
    }
    return stop;
}

/* Past the first ">" from `at`, or the end of the data. */
static const unsigned char *past_gt(const unsigned char *at, const unsigned char *stop) {
    const unsigned char *close = at < stop ? memchr(at, '>', (size_t)(stop - at)) : NULL;
    return close ? close + 1 : stop;
}

/* Reads the tags of [bytes, stop) as libxml2's tokenizer does: appends each start tag with
 * more than max_attributes attributes to `found` (when not NULL), and adds every start tag's
 * attributes, at most max_attributes each (those bound_attributes keeps), to *total.
 * Returns -1 (an exception set) when an append failed, else 0. */
static int scan_tags(const unsigned char *bytes, const unsigned char *stop,
                     Py_ssize_t max_attributes, PyObject *found, Py_ssize_t *total) {
    const unsigned char *at = bytes;
    while (at < stop && (at = memchr(at, '<', (size_t)(stop - at))) != NULL) {
        Py_ssize_t left = stop - at;
        if (left > 1 && is_ascii_letter(at[1])) { /* a start tag */
            const unsigned char *name = at + 1, *name_end = tag_name_end(at + 2, stop);
            const unsigned char *kept_end = name_end;
            Py_ssize_t count;
            int slash_last;
            at = read_attributes(name_end, stop, max_attributes, &count, &kept_end, &slash_last);
            const unsigned char *end = at < stop ? at + 1 : stop;
            *total += count < max_attributes ? count : max_attributes;
            if (count > max_attributes && found) {
                PyObject *cut = Py_BuildValue("(nnN)", kept_end - bytes, end - bytes,
                                              PyBool_FromLong(slash_last && at < stop));
                int failed = !cut || PyList_Append(found, cut) < 0;
                Py_XDECREF(cut);
                if (failed) return -1;
            }
            at = end;
            if (at < stop && !slash_last) at = raw_text_end(name, name_end, at, stop);
        } else if (left > 1 && at[1] == '/') {
            if (left > 2 && is_ascii_letter(at[2])) { /* an end tag reads attributes too */
                Py_ssize_t count;
                int slash_last;
                const unsigned char *kept_end = NULL;
                at = read_attributes(tag_name_end(at + 3, stop), stop, 0, &count, &kept_end,
                                     &slash_last);
                if (at < stop) at++;
            } else if (left > 2 && at[2] == '>') {
                at += 3;
            } else {
                at = past_gt(at + 2, stop); /* a bogus comment, or "</" at the end */
            }
        } else if (left > 3 && at[1] == '!' && at[2] == '-' && at[3] == '-') {
            at = comment_end(at, stop);
        } else if (left > 1 && (at[1] == '!' || at[1] == '?')) {
            at = past_gt(at + 2, stop);
        } else {
            at++; /* a "<" in text */
        }
    }
    return 0;
}

static PyObject *overfull_tags(PyObject *self, PyObject *args) {
    (void)self;
    Py_buffer view;
    Py_ssize_t max_attributes, total = 0;
    if (!PyArg_ParseTuple(args, "y*n", &view, &max_attributes)) return NULL;
    if (max_attributes < 0) max_attributes = 0;
    PyObject *found = PyList_New(0);
    const unsigned char *bytes = view.buf;
    if (found && scan_tags(bytes, bytes + view.len, max_attributes, found, &total) < 0)
        Py_CLEAR(found);
    PyBuffer_Release(&view);
    return found;
}

/* start_tag_attributes(data, max_attributes): how many attributes libxml2 reads in the
 * start tags of `data` once each is cut to max_attributes (duplicates counted). */
static PyObject *start_tag_attributes(PyObject *self, PyObject *args) {
    (void)self;
    Py_buffer view;
    Py_ssize_t max_attributes, total = 0;
    if (!PyArg_ParseTuple(args, "y*n", &view, &max_attributes)) return NULL;
    if (max_attributes < 0) max_attributes = 0;
    const unsigned char *bytes = view.buf;
    scan_tags(bytes, bytes + view.len, max_attributes, NULL, &total);
    PyBuffer_Release(&view);
    return PyLong_FromSsize_t(total);
}
