// GerritModel: see ARCHITECTURE.md. Placeholder until the module lands.
