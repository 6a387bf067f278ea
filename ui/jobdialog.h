#pragma once

#include "engine/sourceoperations.h"
#include "engine/sourcesecrets.h"
#include "engine/sync/jobdestination.h"
#include "engine/sync/jobstore.h"
#include "engine/workspace.h"
#include "ui/jobsource.h"

#include <QDialog>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTimer;

namespace miq {

class ErrorPolicyEdit;
class MappingModel;
class MappingTable;
class PreviewModel;

// Add or edit a sync job: source (a workspace source or a file) and stream, destination (a file or
// a database source of the workspace) and table, write mode and keys, error policy, and the column mapping with a preview of the first
// rows as they would land. Streams, columns and preview rows are read in the background; the
// dialog validates as the user types and enables Save only for a runnable job.
class JobDialog : public QDialog
{
    Q_OBJECT

public:
    struct Context
    {
        QList<SourceRecord> sources;                    // the workspace's sources
        std::function<bool(const QString &)> nameTaken; // another job already uses the name
        SourceSecrets *secrets = nullptr;               // for sources with secrets (not owned)
        QByteArray maskSalt;                            // the workspace's salt, for hashed previews
    };

    // `job.id == 0` adds a new job.
    JobDialog(const JobDefinition &job, Context context, QWidget *parent = nullptr);
    ~JobDialog() override;

    JobDefinition job() const; // the edited definition (id and cursor kept)
    QStringList problems() const;

    enum class DestinationKind { Unknown, Sqlite, Csv, Ndjson };
    static DestinationKind destinationKind(const QString &path);

private:
    void sourceChanged();
    void discover();
    void streamChanged();
    void loadPreview();
    void updatePreview();
    void updateDestination();
    void updateKeys();
    void updateCursorChoices(const QList<ColumnInfo> &columns);
    void validate();
    void browseSource();
    void browseDestination();
    void showDdl();
    void showDdlFor(const JobDefinition &definition, const DestinationTarget &target);
    void cancelBackground();
    std::optional<SourceRecord> currentSource() const;
    bool fileSourceChosen() const;
    QString currentStream() const;
    qint64 destinationSourceId() const; // 0 when a file is chosen

    JobDefinition m_job;
    Context m_context;
    MappingModel *m_mapping;
    PreviewModel *m_preview;
    QLineEdit *m_name;
    QComboBox *m_source;
    QWidget *m_fileRow;
    QLineEdit *m_sourcePath;
    QComboBox *m_stream;
    QLabel *m_streamStatus;
    QComboBox *m_writeTo; // a file, or one of the workspace's database sources
    QWidget *m_destinationFileRow;
    QLineEdit *m_destination;
    QLabel *m_destinationKind;
    QLineEdit *m_table;
    QComboBox *m_mode;
    QComboBox *m_cursor; // incremental: the cursor column, or none
    QListWidget *m_keys;
    ErrorPolicyEdit *m_policy;
    MappingTable *m_mappingTable;
    QTableView *m_previewView;
    QLabel *m_previewStatus;
    QLabel *m_problems;
    QPushButton *m_ddlButton;
    QDialogButtonBox *m_buttons;
    QTimer *m_sourceTimer;
    QList<StreamInfo> m_streams;
    std::optional<ResolvedSource> m_resolved; // of the current source, once resolved
    PreviewData m_rawPreview;
    int m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace miq
