"""The touch browser: the programme by day, people A–Z, and the details of each."""
