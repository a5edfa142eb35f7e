// The GalleyText module.
