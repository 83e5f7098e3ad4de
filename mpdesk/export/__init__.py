"""PDF, Excel and CSV exports: pure functions of the profile (profile, options, path)."""
