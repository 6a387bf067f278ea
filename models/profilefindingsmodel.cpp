#include "models/profilefindingsmodel.h"

#include <QColor>

namespace miq {

ProfileFindingsModel::ProfileFindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ProfileFindingsModel::setFindings(const QList<ProfileFinding> &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

QString ProfileFindingsModel::severityDisplayName(ProfileFinding::Severity severity)
{
    switch (severity) {
    case ProfileFinding::Severity::Info: return tr("Info");
    case ProfileFinding::Severity::Warning: return tr("Warning");
    case ProfileFinding::Severity::Critical: return tr("Critical");
    }
    return QString();
}

int ProfileFindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int ProfileFindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileFindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_findings.size())
        return {};
    const ProfileFinding &f = m_findings[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: return severityDisplayName(f.severity);
        case ColumnColumn: return f.column.isEmpty() ? tr("(dataset)") : f.column;
        case ChangeColumn: return f.message;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ChangeColumn)
            return f.message;
        break;
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn) {
            if (f.severity == ProfileFinding::Severity::Critical)
                return QColor(0xc0, 0x30, 0x2a);
            if (f.severity == ProfileFinding::Severity::Warning)
                return QColor(0xb0, 0x5a, 0x00);
        }
        break;
    case SeverityRole: return int(f.severity);
    case KindRole: return int(f.kind);
    case ProfileColumnRole: return f.column;
    }
    return {};
}

QVariant ProfileFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case ColumnColumn: return tr("Column");
    case ChangeColumn: return tr("Change");
    }
    return {};
}

} // namespace miq
