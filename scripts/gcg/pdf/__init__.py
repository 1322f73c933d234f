"""The PDF handbook: one print document per language assembled from the built site (assemble.py),
set by WeasyPrint with handbook.css (render.py), six in parallel."""
