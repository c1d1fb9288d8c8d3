"""LiveText: a text that changes while a run trains repaints in place, without asking the
window for a new layout (a QLabel does, and each request re-laid out every dock)."""
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from widgets.live_text import LiveText


class LayoutRequests(QObject):
    def __init__(self):
        super().__init__()
        self.count = 0

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def requests_while_updating(qtbot, label) -> int:
    window = QWidget()
    qtbot.addWidget(window)
    inner = QWidget()
    QVBoxLayout(inner).addWidget(label)
    QVBoxLayout(window).addWidget(inner)
    window.resize(400, 200)
    window.show()
    qtbot.waitExposed(window)
    label.setText("epoch 0")
    qtbot.wait(20)
    requests = LayoutRequests()
    window.installEventFilter(requests)
    for epoch in range(1, 6):
        label.setText(f"running \u00b7 epoch {epoch} \u00b7 loss {1 / epoch:.4g}")
        qtbot.wait(10)
    window.removeEventFilter(requests)
    return requests.count


def test_a_new_text_asks_for_no_layout_where_a_label_does(qtbot):
    assert requests_while_updating(qtbot, QLabel()) > 0  # what LiveText is for
    text = LiveText(lines=2)
    assert requests_while_updating(qtbot, text) == 0
    assert text.text().startswith("running \u00b7 epoch 5")


def test_a_text_longer_than_its_lines_makes_room_once(qtbot):
    text = LiveText(lines=1)
    qtbot.addWidget(text)
    text.resize(120, text.height())
    one_line = text.height()
    text.setText("a status line far too long to fit on one line of a narrow panel")
    assert text.height() > one_line
    grown = text.height()
    text.setText("short")
    assert text.height() == grown  # it keeps the room rather than jumping back and forth
