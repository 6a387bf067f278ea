#include "models/profilealertsmodel.h"

#include "engine/profile/profilereport.h"

namespace miq {

ProfileAlertsModel::ProfileAlertsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ProfileAlertsModel::setAlerts(const QList<ProfileAlert> &alerts)
{
    beginResetModel();
    m_alerts = alerts;
    endResetModel();
}

int ProfileAlertsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int ProfileAlertsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileAlertsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_alerts.size())
        return {};
    const ProfileAlert &a = m_alerts[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn: return ProfileReport::alertDisplayName(a.kind);
        case ColumnColumn: return a.column.isEmpty() ? tr("(dataset)") : a.column;
        case MessageColumn: return a.message;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn)
            return a.message;
        break;
    case KindRole: return int(a.kind);
    case KindIdRole: return alertKindName(a.kind);
    case ProfileColumnRole: return a.column;
    }
    return {};
}

QVariant ProfileAlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn: return tr("Alert");
    case ColumnColumn: return tr("Column");
    case MessageColumn: return tr("Details");
    }
    return {};
}

} // namespace miq
