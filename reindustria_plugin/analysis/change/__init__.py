"""Land-use change: the cross-tabulation of two or more dates, change types, rings, accounting, intensity."""
