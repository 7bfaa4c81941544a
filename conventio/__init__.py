"""conventio: register and execution tracker of conventions de délégation de gestion."""
