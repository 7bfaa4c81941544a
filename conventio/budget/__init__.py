"""Budget execution: allocations, tranche releases, the append-only AE/CP ledger, alerts."""
