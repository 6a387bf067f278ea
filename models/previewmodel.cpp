#include "models/previewmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace miq {

namespace {
constexpr int MaxDisplayLength = 500; // long cells are cut in the table, full text in the tooltip
}

PreviewModel::PreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PreviewModel::setPreview(const PreviewData &data)
{
    beginResetModel();
    m_data = data;
    endResetModel();
}

int PreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_data.rows.size());
}

int PreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_data.columns.size());
}

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QStringList &row = m_data.rows.at(index.row());
    if (index.column() >= row.size())
        return {};
    const bool isNull = index.row() < m_data.nulls.size() && index.column() < m_data.nulls.at(index.row()).size()
                        && m_data.nulls.at(index.row()).at(index.column());
    switch (role) {
    case Qt::DisplayRole: {
        if (isNull)
            return QStringLiteral("NULL");
        const QString &text = row.at(index.column());
        QString shown = text.size() > MaxDisplayLength ? text.left(MaxDisplayLength) + QChar(0x2026) : text;
        shown.replace(QLatin1Char('\n'), QChar(0x21b5));
        return shown;
    }
    case Qt::ToolTipRole:
        if (!isNull && row.at(index.column()).size() > 40)
            return row.at(index.column()).left(4000);
        return {};
    case Qt::ForegroundRole:
        if (isNull)
            return QBrush(QColor(0x90, 0x90, 0x90));
        return {};
    case Qt::FontRole:
        if (isNull) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case IsNullRole: return isNull;
    }
    return {};
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= m_data.columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_data.columns.at(section);
    if (role == Qt::ToolTipRole && section < m_data.columnTypes.size())
        return tr("%1 (%2)").arg(m_data.columns.at(section), m_data.columnTypes.at(section));
    return {};
}

} // namespace miq
