// Tests for GalleyHTML arrive with the module's issue.
