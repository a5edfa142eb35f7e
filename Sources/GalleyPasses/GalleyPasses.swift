// The GalleyPasses module.
