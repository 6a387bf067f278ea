#include "engine/sync/jobdefinition.h"

#include <QFileInfo>
#include <QJsonArray>

namespace miq {

namespace {

const QStringList maskNames = {QStringLiteral("none"), QStringLiteral("hash"), QStringLiteral("redact")};
const QStringList modeNames = {QStringLiteral("replace"), QStringLiteral("append"), QStringLiteral("upsert")};
const QList<ColumnType> castTypes = {ColumnType::String,  ColumnType::Int64, ColumnType::Double,
                                     ColumnType::Bool,    ColumnType::Date,  ColumnType::Timestamp,
                                     ColumnType::Decimal, ColumnType::Bytes};

std::optional<ColumnType> typeFromName(const QString &name)
{
    for (ColumnType t : castTypes)
        if (columnTypeName(t) == name)
            return t;
    return std::nullopt;
}

} // namespace

QJsonObject JobDefinition::toJson() const
{
    QJsonArray columns;
    for (const ColumnMapping &m : mapping.columns) {
        QJsonObject c{{QStringLiteral("source"), m.source}, {QStringLiteral("target"), m.target}};
        if (!m.include)
            c.insert(QStringLiteral("include"), false);
        if (m.cast)
            c.insert(QStringLiteral("cast"), columnTypeName(*m.cast));
        if (m.constant)
            c.insert(QStringLiteral("constant"), *m.constant);
        if (m.mask != ColumnMapping::Mask::None)
            c.insert(QStringLiteral("mask"), maskNames.at(int(m.mask)));
        columns.append(c);
    }
    return {
        {QStringLiteral("name"), name},
        {QStringLiteral("source_id"), sourceId},
        {QStringLiteral("source_path"), sourcePath},
        {QStringLiteral("stream"), stream},
        {QStringLiteral("destination"), destination},
        {QStringLiteral("destination_source_id"), destinationSourceId},
        {QStringLiteral("table"), table},
        {QStringLiteral("mode"), writeModeName(mode)},
        {QStringLiteral("keys"), QJsonArray::fromStringList(keyColumns)},
        {QStringLiteral("cursor"), cursorColumn},
        {QStringLiteral("columns"), columns},
        {QStringLiteral("add_run_id"), mapping.addRunId},
        {QStringLiteral("add_loaded_at"), mapping.addLoadedAt},
        {QStringLiteral("stop_on_first_error"), errors.stopOnFirst},
        {QStringLiteral("max_bad_rows"), errors.maxBadRows},
        {QStringLiteral("max_bad_percent"), errors.maxBadPercent},
        {QStringLiteral("strict_sizes"), errors.strictSizes},
    };
}

Result<JobDefinition> JobDefinition::fromJson(const QJsonObject &json)
{
    JobDefinition job;
    job.name = json.value(QStringLiteral("name")).toString();
    job.sourceId = json.value(QStringLiteral("source_id")).toInteger();
    job.sourcePath = json.value(QStringLiteral("source_path")).toString();
    job.stream = json.value(QStringLiteral("stream")).toString();
    job.destination = json.value(QStringLiteral("destination")).toString();
    job.destinationSourceId = json.value(QStringLiteral("destination_source_id")).toInteger();
    job.table = json.value(QStringLiteral("table")).toString();
    const int mode =
        modeNames.indexOf(json.value(QStringLiteral("mode")).toString(QStringLiteral("replace")));
    if (mode < 0)
        return Error(tr("Job '%1' has an unknown write mode '%2'.")
                         .arg(job.name, json.value(QStringLiteral("mode")).toString()));
    job.mode = WriteMode(mode);
    for (const QJsonValue &k : json.value(QStringLiteral("keys")).toArray())
        job.keyColumns << k.toString();
    job.cursorColumn = json.value(QStringLiteral("cursor")).toString();
    for (const QJsonValue &v : json.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject c = v.toObject();
        ColumnMapping m;
        m.source = c.value(QStringLiteral("source")).toString();
        m.target = c.value(QStringLiteral("target")).toString();
        m.include = c.value(QStringLiteral("include")).toBool(true);
        if (c.contains(QStringLiteral("cast"))) {
            m.cast = typeFromName(c.value(QStringLiteral("cast")).toString());
            if (!m.cast)
                return Error(tr("Job '%1': column '%2' has an unknown type '%3'.")
                                 .arg(job.name, m.target, c.value(QStringLiteral("cast")).toString()));
        }
        if (c.contains(QStringLiteral("constant")))
            m.constant = c.value(QStringLiteral("constant")).toString();
        const int mask = maskNames.indexOf(c.value(QStringLiteral("mask")).toString(QStringLiteral("none")));
        if (mask < 0)
            return Error(tr("Job '%1': column '%2' has an unknown mask '%3'.")
                             .arg(job.name, m.target, c.value(QStringLiteral("mask")).toString()));
        m.mask = ColumnMapping::Mask(mask);
        job.mapping.columns.append(m);
    }
    job.mapping.addRunId = json.value(QStringLiteral("add_run_id")).toBool();
    job.mapping.addLoadedAt = json.value(QStringLiteral("add_loaded_at")).toBool();
    job.errors.stopOnFirst = json.value(QStringLiteral("stop_on_first_error")).toBool();
    job.errors.maxBadRows = json.value(QStringLiteral("max_bad_rows")).toInteger(-1);
    job.errors.maxBadPercent = json.value(QStringLiteral("max_bad_percent")).toDouble(-1);
    job.errors.strictSizes = json.value(QStringLiteral("strict_sizes")).toBool(false);
    return job;
}

QStringList JobDefinition::validate() const
{
    QStringList problems;
    if (sourceId == 0 && sourcePath.isEmpty())
        problems << tr("Choose a source or a source file.");
    if (destination.trimmed().isEmpty() && destinationSourceId == 0)
        problems << tr("Choose a destination file or database.");
    if (mode == WriteMode::Upsert && keyColumns.isEmpty())
        problems << tr("Upsert needs the key columns that identify a row.");
    static const QStringList fileSuffixes = {QStringLiteral("csv"), QStringLiteral("ndjson"), QStringLiteral("jsonl")};
    if (mode == WriteMode::Upsert && fileSuffixes.contains(QFileInfo(destination).suffix().toLower()))
        problems << tr("Upsert needs a database destination; a CSV or NDJSON file can be replaced or appended to.");
    if (!cursorColumn.isEmpty() && mode == WriteMode::Replace)
        problems << tr("An incremental job (cursor column '%1') appends or upserts; replacing the table would "
                       "drop the rows earlier runs loaded.")
                        .arg(cursorColumn);
    if (!cursorColumn.isEmpty()) {
        for (const ColumnMapping &m : mapping.columns)
            if (m.source == cursorColumn && (!m.include || m.mask != ColumnMapping::Mask::None))
                problems << tr("The cursor column '%1' must be copied unmasked: runs compare its values.")
                                .arg(cursorColumn);
    }
    if (errors.maxBadPercent > 100)
        problems << tr("The error budget cannot exceed 100%.");
    return problems;
}

} // namespace miq
