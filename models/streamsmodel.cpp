#include "models/streamsmodel.h"

#include <QFont>
#include <QLocale>

namespace miq {

StreamsModel::StreamsModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void StreamsModel::setStreams(const QList<StreamInfo> &streams)
{
    beginResetModel();
    m_streams = streams;
    endResetModel();
}

QModelIndex StreamsModel::indexForStream(const QString &name) const
{
    for (int row = 0; row < m_streams.size(); ++row)
        if (m_streams.at(row).name == name)
            return index(row, 0);
    return {};
}

QModelIndex StreamsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    if (parent.internalId() != 0)
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex StreamsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int StreamsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_streams.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_streams.at(parent.row()).columns.size());
}

int StreamsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant StreamsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isStream = index.internalId() == 0;
    const StreamInfo &stream = m_streams.at(isStream ? index.row() : int(index.internalId() - 1));
    if (role == StreamNameRole)
        return stream.name;
    if (role == IsStreamRole)
        return isStream;
    if (isStream) {
        if (role == Qt::DisplayRole) {
            switch (index.column()) {
            case NameColumn: return stream.name;
            case TypeColumn: return streamKindName(stream.kind);
            case DetailColumn: {
                QStringList parts;
                if (stream.rowEstimate)
                    parts << tr("~%1 rows").arg(QLocale().toString(*stream.rowEstimate));
                if (stream.sizeBytes)
                    parts << QLocale().formattedDataSize(*stream.sizeBytes);
                parts << tr("%n column(s)", nullptr, int(stream.columns.size()));
                if (!stream.detail.isEmpty())
                    parts << stream.detail;
                return parts.join(QStringLiteral(" · "));
            }
            }
        }
        if (role == Qt::FontRole && index.column() == NameColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    const ColumnInfo &column = stream.columns.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn: return column.name;
        case TypeColumn: return columnTypeName(column.type);
        case DetailColumn: {
            QStringList parts;
            if (!column.nativeType.isEmpty())
                parts << column.nativeType;
            if (column.primaryKey)
                parts << tr("primary key");
            if (!column.nullable)
                parts << tr("not null");
            return parts.join(QStringLiteral(", "));
        }
        }
    }
    return {};
}

QVariant StreamsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case TypeColumn: return tr("Type");
    case DetailColumn: return tr("Details");
    }
    return {};
}

} // namespace miq
