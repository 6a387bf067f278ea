#pragma once

#include "connectors/connector.h"
#include "engine/sourceoperations.h"
#include "engine/sync/mapping.h"

#include <QAbstractTableModel>
#include <QList>

namespace miq {

// The column mapping of a job being edited: one row per source column (include, target name,
// cast, mask), then the constant columns. Merges a saved mapping with the columns the source
// has now, keeping the user's edits when the columns are rediscovered. GUI thread only.
class MappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IncludeColumn, SourceColumn, TargetColumn, TypeColumn, MaskColumn, ColumnCount };
    enum Role {
        ChoicesRole = Qt::UserRole + 1, // QStringList: the choices of the type and mask columns
        IsConstantRole,                 // bool: a constant column (its source cell holds the value)
        IsMissingRole,                  // bool: the mapped source column is not in the source
    };

    explicit MappingModel(QObject *parent = nullptr);

    // A saved mapping; columns it does not name are left out, as the engine does.
    void setMapping(const JobMapping &mapping);
    // What the source stream has now (empty when not known yet).
    void setSourceColumns(const QList<ColumnInfo> &columns);
    bool sourceColumnsKnown() const { return m_columnsKnown; }
    void setRunMetadata(bool addRunId, bool addLoadedAt);

    // The mapping to save: no column list when every source column goes as it is.
    JobMapping mapping() const;
    // Included target columns in order, run metadata columns included.
    QStringList targetNames() const;
    QStringList problems() const;

    int addConstant(const QString &name, const QString &value);
    // The first rows of the source as they would land: excluded columns gone, renamed, cast,
    // masked (hashed with `maskSalt`). `message` gets why the mapping cannot be applied, or how
    // many preview rows a run would quarantine.
    PreviewData mappedPreview(const PreviewData &source, const QByteArray &maskSalt, QString *message) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Only constant columns can be removed; source columns are excluded instead.
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;

    static QList<ColumnType> castTypes();

Q_SIGNALS:
    void mappingChanged();

private:
    struct Row
    {
        ColumnMapping mapping;
        QString sourceType; // as discovered, for the tooltip
        bool missing = false;
    };

    void rebuild();

    QList<ColumnInfo> m_sourceColumns;
    bool m_columnsKnown = false;
    bool m_explicit = false; // the saved mapping named its columns
    QList<Row> m_rows;
    bool m_addRunId = false;
    bool m_addLoadedAt = false;
};

} // namespace miq
