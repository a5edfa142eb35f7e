// The GalleyHTML module.
