"""One module per command: they call the register services and hold no rules."""
