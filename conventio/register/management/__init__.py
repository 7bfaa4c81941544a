"""Management commands of the register (`manage.py <command>`, also `conventio <command>`)."""
