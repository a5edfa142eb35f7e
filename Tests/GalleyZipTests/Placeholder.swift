// Tests for GalleyZip arrive with the module's issue.
