#include "models/profilehistorymodel.h"

#include "engine/profile/profilereport.h"
#include "models/runformat.h"

#include <QLocale>

namespace miq {

ProfileHistoryModel::ProfileHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

Status ProfileHistoryModel::setStore(ProfileStore *store)
{
    m_store = store;
    m_subject = {};
    return reload();
}

Status ProfileHistoryModel::setSubject(const ProfileSubject &subject)
{
    m_subject = subject;
    return reload();
}

Status ProfileHistoryModel::reload()
{
    QList<ProfileRecord> records;
    Status status;
    if (m_store && m_subject.isValid()) {
        auto history = m_store->history(m_subject);
        if (history)
            records = *history;
        else
            status = Error(history.error());
    }
    beginResetModel();
    m_records = records;
    endResetModel();
    return status;
}

QModelIndex ProfileHistoryModel::indexForId(qint64 id, int column) const
{
    for (int row = 0; row < m_records.size(); ++row)
        if (m_records[row].id == id)
            return index(row, column);
    return {};
}

const ProfileRecord *ProfileHistoryModel::recordForId(qint64 id) const
{
    for (const ProfileRecord &r : m_records)
        if (r.id == id)
            return &r;
    return nullptr;
}

int ProfileHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ProfileHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const ProfileRecord &r = m_records[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ProfiledAtColumn: return RunFormat::when(r.profiledAt);
        case RowsColumn: return RunFormat::count(r.rows);
        case ScopeColumn: return r.sampled ? tr("Sample") : tr("Full");
        case ColumnsColumn: return RunFormat::count(r.columns);
        case QualityColumn: return r.quality ? ProfileReport::number(*r.quality) : QString();
        case AlertsColumn: return RunFormat::count(r.alerts);
        case DurationColumn: return RunFormat::duration(r.seconds);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ProfiledAtColumn)
            return QLocale().toString(r.profiledAt.toLocalTime(), QLocale::LongFormat);
        if (index.column() == ScopeColumn)
            return r.sampled ? tr("Only the first rows were read") : tr("Every row was read");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != ProfiledAtColumn && index.column() != ScopeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole: return r.id;
    case ProfiledAtRole: return r.profiledAt;
    case SortRole:
        switch (index.column()) {
        case ProfiledAtColumn: return r.profiledAt;
        case RowsColumn: return r.rows;
        case ScopeColumn: return r.sampled;
        case ColumnsColumn: return r.columns;
        case QualityColumn: return r.quality.value_or(-1);
        case AlertsColumn: return r.alerts;
        case DurationColumn: return r.seconds;
        }
        break;
    }
    return {};
}

QVariant ProfileHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProfiledAtColumn: return tr("Profiled");
    case RowsColumn: return tr("Rows");
    case ScopeColumn: return tr("Scope");
    case ColumnsColumn: return tr("Columns");
    case QualityColumn: return tr("Quality");
    case AlertsColumn: return tr("Alerts");
    case DurationColumn: return tr("Took");
    }
    return {};
}

} // namespace miq
