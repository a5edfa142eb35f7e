// Tests for GalleyPasses arrive with the module's issue.
