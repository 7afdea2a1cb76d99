package dev.weft.fabric;

/// A string read from a fabric file, with where it was written.
record Text(String value, Pos pos) {}
