// The Galley module.
