// The GalleyJSON module.
