#pragma once

#include "engine/profile/profilecomparison.h"
#include "engine/profile/profilestore.h"
#include "engine/sourcesecrets.h"

#include <QHash>
#include <QWidget>

#include <atomic>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QRadioButton;
class QSortFilterProxyModel;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTimer;
class QTreeView;

namespace miq {

class ProfileColumnDetails;
class ProfileColumnsModel;
class ProfileFindingsModel;
class ProfileHistoryModel;
class ProfileOverview;
class SourcesModel;

// The profiling pane: choose a source and stream, profile a sample or every row as a background
// task (progress with rows, rows/s and time left; cancel), the result saved in the workspace and
// shown. On the left the stream's saved profiles, newest first; selecting two compares them.
// On the right: the overview (figures, quality chart, alerts, missing values, correlation
// heatmap), the columns (table with completeness bars; the selected column's charts and
// figures), and what changed between the two compared profiles. Exports HTML and JSON.
//
// Threads: profiling, loading saved profiles, comparing and writing exports run on the thread
// pool with value snapshots; the pane only reads their results (generation counters drop answers
// that arrive for something no longer shown). The worker reports progress into a shared value
// the pane polls five times a second, so no QObject crosses threads.
class ProfilePane : public QWidget
{
    Q_OBJECT

public:
    enum class ExportFormat { Html, Json };

    explicit ProfilePane(SourcesModel *sources, QWidget *parent = nullptr);
    ~ProfilePane() override;

    // The open workspace's profiles (not owned; nullptr when none is open). A running profile
    // is cancelled.
    void setStore(ProfileStore *store);
    // The secrets of the workspace's sources, for sources that have some (not owned).
    void setSecrets(SourceSecrets *secrets);

    // Shows `stream` of source `sourceId` (its streams are discovered first).
    void selectStream(qint64 sourceId, const QString &stream);
    qint64 currentSourceId() const;
    QString currentStream() const;
    // Sample size for the next run; 0 = every row.
    void setSampleRows(qint64 rows);
    bool isProfiling() const { return m_run != nullptr; }
    // Asks a running profile to stop (it stops between batches).
    void cancelProfiling();

    std::shared_ptr<const DatasetProfile> currentProfile() const { return m_profile; }
    qint64 currentProfileId() const { return m_profileId; }
    // Shows saved profile `id` (loaded in the background).
    void showProfile(qint64 id);
    // Compares two saved profiles (older first, by date) and shows the findings.
    void compareProfiles(qint64 a, qint64 b);
    // Writes the shown profile in the background; exportFinished() tells how it went.
    void exportProfile(const QString &path, ExportFormat format);

    QAction *startAction() const { return m_start; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *exportHtmlAction() const { return m_exportHtml; }
    QAction *exportJsonAction() const { return m_exportJson; }
    QAction *compareAction() const { return m_compare; }
    QAction *removeAction() const { return m_remove; }

    ProfileHistoryModel *historyModel() const { return m_history; }
    ProfileColumnsModel *columnsModel() const { return m_columns; }
    ProfileFindingsModel *findingsModel() const { return m_findings; }
    ProfileOverview *overview() const { return m_overview; }
    ProfileColumnDetails *columnDetails() const { return m_details; }

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    void statusMessage(const QString &message, int timeoutMs = 0);
    // A run ended: `profileId` is the saved profile (0 when it failed, was cancelled or not saved).
    void profilingFinished(qint64 profileId, const QString &message);
    // A profile is on screen (after a run or a load).
    void profileShown(qint64 profileId);
    void comparisonShown(qint64 older, qint64 newer);
    void exportFinished(const QString &path, bool ok, const QString &message);

private:
    struct RunState;

    void startProfiling();
    void currentSourceChanged();
    void currentStreamChanged();
    void loadStreams(qint64 sourceId);
    void historySelectionChanged();
    void showLoaded(qint64 id, std::shared_ptr<const DatasetProfile> profile);
    void currentColumnChanged();
    void pollProgress();
    void runFinished(qint64 profileId, std::shared_ptr<const DatasetProfile> profile, const QString &error,
                     const QString &saveError);
    void chooseExport(ExportFormat format);
    void removeSelected();
    void updateActions();
    void setBanner(const QString &text, bool error);
    QList<qint64> selectedProfileIds() const;
    ProfileSubject currentSubject() const;
    void remember(qint64 id, std::shared_ptr<const DatasetProfile> profile);

    SourcesModel *m_sources;
    ProfileStore *m_store = nullptr;
    SourceSecrets *m_secrets = nullptr;
    ProfileHistoryModel *m_history;
    ProfileColumnsModel *m_columns;
    ProfileFindingsModel *m_findings;
    QSortFilterProxyModel *m_historyProxy;
    QSortFilterProxyModel *m_columnsProxy;

    QComboBox *m_sourceBox;
    QComboBox *m_streamBox;
    QRadioButton *m_sampleButton;
    QRadioButton *m_fullButton;
    QSpinBox *m_sampleRows;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QLabel *m_banner;
    QLabel *m_historyTitle;
    QTreeView *m_historyView;
    QTabWidget *m_tabs;
    ProfileOverview *m_overview;
    QLineEdit *m_columnFilter;
    QTreeView *m_columnView;
    ProfileColumnDetails *m_details;
    QLabel *m_changesTitle;
    QTreeView *m_findingView;
    QSplitter *m_splitter;
    QSplitter *m_columnsSplitter;
    QTimer *m_poll;

    QAction *m_start;
    QAction *m_cancel;
    QAction *m_exportHtml;
    QAction *m_exportJson;
    QAction *m_compare;
    QAction *m_remove;

    std::shared_ptr<RunState> m_run; // the running profile, if any
    ProfileSubject m_runSubject;
    std::shared_ptr<const DatasetProfile> m_profile;
    qint64 m_profileId = 0;
    QList<std::pair<qint64, std::shared_ptr<const DatasetProfile>>> m_recent; // small cache, newest first
    qint64 m_pendingSource = 0;
    QString m_pendingStream;
    int m_storeGeneration = 0;  // drops answers meant for another workspace
    int m_streamGeneration = 0; // drops stream lists of a source no longer chosen
    int m_loadGeneration = 0;   // drops loads and comparisons the user moved away from
};

} // namespace miq
