/* newsparse._cwalk, part. Included by _cwalk.c. */

/* ---- The arithmetic of region choice: ancestry.py's PythonAncestry, in C ----------
 *
 * ancestry(parents) returns an opaque tree, (order, capsule): `order` lists the elements
 * children first, exactly as Ancestry.__init__ orders them; the capsule holds, for each
 * place in `order`, its parent's place (-1: none) and whether len(element) > 1, and a map
 * from element to place. */

/* A map from object pointers to places: open addressing, sized for the tree. Places
 * are 32-bit: a tree has at most max_nodes elements, and a page of a quarter of a million
 * elements pays for every byte of each slot. */
typedef struct {
    PyObject **keys;
    int32_t *values;
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
    map->values = PyMem_Calloc(size, sizeof(int32_t));
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

/* The working arrays are 32-bit places, and the map from elements to their places in
 * `parents` becomes the tree's map (to places in `order`) once the order is known: on a
 * page of tiny elements this build was the costliest moment of region choice. */
static PyObject *ancestry(PyObject *self, PyObject *parents) {
    (void)self;
    if (!PyDict_Check(parents)) {
        PyErr_SetString(PyExc_TypeError, "ancestry() needs the dict of parents");
        return NULL;
    }
    Py_ssize_t n = PyDict_GET_SIZE(parents);
    if (n >= INT32_MAX / 2) {
        PyErr_SetString(PyExc_OverflowError, "ancestry(): too many elements");
        return NULL;
    }
    size_t cells = (size_t)(n ? n : 1);
    PlaceMap places = {NULL, NULL, 0};  /* element -> place in `parents`, then in `order` */
    int32_t *parent_at = PyMem_Calloc(cells, sizeof(int32_t));
    int32_t *pending = PyMem_Calloc(cells, sizeof(int32_t));
    int32_t *ready = PyMem_Calloc(cells, sizeof(int32_t));
    int32_t *order = PyMem_Calloc(cells, sizeof(int32_t));
    PyObject **elements = PyMem_Calloc(cells, sizeof(PyObject *));
    Tree *tree = PyMem_Calloc(1, sizeof(Tree));
    PyObject *result = NULL, *order_list = NULL, *capsule = NULL;
    if (!parent_at || !pending || !ready || !order || !elements || !tree) {
        PyErr_NoMemory();
        goto done;
    }
    if (place_map_init(&places, n) < 0) goto done;
    Py_ssize_t pos = 0, i = 0;
    PyObject *key, *value;
    while (PyDict_Next(parents, &pos, &key, &value)) {
        if (!PyObject_TypeCheck(key, (PyTypeObject *)element_type)) {
            PyErr_SetString(PyExc_TypeError, "ancestry() needs lxml elements");
            goto done;
        }
        elements[i] = key;
        size_t slot = place_slot(&places, key);
        places.keys[slot] = key;
        places.values[slot] = (int32_t)i;
        i++;
    }
    /* A second pass for the parents: no Python code runs between the two, so the dict
     * gives the same items in the same order. */
    pos = 0;
    i = 0;
    while (PyDict_Next(parents, &pos, &key, &value)) {
        parent_at[i] = -1;
        if (value != Py_None) {
            Py_ssize_t parent = place_of(&places, value);
            if (parent < 0) {
                PyErr_SetString(PyExc_ValueError, "ancestry(): a parent is no key");
                goto done;
            }
            parent_at[i] = (int32_t)parent;
            pending[parent]++;
        }
        i++;
    }
    /* Ancestry.__init__: leaves in `parents` order, then a stack, a parent once its last
     * child is done. */
    Py_ssize_t n_ready = 0, n_order = 0;
    for (i = 0; i < n; i++)
        if (pending[i] == 0) ready[n_ready++] = (int32_t)i;
    while (n_ready) {
        int32_t at = ready[--n_ready];
        order[n_order++] = at;
        int32_t parent = parent_at[at];
        if (parent >= 0 && --pending[parent] == 0) ready[n_ready++] = parent;
    }
    if (n_order < n) {
        /* An element on a cycle of parents is never ready: it and what hangs below it
         * would have no place in `order`, and a parent's place would be read as a count. */
        PyErr_SetString(PyExc_ValueError, "ancestry(): the parents form a cycle");
        goto done;
    }
    for (i = 0; i < n_order; i++) pending[order[i]] = (int32_t)i;  /* place in `order` */
    tree->n = n_order;
    tree->parents = PyMem_Calloc((size_t)(n_order ? n_order : 1), sizeof(int32_t));
    tree->wide = PyMem_Calloc((size_t)(n_order ? n_order : 1), 1);
    order_list = PyList_New(n_order);
    if (!tree->parents || !tree->wide || !order_list) {
        if (order_list) PyErr_NoMemory();
        goto done;
    }
    for (i = 0; i < n_order; i++) {
        PyObject *element = elements[order[i]];
        PyList_SET_ITEM(order_list, i, Py_NewRef(element));
        int32_t parent = parent_at[order[i]];
        tree->parents[i] = parent >= 0 ? pending[parent] : -1;
        tree->wide[i] = (char)has_several_children(element);
    }
    /* Every element is in `order` (no cycle): the map's places become places in it. */
    for (size_t slot = 0; slot <= places.mask; slot++)
        if (places.keys[slot]) places.values[slot] = pending[places.values[slot]];
    tree->places = places;
    places.keys = NULL;
    places.values = NULL;
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
    place_map_free(&places);
    Py_XDECREF(order_list);
    Py_XDECREF(capsule);
    PyMem_Free(parent_at);
    PyMem_Free(pending);
    PyMem_Free(ready);
    PyMem_Free(order);
    PyMem_Free(elements);
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

/* {element: number} in `order`'s order. A number equal to the one before it (bit for
 * bit: -0.0 is not 0.0) shares its float object: most elements of a big page hold 0.0 or
 * the same small sum, and a float apiece would cost a third of the dict. */
static PyObject *as_dict(PyObject *order, const double *numbers, Py_ssize_t n) {
    PyObject *result = PyDict_New();
    if (!result) return NULL;
    PyObject *number = NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!number || memcmp(&numbers[i], &numbers[i - 1], sizeof(double)) != 0) {
            Py_XDECREF(number);
            number = PyFloat_FromDouble(numbers[i]);
            if (!number) {
                Py_DECREF(result);
                return NULL;
            }
        }
        if (PyDict_SetItem(result, PyList_GET_ITEM(order, i), number) < 0) {
            Py_DECREF(number);
            Py_DECREF(result);
            return NULL;
        }
    }
    Py_XDECREF(number);
    return result;
}

/* A zeroed bytes object of `n` doubles, to fill before it is returned (Python reads it
 * through memoryview.cast("d")): 8 bytes an element, where a dict of floats costs about
 * 50. bytes keep their data 8-aligned (after a 32-byte header, in 16-aligned blocks). */
static PyObject *new_numbers(Py_ssize_t n, double **numbers) {
    PyObject *result = PyBytes_FromStringAndSize(NULL, n * (Py_ssize_t)sizeof(double));
    if (!result) return NULL;
    *numbers = (double *)(void *)PyBytes_AS_STRING(result);
    memset(*numbers, 0, (size_t)n * sizeof(double));
    return result;
}

/* subtree_sums(tree, own): Ancestry.subtree_sums, with the same additions in the same
 * order (so the same floats): the sums as doubles in `order`'s order. */
static PyObject *subtree_sums(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *tree_object, *own, *order;
    if (!PyArg_ParseTuple(args, "OO!:subtree_sums", &tree_object, &PyDict_Type, &own)) return NULL;
    Tree *tree = tree_parts(tree_object, &order);
    if (!tree) return NULL;
    Py_ssize_t n = tree->n;
    double *values = own_values(own, tree);
    double *totals = NULL;
    PyObject *result = values ? new_numbers(n, &totals) : NULL;
    if (result) {
        for (Py_ssize_t i = 0; i < n; i++) {
            double total = totals[i] + values[i];
            totals[i] = total;
            if (tree->parents[i] >= 0) totals[tree->parents[i]] += total;
        }
    }
    PyMem_Free(values);
    return result;
}

/* value_of(tree, numbers, element, default=0.0): the element's number in `numbers` (as
 * subtree_sums gives them), or `default` for an element outside the tree: what
 * ElementValues.get does, without a Python frame (region choice asks about every sibling
 * of the top element's ancestors, tens of thousands on some pages). */
static PyObject *value_of(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    (void)self;
    if (nargs < 3 || nargs > 4) {
        PyErr_SetString(PyExc_TypeError, "value_of(tree, numbers, element, default=0.0)");
        return NULL;
    }
    PyObject *order;
    Tree *tree = tree_parts(args[0], &order);
    if (!tree) return NULL;
    if (!PyBytes_Check(args[1]) ||
        PyBytes_GET_SIZE(args[1]) != tree->n * (Py_ssize_t)sizeof(double)) {
        PyErr_SetString(PyExc_TypeError, "value_of() needs the tree's numbers");
        return NULL;
    }
    Py_ssize_t at = place_of(&tree->places, args[2]);
    if (at < 0) return nargs == 4 ? Py_NewRef(args[3]) : PyFloat_FromDouble(0.0);
    double number;
    memcpy(&number, PyBytes_AS_STRING(args[1]) + at * (Py_ssize_t)sizeof(double), sizeof number);
    return PyFloat_FromDouble(number);
}

/* place(tree, element): the element's place in the tree's order, or -1. */
static PyObject *place(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *tree_object, *element, *order;
    if (!PyArg_ParseTuple(args, "OO:place", &tree_object, &element)) return NULL;
    Tree *tree = tree_parts(tree_object, &order);
    if (!tree) return NULL;
    return PyLong_FromSsize_t(place_of(&tree->places, element));
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


/* sums_and_top(tree, owners, values, decay, promised, bonus): Ancestry.sums_and_top.
 * Each owner's own value is its first block's value, then the next ones added in turn
 * (as a dict of them would be built); the sums come back as doubles, the decayed scores
 * only through the first element of the highest rank (its score times `bonus` if it is
 * in `promised`), and that element's score: a dict of scores would cost as much as the
 * sums' on a page of a quarter of a million elements. */
static PyObject *sums_and_top(PyObject *self, PyObject *args) {
    (void)self;
    PyObject *tree_object, *owners, *values_list, *promised, *order;
    double decay, bonus;
    if (!PyArg_ParseTuple(args, "OO!O!dOd:sums_and_top", &tree_object, &PyList_Type, &owners,
                          &PyList_Type, &values_list, &decay, &promised, &bonus))
        return NULL;
    if (!PyAnySet_Check(promised)) {
        PyErr_SetString(PyExc_TypeError, "sums_and_top() needs a set of promised elements");
        return NULL;
    }
    if (PyList_GET_SIZE(owners) != PyList_GET_SIZE(values_list)) {
        PyErr_SetString(PyExc_ValueError, "sums_and_top() needs a value per owner");
        return NULL;
    }
    Tree *tree = tree_parts(tree_object, &order);
    if (!tree) return NULL;
    Py_ssize_t n = tree->n;
    size_t cells = (size_t)(n ? n : 1);
    double *values = PyMem_Calloc(cells, sizeof(double));
    char *seen = PyMem_Calloc(cells, 1);
    double *gathered = PyMem_Calloc(cells, sizeof(double));
    double *totals = NULL;
    PyObject *result = NULL, *sums = NULL;
    if (!values || !seen || !gathered) {
        PyErr_NoMemory();
        goto done;
    }
    sums = new_numbers(n, &totals);
    if (!sums) goto done;
    for (Py_ssize_t b = 0; b < PyList_GET_SIZE(owners); b++) {
        Py_ssize_t place = place_of(&tree->places, PyList_GET_ITEM(owners, b));
        if (place < 0) continue;
        double number = PyFloat_AsDouble(PyList_GET_ITEM(values_list, b));
        if (number == -1.0 && PyErr_Occurred()) goto done;
        values[place] = seen[place] ? values[place] + number : number;
        seen[place] = 1;
    }
    Py_ssize_t top = -1;
    double top_rank = 0.0, top_score = 0.0;
    for (Py_ssize_t i = 0; i < n; i++) {
        double total = totals[i] + values[i];
        totals[i] = total;
        double score = values[i] + gathered[i];
        int32_t parent = tree->parents[i];
        if (parent >= 0) {
            totals[parent] += total;
            gathered[parent] += values[i] + (tree->wide[i] ? gathered[i] * decay : gathered[i]);
        }
        double rank = score;
        if (PySet_GET_SIZE(promised)) {
            int is_promised = PySet_Contains(promised, PyList_GET_ITEM(order, i));
            if (is_promised < 0) goto done;
            if (is_promised) rank = score * bonus;
        }
        if (top < 0 || rank > top_rank) {
            top = i;
            top_rank = rank;
            top_score = score;
        }
    }
    if (top < 0) {
        PyErr_SetString(PyExc_ValueError, "sums_and_top() needs a tree with elements");
        goto done;
    }
    result = Py_BuildValue("(OOd)", sums, PyList_GET_ITEM(order, top), top_score);
done:
    Py_XDECREF(sums);
    PyMem_Free(values);
    PyMem_Free(seen);
    PyMem_Free(gathered);
    return result;
}
