"""The lobby display: what is on now and next, laid out for the screen, changing at boundaries."""
