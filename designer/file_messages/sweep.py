"""The sentences about a sweep's storage that the window shows when it opens a sweep (and a
worker prints), each a template with numbered fields like designer/messages.py, so that the
window can find the template a finished sentence was made from and translate it. {0} is the
storage: a journal file's path, or a database URL without its password. The last ones say why
a trial failed when its worker did not end it (designer/sweep/abandoned.py)."""

NO_JOURNAL = "{0}: no such sweep journal"
JOURNAL_IS_FOLDER = "{0}: is a folder, not a sweep journal"
BAD_JOURNAL = "{0}: cannot be read as a sweep journal ({1})"
NEEDS_DRIVER = "{0}: this storage needs {1} ({2})"
NO_DATABASE = "{0}: cannot open the database ({1})"
CANNOT_LIST = "{0}: cannot list its studies ({1})"
CANNOT_READ_STUDY = "{0}: cannot read the study {1!r} ({2})"
NO_SWEEP = "{0} holds no sweep yet"
SEVERAL_SWEEPS = "{0} holds several sweeps ({1}); choose one"
NO_STUDY = "{0} has no study {1!r}; studies: {2}"
WORKER_ENDED = "its worker (process {0}) ended without finishing it"
WORKER_INTERRUPTED = "its worker was interrupted"
WORKER_LOST = "its worker stopped beating its heartbeat (killed, or its machine lost)"
