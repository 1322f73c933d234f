"""The Green Customs Guide's own code: build hooks, checks and the project CLI."""
