"""`kiosk --screens`: the office's window over every lobby screen."""
