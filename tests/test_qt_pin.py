"""Keeps the PySide6 pin honest: PySide6 6.12.0 on Python 3.11 drops a reference to True on
every Signal.emit() and aborts the interpreter after a few thousand emits, which would kill the
app mid-training. Tens of thousands of emits must run clean."""
import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    record = Signal(object)
    flag = Signal(bool)


def test_many_signal_emits_are_safe(qapp):
    emitter, seen = Emitter(), []
    emitter.record.connect(seen.append)
    emitter.flag.connect(seen.append)
    true_refs = sys.getrefcount(True)
    for k in range(20_000):
        emitter.record.emit({"step": k})
        emitter.flag.emit(k % 2 == 0)
    assert len(seen) == 40_000 and seen[-2] == {"step": 19_999}
    assert sys.getrefcount(True) >= true_refs - 100  # no steady leak of True's references
