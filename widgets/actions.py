"""The main window's actions, menus and toolbar, with the standard shortcuts."""
from __future__ import annotations

import json
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QToolBar

from . import dialogs, language, preferences
from .catalog import translate
from .file_actions import examples
from .i18n import tr

GETTING_STARTED = QT_TRANSLATE_NOOP("", """<h3>1. Build</h3><ol>
<li>Drag an <b>Input</b> layer from the Layers palette onto the canvas and set its shape in the
Inspector (the ▾ button lists common shapes).</li>
<li>Add layers: drag them onto the canvas, or double-click one in the palette to add it after
the selected layer, already connected. Drop a layer on a connection to insert it there; connect
layers by dragging from a layer's bottom port to the next layer.</li>
<li>Choose each layer's activation, initializer and dropout in the Inspector. Point at any
setting or choice to learn what it does, with its formula.</li>
<li>Watch the Summary (shapes and parameter counts) and the Problems list (what to fix).</li>
</ol>
<h3>2. Choose the data</h3><p>In the Training panel, pick a dataset (XOR, spiral, digits, a CSV
file, ...): a preview shows its points or images. If the network does not fit it (inputs or
classes), the Problems list says so and <i>Make the network fit</i> mends it in one step. Then
choose the loss, the optimizer, its learning rate (<i>Find a learning rate</i> tries them) and the
schedule.</p>
<h3>3. Train</h3><p><b>Train</b> (F5) trains a copy in the background, so you can keep editing.
Pause, take single steps, or stop; Speed slows a small network down so you can watch it learn.
Change one thing and press Train again: the runs table lists every run, what it differs in and
its best result, and the plots overlay the runs in their colours.</p>
<h3>4. Read the plots</h3><ul>
<li><b>Loss and accuracy</b>: training (solid) and validation (dashed) per epoch, and the learning
rate below. Validation loss rising while training loss falls is overfitting.</li>
<li><b>Decision boundary</b> (two inputs) or <b>Fitted curve</b> (one input): the network's answer
over the whole plane, with the data on top.</li>
<li><b>Confusion matrix</b>: which classes the network mixes up.</li>
<li><b>Weights</b>: each layer's weight histogram against its initial one, and its spread over
time.</li>
<li><b>Gradients and activations</b>: each layer's gradient size over time; lines drifting far
apart mean vanishing or exploding gradients, and dead ReLUs are counted.</li>
</ul><p>Everything can be undone (Ctrl+Z). Save with Ctrl+S: the file keeps the trained weights
and every run. File › Open Example has ready networks, such as XOR and the Keras template of the
study notes; File › Export takes a design to ONNX, PyTorch, TorchScript or Keras.</p>""")
ABOUT = QT_TRANSLATE_NOOP("", """<h3>Network Designer</h3><p>Design neural networks
by drawing them, see every layer's shape and parameter count as you go, and learn what each
choice means.</p>""")



# File > Export: (format name in designer.export.formats, menu text, tip)
EXPORTS = (
    ("onnx", QT_TRANSLATE_NOOP("", "&ONNX\u2026"),
     QT_TRANSLATE_NOOP("", "An .onnx model for onnxruntime and other tools, with the trained "
                       "weights")),
    ("python", QT_TRANSLATE_NOOP("", "&PyTorch Script\u2026"),
     QT_TRANSLATE_NOOP("", "A standalone Python script: the model, its data and its training")),
    ("torchscript", QT_TRANSLATE_NOOP("", "&TorchScript\u2026"),
     QT_TRANSLATE_NOOP("", "A .pt file that torch.jit.load runs with nothing else installed")),
    ("keras", QT_TRANSLATE_NOOP("", "&Keras Code\u2026"),
     QT_TRANSLATE_NOOP("", "A Python file that builds the network with Keras 3, compiled with "
                       "its loss and optimizer, and loads the trained weights")),
)


def _action(window, name: str, text: str, slot, shortcuts=(), tip: str = "",
            icon=None, checkable: bool = False) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    keys = [QKeySequence(k) for k in shortcuts]
    if keys:
        action.setShortcuts(keys)
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    if icon is not None:
        action.setIcon(window.style().standardIcon(icon))
    action.setCheckable(checkable)
    action.triggered.connect(slot)
    window.addAction(action)
    window.actions_by_name[name] = action
    return action


def build(window) -> None:
    """Create every action of `window` (a MainWindow), its menus and its toolbar."""
    Key, Pix = QKeySequence.StandardKey, QStyle.StandardPixmap
    files, ctl, view = window.files, window.controller, window.view
    a = partial(_action, window)
    a("new", tr("&New"), files.new, [Key.New], tr("Start an empty network"), Pix.SP_FileIcon)
    a("open", tr("&Open\u2026"), files.open, [Key.Open],
      tr("Open a network (.nnd, .json), or a Keras or ONNX model to import"),
      Pix.SP_DialogOpenButton)
    a("save", tr("&Save"), files.save, [Key.Save], tr("Save the network"),
      Pix.SP_DialogSaveButton)
    a("save_as", tr("Save &As\u2026"), files.save_as, [Key.SaveAs])
    a("revert", tr("&Revert"), files.revert, tip=tr("Discard changes and reload the file"))
    a("import", tr("&Import\u2026"), files.import_, ["Ctrl+I"],
      tr("Open a Keras model (.keras, .h5, model JSON, Keras code) or an ONNX model, with its "
         "weights"))
    a("export", tr("&Image\u2026"), lambda: files.export_image(window.scene),
      tip=tr("Save the canvas as a PNG or SVG picture"))
    for name, text, tip in EXPORTS:
        a(f"export_{name}", tr(text), partial(window.exporter.export_as, name), tip=tr(tip))
    # the training controller is made after the actions: looked up when chosen
    a("follow_run", tr("&Follow Run\u2026"), lambda: window.training.following.choose(),
      tip=tr("Show a run that trains elsewhere (main.py train --log LOG.jsonl) from its log, "
             "its curves growing as it writes"))
    a("open_sweep", tr("Open S&weep\u2026"), lambda: window.training.sweep.choose(),
      tip=tr("Show an Optuna sweep's trials as runs: a column per searched parameter, the "
             "metric against each parameter, and each finished trial's network"))
    a("paste_keras", tr("Paste &Keras Code\u2026"), files.paste_keras_code,
      tip=tr("Read Keras code (Sequential, model.add, functional calls, compile and fit) into "
             "a new network; the code is never run"))
    a("quit", tr("&Quit"), window.close, [Key.Quit])

    undo = window.document.undo_stack.createUndoAction(window, tr("&Undo"))
    undo.setShortcuts([QKeySequence(Key.Undo)])
    undo.setIcon(window.style().standardIcon(Pix.SP_ArrowBack))
    redo = window.document.undo_stack.createRedoAction(window, tr("&Redo"))
    redo.setShortcuts([QKeySequence(Key.Redo), QKeySequence("Ctrl+Shift+Z"),
                       QKeySequence("Ctrl+Y")])
    redo.setIcon(window.style().standardIcon(Pix.SP_ArrowForward))
    for name, act, label in (("undo", undo, tr("Undo")), ("redo", redo, tr("Redo"))):
        act.setIconText(label)  # the toolbar keeps a short label; the menu names the step
        act.setObjectName(name)
        window.addAction(act)
        window.actions_by_name[name] = act
    a("cut", tr("Cu&t"), ctl.cut_selected, [Key.Cut])
    a("copy", tr("&Copy"), ctl.copy_selected, [Key.Copy])
    a("paste", tr("&Paste"), ctl.paste, [Key.Paste])
    a("duplicate", tr("D&uplicate"), ctl.duplicate_selected, ["Ctrl+D"],
      tr("Copy the selected layers and the connections among them"))
    a("delete", tr("&Delete"), ctl.delete_selected, [Key.Delete, "Backspace"],
      tr("Delete the selected layers and connections"), Pix.SP_TrashIcon)
    a("select_all", tr("Select &All"), ctl.select_all, [Key.SelectAll])
    a("rename", tr("Re&name Layer"), window.focus_rename, ["F2"])

    a("zoom_in", tr("Zoom &In"), view.zoom_in, [Key.ZoomIn, "Ctrl+="])
    a("zoom_out", tr("Zoom &Out"), view.zoom_out, [Key.ZoomOut])
    a("zoom_reset", tr("&Actual Size"), view.reset_zoom, ["Ctrl+0"])
    a("fit", tr("&Fit to View"), lambda: view.fit(), ["F"], tr("Show the whole network"))
    a("layout_down", tr("Auto-layout &Top-down"), lambda: ctl.auto_layout("down"),
      ["Ctrl+L"], tr("Arrange the layers in ranks from top to bottom"))
    a("layout_right", tr("Auto-layout &Left-right"), lambda: ctl.auto_layout("right"),
      ["Ctrl+Shift+L"], tr("Arrange the layers in ranks from left to right"))
    snap = a("snap", tr("&Snap to Grid"), window.set_snap, tip=tr("Align layers to the grid"),
             checkable=True)
    snap.setChecked(preferences.value("canvas/snap", False, bool))
    window.set_snap(snap.isChecked())

    a("lessons", tr("&Lessons\u2026"), lambda: window.lessons.choose(),
      tip=tr("The study notes' concepts as experiments: open one, and its runs train side by "
             "side with an explanation"))
    a("getting_started", tr("&Getting Started"), lambda: dialogs.show_text(
        window, tr("Getting started"), tr(GETTING_STARTED)), [Key.HelpContents])
    a("about", tr("&About Network Designer"), lambda: dialogs.show_text(
        window, tr("About Network Designer"), tr(ABOUT)))

    _menus(window)
    _toolbar(window)


def _menus(window) -> None:
    act = window.actions_by_name
    bar = window.menuBar()
    file_menu = window.add_menu("file", tr("&File"))
    for name in ("new", "open"):
        file_menu.addAction(act[name])
    window.recent_menu = file_menu.addMenu(tr("Open &Recent"))
    window.examples_menu = file_menu.addMenu(tr("Open E&xample"))
    _fill_examples(window)
    file_menu.addAction(act["import"])
    file_menu.addSeparator()
    file_menu.addAction(act["follow_run"])
    file_menu.addAction(act["open_sweep"])
    file_menu.addSeparator()
    for name in ("save", "save_as", "revert"):
        file_menu.addAction(act[name])
    file_menu.addSeparator()
    window.export_menu = file_menu.addMenu(tr("&Export"))
    for name, _, _ in EXPORTS:
        window.export_menu.addAction(act[f"export_{name}"])
    window.export_menu.addSeparator()
    window.export_menu.addAction(act["export"])
    file_menu.addSeparator()
    file_menu.addAction(act["quit"])
    edit = window.add_menu("edit", tr("&Edit"))
    for name in ("undo", "redo", None, "cut", "copy", "paste", "duplicate", "delete", None,
                 "select_all", "rename", None, "paste_keras"):
        edit.addSeparator() if name is None else edit.addAction(act[name])
    view = window.add_menu("view", tr("&View"))
    for name in ("zoom_in", "zoom_out", "zoom_reset", "fit", None, "layout_down",
                 "layout_right", "snap"):
        view.addSeparator() if name is None else view.addAction(act[name])
    view.addSeparator()
    window.panels_menu = view.addMenu(tr("&Panels"))
    language.add_menu(window, view)
    help_menu = window.add_menu("help", tr("&Help"))
    help_menu.addAction(act["lessons"])
    help_menu.addAction(act["getting_started"])
    help_menu.addAction(act["about"])
    bar.setNativeMenuBar(False)
    window.refresh_recent_menu()


def _fill_examples(window) -> None:
    for path in examples():
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        action = window.examples_menu.addAction(translate("examples", doc.get("name", path.stem)))
        description = translate("examples", doc.get("description", ""))
        action.setStatusTip(description)
        action.setToolTip(description)
        action.triggered.connect(lambda _=False, p=path: window.files.open_example(p))
    window.examples_menu.setToolTipsVisible(True)


def _toolbar(window) -> None:
    act = window.actions_by_name
    bar = QToolBar(tr("Main toolbar"))
    bar.setObjectName("main_toolbar")
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    bar.setMovable(False)
    for name in ("new", "open", "save", None, "undo", "redo", None, "delete", None, "fit",
                 "layout_down", "snap"):
        bar.addSeparator() if name is None else bar.addAction(act[name])
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    window.toolbar = bar
