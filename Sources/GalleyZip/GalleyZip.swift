// The GalleyZip module.
