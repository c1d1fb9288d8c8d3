"""Qt widgets of Network Designer; imports designer, never the reverse."""
