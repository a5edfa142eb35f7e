// Tests for GalleyRender arrive with the module's issue.
