// Tests for GalleyWire arrive with the module's issue.
