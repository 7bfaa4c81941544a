"""The back-office web layer (DSFR templates, forms, views) over the register's services."""
