#include "models/quarantinemodel.h"

#include <QLocale>

namespace miq {

namespace {
constexpr int MaxDisplayLength = 300; // long raw lines are cut in the table, longer in the tooltip
}

QuarantineModel::QuarantineModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void QuarantineModel::setRecords(const QList<BadRecord> &records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}

int QuarantineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int QuarantineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuarantineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BadRecord &r = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RecordColumn: return QLocale().toString(r.recordNumber + 1);
        case LineColumn: return r.line > 0 ? QVariant(QLocale().toString(r.line)) : QVariant();
        case LocationColumn: return r.location;
        case ColumnColumn: return r.column;
        case ReasonColumn: return r.reason;
        case RawColumn: {
            QString raw = QString::fromUtf8(r.raw.left(MaxDisplayLength * 4));
            if (raw.size() > MaxDisplayLength)
                raw = raw.left(MaxDisplayLength) + QChar(0x2026);
            raw.replace(QLatin1Char('\n'), QChar(0x21b5));
            return raw;
        }
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn)
            return r.reason;
        if (index.column() == RawColumn)
            return QString::fromUtf8(r.raw.left(4000));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == RecordColumn || index.column() == LineColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case RecordNumberRole: return r.recordNumber;
    case RawRole: return r.raw;
    }
    return {};
}

QVariant QuarantineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RecordColumn: return tr("Record");
    case LineColumn: return tr("Line");
    case LocationColumn: return tr("Location");
    case ColumnColumn: return tr("Column");
    case ReasonColumn: return tr("Reason");
    case RawColumn: return tr("Raw text");
    }
    return {};
}

} // namespace miq
