#include "models/mappingmodel.h"

#include "engine/sync/batchconverter.h"
#include "engine/sync/typeinference.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QSet>

namespace miq {

namespace {

QStringList maskChoices()
{
    return {MappingModel::tr("none"), MappingModel::tr("hash"), MappingModel::tr("redact")};
}

QStringList typeChoices()
{
    QStringList choices{MappingModel::tr("auto")};
    for (ColumnType t : MappingModel::castTypes())
        choices << columnTypeName(t);
    return choices;
}

QString targetOf(const ColumnMapping &m)
{
    return m.target.trimmed().isEmpty() ? m.source : m.target.trimmed();
}

} // namespace

MappingModel::MappingModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QList<ColumnType> MappingModel::castTypes()
{
    return {ColumnType::String, ColumnType::Int64,     ColumnType::Double,  ColumnType::Bool,
            ColumnType::Date,   ColumnType::Timestamp, ColumnType::Decimal, ColumnType::Bytes};
}

void MappingModel::setMapping(const JobMapping &mapping)
{
    beginResetModel();
    m_explicit = !mapping.columns.isEmpty();
    m_rows.clear();
    for (const ColumnMapping &m : mapping.columns)
        m_rows.append(Row{m, QString(), false});
    m_addRunId = mapping.addRunId;
    m_addLoadedAt = mapping.addLoadedAt;
    rebuild();
    endResetModel();
    Q_EMIT mappingChanged();
}

void MappingModel::setSourceColumns(const QList<ColumnInfo> &columns)
{
    beginResetModel();
    m_sourceColumns = columns;
    m_columnsKnown = !columns.isEmpty();
    rebuild();
    endResetModel();
    Q_EMIT mappingChanged();
}

void MappingModel::setRunMetadata(bool addRunId, bool addLoadedAt)
{
    if (m_addRunId == addRunId && m_addLoadedAt == addLoadedAt)
        return;
    m_addRunId = addRunId;
    m_addLoadedAt = addLoadedAt;
    Q_EMIT mappingChanged();
}

// Rows in source order (keeping what the user set for a column), then mapped columns the source
// no longer has, then constants. Without known source columns the rows stay as they are.
void MappingModel::rebuild()
{
    if (!m_columnsKnown) {
        for (Row &r : m_rows)
            r.missing = false;
        return;
    }
    QList<Row> rows;
    QSet<QString> present;
    for (const ColumnInfo &c : std::as_const(m_sourceColumns)) {
        present.insert(c.name);
        const auto existing = std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const Row &r) {
            return !r.mapping.constant && r.mapping.source == c.name;
        });
        Row row;
        if (existing != m_rows.cend()) {
            row = *existing;
        } else {
            row.mapping.source = c.name;
            row.mapping.target = c.name;
            // The engine leaves out columns a saved column list does not name.
            row.mapping.include = !m_explicit;
        }
        row.sourceType = c.nativeType.isEmpty() ? columnTypeName(c.type) : c.nativeType;
        row.missing = false;
        rows.append(row);
    }
    for (const Row &r : std::as_const(m_rows)) {
        if (!r.mapping.constant && !present.contains(r.mapping.source)) {
            Row missing = r;
            missing.missing = true;
            rows.append(missing);
        }
    }
    for (const Row &r : std::as_const(m_rows))
        if (r.mapping.constant)
            rows.append(r);
    m_rows = rows;
}

JobMapping MappingModel::mapping() const
{
    JobMapping mapping;
    mapping.addRunId = m_addRunId;
    mapping.addLoadedAt = m_addLoadedAt;
    bool asIs = m_columnsKnown || !m_explicit;
    for (const Row &r : m_rows) {
        const ColumnMapping &m = r.mapping;
        if (m.constant || r.missing || !m.include || targetOf(m) != m.source || m.cast ||
            m.mask != ColumnMapping::Mask::None)
            asIs = false;
    }
    if (asIs)
        return mapping;
    for (const Row &r : m_rows) {
        ColumnMapping m = r.mapping;
        m.target = m.constant ? m.target.trimmed() : targetOf(m);
        mapping.columns.append(m);
    }
    return mapping;
}

QStringList MappingModel::targetNames() const
{
    QStringList names;
    if (!m_columnsKnown && !m_explicit)
        return names; // every source column, names unknown yet
    for (const Row &r : m_rows)
        if (r.mapping.include)
            names << (r.mapping.constant ? r.mapping.target.trimmed() : targetOf(r.mapping));
    if (m_addRunId)
        names << QString::fromLatin1(BatchConverter::runIdColumn);
    if (m_addLoadedAt)
        names << QString::fromLatin1(BatchConverter::loadedAtColumn);
    return names;
}

QStringList MappingModel::problems() const
{
    QStringList problems;
    if (!m_columnsKnown && !m_explicit)
        return problems;
    QSet<QString> seen;
    bool any = false;
    for (const Row &r : m_rows) {
        if (!r.mapping.include)
            continue;
        any = true;
        const QString name = r.mapping.constant ? r.mapping.target.trimmed() : targetOf(r.mapping);
        if (name.isEmpty()) {
            problems << tr("Name the constant column.");
            continue;
        }
        if (r.missing)
            problems << tr("Column '%1' is not in the source any more; exclude it.").arg(r.mapping.source);
        const QString folded = name.toCaseFolded();
        if (seen.contains(folded))
            problems << tr("Two columns would be named '%1'.").arg(name);
        seen.insert(folded);
    }
    const auto reserved = [&](bool added, const char *column) {
        const QString name = QString::fromLatin1(column);
        if (added && seen.contains(name.toCaseFolded()))
            problems << tr("Column '%1' is reserved for the run metadata.").arg(name);
    };
    reserved(m_addRunId, BatchConverter::runIdColumn);
    reserved(m_addLoadedAt, BatchConverter::loadedAtColumn);
    if (!any && m_columnsKnown)
        problems << tr("Include at least one column.");
    return problems;
}

int MappingModel::addConstant(const QString &name, const QString &value)
{
    const int row = int(m_rows.size());
    beginInsertRows(QModelIndex(), row, row);
    Row r;
    r.mapping.target = name;
    r.mapping.constant = value;
    m_rows.append(r);
    endInsertRows();
    Q_EMIT mappingChanged();
    return row;
}

bool MappingModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_rows.size())
        return false;
    for (int i = row; i < row + count; ++i)
        if (!m_rows.at(i).mapping.constant)
            return false;
    beginRemoveRows(QModelIndex(), row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    Q_EMIT mappingChanged();
    return true;
}

int MappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const ColumnMapping &m = r.mapping;
    const int typeChoice = m.cast ? int(castTypes().indexOf(*m.cast)) + 1 : 0;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case SourceColumn:
            if (m.constant)
                return role == Qt::EditRole ? *m.constant : tr("= '%1'").arg(*m.constant);
            return m.source;
        case TargetColumn: return m.constant ? m.target : targetOf(m);
        case TypeColumn:
            return role == Qt::EditRole ? QVariant(typeChoice) : QVariant(typeChoices().at(typeChoice));
        case MaskColumn:
            return role == Qt::EditRole ? QVariant(int(m.mask)) : QVariant(maskChoices().at(int(m.mask)));
        }
        break;
    case Qt::CheckStateRole:
        if (index.column() == IncludeColumn)
            return m.include ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::ToolTipRole:
        if (r.missing)
            return tr("The source has no column '%1' any more.").arg(m.source);
        if (index.column() == SourceColumn && m.constant)
            return tr("A constant column: every row gets this value. Double-click to change it.");
        if (index.column() == SourceColumn && !r.sourceType.isEmpty())
            return tr("%1 (%2 in the source)").arg(m.source, r.sourceType);
        if (index.column() == TypeColumn)
            return tr("'auto' takes the narrowest type that holds every value of the column.");
        if (index.column() == MaskColumn)
            return tr("hash: SHA-256 with this workspace's salt (joinable, not reversible); "
                      "redact: a fixed marker.");
        break;
    case Qt::ForegroundRole:
        if (r.missing)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (!m.include)
            return QBrush(QColor(0x90, 0x90, 0x90));
        break;
    case Qt::FontRole:
        if (m.constant && index.column() == SourceColumn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case ChoicesRole:
        if (index.column() == TypeColumn)
            return typeChoices();
        if (index.column() == MaskColumn)
            return maskChoices();
        break;
    case IsConstantRole: return bool(m.constant);
    case IsMissingRole: return r.missing;
    }
    return {};
}

bool MappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    ColumnMapping &m = m_rows[index.row()].mapping;
    switch (index.column()) {
    case IncludeColumn:
        if (role != Qt::CheckStateRole)
            return false;
        m.include = value.toInt() == Qt::Checked;
        break;
    case SourceColumn:
        if (role != Qt::EditRole || !m.constant)
            return false;
        m.constant = value.toString();
        break;
    case TargetColumn:
        if (role != Qt::EditRole)
            return false;
        m.target = value.toString().trimmed();
        break;
    case TypeColumn: {
        if (role != Qt::EditRole)
            return false;
        const int choice = value.toInt();
        if (choice < 0 || choice > castTypes().size())
            return false;
        m.cast = choice == 0 ? std::nullopt : std::optional<ColumnType>(castTypes().at(choice - 1));
        break;
    }
    case MaskColumn: {
        if (role != Qt::EditRole)
            return false;
        const int mask = value.toInt();
        if (mask < 0 || mask > int(ColumnMapping::Mask::Redact))
            return false;
        m.mask = ColumnMapping::Mask(mask);
        break;
    }
    default: return false;
    }
    m_explicit = true;
    Q_EMIT dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    Q_EMIT mappingChanged();
    return true;
}

Qt::ItemFlags MappingModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const ColumnMapping &m = m_rows.at(index.row()).mapping;
    switch (index.column()) {
    case IncludeColumn: f |= Qt::ItemIsUserCheckable; break;
    case SourceColumn:
        if (m.constant)
            f |= Qt::ItemIsEditable;
        break;
    case TargetColumn:
    case TypeColumn:
    case MaskColumn: f |= Qt::ItemIsEditable; break;
    }
    return f;
}

QVariant MappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IncludeColumn: return tr("Include");
    case SourceColumn: return tr("Source column");
    case TargetColumn: return tr("Target name");
    case TypeColumn: return tr("Type");
    case MaskColumn: return tr("Mask");
    }
    return {};
}

// Runs the rows through the engine's own converter, so renames, casts, masks (real hashes) and
// rows that would be quarantined show exactly as a run treats them. Types are inferred from the
// preview rows only; a run infers them from every row.
PreviewData MappingModel::mappedPreview(const PreviewData &source, const QByteArray &maskSalt,
                                        QString *message) const
{
    PreviewData out;
    out.stream = source.stream;
    auto schema = std::make_shared<Schema>();
    for (const QString &name : source.columns)
        schema->push_back(Field{name, ColumnType::String});
    RecordBatch batch;
    batch.reset(schema);
    for (int row = 0; row < source.rows.size(); ++row) {
        const QStringList &cells = source.rows.at(row);
        for (int c = 0; c < source.columns.size(); ++c) {
            const bool isNull =
                row < source.nulls.size() && c < source.nulls.at(row).size() && source.nulls.at(row).at(c);
            if (isNull || c >= cells.size()) {
                batch.columns[c].appendNull();
            } else {
                const QByteArray utf8 = cells.at(c).toUtf8();
                batch.columns[c].appendText(std::string_view(utf8.constData(), std::size_t(utf8.size())));
            }
        }
        ++batch.rowCount;
    }
    TypeInference inference(*schema);
    inference.add(batch);
    auto converter = BatchConverter::create(*schema, inference.result(), mapping(), maskSalt,
                                            QStringLiteral("00000000-0000-0000-0000-000000000000"),
                                            QDateTime::currentDateTimeUtc());
    if (!converter) {
        if (message)
            *message = converter.error();
        return out;
    }
    RecordBatch converted;
    QList<BadRecord> bad;
    converter->convert(batch, converted, bad);
    for (const miq::TargetColumn &c : converter->targetColumns()) {
        out.columns << c.name;
        out.columnTypes << columnTypeName(c.type);
    }
    for (qint64 row = 0; row < converted.rowCount; ++row) {
        QStringList cells;
        QList<bool> nulls;
        for (const miq::Column &column : converted.columns) {
            cells << column.displayText(row);
            nulls << column.isNull(row);
        }
        out.rows << cells;
        out.nulls << nulls;
    }
    out.badRecords = bad;
    if (message) {
        message->clear();
        if (!bad.isEmpty())
            *message = tr("%n preview row(s) would be quarantined; the first (record %1): %2", nullptr,
                          int(bad.size()))
                           .arg(bad.first().recordNumber + 1)
                           .arg(bad.first().reason);
    }
    return out;
}

} // namespace miq
