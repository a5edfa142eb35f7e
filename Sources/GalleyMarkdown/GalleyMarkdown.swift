// The GalleyMarkdown module.
