package dev.weft.ui.overview;

import java.util.List;

/// What one applied snapshot changed in the matrix, so that a view redraws only that.
///
/// @param seq grows with every change, so that two equal changes still fire
/// @param reshaped zones or apps changed: everything is new
/// @param cells indices ([MatrixViewModel#index]) of the cells that changed
/// @param zonesChanged a zone's column heading changed (it went stale, came back)
public record MatrixChange(long seq, boolean reshaped, List<Integer> cells, boolean zonesChanged) {
  public MatrixChange {
    cells = List.copyOf(cells);
  }
}
