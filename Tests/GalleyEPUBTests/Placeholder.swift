// Tests for GalleyEPUB arrive with the module's issue.
