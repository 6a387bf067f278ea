#pragma once

#include "connectors/connector.h"

#include <QAbstractItemModel>
#include <QList>

namespace miq {

// What a source contains: its streams (files, tables, views, queries) at the top level and each
// stream's columns below it. Filled from a discovery result; GUI thread only.
class StreamsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, DetailColumn, ColumnCount };
    enum Role {
        StreamNameRole = Qt::UserRole + 1, // QString name of the stream (for columns: their stream)
        IsStreamRole,                      // bool: the row is a stream, not a column
    };

    explicit StreamsModel(QObject *parent = nullptr);

    void setStreams(const QList<StreamInfo> &streams);
    void clear() { setStreams({}); }
    const QList<StreamInfo> &streams() const { return m_streams; }
    QModelIndex indexForStream(const QString &name) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Internal id: 0 for streams, stream row + 1 for that stream's columns.
    QList<StreamInfo> m_streams;
};

} // namespace miq
