"""Training in the app: runs in the background, live panels, the runs table."""
