// Tests for GalleyText arrive with the module's issue.
