// The GalleyWire module.
