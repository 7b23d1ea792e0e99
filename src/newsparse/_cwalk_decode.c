/* newsparse._cwalk, part. Included by _cwalk.c. */

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

