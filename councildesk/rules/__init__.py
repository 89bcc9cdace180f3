"""Pure rules over plain values: no Qt, no SQL, no I/O."""
