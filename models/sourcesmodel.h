#pragma once

#include "engine/workspace.h"

#include <QAbstractTableModel>
#include <QList>

namespace miq {

// The sources of a workspace, one row per source, keyed by the source id. All changes to sources
// go through this model so views stay in step with the workspace file. GUI thread only.
class SourcesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, StatusColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 source id
        TypeIdRole,                // QString connector type id, e.g. "csv"
        StatusRole,                // int SourceRecord::Status
        StatusMessageRole,         // QString message of the last test
        SearchTextRole,            // QString name, type and settings, for the filter box
    };

    explicit SourcesModel(QObject *parent = nullptr);

    // Not owned; nullptr empties the model.
    Status setWorkspace(Workspace *workspace);
    Workspace *workspace() const { return m_workspace; }
    Status reload();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexForId(qint64 id, int column = NameColumn) const;
    const SourceRecord *sourceForId(qint64 id) const;
    const SourceRecord *sourceAt(int row) const;

    Result<qint64> addSource(const SourceRecord &source);
    Status updateSource(const SourceRecord &source);
    Status removeSource(qint64 id);
    Status setStatus(qint64 id, SourceRecord::Status status, const QString &message);

private:
    Status refreshRow(qint64 id);

    Workspace *m_workspace = nullptr;
    QList<SourceRecord> m_sources; // sorted by name, case-insensitively
};

} // namespace miq
