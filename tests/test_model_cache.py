"""Trained models kept on disk: processes starting together (gunicorn, parallel test workers)
train a model once between them, the rest load what the first saved."""

from __future__ import annotations

import fcntl
import threading
import uuid

import numpy as np

from finder.understand import classifier

EXAMPLES = [("my baby will not sleep", "sleep"), ("hello there", classifier.NONE)]


def test_a_second_process_loads_the_model_the_first_is_saving(tmp_path):
    examples = [*EXAMPLES, (f"unique {uuid.uuid4().hex}", "sleep")]  # not yet in this process
    path = classifier.model_path(examples, tmp_path, epochs=1)
    saved = classifier.NeedModel(("none", "sleep"), np.full((classifier.DIMENSIONS, 2), 0.25,
                                                             np.float32), np.zeros(2, np.float32))
    got: list[classifier.NeedModel] = []
    waiting = threading.Thread(target=lambda: got.append(
        classifier.trained(examples, tmp_path, epochs=1)))
    with path.with_suffix(".lock").open("ab") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another process is training this model
        waiting.start()
        classifier._save(saved, path)
    waiting.join()
    assert got[0].classes == saved.classes
    assert np.array_equal(got[0].weights, saved.weights)  # loaded, not trained again


def test_a_model_is_kept_where_model_path_says(tmp_path):
    examples = [*EXAMPLES, (f"unique {uuid.uuid4().hex}", "sleep")]
    model = classifier.trained(examples, tmp_path, epochs=1)
    kept = classifier._load(classifier.model_path(examples, tmp_path, epochs=1))
    assert kept is not None and np.array_equal(kept.weights, model.weights)


def test_without_a_writable_cache_the_model_is_still_trained(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    examples = [*EXAMPLES, (f"unique {uuid.uuid4().hex}", "sleep")]
    model = classifier.trained(examples, blocked / "cache", epochs=1)
    assert set(model.classes) == {"none", "sleep"}


def test_models_trained_with_other_shrinkage_are_kept_apart(tmp_path):
    """The need model's l2 differs from the safety model's: neither loads the other's file."""
    examples = [*EXAMPLES, (f"unique {uuid.uuid4().hex}", "sleep")]
    loose = classifier.trained(examples, tmp_path, epochs=5, l2=classifier.NEED_L2)
    tight = classifier.trained(examples, tmp_path, epochs=5, l2=1.0)
    assert classifier.model_path(examples, tmp_path, epochs=5, l2=classifier.NEED_L2) != \
        classifier.model_path(examples, tmp_path, epochs=5, l2=1.0)
    assert np.abs(tight.weights).sum() < np.abs(loose.weights).sum()
