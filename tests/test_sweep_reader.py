"""A sweep watched while it runs is read through one SweepReader: it opens its storage once and
keeps it, sees the trials workers add after it was opened, and closes a database's connections
when it is closed. Real Optuna storages (a journal file, a SQLite database); no Qt here."""
import optuna
import pytest
from optuna.distributions import FloatDistribution
from optuna.storages import JournalStorage, RDBStorage
from optuna.storages.journal import JournalFileBackend

from designer.errors import DesignerError
from designer.sweep import study as study_module
from designer.sweep.study import SweepReader, read_sweep

SPACE = {"learning_rate": FloatDistribution(1e-4, 1e-1, log=True)}


@pytest.fixture(autouse=True)
def _quiet():
    optuna.logging.set_verbosity(optuna.logging.WARNING)


def worker_study(storage):
    """The study as a worker (another process) writes it, through its own storage."""
    study = optuna.create_study(study_name="xor", direction="minimize", storage=storage,
                                load_if_exists=True)
    study.set_user_attr("metric", "val_loss")
    return study


def finish(study, lr: float, value: float) -> None:
    study.enqueue_trial({"learning_rate": lr})
    trial = study.ask(SPACE)
    trial.report(value + 0.2, 1)
    trial.set_user_attr("history", {"name": f"trial {trial.number}"})
    study.tell(trial, value)


def opened_storages(monkeypatch) -> list:
    """Every storage the reader opens, as it opens it."""
    found = []
    real = study_module.open_storage

    def spy(spec, create=True):
        found.append(real(spec, create))
        return found[-1]

    monkeypatch.setattr(study_module, "open_storage", spy)
    return found


def test_a_reader_sees_trials_added_after_it_opened_the_journal(tmp_path, monkeypatch):
    path = tmp_path / "xor.sweep.journal"
    worker = worker_study(JournalStorage(JournalFileBackend(str(path))))
    finish(worker, 0.01, 0.5)
    opened = opened_storages(monkeypatch)
    reader = SweepReader(str(path))
    assert opened == []  # nothing opened until the first read (the window's background job)
    first = reader.read()
    assert [t.number for t in first.trials] == [0] and first.metric == "val_loss"
    finish(worker, 0.001, 0.3)
    running = worker.ask(SPACE)
    running.report(0.9, 1)
    again = reader.read()
    assert [(t.number, t.state) for t in again.trials] == [(0, "complete"), (1, "complete"),
                                                          (2, "running")]
    assert again.best.number == 1 and again.trials[2].values_per_epoch == {1: 0.9}
    assert again.trials[1].history == {"name": "trial 1"}
    assert len(opened) == 1  # one storage for every read: the journal is not replayed anew
    reader.close()
    assert reader.read().trials[2].state == "running" and len(opened) == 2  # opened again
    reader.close()


def test_a_reader_closes_its_database_connections(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'xor.db'}"
    writer = RDBStorage(url)
    worker = worker_study(writer)
    finish(worker, 0.01, 0.5)
    opened = opened_storages(monkeypatch)
    closed = []
    real_close = study_module.close_storage
    monkeypatch.setattr(study_module, "close_storage",
                        lambda storage: closed.append(storage) or real_close(storage))
    reader = SweepReader(url, "xor")
    assert len(reader.read().trials) == 1
    finish(worker, 0.02, 0.4)
    assert [t.value for t in reader.read().trials] == [0.5, 0.4]
    assert len(opened) == 1  # one engine for every read, not one per read
    engine = opened[0].engine
    assert engine.pool.checkedin() >= 1  # its pooled connection, kept between reads
    reader.close()
    assert closed == opened and engine.pool.checkedin() == 0  # the engine disposed of
    reader.close()  # twice is harmless
    assert closed == opened
    writer.engine.dispose()


def test_read_sweep_is_one_read_that_closes_its_storage(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'xor.db'}"
    writer = RDBStorage(url)
    finish(worker_study(writer), 0.01, 0.5)
    closed = []
    real_close = study_module.close_storage
    monkeypatch.setattr(study_module, "close_storage",
                        lambda storage: closed.append(storage) or real_close(storage))
    assert [t.value for t in read_sweep(url).trials] == [0.5]
    assert len(closed) == 1 and closed[0].engine.pool.checkedin() == 0
    with pytest.raises(DesignerError, match="has no study 'wide'; studies: xor"):
        read_sweep(url, "wide")
    assert len(closed) == 2  # closed after a failed read too
    writer.engine.dispose()
