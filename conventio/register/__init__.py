"""The convention register: organisations, people, conventions, versions, lifecycle, deadlines."""
