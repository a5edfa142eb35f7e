// Tests for GalleyJSON arrive with the module's issue.
