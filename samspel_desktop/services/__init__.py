"""Qt-free use cases over storage: what the GUI and the command line both call."""
