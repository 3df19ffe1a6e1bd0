"""Data package (see its README or module docs)."""
