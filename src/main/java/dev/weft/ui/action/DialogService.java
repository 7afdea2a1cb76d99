package dev.weft.ui.action;

/// Opens the action windows, so view models stay testable without a stage: the window's
/// implementation shows real dialogs, a test's answers at once.
///
/// Threading: FX thread only.
public interface DialogService {
  /// Shows the preview of a planned action; the dialog drives `preview` (confirm, cancel) and
  /// closes itself when [PreviewViewModel#closedProperty] turns true.
  void showPreview(PreviewViewModel preview);

  /// Shows the journal.
  void showJournal(JournalViewModel journal);
}
