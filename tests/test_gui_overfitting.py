"""The Loss and accuracy panel says in words when the selected run overfits, and what to try."""
from designer.training.diagnosis import overfitting
from tests.gui_training_helpers import shown_docks, training_window, wait_ended
from tests.test_training_diagnosis import overfitting_net


def test_the_curves_panel_explains_overfitting_of_the_selected_run(qtbot, dialogs,
                                                                    monkeypatch):
    window = training_window(qtbot, dialogs, monkeypatch)  # XOR: no validation data
    shown_docks(window, "curves")
    controller = window.training
    curves = controller.plots["curves"]
    healthy = controller.train()
    wait_ended(qtbot, healthy)
    curves.refresh()
    assert curves.warning.isHidden()
    window.open_network(overfitting_net())
    run = controller.train()
    wait_ended(qtbot, run)
    assert run.status == "finished"
    curves.refresh()
    text = curves.warning.text()
    found = overfitting(run.epochs)
    assert curves.warning.isVisible()
    assert text.startswith(f"\u26a0 Overfitting in {run.name}: validation loss has risen since "
                           f"epoch {found.best_epoch} (best {found.best_val_loss:.3g}) while "
                           f"training loss kept falling ({found.train_loss_then:.3g} \u2192 "
                           f"{found.train_loss_now:.3g}).")
    assert "Try dropout, L2 regularization or early stopping, more data, or a smaller " \
        "network." in text
    controller.session.select(None)  # nothing selected: nothing to explain
    curves.refresh()
    assert curves.warning.isHidden()
    controller.session.select(run)
    curves.refresh()
    assert curves.warning.isVisible() and curves.warning.text() == text
