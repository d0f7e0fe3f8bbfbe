"""Words: the shapes world's and the open world's lexicons, read by the rewriter, by
``core/describe.py`` (scene → prompt) and by the reference reader. A lower layer than the
rewriter, so describing a scene never imports the rewriter."""
