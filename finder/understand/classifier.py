"""A classifier that generalises past the lexicon: hashed word and letter n-grams, softmax.

The need model is trained from the phrase corpus (`content/phrases/<lang>.yaml`) and the
lexicons' own phrases when the understander is built; the safety model (`safety_model.py`)
from the safety training wordings. Deterministic (no random start, fixed order), in NumPy with
SciPy's sparse products (identical examples one row, counted). Letter n-grams let "sleeeping",
"bedtym" and "سونے" meet what the corpus wrote; words and word pairs carry the meaning. A
`none` class, trained on greetings, places and small talk, lets a message say nothing about
needs. A model is kept per corpus hash, so an app built twice in one process trains once.
"""

from __future__ import annotations

import fcntl
import hashlib
import math
import os
import zlib
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from operator import sub, truediv
from pathlib import Path
from typing import BinaryIO

import numpy as np
from scipy import sparse

from finder.understand.letter_grams import pair_hashes, word_hashes
from finder.understand.text import words

VERSION = 3  # of the features and training: a change here retrains cached models
DIMENSIONS = 1 << 16
NONE = "none"
EPOCHS = 40
LEARNING_RATE = 0.5
L2 = 2e-5
# The need model shrinks its weights less: on five-fold cross-validation of the phrase corpus
# (train on four folds, read the fifth) the right need in the top two rose from 92.0% to 92.8%.
NEED_L2 = 5e-6
CHAR_SIZES = (3, 4, 5)
MAX_TOKENS = 400  # a long message is judged on its first words: prediction stays bounded


_LETTERS = zlib.crc32(b"c:")  # a letter n-gram's hash runs on from its prefix's


def features(text: str) -> np.ndarray:
    """The hashed feature indices of `text`: its words, word pairs and letter n-grams."""
    return token_features(words(text).tokens)


def token_features(tokens: Sequence[str]) -> np.ndarray:
    """The hashed feature indices of a message already split into normalised tokens."""
    return _features(tuple(tokens[:MAX_TOKENS]))


# The need, language and safety models read the same message in turn: one cache by its words
# for all three. Small on purpose: it shares one message's features between the models (a few
# threads at once), not a text sent again, which a parent's own words hardly ever are.
@lru_cache(maxsize=8)
def _features(tokens: tuple[str, ...]) -> np.ndarray:
    index = _hashes(tokens).copy()  # sorted and each kept once, in NumPy
    index.sort()
    kept = np.empty(len(index), dtype=bool)
    kept[:1] = True
    np.not_equal(index[1:], index[:-1], out=kept[1:])
    return index[kept]


def _hashed(tokens: Sequence[str]) -> list[int]:
    """The hashed features of `tokens`, repeats kept (`_hashes`)."""
    return _hashes(tokens).tolist()


def _hashes(tokens: Sequence[str]) -> np.ndarray:
    """The hashed features of `tokens`, repeats kept: each word's and letter n-grams', then
    each word pair's. The one definition of a feature, for prediction and training alike."""
    found = word_hashes(tokens, CHAR_SIZES, _LETTERS, DIMENSIONS) + pair_hashes(tokens, DIMENSIONS)
    return np.frombuffer(b"".join(found), dtype=np.int64)


@dataclass(frozen=True)
class NeedModel:
    """Weights for each class over the hashed features; `classes` names the columns."""

    classes: tuple[str, ...]
    weights: np.ndarray  # DIMENSIONS x classes, float32
    bias: np.ndarray

    def probabilities(self, text: str) -> dict[str, float]:
        """Each class's probability for `text` (the classes sum to one)."""
        return self.probabilities_of(features(text))

    def probabilities_of(self, index: np.ndarray) -> dict[str, float]:
        """Each class's probability for a message's hashed features (`features`)."""
        if not len(index):
            return {NONE: 1.0}
        # A sparse dot: the rows of the message's features summed (a BLAS product, not a
        # numpy reduction), then a softmax over a handful of classes in plain floats. np.dot
        # makes the same BLAS call as `@` (sgemv, the same arguments) with less around it.
        summed = np.dot(_ones(len(index), self.weights.dtype), self.weights.take(index, axis=0))
        scores = (summed * (1 / math.sqrt(len(index))) + self.bias).tolist()
        top = max(scores)  # the same floats as a loop would make, made by map in C
        scores = list(map(math.exp, map(sub, scores, repeat(top))))
        total = math.fsum(scores)
        return dict(zip(self.classes, map(truediv, scores, repeat(total)), strict=True))


def _ones(count: int, dtype: np.dtype) -> np.ndarray:
    """`count` ones of `dtype`: a view of ones kept, as making them cost more than the product."""
    ones = _ONES.get(dtype)
    if ones is None or len(ones) < count:
        ones = np.ones(max(count, 1024), dtype=dtype)
        ones.flags.writeable = False
        _ONES[dtype] = ones
    return ones[:count]


_ONES: dict[np.dtype, np.ndarray] = {}


def train(examples: Sequence[tuple[str, str]], epochs: int = EPOCHS,
          l2: float = L2) -> NeedModel:
    """A softmax model over `examples` (text, class), trained by full-batch AdaGrad with `l2`
    shrinkage. Identical examples are one row counted as many; each pass is two sparse
    products (X @ W, X.T @ E)."""
    classes = tuple(sorted({label for _, label in examples}))
    counted = Counter(examples)
    unique = sorted(counted)
    matrix, used = _matrix([text for text, _ in unique])
    labels = np.asarray([classes.index(label) for _, label in unique])
    share = np.asarray([counted[example] for example in unique], dtype=float) / len(examples)
    transposed = matrix.T.tocsr()
    weights = np.zeros((len(used), len(classes)))
    bias = np.zeros(len(classes))
    history = np.full_like(weights, 1e-8)
    bias_history = np.full_like(bias, 1e-8)
    for _ in range(epochs):
        errors = _errors(matrix @ weights + bias, labels, share)
        grad = transposed @ errors + l2 * weights
        history += grad ** 2
        weights -= LEARNING_RATE * grad / np.sqrt(history)
        bias_grad = errors.sum(axis=0)
        bias_history += bias_grad ** 2
        bias -= LEARNING_RATE * bias_grad / np.sqrt(bias_history)
    full = np.zeros((DIMENSIONS, len(classes)), dtype=np.float32)
    full[used] = weights
    return NeedModel(classes, full, bias.astype(np.float32))


def _matrix(texts: Sequence[str]) -> tuple[sparse.csr_matrix, np.ndarray]:
    """One row per text over the features seen (`used`, their hashed indices), each row's
    features weighted 1/sqrt(their number) as `probabilities_of` weighs them."""
    flat: list[int] = []
    lengths = []
    for text in texts:
        found = _hashed(words(text).tokens[:MAX_TOKENS])
        flat.extend(found)
        lengths.append(len(found))
    keys = np.sort(np.repeat(np.arange(len(texts)) * DIMENSIONS, lengths) + flat)
    keys = keys[np.concatenate([[True], keys[1:] != keys[:-1]])]  # each feature once a row
    doc, feature = np.divmod(keys, DIMENSIONS)
    seen = np.bincount(feature, minlength=DIMENSIONS) > 0
    used = np.flatnonzero(seen)
    column = (np.cumsum(seen) - 1)[feature]  # a feature's place among those seen
    lengths = np.bincount(doc, minlength=len(texts))
    scale = 1 / np.sqrt(np.maximum(lengths, 1))
    matrix = sparse.csr_matrix((scale[doc], (doc, column)), shape=(len(texts), len(used)))
    return matrix, used


def _errors(scores: np.ndarray, labels: np.ndarray, share: np.ndarray) -> np.ndarray:
    """Softmax of `scores` less the one-hot labels, each row weighted by its `share` of the
    examples: the loss's gradient."""
    scores = np.exp(scores - scores.max(axis=1, keepdims=True))
    scores /= scores.sum(axis=1, keepdims=True)
    scores[np.arange(len(labels)), labels] -= 1
    return scores * share[:, None]


_MODELS: dict[str, NeedModel] = {}


def trained(examples: Sequence[tuple[str, str]], cache: Path | None = None,
            name: str = "need", epochs: int = EPOCHS, l2: float = L2) -> NeedModel:
    """The model for `examples`: trained once per process, and kept in `cache` (a folder) so
    that the next process with the same examples loads it instead of training again. `name`
    tells the models apart in the folder (the need model, the safety model)."""
    key = _key(examples, epochs, l2)
    if key not in _MODELS:
        path = None if cache is None else model_path(examples, cache, name, epochs, l2)
        with _training_lock(path):  # processes starting together train it once between them
            model = _load(path) if path is not None else None
            if model is None:
                model = train(sorted(examples), epochs, l2)
                if path is not None:
                    _save(model, path)
        _MODELS[key] = model
    return _MODELS[key]


def model_path(examples: Sequence[tuple[str, str]], cache: Path, name: str = "need",
               epochs: int = EPOCHS, l2: float = L2) -> Path:
    """The file in `cache` that keeps the model `trained` makes for these arguments."""
    return cache / f"{name}-model-{_key(examples, epochs, l2)[:24]}.npz"


def _key(examples: Sequence[tuple[str, str]], epochs: int, l2: float = L2) -> str:
    settings = (VERSION, epochs) if l2 == L2 else (VERSION, epochs, l2)  # old keys kept
    return hashlib.sha256(repr((*settings, sorted(examples))).encode()).hexdigest()


@contextmanager
def _training_lock(path: Path | None) -> Iterator[None]:
    """Held while one process loads or trains the model kept at `path`: another process
    wanting the same model waits, then loads what the first saved instead of training too."""
    handle = _lock_file(path)
    if handle is None:  # no cache, or a read-only one: nothing to share
        yield
        return
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def _lock_file(path: Path | None) -> BinaryIO | None:
    if path is None:
        return None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return path.with_suffix(".lock").open("ab")
    except OSError:
        return None


def default_cache() -> Path:
    """Where trained models are kept: FINDER_MODEL_CACHE, else the user's cache folder."""
    folder = os.environ.get("FINDER_MODEL_CACHE")
    return Path(folder) if folder else Path.home() / ".cache" / "family-support-finder"


def _load(path: Path) -> NeedModel | None:
    try:
        with np.load(path, allow_pickle=False) as data:
            return NeedModel(tuple(str(c) for c in data["classes"]), data["weights"],
                             data["bias"])
    except (OSError, KeyError, ValueError):
        return None


def _save(model: NeedModel, path: Path) -> None:
    """Written beside the final name and renamed, so a reader never sees half a file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.partial.npz")
        np.savez(partial, classes=np.asarray(model.classes), weights=model.weights,
                 bias=model.bias)
        os.replace(partial, path)
    except OSError:
        return  # a read-only home: train again next time
