"""Reading articles from disk and writing fixes back, byte-faithfully."""
