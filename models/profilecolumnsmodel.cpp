#include "models/profilecolumnsmodel.h"

#include "engine/profile/profilereport.h"

#include <QColor>
#include <QLocale>

namespace miq {

namespace {

// Present = neither null nor blank, as the profiler's completeness score counts it.
double completeness(const ProfileColumn &c)
{
    return c.count > 0 ? double(c.count - c.nulls - c.blanks) / double(c.count) : 0;
}

QString alertsText(const ProfileColumn &c)
{
    QStringList names;
    for (const ProfileAlert &a : c.alerts)
        names << ProfileReport::alertDisplayName(a.kind);
    return names.join(QStringLiteral(", "));
}

QString alertsTooltip(const ProfileColumn &c)
{
    QStringList lines;
    for (const ProfileAlert &a : c.alerts)
        lines << a.message;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ProfileColumnsModel::ProfileColumnsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ProfileColumnsModel::setProfile(std::shared_ptr<const DatasetProfile> profile)
{
    beginResetModel();
    m_profile = std::move(profile);
    endResetModel();
}

const ProfileColumn *ProfileColumnsModel::column(int row) const
{
    if (!m_profile || row < 0 || row >= m_profile->columns.size())
        return nullptr;
    return &m_profile->columns[row];
}

QModelIndex ProfileColumnsModel::indexForName(const QString &name, int column) const
{
    if (!m_profile)
        return {};
    for (int row = 0; row < m_profile->columns.size(); ++row)
        if (m_profile->columns[row].name == name)
            return index(row, column);
    return {};
}

int ProfileColumnsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_profile ? 0 : int(m_profile->columns.size());
}

int ProfileColumnsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileColumnsModel::data(const QModelIndex &index, int role) const
{
    const ProfileColumn *c = index.isValid() ? column(index.row()) : nullptr;
    if (!c)
        return {};
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return c->name;
        case TypeColumn: {
            const QString meaning = ProfileReport::semanticDisplayName(c->semanticType);
            return meaning.isEmpty() ? ProfileReport::typeDisplayName(c->inferredType)
                                     : tr("%1 · %2").arg(ProfileReport::typeDisplayName(c->inferredType), meaning);
        }
        case CompletenessColumn: return ProfileReport::percent(c->count - c->nulls - c->blanks, c->count);
        case DistinctColumn: return QString((c->distinctExact ? QString() : tr("≈ ")) + locale.toString(c->distinct));
        case QualityColumn: return c->qualityOverall ? ProfileReport::number(*c->qualityOverall) : QString();
        case AlertsColumn: return alertsText(*c);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CompletenessColumn:
            return tr("%1 of %2 values present; %3 null, %4 blank")
                .arg(locale.toString(c->count - c->nulls - c->blanks), locale.toString(c->count), locale.toString(c->nulls),
                     locale.toString(c->blanks));
        case DistinctColumn:
            return c->distinctExact ? tr("Exact count") : tr("Estimated with HyperLogLog");
        case AlertsColumn: return alertsTooltip(*c);
        case TypeColumn:
            return tr("%1 of the values fit; delivered as %2")
                .arg(ProfileReport::percent(qint64(c->typeConfidence * 1e6), 1'000'000), columnTypeName(c->sourceType));
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DistinctColumn || index.column() == QualityColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == AlertsColumn && !c->alerts.isEmpty())
            return QColor(0xb0, 0x5a, 0x00);
        break;
    case ColumnIndexRole: return index.row();
    case CompletenessRole: return completeness(*c);
    case AlertCountRole: return int(c->alerts.size());
    case SearchTextRole:
        return QStringList{c->name, ProfileReport::typeDisplayName(c->inferredType),
                           ProfileReport::semanticDisplayName(c->semanticType), alertsText(*c)}
            .join(QLatin1Char(' '));
    case SortRole:
        switch (index.column()) {
        case NameColumn: return c->name;
        case TypeColumn: return ProfileReport::typeDisplayName(c->inferredType);
        case CompletenessColumn: return completeness(*c);
        case DistinctColumn: return c->distinct;
        case QualityColumn: return c->qualityOverall ? *c->qualityOverall : -1.0;
        case AlertsColumn: return int(c->alerts.size());
        }
        break;
    }
    return {};
}

QVariant ProfileColumnsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Column");
    case TypeColumn: return tr("Type");
    case CompletenessColumn: return tr("Complete");
    case DistinctColumn: return tr("Distinct");
    case QualityColumn: return tr("Quality");
    case AlertsColumn: return tr("Alerts");
    }
    return {};
}

} // namespace miq
