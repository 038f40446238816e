/*
 * White-space separated words of a text, scanned in C without making a string of
 * each: the compiled wheel's versions of two Python functions (hatch_build.py
 * builds this module beside the mypyc core; the source runs the Python ones).
 *
 * - count_words(text) is mtlint.score.article's word count: the runs of
 *   characters that are not white space (what str.split() returns) holding at
 *   least one letter or digit (str.isalnum of a character).
 * - repeat_stretches(text, max_period) is mtlint.logic.word_repeats'
 *   _stretches(text.split(), max_period): for period 1, then for each period
 *   from 2 to min(max_period, tokens // 2) when there are 4 tokens or more,
 *   each maximal stretch first..last of token indices where every token equals
 *   the one period later, at least period long, as (period, first, last).
 *
 * White space, letters and digits are Python's own (Py_UNICODE_ISSPACE, as
 * str.split(); Py_UNICODE_ISALNUM, as str.isalnum()), and two tokens are equal
 * when their code points are, as str ==: tests/build_test.py checks both
 * functions against the Python ones on random and real texts.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

typedef struct {
    Py_ssize_t start;
    Py_ssize_t length;
    uint64_t hash;  /* of its code points: compared first, as unequal tokens almost never
                     * share one (equal code points still decide) */
} Token;

typedef struct {
    Token *items;
    Py_ssize_t count;
    Py_ssize_t capacity;
    int kind;
    const char *data;
} Tokens;

/* Python before 3.12 may hold a string in its legacy form until it is made ready. */
static int
ready(PyObject *text)
{
#if PY_VERSION_HEX < 0x030C0000
    return PyUnicode_READY(text);
#else
    (void)text;
    return 0;
#endif
}

/* Appends a token to tokens; -1 with an exception set when memory ran out (the tokens
 * are then freed). */
static int
add_token(Tokens *tokens, Py_ssize_t start, Py_ssize_t length, uint64_t hash)
{
    if (tokens->count == tokens->capacity) {
        Py_ssize_t capacity = tokens->capacity * 2;
        /* PyMem_Realloc, not PyMem_Resize: that macro overwrites the pointer with NULL
         * when it fails, and the old block could not be freed */
        Token *grown = (size_t)capacity > PY_SSIZE_T_MAX / sizeof(Token) ? NULL
            : PyMem_Realloc(tokens->items, (size_t)capacity * sizeof(Token));
        if (grown == NULL) {
            PyMem_Free(tokens->items);
            tokens->items = NULL;
            PyErr_NoMemory();
            return -1;
        }
        tokens->items = grown;
        tokens->capacity = capacity;
    }
    Token *token = &tokens->items[tokens->count++];
    token->start = start;
    token->length = length;
    token->hash = hash;
    return 0;
}

/* split_tokens over the code points of one string kind (no branch on the kind at each);
 * each token is hashed as it is read (FNV-1a of its code points). */
#define SPLIT_TOKENS_IN(NAME, TYPE)                                             \
    static int                                                                  \
    NAME(const TYPE *data, Py_ssize_t length, Tokens *tokens)                   \
    {                                                                           \
        Py_ssize_t i = 0;                                                       \
        while (i < length) {                                                    \
            while (i < length && Py_UNICODE_ISSPACE(data[i])) {                 \
                i++;                                                            \
            }                                                                   \
            if (i == length) {                                                  \
                break;                                                          \
            }                                                                   \
            Py_ssize_t start = i;                                               \
            uint64_t hash = UINT64_C(14695981039346656037);                     \
            while (i < length && !Py_UNICODE_ISSPACE(data[i])) {                \
                hash = (hash ^ data[i]) * UINT64_C(1099511628211);              \
                i++;                                                            \
            }                                                                   \
            if (add_token(tokens, start, i - start, hash) < 0) {                \
                return -1;                                                      \
            }                                                                   \
        }                                                                       \
        return 0;                                                               \
    }

SPLIT_TOKENS_IN(split_ucs1, Py_UCS1)
SPLIT_TOKENS_IN(split_ucs2, Py_UCS2)
SPLIT_TOKENS_IN(split_ucs4, Py_UCS4)

/* The tokens of text, as str.split() finds them; -1 with an exception set on failure. */
static int
split_tokens(PyObject *text, Tokens *tokens)
{
    if (ready(text) < 0) {
        return -1;
    }
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    tokens->kind = kind;
    tokens->data = (const char *)data;
    tokens->count = 0;
    tokens->capacity = 256;
    tokens->items = PyMem_New(Token, tokens->capacity);
    if (tokens->items == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    switch (kind) {
    case PyUnicode_1BYTE_KIND:
        return split_ucs1((const Py_UCS1 *)data, length, tokens);
    case PyUnicode_2BYTE_KIND:
        return split_ucs2((const Py_UCS2 *)data, length, tokens);
    default:
        return split_ucs4((const Py_UCS4 *)data, length, tokens);
    }
}

static int
tokens_equal(const Tokens *tokens, Py_ssize_t a, Py_ssize_t b)
{
    const Token *first = &tokens->items[a];
    const Token *second = &tokens->items[b];
    return first->hash == second->hash && first->length == second->length
        && memcmp(tokens->data + first->start * tokens->kind,
                  tokens->data + second->start * tokens->kind,
                  (size_t)(first->length * tokens->kind)) == 0;
}

static int
append_stretch(PyObject *found, Py_ssize_t period, Py_ssize_t first, Py_ssize_t last)
{
    PyObject *stretch = Py_BuildValue("(nnn)", period, first, last);
    if (stretch == NULL) {
        return -1;
    }
    int failed = PyList_Append(found, stretch);
    Py_DECREF(stretch);
    return failed;
}

/* Appends the stretches of one period to found; -1 with an exception set on failure. */
static int
period_stretches(const Tokens *tokens, Py_ssize_t period, PyObject *found)
{
    Py_ssize_t pairs = tokens->count - period;  /* the tokens with one period later */
    Py_ssize_t first = -1;                      /* where the current stretch started */

    for (Py_ssize_t i = 0; i < pairs; i++) {
        if (tokens_equal(tokens, i, i + period)) {
            if (first < 0) {
                first = i;
            }
        }
        else if (first >= 0) {
            if (i - first >= period && append_stretch(found, period, first, i - 1) < 0) {
                return -1;
            }
            first = -1;
        }
    }
    if (first >= 0 && pairs - first >= period) {
        return append_stretch(found, period, first, pairs - 1);
    }
    return 0;
}

static PyObject *
repeat_stretches(PyObject *module, PyObject *args)
{
    PyObject *text;
    PyObject *period_object;
    Tokens tokens;

    (void)module;
    if (!PyArg_ParseTuple(args, "UO:repeat_stretches", &text, &period_object)) {
        return NULL;
    }
    /* clamped: a period beyond Py_ssize_t means every period, as in Python */
    Py_ssize_t max_period = PyNumber_AsSsize_t(period_object, NULL);
    if (max_period == -1 && PyErr_Occurred()) {
        return NULL;
    }
    if (split_tokens(text, &tokens) < 0) {
        return NULL;
    }
    PyObject *found = PyList_New(0);
    if (found == NULL || period_stretches(&tokens, 1, found) < 0) {
        goto failed;
    }
    if (max_period >= 2 && tokens.count >= 4) {
        Py_ssize_t last = max_period < tokens.count / 2 ? max_period : tokens.count / 2;
        for (Py_ssize_t period = 2; period <= last; period++) {
            if (period_stretches(&tokens, period, found) < 0) {
                goto failed;
            }
        }
    }
    PyMem_Free(tokens.items);
    return found;

failed:
    PyMem_Free(tokens.items);
    Py_XDECREF(found);
    return NULL;
}

/* What count_words asks of a character: SPACE (Py_UNICODE_ISSPACE, as str.split()) or
 * ALNUM (Py_UNICODE_ISALNUM, as str.isalnum()), for ASCII ones from a table made from
 * those two when the module is loaded. */
enum { SPACE = 1, ALNUM = 2 };
static unsigned char ascii_classes[128];

static void
make_ascii_classes(void)
{
    for (Py_UCS4 character = 0; character < 128; character++) {
        ascii_classes[character] = (unsigned char)(
            (Py_UNICODE_ISSPACE(character) ? SPACE : 0)
            | (Py_UNICODE_ISALNUM(character) ? ALNUM : 0));
    }
}

/* The class of a character of a token that holds a letter or digit already (has_alnum)
 * or not: beyond ASCII, whether it is one is only asked while none was found (the Unicode
 * tables cost more than the rest of the loop). */
static inline unsigned
class_of(Py_UCS4 character, unsigned has_alnum)
{
    if (character < 128) {
        return ascii_classes[character];
    }
    if (Py_UNICODE_ISSPACE(character)) {
        return SPACE;
    }
    return has_alnum || Py_UNICODE_ISALNUM(character) ? ALNUM : 0;
}

/* count_words over the code points of one string kind: no branch on the kind at each
 * character, and a count kept without branches on what ``class_of`` says (4,000 bench
 * articles: 7.2 ms, against 18.9 ms reading each character through PyUnicode_READ and
 * branching at each space and word). */
#define COUNT_WORDS_IN(NAME, TYPE)                                  \
    static Py_ssize_t                                               \
    NAME(const TYPE *data, Py_ssize_t length)                       \
    {                                                               \
        Py_ssize_t words = 0;                                       \
        unsigned has_alnum = 0; /* the token read holds one */     \
        for (Py_ssize_t i = 0; i < length; i++) {                   \
            unsigned found = class_of(data[i], has_alnum);          \
            unsigned space = found & SPACE;                         \
            words += has_alnum & space;                             \
            has_alnum = (has_alnum | (found >> 1)) & (space ^ 1u);  \
        }                                                           \
        return words + has_alnum;                                   \
    }

COUNT_WORDS_IN(count_in_ucs1, Py_UCS1)
COUNT_WORDS_IN(count_in_ucs2, Py_UCS2)
COUNT_WORDS_IN(count_in_ucs4, Py_UCS4)

static PyObject *
count_words(PyObject *module, PyObject *text)
{
    (void)module;
    if (!PyUnicode_Check(text)) {
        PyErr_Format(PyExc_TypeError, "count_words() argument must be str, not %.100s",
                     Py_TYPE(text)->tp_name);
        return NULL;
    }
    if (ready(text) < 0) {
        return NULL;
    }
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    Py_ssize_t words;
    switch (PyUnicode_KIND(text)) {
    case PyUnicode_1BYTE_KIND:
        words = count_in_ucs1((const Py_UCS1 *)data, length);
        break;
    case PyUnicode_2BYTE_KIND:
        words = count_in_ucs2((const Py_UCS2 *)data, length);
        break;
    default:
        words = count_in_ucs4((const Py_UCS4 *)data, length);
        break;
    }
    return PyLong_FromSsize_t(words);
}

static PyMethodDef words_methods[] = {
    {"count_words", count_words, METH_O,
     "The runs of non-space characters in text holding a letter or digit."},
    {"repeat_stretches", repeat_stretches, METH_VARARGS,
     "(period, first, last) of each stretch of tokens equal to the one period later."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef words_module = {
    PyModuleDef_HEAD_INIT,
    "mtlint.document._words",
    "White-space separated words scanned in C (see mtlint/document/_words.c).",
    -1,
    words_methods,
    NULL,
    NULL,
    NULL,
    NULL,
};

PyMODINIT_FUNC
PyInit__words(void)
{
    make_ascii_classes();
    return PyModule_Create(&words_module);
}
