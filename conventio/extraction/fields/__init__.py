"""Field extractors: one module per part of the record, each ``extract_x(ctx)``."""
