#include "models/sourcesmodel.h"

#include "connectors/connectorregistry.h"
#include "models/connectoricons.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

namespace miq {

namespace {

bool byName(const SourceRecord &a, const SourceRecord &b)
{
    return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
}

QString typeName(const QString &typeId)
{
    const ConnectorSpec *spec = ConnectorRegistry::builtin().spec(typeId);
    return spec ? spec->displayName : typeId;
}

} // namespace

SourcesModel::SourcesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

Status SourcesModel::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    return reload();
}

Status SourcesModel::reload()
{
    beginResetModel();
    m_sources.clear();
    Status status;
    if (m_workspace) {
        auto sources = m_workspace->sources();
        if (sources)
            m_sources = *sources;
        else
            status = Error(sources.error());
    }
    std::sort(m_sources.begin(), m_sources.end(), byName);
    endResetModel();
    return status;
}

int SourcesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SourcesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourcesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SourceRecord &s = m_sources.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return s.name;
        case TypeColumn: return typeName(s.typeId);
        case StatusColumn: return sourceStatusName(s.status);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return connectorIcon(s.typeId);
        if (index.column() == StatusColumn)
            return statusIcon(int(s.status));
        break;
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b><br>%2").arg(s.name.toHtmlEscaped(), typeName(s.typeId).toHtmlEscaped());
        if (!s.statusMessage.isEmpty())
            tip += QStringLiteral("<br>") + s.statusMessage.toHtmlEscaped();
        if (s.checkedAt.isValid())
            tip += QStringLiteral("<br><i>%1</i>")
                       .arg(tr("Tested %1").arg(QLocale().toString(s.checkedAt.toLocalTime(), QLocale::ShortFormat)));
        return tip;
    }
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && s.status == SourceRecord::Status::Failing)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        break;
    case IdRole: return s.id;
    case TypeIdRole: return s.typeId;
    case StatusRole: return int(s.status);
    case StatusMessageRole: return s.statusMessage;
    case SearchTextRole: {
        QStringList parts{s.name, s.typeId, typeName(s.typeId)};
        for (auto it = s.settings.cbegin(); it != s.settings.cend(); ++it)
            parts << it.value().toString();
        return parts.join(QLatin1Char(' '));
    }
    }
    return {};
}

QVariant SourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case TypeColumn: return tr("Type");
    case StatusColumn: return tr("Status");
    }
    return {};
}

QModelIndex SourcesModel::indexForId(qint64 id, int column) const
{
    for (int row = 0; row < m_sources.size(); ++row)
        if (m_sources.at(row).id == id)
            return index(row, column);
    return {};
}

const SourceRecord *SourcesModel::sourceForId(qint64 id) const
{
    for (const SourceRecord &s : m_sources)
        if (s.id == id)
            return &s;
    return nullptr;
}

const SourceRecord *SourcesModel::sourceAt(int row) const
{
    return row >= 0 && row < m_sources.size() ? &m_sources.at(row) : nullptr;
}

Status SourcesModel::refreshRow(qint64 id)
{
    auto fresh = m_workspace->source(id);
    if (!fresh)
        return Error(fresh.error());
    const QModelIndex existing = indexForId(id);
    if (existing.isValid()) {
        // A rename can move the row: move it (keeps selections) to where the new name sorts.
        const int from = existing.row();
        QList<SourceRecord> others = m_sources;
        others.removeAt(from);
        const int to = int(std::lower_bound(others.cbegin(), others.cend(), *fresh, byName) - others.cbegin());
        if (to != from) {
            beginMoveRows(QModelIndex(), from, from, QModelIndex(), to > from ? to + 1 : to);
            m_sources.move(from, to);
            endMoveRows();
        }
        m_sources[to] = *fresh;
        Q_EMIT dataChanged(index(to, 0), index(to, ColumnCount - 1));
        return {};
    }
    const int row = int(std::lower_bound(m_sources.cbegin(), m_sources.cend(), *fresh, byName) - m_sources.cbegin());
    beginInsertRows(QModelIndex(), row, row);
    m_sources.insert(row, *fresh);
    endInsertRows();
    return {};
}

Result<qint64> SourcesModel::addSource(const SourceRecord &source)
{
    if (!m_workspace)
        return Error(tr("No workspace is open."));
    auto id = m_workspace->addSource(source);
    if (!id)
        return id;
    if (Status s = refreshRow(*id); !s)
        return Error(s.error());
    return id;
}

Status SourcesModel::updateSource(const SourceRecord &source)
{
    if (!m_workspace)
        return Error(tr("No workspace is open."));
    if (Status s = m_workspace->updateSource(source); !s)
        return s;
    return refreshRow(source.id);
}

Status SourcesModel::removeSource(qint64 id)
{
    if (!m_workspace)
        return Error(tr("No workspace is open."));
    if (Status s = m_workspace->removeSource(id); !s)
        return s;
    const QModelIndex existing = indexForId(id);
    if (existing.isValid()) {
        beginRemoveRows(QModelIndex(), existing.row(), existing.row());
        m_sources.removeAt(existing.row());
        endRemoveRows();
    }
    return {};
}

Status SourcesModel::setStatus(qint64 id, SourceRecord::Status status, const QString &message)
{
    if (!m_workspace)
        return Error(tr("No workspace is open."));
    if (Status s = m_workspace->setSourceStatus(id, status, message); !s)
        return s;
    return refreshRow(id);
}

} // namespace miq
