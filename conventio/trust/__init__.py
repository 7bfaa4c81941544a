"""Who may see and change what: memberships of agents in organisations, and one permission function."""
