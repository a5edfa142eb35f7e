// The GalleyEPUB module.
