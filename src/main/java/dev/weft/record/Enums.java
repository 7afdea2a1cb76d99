package dev.weft.record;

/// Enum constants by their recorded ordinal; an ordinal out of range is a damaged recording.
final class Enums {
  private Enums() {}

  static <E extends Enum<E>> E of(Class<E> type, int ordinal) {
    E[] all = type.getEnumConstants();
    if (ordinal < 0 || ordinal >= all.length) {
      throw new CorruptRecordingException(
          "a recorded block holds an unknown " + type.getSimpleName() + " (" + ordinal + ")");
    }
    return all[ordinal];
  }
}
