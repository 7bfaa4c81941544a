"""Budget services: the ledger rules (`ledger`), alerts (`alerts`)."""
