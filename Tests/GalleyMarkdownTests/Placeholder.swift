// Tests for GalleyMarkdown arrive with the module's issue.
