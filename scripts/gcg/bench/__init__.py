"""`make bench`: measure what readers, contributors and trainers feel (build time, preview speed,
page weight, sizes), each figure the median of several runs with its spread, compare the build with a
bare MkDocs baseline in the same run, and fail when a budget is exceeded. One module per measure."""
