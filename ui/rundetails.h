#pragma once

#include "engine/sync/jobstore.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace miq {

class QuarantineModel;

// What one run did: a summary (status, counts, throughput, peak memory, timings, verification),
// its log, the rows it quarantined (exportable as CSV) and the DDL of its target. The log and
// quarantined rows are quick local reads of the workspace; the export runs in the background.
class RunDetails : public QWidget
{
    Q_OBJECT

public:
    explicit RunDetails(QWidget *parent = nullptr);

    // Not owned; nullptr clears the details.
    void setStore(JobStore *store);
    // Shows `run` (nullptr clears). Showing the same run again refreshes it; the log and the
    // quarantined rows are re-read only when the run changed state.
    void showRun(const RunRecord *run);
    qint64 runId() const { return m_run.id; }

    // Writes the quarantined rows of the shown run to `path` as CSV in the background.
    void exportQuarantine(const QString &path);

Q_SIGNALS:
    void statusMessage(const QString &message, int timeoutMs = 0);
    void exportFinished(const QString &path, bool ok);
    // The user asks to load the quarantined rows of run `runId` again from the fixed source.
    void retryQuarantined(qint64 runId);

private:
    void chooseExportFile();
    void updateSummary();
    void loadLogAndQuarantine();

    JobStore *m_store = nullptr;
    RunRecord m_run;
    qint64 m_quarantinedCount = 0;
    QTabWidget *m_tabs;
    QLabel *m_summary;
    QPlainTextEdit *m_log;
    QuarantineModel *m_quarantine;
    QTableView *m_quarantineView;
    QLabel *m_quarantineTitle;
    QPushButton *m_export;
    QPushButton *m_retry;
    QPlainTextEdit *m_ddl;
};

} // namespace miq
