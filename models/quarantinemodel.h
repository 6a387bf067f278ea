#pragma once

#include "connectors/connector.h"

#include <QAbstractTableModel>
#include <QList>

namespace miq {

// The rows a run quarantined (record number, line, column, reason, raw text), as read from
// JobStore::quarantined(). GUI thread only.
class QuarantineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RecordColumn,
        LineColumn,
        LocationColumn,
        ColumnColumn,
        ReasonColumn,
        RawColumn,
        ColumnCount
    };
    enum Role {
        RecordNumberRole = Qt::UserRole + 1, // qint64 0-based record number in the stream
        RawRole,                             // QByteArray the raw bytes as read
    };

    explicit QuarantineModel(QObject *parent = nullptr);

    void setRecords(const QList<BadRecord> &records);
    void clear() { setRecords({}); }
    const QList<BadRecord> &records() const { return m_records; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BadRecord> m_records;
};

} // namespace miq
