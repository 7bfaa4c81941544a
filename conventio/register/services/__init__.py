"""The register's business rules: every view, API call and command goes through these functions."""
