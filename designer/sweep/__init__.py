"""Sweeps with Optuna: many trainings of one network with settings drawn from a search space,
shared by any number of workers through one study (a journal file, or a database for workers on
many machines). `main.py sweep` runs a worker (worker.py); study.py reads a sweep back.

Modules: space (the SPACE.json format), defaults (the space derived from a network), storage
(--storage), objective (one trial), opening (the shared study), worker (the trials loop),
summary (the final JSON line), output (--output), study (the reader); the storage sentences the
window translates are designer/file_messages/sweep.py.
Optuna is imported only when a sweep runs or is read.
"""
