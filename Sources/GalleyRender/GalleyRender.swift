// The GalleyRender module.
